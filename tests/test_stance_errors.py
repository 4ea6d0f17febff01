"""``bench/stance_errors.py`` sorts stance errors as its report says: a unit of its source's
main stance called another side (and whether the source as a whole is read as another
side), a minority unit called the main stance, the middle stance, and after the first
units, a suggestion that follows them where they are not the source's main stance."""

from __future__ import annotations

from typing import Any

from bench.stance_errors import _categories, figures


def _rec(source: str, pos: int, gold: str, pred: str, k: int = 0, **kw: Any) -> dict[str, Any]:
    return {
        "project": "p",
        "source": source,
        "pos": pos,
        "gold": gold,
        "pred": pred,
        "k": k,
        "main": kw.get("main", "for"),
        "first3": kw.get("first3", "for"),
    }


def test_errors_fall_into_the_reports_categories() -> None:
    recs = [
        _rec("a", 0, "for", "for"),
        _rec("a", 1, "for", "against"),  # (a): main stance called the other side
        _rec("a", 2, "against", "for"),  # (b): minority called the main stance
        _rec("a", 3, "unsure", "for"),  # (c): middle stance in gold
        _rec("a", 4, "for", "unsure"),  # (c): middle stance suggested
        # source b is read as "against" (most of its units suggested so) but argues "for"
        _rec("b", 0, "for", "against"),
        _rec("b", 1, "for", "against"),
        _rec("b", 2, "against", "against"),
    ]
    got = _categories(recs, {"unsure"}, None)
    assert (got["n"], got["err"]) == (8, 6)
    assert (got["a"], got["a_misread"], got["b"], got["c"]) == (3, 2, 1, 2)


def test_after_the_first_units_a_suggestion_that_follows_them_is_counted() -> None:
    """(d): the first three units argue "against" in a source that argues "for", and the
    suggestion after them is "against"; (d0) counts those that were right before."""
    k0 = {("a", 10): _rec("a", 10, "for", "for"), ("a", 11): _rec("a", 11, "for", "against")}
    recs = [
        _rec("a", 10, "for", "against", k=3, first3="against"),
        _rec("a", 11, "for", "against", k=3, first3="against"),
    ]
    got = _categories(recs, set(), k0)
    assert (got["d"], got["d0"], got["lost"], got["gained"]) == (2, 1, 1, 0)


def test_the_curve_scores_the_same_units_at_every_k() -> None:
    """k = 0 is scored on all units, the curve on the units after the tenth of the sources
    that have them (as ``argmap evaluate`` does)."""
    recs = [_rec("a", i, "for" if i % 2 else "against", "for") for i in range(12)]
    recs += [_rec("a", r["pos"], r["gold"], r["gold"], k=k) for k in (3, 5, 10) for r in recs[10:]]
    recs.append(_rec("short", 0, "against", "against"))
    got = figures({"stances": ["for", "against"], "records": recs})
    assert got["k0"] < 1.0 and got["c3"] == got["c5"] == got["c10"] == 1.0
    assert got["c0"] == 1 / 3  # units 10 and 11: "against" called "for", "for" right
