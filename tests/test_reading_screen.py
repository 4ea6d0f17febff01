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


def test_a_unit_turned_wrong_by_the_refit_is_told_apart_from_one_turned_by_the_decision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``turned`` counts a scored unit right with nothing annotated and wrong after k units
    as mended without the refit (the models that never saw the source, reading its units) or
    with those models' offsets, and whether it took a first unit's stance."""
    from types import SimpleNamespace

    from bench import reading_screen

    # 10 units then 3 scored ones (gold a, a, b); the first 3 units are all "b"
    held = [SimpleNamespace(key=i, unit=True, stance="b" if i < 10 else "a") for i in range(12)]
    held.append(SimpleNamespace(key=12, unit=True, stance="b"))
    k0 = SimpleNamespace(name="k0", stance_offsets=(0.5, 0.0))
    k3 = SimpleNamespace(name="k3", stance_offsets=())
    readings = {
        # per reading, the stances of the three scored units (the others do not count)
        "plain": "aab",  # right, right, right
        "shipped": "bbb",  # the first two turn wrong, to the first units' stance
        "unrefit": "abb",  # the first is right again without the refit
        "offsets": "bab",  # the second is right again with the k = 0 offsets
    }

    def predict(models, rows, given=(), raw=None):
        if models.name == "k0":
            way = "unrefit" if given else "plain"
        else:
            way = "offsets" if models.stance_offsets else "shipped"
        return [SimpleNamespace(stance="b") for _ in rows[:10]] + [
            SimpleNamespace(stance=s) for s in readings[way]
        ]

    monkeypatch.setattr(reading_screen, "_predict_source", predict)
    # the second reading (``unrefit``) leaves the refit's reading as it is here
    monkeypatch.setattr(reading_screen, "_with_unrefit", lambda preds, *_: list(preds))
    rec = {"held": held, 0: (k0, [None] * 13), 3: (k3, [None] * 13)}
    got = reading_screen.turned_units(rec, 3)
    assert got == {"right_wrong": 2, "wrong_right": 0, "unrefit": 1, "offsets": 1, "first": 2}
