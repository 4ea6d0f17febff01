"""Comparing sources: positions per question, agreements, clashes and one distance."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap.compare import compare
from argmap.errors import UsageError
from argmap.project import Project

ONE = "Europe must build its own army. The American guarantee is gone. Ukraine needs help.\n"
TWO = "NATO must stay under US leadership. Buying American jets is wise. Ukraine needs help.\n"


@pytest.fixture
def two_sources(tmp_path: Path) -> Project:
    root = tmp_path / "proj"
    Project.init(root, name="t")
    for name, text in (("one", ONE), ("two", TWO)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        Project.open(root, annotator="t").add_source(tmp_path / f"{name}.txt", source_id=name)
    p = Project.open(root, annotator="t")
    a = p.annotate("one", stance="pro-autonomy", questions=["nato-replacement"], sentence="s0001")
    p.annotate("one", stance="pro-autonomy", questions=["ukraine"], sentence="s0003")
    b = p.annotate("two", stance="pro-us-primacy", questions=["nato-replacement"], sentence="s0001")
    p.annotate("two", stance="pro-autonomy", questions=["ukraine"], sentence="s0003")
    p.relate(b.id, "attacks", a.id)
    return Project.open(root, annotator="t")


def test_positions_agreements_clashes_and_distance(two_sources: Project) -> None:
    p = two_sources
    result = compare(p.view().claims, p.codebook, ["one", "two"])
    rows = {r.question: r for r in result.rows}
    nato = rows["nato-replacement"]
    assert [s.dominant for s in nato.stands] == ["pro-autonomy", "pro-us-primacy"]
    assert nato.clash and not nato.agree
    assert rows["ukraine"].agree and not rows["ukraine"].clash
    assert result.agreements == ["ukraine"]
    kinds = sorted((k.kind, k.question, k.a, k.b) for k in result.clashes)
    assert kinds == [
        ("attack", "nato-replacement", "two", "one"),
        ("opposite", "nato-replacement", "one", "two"),
    ]
    # opposite ends on one shared question, alike on the other: (1 + 0) / 2
    assert result.distance == pytest.approx(0.5)
    assert result.pairs[("one", "two")] == (pytest.approx(0.5), 2)
    assert nato.stands[0].strongest[0].quote.startswith("Europe must build")


def test_one_source_is_not_a_comparison(two_sources: Project) -> None:
    with pytest.raises(UsageError):
        compare(two_sources.view().claims, two_sources.codebook, ["one"])
