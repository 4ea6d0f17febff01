"""The GraphML export: every selected claim as a node, every relation as an edge.

Plain GraphML attributes carry the data (label, quote, source and its title, sentence,
offsets, stance, questions, kind, the stance colour as ``color`` and ``r``/``g``/``b``), so
Gephi, networkx and igraph read them; yEd's ``nodegraphics``/``edgegraphics`` extensions carry
the picture (a rounded box in the stance colour with the readable label, attacks dashed in
purple) and a first layout (reasons below what they support, one connected component after
another), so a file opened in yEd already reads like the other pictures. Written with the
standard library's ``xml.etree``, so no dependency is needed to write it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from argmap.export.common import Selection, connected_components
from argmap.export.graph import ATTACK_COLOR, SUPPORT_COLOR, Node, node_for
from argmap.export.svg import BOX_W, LINE_H, PAD, layered_layout

NS = "http://graphml.graphdrawing.org/xmlns"
YNS = "http://www.yworks.com/xml/graphml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("label", "string"),
    ("quote", "string"),
    ("source", "string"),
    ("source_title", "string"),
    ("sentence", "string"),
    ("start", "int"),
    ("end", "int"),
    ("stance", "string"),
    ("stance_label", "string"),
    ("questions", "string"),
    ("question_labels", "string"),
    ("kind", "string"),
    ("annotator", "string"),
    ("note", "string"),
    ("color", "string"),
    ("r", "int"),
    ("g", "int"),
    ("b", "int"),
)
"""Node attributes: ``questions`` and ``question_labels`` are joined by ``;``."""
EDGE_KEYS: tuple[tuple[str, str], ...] = (("type", "string"), ("color", "string"))


def _layout(sel: Selection, nodes: list[Node]) -> dict[str, tuple[float, float, float, float]]:
    """x, y, width, height per node: each connected component laid out in layers, the
    components side by side in rows about 2,400 px wide."""
    ids = [n.id for n in nodes]
    order = {i: k for k, i in enumerate(ids)}
    sizes = {n.id: (float(BOX_W), PAD * 2 + LINE_H * (1 + len(n.lines)) + 4.0) for n in nodes}
    adjacent: dict[str, set[str]] = {i: set() for i in ids}
    edges = []
    for c in sel.claims:
        for r in sel.relations(c):
            edges.append((c.id, r.target))
            adjacent[c.id].add(r.target)
            adjacent[r.target].add(c.id)
    comps = [sorted(comp, key=order.__getitem__) for comp in connected_components(ids, adjacent)]
    comps.sort(key=lambda comp: -len(comp))
    comp_of = {n: k for k, comp in enumerate(comps) for n in comp}
    inner: list[list[tuple[str, str]]] = [[] for _ in comps]
    for a, b in edges:
        inner[comp_of[a]].append((a, b))  # both ends are in one component
    out: dict[str, tuple[float, float, float, float]] = {}
    x = y = row_h = 0.0
    for k, comp in enumerate(comps):
        boxes, w, h = layered_layout(comp, inner[k], sizes)
        if x > 0 and x + w > 2400:
            x, y, row_h = 0.0, y + row_h + 80, 0.0
        for n, b in boxes.items():
            out[n] = (x + b.x, y + b.y, b.w, b.h)
        x += w + 80
        row_h = max(row_h, h)
    return out


def to_graphml(sel: Selection) -> str:
    """The GraphML document of ``sel`` (UTF-8, deterministic)."""
    ET.register_namespace("", NS)
    ET.register_namespace("y", YNS)
    ET.register_namespace("xsi", XSI)
    root = ET.Element(
        f"{{{NS}}}graphml",
        {
            f"{{{XSI}}}schemaLocation": (
                f"{NS} http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
            )
        },
    )
    for name, kind in NODE_KEYS:
        ET.SubElement(
            root,
            f"{{{NS}}}key",
            {"id": f"n_{name}", "for": "node", "attr.name": name, "attr.type": kind},
        )
    for name, kind in EDGE_KEYS:
        ET.SubElement(
            root,
            f"{{{NS}}}key",
            {"id": f"e_{name}", "for": "edge", "attr.name": name, "attr.type": kind},
        )
    ET.SubElement(root, f"{{{NS}}}key", {"id": "ng", "for": "node", "yfiles.type": "nodegraphics"})
    ET.SubElement(root, f"{{{NS}}}key", {"id": "eg", "for": "edge", "yfiles.type": "edgegraphics"})
    graph = ET.SubElement(root, f"{{{NS}}}graph", {"id": "argmap", "edgedefault": "directed"})
    nodes = [node_for(sel, c) for c in sel.claims]
    places = _layout(sel, nodes)

    def data(parent: ET.Element, key: str, value: object) -> None:
        ET.SubElement(parent, f"{{{NS}}}data", {"key": key}).text = str(value)

    for n in nodes:
        c = n.claim
        el = ET.SubElement(graph, f"{{{NS}}}node", {"id": c.id})
        stance = sel.stance(c.stance)
        values = {
            "label": n.text,
            "quote": c.quote,
            "source": c.source,
            "source_title": sel.source(c.source).title,
            "sentence": sel.sentence_id(c),
            "start": c.start,
            "end": c.end,
            "stance": c.stance,
            "stance_label": stance.label,
            "questions": ";".join(c.questions),
            "question_labels": ";".join(
                sel.question(q).label for q in c.questions if q in sel.codebook.question_ids
            ),
            "kind": c.kind,
            "annotator": c.annotator,
            "note": c.note,
            "color": n.color,
            "r": int(n.color[1:3], 16),
            "g": int(n.color[3:5], 16),
            "b": int(n.color[5:7], 16),
        }
        for name, _ in NODE_KEYS:
            data(el, f"n_{name}", values[name])
        x, y, w, h = places[c.id]
        gfx = ET.SubElement(
            ET.SubElement(el, f"{{{NS}}}data", {"key": "ng"}), f"{{{YNS}}}ShapeNode"
        )
        ET.SubElement(
            gfx,
            f"{{{YNS}}}Geometry",
            {"x": f"{x:.1f}", "y": f"{y:.1f}", "width": f"{w:.1f}", "height": f"{h:.1f}"},
        )
        ET.SubElement(gfx, f"{{{YNS}}}Fill", {"color": n.fill.upper(), "transparent": "false"})
        ET.SubElement(
            gfx,
            f"{{{YNS}}}BorderStyle",
            {
                "color": n.color.upper(),
                "type": "dashed" if c.kind == "evidence" else "line",
                "width": "2.0",
            },
        )
        ET.SubElement(
            gfx,
            f"{{{YNS}}}NodeLabel",
            {"alignment": "left", "fontFamily": "Dialog", "fontSize": "12"},
        ).text = n.text
        ET.SubElement(gfx, f"{{{YNS}}}Shape", {"type": "roundrectangle"})
    k = 0
    for c in sel.claims:
        for r in sel.relations(c):
            el = ET.SubElement(
                graph, f"{{{NS}}}edge", {"id": f"e{k}", "source": c.id, "target": r.target}
            )
            k += 1
            color = ATTACK_COLOR if r.type == "attacks" else SUPPORT_COLOR
            data(el, "e_type", r.type)
            data(el, "e_color", color)
            line = ET.SubElement(
                ET.SubElement(el, f"{{{NS}}}data", {"key": "eg"}), f"{{{YNS}}}PolyLineEdge"
            )
            ET.SubElement(
                line,
                f"{{{YNS}}}LineStyle",
                {
                    "color": color.upper(),
                    "type": "dashed" if r.type == "attacks" else "line",
                    "width": "2.0" if r.type == "attacks" else "1.5",
                },
            )
            ET.SubElement(
                line,
                f"{{{YNS}}}Arrows",
                {"source": "none", "target": "t_shape" if r.type == "attacks" else "standard"},
            )
            ET.SubElement(line, f"{{{YNS}}}BendStyle", {"smoothed": "true"})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
