"""Stance colours for readers of the exported pictures: a heat map cell's shade says its
share for every stance colour (a light amber included), and colours a colour-blind reader
cannot tell apart are named on export, with codebook edits that fix them."""

from __future__ import annotations

import re
import shlex
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from argmap.export import render
from argmap.export.colours import (
    COLLIDE_BELOW,
    collision_advice,
    contrast,
    least_difference,
    least_drawn_difference,
    luminance,
    okabe_ito_for,
    share_fill,
    strong,
)
from argmap.project import Project

SVG = "{http://www.w3.org/2000/svg}"
WHITE = "#ffffff"
LIGHT = ["#e0a526", "#f0e442", "#ffff00", "#e6c619", "#17becf", "#cccccc", "#3fa34d"]


def test_every_share_shade_is_ordered_and_the_fullest_has_3_to_1_on_the_page() -> None:
    for colour in [*LIGHT, "#d9534f", "#1f77b4", "#000000"]:
        shades = [share_fill(colour, k / 10) for k in range(11)]
        lightness = [luminance(s) for s in shades]
        assert lightness == sorted(lightness, reverse=True), colour  # more share, darker
        assert len(set(shades)) > 8, colour  # a share is seen, not one flat colour
        assert contrast(shades[-1], WHITE) >= 3.0, colour
    # a colour with contrast already is drawn as chosen; amber is darkened, hue kept
    assert strong("#d9534f") == "#d9534f"
    amber = strong("#e0a526")
    assert int(amber[1:3], 16) > int(amber[3:5], 16) > int(amber[5:7], 16)


def _annotate(project: Project) -> None:
    """beta: one hedged claim (a full share); alpha: hedged 2 of 3 (a two-thirds share)."""
    q = project.codebook.questions[0].id
    alpha = [s.id for s in project.sources["alpha"].sentences]
    beta = [s.id for s in project.sources["beta"].sentences]
    project.annotate("beta", sentence=beta[0], stance="hedged", questions=[q])
    project.annotate("alpha", sentence=alpha[0], stance="hedged", questions=[q])
    project.annotate("alpha", sentence=alpha[1], stance="hedged", questions=[q])
    project.annotate("alpha", sentence=alpha[2], stance="pro-autonomy", questions=[q])


def test_the_heat_map_draws_a_full_amber_share_strong_and_its_text_legible(
    project: Project,
) -> None:
    """A light hedged colour (the shipped Okabe-Ito yellow #f0e442; the amber #e0a526 before
    it had 1.9:1 against the page at a full share, drawn lighter still) is darkened to 3:1."""
    _annotate(project)
    root = ET.fromstring(render(project, "svg"))
    cells = {}
    for g in root.iter(f"{SVG}g"):
        if g.get("class") != "cell" or g.get("data-stance") != "hedged":
            continue
        rect = g.find(f"{SVG}rect")
        texts = [t for t in g.iter(f"{SVG}text") if t.get("fill")]
        assert rect is not None and texts
        counts = "".join(texts[-1].itertext())
        cells[counts] = rect.get("fill")
        for t in texts:  # the symbol, the number and the counts read on the cell
            assert contrast(t.get("fill") or "", rect.get("fill") or "") >= 4.5
    full, two_thirds = cells["0·0·1"], cells["1·0·2"]
    assert contrast(full, WHITE) >= 3.0
    assert luminance(two_thirds) > luminance(full)
    chips = [r for r in root.iter(f"{SVG}rect") if r.get("width") == "26"]
    assert len(chips) == 3 and all(contrast(r.get("fill") or "", WHITE) >= 3 for r in chips)


def test_the_html_chips_are_drawn_as_the_heat_map_legend_draws_the_stance(
    project: Project,
) -> None:
    """The report's chips (legend, who stands where, claims, sources) were pale tints
    (.35): 1.3:1 on the page and, green beside red, 1.7 apart to a deuteranope (debate27);
    now each is its stance's fullest heat-map shade, as the picture's legend above it."""
    _annotate(project)
    svg = ET.fromstring(render(project, "svg"))
    legend = {
        "".join(t.itertext()): r.get("fill")
        for r, t in zip(
            [r for r in svg.iter(f"{SVG}rect") if r.get("width") == "26"],
            [t for t in svg.iter(f"{SVG}text") if t.get("text-anchor") == "middle"][-3:],
            strict=True,
        )
    }
    html = render(project, "html")
    chips = re.findall(
        r'<span class="chip" title="[^"]*" style="background:(#\w{6});border-color:(#\w{6});'
        r'color:(#\w{6})">(.)',
        html,
    )
    assert len(chips) > 3
    for fill, border, ink, symbol in chips:
        assert fill == border == legend[symbol], symbol
        assert contrast(fill, WHITE) >= 3 and contrast(ink, fill) >= 4.5


def test_okabe_ito_suggestions_tell_every_stance_apart() -> None:
    shipped = ["#3fa34d", "#d9534f", "#e0a526"]
    debate27 = ["#3fa34d", "#e0a526", "#b5651d", "#d9534f", "#2e8b57"]
    eight = [*debate27, "#1f77b4", "#9467bd", "#f0e442"]
    for chosen in (shipped, debate27, eight):
        assert least_difference(chosen)[0] < 2  # green and red: one colour to a deuteranope
        suggested = okabe_ito_for(chosen)
        assert len(set(suggested)) == len(chosen)
        assert least_difference(suggested)[0] >= COLLIDE_BELOW
        stances = [(f"s{k}", "x", c) for k, c in enumerate(suggested)]
        assert collision_advice(stances) is None
    # as the heat map draws a full share too (darkened to 3:1: an orange and a yellow come
    # within 2.0); past 5 stances with Tol's colours too (Okabe-Ito's alone: 5.0 for 6
    # stances, 2.0 for 7 and 8; now 16.0, 13.5, 11.8)
    for chosen in (shipped, debate27, eight[:6], eight[:7], eight):
        assert least_drawn_difference(okabe_ito_for(chosen)) >= COLLIDE_BELOW, len(chosen)
    # the shipped green keeps its hue; the red and amber become purple and yellow
    assert okabe_ito_for(shipped) == ["#009e73", "#cc79a7", "#f0e442"]


def test_export_names_colliding_stances_and_the_edits_fix_them(
    project: Project, cli: Callable[..., tuple[int, str, str]], tmp_path: Path
) -> None:
    _annotate(project)
    root = str(project.root)
    # the default colours (Okabe-Ito) are told apart: no line
    code, _, err = cli("export", "-f", "svg", "-o", str(tmp_path / "map.svg"), "-p", root)
    assert code == 0 and "look like one colour" not in err, err
    # a user's own green and red (the defaults up to session 16): one colour to a deuteranope
    for stance, colour in (("pro-autonomy", "#3fa34d"), ("pro-us-primacy", "#d9534f")):
        code, _, err = cli("codebook", "edit", "stance", stance, "--color", colour, "-p", root)
        assert code == 0, err
    before = [s.color for s in Project.open(project.root).codebook.stances]
    code, _, err = cli("export", "-f", "svg", "-o", str(tmp_path / "map.svg"), "-p", root)
    assert code == 0
    lines = [ln for ln in err.splitlines() if "look like one colour" in ln]
    assert len(lines) == 1, err
    assert "pro-autonomy ▲ and pro-us-primacy ▼" in lines[0]
    assert "deuteranope" in lines[0] and "symbols" in lines[0]
    # the user's colours are not changed by an export
    assert [s.color for s in Project.open(project.root).codebook.stances] == before
    code, _, err = cli("export", "-f", "csv", "-o", str(tmp_path / "c.csv"), "-p", root)
    assert "look like one colour" not in err  # data, not a picture
    # for, against and hedged are one scale: blue, vermillion and a grey middle
    assert "read as your stances' scale" in lines[0]
    edits = lines[0].split("Okabe-Ito): ", 1)[1].split(" && ")
    assert [shlex.split(e)[-1] for e in edits] == ["#0072b2", "#d55e00", "#8c8c8c"]
    for edit in edits:
        argv = shlex.split(edit)
        assert argv[:3] == ["argmap", "codebook", "edit"]
        code, _, err = cli(*argv[1:], "-p", root)
        assert code == 0, err
    after = [s.color for s in Project.open(project.root).codebook.stances]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in after) and after != before
    code, _, err = cli("export", "-f", "html", "-o", str(tmp_path / "map.html"), "-p", root)
    assert code == 0 and "look like one colour" not in err


def test_a_hatched_cells_text_sits_on_its_fill_not_on_the_stripes(project: Project) -> None:
    """A mixed cell's stripes darken its fill (22% black): black text there had 3.1:1
    (debate28). The text now has a halo of the fill, so it reads at its 4.5:1."""
    q = project.codebook.questions[0].id
    alpha = [s.id for s in project.sources["alpha"].sentences]
    stances = ["pro-autonomy", "pro-autonomy", "pro-us-primacy"]
    for sentence, stance in zip(alpha[:3], stances, strict=True):
        project.annotate("alpha", sentence=sentence, stance=stance, questions=[q])
    root = ET.fromstring(render(project, "svg"))
    hatched = [
        g
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "cell" and any(r.get("fill") == "url(#hatch)" for r in g)
    ]
    assert len(hatched) == 1
    fill = hatched[0].find(f"{SVG}rect").get("fill")  # type: ignore[union-attr]
    texts = list(hatched[0].iter(f"{SVG}text"))
    assert len(texts) == 2
    for t in texts:
        assert t.get("stroke") == fill and float(t.get("stroke-width") or 0) >= 2
        assert t.get("paint-order") == "stroke"  # the halo under the letters, not over them
        assert contrast(t.get("fill") or "", fill or "") >= 4.5


def test_argument_graph_boxes_have_a_border_seen_on_the_page(tmp_path: Path) -> None:
    """A box's border is its stance's colour: the shipped hedged yellow #f0e442 had 1.2:1
    against the page (debate28's amber 2.2:1); it is darkened to 3:1, as a heat map's fullest
    cell, in Graphviz, Mermaid and the report's own drawings."""
    from export_fixtures import build_project

    project, ids = build_project(tmp_path)
    project.relate(ids["pillar"], "attacks", ids["core"])  # a hedged (yellow) box
    dot = render(project, "dot")
    borders = re.findall(r'fillcolor="#\w{6}", color="(#\w{6})"', dot)
    mermaid = re.findall(r"classDef s\d+ fill:#\w{6},stroke:(#\w{6})", render(project, "markdown"))
    from argmap.export.common import select
    from argmap.export.html import to_html

    html = to_html(select(project), graphviz=False)  # the report's own drawings
    boxes = re.findall(r'<rect [^>]*fill="#\w{6}" stroke="(#\w{6})" stroke-width="2"', html)
    for found in (borders, mermaid, boxes):
        assert found and all(contrast(c, WHITE) >= 3 for c in found), found
    assert any(contrast(c, "#f0e442") > 1.5 for c in borders)  # the yellow, darkened
