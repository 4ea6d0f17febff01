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


def test_a_source_on_both_sides_is_not_alike_to_one_that_hedges(tmp_path: Path) -> None:
    """One source argues for and against (mean side 0), the other only hedges (side 0): the
    mean side called them alike (distance 0); their claims sit at different places."""
    root = tmp_path / "proj"
    Project.init(root, name="t")
    for name in ("both", "hedge"):
        (tmp_path / f"{name}.txt").write_text(ONE, encoding="utf-8")
        Project.open(root, annotator="t").add_source(tmp_path / f"{name}.txt", source_id=name)
    p = Project.open(root, annotator="t")
    q = ["nato-replacement"]
    p.annotate("both", stance="pro-autonomy", questions=q, sentence="s0001")
    p.annotate("both", stance="pro-us-primacy", questions=q, sentence="s0002")
    p.annotate("hedge", stance="hedged", questions=q, sentence="s0001")
    p.annotate("hedge", stance="hedged", questions=q, sentence="s0002")
    p = Project.open(root, annotator="t")
    result = compare(p.view().claims, p.codebook, ["both", "hedge"])
    # half of the claims move one place (half the axis) each way: 0.5 of the way
    assert result.distance == pytest.approx(0.5)
    row = next(r for r in result.rows if r.question == "nato-replacement")
    assert [s.lean for s in row.stands] == [0.0, 0.0]
    assert row.stands[0].spread == ((-1.0, 0.5), (1.0, 0.5))


def test_a_mostly_opposed_source_is_further_from_two_hedgers_than_they_are_apart(
    tmp_path: Path,
) -> None:
    """debate33's shape: a podcast mostly against (7 ▼, 4 ▲, 1 ◆), two reports mostly
    hedged: the mean side put the podcast nearer each report than the reports to each
    other."""
    root = tmp_path / "proj"
    Project.init(root, name="t")
    text = " ".join(f"Sentence number {k} is here." for k in range(1, 40)) + "\n"
    for name in ("podcast", "report", "paper"):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
        Project.open(root, annotator="t").add_source(tmp_path / f"{name}.txt", source_id=name)
    p = Project.open(root, annotator="t")
    shapes = {
        "podcast": {"pro-us-primacy": 7, "pro-autonomy": 4, "hedged": 1},
        "report": {"pro-us-primacy": 3, "pro-autonomy": 1, "hedged": 2},
        "paper": {"pro-us-primacy": 7, "pro-autonomy": 8, "hedged": 18},
    }
    for name, counts in shapes.items():
        k = 0
        for stance, n in counts.items():
            for _ in range(n):
                k += 1
                p.annotate(
                    name, stance=stance, questions=["nato-replacement"], sentence=f"s{k:04d}"
                )
    p = Project.open(root, annotator="t")
    result = compare(p.view().claims, p.codebook, ["podcast", "report", "paper"])
    pod_report = result.pairs[("podcast", "report")][0]
    pod_paper = result.pairs[("podcast", "paper")][0]
    reports = result.pairs[("report", "paper")][0]
    assert reports is not None and pod_report is not None and pod_paper is not None
    assert pod_paper > reports
