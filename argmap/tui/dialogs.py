"""Modal dialogs: question and stance pickers, text prompts, claim finder, problems."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Input, Label, OptionList, SelectionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.widgets.selection_list import Selection

from argmap.model import Claim, Codebook
from argmap.project import quote_as_read
from argmap.tui.widgets import around, counted, muted_style, shorten, stance_symbol, stance_text


class CheckList(SelectionList[str]):
    """A selection list whose boxes read ``[x]`` when checked and ``[ ]`` when not, so that
    the state shows in the glyph, not in a colour alone.

    Space, the digits and Enter are handled here, by the focused list, so that keys typed
    fast ("3", space, enter) take effect in the order typed: Enter runs the screen's
    ``confirm`` and a digit its ``toggle(i)``.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_now", "Toggle", show=False),
        Binding("enter", "screen.confirm", "Confirm", show=False),
        *(
            Binding(str(i), f"screen.toggle({i - 1})", f"Toggle {i}", show=False)
            for i in range(1, 10)
        ),
    ]

    def action_toggle_now(self) -> None:
        """Toggle the highlighted box at once (not through a message, as SelectionList)."""
        if self.highlighted is not None:
            self.toggle(self.get_option_at_index(self.highlighted))

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        segments = list(line)
        try:
            selection = self.get_option_at_index(round(self.scroll_offset.y) + y)
        except OptionDoesNotExist:
            return line
        if len(segments) < 4:
            return line
        base = segments[4].style if len(segments) > 4 else segments[3].style
        box = "[x]" if selection.value in self._selected else "[ ]"
        return Strip([Segment(box, base), *segments[3:]])


class QuestionPicker(ModalScreen[list[str] | None]):
    """Pick one or more questions of the codebook; Enter confirms, Escape cancels."""

    # Enter, space and the digits are handled by the focused CheckList (in typed order).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "confirm", "Confirm", id="picker.confirm"),
        Binding("escape", "cancel", "Cancel", id="picker.cancel"),
    ]

    def __init__(
        self, codebook: Codebook, selected: list[str], title: str, ticked: str = ""
    ) -> None:
        super().__init__()
        self.codebook = codebook
        if not selected and len(codebook.questions) == 1:
            # a new debate's first claims: enter alone said "pick at least one question"
            selected, ticked = [codebook.questions[0].id], "the codebook's only question"
        self.selected = selected
        self.title_text = title
        self.ticked = ticked
        """Where the ticked questions come from, when not from the claim itself."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            ticked = f"ticked: {self.ticked} · " if self.ticked and self.selected else ""
            yield Label(
                f"{ticked}space or 1-9 toggles · enter confirms · escape cancels",
                classes="dialog-help",
            )
            yield CheckList(
                *(
                    Selection(
                        Text.assemble(f"{i}. {q.label}  ", (q.text, muted_style())),
                        q.id,
                        q.id in self.selected,
                    )
                    for i, q in enumerate(self.codebook.questions, 1)
                ),
                id="questions",
            )

    def action_toggle(self, i: int) -> None:
        sl = self.query_one(CheckList)
        if i < len(self.codebook.questions):
            sl.toggle(self.codebook.questions[i].id)
            sl.highlighted = i

    def action_confirm(self) -> None:
        chosen = list(self.query_one(CheckList).selected)
        if not chosen:
            self.notify("pick at least one question (space toggles)", severity="warning")
            return
        self.dismiss([q for q in self.codebook.question_ids if q in chosen])

    def action_cancel(self) -> None:
        self.dismiss(None)


class StancePicker(ModalScreen[str | None]):
    """Pick one stance of the codebook."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="stance.cancel"),
        *(
            Binding(str(i), f"pick({i - 1})", f"Stance {i}", show=False, priority=True)
            for i in range(1, 10)
        ),
    ]

    def __init__(self, codebook: Codebook, title: str, note: str | None = None) -> None:
        super().__init__()
        self.codebook = codebook
        self.title_text = title
        self.note = note  # a line under the title (``propose`` replaces it)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            note = Static(self.note or "", id="stance-note")  # wraps, as a Label does not
            note.display = bool(self.note)
            yield note
            yield OptionList(
                *(
                    Option(Text.assemble(f"{i}. ", stance_text(self.codebook, s.id)), s.id)
                    for i, s in enumerate(self.codebook.stances, 1)
                ),
                id="stances",
            )

    def propose(self, stance: str | None, note: str) -> None:
        """Show ``note`` under the title and, unless the user has moved from the first
        option, highlight ``stance`` so that Enter confirms it (nothing is picked)."""
        label = self.query_one("#stance-note", Static)
        label.update(note)
        label.display = bool(note)
        options = self.query_one("#stances", OptionList)
        ids = self.codebook.stance_ids
        if stance in ids and options.highlighted in (None, 0):
            options.highlighted = ids.index(stance)

    def action_pick(self, i: int) -> None:
        if i < len(self.codebook.stances):
            self.dismiss(self.codebook.stances[i].id)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextPrompt(ModalScreen[str | None]):
    """Ask for one line of text (a note, the annotator's name, an export path)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="prompt.cancel")
    ]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(self.value, placeholder=self.placeholder, id="prompt")
            yield Label("enter saves · escape cancels", classes="dialog-help")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class Confirm(ModalScreen[bool]):
    """Ask a yes/no question: ``y`` or enter confirms, ``n`` or escape declines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes", id="confirm.yes", priority=True),
        Binding("n,escape", "answer(False)", "No", id="confirm.no", priority=True),
    ]

    def __init__(self, question: str | Text, details: str = "") -> None:
        super().__init__()
        self.question = question
        self.details = details

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            if self.details:
                yield Static(self.details)
            yield Label("y / enter: yes · n / escape: no", classes="dialog-help")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


def claim_prompt(
    claim: Claim,
    codebook: Codebook,
    sources: dict,
    width: int = 90,
    *,
    with_source: bool = True,
    full: bool = False,
    words: Sequence[str] = (),
) -> Text:
    """A claim in a list: symbol, source and sentence, then the quote (cut or whole; cut
    around the first of ``words`` found in it, a search's)."""
    title = sources[claim.source].title if claim.source in sources else claim.source
    stance = stance_text(codebook, claim.stance)
    tail = f" {claim.sentence} · {claim.kind}"
    ident = f" · {claim.id}" if width >= 70 else ""
    where = " ·"
    if with_source:  # the head on one line of ``width``: the source's title before the id
        fixed = len(tail) - len(claim.kind) + len("evidence") + 4  # every kind cut alike
        room = width - stance.cell_len - fixed - len(ident)
        if room < 16 and ident:
            room, ident = room + len(ident), ""
        if room < 16:  # a long stance label ("◆ Expand Oldbridge and link it by rail")
            label = stance.plain.split(" ", 1)[-1]
            keep = max(len(label) - (16 - room), 8)
            symbol = stance_symbol(codebook, claim.stance)
            stance = Text(f"{symbol} {shorten(label, keep)}", style=stance.style)
            room = width - stance.cell_len - fixed
        where = f"  {shorten(title, min(40, max(room, 8)))} ·"
    head_room = stance.cell_len + len(where) + len(tail) + len(ident) + 3
    head = Text.assemble(
        stance,
        f"{where}{tail}",
        (f" · {shorten(', '.join(claim.questions), max(width - head_room, 12))}", muted_style())
        if not with_source
        else "",
        (ident, muted_style()),
    )
    read = quote_as_read(claim, sources)
    # whose stance it is, before their words: "Margit Solheim-Rask: “…”"
    said = f"{shorten(claim.voice, max(width // 3, 12))}: " if claim.voice else ""
    quote = read if full else around(read, words, max(width - len(said), 20))
    if full:  # wrapped under its first line, not back at the list's edge
        wrapped = textwrap.wrap(said + "“" + quote, max(width - 3, 20)) or [""]
        quote = "\n   ".join(wrapped)[len(said) + 1 :]
    out = Text.assemble(head, "\n  ", (said, "bold"), "“", quote, "”")
    if full and claim.note:
        out.append(f"\n  note: {claim.note}", style="italic")
    return out


class ClaimFinder(ModalScreen[str | None]):
    """Find a claim anywhere in the corpus by its text (for relations)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="finder.cancel")
    ]
    LIMIT = 200

    def __init__(
        self,
        claims: list[Claim],
        codebook: Codebook,
        sources: dict,
        title: str,
        near: str | None = None,
        at: tuple[int, int] | None = None,
        me: str | None = None,
    ) -> None:
        super().__init__()

        # the claims of the source being read (``near``) come first: most links stay inside
        # one article; there, your own (``me``) before others', the nearest to the linking
        # claim (``at``, its span) first, the one before it on a tie: enter alone links the
        # claim next to it
        def order(c: Claim) -> tuple[bool, bool, int, bool]:
            here = c.source == near
            if not here or at is None:
                return (not here, False, 0, False)
            gap = max(c.start - at[1], at[0] - c.end, 0)
            return (False, me is not None and c.annotator != me, gap, c.start > at[0])

        self.claims = sorted(claims, key=order) if near else claims
        self.codebook = codebook
        self.sources = sources
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(placeholder="type words of the target claim…", id="find")
            yield OptionList(id="hits")
            yield Label("", id="finder-status", classes="dialog-help")
            yield Label(
                "enter links the top match · ↓ to choose another · escape cancels",
                classes="dialog-help",
            )

    def on_mount(self) -> None:
        self._fill("")

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        hits = self.query_one(OptionList)
        if not hits.option_count:
            self.notify("no matching claim to link", timeout=2)
            return
        top = hits.get_option_at_index(0).id
        self.dismiss(top)

    def _fill(self, query: str) -> None:
        words = query.lower().split()
        hits = self.query_one(OptionList)
        hits.clear_options()
        found = [
            c
            for c in self.claims
            if all(w in c.quote.lower() or w in c.id or w in c.source for w in words)
        ][: self.LIMIT]
        # as wide as the dialog's list (95% of the screen, at most 160, less its frames), so
        # that no line of a hit wraps
        width = max(min(int(self.app.size.width * 0.95), 160) - 16, 30)
        hits.add_options(
            Option(claim_prompt(c, self.codebook, self.sources, width), c.id) for c in found
        )
        if found:
            more = " (first shown)" if len(found) == self.LIMIT else ""
            status = f"{len(found)} matching claim{'s' if len(found) != 1 else ''}{more}"
        else:
            status = f"no matches for “{query.strip()}”"
        self.query_one("#finder-status", Label).update(status)

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key == "down" and isinstance(self.focused, Input):
            self.query_one(OptionList).focus()
            event.stop()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ProblemsScreen(ModalScreen[None]):
    """The problems found while opening the project, with what they mean for saving."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "close", "Close", id="problems.close")
    ]

    def __init__(self, problems: list[str], unreadable: set[str]) -> None:
        super().__init__()
        self.problems = problems
        self.unreadable = unreadable

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(
                f"⚠ This project has {counted(len(self.problems), 'problem')}",
                classes="dialog-title error",
            )
            if self.unreadable:
                yield Static(
                    "Annotations of these sources are shown but will not be saved until the "
                    "file is fixed (argmap never rewrites a file it could not read): "
                    + ", ".join(sorted(self.unreadable)),
                    classes="dialog-help",
                )
            with VerticalScroll(id="problem-list"):
                for p in self.problems:
                    yield Static(Text(f"• {p}"), classes="problem")
            yield Label("enter or escape closes · P shows this again", classes="dialog-help")

    def action_close(self) -> None:
        self.dismiss(None)


def stance_keys(codebook: Codebook) -> str:
    """``1 ▲  2 ▼  3 ◆`` for help texts."""
    return "  ".join(
        f"{i} {stance_symbol(codebook, s.id)}" for i, s in enumerate(codebook.stances, 1)
    )
