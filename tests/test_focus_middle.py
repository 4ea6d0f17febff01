"""A source whose user-annotated units argue the middle stance keeps its middle offset once it
has more than three units (``decision.FOCUS_MIDDLE_OWN``): the curve after 5 units stays above
the reading with nothing annotated there, as it was before session 19's calibration."""

from __future__ import annotations

import pytest
from conftest import REPO

from argmap.project import Project
from argmap.suggest import decision
from argmap.suggest import models as SM
from argmap.suggest.data import examples
from argmap.suggest.evaluation import CURVE, _predict_source

#: debate35's blog post whose first five units are all "modest-rise" (the middle stance).
SOURCE = "sparks-and-sawdust-blogspot-a-raise-not-a-revolution"


def _later_right(monkeypatch: pytest.MonkeyPatch, middle_own: float) -> tuple[int, int]:
    """Of the source's units after its tenth: how many read right with nothing annotated and
    after its first 5 units, ``decision.FOCUS_MIDDLE_OWN`` at ``middle_own``."""
    monkeypatch.setattr(decision, "FOCUS_MIDDLE_OWN", middle_own)
    project = Project.open(REPO / "bench" / "debate35")
    items = examples(project, None)
    train = [e for e in items if e.source != SOURCE]
    held = [e for e in items if e.source == SOURCE]
    units = [e for e in held if e.unit]
    rest = {e.key: e.stance for e in units[max(CURVE) :]}

    def right(models: SM.Models, given: list) -> int:
        preds = _predict_source(models, held, given)
        return sum(
            p.stance == rest[e.key] for e, p in zip(held, preds, strict=True) if e.key in rest
        )

    nothing = right(SM._train(train, project.codebook), [])
    five = right(SM._train([*train, *units[:5]], project.codebook, focus=SOURCE), units[:5])
    return nothing, five


def test_five_middle_units_keep_the_later_middle_units_read_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """All five first units are the middle stance: after them 7 of the 9 later units read
    right (2 with nothing annotated); with the middle's offset calibrated as for a source
    nobody has annotated (session 19), the offset falls and one of them reads as a side (6)."""
    nothing, five = _later_right(monkeypatch, decision.FOCUS_MIDDLE_OWN)
    assert (nothing, five) == (2, 7)
    assert _later_right(monkeypatch, 2.0)[1] == 6
