"""Reusable widgets: the Line-API sentence view of the reader and stance helpers."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Sequence
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
from argmap.tui.scrollbar import QuickScrollBars


def stance_symbol(codebook: Codebook, stance: str) -> str:
    """The codebook symbol of ``stance`` (``?`` for an unknown one)."""
    try:
        return codebook.stance(stance).symbol
    except KeyError:
        return "?"


_theme_colors: dict[str, str] = {}
#: The current theme's ``STANCE_BACKGROUNDS`` (``use_theme``): stance colours are made
#: legible on them (``stance_style``).
_theme_backgrounds: list[tuple[int, int, int]] = []


#: Backgrounds that text is drawn on, as theme variables (composited over ``surface``).
BACKGROUNDS = (
    "background",
    "surface",
    "panel",
    "boost",
    "primary-muted",
    "primary-background",
    "secondary-background",
    "accent-muted",
    "success-muted",
    "error-muted",
    "warning-muted",
    "surface-active",
)
#: The backgrounds stance colours are drawn on: screens, panels, the matrix's even rows, and
#: the highlights of the cursor (the reader's line, the matrix's row, a picker's option) and of
#: a selection. ``primary-background`` and ``secondary-background`` (in ``BACKGROUNDS``) are
#: not among them: nothing in argmap or Textual draws on them, and in ``textual-light`` (dark
#: blues) they left black as the only colour legible everywhere (every stance drawn black).
STANCE_BACKGROUNDS = (
    "background",
    "surface",
    "panel",
    "boost",
    "surface-active",
    "primary-muted",
    "accent-muted",
)
#: Highlights stance colours are drawn on (see ``STANCE_BACKGROUNDS``).
HIGHLIGHTS = ("primary-muted", "accent-muted")
#: How light a light theme's highlight is kept (WCAG luminance): dark enough colours of every
#: hue (a green as dark as ``#005f00``) stay legible on it, at 4.5:1 in 256 colours too.
#: ``textual-light``'s ``primary-muted`` (#9cb1c0, 0.42) left only near-black ones.
LIGHT_HIGHLIGHT = 0.6
#: Text drawn only on the footer's own background.
FOOTER_TEXT = ("footer-key-foreground", "footer-description-foreground", "footer-foreground")
#: Text colours that must be legible on every background of ``BACKGROUNDS``.
TEXT_VARIABLES = (
    "text-primary",
    "text-secondary",
    "text-accent",
    "text-success",
    "text-warning",
    "text-error",
    "button-foreground",
    "markdown-h1-color",
    "markdown-h2-color",
    "markdown-h3-color",
)
#: Text on a coloured background of its own: (foreground variable, background variable).
TEXT_ON = (
    ("block-cursor-foreground", "block-cursor-background"),
    ("block-cursor-blurred-foreground", "block-cursor-blurred-background"),
    ("input-selection-foreground", "input-selection-background"),
    ("input-cursor-foreground", "input-cursor-background"),
)


_LEGIBLE: dict[tuple[tuple[str, str], ...], dict[str, str]] = {}


def legible_variables(variables: dict[str, str]) -> dict[str, str]:
    """:func:`make_legible`, remembered per theme (Textual asks for the variables several
    times at start and on every theme change; each answer costs ~20-50 ms)."""
    key = tuple(sorted(variables.items()))
    hit = _LEGIBLE.get(key)
    if hit is None:
        hit = _LEGIBLE[key] = make_legible(variables)
    return dict(hit)


def make_legible(variables: dict[str, str]) -> dict[str, str]:
    """The theme's CSS variables with every text colour made readable (4.5:1 or better in
    true colour and in 256 colours) on every background it can be drawn on.

    Colours move towards white (dark themes) or black (light themes) only as far as
    needed, so each theme keeps its look. Themes whose colours are the terminal's own
    (``ansi-*``) are returned unchanged: their contrast is the terminal palette's.
    """
    from textual.color import Color

    from argmap.tui import contrast

    try:
        surface = Color.parse(variables["surface"])
        fg0 = Color.parse(variables["foreground"]).rgb
    except Exception:
        return variables
    out = dict(variables)
    if contrast.luminance(surface.rgb) > 0.4:  # a light theme: highlights kept light
        for name in HIGHLIGHTS:
            try:
                drawn = (surface + Color.parse(variables[name])).rgb
            except Exception:
                continue
            lifted = drawn
            for step in range(1, 21):
                if contrast.luminance(lifted) >= LIGHT_HIGHLIGHT:
                    break
                lifted = contrast.blend(drawn, (255, 255, 255), step / 20)
            out[name] = contrast.hex6(lifted)
    backgrounds: list[tuple[int, int, int]] = []
    for name in BACKGROUNDS:
        try:
            backgrounds.append((surface + Color.parse(out[name])).rgb)
        except Exception:
            continue
    fg = contrast.readable(fg0, backgrounds)
    out["foreground"] = contrast.hex6(fg)
    muted = contrast.readable(contrast.blend(surface.rgb, fg, 0.6), backgrounds)
    for name in ("text-muted", "foreground-muted", "text-disabled"):
        out[name] = contrast.hex6(muted)
    for name in TEXT_VARIABLES:
        try:
            colour = Color.parse(variables[name]).rgb
        except Exception:
            colour = fg
        out[name] = contrast.hex6(contrast.readable(colour, backgrounds))
    try:
        footer = (surface + Color.parse(variables["footer-background"])).rgb
    except Exception:
        footer = surface.rgb
    for name in FOOTER_TEXT:
        try:
            colour = Color.parse(variables[name]).rgb
        except Exception:
            colour = fg
        colour = contrast.readable(colour, [footer])
        if not contrast.legible(colour, footer):
            colour = contrast.best_text(footer)
        out[name] = contrast.hex6(colour)
    # argmap's own: footer keys that do not apply here, muted but legible on the footer
    key = Color.parse(out["footer-description-foreground"]).rgb
    out["footer-muted"] = contrast.hex6(
        contrast.readable(contrast.blend(footer, key, 0.6), [footer])
    )
    for fg_name, bg_name in TEXT_ON:
        try:
            bg = (surface + Color.parse(variables[bg_name])).rgb
        except Exception:
            continue
        try:
            preferred: tuple[int, int, int] | None = Color.parse(variables[fg_name]).rgb
        except Exception:
            preferred = None
        text = contrast.best_text(bg, preferred)
        if not contrast.legible(text, bg, contrast.MINIMUM + 0.1):
            # no text colour is legible on this background: move the background away
            away = (0, 0, 0) if contrast.luminance(text) > 0.5 else (255, 255, 255)
            for step in range(1, 21):
                bg = contrast.blend(bg, away, step / 20)
                if contrast.legible(text, bg, contrast.MINIMUM + 0.1):
                    break
            out[bg_name] = contrast.hex6(bg)
        out[fg_name] = contrast.hex6(text)
    return out


def use_theme(variables: dict[str, str], dark: bool = True) -> None:
    """Take the muted colour and the backgrounds stance colours are drawn on from the current
    theme's (legible) variables, those of ``legible_variables``. Every stance is drawn in its
    codebook colour as the exports draw it (``own_colours``), made legible on them; themes
    whose colours are the terminal's own (``ansi-*``) keep the codebook colours as they are.
    """
    _theme_colors.clear()
    _theme_backgrounds.clear()
    _own_sets.clear()
    if not variables.get("text-muted", "").startswith("#"):
        return
    _theme_colors[":muted"] = variables["text-muted"]
    _theme_backgrounds.extend(_backgrounds(variables))


def _backgrounds(variables: dict[str, str]) -> list[tuple[int, int, int]]:
    """The theme's ``STANCE_BACKGROUNDS`` as drawn (composited over ``surface``)."""
    from textual.color import Color

    try:
        surface = Color.parse(variables["surface"])
    except Exception:
        return []
    out = []
    for name in STANCE_BACKGROUNDS:
        try:
            out.append((surface + Color.parse(variables[name])).rgb)
        except Exception:
            continue
    return out


_own_sets: dict[tuple[str, ...], tuple[str, ...]] = {}


def own_colours(colours: Sequence[str]) -> tuple[str, ...]:
    """A codebook's stance colours (in its order) as the terminal draws them: first as the
    exports draw them (:func:`argmap.export.colours.distinct`, so the TUI and the HTML report
    show one colour scheme), then each made legible on every background a stance is drawn on
    in the current theme and kept apart from the ones before it (see
    :func:`contrast.distinct_readable`). Without a theme (``ansi-*`` themes keep the
    terminal's colours) the exports' colours as they are."""
    from argmap.export.graph import hex_color

    key = tuple(colours)
    hit = _own_sets.get(key)
    if hit is None:
        from argmap.tui import contrast

        drawn = [hex_color(c) for c in key]
        if _theme_backgrounds:
            made = contrast.distinct_readable(
                [contrast.parse_hex(c) for c in drawn], _theme_backgrounds
            )
            drawn = [contrast.hex6(c) for c in made]
        hit = _own_sets[key] = tuple(drawn)
    return hit


def stance_style(codebook: Codebook, stance: str) -> str:
    """A Rich style string for ``stance``: its codebook colour as :func:`own_colours` draws
    it (every codebook alike, the shipped one too: it was drawn in the theme's success,
    error and warning colours, green, red and orange, where the exports drew its green,
    reddish purple and yellow)."""
    for s, colour in zip(
        codebook.stances, own_colours([s.color for s in codebook.stances]), strict=True
    ):
        if s.id == stance:
            return f"bold {colour}"
    return "bold"


def muted_style() -> str:
    """A Rich style for secondary text: the theme's muted text colour (never ``dim``,
    which terminals render at unpredictable contrast)."""
    return _theme_colors.get(":muted", "dim")


def stance_text(codebook: Codebook, stance: str) -> Text:
    """``▲ pro-autonomy`` styled in the stance's colour."""
    try:
        label = codebook.stance(stance).label
    except KeyError:
        label = stance
    return Text(f"{stance_symbol(codebook, stance)} {label}", style=stance_style(codebook, stance))


def stance_name(codebook: Codebook) -> Callable[[str], str]:
    """A function naming a stance as the stance pickers list it, by symbol and codebook
    label ("■ Public ownership: a state operator"; an id the codebook lacks as it is)."""
    labels = {s.id: f"{stance_symbol(codebook, s.id)} {s.label}" for s in codebook.stances}
    return lambda stance: labels.get(stance, stance)


def scale_order(codebook: Codebook) -> list[str] | None:
    """The stance ids in their scale's order when the codebook is a scale, else None
    (options): the one rule (``argmap.codebook.scale``), so the matrix, its legend and the
    reports list a scale's stances alike."""
    from argmap.codebook import scale

    return scale(codebook.stances)


def legend(codebook: Codebook) -> Entries:
    """The legend: every stance with its symbol (in its scale's order, as the matrix cells
    list them), then the mixed and silent marks."""
    return Entries(
        [stance_text(codebook, s) for s in scale_order(codebook) or codebook.stance_ids],
        marks=[Text("± mixed   · silent", style=muted_style())],
    )


class Entries:
    """Entries (a legend's) in lines as wide as they are drawn, broken only between two
    entries: at 80 columns debate27's legend broke inside "▼ Users pay: …" and left "●" at
    one line's end and "The islanders' cooperative runs it" on the next."""

    SEPARATOR = "   "

    def __init__(
        self, entries: Sequence[Text], marks: Sequence[Text] = (), after: Text | None = None
    ) -> None:
        self.entries = list(entries)
        """In their order, as many to a line as fit."""
        self.marks = list(marks)
        """Short ones after the entries: at the end of the last line where it fits, else of
        the first line with room for it (a legend one line shorter), else a line of their
        own."""
        self.after = after
        """A line of its own under them."""

    def __str__(self) -> str:
        return self.SEPARATOR.join(e.plain for e in self.entries + self.marks) + (
            f"\n{self.after.plain}" if self.after is not None else ""
        )

    def lines(self, width: int) -> list[Text]:
        """The entries laid out in ``width`` cells (an entry wider than that has a line of
        its own, and wraps there)."""
        gap = len(self.SEPARATOR)
        out: list[Text] = []
        line = Text()
        for entry in self.entries:
            if line.cell_len and line.cell_len + gap + entry.cell_len > width:
                out.append(line)
                line = Text()
            if line.cell_len:
                line.append(self.SEPARATOR)
            line.append_text(entry)
        out.append(line)
        for mark in self.marks:
            # after the last entry where it fits: on an earlier line it came between two
            # stances of a scale (debate28: "▲ … △ … ± mixed · silent" then "◇ … ▼ …")
            room = next(
                (
                    t
                    for t in [out[-1], *out[:-1]]
                    if not t.cell_len or t.cell_len + gap + mark.cell_len <= width
                ),
                None,
            )
            if room is None:
                room = Text()
                out.append(room)
            if room.cell_len:
                room.append(self.SEPARATOR)
            room.append_text(mark)
        if self.after is not None:
            out.append(self.after)
        return out

    def __rich_console__(self, console, options):  # type: ignore[no-untyped-def]
        yield from self.lines(options.max_width)

    def __rich_measure__(self, console, options):  # type: ignore[no-untyped-def]
        from rich.measure import Measurement

        every = self.entries + self.marks
        widest = max((e.cell_len for e in every), default=0)
        one_line = sum(e.cell_len for e in every) + len(self.SEPARATOR) * max(len(every) - 1, 0)
        return Measurement(min(widest, options.max_width), min(one_line, options.max_width))


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def counted(n: int, noun: str) -> str:
    """``1 claim``, ``2 claims`` (not ``2 claim(s)``)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def around(text: str, words: Sequence[str], width: int) -> str:
    """``text`` on one line in ``width`` characters, showing the first of ``words`` (lower
    case) found in it: cut at the end as :func:`shorten` when that keeps it, else its first
    words, " … ", and the text from a word before it (to its end, or cut with "…").
    debate28's judgment listed "[10] The Stillwater Hospice Network, intervening, took no
    position …" for "palliative": the word a hit was found by was cut off at 80 columns
    (its start is kept: two paragraphs quoting one report read alike from the word on)."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    low = text.lower()
    found = [(low.find(w), len(w)) for w in words if w and low.find(w) >= 0]
    if not found:
        return shorten(text, width)
    at, length = min(found)
    if at + length <= width - 1:
        return shorten(text, width)
    head = text[: max(width // 3, 1)]
    head = head[: head.rfind(" ")] if " " in head else head
    room = width - len(head) - 3  # the " … " between
    # from a word or two before it, or earlier where the end of the text leaves room
    want = max(min(at - room // 4, len(text) - room), len(head))
    start = max(text.rfind(" ", 0, want + 1) + 1, len(head))  # at the start of a word
    rest = text[start:]
    return head + " … " + (rest if len(rest) <= room else rest[: max(room - 1, 0)] + "…")


def read_positions(shown: str, raw: str) -> list[int]:
    """Where each character of ``shown`` (a sentence as it reads: Markdown syntax gone,
    white space collapsed, a table row's bars as " · ") stands in ``raw`` (its words in the
    file), and ``len(raw)`` at the end. Characters are matched in order, white space with
    white space; one that ``raw`` does not have stands where the search is."""
    out: list[int] = []
    j, n = 0, len(raw)
    for ch in shown:
        if ch.isspace():
            k = j
            while k < n and not raw[k].isspace():
                k += 1
        else:
            k = raw.find(ch, j)
        if 0 <= k < n:
            out.append(k)
            j = k + 1
            if ch.isspace():
                while j < n and raw[j].isspace():
                    j += 1
        else:
            out.append(j)
    out.append(n)
    return out


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


class SentenceView(QuickScrollBars, ScrollView, can_focus=True):
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
        "sentence-view--selected",
    }

    DEFAULT_CSS = """
    SentenceView {
        background: $surface;
        scrollbar-gutter: stable;
    }
    SentenceView > .sentence-view--cursor { background: $accent-muted; }
    SentenceView > .sentence-view--gutter { color: $foreground; }
    SentenceView > .sentence-view--questions { color: $foreground; }
    SentenceView > .sentence-view--evidence { text-style: italic; }
    SentenceView > .sentence-view--suggestion { color: $foreground; text-style: italic; }
    SentenceView > .sentence-view--selected { background: $primary-muted; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Next", id="reader.down", show=False),
        Binding("up,k", "cursor_up", "Previous", id="reader.up", show=False),
        Binding("pagedown", "page_down", "Page down", id="reader.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="reader.page_up", show=False),
        Binding("home,g", "first", "First sentence", id="reader.first", show=False),
        Binding("end,G", "last", "Last sentence", id="reader.last", show=False),
        Binding(
            "v",
            "select",
            "Select",
            id="reader.select",
            show=False,
            tooltip="Select sentences from here: move to extend, v again or esc clears",
        ),
        Binding("shift+down", "select_move(1)", "Select down", id="reader.select_down", show=False),
        Binding("shift+up", "select_move(-1)", "Select up", id="reader.select_up", show=False),
        Binding("escape", "clear_selection", "Clear selection", id="reader.unselect", show=False),
    ]

    cursor: reactive[int] = reactive(0, repaint=False, init=False)

    class SelectionChanged(Message):
        """Sentences were selected, or the selection cleared."""

        def __init__(self, view: SentenceView) -> None:
            super().__init__()
            self.view = view

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
        # (sentence, start, end); sentence -1 = blank, -2 = the speaker of sentence ``start``
        self._lines: list[tuple[int, int, int]] = []
        self._first: list[int] = []
        self._width = -1
        self._version = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._pos: dict[int, list[int]] = {}
        self.anchor: int | None = None
        """Where a selection began (``v``, shift+↓↑); None: nothing selected."""

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
        self._pos = {}
        self._width = -1
        self.anchor = None
        self.set_claims(claims)
        self.set_reactive(SentenceView.cursor, self._clamp(cursor))
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_cursor_visible(center=True)
        # The new virtual size counts only after the next layout: scroll again then.
        self.call_after_refresh(self._scroll_cursor_visible, True)
        self.post_message(self.CursorMoved(self, self.cursor))

    def set_sentences(self, text: str, sentences: Sequence[Sentence]) -> None:
        """The same source's sentences read again (a speaker set, the files re-read): laid
        out anew, the cursor and the view kept where they are."""
        self.text = text
        self.sentences = sentences
        self._pos = {}
        self._width = -1
        if self.anchor is not None:
            self.anchor = self._clamp(self.anchor)
        self.set_reactive(SentenceView.cursor, self._clamp(self.cursor))
        self._fit_gutter()
        self._relayout()
        self._scroll_cursor_visible()

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
        self._fit_gutter()
        self._invalidate()

    def set_hints(self, hints: dict[int, tuple[str, str]]) -> None:
        """Dim per-sentence hints (suggestions): a gutter symbol and a margin text."""
        self._hints = hints
        self._fit_gutter()
        self._invalidate()

    def _fit_gutter(self) -> None:
        """A column more for the marks where a sentence shows two stances or a suggestion
        ("■?"), so that they do not run into its id ("▲◐s0004>", "●?s0004")."""
        two = bool(self._hints) or any(
            len({c.stance for c in cs}) > 1 for cs in self._claims.values()
        )
        ids = self._id_width()
        gutter = ids + (4 if two else 3)  # "▲ s0004>": marks, id, cursor mark
        if gutter != self.GUTTER:
            self.GUTTER = gutter
            self._width = -1
            self._relayout()

    def _id_width(self) -> int:
        """The widest sentence id (s0001; s10184 in a source of over 9,999 sentences)."""
        ends = (self.sentences[0], self.sentences[-1]) if self.sentences else ()
        return max([5, *(len(s.id) for s in ends)])

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
        speaker = ""
        for i, s in enumerate(self.sentences):
            if i and "\n\n" in self.text[prev_end : s.start]:
                lines.append((-1, 0, 0))
            said_by = s.speaker
            if said_by and said_by != speaker:
                lines.append((-2, i, 0))  # a transcript's turn: who speaks, above it
            speaker = said_by
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
        while end > start and self._lines[end - 1][0] < 0:
            end -= 1
        return start, end - start

    # ------------------------------------------------------------------ cursor

    def _clamp(self, index: int) -> int:
        return min(max(index, 0), max(len(self.sentences) - 1, 0))

    def selection(self) -> range:
        """The selected sentences' indexes: from the anchor to the cursor, or the cursor's."""
        if self.anchor is None:
            return range(self.cursor, self.cursor + 1)
        first, last = sorted((self.anchor, self.cursor))
        return range(first, last + 1)

    def action_select(self) -> None:
        """Begin a selection at the cursor, or clear the one there is."""
        self.anchor = None if self.anchor is not None else self.cursor
        self._invalidate()
        self.post_message(self.SelectionChanged(self))

    def action_select_move(self, step: int) -> None:
        """Move the cursor, selecting from where it was (shift+↓ shift+↑)."""
        if self.anchor is None:
            self.anchor = self.cursor
            self.post_message(self.SelectionChanged(self))
        self.cursor = self._clamp(self.cursor + step)

    def action_clear_selection(self) -> None:
        self.anchor = None
        self._invalidate()
        self.post_message(self.SelectionChanged(self))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_selection":
            return self.anchor is not None  # else esc is the screen's
        return True

    def watch_cursor(self, old: int, new: int) -> None:
        if self.anchor is not None:
            self._invalidate()  # the selection grew or shrank: repaint what is on screen
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
        while self._lines[target][0] < 0 and target > 0:
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
        assert self.codebook is not None
        return Style.parse(stance_style(self.codebook, stance))

    def _muted(self, name: str) -> Style:
        """A component style with the theme's readable muted colour."""
        style = self.get_component_rich_style(f"sentence-view--{name}", partial=True)
        muted = muted_style()
        return style + Style.parse(muted) if muted else style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line_no = y + self.scroll_offset.y
        if line_no >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        index = self._lines[line_no][0]
        is_cursor = index == self.cursor
        selected = self.anchor is not None and index in self.selection()
        key = (line_no, is_cursor, selected, width, self._version)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render(line_no, is_cursor, width, selected)
            self._cache[key] = strip
        return strip

    def _render(self, line_no: int, is_cursor: bool, width: int, selected: bool = False) -> Strip:
        base = self.rich_style
        index, a, b = self._lines[line_no]
        if index == -2:  # the speaker of the turn below
            name = self.sentences[a].speaker
            style = base + self._muted("gutter") + Style(bold=True)
            segments = [Segment(" " * self.GUTTER, base), Segment(shorten(name, width - 9), style)]
            return Strip(segments).adjust_cell_length(width, base)
        if index < 0:
            return Strip.blank(width, base)
        if is_cursor:
            base = base + self.get_component_rich_style("sentence-view--cursor", partial=True)
        elif selected:
            base = base + self.get_component_rich_style("sentence-view--selected", partial=True)
        sentence = self.sentences[index]
        claims = self._claims.get(index, [])
        gutter_style = base + self._muted("gutter")
        first_line = line_no == self._first[index]
        segments: list[Segment] = []
        if first_line:
            marker = ">" if is_cursor else "┃" if selected else " "
            ids = self._id_width()
            room = self.GUTTER - ids - 1  # 2 cells, 3 where a sentence shows two stances
            if claims:
                stances = list(dict.fromkeys(c.stance for c in claims))[:2]
                for stance in stances:  # each symbol in its own stance's colour
                    symbol = stance_symbol(self.codebook, stance)  # type: ignore[arg-type]
                    segments.append(Segment(symbol, base + self._stance_style(stance)))
                segments.append(Segment(" " * (room - len(stances)), base))
            elif index in self._hints:
                sug = self._muted("suggestion")
                segments.append(Segment(f"{self._hints[index][0]:<{room}}"[:room], base + sug))
            else:
                segments.append(Segment(" " * room, base))
            segments.append(Segment(f"{sentence.id:<{ids}}{marker}", gutter_style))
        else:
            segments.append(Segment(" " * self.GUTTER, base))
        # Text of this line (the sentence as it reads: no Markdown syntax), split where
        # claim spans (offsets into the file) begin and end.
        pos = self._positions(index)
        cuts = {a, b}
        for c in claims:
            for x in (c.start, c.end):
                p = bisect.bisect_left(pos, x - sentence.start)
                if a < p < b:
                    cuts.add(p)
        points = sorted(cuts)
        for p0, p1 in itertools.pairwise(points):
            x0, x1 = sentence.start + pos[p0], sentence.start + pos[p1]
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
            segments.append(Segment(sentence.text[p0:p1], style))
        tw = self._text_width(width)
        used = self.GUTTER + (b - a)
        if tw + self.GUTTER < width - 1:
            segments.append(Segment(" " * max(self.GUTTER + tw + 1 - used, 1), base))
            room = width - self.GUTTER - tw - 2
            segments.append(self._margin(index, line_no - self._first[index], base, room))
        return Strip(segments).adjust_cell_length(width, base)

    def _positions(self, index: int) -> list[int]:
        """Where each character of sentence ``index`` as it reads stands in the file's
        words (from the sentence's start), and the sentence's length at the end."""
        got = self._pos.get(index)
        if got is None:
            s = self.sentences[index]
            got = self._pos[index] = read_positions(s.text, self.text[s.start : s.end])
        return got

    def _margin(self, index: int, row: int, base: Style, room: int) -> Segment:
        style = base + self._muted("questions")
        labels: list[str] = []
        for c in self._claims.get(index, []):
            for q in c.questions:
                label = self._labels.get(q, q)
                if label not in labels:
                    labels.append(label)
        if not labels and index in self._hints:
            hint = self._hints[index][1]
            if row == 0:
                sug = self._muted("suggestion")
                return Segment(shorten(hint, room), base + sug)
            return Segment("", base)
        if row < len(labels):
            return Segment(shorten(labels[row], room), style)
        return Segment("", base)
