"""``bench/reading_screen.py`` chooses a variant leaving one project out (chosen on the
others, scored on the one left out) and sets a variant's constants for its run only."""

from __future__ import annotations

import pytest

from argmap.suggest import sequence
from bench.reading_screen import _order, lopo, screen


def test_each_project_is_scored_with_the_variant_the_others_chose() -> None:
    runs = {
        "shipped": {"a": {"c3": 0.5}, "b": {"c3": 0.5}, "c": {"c3": 0.5}},
        # best on a and b, worst on c: chosen when c is left out, not when a or b is
        "new": {"a": {"c3": 0.7}, "b": {"c3": 0.6}, "c": {"c3": 0.1}},
    }
    got = lopo(runs, lambda f: f["c3"])
    assert {n: best for n, (best, _) in got.items()} == {"a": "shipped", "b": "shipped", "c": "new"}
    assert got["c"][1] == {"c3": 0.1}


def test_a_variants_constants_are_set_for_its_run_and_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bench import reading_screen

    monkeypatch.setattr(reading_screen, "figures", lambda _: {"w": sequence.STATED_WEIGHT})
    before = sequence.STATED_WEIGHT
    got = screen({"p": {}}, {"more": ["sequence.STATED_WEIGHT=7"], "none": []})
    assert got == {"more": {"p": {"w": 7.0}}, "none": {"p": {"w": before}}}
    assert before == sequence.STATED_WEIGHT


def test_projects_are_listed_seeds_first_then_debates_by_number() -> None:
    names = ["debate10", "eval", "debate2", "seeds", "debate9"]
    assert sorted(names, key=_order) == ["seeds", "eval", "debate2", "debate9", "debate10"]
