"""The pictures: the heat map (SVG), Graphviz graphs and Mermaid diagrams, each rendered by
its real tool (headless Chromium, ``dot``, mermaid-cli) on the small fixture project."""

from __future__ import annotations

import itertools
import re
import shutil
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from export_fixtures import build_project
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from render_tools import PUPPETEER, need, png_size, run, screenshot
from test_export_markdown import table

from argmap.export import render
from argmap.export.common import select
from argmap.export.graph import ATTACK_COLOR, question_parts, wrap_quote
from argmap.export.svg import graph_svg, layered_layout
from argmap.project import Project

SVG = "{http://www.w3.org/2000/svg}"
MD = MarkdownIt("gfm-like")


@pytest.fixture
def built(tmp_path: Path) -> tuple[Project, dict[str, str]]:
    return build_project(tmp_path)


def _texts(el: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in el.iter(f"{SVG}text")]


def test_heatmap_cells_counts_marks_and_legend(built) -> None:
    project, _ids = built
    root = ET.fromstring(render(project, "svg"))
    assert root.tag == f"{SVG}svg" and int(root.get("width")) >= 640
    rows = root.findall(f".//{SVG}g[@class='row']")
    assert [r.get("data-source") for r in rows] == ["alpha", "beta"]
    cells = [g for g in root.iter(f"{SVG}g") if (g.get("class") or "").startswith("cell")]
    assert len(cells) == 2 * len(project.codebook.questions)
    alpha = rows[0]
    # NATO replacement: 3 pro-autonomy, 1 hedged -> ▲ with 4 claims, counts 3·0·1
    first = next(g for g in alpha.iter(f"{SVG}g") if g.get("class") == "cell")
    assert _texts(first)[:2] == ["▲ 4", "3·0·1"]
    assert first.get("data-stance") == "pro-autonomy"
    texts = _texts(root)
    assert any(t.startswith("Beta | Journal <b>bold</b>") for t in texts)  # read back literally
    assert any("a tie goes to the stance with more claims of kind 'claim'" in t for t in texts)
    assert any("Hatched ± mixed" in t and "! contested" in t for t in texts)
    # a mixed cell is hatched and marked
    project.annotate(
        "alpha",
        quote="NATO with a stronger European pillar should stay the framework.",
        stance="pro-us-primacy",
        questions=["nato-replacement"],
    )
    svg = render(project, "svg")
    assert 'fill="url(#hatch)"' in svg and "▲± 4" in svg


def test_heatmap_marks_contested_cells(built) -> None:
    """A sentence two annotators read differently: the cell gets a frame and ``!``."""
    project, _ = built
    bob = Project.open(project.root, annotator="bob")
    bob.annotate("alpha", sentence="s0002", stance="pro-us-primacy", questions=["nato-replacement"])
    project = Project.open(project.root)
    svg = render(project, "svg")
    # the contested sentence counts for neither side: 2 ▲ and 1 ◆ are left
    assert "▲! 3" in svg and 'stroke-width="3"' in svg and "contested in 1 sentence" in svg
    assert svg.count("! ") - svg.count("Framed ! ") == 1  # that cell only
    rows = table(MD.parse(render(project, "markdown")))
    assert rows[1][1] == "▲! pro-autonomy (2/0/1)"


def test_heatmap_renders_in_a_browser_at_its_size(built, tmp_path: Path) -> None:
    project, _ = built
    path = tmp_path / "heat.svg"
    path.write_text(render(project, "svg"), encoding="utf-8")
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    w, h = int(root.get("width")), int(root.get("height"))
    png = screenshot(path, tmp_path / "heat.png", w, h)
    assert png_size(png) == (w, h)
    assert png.stat().st_size > 15_000  # colour, text and legend, not a blank page


def test_wrapping_and_layout_rules() -> None:
    lines = wrap_quote("word " * 60, width=34, max_lines=5)
    assert len(lines) == 5 and all(len(x) <= 34 for x in lines) and lines[-1].endswith("…")
    sizes = {n: (100.0, 40.0) for n in "abcdef"}
    # b, c, d support a; e supports b; f attacks e
    edges = [("b", "a"), ("c", "a"), ("d", "a"), ("e", "b"), ("f", "e")]
    cyclic, _, _ = layered_layout(list("abcdef"), [*edges, ("a", "f")], sizes)
    assert len({(b.x, b.y) for b in cyclic.values()}) == 6  # a cycle is broken, not fatal
    boxes, w, h = layered_layout(list("abcdef"), edges, sizes)
    assert set(boxes) == set("abcdef") and w > 0 and h > 0
    assert boxes["b"].y > boxes["a"].y and boxes["e"].y > boxes["b"].y  # reasons below
    row = sorted((boxes[n] for n in "bcd"), key=lambda b: b.x)
    assert len({b.y for b in row}) == 1
    assert all(left.x + left.w <= right.x for left, right in itertools.pairwise(row))


def test_graph_svg_draws_nodes_and_attack_style(built) -> None:
    project, ids = built
    sel = select(project)
    (part,) = question_parts(sel, "nato-replacement")
    root = ET.fromstring(graph_svg(part))
    nodes = [g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert {g.get("data-claim") for g in nodes} == {
        ids[k] for k in ("core", "guarantee", "shells", "committed", "hostile")
    }
    edges = [p for p in root.iter(f"{SVG}path") if (p.get("class") or "").startswith("edge")]
    assert len(edges) == 5
    attacks = [p for p in edges if p.get("class") == "edge attacks"]
    assert len(attacks) == 3 and all(p.get("stroke") == ATTACK_COLOR for p in attacks)
    assert all(p.get("stroke-dasharray") for p in attacks)
    assert not any(p.get("stroke-dasharray") for p in edges if p not in attacks)


def test_dot_renders_with_graphviz(built, tmp_path: Path) -> None:
    dot = need("dot")
    project, _ids = built
    path = tmp_path / "map.dot"
    path.write_text(render(project, "dot"), encoding="utf-8")
    run([dot, "-Tsvg", "-O", str(path)])
    # NATO replacement and US guarantee; the other questions have no links
    assert {p.name for p in tmp_path.glob("map.dot*.svg")} == {"map.dot.svg", "map.dot.2.svg"}
    root = ET.parse(tmp_path / "map.dot.svg").getroot()
    nodes = [g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    edges = [g for g in root.iter(f"{SVG}g") if g.get("class") == "edge"]
    assert len(nodes) == 5 and len(edges) == 5
    width = float(root.get("width").removesuffix("pt"))
    assert 200 < width < 1400
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "▲ Alpha Review · s0002" in text and "Europe needs a defence core" in text
    assert "<script>" in text  # the hostile quote is text, not markup
    assert "supports" not in text and "attacks" not in text  # no edge labels
    strokes = [p.get("stroke") for g in edges for p in g.iter(f"{SVG}path")]
    assert strokes.count(ATTACK_COLOR) == 3
    run([dot, "-Tpng", "-O", str(path)])
    w, h = png_size(tmp_path / "map.dot.png")
    assert 200 < w < 2000 and 100 < h < 2000


def test_mermaid_cli_renders_each_diagram(built, tmp_path: Path) -> None:
    mmdc = need("mmdc")
    project, _ids = built
    md = tmp_path / "map.md"
    md.write_text(render(project, "markdown"), encoding="utf-8")
    out = tmp_path / "out.md"
    run([mmdc, "-p", str(PUPPETEER), "-i", str(md), "-o", str(out), "-q"], timeout=180)
    svgs = sorted(tmp_path.glob("out-*.svg"))
    assert len(svgs) == 2
    body = svgs[0].read_text(encoding="utf-8")
    assert len(re.findall(r'<g class="node default', body)) == 5
    assert "supports" not in body and "attacks" not in body
    width = float(re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"', body).group(1))
    assert 200 < width < 1400
    assert ATTACK_COLOR in body


def test_graphml_reads_in_networkx_with_data_and_yed_graphics(built, tmp_path: Path) -> None:
    nx = pytest.importorskip("networkx", reason="networkx reads the GraphML in this test")
    project, ids = built
    path = tmp_path / "map.graphml"
    path.write_text(render(project, "graphml"), encoding="utf-8")
    g = nx.read_graphml(path)
    assert g.is_directed() and g.number_of_nodes() == 7 and g.number_of_edges() == 5
    node = g.nodes[ids["guarantee"]]
    assert node["quote"] == "The US guarantee can no longer be taken for granted."
    assert node["source_title"] == "Alpha Review" and node["sentence"] == "s0003"
    assert node["questions"] == "nato-replacement;us-guarantee"
    assert node["question_labels"] == "NATO replacement;US guarantee"
    assert node["color"] == "#{:02x}{:02x}{:02x}".format(node["r"], node["g"], node["b"])
    assert node["label"].startswith("▲ Alpha Review · s0003\nThe US guarantee")
    assert node["shape_type"] == "roundrectangle"  # yEd's node graphics were read
    assert float(node["y"]) > float(g.nodes[ids["core"]]["y"])  # the reason sits below
    assert g.edges[ids["committed"], ids["guarantee"]]["type"] == "attacks"
    assert g.edges[ids["committed"], ids["guarantee"]]["color"] == ATTACK_COLOR
    hostile = g.nodes[ids["hostile"]]
    assert hostile["source_title"] == "Beta | Journal <b>bold</b>"


def test_graphml_is_written_exactly_as_elementtree_writes_it(built) -> None:
    """The GraphML is written by hand for speed: parsed and written again by ElementTree
    (indented), it comes out byte for byte the same, so every escape is right."""
    project, _ids = built
    project.annotate(
        "alpha",
        quote="NATO with a stronger European pillar should stay the framework.",
        stance="pro-us-primacy",
        questions=["nato-replacement"],
        note='tabs\tand "quotes" & <tags>\nover two lines',
    )
    text = render(project, "graphml")
    assert 'tabs\tand "quotes" &amp; &lt;tags&gt;\nover two lines' in text
    for prefix, uri in (
        ("", "http://graphml.graphdrawing.org/xmlns"),
        ("y", "http://www.yworks.com/xml/graphml"),
        ("xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(text.encode("utf-8"))
    for el in root.iter():  # forget the parsed layout: ET.indent lays it out again
        if el.text is not None and not el.text.strip() and len(el):
            el.text = None
        el.tail = None
    ET.indent(root)
    again = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    assert text == again + "\n"


@given(st.lists(st.sampled_from(["a", "bb", "é", "x" * 12, " ", "\n", "\u00a0", "-"])).map("".join))
def test_quotes_wrap_as_textwrap_wraps_them(quote: str) -> None:
    for width in (1, 5, 12, 38):
        text = " ".join(quote.split())
        expected = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)
        # no line limit here (a long word at width 1 is one line per character)
        assert wrap_quote(quote, width, max_lines=max(len(expected), 1)) == (expected or [""])


def test_shipped_corpus_end_to_end(tmp_path: Path) -> None:
    """The shipped corpus, every question: each Graphviz picture has at most 30 claims and
    a size a page can show; the heat map has a row per source."""
    dot = need("dot")
    repo = Path(__file__).resolve().parent.parent
    root = tmp_path / "shipped"
    root.mkdir()
    shutil.copy(repo / "argmap.json", root / "argmap.json")
    shutil.copytree(repo / "seeds", root / "seeds")
    shutil.copytree(
        repo / "annotations", root / "annotations", ignore=shutil.ignore_patterns("work")
    )
    project = Project.open(root)
    heat = ET.fromstring(render(project, "svg"))
    assert len(heat.findall(f".//{SVG}g[@class='row']")) == len(project.sources)
    path = tmp_path / "map.dot"
    path.write_text(render(project, "dot"), encoding="utf-8")
    run([dot, "-Tsvg", "-O", str(path)])
    svgs = list(tmp_path.glob("map.dot*.svg"))
    assert len(svgs) == path.read_text(encoding="utf-8").count("\ndigraph ") > 9
    for svg in svgs:
        root_el = ET.parse(svg).getroot()
        nodes = [g for g in root_el.iter(f"{SVG}g") if g.get("class") == "node"]
        assert 2 <= len(nodes) <= 30
        width = float(root_el.get("width").removesuffix("pt"))
        height = float(root_el.get("height").removesuffix("pt"))
        assert width < 2400 and height < 1600, (svg.name, width, height)
