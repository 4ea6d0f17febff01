"""The matrix as a Line-API widget: sources as rows, questions as columns.

Only the rows on screen are rendered, each row once per (cursor, first column, width,
version) and kept in an LRU cache, so that a key press costs a few rows whatever the size
of the corpus. The question header and the source labels stay put while the cells scroll;
columns scroll a whole column at a time, and the corner says which columns are shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from argmap.tui.scrollbar import QuickScrollBars


@dataclass(frozen=True)
class RowLabel:
    """A row: a short id that commands accept (empty when the id is the title's slug) and a
    title."""

    key: str
    short_id: str
    title: str


def differing_word(key: str, short_id: str) -> str:
    """The word of id ``key`` its unique prefix ``short_id`` ends in, whole: "our" for
    ``old-town-homes-order-o`` of ``old-town-homes-order-our-response``."""
    start = max(
        short_id.rfind("-", 0, len(short_id) - 1), short_id.rfind("_", 0, len(short_id) - 1)
    )
    word = re.match(r"[^-_]*", key[start + 1 :])
    return word[0] if word and word[0] else short_id


@dataclass(frozen=True)
class ColumnLabel:
    """A column: its key, a short label for the header and the full text for the detail."""

    key: str
    label: str


def unique_prefixes(ids: Sequence[str], minimum: int = 3) -> dict[str, str]:
    """The shortest prefix (at least ``minimum`` characters) that names each id alone.

    Ids of up to 8 characters stay whole; a prefix ending in a separator (``_``, ``-``)
    drops it: ``000_ab12cd34`` → ``000``. A number of up to 4 digits is not cut: debate27's
    responses scc-fl-014 and scc-fl-022 read "scc-fl-01" and "scc-fl-02", numbers of
    responses that do not exist.
    """
    ordered = sorted(ids)

    def common(a: str, b: str) -> int:
        n = 0
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            n += 1
        return n

    out: dict[str, str] = {}
    for i, sid in enumerate(ordered):
        need = 0
        if i:
            need = max(need, common(sid, ordered[i - 1]))
        if i + 1 < len(ordered):
            need = max(need, common(sid, ordered[i + 1]))
        n = len(sid) if len(sid) <= 8 else min(max(need + 1, minimum), len(sid))
        run = n
        while run < len(sid) and sid[run].isdigit() and sid[n - 1].isdigit():
            run += 1
        start = n - 1
        while start > 0 and sid[start - 1].isdigit():
            start -= 1
        if run > n and run - start <= 4:
            n = run
        prefix = sid[:n]
        stripped = prefix.rstrip("_-")
        out[sid] = stripped if len(stripped) > need else prefix
    return out


def made_from_title(sid: str, title: str) -> bool:
    """Whether the id ``sid`` is its title's slug, or that slug cut where a word ends (as
    ``argmap add`` makes ids): shown before the title it reads as a stutter."""
    from argmap.model import slugify

    whole = slugify(title, 1000)
    return whole == sid or whole.startswith(sid + "-")


def two_line_width(label: str) -> int:
    """The fewest cells that show ``label`` whole on two header lines (its longest word
    where that is more)."""
    words = label.split()
    if len(words) < 2:
        return cell_len(label)
    return min(
        max(cell_len(" ".join(words[:i])), cell_len(" ".join(words[i:])))
        for i in range(1, len(words))
    )


def header_lines(label: str, width: int) -> tuple[str, str]:
    """A question label on two header lines of ``width`` cells (words cut with …)."""

    def cut(s: str) -> str:
        # a whole word filling the column ran into the next label ("Service Cost",
        # "control from e…" at 80 columns): it ends in "…" as a cut one does
        return s if cell_len(s) < width else s[: max(width - 1, 1)] + "…"

    if cell_len(label) < width:  # filling the column, it ran into the next label
        return label, ""  # ("Burden sharing US guarantee")
    words = label.split()
    if len(words) < 2:
        return cut(label), ""
    best = min(
        range(1, len(words)),
        key=lambda i: max(cell_len(" ".join(words[:i])), cell_len(" ".join(words[i:]))),
    )
    first, second = " ".join(words[:best]), " ".join(words[best:])
    if cell_len(first) > width or cell_len(second) > width:
        # too narrow for whole words: first word on the first line, the rest below
        first, second = words[0], " ".join(words[1:])
    return cut(first), cut(second)


class MatrixView(QuickScrollBars, ScrollView, can_focus=True):
    """A grid of pre-rendered cells with fixed row labels and a two-line column header.

    ``set_data(rows, columns, cells)`` shows a grid; ``cells[r][c]`` is a Rich ``Text``
    (shared ``Text`` objects are fine: they are never changed here). The cursor is a cell;
    moving it repaints the old and the new row only.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "matrix-view--header",
        "matrix-view--header-cursor",
        "matrix-view--hint",
        "matrix-view--label",
        "matrix-view--id",
        "matrix-view--cursor-row",
        "matrix-view--cursor",
        "matrix-view--even",
    }

    DEFAULT_CSS = """
    MatrixView {
        background: $surface;
        height: auto;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
    }
    MatrixView > .matrix-view--header { background: $panel; color: $foreground; text-style: bold; }
    MatrixView > .matrix-view--header-cursor {
        background: $primary-muted; color: $text-primary; text-style: bold;
    }
    MatrixView > .matrix-view--hint { background: $panel; color: $text-secondary; }
    MatrixView > .matrix-view--label { color: $foreground; }
    MatrixView > .matrix-view--id { color: $text-secondary; }
    MatrixView > .matrix-view--even { background: $surface-active; }
    MatrixView > .matrix-view--cursor-row { background: $primary-muted; }
    MatrixView > .matrix-view--cursor {
        background: $block-cursor-blurred-background; color: $block-cursor-blurred-foreground;
        text-style: bold;
    }
    MatrixView:focus > .matrix-view--cursor {
        background: $block-cursor-background; color: $block-cursor-foreground;
        text-style: bold;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1, 0)", "Down", id="matrix.down", show=False),
        Binding("up,k", "move(-1, 0)", "Up", id="matrix.up", show=False),
        Binding("right,l", "move(0, 1)", "Right", id="matrix.right", show=False),
        Binding("left,h", "move(0, -1)", "Left", id="matrix.left", show=False),
        Binding("pagedown", "page(1)", "Page down", id="matrix.page_down", show=False),
        Binding("pageup", "page(-1)", "Page up", id="matrix.page_up", show=False),
        Binding("home,g", "edge(-1)", "First row", id="matrix.first", show=False),
        Binding("end,G", "edge(1)", "Last row", id="matrix.last", show=False),
        # in the footer: a first-time user found no way from a cell to the sentences behind it
        Binding("enter", "select", "Claims", id="matrix.select"),
    ]

    HEADER = 2
    GAP = 1

    cursor: reactive[tuple[int, int]] = reactive((0, 0), repaint=False, init=False)

    class CursorMoved(Message):
        """The cell under the cursor changed."""

        def __init__(self, view: MatrixView, row: int, column: int) -> None:
            super().__init__()
            self.view = view
            self.row = row
            self.column = column

    class Selected(Message):
        """Enter (or a click on the cursor cell) chose the cell under the cursor."""

        def __init__(self, view: MatrixView, row: int, column: int) -> None:
            super().__init__()
            self.view = view
            self.row = row
            self.column = column

    def __init__(self, *, id: str | None = None, rows_are: str = "sources") -> None:
        super().__init__(id=id)
        self.rows_are = rows_are
        """What the rows are, as the corner names them ("sources", "voices")."""
        self.rows: list[RowLabel] = []
        self.columns: list[ColumnLabel] = []
        self.cells: list[list[Text]] = []
        self._full: list[list[Text]] = []
        self._compact: list[list[Text]] | None = None
        self._widths: list[int] = []
        self._full_widths: list[int] = []
        self._compact_widths: list[int] = []
        self._first_col = 0
        self._version = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(512)
        self._segments: dict[int, tuple[Text, list[Segment], int]] = {}
        self._layout_width = -1
        self._label_width = 20
        self._col_width = 8

    # ------------------------------------------------------------------ data

    def set_data(
        self,
        rows: list[RowLabel],
        columns: list[ColumnLabel],
        cells: list[list[Text]],
        compact: list[list[Text]] | None = None,
    ) -> None:
        """Show a new grid; the cursor stays where it was as far as the grid allows.

        ``compact`` are shorter cells shown instead when the full ones would leave
        columns off screen.
        """
        self.rows, self.columns = rows, columns
        self._full, self._compact = cells, compact
        self._full_widths = self._measure(cells)
        self._compact_widths = self._measure(compact) if compact is not None else []
        self.cells, self._widths = cells, self._full_widths
        self._segments.clear()
        self._layout_width = -1
        self.virtual_size = Size(1, self.HEADER + len(rows))
        row, col = self.cursor
        self.set_reactive(MatrixView.cursor, self._clamp(row, col))
        self._relayout()
        self._invalidate()

    def _measure(self, cells: list[list[Text]]) -> list[int]:
        """The widest cell of each column (cells are shared ``Text`` objects: each distinct
        one is measured once, which matters at 5,000 rows)."""
        known: dict[int, int] = {}
        widths = [1] * len(self.columns)
        for row in cells:
            for c, text in enumerate(row[: len(widths)]):
                w = known.get(id(text))
                if w is None:
                    w = known[id(text)] = text.cell_len
                if w > widths[c]:
                    widths[c] = w
        return widths

    @property
    def is_compact(self) -> bool:
        """Whether the short cells are shown (the full ones do not fit)."""
        return self.cells is self._compact

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def visible_columns(self) -> range:
        """The columns on screen now."""
        return range(self._first_col, self._first_col + self._fit_from(self._first_col))

    def _invalidate(self) -> None:
        self._version += 1
        self._cache.clear()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width or 80
        if width == self._layout_width:
            return
        self._layout_width = width
        titles = max(
            (cell_len(r.short_id) + bool(r.short_id) + cell_len(r.title) for r in self.rows),
            default=8,
        )
        cap = 44 if width >= 160 else 30 if width >= 110 else 20
        self._label_width = max(min(titles, cap), 12)
        # As narrow as the cells allow, and narrow enough for every column to fit if it can;
        # the compact cells when the full ones would push columns off screen.
        room = width - self._label_width
        n = max(len(self.columns), 1)
        fits = room // n - self.GAP
        self.cells, self._widths = self._full, self._full_widths
        if max(self._widths, default=1) > fits and self._compact is not None:
            self.cells, self._widths = self._compact, self._compact_widths
        widest = max(self._widths, default=1)
        # wide enough for every label on its two header lines where the screen has room (at
        # 200 columns debate27's read "Residents / and visito…", "The / island's f…" with
        # 80 columns unused), and a cell more: "Local control" filling its column ran into
        # the next label ("Local control Evidence from")
        longest = max((two_line_width(c.label) + 1 for c in self.columns), default=6)
        self._col_width = max(widest, min(longest, 20, max(fits, 5)))
        self._first_col = min(self._first_col, max(len(self.columns) - 1, 0))
        self._show_cursor_column()
        self._cache.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        self._scroll_cursor_visible()

    def _fit_from(self, first: int) -> int:
        """How many columns fit from column ``first`` on."""
        width = (self.scrollable_content_region.width or self._layout_width) - self._label_width
        step = self._col_width + self.GAP
        left = len(self.columns) - first
        n = width // step
        if n < left:  # keep a cell for the "more columns" mark
            n = (width - 1) // step
        return max(min(n, left), 1 if self.columns else 0)

    def _show_cursor_column(self) -> None:
        col = self.cursor[1]
        if col < self._first_col:
            self._first_col = col
        else:
            while col >= self._first_col + self._fit_from(self._first_col):
                self._first_col += 1

    # ------------------------------------------------------------------ cursor

    def _clamp(self, row: int, col: int) -> tuple[int, int]:
        return (
            min(max(row, 0), max(len(self.rows) - 1, 0)),
            min(max(col, 0), max(len(self.columns) - 1, 0)),
        )

    def watch_cursor(self, old: tuple[int, int], new: tuple[int, int]) -> None:
        first = self._first_col
        self._show_cursor_column()
        if first != self._first_col or old[1] != new[1]:
            self.refresh()  # the header and every row change
        else:
            for row in {old[0], new[0]}:
                self.refresh_line(row + self.HEADER - round(self.scroll_offset.y))
        self._scroll_cursor_visible()
        self.post_message(self.CursorMoved(self, *new))

    def _scroll_cursor_visible(self) -> None:
        row = self.cursor[0]
        top = round(self.scroll_offset.y)
        height = max(self.scrollable_content_region.height - self.HEADER, 1)
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)

    def move_to(self, row: int, column: int | None = None) -> None:
        """Put the cursor on a cell (the column stays when ``column`` is None)."""
        self.cursor = self._clamp(row, self.cursor[1] if column is None else column)

    def action_move(self, rows: int, columns: int) -> None:
        row, col = self.cursor
        self.cursor = self._clamp(row + rows, col + columns)

    def action_page(self, direction: int) -> None:
        height = max(self.scrollable_content_region.height - self.HEADER, 1)
        row, col = self.cursor
        target = self._clamp(row + direction * height, col)
        top = round(self.scroll_offset.y) + direction * height
        self.scroll_to(y=max(top, 0), animate=False, immediate=True)
        self.cursor = target

    def action_edge(self, direction: int) -> None:
        self.cursor = self._clamp(0 if direction < 0 else len(self.rows) - 1, self.cursor[1])

    def action_select(self) -> None:
        if self.rows:  # without columns too: the screen says why there is no cell
            self.post_message(self.Selected(self, *self.cursor))

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor to the cell under the pointer (a second click selects)."""
        y = event.y - self.HEADER
        if y < 0 or event.x < self._label_width:
            return
        row = y + round(self.scroll_offset.y)
        col = self._first_col + (event.x - self._label_width) // (self._col_width + self.GAP)
        if row >= len(self.rows) or col >= len(self.columns):
            return
        if (row, col) == self.cursor:
            self.action_select()
        else:
            self.cursor = (row, col)

    # ------------------------------------------------------------------ rendering

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"matrix-view--{name}", partial=True)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._layout_width != width:
            self._relayout()
        if y < self.HEADER:
            key: tuple = ("h", y, self._first_col, self.cursor[1], width, self._version)
            row = -1
        else:
            row = y - self.HEADER + round(self.scroll_offset.y)
            if row >= len(self.rows):
                return Strip.blank(width, self.rich_style)
            here = self.cursor[1] if row == self.cursor[0] else -1
            key = ("r", row, here, self._first_col, width, self._version)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._header(y, width) if row < 0 else self._row(row, width)
            self._cache[key] = strip
        return strip

    def _header(self, y: int, width: int) -> Strip:
        base = self.rich_style
        header = base + self._style("header")
        shown = self.visible_columns
        lw = self._label_width
        if y == 0:
            corner = f" {self.rows_are} ({len(self.rows)})"
        elif len(shown) < len(self.columns):
            left = "←" if shown.start > 0 else " "
            right = "→" if shown.stop < len(self.columns) else " "
            corner = f" {left} q {shown.start + 1}-{shown.stop} of {len(self.columns)} {right}"
        else:
            corner = f" questions ({len(self.columns)})"
        segments = [Segment(corner[:lw].ljust(lw), base + self._style("hint"))]
        cw = self._col_width
        for c in shown:
            lines = header_lines(self.columns[c].label, cw)
            style = base + self._style("header-cursor") if c == self.cursor[1] else header
            segments.append(Segment(lines[y].ljust(cw)[:cw] + " " * self.GAP, style))
        used = lw + len(shown) * (cw + self.GAP)
        if shown.stop < len(self.columns) and width - used >= 1:
            segments.append(Segment("›".rjust(width - used), base + self._style("hint")))
        return Strip(segments).adjust_cell_length(width, header)

    def _cell_segments(self, text: Text) -> tuple[list[Segment], int]:
        hit = self._segments.get(id(text))
        if hit is not None and hit[0] is text:
            return hit[1], hit[2]
        console = self.app.console
        segments = list(text.render(console))
        length = text.cell_len
        self._segments[id(text)] = (text, segments, length)
        return segments, length

    def _row(self, row: int, width: int) -> Strip:
        base = self.rich_style
        is_cursor_row = row == self.cursor[0]
        if is_cursor_row:
            base = base + self._style("cursor-row")
        elif row % 2:
            base = base + self._style("even")
        label = self.rows[row]
        lw = self._label_width
        short = label.short_id + " " if label.short_id else ""  # none: the title says it
        if cell_len(short) > lw // 2:  # ids alike for long: the word they differ in
            short = f"…{differing_word(label.key, label.short_id)[: lw // 2 - 2]} "
        title_room = max(lw - cell_len(short) - 1, 0)
        title = label.title
        if cell_len(title) > title_room:
            title = title[: max(title_room - 1, 0)] + "…"
        segments = [
            Segment(short, base + self._style("id")),
            Segment(title.ljust(title_room) + " ", base + self._style("label")),
        ]
        cw = self._col_width
        cursor = self._style("cursor")
        for c in self.visible_columns:
            text = self.cells[row][c]
            parts, length = self._cell_segments(text)
            pad = max(cw - length, 0)
            left = pad // 2
            is_cursor = is_cursor_row and c == self.cursor[1]
            cell_base = base + cursor if is_cursor else base
            segments.append(Segment(" " * left, cell_base))
            for seg in parts:
                if seg.text == "\n":
                    continue
                if is_cursor:
                    style = base + (seg.style or Style()) + cursor
                else:
                    style = base + seg.style if seg.style else base
                segments.append(Segment(seg.text, style))
            segments.append(Segment(" " * (pad - left), cell_base))
            segments.append(Segment(" " * self.GAP, base))
        return Strip(segments).adjust_cell_length(width, base)
