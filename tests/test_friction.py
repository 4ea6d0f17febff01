"""What got in the way of engineers building a debate from an empty folder this session
(d6, d7; /work/notes/d6-friction.md, d7-friction.md), each reproduced on an input of its own."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., tuple[int, str, str]]


def test_a_pattern_with_a_comma_matches_the_comma(cli: Cli, tmp_path: Path) -> None:
    """d6 1: "yes, but" was refused with "'yes,' is not a word"; since session 17 (d28, d29:
    "the product, not the process", "cat. 1") punctuation next to a word is matched as
    written, and a pattern without it still never matches across punctuation."""
    from argmap import store
    from argmap.suggest.patterns import compile_patterns, match
    from argmap.suggest.text import normalise

    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    code, out, err = cli("-p", str(root), "patterns", "add", "stance", "for", "yes, but",
                         "the product, not the process", "cat. 1")  # fmt: skip
    assert code == 0 and out.startswith("stance for: pattern 'yes, but' added\n"), err
    code, _, err = cli("-p", str(root), "patterns", "add", "stance", "against", "product not")
    assert code == 0, err
    patterns = compile_patterns(store.load_codebook(root / "annotations" / "codebook.json"))
    for text, found in (
        ("Regulate the product, not the process.", ("for", "the product, not the process")),
        ("Seed sold as NBT cat. 1 needs no licence.", ("for", "cat. 1")),
    ):
        assert match(patterns, normalise(text), raw=text).found == (found,)
    code, out, err = cli("-p", str(root), "patterns", "add", "stance", "for", "yes , but")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "',' is not a word" in err


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
    assert {len(line.split("\t")) for line in lines} == {13}  # voice, session 20
    assert ["note", "s0002", "", "Prices rose."] in [line.split("\t")[:4] for line in lines]
    assert ["talk", "s0003", "BEN", "I disagree."] in [line.split("\t")[:4] for line in lines]
    # filled in and imported as one file
    filled = []
    for line in lines:
        cells = line.split("\t")
        if cells[:2] in (["note", "s0002"], ["talk", "s0003"]):
            cells[5:8] = ["for", "act", "claim"]
        filled.append("\t".join(cells))
    (tmp_path / "all.tsv").write_text("\n".join(filled) + "\n", encoding="utf-8")
    code, out, err = cli("-p", str(root), "import", str(tmp_path / "all.tsv"), "--annotator", "ana")
    assert code == 0, err
    assert "2 new" in out
    code, _, err = cli("-p", str(root), "sentences")
    assert code == 2 and "--all" in err


def test_a_build_script_runs_as_one_batch_and_stops_at_the_line_that_fails(
    cli: Cli, tmp_path: Path
) -> None:
    """d5 9, d6 6: make.sh's ~50 `python3 -m argmap` calls took 42 s to 1 min 50 s wall,
    each paying Python's start and argmap's imports. `argmap batch FILE` runs them in one
    process (26 commands: 17.7 s wall and 7.1 s CPU as processes, 2.3 s and 0.6 s as one
    batch, measured by hand, see /work/notes/fr2.md)."""
    root = tmp_path / "dams"
    article = tmp_path / "silt.md"
    article.write_text("# Silt\n\nThe dam holds back silt. Keep the dam.\n", encoding="utf-8")
    script = tmp_path / "build.txt"
    script.write_text(
        f'# the project\ninit {root} --name "Dams"\n'
        "codebook add-question silt --label Silt \\\n"
        '    --text "Does the dam hold back silt?"\n'
        'patterns add stance for "keep the dam"\n\n'
        f"argmap add {article} --id-from file\n"
        "annotate silt --sentence s0003 --stance for -q silt\n"
        "annotate silt --sentence s0009 --stance for -q silt\n"
        "validate\n",
        encoding="utf-8",
    )
    code, out, err = cli("-p", str(root), "--annotator", "ana", "batch", str(script))
    assert code == 2, err
    assert f"{script}:9: `argmap annotate silt --sentence s0009" in err
    assert "the commands after it were not run" in err and "ok:" not in out
    assert "no sentence 's0009'" in err
    code, out, err = cli("-p", str(root), "claims", "--json")
    assert code == 0 and [(c["sentence"], c["annotator"]) for c in json.loads(out)] == [
        ("s0003", "ana")
    ]
    # a quote left open is named with its line before anything runs
    (tmp_path / "bad.txt").write_text('validate\nmeta silt --note "open\n', encoding="utf-8")
    code, _, err = cli("-p", str(root), "batch", str(tmp_path / "bad.txt"))
    assert code == 2 and f"{tmp_path / 'bad.txt'}:2:" in err and "quote" in err


def test_add_says_what_it_read_of_author_outlet_and_date_and_how_to_set_the_rest(
    cli: Cli, tmp_path: Path
) -> None:
    """d4 6, d5 1-6, d6 2: after `add` each engineer listed `sources --json` to find which
    authors, outlets and dates argmap had not read, then set them with `argmap meta`."""
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    note = tmp_path / "note.md"
    note.write_text("# Silt\n\nBy Ann Lee\n\nThe dam holds back silt.\n", encoding="utf-8")
    code, out, err = cli("-p", str(root), "add", str(note), "--id-from", "file")
    assert code == 0, err
    assert out.splitlines() == [
        "added note: 'Silt' (2 sentences)",
        "  author Ann Lee · no outlet, no date: argmap meta note --outlet … --date …",
    ]
