"""The CLI under bad input (issue 16): one line on stderr, the documented exit code, no
traceback, and no file changed by a command that fails. One test (or more) per case."""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_faults import read_only, snapshot
from conftest import ALPHA, run_argmap

from argmap import journal
from argmap.errors import ArgmapError
from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]
JsonRun = Callable[..., object]
PA, PU, H = "pro-autonomy", "pro-us-primacy", "hedged"
ANNOTATE = ("annotate", "alpha", "--stance", H, "-q", "ukraine")


@pytest.fixture
def root(project: Project) -> Path:
    return project.root


def one_line(err: str) -> str:
    """The single stderr line of a failed command (asserting it is one line)."""
    assert err.count("\n") == 1 and err.startswith("argmap: "), err
    return err


def fails_cleanly(cli: CliRun, root: Path, code: int, *args: str) -> str:
    """Run a command expected to fail with ``code``; assert one line and no file changed."""
    before = snapshot(root)
    got, _, err = cli(*args, "--project", str(root))
    assert got == code, err
    assert snapshot(root) == before
    return one_line(err)


def claim_id(cli_json: JsonRun, root: Path, sentence: str, *extra: str) -> str:
    data = cli_json(
        "annotate", "alpha", "--sentence", sentence, "--stance", H, "-q", "ukraine",
        "--project", str(root), *extra,
    )  # fmt: skip
    assert isinstance(data, dict)
    return str(data["id"])


# --------------------------------------------------------------------------- 1. span options


def test_start_without_end_and_end_without_start_are_usage_errors(cli: CliRun, root: Path) -> None:
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--start", "5")
    assert "--start needs --end" in err
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--sentence", "s0001", "--end", "5")
    assert "--end goes with --start" in err
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--quote", "Europe must", "--end", "5")
    assert "--end goes with --start" in err
    code, out, _ = cli(*ANNOTATE, "--start", "0", "--end", "6", "--project", str(root))
    assert code == 0 and "alpha:s0001" in out


def test_span_out_of_range_is_one_line(cli: CliRun, root: Path) -> None:
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--start", "-4", "--end", "99999")
    assert "span -4-99999 is not a non-empty part of the text" in err


# --------------------------------------------------------------------------- 2. annotator names


def test_names_with_accents_and_other_alphabets_are_annotators(
    cli: CliRun, cli_json: JsonRun, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    claim_id(cli_json, root, "s0001", "--annotator", "zoë")
    # the same name typed with a combining diaeresis is the same annotator (NFC)
    monkeypatch.setenv("ARGMAP_ANNOTATOR", unicodedata.normalize("NFD", "zoë"))
    claim_id(cli_json, root, "s0002")
    claim_id(cli_json, root, "s0003", "--annotator", "李.明")
    claims = cli_json("claims", "--project", str(root))
    assert [c["annotator"] for c in claims] == ["zoë", "zoë", "李.明"]  # type: ignore[index]
    assert len(cli_json("claims", "--by", "zoë", "--project", str(root))) == 2  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["alice@example.org", "🦊", "two words", "-dash", ".", "x" * 81])
def test_other_names_are_refused_in_one_line(
    cli: CliRun, root: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--sentence", "s0001", f"--annotator={name}")
    assert f"annotator {name!r} (from --annotator) is not a valid name" in err
    monkeypatch.setenv("ARGMAP_ANNOTATOR", name)
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--sentence", "s0001")
    assert "(from $ARGMAP_ANNOTATOR) is not a valid name: one word of letters" in err


def test_bad_annotator_in_a_child_process_has_no_traceback(root: Path) -> None:
    done = run_argmap(
        *ANNOTATE, "--sentence", "s0001", "--project", str(root),
        env={"ARGMAP_ANNOTATOR": "alice@example.org"},
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr
    one_line(done.stderr)


# --------------------------------------------------------------------------- 3. add a directory


def test_add_a_directory(cli: CliRun, root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "d.txt"
    folder.mkdir()
    err = fails_cleanly(cli, root, 2, "add", str(folder))
    assert f"{folder}: no file argmap reads in this folder (it is empty); it reads .adoc" in err
    (folder / "good.txt").write_text("Europe must act. It can.\n")
    (folder / "blank.md").write_text("\n")
    code, out, err = cli("add", str(folder), "--project", str(root))  # one bad file
    assert code == 1 and "blank.md: the file holds no text" in one_line(err)
    assert out.startswith("added europe-must-act:")  # the good one is added
    assert sorted(Project.open(root).sources) == ["alpha", "beta", "europe-must-act"]
    (folder / "blank.md").unlink()
    (folder / "good.txt").unlink()
    (folder / "new.txt").write_text("Nobody is ready. We wait.\n")
    (folder / "again.txt").write_text(ALPHA)  # a text already in the project
    code, out, err = cli("add", str(folder), "--project", str(root))
    assert code == 0 and "added nobody-is-ready:" in out
    assert "again.txt: already in the project as source 'alpha'" in one_line(err)
    before = snapshot(root)
    code, _, err = cli("add", str(folder), "--project", str(root))  # nothing left to add
    assert code == 1 and err.count("\n") == 2 and snapshot(root) == before


def test_add_a_missing_or_unreadable_file(
    cli: CliRun, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    err = fails_cleanly(cli, root, 1, "add", str(tmp_path / "nope.txt"))
    assert "nope.txt: no such file" in err
    secret = tmp_path / "secret.txt"
    secret.write_text("Text.\n")

    real = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    err = fails_cleanly(cli, root, 1, "add", str(secret))
    assert "secret.txt: cannot read (Permission denied)" in err


# --------------------------------------------------------------------------- 4. --id


@pytest.mark.parametrize("bad", ["../../evil", "", ".hidden", "a/b", "x" * 81])
def test_add_refuses_ids_that_are_not_file_names(
    cli: CliRun, root: Path, tmp_path: Path, bad: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Europe must act. It can.\n")
    err = fails_cleanly(cli, root, 2, "add", str(article), "--id", bad)
    assert f"--id {bad!r}: a source id is letters, digits" in err
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "evil.meta.json").exists()


def test_add_with_an_existing_id_or_id_for_many_files(
    cli: CliRun, root: Path, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Europe must act. It can.\n")
    err = fails_cleanly(cli, root, 2, "add", str(article), "--id", "alpha")
    assert "a source with id 'alpha' already exists" in err
    err = fails_cleanly(cli, root, 2, "add", str(article), str(article), "--id", "x")
    assert "1 --id for 2 files: give one --id per FILE" in err


# --------------------------------------------------------------------------- 5. init


def test_init_at_a_file_or_an_unwritable_place(
    cli: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    code, _, err = cli("init", str(a_file))
    assert code == 1 and f"{a_file}: is a file, not a directory" in one_line(err)
    code, _, err = cli("init", str(a_file / "sub"))
    assert code == 1 and "cannot create the project here (Not a directory)" in one_line(err)
    parent = tmp_path / "locked"
    parent.mkdir()
    with read_only(parent, monkeypatch):
        code, _, err = cli("init", str(parent / "proj"))
    assert code == 1 and "cannot create the project here (Permission denied)" in one_line(err)
    assert list(parent.iterdir()) == [] and a_file.read_text() == "x"


# --------------------------------------------------------------------------- 6. read-only folders


def test_read_only_annotations_folder(
    cli: CliRun, cli_json: JsonRun, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = claim_id(cli_json, root, "s0001")
    with read_only(root / "annotations", monkeypatch):
        err = fails_cleanly(cli, root, 1, *ANNOTATE, "--sentence", "s0002")
        assert "Permission denied" in err and "annotations" in err
        err = fails_cleanly(cli, root, 1, "update", cid, "--stance", PA)
        assert "Permission denied" in err
        err = fails_cleanly(cli, root, 1, "unannotate", cid)
        assert "Permission denied" in err
        code, out, _ = cli("claims", "--project", str(root))  # reading still works
        assert code == 0 and cid in out


def test_read_only_seeds_folder(
    cli: CliRun, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Europe must act. It can.\n")
    html = tmp_path / "page.html"
    html.write_text("<html><title>T</title><body><p>Europe must act.</p></body></html>")
    with read_only(root / "seeds", monkeypatch):
        err = fails_cleanly(cli, root, 1, "add", str(article))
        assert "seeds/" in err and "cannot write (Permission denied)" in err
        err = fails_cleanly(cli, root, 1, "add", str(html))
        assert "cannot write (Permission denied)" in err
        err = fails_cleanly(cli, root, 1, "meta", "alpha", "--note", "n")
        assert "alpha.meta.json: cannot write (Permission denied)" in err


# --------------------------------------------------------------------------- 7. all or nothing


def test_unannotate_with_an_unknown_id_deletes_nothing(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    a = claim_id(cli_json, root, "s0001")
    b = claim_id(cli_json, root, "s0002", "--supports", a)
    err = fails_cleanly(cli, root, 2, "unannotate", a, "cdeadbeef00")
    assert "unknown claim 'cdeadbeef00'" in err
    err = fails_cleanly(cli, root, 2, "unannotate", "cdeadbeef00", b)
    code, out, _ = cli("unannotate", a, b, a, "--project", str(root))  # repeats are fine
    assert code == 0 and out.splitlines() == [f"deleted {a}", f"deleted {b}"]
    assert Project.open(root).claims() == []


def test_unannotate_with_someone_elses_claim_deletes_nothing(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    mine = claim_id(cli_json, root, "s0001")
    theirs = claim_id(cli_json, root, "s0002", "--annotator", "other")
    err = fails_cleanly(cli, root, 1, "unannotate", mine, theirs)
    assert f"claim {theirs} is other's, not yours" in err


def test_annotate_with_an_unknown_link_target_saves_nothing(cli: CliRun, root: Path) -> None:
    err = fails_cleanly(cli, root, 2, *ANNOTATE, "--sentence", "s0001", "--supports", "cdead00")
    assert "unknown claim 'cdead00'" in err


def test_annotate_linking_to_itself_is_undone(cli: CliRun, cli_json: JsonRun, root: Path) -> None:
    a = claim_id(cli_json, root, "s0001")
    # re-annotating s0001 updates claim a, which then cannot support itself: nothing changes
    err = fails_cleanly(
        cli, root, 2, "annotate", "alpha", "--sentence", "s0001", "--stance", PA, "-q",
        "three-ds", "--supports", a,
    )  # fmt: skip
    assert "cannot support itself" in err
    assert Project.open(root).claim(a).stance == H


def test_add_several_files_adds_the_good_ones_if_one_fails(
    cli: CliRun, root: Path, tmp_path: Path
) -> None:
    """d8 2, d9 3: one unreadable page of seven stopped the six others. Now each file that
    fails gets one error line and leaves nothing of itself; the others are added; exit 1."""
    good = tmp_path / "good.txt"
    good.write_text("Europe must act. It can.\n")
    empty = tmp_path / "empty.md"
    empty.write_text("   \n")
    other = tmp_path / "other.txt"
    other.write_text("The Union should wait. Nobody is ready.\n")
    code, out, err = cli(
        "add", str(empty), str(good), str(tmp_path / "missing.txt"), str(other),
        "--id-from", "file", "--project", str(root),
    )  # fmt: skip
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 2 and "empty.md: the file holds no text" in lines[0]
    assert "missing.txt" in lines[1] and "Traceback" not in err
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith("added")] == [
        "added good", "added other",
    ]  # fmt: skip
    assert sorted(Project.open(root).sources) == ["alpha", "beta", "good", "other"]
    assert sorted(p.name for p in (root / "seeds").iterdir() if "empty" in p.name) == []


def test_an_edit_across_files_is_put_back_when_one_file_cannot_be_saved(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = project.annotate("alpha", sentence="s0001", stance=H, questions=["ukraine"])
    b = project.annotate("beta", sentence="s0001", stance=PA, questions=["ukraine"])
    b = project.relate(b.id, "supports", a.id)
    before = snapshot(project.root)
    real = journal._write_durable
    calls = []

    def second_fails(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) == 2:
            raise ArgmapError(f"{path}: cannot write (No space left on device)")
        return real(path, *args, **kwargs)

    # the files of an edit are saved together through the journal
    monkeypatch.setattr(journal, "_write_durable", second_fails)
    with pytest.raises(ArgmapError, match="No space left"):
        project.delete(a.id)  # deletes a in alpha.jsonl and unlinks b in beta.jsonl
    assert len(calls) == 2 and snapshot(project.root) == before
    assert project.claim(a.id) == a and project.claim(b.id).relations == b.relations
    monkeypatch.undo()
    assert Project.open(project.root).claim(b.id).relations[0].target == a.id


# --------------------------------------------------------------------------- 8. reanchor


def edit_source(root: Path, sid: str, old: str, new: str) -> None:
    path = root / "seeds" / f"{sid}.txt"
    path.write_text(path.read_text().replace(old, new))


def test_reanchor_saves_what_it_can_and_reports_the_rest(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    claim_id(cli_json, root, "s0003")
    data = cli_json(
        "annotate", "beta", "--sentence", "s0002", "--stance", H, "-q", "ukraine",
        "--project", str(root),
    )  # fmt: skip
    edit_source(root, "alpha", "Europe must", "Now, Europe must")
    edit_source(root, "beta", "Autonomy", "Now, autonomy")
    alpha_file = root / "annotations" / "alpha.jsonl"
    alpha_file.write_text(alpha_file.read_text() + "{not json\n")  # alpha's file is damaged
    damaged = alpha_file.read_bytes()
    code, out, err = cli("reanchor", "--project", str(root))
    assert code == 1
    assert "beta: 1 moved, 0 fuzzily re-anchored, 0 orphans kept" in out
    assert "alpha.jsonl: not saved: the file has problems" in err and "Traceback" not in err
    assert alpha_file.read_bytes() == damaged
    saved = (root / "annotations" / "beta.jsonl").read_text()
    moved = Project.open(root, strict=False).claim(str(data["id"]))  # type: ignore[index]
    assert (root / "seeds" / "beta.txt").read_text()[moved.start : moved.end] == moved.quote
    assert moved.id in saved and moved.orphan is None


# --------------------------------------------------------------------------- 9. orphans


def make_orphan(cli_json: JsonRun, root: Path) -> str:
    cid = claim_id(cli_json, root, "s0003")  # "Critics say NATO remains essential."
    edit_source(root, "alpha", "Critics say NATO remains essential. ", "")
    return cid


def test_claims_table_marks_orphans_instead_of_a_stale_sentence(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    cid = make_orphan(cli_json, root)
    code, out, _ = cli("claims", "--project", str(root))
    assert code == 0
    row = next(line for line in out.splitlines() if cid in line)
    assert "orphan" in row and "s0003" not in row
    claims = cli_json("claims", "--project", str(root))
    assert claims[0]["orphan"] is True  # type: ignore[index]


def test_orphans_command_lists_and_reattach_resolves(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    code, out, _ = cli("orphans", "--project", str(root))
    assert code == 0 and "no orphans" in out
    cid = make_orphan(cli_json, root)
    listed = cli_json("orphans", "--project", str(root))
    assert [(o["id"], o["orphan"]) for o in listed] == [(cid, True)]  # type: ignore[index]
    assert "quote not found" in listed[0]["reason"]  # type: ignore[index]
    code, out, _ = cli("orphans", "--project", str(root))
    assert cid in out and "argmap reattach" in out
    err = fails_cleanly(cli, root, 2, "reattach", cid, "--start", "3")
    assert "--start and --end go together" in err
    fresh = claim_id(cli_json, root, "s0001")
    err = fails_cleanly(cli, root, 2, "reattach", fresh, "--sentence", "s0002")
    assert "is not an orphan" in err
    moved = cli_json(
        "reattach", cid, "--quote", "They warn against duplication.", "--project", str(root)
    )
    assert moved["orphan"] is False and moved["sentence"] == "s0003"  # type: ignore[index]
    assert cli_json("orphans", "--project", str(root)) == []
    assert Project.open(root).validate() == []


# --------------------------------------------------------------------------- 10. matrix, meta


def test_matrix_repeated_question_is_one_column(cli_json: JsonRun, root: Path) -> None:
    claim_id(cli_json, root, "s0001")
    m = cli_json("matrix", "-q", "ukraine", "-q", "ukraine,ukraine", "--project", str(root))
    assert m["questions"] == ["ukraine"]  # type: ignore[index]


def test_by_an_unknown_annotator_lists_the_known_ones(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    claim_id(cli_json, root, "s0001")
    claim_id(cli_json, root, "s0002", "--annotator", "zoë")
    for command in ("matrix", "claims"):
        err = fails_cleanly(cli, root, 2, command, "--by", "nobody")
        assert "no claims by annotator 'nobody' (annotators: tester, zoë)" in err
    m = cli_json("matrix", "--by", "reference", "--project", str(root))  # empty, not unknown
    assert m["sources"] == ["alpha", "beta"]  # type: ignore[index]


@pytest.mark.parametrize("bad", ["notadate", "2024-02-30", "2024-13", "24-01-01", "2024/01/01"])
def test_meta_date_must_be_an_iso_date(cli: CliRun, root: Path, bad: str) -> None:
    err = fails_cleanly(cli, root, 2, "meta", "alpha", "--date", bad)
    assert f"--date {bad!r}: not an ISO date" in err


def test_meta_keeps_every_key_so_diffs_stay_one_line(
    cli: CliRun, cli_json: JsonRun, root: Path
) -> None:
    path = root / "seeds" / "alpha.meta.json"
    keys = set(json.loads(path.read_text()))
    assert {"author", "outlet", "date", "url", "note"} <= keys  # written by `add`
    for date in ("2024-03-01", "2024-03", "2024"):
        assert cli_json("meta", "alpha", "--date", date, "--project", str(root))["date"] == date  # type: ignore[index]
    before = path.read_text().splitlines()
    cli("meta", "alpha", "--note", "n", "--project", str(root))
    cli("meta", "alpha", "--note", "", "--project", str(root))
    after = path.read_text().splitlines()
    assert after == before and set(json.loads(path.read_text())) == keys


# --------------------------------------------------------------------------- 11. damaged files


@pytest.fixture
def damaged(cli_json: JsonRun, root: Path) -> Path:
    """beta's annotation file has a broken line; alpha is healthy."""
    claim_id(cli_json, root, "s0001")
    cli_json(
        "annotate", "beta", "--sentence", "s0001", "--stance", PA, "-q", "ukraine",
        "--project", str(root),
    )  # fmt: skip
    path = root / "annotations" / "beta.jsonl"
    path.write_text(path.read_text() + '{"id": "oops"\n')
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("claims",),
        ("matrix",),
        ("sources",),
        ("export", "-f", "csv"),
        ("claims", "--json"),
        ("matrix", "--json"),
    ],
)
def test_read_commands_work_on_the_healthy_files(
    cli: CliRun, root: Path, damaged: Path, args: tuple[str, ...]
) -> None:
    before = snapshot(root)
    code, out, err = cli(*args, "--project", str(root))
    assert code == 1
    assert "alpha" in out  # the healthy source is there
    assert err.startswith(f"argmap: {damaged}:3:") and "invalid JSON" in err
    assert err.count("\n") == 1 and snapshot(root) == before


def test_edits_are_refused_only_where_they_touch_the_damaged_file(
    cli: CliRun, root: Path, damaged: Path
) -> None:
    bytes_before = damaged.read_bytes()
    code, _, err = cli(*ANNOTATE, "--sentence", "s0002", "--project", str(root))
    assert code == 0 and "beta.jsonl:3" in err  # saved; the damage is still named
    code, _, err = cli(
        "annotate", "beta", "--sentence", "s0002", "--stance", H, "-q", "ukraine",
        "--project", str(root),
    )  # fmt: skip
    assert code == 1 and "beta.jsonl: not saved: the file has problems" in err
    assert damaged.read_bytes() == bytes_before
    code, _, _ = cli("meta", "beta", "--note", "metadata is another file", "--project", str(root))
    assert code == 0


def test_damaged_metadata_names_the_source(cli: CliRun, root: Path) -> None:
    (root / "seeds" / "beta.meta.json").write_text("{")
    code, out, err = cli("sources", "--project", str(root))
    assert code == 1 and "alpha" in out and "beta.meta.json:1:2: invalid JSON" in err
    code, _, err = cli("sentences", "beta", "--project", str(root))
    assert code == 1 and "source 'beta' cannot be used: its files have problems" in err


# --------------------------------------------------------------------------- 12. file modes


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_init_writes_files_with_the_umask_mode(cli: CliRun, tmp_path: Path) -> None:
    code, _, _ = cli("init", str(tmp_path / "p"))
    assert code == 0
    expected = 0o666 & ~umask()
    files = [p for p in (tmp_path / "p").rglob("*") if p.is_file()]
    assert len(files) >= 4
    assert {p.name: mode(p) for p in files} == {p.name: expected for p in files}


def test_saves_keep_the_files_mode(cli: CliRun, cli_json: JsonRun, root: Path) -> None:
    claim_id(cli_json, root, "s0001")
    annotations = root / "annotations" / "alpha.jsonl"
    meta = root / "seeds" / "alpha.meta.json"
    for m in (0o644, 0o640, 0o664):
        annotations.chmod(m)
        meta.chmod(m)
        claim_id(cli_json, root, "s0002", "--note", oct(m))
        cli("meta", "alpha", "--note", oct(m), "--project", str(root))
        assert (mode(annotations), mode(meta)) == (m, m)


def test_new_annotation_file_gets_the_umask_mode(cli_json: JsonRun, root: Path) -> None:
    cli_json(
        "annotate", "beta", "--sentence", "s0001", "--stance", H, "-q", "ukraine",
        "--project", str(root),
    )  # fmt: skip
    assert mode(root / "annotations" / "beta.jsonl") == 0o666 & ~umask()
