"""A codebook whose stances are points of one scale (debate28: a broad law, terminal illness
only, not yet, never) reads as a scale in the pictures: the heat map's and the positions
table's rows go along it, so that a reader sees at a glance which sources sit where."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from argmap.export import render
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


def test_scale_is_the_codebook_order_when_its_sides_never_turn_back() -> None:
    def stances(axes: list[int]) -> list[Stance]:
        return [Stance(id=f"s{k}", label="x", symbol="x", axis=a) for k, a in enumerate(axes)]

    assert scale(stances([1, 1, 0, -1])) == ["s0", "s1", "s2", "s3"]
    assert scale(stances([-1, 0, 1])) == ["s0", "s1", "s2"]
    assert scale(stances([1, -1])) == ["s0", "s1"]  # two stances, no middle (debate29)
    assert scale(stances([1, -1, 0])) is None  # the shipped for, against, hedged
    assert scale(stances([0, 0, 0, 0, 0])) is None  # options (debate27)
    assert scale(stances([1, 0, 0])) is None  # one side only


def test_heat_map_and_table_rows_go_along_a_scale(tmp_path: Path) -> None:
    project = _project(tmp_path, [axis for *_, axis in SCALE])
    assert _rows(project) == ALONG
    assert _table_rows(project) == ALONG
    root = ET.fromstring(render(project, "svg"))
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert any("one scale, from ▲ Legalise broadly to ▼ Never legalise" in t for t in texts), texts
    assert "one scale, from ▲ Legalise broadly to ▼ Never legalise" in render(project, "markdown")


@pytest.mark.parametrize("axes", [[0, 0, 0, 0], [1, -1, 0, 0]])
def test_options_keep_the_sources_order(tmp_path: Path, axes: list[int]) -> None:
    project = _project(tmp_path, axes)
    assert _rows(project) == sorted(LEANS)
    assert _table_rows(project) == sorted(LEANS)
    assert "one scale" not in render(project, "svg")
