"""The annotation store: every class of bad file, atomic writes, locking, concurrent writers."""

from __future__ import annotations

import functools
import json
import multiprocessing
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ALPHA, make_project, run_argmap

from argmap import store
from argmap.errors import ArgmapError, InvalidFile, LockTimeout
from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def proj(tmp_path: Path, annotator: str) -> Project:
    """``alpha`` with three claims (one relation), ``beta`` with none."""
    project = make_project(tmp_path, {"alpha": ALPHA, "beta": "Beta has one sentence.\n"})
    a = project.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    project.annotate("alpha", sentence="s0002", stance="hedged", questions=["ukraine"])
    b = project.annotate("alpha", sentence="s0003", stance="pro-us-primacy", questions=["ukraine"])
    project.relate(b.id, "attacks", a.id)
    return project


def lines_of(project: Project, sid: str = "alpha") -> list[str]:
    return project.annotation_path(sid).read_text(encoding="utf-8").splitlines()


def write_lines(project: Project, lines: list[str], sid: str = "alpha") -> None:
    project.annotation_path(sid).write_text("\n".join(lines) + "\n", encoding="utf-8")


def edit_record(project: Project, lineno: int, change: Callable[[dict], None]) -> None:
    """Apply ``change`` to the JSON record on 1-based line ``lineno`` of alpha.jsonl."""
    lines = lines_of(project)
    record = json.loads(lines[lineno - 1])
    change(record)
    lines[lineno - 1] = json.dumps(record)
    write_lines(project, lines)


def check_reported(cli: CliRun, project: Project, *expected: str, count: int = 1) -> list[str]:
    """`argmap validate` exits non-zero, one line per problem, each line naming its place."""
    code, out, err = cli("validate", "--project", str(project.root))
    assert code != 0
    assert "Traceback" not in err + out
    problems = err.strip().splitlines()
    assert len(problems) == count, problems
    for part in expected:
        assert any(part in line for line in problems), (part, problems)
    with pytest.raises(InvalidFile) as info:
        Project.open(project.root)
    assert "Traceback" not in str(info.value) and "\n" not in str(info.value)
    code, out, _ = cli("validate", "--project", str(project.root), "--json")
    data = json.loads(out) if out else None
    if data is not None:  # the project opened: JSON lists the same problems
        assert data["ok"] is False and len(data["problems"]) == count
    return problems


# --------------------------------------------------------------------------- bad annotation files


def test_valid_project_validates(proj: Project, cli: CliRun) -> None:
    code, out, err = cli("validate", "--project", str(proj.root))
    assert (code, err) == (0, "")
    assert "ok: 2 sources, 3 claims" in out


def test_invalid_json_line(proj: Project, cli: CliRun) -> None:
    lines = lines_of(proj)
    lines[2] = lines[2][:40]
    write_lines(proj, lines)
    check_reported(cli, proj, "alpha.jsonl:3:", "invalid JSON")
    kept = Project.open(proj.root, strict=False)
    assert len(kept.claims(source="alpha")) == 2  # the other records are still read


def test_unknown_stance(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 2, lambda r: r.update(stance="neutralish"))
    (line,) = check_reported(cli, proj, "alpha.jsonl:2:", "unknown stance 'neutralish'")
    assert "pro-autonomy, pro-us-primacy, hedged" in line  # names the valid choices


def test_unknown_question(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 3, lambda r: r.update(questions=["ukraine", "mars-colony"]))
    (line,) = check_reported(cli, proj, "alpha.jsonl:3:", "unknown question 'mars-colony'")
    assert "nato-replacement" in line


def test_missing_required_field(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 3, lambda r: r.pop("stance"))
    check_reported(cli, proj, "alpha.jsonl:3: claim c", "stance: Field required")


def test_extra_unknown_field(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 4, lambda r: r.update(confidence=0.9))
    check_reported(cli, proj, "alpha.jsonl:4:", "confidence: Extra inputs are not permitted")


def test_wrong_type(proj: Project, cli: CliRun) -> None:
    def change(r: dict) -> None:
        r["anchor"]["start"] = "early"

    edit_record(proj, 3, change)
    check_reported(cli, proj, "alpha.jsonl:3:", "anchor.start", "'early'")


def test_several_problems_each_on_its_own_line(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 3, lambda r: r.update(stance="x-stance", kind="rumour"))
    edit_record(proj, 4, lambda r: r.pop("annotator"))
    problems = check_reported(
        cli, proj, "alpha.jsonl:3:", "alpha.jsonl:4:", "kind", "annotator", count=2
    )
    assert all(str(proj.annotations_dir) in p for p in problems)


def test_duplicate_claim_id(proj: Project, cli: CliRun) -> None:
    """Two versions of one claim modified at the same time are named; the same line twice
    (a union merge keeps an unchanged line of a conflicting hunk from both sides) reads as
    one claim (session 17)."""
    lines = lines_of(proj)
    write_lines(proj, [*lines, lines[1]])
    code, out, err = cli("validate", "--project", str(proj.root))
    assert code == 0 and "3 claims" in out, out + err
    other = json.loads(lines[1])
    other["note"] = "another version, same second"
    write_lines(proj, [*lines, json.dumps(other)])
    check_reported(cli, proj, "alpha.jsonl:5:", "duplicate id (also on line 2,")


def test_header_missing(proj: Project, cli: CliRun) -> None:
    write_lines(proj, lines_of(proj)[1:])
    check_reported(cli, proj, "alpha.jsonl:1: missing header record")


def test_header_not_first(proj: Project, cli: CliRun) -> None:
    lines = lines_of(proj)
    write_lines(proj, [*lines[1:], lines[0]])
    check_reported(cli, proj, "alpha.jsonl:4:", "header must be the first record", count=2)


def test_claim_for_wrong_source(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 3, lambda r: r.update(source="beta"))
    check_reported(cli, proj, "alpha.jsonl:3:", "source is 'beta', expected 'alpha'")


def test_annotation_file_for_missing_source(proj: Project, cli: CliRun) -> None:
    text = proj.annotation_path("alpha").read_text(encoding="utf-8")
    (proj.annotations_dir / "gamma.jsonl").write_text(
        text.replace('"alpha"', '"gamma"'), encoding="utf-8"
    )
    check_reported(cli, proj, "gamma.jsonl", "annotations for a missing source 'gamma'")


def test_relation_to_missing_claim(proj: Project, cli: CliRun) -> None:
    target = proj.claims()[0].id

    def change(r: dict) -> None:
        r["relations"] = [{"type": "supports", "target": "cdeadbeef00"}]

    edit_record(proj, 3, change)
    check_reported(cli, proj, "alpha.jsonl", "supports target cdeadbeef00 does not exist")
    assert target  # the untouched relation is not reported


def test_quote_not_matching_unchanged_source(proj: Project, cli: CliRun) -> None:
    def change(r: dict) -> None:
        r["anchor"]["start"] += 1
        r["anchor"]["end"] += 1

    edit_record(proj, 2, change)
    check_reported(cli, proj, "alpha.jsonl:2:", "quote does not match the source")


def test_non_utf8_annotation_file(proj: Project, cli: CliRun) -> None:
    path = proj.annotation_path("alpha")
    data = path.read_bytes()
    path.write_bytes(data.replace(b"Europe", b"Europ\xe9", 1))
    check_reported(cli, proj, "alpha.jsonl: not valid UTF-8 at byte")


def test_broken_codebook(proj: Project, cli: CliRun) -> None:
    path = proj.annotations_dir / "codebook.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stances"][1]["id"] = data["stances"][0]["id"]
    path.write_text(json.dumps(data), encoding="utf-8")
    check_reported(cli, proj, "codebook.json", "duplicate id 'pro-autonomy'")
    path.write_text("{not json", encoding="utf-8")
    check_reported(cli, proj, "codebook.json:1:2: invalid JSON")


def test_broken_project_config(proj: Project, cli: CliRun) -> None:
    path = proj.root / "argmap.json"
    path.write_text('{"schema": 1}', encoding="utf-8")
    check_reported(cli, proj, "argmap.json: name: Field required")
    path.write_text('{"name": "x", "colour": "red"}', encoding="utf-8")
    check_reported(cli, proj, "argmap.json: colour: Extra inputs are not permitted")


def test_meta_with_missing_text_file(proj: Project, cli: CliRun) -> None:
    (proj.sources_dir / "beta.txt").unlink()
    check_reported(cli, proj, "beta.meta.json", "source text 'beta.txt' is missing")


def test_broken_meta(proj: Project, cli: CliRun) -> None:
    path = proj.sources_dir / "beta.meta.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["id"] = "gamma"
    path.write_text(json.dumps(data), encoding="utf-8")
    check_reported(cli, proj, "beta.meta.json: id: 'gamma' does not match the file name")


def test_every_other_command_refuses_an_invalid_project(proj: Project, cli: CliRun) -> None:
    edit_record(proj, 2, lambda r: r.update(stance="bogus"))
    for args in (("claims",), ("matrix",), ("sources",)):
        code, _, err = cli(*args, "--project", str(proj.root))
        assert code == 1 and "unknown stance 'bogus'" in err and "Traceback" not in err


def test_cli_in_child_process_gives_no_traceback(proj: Project) -> None:
    edit_record(proj, 3, lambda r: r.pop("anchor"))
    out = run_argmap("validate", "--project", str(proj.root))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "alpha.jsonl:3: claim" in out.stderr and "anchor: Field required" in out.stderr


# --------------------------------------------------------------------------- never rewrite unread files


def test_edit_refused_for_unreadable_file_and_bytes_kept(proj: Project) -> None:
    lines = lines_of(proj)
    lines[1] = lines[1][:-5]  # broken JSON
    write_lines(proj, lines)
    before = proj.annotation_path("alpha").read_bytes()
    project = Project.open(proj.root, strict=False)
    ok = [c for c in project.claims(source="alpha")]
    with pytest.raises(ArgmapError, match=r"alpha.jsonl: not saved: the file has problems"):
        project.annotate("alpha", sentence="s0004", stance="hedged", questions=["ukraine"])
    with pytest.raises(ArgmapError):
        project.update(ok[0].id, note="x")
    with pytest.raises(ArgmapError):
        project.delete(ok[0].id)
    assert proj.annotation_path("alpha").read_bytes() == before
    # another source's file is still editable
    project.annotate("beta", sentence="s0001", stance="hedged", questions=["ukraine"])
    assert Project.open(proj.root, strict=False).claims(source="beta")


def test_file_broken_by_another_process_after_open_is_not_overwritten(proj: Project) -> None:
    project = Project.open(proj.root)
    path = proj.annotation_path("alpha")
    path.write_bytes(path.read_bytes() + b'{"id": "broken\n')
    before = path.read_bytes()
    with pytest.raises(InvalidFile, match="invalid JSON"):
        project.annotate("alpha", sentence="s0004", stance="hedged", questions=["ukraine"])
    assert path.read_bytes() == before


def test_files_are_sorted_and_deterministic(proj: Project) -> None:
    lines = lines_of(proj)
    header = json.loads(lines[0])
    assert header["type"] == "header" and header["schema"] == 1
    starts = [json.loads(line)["anchor"]["start"] for line in lines[1:]]
    assert starts == sorted(starts)
    for line in lines:
        record = json.loads(line)
        assert list(record) == sorted(record)
    cfg = (proj.root / "argmap.json").read_text(encoding="utf-8")
    assert json.loads(cfg)["schema"] == 1 and cfg.endswith("\n")


# --------------------------------------------------------------------------- atomic writes

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from pathlib import Path
    from argmap import store
    from argmap.model import Anchor, AnnotationHeader, Claim

    path, n = Path(sys.argv[1]), int(sys.argv[2])
    now = datetime(2025, 1, 1, tzinfo=UTC)
    def claims(note):
        return [
            Claim(id=f"c{i:010x}", source="big", stance="hedged", questions=("ukraine",),
                  anchor=Anchor(start=i, end=i + 1, exact="x" * 200), annotator="w",
                  created=now, modified=now, note=note)
            for i in range(n)
        ]
    header = AnnotationHeader(source="big", source_sha256="0" * 64)
    versions = [claims("old " * 20), claims("new " * 20)[: n - 7]]
    texts = [store.render_annotations(header, v) for v in versions]
    with store.project_lock(path.parent):
        store.update_annotations(path, "big", "0" * 64, lambda _: versions[0])
    print("ready", flush=True)
    i = 0
    while True:  # mostly writing: a kill lands mid-write most of the time
        with store.project_lock(path.parent):
            store.atomic_write(path, texts[i % 2])
        i += 1
    """
)


def test_killed_writer_leaves_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "annotations" / "big.jsonl"
    n = 3000  # ~2 MB per save
    rng = random.Random(7)
    for _ in range(6):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL
        header, claims, problems = store.read_annotations(path, "big")
        assert problems == []
        assert header is not None
        assert len(claims) in (n, n - 7)
        notes = {c.note for _, c in claims}
        assert notes in ({"old " * 20}, {"new " * 20})
    assert path.stat().st_size > 1_000_000
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    print(f"temporary files left by killed writers: {len(leftovers)}")
    # The next save (under the lock, so no writer is live) clears what killed writers left.
    (path.parent / f".{path.name}.killed.tmp").write_text("partial")
    with store.project_lock(path.parent):
        store.update_annotations(path, "big", "0" * 64, lambda claims: claims)
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert len(store.read_annotations(path, "big")[1]) in (n, n - 7)


def test_atomic_write_failure_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.json"
    store.atomic_write(path, "old\n")

    def boom(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", boom)
    with pytest.raises(ArgmapError, match=r"f\.json: cannot write \(No space left on device\)"):
        store.atomic_write(path, "new\n")
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]  # no temporary left behind


# --------------------------------------------------------------------------- concurrent writers


def _annotate_many(root: str, who: str, sentence_ids: list[str]) -> None:
    project = Project.open(root, annotator=who)
    for sid in sentence_ids:
        project.annotate("many", sentence=sid, stance="hedged", questions=["ukraine"])


MANY = " ".join(f"Sentence number {i} says something." for i in range(1, 46)) + "\n"


def test_three_processes_through_project_lose_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"many": MANY})
    assert len(project.sources["many"].sentences) == 45
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(
            target=_annotate_many,
            args=(str(project.root), who, [f"s{i:04d}" for i in range(k * 15 + 1, k * 15 + 16)]),
        )
        for k, who in enumerate(("ann0", "ann1", "ann2"))
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    reopened = Project.open(project.root)
    assert len(reopened.claims()) == 45
    assert sorted(c.sentence for c in reopened.claims()) == [f"s{i:04d}" for i in range(1, 46)]
    assert reopened.annotators() == ["ann0", "ann1", "ann2"]


def test_two_cli_writers_at_once_lose_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"many": MANY})
    root = str(project.root)
    script = (
        "import sys\nfrom argmap.cli import main\n"
        "who, lo = sys.argv[1], int(sys.argv[2])\n"
        "for i in range(lo, lo + 15):\n"
        "    code = main(['--project', sys.argv[3], '--annotator', who, 'annotate', 'many',\n"
        "                 '--sentence', f's{i:04d}', '--stance', 'pro-autonomy', '-q', 'ukraine'])\n"
        "    assert code == 0\n"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, who, str(lo), root], stderr=subprocess.PIPE, text=True
        )
        for who, lo in (("alice", 1), ("bob", 16))
    ]
    for p in procs:
        _, err = p.communicate(timeout=180)
        assert p.returncode == 0, err
    reopened = Project.open(project.root)
    assert len(reopened.claims()) == 30
    assert {c.annotator for c in reopened.claims()} == {"alice", "bob"}
    assert reopened.validate() == []


LOCK_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from argmap import store
    with store.project_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        sys.stdin.readline()
    """
)


def test_lock_timeout_gives_one_line_error(
    proj: Project, cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(proj.annotations_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with (
            pytest.raises(LockTimeout) as info,
            store.project_lock(proj.annotations_dir, timeout=0.2),
        ):
            pass
        assert "another argmap process is saving" in str(info.value)
        monkeypatch.setattr(
            store, "project_lock", functools.partial(store.project_lock, timeout=0.2)
        )
        before = proj.annotation_path("alpha").read_bytes()
        code, _, err = cli(
            "annotate",
            "alpha",
            "--project",
            str(proj.root),
            "--sentence",
            "s0004",
            "--stance",
            "hedged",
            "-q",
            "ukraine",
        )
        assert code == 1
        assert err.count("\n") == 1 and "another argmap process is saving" in err
        assert ".argmap.lock" in err and "Traceback" not in err
        assert proj.annotation_path("alpha").read_bytes() == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)


def test_loaded_claims_share_one_fields_set_and_edits_keep_them_apart(proj: Project) -> None:
    """Loaded claims hold pydantic's set of given fields once (memory), and a changed copy
    of one (``model_copy``) gets its own: the others' records stay as read."""
    claims = Project.open(proj.root).view_claims(None)
    assert len(claims) == 3
    assert len({id(c.__pydantic_fields_set__) for c in claims}) == 1
    assert len({id(c.anchor.__pydantic_fields_set__) for c in claims}) == 1
    before = [set(c.model_fields_set) for c in claims]
    assert "suggested" not in before[0]  # None: not written, so not given when read
    copy = claims[0].model_copy(update={"suggested": None, "note": "edited"})
    assert copy.note == "edited" and "suggested" in copy.model_fields_set
    assert [set(c.model_fields_set) for c in claims] == before
    assert "suggested" not in claims[1].model_fields_set
    # what is written does not depend on the shared set
    assert store._claim_line(claims[1]) in lines_of(proj)


FILELOCK_HOLDER = textwrap.dedent(
    """
    import sys
    import filelock
    with filelock.FileLock(sys.argv[1]):
        print("locked", flush=True)
        sys.stdin.readline()
    """
)


def test_the_lock_is_the_one_an_argmap_with_filelock_takes(tmp_path: Path) -> None:
    """project_lock no longer imports filelock (13 ms of every edit, session 17): an argmap
    that still takes the lock through filelock must wait for it, and it for that one."""
    holder = subprocess.Popen(
        [sys.executable, "-c", FILELOCK_HOLDER, str(tmp_path / store.LOCK_FILE)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(LockTimeout), store.project_lock(tmp_path, timeout=0.2):
            pass
    finally:
        holder.communicate("\n", timeout=10)
    with store.project_lock(tmp_path, timeout=0.2):
        done = subprocess.run(
            [sys.executable, "-c", "import filelock, sys; filelock.FileLock(sys.argv[1]).acquire("
             "timeout=0.2)", str(tmp_path / store.LOCK_FILE)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode != 0 and "Timeout" in done.stderr
    with store.project_lock(tmp_path, timeout=0.2):
        pass  # released
