"""The Graphviz export: one ``digraph`` per picture (a question's connected part, <= 30 claims).

A DOT file may hold several graphs; ``dot -Tsvg -O map.dot`` writes one SVG per graph
(``map.dot.svg``, ``map.dot.2.svg``, ...) and ``dot -Tsvg map.dot`` prints them one after the
other. Reasons point up to what they support or attack (``rankdir=BT``); nodes use HTML-like
labels, so every text from a source is entity-escaped.
"""

from __future__ import annotations

from argmap.export.common import Selection
from argmap.export.graph import ATTACK_COLOR, SUPPORT_COLOR, Part, question_parts, unlinked

FONT = "DejaVu Sans"


def html_escape(text: str) -> str:
    """``text`` for a Graphviz HTML-like label (``&``, ``<``, ``>``, quotes as entities)."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def quoted(text: str) -> str:
    """``text`` as a double-quoted DOT id."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def part_dot(part: Part, rankdir: str = "BT") -> str:
    """One picture as a ``digraph``: reasons below what they support (``BT``), or, for a
    picture too wide for a page that way, to its right (``RL``)."""
    lines = [
        f"digraph {quoted(part.name)} {{",
        f"  graph [rankdir={rankdir}, labelloc=t, labeljust=l, fontname={quoted(FONT)}, "
        f"fontsize=16, nodesep=0.3, ranksep=0.55, label={quoted(part.caption)}];",
        f'  node [shape=box, style="rounded,filled", fontname={quoted(FONT)}, fontsize=11, '
        'margin="0.12,0.08", penwidth=2];',
        f'  edge [color="{SUPPORT_COLOR}", arrowsize=0.9, penwidth=1.4];',
    ]
    for n in part.nodes:
        quote = '<br align="left"/>'.join(html_escape(line) for line in n.lines)
        label = f'<b>{html_escape(n.heading)}</b><br align="left"/>{quote}<br align="left"/>'
        style = ', style="rounded,filled,dashed"' if n.claim.kind == "evidence" else ""
        lines.append(
            f'  {quoted(n.id)} [label=<{label}>, fillcolor="{n.fill}", color="{n.color}", '
            f"tooltip={quoted(n.quote or n.claim.quote)}{style}];"
        )
    # Many reasons of one claim would stand side by side in one very wide row: stagger the
    # ones nothing points at over three rows (what Graphviz's `unflatten -l 3` does).
    has_reason = {e.target for e in part.edges}
    leaves: dict[str, list[int]] = {}
    for k, e in enumerate(part.edges):
        if e.source not in has_reason:
            leaves.setdefault(e.target, []).append(k)
    minlen = {
        k: 1 + i % 3
        for group in leaves.values()
        if len(group) > 4 and rankdir == "BT"  # side by side in rows only when drawn upwards
        for i, k in enumerate(group)
    }
    for k, e in enumerate(part.edges):
        attrs = []
        if e.type == "attacks":
            attrs.append(f'color="{ATTACK_COLOR}", style=dashed, arrowhead=tee, penwidth=2')
        if minlen.get(k, 1) > 1:
            attrs.append(f"minlen={minlen[k]}")
        extra = f" [{', '.join(attrs)}]" if attrs else ""
        lines.append(f"  {quoted(e.source)} -> {quoted(e.target)}{extra};")
    lines.append("}")
    return "\n".join(lines)


def to_dot(sel: Selection) -> str:
    """Every question's pictures as DOT graphs, questions in codebook order."""
    out = [
        f"// argument map of {sel.name.replace(chr(10), ' ')}: one digraph per connected part",
        "// supports: solid dark arrow; attacks: dashed purple arrow with a bar;",
        "// box colour = stance of the claim; dashed box = evidence.",
    ]
    for qid in sel.questions:
        parts = question_parts(sel, qid)
        if not parts:
            continue
        left = unlinked(sel, qid)
        if left:
            out.append(f"// {qid}: {left} claims without relations are not drawn")
        out.extend(part_dot(p) for p in parts)
    return "\n".join(out) + "\n"
