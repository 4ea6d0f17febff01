"""A currency sign in a pattern (d9 friction 1: `patterns add question price "€2.9 million"`
stopped with "'€' is not a word"): a symbol is a word of its own, matched as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from argmap.suggest.patterns import pattern_regex
from argmap.suggest.text import normalise

Cli = Callable[..., tuple[int, str, str]]


def test_a_pattern_with_a_currency_sign_is_added_and_matches_that_currency(
    tmp_path: Path, cli: Cli
) -> None:
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    code, _, err = cli(
        "codebook", "add-question", "cost", "--label", "Cost", "--text", "What does it cost?",
        "--project", root,
    )  # fmt: skip
    assert code == 0, err
    code, _, err = cli("patterns", "add", "question", "cost", "€40,000 a year", "--project", root)
    assert code == 0, err
    regex = pattern_regex("€40,000 a year")
    assert regex.search(normalise("The switch-off saves €40,000 a year, the council says."))
    assert regex.search(normalise("It saves € 52,500 a year."))
    assert not regex.search(normalise("It saves £40,000 a year."))
    assert not regex.search(normalise("It saves 40,000 a year."))
