"""Compare sources side by side: positions and strongest claims per question, agreements,
clashes and one distance figure (computed by :mod:`argmap.compare`)."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Header, Label, Static
from textual.widgets.selection_list import Selection

from argmap.compare import Comparison, QuestionRow, Stand, compare
from argmap.project import quote_as_read
from argmap.tui.dialogs import CheckList
from argmap.tui.footer import FittingFooter
from argmap.tui.matrix_view import made_from_title, unique_prefixes
from argmap.tui.widgets import muted_style, shorten, stance_style, stance_symbol


def find_source(ids: Sequence[str], titles: Sequence[str], needle: str) -> int | None:
    """The index of the source ``needle`` (lower case) names best: the first whose id
    begins with it (the prefix the matrix's row shows), else whose title has a word
    beginning with it, else whose id or title holds it anywhere; None if none does.
    debate38: "ter", the row label of The Terrace Voice, went to the AGM's minutes, whose
    id "…supporters-trust…" holds "ter" and sorts first."""
    if not needle:
        return None
    lowered = [(sid.lower(), title.lower()) for sid, title in zip(ids, titles, strict=True)]
    tests = (
        lambda sid, title: sid.startswith(needle),
        lambda sid, title: any(w.startswith(needle) for w in re.split(r"[\W_]+", title)),
        lambda sid, title: needle in sid or needle in title,
    )
    for test in tests:
        for i, (sid, title) in enumerate(lowered):
            if test(sid, title):
                return i
    return None


class SourcePicker(ModalScreen[list[str] | None]):
    """Pick two or more sources to compare; Enter confirms, Escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="compare.cancel"),
    ]

    FIND_PAUSE = 1.5
    """Seconds after the last key typed to find a source before a new word begins (and
    digits toggle the first nine again)."""

    def __init__(self, sources: dict, selected: list[str]) -> None:
        super().__init__()
        self.sources = sources
        self.selected = selected
        self._find = ""  # typed to find a source, and when the last key of it came
        self._find_at = 0.0

    def compose(self) -> ComposeResult:
        ticked = "the matrix's row is ticked · " if self.selected else ""
        prefixes = unique_prefixes(list(self.sources))  # as the matrix's rows name them
        with Vertical(classes="dialog"):
            yield Label("Compare which sources? (two or more)", classes="dialog-title")
            yield Label(
                f"{ticked}space or 1-9 toggles · type to find · enter compares · esc cancels",
                classes="dialog-help",
                id="compare-help",
            )
            yield CheckList(
                *(
                    Selection(
                        Text(self._label(i, sid, doc.title, prefixes[sid])),
                        sid,
                        sid in self.selected,
                    )
                    for i, (sid, doc) in enumerate(sorted(self.sources.items()), 1)
                ),
                id="compare-sources",
            )

    @staticmethod
    def _label(number: int, sid: str, title: str, prefix: str) -> str:
        """``3. led  Title`` (1-9 toggle it): the id's shortest unique prefix, as in the
        matrix (its first 12 characters read "ledger-long-"); none where the id is the
        title's slug."""
        key = f"{number}. " if number <= 9 else "   "
        return key + (title if made_from_title(sid, title) else f"{prefix}  {title}")

    def on_mount(self) -> None:
        checks = self.query_one(CheckList)
        checks.focus()
        ids = sorted(self.sources)
        if self.selected and self.selected[0] in ids:
            checks.highlighted = ids.index(self.selected[0])

    def on_key(self, event: events.Key) -> None:
        """Letters (then digits too, while typing on) find a source by what was typed
        (:func:`find_source`): among a thousand sources the list alone meant paging
        through them."""
        now = time.monotonic()
        finding = bool(self._find) and now - self._find_at < self.FIND_PAUSE
        char = event.character or ""
        if event.key == "backspace" and finding:
            self._find = self._find[:-1]
        elif len(char) == 1 and char.isprintable() and char != " ":
            if char.isdigit() and not finding:
                return  # 1-9 toggle
            self._find = (self._find if finding else "") + char
        else:
            return
        event.stop()
        event.prevent_default()
        self._find_at = now
        self._show_find()

    def _show_find(self) -> None:
        needle = self._find.lower()
        ids = sorted(self.sources)
        found = find_source(ids, [self.sources[sid].title for sid in ids], needle)
        if found is not None and needle:
            checks = self.query_one(CheckList)
            checks.highlighted = found
            # again once drawn: at 1,000 sources the scroll stopped 3 rows short of it
            checks.call_after_refresh(checks.scroll_to_highlight)
        said = "no source holds it" if found is None else f"{ids[found]} (space ticks it)"
        self.query_one("#compare-help", Label).update(
            f"find: {self._find} · {said}" if needle else "find: (type an id or title words)"
        )

    def action_toggle(self, i: int) -> None:
        sl = self.query_one(CheckList)
        if i < sl.option_count:
            sl.toggle(sl.get_option_at_index(i))
            sl.highlighted = i

    def action_confirm(self) -> None:
        chosen = list(self.query_one(CheckList).selected)
        if len(chosen) < 2:
            self.notify("pick at least two sources (space toggles)", severity="warning")
            return
        self.dismiss(sorted(chosen))

    def action_cancel(self) -> None:
        self.dismiss(None)


class CompareScreen(Screen):
    """The compared sources in columns, one row per question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="compare.back"),
    ]

    def __init__(self, sources: list[str]) -> None:
        super().__init__()
        self.sources = sources

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="compare-title", classes="screen-title")
        with VerticalScroll(id="compare-body"):
            yield Static(id="compare-table")
            yield Static(id="compare-clashes")
        yield FittingFooter()

    def on_mount(self) -> None:
        project = self.app.project  # type: ignore[attr-defined]
        result = compare(project.view().claims, project.codebook, self.sources)
        self.result = result
        self._show(result)

    def _show(self, result: Comparison) -> None:
        project = self.app.project  # type: ignore[attr-defined]
        codebook = project.codebook
        muted = muted_style()
        n_clash = len(result.clashes)
        distance = "n/a" if result.distance is None else f"{result.distance:.2f}"
        axes = {s.axis for s in codebook.stances}
        options = not (any(a > 0 for a in axes) and any(a < 0 for a in axes))
        if options:
            # options, not sides of one scale (debate27's five): the distance and the
            # opposite-side clashes are measured on the scale, so read 0.00 "alike" and
            # "0 clashes" for five sources on five different options
            differ = sum(_differ(row) for row in result.rows)
            title = Text.assemble(
                (f"{len(self.sources)} sources", "bold"),
                f" · agree on {len(result.agreements)} of {len(result.rows)} questions",
                f" · differ on {differ}",
                (" (the stances are options, not sides: no distance)", muted),
            )
        else:
            title = Text.assemble(
                (f"{len(self.sources)} sources · distance {distance}", "bold"),
                (" (0 alike … 1 opposite)", muted),
                f" · agree on {len(result.agreements)} of {len(result.rows)} questions",
                f" · {n_clash} clash{'es' if n_clash != 1 else ''}",
            )
        self.query_one("#compare-title", Static).update(title)
        width = self.app.size.width
        room = max((width - 18) // len(self.sources) - 3, 12)
        table = Table(expand=True, show_lines=True, pad_edge=False)
        table.add_column("question", ratio=1, min_width=10)
        for sid in self.sources:
            doc = project.sources[sid]
            table.add_column(Text(shorten(doc.title, room * 2), style="bold"), ratio=2)
        for row in result.rows:
            q = codebook.question(row.question)
            mark = "= agree" if row.agree else "✗ clash" if row.clash else ""
            if options and not mark and _differ(row):
                mark = "≠ differ"
            head = Text(q.label, style="bold")
            if mark:
                head.append(f"\n{mark}", style="bold")
            table.add_row(head, *(self._stand(s, room) for s in row.stands))
        self.query_one("#compare-table", Static).update(table)
        out = Text()
        for k in result.clashes:
            if k.kind != "attack":
                continue
            a = project.claim_index.get(k.claim or "")
            b = project.claim_index.get(k.target or "")
            if a is None or b is None:
                continue
            out.append("\n" if out else "")
            out.append(f"{shorten(project.sources[a.source].title, 30)} ", style="bold")
            out.append(
                f"{stance_symbol(codebook, a.stance)} “{shorten(quote_as_read(a, project.sources), 60)}”"
            )
            out.append(" attacks ", style="bold")
            out.append(f"{shorten(project.sources[b.source].title, 30)} ", style="bold")
            out.append(
                f"{stance_symbol(codebook, b.stance)} “{shorten(quote_as_read(b, project.sources), 60)}”"
            )
        if out:
            out = Text.assemble(("Attacks across the sources\n", "bold"), out)
        self.query_one("#compare-clashes", Static).update(out)

    def _stand(self, stand: Stand, room: int) -> Text:
        codebook = self.app.project.codebook  # type: ignore[attr-defined]
        if stand.silent:
            return Text("· silent", style=muted_style())
        out = Text()
        for s in codebook.stance_ids:
            n = stand.counts.get(s, 0)
            if n:
                out.append(f"{stance_symbol(codebook, s)}{n} ", style=stance_style(codebook, s))
        if stand.mixed:
            out.append("± mixed", style="bold")
        for c in stand.strongest:
            out.append(
                f"\n{stance_symbol(codebook, c.stance)} ", style=stance_style(codebook, c.stance)
            )
            out.append(f"“{shorten(quote_as_read(c, self.app.project.sources), room * 2)}”")
        return out


def _differ(row: QuestionRow) -> bool:
    """Whether two of the sources that speak to ``row``'s question lean to different
    stances."""
    return len({s.dominant for s in row.stands if not s.silent}) > 1
