"""The command line: JSON shapes, headless editing, errors and exit codes."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ALPHA, run_argmap

from argmap.cli import build_parser
from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]
JsonRun = Callable[..., object]
PA, PU, H = "pro-autonomy", "pro-us-primacy", "hedged"
CLAIM_KEYS = {
    "id",
    "source",
    "sentence",
    "start",
    "end",
    "quote",
    "stance",
    "questions",
    "kind",
    "relations",
    "note",
    "voice",
    "annotator",
    "orphan",
}


@pytest.fixture
def root(project: Project) -> str:
    return str(project.root)


def annotate(cli_json: JsonRun, root: str, source: str, sentence: str, *extra: str) -> dict:
    data = cli_json("annotate", source, "--sentence", sentence, "--project", root, *extra)
    assert isinstance(data, dict)
    return data


# --------------------------------------------------------------------------- init, add, --project


def test_init_add_and_list_from_scratch(
    tmp_path: Path, cli: CliRun, cli_json: JsonRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = cli("init", str(tmp_path / "d"), "--name", "my debate")
    assert code == 0 and "created project 'my debate'" in out
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text("Alpha Title\nEurope must act. It can.\n")
    b.write_text("# Beta\n\nNATO stays.\n")
    added = cli_json("add", str(a), str(b), "--project", str(tmp_path / "d"))
    assert [(m["id"], m["sentences"]) for m in added] == [("alpha-title", 3), ("beta", 2)]  # type: ignore[union-attr]
    assert (tmp_path / "d" / "seeds" / "beta.md").read_text() == "# Beta\n\nNATO stays.\n"
    monkeypatch.chdir(tmp_path / "d")  # without --project: the current directory
    assert [s["id"] for s in cli_json("sources")] == ["alpha-title", "beta"]  # type: ignore[union-attr]
    code, _, err = cli("add", str(a), "--project", str(tmp_path / "nowhere"))
    assert code == 1 and "no argmap project here" in err


def test_add_with_encoding(tmp_path: Path, cli: CliRun, root: str) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Défense européenne. Elle avance.\n".encode("latin-1"))
    code, _, err = cli("add", str(path), "--project", root)
    assert code == 1 and err.count("\n") == 1
    assert str(path) in err and "byte 1" in err
    code, out, _ = cli(
        "add", str(path), "--id", "latin", "--encoding", "latin-1", "--project", root
    )
    assert code == 0 and "added latin" in out
    assert Project.open(root).sources["latin"].sentences[0].text == "Défense européenne."


def test_every_subcommand_accepts_project() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    no_project = {"init", "schema"}  # init takes DIR; schema prints a file format
    for name, subparser in sub.choices.items():
        if name in no_project:
            continue
        options = {o for a in subparser._actions for o in a.option_strings}
        assert "--project" in options, name


def test_project_option_before_or_after_the_command(cli_json: JsonRun, root: str) -> None:
    assert cli_json("--project", root, "sources") == cli_json("sources", "--project", root)


# --------------------------------------------------------------------------- JSON shapes


def test_sources_json(cli_json: JsonRun, root: str) -> None:
    annotate(cli_json, root, "alpha", "s0001", "--stance", PA, "-q", "ukraine")
    data = cli_json("sources", "--project", root)
    assert isinstance(data, list) and [s["id"] for s in data] == ["alpha", "beta"]
    assert set(data[0]) >= {"id", "title", "sentences", "claims"}
    assert (data[0]["sentences"], data[0]["claims"]) == (6, 1)
    assert (data[1]["sentences"], data[1]["claims"]) == (2, 0)
    assert data[1]["title"] == "Autonomy is a slogan."  # no title line: the first sentence


def test_sentences_json(cli_json: JsonRun, root: str) -> None:
    data = cli_json("sentences", "alpha", "--project", root)
    assert isinstance(data, list) and len(data) == 6
    assert data[0] == {
        "source": "alpha",
        "id": "s0001",
        "start": 0,
        "end": 34,
        "text": "Europe must build its own defence.",
    }
    for s in data:
        assert " ".join(ALPHA[s["start"] : s["end"]].split()) == s["text"]


def test_sentences_of_a_source_and_all_lists_that_source(cli: CliRun, root: str) -> None:
    """A user who types a source and --all (as five debates' builders did) gets that
    source's sentences (session 17; refused before); neither is a usage error."""
    code, out, err = cli("sentences", "alpha", "--all", "--tsv", "--project", root)
    assert code == 0 and err == ""
    assert {line.split("\t")[0] for line in out.splitlines()[1:]} == {"alpha"}
    code, _, err = cli("sentences", "--project", root)
    assert code == 2 and "give one or more SOURCE ids, or --all" in err


def test_claims_json_and_filters(cli_json: JsonRun, root: str) -> None:
    a = annotate(cli_json, root, "alpha", "s0001", "--stance", PA, "-q", "ukraine,three-ds")
    b = annotate(
        cli_json,
        root,
        "alpha",
        "s0003",
        "--stance",
        PU,
        "-q",
        "ukraine",
        "--kind",
        "evidence",
        "--note",
        "n1",
        "--attacks",
        a["id"],
    )
    c = annotate(cli_json, root, "beta", "s0002", "--stance", H, "-q", "three-ds")
    claims = cli_json("claims", "--project", root)
    assert isinstance(claims, list) and [x["id"] for x in claims] == [a["id"], b["id"], c["id"]]
    assert set(claims[1]) == CLAIM_KEYS
    assert claims[1] == {
        "id": b["id"],
        "source": "alpha",
        "sentence": "s0003",
        "start": ALPHA.index("Critics"),
        "end": ALPHA.index("Critics") + len("Critics say NATO remains essential."),
        "quote": "Critics say NATO remains essential.",
        "stance": PU,
        "questions": ["ukraine"],
        "kind": "evidence",
        "relations": [{"type": "attacks", "target": a["id"]}],
        "note": "n1",
        "voice": "",
        "annotator": "tester",
        "orphan": False,
    }
    assert claims[0]["questions"] == ["three-ds", "ukraine"]  # codebook order

    def ids(*args: str) -> list[str]:
        return [x["id"] for x in cli_json("claims", "--project", root, *args)]  # type: ignore[union-attr]

    assert ids("--source", "beta") == [c["id"]]
    assert ids("--question", "three-ds") == [a["id"], c["id"]]
    assert ids("--stance", PU) == [b["id"]]
    assert ids("--kind", "evidence") == [b["id"]]
    assert ids("--by", "tester") == [a["id"], b["id"], c["id"]]


def test_matrix_json(cli_json: JsonRun, root: str) -> None:
    annotate(cli_json, root, "alpha", "s0001", "--stance", PA, "-q", "ukraine")
    annotate(cli_json, root, "alpha", "s0002", "--stance", PA, "-q", "ukraine")
    annotate(cli_json, root, "alpha", "s0003", "--stance", PU, "-q", "ukraine")
    annotate(cli_json, root, "beta", "s0001", "--stance", H, "-q", "three-ds")
    data = cli_json("matrix", "--project", root)
    assert isinstance(data, dict)
    assert set(data) == {"sources", "questions", "cells", "done"}
    questions = Project.open(root).codebook.question_ids
    assert data["sources"] == ["alpha", "beta"] and data["questions"] == questions
    assert len(data["cells"]) == 2 * len(questions)
    cells = {(c["source"], c["question"]): c for c in data["cells"]}
    cell = cells[("alpha", "ukraine")]
    assert set(cell) >= {"source", "question", "counts", "dominant", "mixed"}
    assert (cell["counts"], cell["dominant"], cell["mixed"]) == ({PA: 2, PU: 1, H: 0}, PA, True)
    assert cells[("beta", "three-ds")]["dominant"] == H
    assert cells[("beta", "three-ds")]["mixed"] is False
    assert cells[("beta", "ukraine")]["dominant"] is None
    only = cli_json("matrix", "--project", root, "-q", "ukraine")
    assert only["questions"] == ["ukraine"] and len(only["cells"]) == 2  # type: ignore[index]


def test_tables_print(cli: CliRun, cli_json: JsonRun, root: str) -> None:
    annotate(cli_json, root, "alpha", "s0001", "--stance", PA, "-q", "ukraine")
    for args in (("sources",), ("sentences", "alpha"), ("claims",), ("matrix",)):
        code, out, err = cli(*args, "--project", root)
        assert code == 0 and err == "" and out.strip(), args
    assert "s0001" in cli("sentences", "alpha", "--project", root)[1]


# --------------------------------------------------------------------------- editing


def test_annotate_then_claims_shows_it_after_reopen(cli: CliRun, root: str) -> None:
    code, out, _ = cli(
        "annotate",
        "alpha",
        "--quote",
        "NATO remains essential",
        "--stance",
        PU,
        "-q",
        "nato-replacement",
        "--project",
        root,
    )
    assert code == 0
    cid = out.split()[0]
    saved = Project.open(root).claim(cid)  # exit 0 means it is on disk
    assert (saved.quote, saved.stance, saved.sentence) == ("NATO remains essential", PU, "s0003")


def test_reannotate_updates_rather_than_duplicates(cli_json: JsonRun, root: str) -> None:
    first = annotate(cli_json, root, "alpha", "s0002", "--stance", PA, "-q", "ukraine")
    second = annotate(cli_json, root, "alpha", "s0002", "--stance", H, "-q", "us-guarantee")
    assert first["id"] == second["id"]
    claims = cli_json("claims", "--project", root)
    assert [(c["stance"], c["questions"]) for c in claims] == [(H, ["us-guarantee"])]  # type: ignore[union-attr]


def test_update_relate_unannotate(cli: CliRun, cli_json: JsonRun, root: str) -> None:
    a = annotate(cli_json, root, "alpha", "s0001", "--stance", PA, "-q", "ukraine")
    b = annotate(cli_json, root, "alpha", "s0003", "--stance", PU, "-q", "ukraine")
    c = annotate(cli_json, root, "beta", "s0001", "--stance", H, "-q", "ukraine")
    upd = cli_json("update", a["id"], "--stance", H, "--note", "hmm", "--project", root)
    assert (upd["stance"], upd["note"]) == (H, "hmm")  # type: ignore[index]
    rel = cli_json("relate", b["id"], "--attacks", a["id"][:7], "--project", root)
    assert rel["relations"] == [{"type": "attacks", "target": a["id"]}]  # type: ignore[index]
    cli_json("relate", c["id"], "--supports", a["id"], "--project", root)
    code, out, _ = cli("unannotate", a["id"], "--project", root)
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"deleted {a['id']}"
    assert sorted(lines[1:]) == sorted(  # the links that go with it
        [
            f"  and the link {b['id']} (tester) attacks {a['id']}",
            f"  and the link {c['id']} (tester) supports {a['id']}",
        ]
    )
    after = {x["id"]: x for x in cli_json("claims", "--project", root)}  # type: ignore[union-attr]
    assert set(after) == {b["id"], c["id"]}
    assert after[b["id"]]["relations"] == [] and after[c["id"]]["relations"] == []
    code, _, err = cli("update", b["id"], "--project", root)
    assert code == 2 and "nothing to change" in err
    rel = cli_json("relate", b["id"], "--supports", c["id"], "--project", root)
    rel = cli_json("relate", b["id"], "--remove", c["id"], "--project", root)
    assert rel["relations"] == []  # type: ignore[index]


def test_meta_command(cli_json: JsonRun, root: str) -> None:
    shown = cli_json("meta", "beta", "--project", root)
    assert shown["id"] == "beta"  # type: ignore[index]
    cli_json("meta", "beta", "--outlet", "Review", "--date", "2025-02-01", "--project", root)
    assert Project.open(root).sources["beta"].meta.outlet == "Review"


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("annotate", "alpha", "--sentence", "s0001", "--stance", "pro", "-q", "ukraine"),
            "unknown stance 'pro' (valid: pro-autonomy, pro-us-primacy, hedged)",
        ),
        (
            ("annotate", "alpha", "--sentence", "s0001", "--stance", PA, "-q", "nato"),
            "unknown question 'nato' (did you mean 'nato-replacement'? valid: nato-replacement, ",
        ),
        (
            ("annotate", "gamma", "--sentence", "s0001", "--stance", PA, "-q", "ukraine"),
            "unknown source 'gamma' (valid: alpha, beta)",
        ),
        (
            ("annotate", "alpha", "--sentence", "s0042", "--stance", PA, "-q", "ukraine"),
            "no sentence 's0042' (ids run s0001..s0006)",
        ),
        (("relate", "cabcdef0", "--supports", "c1234567"), "unknown claim 'cabcdef0'"),
        (("unannotate", "cabcdef0"), "unknown claim 'cabcdef0'"),
        (("claims", "--stance", "nope"), "unknown stance 'nope' (valid: pro-autonomy"),
        (("claims", "--question", "nope"), "unknown question 'nope' (valid: nato-replacement"),
        (("sentences", "zzz"), "unknown source 'zzz' (valid: alpha, beta)"),
        (("matrix", "-q", "nope"), "unknown question 'nope'"),
    ],
)
def test_unknown_values_one_line_exit_2(
    cli: CliRun, root: str, args: tuple[str, ...], expected: str
) -> None:
    code, out, err = cli(*args, "--project", root)
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("argmap: ")
    assert expected in err
    assert not Path(root, "annotations", "alpha.jsonl").exists()


def test_no_annotator_is_a_clear_error(
    cli: CliRun, root: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARGMAP_ANNOTATOR")
    args = ("annotate", "alpha", "--sentence", "s0001", "--stance", PA, "-q", "ukraine")
    code, _, err = cli(*args, "--project", root)
    assert code == 2 and err.count("\n") == 1
    assert "no annotator set" in err and "--annotator" in err and "ARGMAP_ANNOTATOR" in err
    code, _, _ = cli(*args, "--project", root, "--annotator", "flagged")
    assert code == 0
    assert Project.open(root).claims()[0].annotator == "flagged"


def test_child_process_exit_codes_and_no_traceback(root: str) -> None:
    ok = run_argmap("annotate", "alpha", "--sentence", "s0004", "--stance", H, "-q", "ukraine",
                    "--project", root, "--json", env={"ARGMAP_ANNOTATOR": "kid"})  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    cid = json.loads(ok.stdout)["id"]
    assert Project.open(root).claim(cid).annotator == "kid"
    bad = run_argmap("annotate", "alpha", "--sentence", "s0004", "--stance", "x", "-q", "ukraine",
                     "--project", root, env={"ARGMAP_ANNOTATOR": "kid"})  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().startswith("argmap: unknown stance 'x'")


def test_help_lists_the_exit_codes_and_builds_without_the_models() -> None:
    probe = (
        "import contextlib, io, sys\nfrom argmap.cli import main\nout = io.StringIO()\n"
        "with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])\n"
        "print(out.getvalue())\n"
        "print(sorted(m for m in ('pydantic', 'rich', 'argmap.project') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    *help_lines, loaded = done.stdout.strip().splitlines()
    text = " ".join(" ".join(help_lines).split())
    assert "exit codes: 0 ok; 1 error" in text and "2 usage" in text
    assert loaded == "[]"  # --help imports no pydantic model, no rich


def test_python_dash_m_argmap(root: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "argmap", "sources", "--json", "--project", root],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [s["id"] for s in json.loads(done.stdout)] == ["alpha", "beta"]


@pytest.mark.parametrize("n", [0, 1, 2, 1023, 1024, 1025, 2500])
def test_json_items_are_the_text_of_the_whole_list(
    n: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``suggest --all --json`` and ``claims --json`` write their list in pieces: the same
    text as the whole list at once."""
    from argmap.cliutil import print_json, print_json_items

    items = [
        {"id": i, "text": f"Ça {i}", "p": i / 7, "q": [], "r": {}, "n": None, "t": ("a", i)}
        for i in range(n)
    ]
    print_json(items)
    whole = capsys.readouterr().out
    print_json_items(iter(items))
    assert capsys.readouterr().out == whole


def test_a_command_process_ends_with_its_edit_saved_and_its_output_whole(
    root: str, cli_json: JsonRun
) -> None:
    """An ``argmap`` process ends without the interpreter's teardown (``cli.leave``): what
    it saved and printed is all there, and its exit code is the command's."""
    for i in range(2, 6):
        made = run_argmap("annotate", "alpha", "--sentence", f"s000{i}", "--stance", H, "-q",
                          "ukraine", "--project", root, env={"ARGMAP_ANNOTATOR": "kid"})  # fmt: skip
        assert made.returncode == 0, made.stderr
    listed = run_argmap("claims", "--json", "--project", root)
    assert listed.returncode == 0 and listed.stdout.endswith("]\n")
    assert json.loads(listed.stdout) == cli_json("claims", "--json", "--project", root)
    assert len(json.loads(listed.stdout)) >= 4
    bad = run_argmap("claims", "--source", "nosuch", "--project", root)
    assert bad.returncode != 0 and bad.stderr.startswith("argmap: ")


def test_a_closed_standard_output_is_no_traceback(root: str) -> None:
    """`argmap sources >&-` (the shell closed stdout) ended in a traceback from the table
    printer; the command runs, its output goes nowhere, and an edit is still saved."""
    for command in (
        f"sources -p {root}",
        f"annotate alpha --sentence s0002 --stance {PA} --question ukraine -p {root}",
    ):
        done = subprocess.run(
            ["bash", "-c", f"{sys.executable} -m argmap {command} >&-"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert "s0002" in (Path(root) / "annotations" / "alpha.jsonl").read_text(encoding="utf-8")
