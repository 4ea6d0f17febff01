"""A source's main line in the reports: a journalist sharing debate30 saw a row of chips per
source and question and had to work out from them where each source stands overall, with
which claim, backed by which of its evidence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import make_project

from argmap.export import render
from argmap.export.common import main_line, select
from argmap.project import Project

TEXT = (
    "Europe must be able to defend itself without waiting for Washington. "
    "European armies bought 63 percent of their weapons abroad last year. "
    "The joint procurement fund doubled its orders in two years. "
    "Still, the American guarantee remains the only credible deterrent today. "
    "We should build our own industry step by step."
)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    project = make_project(tmp_path, {"alpha": TEXT})
    project.set_meta("alpha", title="Own defence", author="A. Writer")

    def claim(n: int, stance: str, kind: str = "claim", q: str = "defence-industry") -> str:
        made = project.annotate(
            "alpha", sentence=f"s{n:04d}", stance=stance, questions=[q], kind=kind
        )
        return made.id

    thesis = claim(1, "pro-autonomy", q="nato-replacement")
    first = claim(2, "pro-autonomy", "evidence")
    second = claim(3, "pro-autonomy", "evidence")
    claim(4, "pro-us-primacy", q="us-guarantee")
    step = claim(5, "pro-autonomy")
    for evidence in (first, second):
        project.relate(evidence, "supports", thesis)
    project.relate(step, "supports", thesis)
    return Project.open(project.root)


def test_main_line_is_the_dominant_stance_its_best_backed_claim_and_evidence(
    project: Project,
) -> None:
    line = main_line(select(project), "alpha")
    assert line is not None
    assert (line.stance, line.on_line, line.total) == ("pro-autonomy", 4, 5)
    assert line.claim is not None and line.claim.sentence == "s0001"
    assert [c.sentence for c in line.evidence] == ["s0002", "s0003"]  # not the claim s0005


def test_reports_say_each_sources_main_line_and_its_evidence(project: Project) -> None:
    page = render(project, "html")
    item = re.search(r'<div class="main">(.*?)</div>', page, re.S)
    assert item, "no main line in the sources list"
    text = re.sub(r"<[^>]+>", "", item.group(1))
    assert text.startswith("Main line: ▲ pro-autonomy (4 of 5 claims): “Europe must be able")
    assert "backed by its evidence:" in text
    assert "“European armies bought 63 percent" in text and "“The joint procurement" in text
    assert "step by step" not in text  # a claim, not evidence
    assert re.search(r'href="#[0-9a-f]+-nato-replacement">s0001</a>', item.group(1))
    report = render(project, "markdown")
    assert "(`alpha`, 5 claims; main line ▲ pro-autonomy, 4 of them)" in report  # the list
    main = report[report.index("**Main line:**") :]
    assert main.startswith("**Main line:** ▲ pro-autonomy (4 of 5 claims): “Europe must be able")
    # quoted in full under the questions above: here cut short, as every later mention
    assert "\n* “European armies bought 63 percent of their…” (s0002)\n" in main
    assert report.count("European armies bought 63 percent of their weapons abroad") == 1


def test_the_heat_map_shows_each_sources_main_line_beside_its_name(project: Project) -> None:
    """Left of the grid, in the pinned label column (so a phone keeps it in view), a chip
    of the stance as the legend draws it."""
    picture = render(project, "svg")
    chip = re.search(r'<g class="main">(.*?)</g>', picture, re.S)
    assert chip, "no main-line chip"
    assert re.search(r">▲<title>Main line: ▲ pro-autonomy \(4 of 5 claims\)</title>", chip.group(1))
    assert picture.index('<g class="pin">') < picture.index('<g class="main">')
    assert "Main line (left of the grid): the dominant stance of all the source's claims." in (
        picture
    )


def test_a_long_sources_thesis_backed_through_its_other_claims_is_its_main_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """debate33's long sources back their thesis through intermediate claims, and their
    evidence backs those: the main line was an intermediate claim (most direct backers) or
    had no evidence (7 of 8 sources); it is the thesis, with the evidence under it."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    project = make_project(tmp_path, {"alpha": TEXT})

    def claim(n: int, stance: str = "pro-autonomy", kind: str = "claim") -> str:
        on = {"stance": stance, "questions": ["defence-industry"], "kind": kind}
        return project.annotate("alpha", sentence=f"s{n:04d}", **on).id

    thesis, first, second, step = claim(1), claim(2, kind="evidence"), claim(3), claim(5)
    claim(4, "pro-us-primacy")
    project.relate(step, "supports", thesis)
    project.relate(first, "supports", step)
    project.relate(second, "supports", step)
    line = main_line(select(Project.open(project.root)), "alpha")
    assert line is not None and line.claim is not None
    assert line.claim.sentence == "s0001"  # 3 claims behind it, 2 of them through s0005
    assert [c.sentence for c in line.evidence] == ["s0002"]
    page = render(Project.open(project.root), "html")
    item = re.sub(r"<[^>]+>", "", re.search(r'<div class="main">(.*?)</div>', page, re.S)[1])
    assert "“Europe must be able" in item and "“European armies bought 63" in item
