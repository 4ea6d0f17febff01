"""SVG pictures drawn in pure Python: the positions heat map and layered argument graphs.

No renderer is needed to view them (a browser, an image viewer or GitHub shows SVG), so the
HTML report embeds them and works offline on any machine. Text widths are estimated from
the character count (``CHAR_W`` per character of a 12 px sans-serif font, a little wider than
DejaVu Sans's average so that labels never overflow their boxes).
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from argmap.export.colours import share_fill
from argmap.export.common import Selection, main_line
from argmap.export.graph import (
    ATTACK_COLOR,
    SUPPORT_COLOR,
    Part,
    ink_on,
    short_title,
    wrap_quote,
)

FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
CHAR_W = 7.2
"""Estimated width of one character at 12 px."""
LINE_H = 15


def attr(value: object) -> str:
    """``value`` escaped for a double-quoted XML attribute."""
    return escape(str(value), {'"': "&quot;"})


def text_w(text: str, size: float = 12) -> float:
    """Estimated width of ``text`` at ``size`` px."""
    return len(text) * CHAR_W * size / 12


def _svg_open(width: float, height: float, label: str, extra: str = "") -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label="{attr(label)}" '
        f'font-family="{attr(FONT)}" font-size="12"{extra}>'
    )


# ---------------------------------------------------------------- heat map

CELL_W = 110
CELL_H = 34
HEAD_CHARS = 13
"""Characters of a question's heading per line at 12 px bold over a cell: a longer word is
not cut ("apprenticeshi ps" in debate35) but its heading set smaller (:func:`head_lines`)."""


def head_lines(label: str) -> tuple[list[str], float]:
    """A question's heading over its column: up to 3 lines of :data:`HEAD_CHARS`, and its
    font size, 12 unless a word is longer than a line, then small enough for that word."""
    longest = max((len(word) for word in label.split()), default=0)
    width = max(HEAD_CHARS, longest)
    return wrap_quote(label, width, 3), round(12 * min(1.0, HEAD_CHARS / width), 1)


def _contested(cell: object) -> int:
    # i11 adds ``contested`` (sentences where annotators disagree) to analysis.Cell
    return int(getattr(cell, "contested", 0) or 0)


def heatmap_title(name: str) -> str:
    """The heat map's title: ``"Defence: positions"``, but a project named by its question
    (debate36-38's "Should Veldoria tax …?") reads ``"… foods? — positions"``, not ``"?:"``."""
    name = name.strip()
    return f"{name} — positions" if name.endswith(("?", "!", ".", "…")) else f"{name}: positions"


def heatmap_svg(sel: Selection) -> str:
    """The sources × questions heat map of ``sel`` as a standalone SVG document.

    A cell is filled with its dominant stance's colour, stronger the larger that stance's
    share; it shows the stance symbol and the number of claims, and below them the counts
    per stance in codebook order. A mixed cell (claims on both sides of the axis) is
    hatched and marked ``±``; a contested cell (annotators disagree, where the matrix knows
    it) has a thick dark frame and ``!``. Rows and cells carry ``<title>`` tooltips and
    ``data-`` attributes for the HTML report's search. The row labels are drawn last, in
    ``<g class="pin">`` over a white band, so that the HTML report can keep them in view
    while a phone scrolls the grid sideways. Each label is there twice: as the picture shows
    it (title, and below it author and outlet) and, hidden (``class="slim"``), the title alone
    on two lines of :data:`SLIM_CHARS` in a column ``data-slim-shift`` narrower, ending where
    the grid starts: on a phone the HTML report shows those and starts the picture at that
    shift (its title, ``<g class="lead">``, moved along), so that more of the grid is in
    view beside them, and ends at ``data-slim-height``, under the grid (the legend below it,
    ``<g class="lead legend">``, wider than a phone, is the report's own legend again). When the stances are points of one
    scale (:meth:`Selection.scale`) the rows go along it, one end's sources at the top.
    """
    m = sel.matrix()
    labels = {sid: row_label(sel, sid) for sid in m.sources}
    left = max([text_w(t) for t, _ in labels.values()] + [120]) + 24 + MAIN_W
    text_x = left - 12 - MAIN_W  # where the labels end: the main-line chips sit after them
    slims = {sid: slim_label(sel.source(sid).title) for sid in m.sources}
    shift = slim_shift(left, slims.values())
    heads = {q: head_lines(sel.question(q).label) for q in m.questions}
    head_h = 18 + LINE_H * max([len(h) for h, _ in heads.values()] + [1])
    grid_w = CELL_W * len(m.questions)
    width = max(left + grid_w + 16, 640)
    # the title on up to two lines (and as a phone shows it, ``shift`` narrower), the
    # legend's chips and notes wrapped to the width the picture has on a phone
    name = heatmap_title(sel.name)
    title = wrap_quote(name, int((width - 24) / text_w("x", 16)), 2)
    sub_y = 44 + 20 * (len(title) - 1)  # the line under the title: sources, questions, claims
    slim_title = wrap_quote(name, SLIM_TITLE_CHARS, 3)  # a phone's width, not the picture's
    slim_sub_y = 24 + SLIM_TITLE_STEP * (len(slim_title) - 1) + 20
    head_y = 12 + (max(sub_y, slim_sub_y) if shift else sub_y)
    n = len(m.sources)
    facts = (
        f"{n} sources × {len(m.questions)} questions, {len(sel.claims)} claims; "
        f"{escape('annotator ' + sel.annotator if sel.annotator else 'reference view')}"
    )
    tall = n > TALL_ROWS
    if tall:  # the legend above the grid, the questions again every HEADS_EVERY rows
        legend, legend_end = _legend(sel, width - shift, head_y + 20)
        if shift:  # and as a phone shows it: the chips wrapped to the phone, no notes (the
            # page's legend, which wraps, says them; wrapped to the picture they ran off it)
            slim_legend, slim_end = _legend(sel, SLIM_LEGEND_W, head_y + 20, notes=False)
            legend = ['<g class="wide">', *legend, "</g>", '<g class="slim" display="none">']
            legend += [*slim_legend, "</g>"]
            legend_end = max(legend_end, slim_end)
        head_y = legend_end + 12
    top = head_y + head_h
    blocks = [(i, min(i + HEADS_EVERY, n)) for i in range(0, n, HEADS_EVERY)] if tall else []
    if not tall:
        blocks = [(0, n)]

    def row_y(i: int) -> int:
        return top + i * CELL_H + (i // HEADS_EVERY) * head_h * tall

    grid_end = row_y(n - 1) + CELL_H if n else top
    if not tall:
        legend, bottom = _legend(sel, width - shift, grid_end + 28)
    height = (bottom if not tall else grid_end) + 16
    out = [
        _svg_open(
            width,
            height,
            f"Positions heat map: {sel.name}",
            f' class="heatmap" data-slim-shift="{shift}"'
            # a phone's picture ends under the grid: the page's legend says the same
            + (f' data-slim-height="{grid_end + 12:.0f}"' if shift and not tall else ""),
        ),
        "<defs>",
        '<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="2" height="6" fill="#000" '
        'fill-opacity="0.22"/></pattern>',
        "</defs>",
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
        '<g class="lead">',
        *_title(title, "wide" if shift else "", sub_y, facts),
        *(_title(slim_title, "slim", slim_sub_y, facts) if shift else ()),
    ]
    if tall:
        out.extend(legend)
    out.append("</g>")
    for first_row, _ in blocks:
        band_y = row_y(first_row) - head_h
        for j, q in enumerate(m.questions):
            x = left + j * CELL_W + CELL_W / 2
            lines, size = heads[q]
            small = f' font-size="{size:g}"' if size < 12 else ""
            out.append(
                f'<text x="{x:.0f}" text-anchor="middle" font-weight="bold"{small} class="qhead">'
            )
            for k, line in enumerate(lines):
                y = band_y + 14 + k * LINE_H
                out.append(f'<tspan x="{x:.0f}" y="{y:.0f}">{escape(line)}</tspan>')
            out.append(
                f"<title>{escape(sel.question(q).label)}: {escape(sel.question(q).text)}</title>"
            )
            out.append("</text>")
    pinned = []  # the row labels, drawn over the grid (see the docstring)
    for i, sid in enumerate(sel.along_scale(m.sources)):
        y = row_y(i)
        full = sel.source(sid).title
        row = f'data-source="{attr(sid)}" data-title="{attr(full.lower())}"'
        out.append(f'<g class="row" {row}>')
        for j, q in enumerate(m.questions):
            out.append(_heat_cell(sel, sid, q, left + j * CELL_W, y))
        out.append("</g>")
        pinned.append(
            f'<g class="row label" {row}><rect x="0" y="{y}" width="{left:.0f}" '
            f'height="{CELL_H}" fill="#ffffff"/>'
        )
        if i % 2:
            pinned.append(
                f'<rect x="0" y="{y}" width="{left - 4:.0f}" height="{CELL_H}" fill="#f3f3f3"/>'
            )
        first, second = labels[sid]
        tip = f"<title>{escape(full)} ({escape(sid)})</title>"
        if second:
            pinned.append(
                f'<text x="{text_x:.0f}" y="{y + 15}" text-anchor="end">{escape(first)}'
                f'{tip}</text><text x="{text_x:.0f}" y="{y + 28}" text-anchor="end" '
                f'font-size="{BYLINE_PX}" fill="#555">{escape(second)}{tip}</text>'
            )
        else:
            pinned.append(
                f'<text x="{text_x:.0f}" y="{y + CELL_H / 2 + 4:.0f}" text-anchor="end">'
                f"{escape(first)}{tip}</text>"
            )
        if shift:  # the phone's label: the title alone, over a band ``shift`` narrower
            lines = slims[sid]
            tops = (y + 14, y + 28) if len(lines) > 1 else (y + CELL_H / 2 + 4,)
            pinned.append(
                f'<g class="slim" display="none"><rect x="{shift}" y="{y}" '
                f'width="{left - shift:.0f}" height="{CELL_H}" fill="#ffffff"/>'
            )
            if i % 2:
                pinned.append(
                    f'<rect x="{shift}" y="{y}" width="{left - shift - 4:.0f}" '
                    f'height="{CELL_H}" fill="#f3f3f3"/>'
                )
            pinned.extend(
                f'<text x="{text_x:.0f}" y="{top:.0f}" text-anchor="end">{escape(line)}{tip}</text>'
                for top, line in zip(tops, lines, strict=False)
            )
            pinned.append("</g>")
        pinned.append(_main_chip(sel, sid, left, y))
        pinned.append("</g>")
    for first_row, end_row in blocks:  # grid frame
        out.append(
            f'<rect x="{left}" y="{row_y(first_row)}" width="{grid_w}" '
            f'height="{CELL_H * (end_row - first_row)}" fill="none" stroke="#888" '
            'stroke-width="1"/>'
        )
    # over the question names too, which slide under the labels as the grid scrolls
    heads_under = [
        f'<rect x="0" y="{row_y(first_row) - head_h}" width="{left:.0f}" height="{head_h}" '
        f'fill="#ffffff"/><text x="{left - MAIN_W / 2 - 6:.0f}" text-anchor="middle" '
        f'font-size="{BYLINE_PX}" font-weight="bold" class="mhead">'
        f'<tspan x="{left - MAIN_W / 2 - 6:.0f}" y="{row_y(first_row) - 20}">Main</tspan>'
        f'<tspan x="{left - MAIN_W / 2 - 6:.0f}" y="{row_y(first_row) - 8}">line</tspan>'
        "<title>A source's main line: the dominant stance of all its claims</title></text>"
        for first_row, _ in blocks
    ]
    out.extend(['<g class="pin">', *heads_under, *pinned, "</g>"])
    if not tall:
        out.extend(['<g class="lead legend">', *legend, "</g>"])
    out.append("</svg>")
    return "\n".join(out) + "\n"


MAIN_W = 40
"""The width of the column of main-line chips between the row labels and the grid."""


def _main_chip(sel: Selection, sid: str, left: float, y: float) -> str:
    """Source ``sid``'s main line (:func:`argmap.export.common.main_line`) as a chip left of
    the grid, as the legend draws the stance ("" for a source without claims)."""
    line = main_line(sel, sid)
    if line is None:
        return ""
    st = sel.stance(line.stance)
    color = sel.colour(st.id)
    fill = share_fill(color, 1.0)
    x = left - MAIN_W + 2
    tip = f"Main line: {st.symbol} {st.label} ({line.on_line} of {line.total} claims)"
    return (
        f'<g class="main"><rect x="{x:.0f}" y="{y + 5}" width="28" height="24" rx="3" '
        f'fill="{fill}" stroke="{color}"/><text x="{x + 14:.0f}" y="{y + 22}" '
        f'text-anchor="middle" font-weight="bold" fill="{ink_on(fill)}">{escape(st.symbol)}'
        f"<title>{escape(tip)}</title></text></g>"
    )


SLIM_TITLE_CHARS = 40
"""The heat map's title on a phone: lines of this many characters at 14 px bold (about 380
of the 437 px a 390 px phone's 350 show at the report's least scale, 0.8; debate35's title,
wrapped at the picture's width, was cut at the phone's edge)."""
SLIM_TITLE_STEP = 18
SLIM_LEGEND_W = 430
"""The width a tall heat map's legend chips (above its grid) are wrapped to on a phone: of
the 437 px a 390 px phone's 350 show at the report's least scale, 0.8 (its notes, wrapped to
the picture's width, were cut at the phone's edge; on a phone the page's legend says them)."""


def _title(lines: Sequence[str], kind: str, sub_y: float, facts: str) -> list[str]:
    """The heat map's title ``lines`` and under it, at ``sub_y``, the line of ``facts``;
    ``kind`` "slim" is the phone's (hidden until the HTML report shows it; smaller, on
    lines of :data:`SLIM_TITLE_CHARS`), "wide" the others'."""
    size, step = (14, SLIM_TITLE_STEP) if kind == "slim" else (16, 20)
    texts = [
        f'<text x="12" y="{24 + step * k}" font-size="{size}" font-weight="bold">'
        f"{escape(line)}</text>"
        for k, line in enumerate(lines)
    ]
    texts.append(f'<text x="12" y="{sub_y:.0f}" fill="#444">{facts}</text>')
    if not kind:
        return texts
    hidden = ' display="none"' if kind == "slim" else ""
    return [f'<g class="{kind}"{hidden}>', *texts, "</g>"]


TALL_ROWS = 40
"""A heat map of more sources has its legend above the grid (not 1,000 rows below) and the
questions' names again above every :data:`HEADS_EVERY` rows."""
HEADS_EVERY = 25


BYLINE_PX = 10.5
ROW_CHARS = 44
"""A heat map row's label: the source's title on one line of this many characters, and
below it, smaller, who wrote it and where (or the rest of the title)."""


SLIM_CHARS = 20
"""A heat map row's label on a phone: the source's title on two lines of this many
characters (debate30's labels took 265 px of a 390 px phone's 350, beside one question)."""


def slim_label(title: str) -> list[str]:
    """A source's ``title`` as a phone's heat map row shows it: on up to two lines of
    :data:`SLIM_CHARS`, the second cut at a word."""
    lines = wrap_quote(title, SLIM_CHARS, 1000)
    return lines if len(lines) <= 2 else [lines[0], short_title(" ".join(lines[1:]), SLIM_CHARS)]


def slim_shift(left: float, slims: Iterable[Sequence[str]]) -> int:
    """How much narrower the phone's label column (titles in lines ``slims``) is than the
    picture's, ``left`` wide; 0 when it would not be narrower."""
    slim_left = max([text_w(line) for lines in slims for line in lines] + [120]) + 24 + MAIN_W
    return max(0, int(left - slim_left))


def row_label(sel: Selection, sid: str) -> tuple[str, str]:
    """A heat map row's two lines for source ``sid``: its title, cut at a word to
    :data:`ROW_CHARS`, and "author · outlet" (cut to the same width), or the title's next
    words when the source has neither; a short title with no byline stays one line."""
    meta = sel.source(sid).meta
    room = int(ROW_CHARS * 12 / BYLINE_PX)
    outlet = short_title(meta.outlet, room // 2) if meta.outlet else ""
    author = short_title(meta.author, room - len(outlet) - 3) if meta.author else ""
    byline = " · ".join(part for part in (author, outlet) if part)
    if byline:
        return short_title(meta.title, ROW_CHARS), byline
    lines = wrap_quote(meta.title, ROW_CHARS, 2)
    return lines[0], (lines[1] if len(lines) > 1 else "")


def _legend(sel: Selection, width: float, y: float, notes: bool = True) -> tuple[list[str], float]:
    """The heat map's legend from ``y`` down: a chip per stance, wrapped onto further lines
    where the width ends, then (with ``notes``) the notes on reading a cell; and where it
    ends."""
    out = []
    stances = sel.codebook.stances  # the counts' order (the tie rule's, the terminal's)
    x = 12.0
    for s in sel.stances:  # the chips go along the scale when the stances are one
        entry = 32 + text_w(s.label)
        if x > 12 and x + entry > width - 12:
            x, y = 12.0, y + 24
        color = sel.colour(s.id)
        full = share_fill(color, 1.0)  # as the stance's fullest cells are drawn
        out.append(
            f'<rect x="{x:.0f}" y="{y - 13}" width="26" height="18" rx="3" '
            f'fill="{full}" stroke="{color}"/>'
            f'<text x="{x + 13:.0f}" y="{y + 1}" text-anchor="middle" '
            f'fill="{ink_on(full)}">{escape(s.symbol)}</text>'
            f'<text x="{x + 32:.0f}" y="{y + 1}">{escape(s.label)}</text>'
        )
        x += entry + 16
    if not notes:
        return out, y + 6
    counts = " / ".join(s.symbol for s in stances)
    lines = [
        f"Cell: dominant stance, number of claims, and below the counts {counts}. "
        "Stronger colour = larger share.",
        "Hatched ± mixed: the source's claims take both sides of the axis.  "
        "Framed ! contested: annotators disagree."
        if sel.scale()  # options (no stance takes a side) have no mixed cells
        else "Framed ! contested: annotators disagree.",
        "Dominant = most claims; a tie goes to the stance with more claims of kind 'claim' "
        "(evidence weighs less),",
        "then to the stance listed first in the codebook.  · = no claim on this question.",
        "Main line (left of the grid): the dominant stance of all the source's claims.",
    ]
    points = sel.scale()
    if points:
        first, last = sel.stance(points[0]), sel.stance(points[-1])
        lines.insert(
            0,
            f"The stances are one scale, from {first.symbol} {first.label} to {last.symbol} "
            f"{last.label}: the rows go along it, by the mean place of each source's claims.",
        )
    chars = int((width - 24) / CHAR_W)
    lines = [line for note in lines for line in wrap_quote(note, chars, 4)]
    for k, line in enumerate(lines):
        out.append(f'<text x="12" y="{y + 24 + k * 18}" fill="#333">{escape(line)}</text>')
    return out, y + 24 + (len(lines) - 1) * 18 + 6


HALO_PX = 3
"""The width of the fill-coloured outline under a hatched cell's text (1.5 px each side)."""


def _heat_cell(sel: Selection, sid: str, q: str, x: float, y: float) -> str:
    cell = sel.cell(sid, q)
    stances = sel.codebook.stances
    total = cell.total
    qlabel = sel.question(q).label
    title = sel.source(sid).title
    if cell.dominant is None or total == 0:
        return (
            f'<g class="cell empty"><rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" '
            f'fill="#fafafa" stroke="#dddddd"/><text x="{x + CELL_W / 2:.0f}" '
            f'y="{y + CELL_H / 2 + 4:.0f}" text-anchor="middle" fill="#999">·</text>'
            f"<title>{escape(title)} — {escape(qlabel)}: no claims</title></g>"
        )
    st = sel.stance(cell.dominant)
    share = cell.counts.get(cell.dominant, 0) / total
    fill = share_fill(sel.colour(st.id), share)
    ink = ink_on(fill)
    contested = _contested(cell)
    mark = st.symbol + ("±" if cell.mixed else "") + ("!" if contested else "")
    counts = "·".join(str(cell.counts.get(s.id, 0)) for s in stances)
    tip = ", ".join(f"{s.symbol} {s.label} {cell.counts.get(s.id, 0)}" for s in stances)
    flags = (" — mixed" if cell.mixed else "") + (
        f" — contested in {contested} sentence{'s' * (contested != 1)}" if contested else ""
    )
    parts = [
        f'<g class="cell" data-stance="{attr(cell.dominant)}">',
        f'<rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" fill="{fill}" '
        'stroke="#ffffff"/>',
    ]
    if cell.mixed:
        parts.append(
            f'<rect x="{x}" y="{y}" width="{CELL_W}" height="{CELL_H}" fill="url(#hatch)"/>'
        )
    if contested:
        parts.append(
            f'<rect x="{x + 2}" y="{y + 2}" width="{CELL_W - 4}" height="{CELL_H - 4}" '
            'fill="none" stroke="#111111" stroke-width="3"/>'
        )
    # In a hatched cell the text has a halo of the fill: black on the stripes (the fill under
    # 22% black) had 3.1:1 (debate28), under the 4.5:1 it has on the fill.
    halo = (
        f' stroke="{fill}" stroke-width="{HALO_PX}" stroke-linejoin="round" paint-order="stroke"'
        if cell.mixed
        else ""
    )
    parts.append(
        f'<text x="{x + CELL_W / 2:.0f}" y="{y + 15}" text-anchor="middle" fill="{ink}"{halo} '
        f'font-weight="bold">{escape(mark)} {total}</text>'
        f'<text x="{x + CELL_W / 2:.0f}" y="{y + 29}" text-anchor="middle" fill="{ink}"{halo} '
        f'font-size="10">{counts}</text>'
        f"<title>{escape(title)} — {escape(qlabel)}: {escape(st.label)} ({escape(tip)})"
        f"{escape(flags)}</title></g>"
    )
    return "".join(parts)


# ---------------------------------------------------------------- argument graphs

BOX_W = 280
PAD = 8
GAP_X = 26
GAP_Y = 54
MAX_ROW = 4
"""Claims side by side in one row; a wider layer wraps onto further rows."""


@dataclass
class Box:
    """A laid-out node: top-left corner and size."""

    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


def _acyclic(ids: Sequence[str], edges: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """``edges`` with the back edges of a depth-first walk reversed (breaks every cycle)."""
    succ: dict[str, list[str]] = {i: [] for i in ids}
    for a, b in edges:
        if a != b:
            succ[a].append(b)
    state: dict[str, int] = {}
    back: set[tuple[str, str]] = set()
    for root in ids:
        if root in state:
            continue
        stack = [(root, iter(succ[root]))]
        state[root] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                back.add((node, nxt))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(succ[nxt])))
    return [(b, a) if (a, b) in back else (a, b) for a, b in edges if a != b]


def layered_layout(
    ids: Sequence[str],
    edges: Sequence[tuple[str, str]],
    sizes: dict[str, tuple[float, float]],
    max_row: int = MAX_ROW,
    gap_x: float = GAP_X,
    gap_y: float = GAP_Y,
) -> tuple[dict[str, Box], float, float]:
    """Boxes for a directed graph drawn with every edge pointing up.

    A node sits one layer below the highest of its targets' layers (targets on top, as in
    argument maps: a conclusion above its reasons); cycles are broken first. Nodes are
    ordered in their layer by the mean position of their neighbours (a few down and up
    sweeps, to cut crossings); a layer of more than ``max_row`` nodes wraps onto further
    rows. Returns the boxes and the total width and height.
    """
    dag = _acyclic(ids, edges)
    succ: dict[str, list[str]] = {i: [] for i in ids}
    pred: dict[str, list[str]] = {i: [] for i in ids}
    for a, b in dag:
        succ[a].append(b)
        pred[b].append(a)
    # longest path to a sink, sinks first (Kahn's order on the acyclic graph: linear time)
    rank: dict[str, int] = dict.fromkeys(ids, 0)
    outdeg = {i: len(succ[i]) for i in ids}
    ready = deque(i for i in ids if outdeg[i] == 0)
    while ready:
        node = ready.popleft()
        for p in pred[node]:
            rank[p] = max(rank[p], rank[node] + 1)
            outdeg[p] -= 1
            if outdeg[p] == 0:
                ready.append(p)
    layers: list[list[str]] = [[] for _ in range(max(rank.values(), default=-1) + 1)]
    for i in ids:
        layers[rank[i]].append(i)
    pos = {n: (k + 0.5) / len(layer) for layer in layers for k, n in enumerate(layer)}
    for _ in range(4):
        for down in (True, False):
            seq = range(1, len(layers)) if down else range(len(layers) - 2, -1, -1)
            for r in seq:
                near = succ if down else pred

                def bary(n: str, near: dict[str, list[str]] = near) -> float:
                    ps = [pos[t] for t in near[n]]
                    return sum(ps) / len(ps) if ps else pos[n]

                layers[r].sort(key=bary)
                for k, n in enumerate(layers[r]):
                    pos[n] = (k + 0.5) / len(layers[r])
    rows = [layer[k : k + max_row] for layer in layers for k in range(0, len(layer), max_row)]
    widths = [sum(sizes[n][0] for n in row) + gap_x * (len(row) - 1) for row in rows]
    total_w = max(widths, default=0)
    boxes: dict[str, Box] = {}
    y = 0.0
    for row, w in zip(rows, widths, strict=True):
        x = (total_w - w) / 2
        h = max(sizes[n][1] for n in row)
        for n in row:
            bw, bh = sizes[n]
            boxes[n] = Box(x, y + (h - bh) / 2, bw, bh)
            x += bw + gap_x
        y += h + gap_y
    return boxes, total_w, max(y - gap_y, 0)


def grouped_layout(
    ids: Sequence[str],
    edges: Sequence[tuple[str, str]],
    sizes: dict[str, tuple[float, float]],
    max_width: float = MAX_ROW * (BOX_W + GAP_X) - GAP_X,
) -> tuple[dict[str, Box], float, float]:
    """Boxes for a picture of several unconnected groups (small groups share a picture,
    :func:`argmap.export.graph.question_parts`): each group laid out on its own
    (:func:`layered_layout`), the groups side by side in rows at most ``max_width`` wide
    (a wider group alone), so that no group's boxes mix with another's layers."""
    group = {i: i for i in ids}

    def root(i: str) -> str:
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for a, b in edges:
        group[root(a)] = root(b)
    members: dict[str, list[str]] = {}
    for i in ids:
        members.setdefault(root(i), []).append(i)
    if len(members) <= 1:
        return layered_layout(ids, edges, sizes)
    laid = []
    for nodes in members.values():
        inside = set(nodes)
        laid.append(layered_layout(nodes, [e for e in edges if e[0] in inside], sizes))
    rows: list[list[tuple[dict[str, Box], float, float]]] = [[]]
    for one in laid:
        row_w = sum(w for _, w, _ in rows[-1]) + 2 * GAP_X * len(rows[-1])
        if rows[-1] and row_w + one[1] > max_width:
            rows.append([])
        rows[-1].append(one)
    boxes: dict[str, Box] = {}
    total_w, y = 0.0, 0.0
    for row in rows:
        x = 0.0
        for placed, w, _ in row:
            for n, b in placed.items():
                boxes[n] = Box(b.x + x, b.y + y, b.w, b.h)
            x += w + 2 * GAP_X
        total_w = max(total_w, x - 2 * GAP_X)
        y += max(h for _, _, h in row) + GAP_Y
    return boxes, total_w, y - GAP_Y


def _markers(prefix: str) -> str:
    return (
        "<defs>"
        f'<marker id="{prefix}sup" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" '
        'markerHeight="9" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 z" fill="{SUPPORT_COLOR}"/></marker>'
        f'<marker id="{prefix}att" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="10" '
        'markerHeight="10" orient="auto-start-reverse">'
        f'<path d="M8,0 L8,10" stroke="{ATTACK_COLOR}" stroke-width="3"/>'
        f'<path d="M0,2 L6,5 L0,8 z" fill="{ATTACK_COLOR}"/></marker>'
        "</defs>"
    )


def graph_svg(part: Part, legend: bool = True) -> str:
    """``part`` as a standalone SVG picture (layered layout, conclusions on top)."""
    sizes = {n.id: (float(BOX_W), PAD * 2 + LINE_H * (1 + len(n.lines)) + 4) for n in part.nodes}
    ids = [n.id for n in part.nodes]
    boxes, gw, gh = grouped_layout(ids, [(e.source, e.target) for e in part.edges], sizes)
    margin = 16
    cap_h = 30
    leg_h = 28 if legend else 0
    width = max(gw + 2 * margin, 560 if legend else 0)
    height = gh + 2 * margin + cap_h + leg_h
    ox = (width - gw) / 2
    oy = margin + cap_h
    prefix = f"m{zlib.crc32(part.name.encode()):08x}"
    out = [
        _svg_open(
            width, height, part.caption, f' class="argument-graph" data-part="{attr(part.name)}"'
        ),
        _markers(prefix),
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
        f'<text x="{margin}" y="{margin + 12}" font-size="14" font-weight="bold">'
        f"{escape(part.caption)}</text>",
    ]
    # spread the ends of several edges over a box's side
    ins: dict[str, list[int]] = {}
    outs: dict[str, list[int]] = {}
    for k, e in enumerate(part.edges):
        ins.setdefault(e.target, []).append(k)
        outs.setdefault(e.source, []).append(k)

    def end(node: str, k: int, table: dict[str, list[int]]) -> float:
        b = boxes[node]
        group = sorted(table[node], key=lambda j: boxes[_other(part, j, node)].cx)
        i, n = group.index(k), len(group)
        step = min(22.0, (b.w - 40) / max(n, 1))
        return b.cx + (i - (n - 1) / 2) * step

    for k, e in enumerate(part.edges):
        a, b = boxes[e.source], boxes[e.target]
        x1, x2 = end(e.source, k, outs) + ox, end(e.target, k, ins) + ox
        if a.cy >= b.cy:  # reason below its target: leave from the top, enter at the bottom
            y1, y2 = a.y + oy, b.y + b.h + oy
        else:
            y1, y2 = a.y + a.h + oy, b.y + oy
        mid = (y1 + y2) / 2
        if e.type == "attacks":
            style = (
                f'stroke="{ATTACK_COLOR}" stroke-width="2" stroke-dasharray="7 4" '
                f'marker-end="url(#{prefix}att)"'
            )
        else:
            style = f'stroke="{SUPPORT_COLOR}" stroke-width="1.6" marker-end="url(#{prefix}sup)"'
        out.append(
            f'<path class="edge {attr(e.type)}" d="M{x1:.1f},{y1:.1f} C{x1:.1f},{mid:.1f} '
            f'{x2:.1f},{mid:.1f} {x2:.1f},{y2:.1f}" fill="none" {style}/>'
        )
    for n in part.nodes:
        b = boxes[n.id]
        x, y = b.x + ox, b.y + oy
        dash = ' stroke-dasharray="5 3"' if n.claim.kind == "evidence" else ""
        out.append(
            f'<g class="node" data-claim="{attr(n.id)}" data-stance="{attr(n.stance)}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{b.w:.0f}" height="{b.h:.0f}" rx="6" '
            f'fill="{n.fill}" stroke="{n.color}" stroke-width="2"{dash}/>'
            f'<text x="{x + PAD:.1f}" y="{y + PAD + 11:.1f}" font-weight="bold">'
            f"{escape(n.heading)}</text>"
        )
        for k, (lead, rest) in enumerate(n.spans()):
            bold = f'<tspan font-weight="bold">{escape(lead)}</tspan>' if lead else ""
            out.append(
                f'<text x="{x + PAD:.1f}" y="{y + PAD + 11 + LINE_H * (k + 1):.1f}">'
                f"{bold}{escape(rest)}</text>"
            )
        out.append(f"<title>{escape(n.quote or n.claim.quote)} ({escape(n.id)})</title></g>")
    if legend:
        y = height - 12
        out.append(
            f'<path d="M{margin},{y - 4} h34" stroke="{SUPPORT_COLOR}" stroke-width="1.6" '
            f'marker-end="url(#{prefix}sup)"/>'
            f'<text x="{margin + 42}" y="{y}">supports</text>'
            f'<path d="M{margin + 120},{y - 4} h34" stroke="{ATTACK_COLOR}" stroke-width="2" '
            f'stroke-dasharray="7 4" marker-end="url(#{prefix}att)"/>'
            f'<text x="{margin + 162}" y="{y}">attacks</text>'
            f'<text x="{margin + 240}" y="{y}" fill="#444">box colour = stance; '
            "dashed box = evidence</text>"
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _other(part: Part, k: int, node: str) -> str:
    e = part.edges[k]
    return e.target if e.source == node else e.source
