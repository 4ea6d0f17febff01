"""Reusable widgets: the Line-API sentence view of the reader and stance helpers."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import ClassVar

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

from argmap.model import Claim, Codebook, Sentence

#: Stance ids that have their own component class (others fall back to the codebook colour).
KNOWN_STANCES = ("pro-autonomy", "pro-us-primacy", "hedged")


def stance_symbol(codebook: Codebook, stance: str) -> str:
    """The codebook symbol of ``stance`` (``?`` for an unknown one)."""
    try:
        return codebook.stance(stance).symbol
    except KeyError:
        return "?"


#: Theme variable that colours each known stance, so that themes (dark or light) decide.
THEME_VARIABLES = {
    "pro-autonomy": "text-success",
    "pro-us-primacy": "text-error",
    "hedged": "text-warning",
}
_theme_colors: dict[str, str] = {}


def use_theme(variables: dict[str, str], dark: bool = True) -> None:
    """Take stance colours from the current theme's variables (called on theme change).

    On dark themes the stance colour is the text colour. Light themes' green and amber are
    too pale as text on white (contrast below 3:1), so there the text keeps the foreground
    colour on a background tinted with the stance colour.
    """
    from textual.color import Color

    _theme_colors.clear()
    for stance, var in THEME_VARIABLES.items():
        if var not in variables:
            continue
        if dark:
            _theme_colors[stance] = variables[var]
            continue
        base = var.removeprefix("text-")
        try:
            tint = Color.parse(variables["surface"]).blend(Color.parse(variables[base]), 0.3)
            fg = Color.parse(variables["foreground"])
        except (KeyError, ValueError):
            _theme_colors[stance] = variables[var]
            continue
        _theme_colors[stance] = f"{fg.hex6} on {tint.hex6}"


def stance_style(codebook: Codebook, stance: str) -> str:
    """A Rich style string for ``stance``: the theme's colour, else the codebook's."""
    if stance in _theme_colors:
        return f"bold {_theme_colors[stance]}"
    try:
        return f"bold {codebook.stance(stance).color}"
    except KeyError:
        return "bold"


def stance_text(codebook: Codebook, stance: str) -> Text:
    """``▲ pro-autonomy`` styled in the stance's colour."""
    try:
        label = codebook.stance(stance).label
    except KeyError:
        label = stance
    return Text(f"{stance_symbol(codebook, stance)} {label}", style=stance_style(codebook, stance))


def legend(codebook: Codebook) -> Text:
    """One line naming every stance with its symbol, plus the mixed and silent marks."""
    out = Text()
    for s in codebook.stances:
        out.append_text(stance_text(codebook, s.id))
        out.append("   ")
    out.append("± mixed   · silent", style="dim")
    return out


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` to ``width`` cells, as ``(start, end)`` offsets."""
    width = max(width, 8)
    out: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    while start < n:
        while start < n and text[start] == " ":
            start += 1
        if start >= n:
            break
        if n - start <= width:
            out.append((start, n))
            break
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            cut = start + width
        out.append((start, cut))
        start = cut
    return out or [(0, 0)]


class SentenceView(ScrollView, can_focus=True):
    """One source's sentences, rendered line by line (only what is on screen).

    The cursor is a sentence index; moving it repaints the old and new sentence only.
    Claims are highlighted by stance through the ``sentence-view--<stance>`` component
    classes, and the stance symbol is shown in the gutter as well as the colour.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "sentence-view--cursor",
        "sentence-view--gutter",
        "sentence-view--questions",
        "sentence-view--evidence",
        "sentence-view--suggestion",
        *(f"sentence-view--{s}" for s in KNOWN_STANCES),
    }

    DEFAULT_CSS = """
    SentenceView {
        background: $surface;
        scrollbar-gutter: stable;
    }
    SentenceView > .sentence-view--cursor { background: $accent 35%; }
    SentenceView:focus > .sentence-view--cursor { background: $accent 50%; }
    SentenceView > .sentence-view--gutter { color: $text-muted; }
    SentenceView > .sentence-view--questions { color: $text-secondary; }
    SentenceView > .sentence-view--evidence { text-style: italic; }
    SentenceView > .sentence-view--suggestion { color: $text-muted; text-style: italic; }
    SentenceView > .sentence-view--pro-autonomy { color: $text-success; background: $success-muted; }
    SentenceView > .sentence-view--pro-us-primacy { color: $text-error; background: $error-muted; }
    SentenceView > .sentence-view--hedged { color: $text-warning; background: $warning-muted; }
    /* Light themes: pale green and amber text is hard to read, so tint the background. */
    .-light-mode SentenceView > .sentence-view--pro-autonomy {
        color: $foreground; background: $success 30%;
    }
    .-light-mode SentenceView > .sentence-view--pro-us-primacy {
        color: $foreground; background: $error 30%;
    }
    .-light-mode SentenceView > .sentence-view--hedged {
        color: $foreground; background: $warning 30%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next", id="reader.down", show=False),
        Binding("up,k", "cursor_up", "Previous", id="reader.up", show=False),
        Binding("pagedown", "page_down", "Page down", id="reader.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="reader.page_up", show=False),
        Binding("home,g", "first", "First sentence", id="reader.first", show=False),
        Binding("end,G", "last", "Last sentence", id="reader.last", show=False),
    ]

    cursor: reactive[int] = reactive(0, repaint=False, init=False)

    class CursorMoved(Message):
        """The sentence under the cursor changed."""

        def __init__(self, view: SentenceView, index: int) -> None:
            super().__init__()
            self.view = view
            self.index = index

    GUTTER = 8
    MARGIN = 26
    MAX_TEXT = 100

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.codebook: Codebook | None = None
        self.text = ""
        self.sentences: Sequence[Sentence] = ()
        self._claims: dict[int, list[Claim]] = {}
        self._hints: dict[int, tuple[str, str]] = {}
        self._labels: dict[str, str] = {}
        self._lines: list[tuple[int, int, int]] = []  # (sentence, start, end); sentence -1 = blank
        self._first: list[int] = []
        self._width = -1
        self._version = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)

    # ------------------------------------------------------------------ data

    def load(
        self,
        text: str,
        sentences: Sequence[Sentence],
        claims: Sequence[Claim],
        codebook: Codebook,
        cursor: int = 0,
    ) -> None:
        """Show a new source with its claims; put the cursor on sentence ``cursor``."""
        self.codebook = codebook
        self._labels = {q.id: q.label for q in codebook.questions}
        self.text = text
        self.sentences = sentences
        self._width = -1
        self.set_claims(claims)
        self.set_reactive(SentenceView.cursor, self._clamp(cursor))
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_visible(center=True)
        # The new virtual size counts only after the next layout: scroll again then.
        self.call_after_refresh(self._scroll_cursor_visible, True)
        self.post_message(self.CursorMoved(self, self.cursor))

    def set_claims(self, claims: Sequence[Claim]) -> None:
        """Replace the highlighted claims (after an edit) and repaint."""
        starts = [s.start for s in self.sentences]
        by_sentence: dict[int, list[Claim]] = {}
        for c in claims:
            if c.orphan is not None or not starts:
                continue
            first = max(bisect.bisect_right(starts, c.start) - 1, 0)
            last = max(bisect.bisect_right(starts, max(c.end - 1, c.start)) - 1, first)
            for i in range(first, last + 1):
                by_sentence.setdefault(i, []).append(c)
        self._claims = by_sentence
        self._invalidate()

    def set_hints(self, hints: dict[int, tuple[str, str]]) -> None:
        """Dim per-sentence hints (suggestions): a gutter symbol and a margin text."""
        self._hints = hints
        self._invalidate()

    def claims_at(self, index: int) -> list[Claim]:
        """The claims that overlap sentence ``index``."""
        return self._claims.get(index, [])

    def annotated(self) -> list[int]:
        """Indexes of sentences that hold a claim, sorted."""
        return sorted(self._claims)

    def _invalidate(self) -> None:
        self._version += 1
        self._cache.clear()
        self.refresh()

    # ------------------------------------------------------------------ layout

    def _text_width(self, width: int) -> int:
        margin = self.MARGIN if width >= 100 else 0
        # Lines longer than ~100 characters are hard to read; wide terminals give the margin room.
        return min(max(width - self.GUTTER - margin - 1, 10), self.MAX_TEXT)

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width or 80
        if width == self._width:
            return
        self._width = width
        tw = self._text_width(width)
        lines: list[tuple[int, int, int]] = []
        first: list[int] = []
        prev_end = 0
        for i, s in enumerate(self.sentences):
            if i and "\n\n" in self.text[prev_end : s.start]:
                lines.append((-1, 0, 0))
            first.append(len(lines))
            for a, b in wrap_offsets(s.text, tw):
                lines.append((i, a, b))
            prev_end = s.end
        self._lines, self._first = lines, first
        self.virtual_size = Size(width, len(lines))
        self._cache.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._relayout()
        self._scroll_cursor_visible()

    def _span(self, index: int) -> tuple[int, int]:
        """First line and line count of sentence ``index``."""
        if not self._first:
            return 0, 0
        start = self._first[index]
        end = self._first[index + 1] if index + 1 < len(self._first) else len(self._lines)
        while end > start and self._lines[end - 1][0] == -1:
            end -= 1
        return start, end - start

    # ------------------------------------------------------------------ cursor

    def _clamp(self, index: int) -> int:
        return min(max(index, 0), max(len(self.sentences) - 1, 0))

    def watch_cursor(self, old: int, new: int) -> None:
        for i in (old, new):
            if 0 <= i < len(self._first):
                y, n = self._span(i)
                self.refresh_lines(y, n)
        self._scroll_cursor_visible()
        self.post_message(self.CursorMoved(self, new))

    def _scroll_cursor_visible(self, center: bool = False) -> None:
        if not self._first:
            return
        y, n = self._span(self.cursor)
        top, height = self.scroll_offset.y, max(self.scrollable_content_region.height, 1)
        if center:
            self.scroll_to(y=max(y - height // 3, 0), animate=False, immediate=True)
        elif y < top:
            self.scroll_to(y=y, animate=False, immediate=True)
        elif y + n > top + height:
            self.scroll_to(y=y + n - height, animate=False, immediate=True)

    def move_to(self, index: int, center: bool = True) -> None:
        """Put the cursor on sentence ``index`` and bring it into view."""
        self.cursor = self._clamp(index)
        self._scroll_cursor_visible(center=center)

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the sentence under the pointer."""
        line = event.y + self.scroll_offset.y
        if 0 <= line < len(self._lines):
            index = self._lines[line][0]
            if index >= 0:
                self.cursor = index

    def action_cursor_down(self) -> None:
        self.cursor = self._clamp(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.cursor = self._clamp(self.cursor - 1)

    def _page(self, direction: int) -> None:
        if not self._lines:
            return
        height = max(self.scrollable_content_region.height - 1, 1)
        y, _ = self._span(self.cursor)
        target = min(max(y + direction * height, 0), len(self._lines) - 1)
        while self._lines[target][0] == -1 and target > 0:
            target -= 1
        self.scroll_to(y=self.scroll_offset.y + direction * height, animate=False, immediate=True)
        self.cursor = self._clamp(self._lines[target][0])

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = self._clamp(len(self.sentences) - 1)

    # ------------------------------------------------------------------ rendering

    def _stance_style(self, stance: str) -> Style:
        if stance in KNOWN_STANCES:
            return self.get_component_rich_style(f"sentence-view--{stance}", partial=True)
        assert self.codebook is not None
        return Style.parse(stance_style(self.codebook, stance))

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line_no = y + self.scroll_offset.y
        if line_no >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        index = self._lines[line_no][0]
        is_cursor = index == self.cursor
        key = (line_no, is_cursor, width, self._version)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render(line_no, is_cursor, width)
            self._cache[key] = strip
        return strip

    def _render(self, line_no: int, is_cursor: bool, width: int) -> Strip:
        base = self.rich_style
        index, a, b = self._lines[line_no]
        if index < 0:
            return Strip.blank(width, base)
        if is_cursor:
            base = base + self.get_component_rich_style("sentence-view--cursor", partial=True)
        sentence = self.sentences[index]
        claims = self._claims.get(index, [])
        gutter_style = base + self.get_component_rich_style("sentence-view--gutter", partial=True)
        first_line = line_no == self._first[index]
        segments: list[Segment] = []
        if first_line:
            symbols = "".join(
                dict.fromkeys(stance_symbol(self.codebook, c.stance) for c in claims)  # type: ignore[arg-type]
            )[:2]
            marker = ">" if is_cursor else " "
            if claims:
                segments.append(
                    Segment(f"{symbols:<2}", base + self._stance_style(claims[0].stance))
                )
            elif index in self._hints:
                sug = self.get_component_rich_style("sentence-view--suggestion", partial=True)
                segments.append(Segment(f"{self._hints[index][0]:<2}"[:2], base + sug))
            else:
                segments.append(Segment("  ", base))
            segments.append(Segment(f"{sentence.id:<5}{marker}", gutter_style))
        else:
            segments.append(Segment(" " * self.GUTTER, base))
        # Text of this line, split where claim spans begin and end.
        abs_a, abs_b = sentence.start + a, sentence.start + b
        cuts = {abs_a, abs_b}
        for c in claims:
            for x in (c.start, c.end):
                if abs_a < x < abs_b:
                    cuts.add(x)
        points = sorted(cuts)
        for x0, x1 in itertools.pairwise(points):
            style = base
            for c in claims:
                if c.start <= x0 and x1 <= c.end:
                    style = base + self._stance_style(c.stance)
                    if c.kind == "evidence":
                        style += self.get_component_rich_style(
                            "sentence-view--evidence", partial=True
                        )
                    break
            if is_cursor:
                style += self.get_component_rich_style("sentence-view--cursor", partial=True)
            segments.append(Segment(self.text[x0:x1], style))
        tw = self._text_width(width)
        used = self.GUTTER + (b - a)
        if tw + self.GUTTER < width - 1:
            segments.append(Segment(" " * max(self.GUTTER + tw + 1 - used, 1), base))
            room = width - self.GUTTER - tw - 2
            segments.append(self._margin(index, line_no - self._first[index], base, room))
        return Strip(segments).adjust_cell_length(width, base)

    def _margin(self, index: int, row: int, base: Style, room: int) -> Segment:
        style = base + self.get_component_rich_style("sentence-view--questions", partial=True)
        labels: list[str] = []
        for c in self._claims.get(index, []):
            for q in c.questions:
                label = self._labels.get(q, q)
                if label not in labels:
                    labels.append(label)
        if not labels and index in self._hints:
            hint = self._hints[index][1]
            if row == 0:
                sug = self.get_component_rich_style("sentence-view--suggestion", partial=True)
                return Segment(shorten(hint, room), base + sug)
            return Segment("", base)
        if row < len(labels):
            return Segment(shorten(labels[row], room), style)
        return Segment("", base)
