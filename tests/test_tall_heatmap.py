"""A heat map of many sources read as a picture: bench's 1,000-source map was 34,232 px
tall, its legend below the last row and the questions named only above the first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from argmap.export import svg
from argmap.project import Project


def _export(cli, project: Project, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    out = tmp_path / "heat.svg"
    code, _, err = cli("export", "--format", "svg", "-o", str(out), "-p", str(project.root))
    assert code == 0, err
    return out.read_text(encoding="utf-8")


def test_a_tall_heat_map_has_its_legend_on_top_and_its_questions_again(
    project: Project, cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    for sid in ("alpha", "beta"):
        project.annotate(sid, sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    short = _export(cli, project, tmp_path)
    first_row = short.index('<g class="row"')
    assert short.index("pro-autonomy</text>") > first_row  # a short map: legend below
    assert short.count('class="qhead"') == len(project.codebook.questions)
    monkeypatch.setattr(svg, "TALL_ROWS", 1)
    monkeypatch.setattr(svg, "HEADS_EVERY", 1)
    tall = _export(cli, project, tmp_path)
    rows = [m.start() for m in re.finditer('<g class="row"', tall)]
    assert tall.index("pro-autonomy</text>") < rows[0]  # the legend before the first row
    assert tall.count('class="qhead"') == 2 * len(project.codebook.questions)
    row_ys = [int(float(re.search(r'y="([\d.]+)"', tall[r:]).group(1))) for r in rows]
    band_ys = sorted(
        {int(y) for y in re.findall(r'class="qhead">\s*<tspan x="\d+" y="(\d+)"', tall)}
    )
    assert band_ys[0] < row_ys[0] < band_ys[1] < row_ys[1]  # the questions above each block
