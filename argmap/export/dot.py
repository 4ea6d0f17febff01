"""The Graphviz export: one ``digraph`` per picture (a question's connected part, <= 30 claims,
or small parts side by side).

A DOT file may hold several graphs; ``dot -Tsvg -O map.dot`` writes one SVG per graph
(``map.dot.svg``, ``map.dot.2.svg``, ...) and ``dot -Tsvg map.dot`` prints them one after the
other. Reasons point up to what they support or attack (``rankdir=BT``); a picture that would
then be wider than a page is drawn sideways (``rankdir=RL``), the same rule as the HTML
report's (:func:`drawings`). Nodes use HTML-like labels, so every text from a source is
entity-escaped.
"""

from __future__ import annotations

import re
import shutil
import subprocess

from argmap.export.common import Selection
from argmap.export.graph import ATTACK_COLOR, SUPPORT_COLOR, Part, question_parts, unlinked

FONT = "DejaVu Sans"
PAGE_WIDTH_PT = 1000
"""About the HTML report's text width (1,352 px at most) in Graphviz points (3/4 px); a
picture wider than this drawn upwards is drawn sideways when that makes it narrower."""
BOX_WIDTH_PT = 250.0
"""About the width ``dot`` gives a claim's box with its margins (lines of ~34 characters at
11 pt), for the estimate made when Graphviz is not installed. On debate22 and debate23 (167
pictures, 21 drawn sideways by the measured rule) the estimate misses 2 and turns 8 more;
at 230 it missed 8 (a sideways picture a page could have held upwards is still readable, a
picture twice a screen's width is not)."""


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
        quote = '<br align="left"/>'.join(
            (f"<b>{html_escape(lead)}</b>" if lead else "") + html_escape(rest)
            for lead, rest in n.spans()
        )
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
    if part.groups > 1:  # a shared picture: a little room around each group (an unseen frame)
        for k, group in enumerate(part.grouped_nodes()):
            members = " ".join(quoted(n.id) for n in group)
            lines.append(f'  subgraph "cluster_{k}" {{ style=invis; margin=6; {members} }}')
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


def _run_dot(dot: str, graphs: list[str]) -> list[str] | None:
    """The SVG of each DOT graph, from one ``dot`` process; None if it fails."""
    try:
        done = subprocess.run(
            [dot, "-Tsvg"],
            input="\n".join(graphs),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    svgs = re.findall(r"<svg\b.*?</svg>", done.stdout, re.S)
    return svgs if done.returncode == 0 and len(svgs) == len(graphs) else None


def _width_pt(svg: str) -> float:
    m = re.search(r'\bwidth="([\d.]+)pt"', svg[:400])
    return float(m[1]) if m else 0.0


def drawings(parts: list[Part], dot: str | None = None) -> list[tuple[str, str]] | None:
    """Each part as (DOT source, SVG drawn by Graphviz ``dot``); None when ``dot`` is not
    installed or fails.

    A part wider than :data:`PAGE_WIDTH_PT` drawn upwards is drawn again with its reasons to
    the right of what they support (a tall picture, read top down), and that is kept if it
    is narrower. All parts go through one ``dot`` process (two when some are wide).
    """
    dot = dot or shutil.which("dot")
    if not dot or not parts:
        return None
    sources = [part_dot(p) for p in parts]
    svgs = _run_dot(dot, sources)
    if svgs is None:
        return None
    wide = [k for k, svg in enumerate(svgs) if _width_pt(svg) > PAGE_WIDTH_PT]
    if wide:
        sideways = [part_dot(parts[k], rankdir="RL") for k in wide]
        again = _run_dot(dot, sideways)
        for k, source, svg in zip(wide, sideways, again or [], strict=False):
            if _width_pt(svg) < _width_pt(svgs[k]):
                sources[k], svgs[k] = source, svg
    return list(zip(sources, svgs, strict=True))


def estimated_sideways(part: Part) -> bool:
    """Whether ``part`` drawn upwards would be wider than :data:`PAGE_WIDTH_PT`, estimated
    with argmap's own layered layout (for when Graphviz is not installed)."""
    from argmap.export.svg import layered_layout

    ids = [n.id for n in part.nodes]
    edges = [(e.source, e.target) for e in part.edges]
    sizes = {i: (BOX_WIDTH_PT, 80.0) for i in ids}
    _, width, _ = layered_layout(ids, edges, sizes, max_row=len(ids) + 1)
    return width > PAGE_WIDTH_PT


def part_sources(parts: list[Part], dot: str | None = None) -> list[str]:
    """Each part's ``digraph``, drawn sideways when upwards it would be wider than a page:
    measured by Graphviz when installed (the HTML report's rule), else estimated."""
    drawn = drawings(parts, dot)
    if drawn is not None:
        return [source for source, _ in drawn]
    return [part_dot(p, rankdir="RL" if estimated_sideways(p) else "BT") for p in parts]


def to_dot(sel: Selection, dot: str | None = None) -> str:
    """Every question's pictures as DOT graphs, questions in codebook order; a picture wider
    than a page drawn upwards is drawn sideways (:func:`part_sources`)."""
    out = [
        f"// argument map of {sel.name.replace(chr(10), ' ')}: one digraph per picture",
        "// supports: solid dark arrow; attacks: dashed purple arrow with a bar;",
        "// box colour = stance of the claim; dashed box = evidence.",
    ]
    per_question = [(qid, question_parts(sel, qid)) for qid in sel.questions]
    sources = iter(part_sources([p for _, parts in per_question for p in parts], dot))
    for qid, parts in per_question:
        if not parts:
            continue
        left = unlinked(sel, qid)
        if left:
            out.append(f"// {qid}: {left} claims without relations are not drawn")
        out.extend(next(sources) for _ in parts)
    return "\n".join(out) + "\n"
