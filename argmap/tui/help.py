"""The help screen: every key and every mark on screen, in columns, in pages that fit.

At 80x24 the help is two pages of two columns (``pgdn``/``space`` and ``pgup`` turn the
page); a larger terminal shows more columns, at 200x50 all of it on one page. The text is
written here, short enough that no entry is ever cut; ``tests/tui/test_help.py`` checks that
every binding of every screen is listed and that nothing is cut at 80x24.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from argmap.model import Codebook
from argmap.tui.footer import FittingFooter
from argmap.tui.widgets import muted_style, shorten, stance_style

KEY_WIDTH = 10
"""Cells of the keys column of an entry (keys, then the description)."""
MIN_COLUMN = 39
"""Narrowest column: 10 cells of keys and 29 of description."""
MAX_COLUMN = 60

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "full_stop": ".",
    "comma": ",",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "left_curly_bracket": "{",
    "right_curly_bracket": "}",
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "escape": "esc",
    "delete": "del",
    "shift+down": "⇧↓",
    "shift+up": "⇧↑",
    "shift+tab": "⇧tab",
}


def key_name(key: str) -> str:
    """How the help writes a Textual key name (``greater_than_sign`` → ``>``)."""
    return KEY_NAMES.get(key, key)


@dataclass(frozen=True)
class Section:
    """A heading and its lines: ``(keys or mark, what it does or means)``."""

    title: str
    entries: tuple[tuple[str, str], ...]

    @property
    def height(self) -> int:
        return 1 + len(self.entries)


def sections(codebook: Codebook) -> list[Section]:
    """The whole help, in reading order."""
    symbols = [s.symbol for s in codebook.stances[:9]]  # every stance a key (1-9)
    numbers = " ".join(str(i) for i in range(1, len(symbols) + 1))
    if len(numbers) > KEY_WIDTH - 1:  # 6 stances or more: "1 2 3 4 5 6" was cut
        numbers = f"1-{len(symbols)}"
    room = MIN_COLUMN - KEY_WIDTH - 1
    # the matrix's marks as this project's (debate27's ▲ is a tunnel, not the first stance)
    counts = " ".join(f"{m}{n}" for m, n in zip(symbols[:2], (3, 1), strict=False))
    stance_line = (numbers, f"stance {' '.join(symbols)}, then questions")
    if len(stance_line[1]) > room:  # 4 stances: "then questi…" was cut
        stance_line = (numbers, f"stance {' '.join(symbols)} → questions")
    if len(stance_line[1]) > room:  # 6 or more: the legend names them
        stance_line = (numbers, "stance by number → questions")
    return [
        Section(
            "Everywhere",
            (
                ("m r", "matrix · reader"),
                ("t /", "question map · search"),
                ("? f1", "this help"),
                ("C", "compare sources side by side"),
                ("A", "adjudicate (reader: argues)"),
                ("K", "codebook: stances, questions"),
                ("N", "add sources (files, paste)"),
                ("O P", "orphans · file problems"),
                ("u U", "undo · redo (ctrl+z ctrl+y)"),
                ("ctrl+r", "re-read the files now"),
                ("ctrl+p", "palette: jump, export, theme"),
                ("ctrl+q", "quit (asks if text is lost)"),
            ),
        ),
        Section(
            "Matrix: sources × questions",
            (
                ("↓ ↑ j k", "source (row)"),
                ("→ ← l h", "question (column)"),
                ("pgdn pgup", "a page of sources"),
                ("home end", "first · last source (g G)"),
                ("enter", "claims of the cell (enter:"),
                ("", "read it, esc: back)"),
                ("r t", "read source · question map"),
                ("v", "whose: all, each, reference"),
                ("a V", "agreement shade · by voice"),
                (counts, "claims of each stance"),
                ("± · !2", "mixed · silent · contested"),
                ("← q 3-6 →", "more columns: → scrolls"),
            ),
        ),
        Section(
            "Reader: read and annotate",
            (
                stance_line,
                ("q", "questions (new: stance 1st)"),
                ("e n", "kind claim/evidence · note"),
                ("s a", "link: supports · attacks"),
                ("d del", "delete the claim (u undoes)"),
                ("c", "next claim on this sentence"),
                (". ,", "next · prev annotated"),
                ("> <", "next · prev unannotated"),
                ("] [ } {", "next · prev source · writer"),
                ("D A", "source: done · argues (mine)"),
                ("v ⇧↓ ⇧↑", "select: a stance key or p"),
                ("p V L", "speaker · voice · not read"),
                ("o", "others' claims: hide · show"),
                ("S", "suggest (model trained here)"),
                ("y x w", "accept · reject · least sure"),
                ("↓ ↑ j k", "sentence; pgdn pgup page"),
                ("home end", "first · last sentence (g G)"),
                ("/", "find in it: words, or s0087"),
                ("esc", "clear selection · matrix"),
            ),
        ),
        Section(
            "Reader: marks",
            (
                ("s0005>", "> marks the current sentence"),
                (" ".join(symbols[:3]), "its claims' stances (gutter)"),
                (f"{symbols[0]}?", "suggested, not a claim yet"),
                ("margin", "questions; ? = suggested"),
                ("colour", "claim text; italic: evidence"),
                ("›", "current claim in the detail"),
                ("→ ←", "links out of · into it"),
                ("suggested", "by model, probability"),
            ),
        ),
        Section(
            "Question map",
            (
                ("] [", "next · prev question"),
                ("↓ ↑ space", "move · fold a branch"),
                ("enter o esc", "read the claim · matrix"),
                ("★", "main thesis (top, supported)"),
            ),
        ),
        Section(
            "Search",
            (
                ("words", "all must occur (live); s0087"),
                ("tab ⇧tab", "next · previous field"),
                ("enter ↓ ↑", "results · read · open filter"),
                ("ctrl+f", "query box (ctrl+l: results)"),
                ("esc", "back (to the reader from /)"),
            ),
        ),
        Section(
            "Compare sources (C)",
            (
                ("space 1-9", "pick two or more; enter"),
                ("= ✗", "agree · clash on a question"),
                ("distance", "0 alike to 1 opposite"),
                ("esc", "back"),
            ),
        ),
        Section(
            "Adjudicate (A)",
            (
                ("1-9", "adopt annotator N's reading"),
                ("0", "reference: not a claim"),
                ("w", "write the reference by hand"),
                ("a", "adopt all agreed sentences"),
                ("n u", "next unsettled · undo"),
                ("✓", "settled in the reference"),
                ("esc", "leave"),
            ),
        ),
        Section(
            "Dialogs and codebook (K)",
            (
                ("enter esc", "confirm · cancel"),
                ("space 1-9", "toggle in a picker"),
                ("ctrl+s", "save the written reference"),
                ("s q", "add stance · question"),
                ("e n d del < >", "edit/rename/remove/move"),
            ),
        ),
    ]


Line = tuple[str, str, str]
"""``("title", text, "")``, ``("gap", "", "")`` or ``("entry", keys, what)``."""


def layout(
    parts: list[Section], width: int, height: int, *, gaps: bool = True
) -> list[list[list[Line]]]:
    """The pages: each a list of columns, each a list of lines.

    Columns are filled top to bottom; a section that does not fit the rest of a column goes
    on in the next one under its title with "(cont.)" (never before a continuation line).
    A blank line separates sections, unless leaving the blanks out saves a page.
    """
    per_page = max(1, width // MIN_COLUMN)
    columns: list[list[Line]] = [[]]
    for part in parts:
        title, entries = part.title, list(part.entries)
        while entries:
            column = columns[-1]
            gap = 1 if (gaps and column) else 0
            room = height - len(column) - gap - 1
            take = min(max(room, 0), len(entries))
            while 0 < take < len(entries) and not entries[take][0]:
                take -= 1  # keep a continuation line with the line it continues
            if take < min(2, len(entries)):
                columns.append([])
                continue
            if gap:
                column.append(("gap", "", ""))
            column.append(("title", title, ""))
            column.extend(("entry", keys, what) for keys, what in entries[:take])
            entries = entries[take:]
            title = f"{part.title} (cont.)"
    pages = [columns[i : i + per_page] for i in range(0, len(columns), per_page)]
    if gaps:
        tight = layout(parts, width, height, gaps=False)
        if len(tight) < len(pages):
            return tight
    return pages


def render_page(columns: list[list[Line]], width: int, height: int) -> Text:
    """One page as text: its columns side by side, each entry on one line."""
    col_width = min(MAX_COLUMN, max(MIN_COLUMN, width // max(len(columns), 1)))
    blocks: list[list[Text]] = []
    for column in columns:
        lines: list[Text] = []
        for kind, text, what in column:
            if kind == "title":
                lines.append(Text(shorten(text, col_width - 1), style="bold underline"))
            elif kind == "entry":
                line = Text(f"{text:<{KEY_WIDTH - 1}} ", style="bold")
                line.append(shorten(what, col_width - 1 - line.cell_len))
                lines.append(line)
            else:
                lines.append(Text())
        blocks.append(lines)
    out = Text()
    for y in range(height):
        if y:
            out.append("\n")
        for lines in blocks:
            cell = lines[y].copy() if y < len(lines) else Text()
            cell.pad_right(col_width - cell.cell_len)
            out.append_text(cell)
    return out


class HelpScreen(Screen):
    """Every key and mark, in pages that fit the terminal; pgdn/space and pgup turn pages."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "app.pop_screen", "Close", id="help.close"),
        Binding("pagedown,space,right,l,j,down", "page(1)", "Next page", id="help.next"),
        Binding("pageup,b,left,h,k,up", "page(-1)", "Previous page", id="help.prev"),
    ]
    DEFAULT_CSS = """
    HelpScreen #help-title { height: 1; padding: 0 1; text-style: bold; background: $panel; }
    HelpScreen #help-page { height: 1fr; padding: 0 1; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.page = 0
        self.pages: list[list[list[Section]]] = []

    def compose(self) -> ComposeResult:
        yield Static(id="help-title")
        yield Static(id="help-page")
        yield FittingFooter()

    def on_mount(self) -> None:
        self._show()

    def on_resize(self) -> None:
        self._show()

    def _show(self) -> None:
        width, height = self.size.width - 2, self.size.height - 2
        if width <= 0 or height <= 0:
            return
        codebook = self.app.project.codebook  # type: ignore[attr-defined]
        self.pages = layout(sections(codebook), width, height)
        self.page = min(self.page, len(self.pages) - 1)
        title = Text("argmap help", style="bold")
        if len(self.pages) > 1:
            title.append(
                f" · page {self.page + 1} of {len(self.pages)} · "
                + ("pgdn/space: next page" if self.page + 1 < len(self.pages) else "pgup: back")
                + " · esc closes",
                style=muted_style(),
            )
        else:
            title.append(" · esc closes", style=muted_style())
        stances = Text("   ")
        for s in codebook.stances:  # every stance (a 4th was left out), or none
            stances.append(f"{s.symbol} {s.label}  ", style=stance_style(codebook, s.id))
        if title.cell_len + stances.cell_len <= width:
            title.append_text(stances)
        self.query_one("#help-title", Static).update(title)
        self.query_one("#help-page", Static).update(
            render_page(self.pages[self.page], width, height)
        )

    def action_page(self, step: int) -> None:
        """Turn to the next (1) or previous (-1) page."""
        page = max(0, min(self.page + step, len(self.pages) - 1))
        if page != self.page:
            self.page = page
            self._show()
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page" and parameters:
            step = int(parameters[0])  # type: ignore[call-overload]
            return 0 <= self.page + step < len(self.pages) or None
        return True
