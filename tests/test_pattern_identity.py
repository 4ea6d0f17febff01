"""The matcher's identity: every codebook pattern of the repository's 30 projects compiles
and matches as it did before patterns could hold punctuation (session 17): the models use
the patterns as features, so a pattern's matches change only on purpose."""

from __future__ import annotations

import json

from tests.pattern_identity import OUT, measure


def test_every_pattern_of_every_project_matches_what_it_matched() -> None:
    expected = json.loads(OUT.read_text(encoding="utf-8"))
    assert measure() == expected
