"""A new user's first hour on the command line, from an empty folder: each step they take
says what it did, and each mistake they make is refused in one line naming what to do."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def root(tmp_path: Path, cli: CliRun) -> str:
    root = str(tmp_path / "clocks")
    assert cli("init", root)[0] == 0
    return root


def test_renaming_a_blank_stance_says_its_label_is_still_the_placeholder(
    root: str, cli: CliRun
) -> None:
    """Renamed `for` to `keep-summer-time`, the export's legend still read "For: The text
    argues for the proposal under debate." and nothing said so."""
    code, out, err = cli("codebook", "rename", "stance", "for", "keep-summer-time", "-p", root)
    assert code == 0, err
    assert out.splitlines() == [
        "rename stance for to keep-summer-time",
        "  still the blank codebook's label 'For' and description 'The text argues for the "
        "proposal under debate.': change with `argmap codebook edit stance keep-summer-time "
        "--label … --description …`",
    ]
    cli("codebook", "edit", "stance", "against", "--label", "Keep winter time", "-p", root)
    code, out, _ = cli("codebook", "rename", "stance", "against", "keep-winter", "-p", root)
    assert "still the blank codebook's description" in out and "label" not in out.split(":")[0]
    code, out, _ = cli("codebook", "rename", "stance", "keep-winter", "winter", "-p", root)
    assert out == "rename stance keep-winter to winter\n"  # not a blank stance's id any more


@pytest.mark.parametrize("kind", ["stance", "question"])
def test_ids_that_differ_only_in_capitals_are_refused(root: str, cli: CliRun, kind: str) -> None:
    """`add-question Health` beside `health` was accepted: two questions a user types one
    for the other (`-q Health`)."""
    add = ["add-stance"] if kind == "stance" else ["add-question", "--label", "H", "--text", "H?"]
    assert cli("codebook", *add, "health", "-p", root)[0] == 0
    code, out, err = cli("codebook", *add, "Health", "-p", root)
    assert code == 2 and out == ""
    assert err == (
        f"argmap: {kind} 'Health' differs from {kind} 'health' only in capitals: one is "
        "easily typed for the other; choose another id\n"
    )
    # an id may still change its own capitals
    assert cli("codebook", "rename", kind, "health", "Health", "-p", root)[0] == 0


def test_a_new_stance_gets_a_colour_an_export_shows(root: str, cli: CliRun) -> None:
    """The default colour was white: the stance's swatch vanished on the heat map's and the
    HTML report's white page."""
    for stance in ("keep-changing", "abolish"):
        code, out, err = cli("codebook", "add-stance", stance, "-p", root)
        assert code == 0, err
        assert "colour #" in out and "--color" in out
    code, out, _ = cli("codebook", "--json", "-p", root)
    colours = [s["color"] for s in json.loads(out)["stances"]]
    assert "white" not in colours and len(set(colours)) == len(colours) == 5
    assert cli("codebook", "add-stance", "x", "--color", "white", "-p", root)[0] == 0


def test_a_graphviz_export_with_no_links_says_why_it_is_empty(
    root: str, cli: CliRun, tmp_path: Path
) -> None:
    """`export -f dot -o map.dot` wrote only comments and `dot -Tpng` drew nothing, silently."""
    article = tmp_path / "a.md"
    article.write_text("# Keep the clocks\n\nThe clocks should stay. Farmers agree.\n")
    cli("add", str(article), "--id", "a", "-p", root)
    cli("codebook", "add-question", "farm", "--label", "Farming", "--text", "Farms?", "-p", root)
    for sentence in ("s0002", "s0003"):
        args = ("annotate", "a", "--sentence", sentence, "--stance", "for", "-q", "farm")
        assert cli(*args, "--annotator", "ann", "-p", root)[0] == 0
    out_file = tmp_path / "map.dot"
    code, _, err = cli("export", "-f", "dot", "-o", str(out_file), "--by", "ann", "-p", root)
    assert code == 0
    assert err.splitlines()[0] == (
        f"{out_file}: no graph to draw: no claim supports or attacks another among those "
        "exported (link them with `argmap relate CLAIM --supports OTHER`)"
    )


def test_a_mistyped_id_names_the_one_meant(root: str, cli: CliRun, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("# Give us our evenings back\n\nKeep summer time. It is safer.\n")
    assert cli("add", str(article), "-p", root)[0] == 0
    cli("codebook", "add-question", "health", "--label", "Health", "--text", "Health?", "-p", root)
    base = ["annotate", "give-us-our-evenings-back", "--sentence", "s0002", "--annotator", "a"]
    cases = [
        (["give-us-our-evenigs-back"], "unknown source 'give-us-our-evenigs-back' (did you mean "
         "'give-us-our-evenings-back'? valid: give-us-our-evenings-back)"),
        (["--stance", "aginst", "-q", "health"], "unknown stance 'aginst' (did you mean "
         "'against'? valid: for, against, hedged)"),
        (["--stance", "For", "-q", "health"], "unknown stance 'For' (did you mean 'for'? "),
        (["--stance", "for", "-q", "helth"], "unknown question 'helth' (did you mean 'health'? "),
        (["--stance", "nope", "-q", "health"], "unknown stance 'nope' (valid: for, against, "),
        (["--stance", "again", "-q", "health"], "unknown stance 'again' (did you mean "
         "'against'? "),
    ]  # fmt: skip
    for args, message in cases:
        if args[0].startswith("give"):
            args = ["annotate", *args, "--sentence", "s0002", "--stance", "for", "-q", "health"]
        else:
            args = base + args
        code, out, err = cli(*args, "-p", root)
        assert code == 2 and out == "" and err.count("\n") == 1
        assert err.startswith(f"argmap: {message}"), err


def test_adding_a_path_that_is_not_there_says_so(root: str, cli: CliRun, tmp_path: Path) -> None:
    """`argmap add ../notes/` (a folder name mistyped) said "unsupported file type '(none)'"."""
    missing = tmp_path / "notes"
    code, out, err = cli("add", f"{missing}/", "-p", root)
    assert (code, out, err) == (1, "", f"argmap: {missing}: no such file\n")


def test_agreement_takes_the_annotators_as_words(root: str, cli: CliRun, tmp_path: Path) -> None:
    """`argmap agreement alice bob` failed with the top-level usage ("unrecognized
    arguments"); only `-a alice,bob` worked."""
    article = tmp_path / "a.md"
    article.write_text("# Keep the clocks\n\nThe clocks should stay. Farmers agree.\n")
    cli("add", str(article), "--id", "a", "-p", root)
    cli("codebook", "add-question", "farm", "--label", "Farming", "--text", "Farms?", "-p", root)
    for who, stance in (("alice", "for"), ("bob", "against"), ("carol", "for")):
        args = ("annotate", "a", "--sentence", "s0002", "--stance", stance, "-q", "farm")
        assert cli(*args, "--annotator", who, "-p", root)[0] == 0
    code, out, err = cli("agreement", "alice", "bob", "--json", "-p", root)
    assert code == 0, err
    assert json.loads(out)["annotators"] == ["alice", "bob"]
    assert json.loads(cli("agreement", "-a", "alice,carol", "--json", "-p", root)[1])[
        "annotators"
    ] == ["alice", "carol"]
