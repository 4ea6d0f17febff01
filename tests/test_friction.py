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
