"""Argument graphs of a question with many small groups (a claim and its evidence, over and
over, as in debate30's "Demand forecasts": 33 pictures): a few pictures, not one per group;
and the heat map's question headings (debate35's long word cut in two)."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_fixtures import build_project

from argmap.export import render
from argmap.export.common import select
from argmap.export.graph import question_parts
from argmap.project import Project

PAIRS = 6


@pytest.fixture
def pairs(tmp_path: Path) -> Project:
    """The fixture project and a source of six claims, each backed by its own evidence."""
    project, _ = build_project(tmp_path)
    lines = []
    for i in range(PAIRS):
        lines.append(f"Factory number {i} should build the new frigates at home.")
        lines.append(f"Factory number {i} delivered {i + 3} frigates late last year.")
    (tmp_path / "gamma.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    project.add_source(tmp_path / "gamma.txt", source_id="gamma")
    for i in range(PAIRS):
        on = {"stance": "pro-autonomy", "questions": ["defence-industry"]}
        claim = project.annotate("gamma", quote=lines[2 * i], **on)
        evidence = project.annotate("gamma", quote=lines[2 * i + 1], kind="evidence", **on)
        project.relate(evidence.id, "supports", claim.id)
    return project


def test_many_claim_and_evidence_pairs_share_one_picture(pairs: Project) -> None:
    parts = question_parts(select(pairs), "defence-industry")
    assert len(parts) == 1
    (part,) = parts
    assert len(part.nodes) == 2 * PAIRS and len(part.edges) == PAIRS and part.groups == PAIRS
    assert part.caption == f"Defence industry: {2 * PAIRS} claims in {PAIRS} groups, 6 links"
    # each report says so: one diagram, no "part 1 of 6"
    markdown = render(pairs, "markdown")
    assert f"{2 * PAIRS} claims in {PAIRS} groups, 6 links" in markdown
    assert "part 1 of" not in markdown
    dot = render(pairs, "dot")
    assert dot.count("\ndigraph ") == 3 and "defence-industry-2" not in dot  # +NATO, US


def test_a_group_as_big_as_the_limit_stays_a_picture_of_its_own(
    pairs: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argmap.export.graph as graph

    monkeypatch.setattr(graph, "PACK_BELOW", 2)  # pairs are "big": one picture each
    parts = question_parts(select(pairs), "defence-industry")
    assert len(parts) == PAIRS and all(p.groups == 1 and len(p.nodes) == 2 for p in parts)
    assert parts[0].caption.startswith(f"Defence industry — part 1 of {PAIRS}: 2 claims, 1 link")


def test_a_question_heading_with_a_long_word_is_set_smaller_not_cut(pairs: Project) -> None:
    """debate35's "Training and apprenticeships" read "apprenticeshi / ps" over its column."""
    import json
    import xml.etree.ElementTree as ET

    from argmap.export.svg import CELL_W

    path = pairs.annotations_dir / "codebook.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["questions"][0]["label"] = "Training and apprenticeships"
    path.write_text(json.dumps(data), encoding="utf-8")
    root = ET.fromstring(render(Project.open(pairs.root), "svg"))
    ns = "{http://www.w3.org/2000/svg}"
    heads = [t for t in root.iter(f"{ns}text") if t.get("class") == "qhead"]
    (head,) = [t for t in heads if "apprentice" in "".join(t.itertext())]
    lines = [span.text or "" for span in head.iter(f"{ns}tspan")]
    assert lines == ["Training and", "apprenticeships"]
    size = float(head.get("font-size", "12"))
    assert size < 12 and len("apprenticeships") * size * 0.62 <= CELL_W - 4  # bold DejaVu
    others = [t for t in heads if t is not head]
    assert others and all(t.get("font-size") is None for t in others)  # the rest as before


def test_without_graphviz_each_group_is_drawn_apart(pairs: Project) -> None:
    """argmap's own layout (the HTML report's without Graphviz) put the shared picture's
    groups in common layers, each claim's evidence rows away from it; each group is now
    laid out on its own, their frames apart."""
    import itertools
    import xml.etree.ElementTree as ET

    from argmap.export.svg import graph_svg

    (part,) = question_parts(select(pairs), "defence-industry")
    ns = "{http://www.w3.org/2000/svg}"
    root = ET.fromstring(graph_svg(part))
    rect = {}
    for g in root.iter(f"{ns}g"):
        if g.get("class") == "node":
            r = g.find(f"{ns}rect")
            x, y = float(r.get("x")), float(r.get("y"))
            rect[g.get("data-claim")] = (
                x,
                y,
                x + float(r.get("width")),
                y + float(r.get("height")),
            )
    frames = []
    for e in part.edges:
        a, b = rect[e.source], rect[e.target]
        frames.append((min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])))
    assert len(frames) == PAIRS
    for a, b in itertools.combinations(frames, 2):
        apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        assert apart, (a, b)
