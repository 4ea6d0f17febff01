"""Commands that got in the way of the builders of debate28 and debate29 (their friction.md,
"Commands and codebook"), each reproduced through the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., tuple[int, str, str]]


def test_sentences_of_a_source_with_all_as_the_briefs_write_it(cli: Cli, tmp_path: Path) -> None:
    """`argmap sentences SOURCE --all --tsv` was refused ("give SOURCE ids or --all, not
    both") in debate23, 24, 26, 27 and 28: it now lists that source's sentences."""
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    for name, text in (("one", "Prices rose. Wages did not.\n"), ("two", "Rents fell.\n")):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        assert cli("add", str(tmp_path / f"{name}.txt"), "--id", name, "-p", str(root))[0] == 0
    code, out, err = cli("sentences", "one", "--all", "--tsv", "-p", str(root))
    assert code == 0, err
    rows = [line.split("\t")[:4] for line in out.splitlines()]
    assert rows == [["source", "sentence", "speaker", "text"], ["one", "s0001", "", "Prices rose."],
                    ["one", "s0002", "", "Wages did not."]]  # fmt: skip
    code, out, _ = cli("sentences", "--all", "--json", "-p", str(root))
    assert code == 0 and [r["source"] for r in json.loads(out)] == ["one", "one", "two"]


def test_a_stance_or_question_added_where_it_belongs(cli: Cli, tmp_path: Path) -> None:
    """`codebook add-stance` always appended: debate28 needed two `codebook move`s to put
    broad / terminal / not-yet / oppose in order. `--position N` places it at once (one
    undo), and a place out of range is refused with nothing added."""
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    code, _, err = cli("codebook", "add-stance", "broad", "--axis", "1", "--position", "1",
                       "-p", str(root))  # fmt: skip
    assert code == 0, err
    assert cli("codebook", "add-question", "cost", "--label", "Cost", "--text", "Cost?",
               "-p", str(root))[0] == 0  # fmt: skip
    code, _, err = cli("codebook", "add-question", "who", "--label", "Who", "--text", "Who?",
                       "--position", "1", "-p", str(root))  # fmt: skip
    assert code == 0, err
    code, _, err = cli("codebook", "add-stance", "late", "--position", "9", "-p", str(root))
    assert code == 2 and "position 9 is out of range: give 1 to 5" in err
    codebook = json.loads((root / "annotations" / "codebook.json").read_text(encoding="utf-8"))
    assert [s["id"] for s in codebook["stances"]] == ["broad", "for", "against", "hedged"]
    assert [q["id"] for q in codebook["questions"]] == ["who", "cost"]


def test_done_takes_several_sources(cli: Cli, tmp_path: Path) -> None:
    """debate22 and debate27: `done` took one source, so make.sh ran one process per source
    (24 of debate27's 110 calls). Several ids are one command; one unknown id marks none."""
    root = tmp_path / "p"
    assert cli("init", str(root), "--annotator", "ann")[0] == 0
    for name in ("one", "two", "three"):
        (tmp_path / f"{name}.txt").write_text(f"{name.title()} rose.\n", encoding="utf-8")
        assert cli("add", str(tmp_path / f"{name}.txt"), "--id", name, "-p", str(root))[0] == 0
    code, out, err = cli("done", "one", "nope", "-p", str(root))
    assert code == 2 and "unknown source 'nope'" in err and out == ""
    code, out, err = cli("done", "one", "three", "-p", str(root))
    assert code == 0, err
    assert out == ("ann: one marked done (1 of 3 sources done)\n"
                   "ann: three marked done (2 of 3 sources done)\n")  # fmt: skip
    code, out, _ = cli("done", "--json", "-p", str(root))
    assert json.loads(out) == {"one": ["ann"], "two": [], "three": ["ann"]}


def test_add_several_files_each_with_its_id(cli: Cli, tmp_path: Path) -> None:
    """debate19 and debate24: `--id` took one file, so an export folder of `_chat.txt`
    files (or long file names) needed one `add` per file. One --id per file, in order; a
    count that does not match adds nothing and says which files."""
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "_chat.txt").write_text(f"Chat {name}.\n\nWe met. We {name}.\n")
    chats = [str(tmp_path / n / "_chat.txt") for n in ("a", "b")]
    code, out, err = cli("add", *chats, "--id", "first", "-p", str(root))
    assert code == 2 and out == "" and "1 --id for 2 files" in err and "_chat.txt" in err
    code, out, err = cli("add", *chats, "--id", "first", "--id", "second", "-p", str(root))
    assert code == 0, err
    assert [line.split(":")[0] for line in out.splitlines() if line.startswith("added")] == [
        "added first", "added second"]  # fmt: skip
