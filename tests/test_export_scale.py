"""A codebook whose stances are points of one scale (debate28: a broad law, terminal illness
only, not yet, never) reads as a scale in the pictures: the heat map's and the positions
table's rows go along it, so that a reader sees at a glance which sources sit where."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from argmap.export import render
from argmap.export.colours import (
    collision_advice,
    contrast,
    difference,
    least_drawn_difference,
    scale_colours,
    strong,
)
from argmap.export.common import scale
from argmap.model import Codebook, Question, Stance
from argmap.project import Project

SVG = "{http://www.w3.org/2000/svg}"
SCALE = [  # debate28's stances and colours, in its codebook's order
    ("legalise-broadly", "Legalise broadly", "▲", "#3fa34d", 1),
    ("terminal-illness-only", "Terminally ill adults only", "△", "#4a7fd4", 1),
    ("not-yet", "Not yet: palliative care first", "◇", "#e0a526", 0),
    ("oppose-legalising", "Never legalise", "▼", "#d9534f", -1),
]
LEANS = {  # source: the stances of its three claims; ids in an order the scale is not
    "a-church": ["oppose-legalising", "oppose-legalising", "oppose-legalising"],
    "b-essay": ["legalise-broadly", "legalise-broadly", "terminal-illness-only"],
    "c-hospice": ["not-yet", "not-yet", "not-yet"],
    "d-doctors": ["terminal-illness-only", "terminal-illness-only", "not-yet"],
    "e-blog": ["legalise-broadly", "oppose-legalising", "oppose-legalising"],
}
ALONG = ["b-essay", "d-doctors", "c-hospice", "e-blog", "a-church"]


def _project(tmp: Path, axes: list[int]) -> Project:
    codebook = Codebook(
        name="Dying",
        stances=tuple(
            Stance(id=i, label=label, symbol=sym, color=col, axis=axis)
            for (i, label, sym, col, _), axis in zip(SCALE, axes, strict=True)
        ),
        questions=(Question(id="safeguards", label="Safeguards", text="Do they work?"),),
    )
    Project.init(tmp / "proj", name="Legalise assisted dying?", codebook=codebook)
    project = Project.open(tmp / "proj", annotator="ann")
    text = " ".join(f"Point {n} is argued here at some length." for n in range(1, 4))
    for sid, stances in LEANS.items():
        (tmp / f"{sid}.txt").write_text(f"Title {sid}\n\n{text}\n", encoding="utf-8")
        project.add_source(tmp / f"{sid}.txt", source_id=sid)
        sentences = [s.id for s in project.sources[sid].sentences][-3:]
        for sentence, stance in zip(sentences, stances, strict=True):
            project.annotate(sid, sentence=sentence, stance=stance, questions=["safeguards"])
    return project


def _rows(project: Project) -> list[str]:
    root = ET.fromstring(render(project, "svg"))
    return [g.get("data-source") for g in root.iter(f"{SVG}g") if g.get("class") == "row"]


def _table_rows(project: Project) -> list[str]:
    return re.findall(r"^\| Title (\S+) \|", render(project, "markdown"), re.MULTILINE)


def test_scale_goes_by_the_sides_of_the_axis() -> None:
    def stances(axes: list[int]) -> list[Stance]:
        return [Stance(id=f"s{k}", label="x", symbol="x", axis=a) for k, a in enumerate(axes)]

    assert scale(stances([1, 1, 0, -1])) == ["s0", "s1", "s2", "s3"]
    assert scale(stances([-1, 0, 1])) == ["s0", "s1", "s2"]
    assert scale(stances([1, -1])) == ["s0", "s1"]  # two stances, no middle (debate29)
    # the shipped for, against, hedged: a scale whose middle is listed last
    assert scale(stances([1, -1, 0])) == ["s0", "s2", "s1"]
    assert scale(stances([0, -1, 1])) == ["s1", "s0", "s2"]  # from the first side taken
    assert scale(stances([0, 0, 0, 0, 0])) is None  # options (debate27)
    assert scale(stances([0, 0, 0])) is None  # options, no middle (debate30)
    assert scale(stances([1, 0, 0])) is None  # one side only


SHIPPED_LEANS = {  # source: its claims' stances in the shipped codebook (for, against, hedged)
    "a-atlanticist": ["pro-us-primacy", "pro-us-primacy", "pro-us-primacy"],
    "b-autonomist": ["pro-autonomy", "pro-autonomy", "pro-autonomy"],
    "c-hedger": ["hedged", "hedged", "pro-autonomy"],
    "d-leaning": ["hedged", "pro-us-primacy", "pro-us-primacy"],
}


def test_the_shipped_codebook_reads_as_its_scale(tmp_path: Path) -> None:
    """The shipped stances are for (+1), against (-1) and hedged (0), listed in that
    order: the heat map listed sources by id and its legend ▲ ▼ ◆, the middle at an end.
    They are one scale: rows, legend and counts go for, hedged, against."""
    Project.init(tmp_path / "proj", name="Autonomy")
    project = Project.open(tmp_path / "proj", annotator="ann")
    text = " ".join(f"Point {n} is argued here at some length." for n in range(1, 4))
    for sid, stances in SHIPPED_LEANS.items():
        (tmp_path / f"{sid}.txt").write_text(f"Title {sid}\n\n{text}\n", encoding="utf-8")
        project.add_source(tmp_path / f"{sid}.txt", source_id=sid)
        sentences = [s.id for s in project.sources[sid].sentences][-3:]
        for sentence, stance in zip(sentences, stances, strict=True):
            project.annotate(sid, sentence=sentence, stance=stance, questions=["ukraine"])
    along = ["b-autonomist", "c-hedger", "d-leaning", "a-atlanticist"]
    assert _rows(project) == along
    assert _table_rows(project) == along
    picture = render(project, "svg")
    assert "one scale, from ▲ pro-autonomy to ▼ pro-US-primacy" in picture
    # the counts stay in codebook order, as the terminal's and the tie rule's
    assert "Cell: dominant stance, number of claims, and below the counts ▲ / ▼ / ◆." in picture
    chips = re.findall(r'fill="#[0-9a-f]{6}">(.)</text><text x="\d+" y="\d+">([\w-]+)<', picture)
    assert chips == [("▲", "pro-autonomy"), ("◆", "hedged"), ("▼", "pro-US-primacy")]
    page = render(project, "html")
    legend = re.search(r'<div class="legend">(.*?)</div>', page, re.S)
    assert legend and re.findall(r"</span> ([\w-]+)</span>", legend.group(1)) == [
        "pro-autonomy",
        "hedged",
        "pro-US-primacy",
    ]
    # who stands where on a question: a line per stance along the scale, the hedged in the
    # middle (debate33's "Allow it", "A moratorium", then "No verdict": the middle last)
    along_scale = ["pro-autonomy", "hedged", "pro-US-primacy"]
    who = re.search(r'<div class="positions by-stance">(.*?)</div></div>', page, re.S)
    assert who and re.findall(r"<b>([\w-]+)</b> \(\d\)", who.group(1)) == along_scale
    report = render(project, "markdown")
    lines = report[report.index("Who stands where:") :].split("\n\n")[1]
    assert re.findall(r"^- \S+ \*\*([\w-]+)\*\*", lines, re.M) == along_scale


def test_heat_map_and_table_rows_go_along_a_scale(tmp_path: Path) -> None:
    project = _project(tmp_path, [axis for *_, axis in SCALE])
    assert _rows(project) == ALONG
    assert _table_rows(project) == ALONG
    root = ET.fromstring(render(project, "svg"))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert any("one scale, from ▲ Legalise broadly to ▼ Never legalise" in t for t in texts), texts
    assert "one scale, from ▲ Legalise broadly to ▼ Never legalise" in render(project, "markdown")


@pytest.mark.parametrize("axes", [[0, 0, 0, 0], [1, 0, 0, 0]])
def test_options_keep_the_sources_order(tmp_path: Path, axes: list[int]) -> None:
    """Options (debate27's, debate30's: all on side 0) are no scale; nor can a source's
    claims on them take both sides, so the legends do not explain ± mixed."""
    project = _project(tmp_path, axes)
    assert _rows(project) == sorted(LEANS)
    assert _table_rows(project) == sorted(LEANS)
    picture = render(project, "svg")
    assert "one scale" not in picture and "Hatched ± mixed" not in picture
    assert "*mixed*" not in render(project, "markdown")
    assert "mixed: claims on both sides" not in render(project, "html")
    assert "Hatched ± mixed" in render(_project(tmp_path / "scale", [1, 1, 0, -1]), "svg")


def _nearest_colour_is_a_neighbour(colours: list[str]) -> bool:
    """Each stance's colour is nearer a neighbour's on the scale than any other's."""
    n = len(colours)
    return all(
        min(difference(colours[i], colours[k]) for k in (i - 1, i + 1) if 0 <= k < n)
        < min((difference(colours[i], colours[k]) for k in range(n) if abs(i - k) > 1), default=999)
        for i in range(n)
    )


def _suggested(advice: str | None) -> list[str]:
    assert advice is not None
    return re.findall(r"--color '(#[0-9a-f]{6})'", advice)


def test_colliding_scale_colours_get_suggestions_that_read_as_the_scale() -> None:
    """debate28's green, blue, amber, red (green and red the same to a deuteranope) were
    offered Okabe-Ito green, blue, yellow, reddish purple: no order. Now blue, sky blue,
    grey, vermillion: each colour's nearest is a neighbour's on the scale (green's was
    yellow's), and every pair stays apart for every reader."""
    stances = [(i, sym, col) for i, _, sym, col, _ in SCALE]
    axes = [axis for *_, axis in SCALE]
    advice = collision_advice(stances, axes)
    assert advice is not None and "read as your stances' scale" in advice
    colours = _suggested(advice)
    assert len(colours) == 4 and _nearest_colour_is_a_neighbour(colours)
    assert least_drawn_difference(colours) >= 13
    assert all(contrast(strong(c), "#ffffff") >= 3 for c in colours)
    # two stances, no middle (debate29); the other way round (never first)
    two = collision_advice([("yes", "▲", "#3fa34d"), ("no", "▼", "#d9534f")], [1, -1])
    assert least_drawn_difference(_suggested(two)) >= 40
    backwards = _suggested(collision_advice(stances[::-1], axes[::-1]))
    assert _nearest_colour_is_a_neighbour(backwards)
    # options (debate27: all on side 0) are offered Okabe-Ito colours, no scale
    # the shipped order for, against, hedged: blue, vermillion, and grey in the middle
    shipped = [("for", "▲", "#3fa34d"), ("against", "▼", "#d9534f"), ("hedged", "◆", "#e0a526")]
    assert _suggested(collision_advice(shipped, [1, -1, 0])) == ["#0072b2", "#d55e00", "#8c8c8c"]
    options = collision_advice(stances, [0, 0, 0, 0])
    assert options is not None and "scale" not in options
    assert scale_colours([c for *_, c in stances], [0, 0, 0, 0]) is None
