"""What got in the way of engineers building a debate from an empty folder this session
(d6, d7; /work/notes/d6-friction.md, d7-friction.md), each reproduced on an input of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., tuple[int, str, str]]


def test_a_pattern_with_a_comma_says_why_it_cannot_be_and_what_to_write(
    cli: Cli, tmp_path: Path
) -> None:
    """d6 1: "yes, but" was refused with "'yes,' is not a word", which left the user
    guessing whether "yes but" would do (it would not: patterns match words in a row and a
    comma in the text stands between them)."""
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    code, out, err = cli("-p", str(root), "patterns", "add", "stance", "for", "yes, but")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert "',' in 'yes,'" in err and "never across punctuation" in err
    assert "on one side of it" in err
    code, _, err = cli("-p", str(root), "patterns", "add", "stance", "for", "yes")
    assert code == 0, err


def test_one_template_for_the_whole_project_has_one_set_of_columns(
    cli: Cli, tmp_path: Path
) -> None:
    """d7 3: `for s in …; do argmap sentences $s --tsv; done > all.tsv` gave a transcript's
    rows 11 columns under another source's 10-column header (the speaker column came and
    went), so the text sat under "text"'s neighbour. Now every template has the speaker
    column, and `sentences --all --tsv` (or several ids) writes one header."""
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    talk = tmp_path / "talk.md"
    talk.write_text(
        "# Radio talk\n\nANNA: We should act now.\n\nBEN: I disagree.\n\nANNA: Then wait.\n",
        encoding="utf-8",
    )
    note = tmp_path / "note.txt"
    note.write_text("A note\n\nPrices rose. Wages did not.\n", encoding="utf-8")
    assert cli("-p", str(root), "codebook", "add-question", "act", "--label", "Act",
               "--text", "Should we act now?")[0] == 0  # fmt: skip
    for path in (note, talk):
        assert cli("-p", str(root), "add", str(path), "--id-from", "file")[0] == 0
    code, one, _ = cli("-p", str(root), "sentences", "note", "--tsv")
    assert code == 0 and one.splitlines()[0].split("\t")[:4] == [
        "source", "sentence", "speaker", "text",
    ]  # fmt: skip
    code, out, err = cli("-p", str(root), "sentences", "--all", "--tsv")
    assert code == 0, err
    lines = out.splitlines()
    assert sum(line.startswith("source\t") for line in lines) == 1
    assert {len(line.split("\t")) for line in lines} == {11}
    assert ["note", "s0002", "", "Prices rose."] in [line.split("\t")[:4] for line in lines]
    assert ["talk", "s0003", "BEN", "I disagree."] in [line.split("\t")[:4] for line in lines]
    # filled in and imported as one file
    filled = []
    for line in lines:
        cells = line.split("\t")
        if cells[:2] in (["note", "s0002"], ["talk", "s0003"]):
            cells[4:7] = ["for", "act", "claim"]
        filled.append("\t".join(cells))
    (tmp_path / "all.tsv").write_text("\n".join(filled) + "\n", encoding="utf-8")
    code, out, err = cli("-p", str(root), "import", str(tmp_path / "all.tsv"), "--annotator", "ana")
    assert code == 0, err
    assert "2 new" in out
    code, _, err = cli("-p", str(root), "sentences")
    assert code == 2 and "--all" in err
