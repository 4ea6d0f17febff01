"""Adjudication screen: walk through the sentences annotators read differently, settle each.

Self-contained: ``app.push_screen(AdjudicationScreen(project))``. On the left, the sentences
to settle, worst first (opposite sides, then a side against hedged, then a claim against
none, then other questions; ``✓`` once the reference has a reading of it); on the right, the
source's title, the sentence and each annotator's reading by name, with the reference's. Keys: ``1``-``9``
adopt that annotator's reading, ``0`` marks the sentence as not a claim, ``w`` writes the
reference by hand, ``a`` adopts every sentence all annotators agree on, ``n`` jumps to the next
unsettled sentence, ``u`` undoes, ``escape`` leaves. All edits go through
:mod:`argmap.agreement` (the reference annotator's claims), so they are saved at once.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import (
    Button,
    Header,
    Input,
    Label,
    OptionList,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from argmap import agreement as ag
from argmap.errors import ArgmapError
from argmap.project import Project, quote_as_read
from argmap.tui.dialogs import CheckList
from argmap.tui.footer import FittingFooter
from argmap.tui.matrix_view import differing_word, unique_prefixes
from argmap.tui.widgets import muted_style, stance_text


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class ReferenceEditor(ModalScreen[dict | None]):
    """Write the reference reading of a sentence: stance, questions, kind and note."""

    DEFAULT_CSS = """
    ReferenceEditor { align: center middle; }
    ReferenceEditor > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ReferenceEditor #editor-title { height: auto; max-height: 4; }
    ReferenceEditor #choices { height: auto; }
    ReferenceEditor #choices Select { width: 1fr; }
    ReferenceEditor SelectionList { height: auto; max-height: 11; }
    ReferenceEditor #error { color: $error; height: auto; }
    ReferenceEditor .buttons { height: auto; align-horizontal: right; }
    ReferenceEditor .buttons Label { width: 1fr; color: $text-muted; }
    ReferenceEditor .buttons Button { margin-left: 1; min-width: 8; width: auto; }
    """
    BINDINGS: ClassVar[list[Binding]] = [
        Binding("escape", "cancel", "cancel", id="editor.cancel", tooltip="Close without saving"),
        Binding("ctrl+s", "save", "save", id="editor.save", tooltip="Save the reference reading"),
    ]

    def __init__(
        self,
        project: Project,
        sentence_text: str,
        *,
        stance: str,
        questions: frozenset[str],
        kind: str = "claim",
        note: str = "",
    ) -> None:
        super().__init__()
        self.project = project
        self.sentence_text = sentence_text
        self.initial = (stance, questions, kind, note)

    def compose(self) -> ComposeResult:
        stance, questions, kind, note = self.initial
        cb = self.project.codebook
        with Vertical():
            # a Static wraps at word breaks (a Label would cut the sentence mid-word)
            yield Static(
                Text(f"Reference reading of: {_short(' '.join(self.sentence_text.split()), 280)}"),
                id="editor-title",
            )
            with Horizontal(id="choices"):
                yield Select(
                    [(stance_text(cb, s.id), s.id) for s in cb.stances],
                    value=stance,
                    allow_blank=False,
                    id="stance",
                )
                yield Select(
                    [("claim", "claim"), ("evidence", "evidence")],
                    value=kind,
                    allow_blank=False,
                    id="kind",
                )
            yield Input(note, placeholder="note (optional)", id="note")
            yield CheckList(
                *(Selection(q.label, q.id, q.id in questions) for q in cb.questions),
                id="questions",
            )
            yield Static("", id="error")
            with Horizontal(classes="buttons"):
                yield Label("1-9 toggles · ctrl+s saves · esc cancels")
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def action_toggle(self, i: int) -> None:
        """Toggle question ``i`` (0-based) of the codebook (the digit keys)."""
        questions = self.query_one("#questions", CheckList)
        if i < questions.option_count:
            questions.toggle(questions.get_option_at_index(i))
            questions.highlighted = i

    def action_confirm(self) -> None:
        """Enter in the question list saves, as ctrl+s does."""
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        questions = list(self.query_one("#questions", SelectionList).selected)
        if not questions:
            self.query_one("#error", Static).update("Choose at least one question.")
            return
        self.dismiss(
            {
                "stance": self.query_one("#stance", Select).value,
                "questions": questions,
                "kind": self.query_one("#kind", Select).value,
                "note": self.query_one("#note", Input).value,
            }
        )

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class AdjudicationScreen(Screen[None]):
    """Disagreements side by side; choose an annotator's reading or write the reference."""

    DEFAULT_CSS = """
    AdjudicationScreen { layout: horizontal; }
    AdjudicationScreen #cases { width: 36; height: 1fr; border-right: solid $primary; }
    AdjudicationScreen #rank { height: auto; color: $text-muted; margin-bottom: 1; }
    AdjudicationScreen #detail { width: 1fr; height: 1fr; padding: 0 1; }
    AdjudicationScreen #title { text-style: bold; height: auto; margin-bottom: 1; }
    AdjudicationScreen #sentence { height: auto; margin-bottom: 1; padding: 0 1; background: $boost; }
    AdjudicationScreen #readings { height: auto; }
    AdjudicationScreen .reading {
        width: 1fr; height: auto; min-height: 6; border: round $secondary; padding: 0 1;
    }
    AdjudicationScreen #readings.stacked { layout: vertical; }
    AdjudicationScreen #readings.stacked .reading { width: 100%; min-height: 3; }
    AdjudicationScreen .reading.reference { border: round $success; }
    AdjudicationScreen #status { height: auto; color: $text-muted; margin-top: 1; }
    """

    BINDINGS: ClassVar[list[Binding]] = [
        *(
            Binding(
                str(i),
                f"adopt({i})",
                f"adopt {i}",
                show=i <= 3,
                id=f"adjudicate.adopt{i}",
                tooltip=f"Make annotator {i}'s reading the reference",
            )
            for i in range(1, 10)
        ),
        Binding(
            "0",
            "not_claim",
            "not a claim",
            id="adjudicate.not_claim",
            tooltip="Reference: this sentence holds no claim",
        ),
        Binding(
            "w", "write", "write", id="adjudicate.write", tooltip="Write the reference by hand"
        ),
        Binding(
            "a",
            "adopt_agreed",
            "adopt agreed",
            id="adjudicate.agreed",
            tooltip="Copy every sentence all annotators read alike into the reference",
        ),
        Binding(
            "n", "next_open", "next open", id="adjudicate.next", tooltip="Next unsettled sentence"
        ),
        Binding("u", "undo", "undo", id="adjudicate.undo", tooltip="Undo the last edit"),
        Binding("escape", "leave", "back", id="adjudicate.back", tooltip="Leave adjudication"),
    ]

    def __init__(self, project: Project, *, question: str | None = None) -> None:
        super().__init__()
        self.project = project
        self.question = question
        self.cases: list[ag.Case] = []
        self.current: int | None = None
        # "not a claim" leaves no reference claim behind, so it is remembered for this visit
        self.no_claim: set[tuple[str, str]] = set()
        # depth of the project's undo stack before each action: one action may be several edits
        self._marks: list[int] = []

    # ------------------------------------------------------------------ layout

    SUB_TITLE = "adjudicate: settle the reference"
    """In the header: at 80x24 nothing else said which screen this is."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield OptionList(id="cases")
        with VerticalScroll(id="detail"):
            yield Static("", id="title")
            yield Static("", id="sentence")
            yield Horizontal(id="readings")
            yield Static("", id="status")
            yield Static(f"Ranked {ag.SEVERITY_HELP}.", id="rank")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one("#cases", OptionList).focus()

    def reload(self, keep: tuple[str, str] | None = None) -> None:
        """Recompute the cases and show them, keeping ``keep`` (source, sentence) selected."""
        self.cases = ag.cases(self.project, question=self.question)
        # each source by the shortest prefix of its id that tells it from the others listed
        # (the title beside names it in full): debate22's two Bluesky threads, cut at 8,
        # were both "bluesky:s0010"
        self._prefixes = unique_prefixes(sorted({c.source for c in self.cases}), minimum=7)
        options = self.query_one("#cases", OptionList)
        options.set_options(Option(self._case_label(c)) for c in self.cases)
        index = 0
        if keep is not None:
            for i, c in enumerate(self.cases):
                if (c.source, c.sentence.id) == keep:
                    index = i
        if self.cases:
            options.highlighted = index
            self.show(index)
        else:
            self.current = None
            self.query_one("#title", Static).update("No disagreements to settle.")
            self.query_one("#sentence", Static).update("")
            self.query_one("#readings", Horizontal).remove_children()
        self._update_status()
        self.refresh_bindings()

    def _done(self, case: ag.Case) -> bool:
        return case.settled or (case.source, case.sentence.id) in self.no_claim

    def _case_label(self, case: ag.Case) -> Text:
        no_claim = (case.source, case.sentence.id) in self.no_claim
        mark = "✓" if case.settled else "∅" if no_claim else "·"
        where = self._prefixes.get(case.source) or case.source
        if len(where) > 7:  # the list is 30 wide at 80 columns, by its scrollbar: longer wrapped
            where = "…" + differing_word(case.source, where)[:6]
        return Text(f"{mark} {case.why:<14} {where}:{case.sentence.id}")

    def _update_status(self) -> None:
        settled = sum(self._done(c) for c in self.cases)
        self.query_one("#status", Static).update(
            f"{settled} of {len(self.cases)} disagreements settled · reference annotator: "
            f"{self.project.config.reference_annotator}"
        )

    @on(OptionList.OptionHighlighted, "#cases")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.current:
            self.show(event.option_index)

    def show(self, index: int) -> None:
        """Show case ``index``: the sentence and every reading side by side."""
        self.current = index
        case = self.cases[index]
        tail = f" · {case.sentence.id} · {case.why} (distance {case.score:.1f})"
        # the title on the line with the rest where it fits (at 200 columns it was cut at 60
        # characters, 100 columns left empty), else at 60 and the line wraps
        detail = self.query_one("#detail").size.width or self.app.size.width - 37  # #cases: 36
        room = detail - 2 - len(tail)
        self.query_one("#title", Static).update(
            Text(_short(case.title or case.source, max(room, 60)) + tail)
        )
        self.query_one("#sentence", Static).update(Text(case.sentence.text))
        panels = [
            Static(self._reading_text(f"{i}  {name}", r, case.sentence.text), classes="reading")
            for i, (name, r) in enumerate(case.readings.items(), start=1)
        ]
        panels.append(
            Static(
                self._reading_text(
                    self.project.config.reference_annotator, case.reference, case.sentence.text
                ),
                classes="reading reference",
            )
        )
        readings = self.query_one("#readings", Horizontal)
        readings.remove_children()
        readings.mount_all(panels)
        self._arrange()
        self.refresh_bindings()

    CARD_WIDTH = 30
    """Narrowest reading card side by side; narrower cards are stacked, full width, so that
    no word is broken across lines."""

    def _arrange(self) -> None:
        readings = self.query_one("#readings", Horizontal)
        width = self.query_one("#detail").size.width or self.size.width - 38
        cards = max(len(readings.children), 1)
        readings.set_class(width // cards < self.CARD_WIDTH, "stacked")

    def on_resize(self) -> None:
        if self.is_mounted and self.query("#readings"):
            self.call_after_refresh(self._arrange)

    def _reading_text(self, title: str, reading: ag.Reading, sentence: str = "") -> Text:
        """A card: whose reading, then per claim its stance, question labels, kind, the
        quote when it is not the whole sentence, and the note. Wrapped at word breaks."""
        codebook = self.project.codebook
        text = Text(title, style="bold")
        if not reading.claims:
            text.append("\nno claim", style="italic")
            return text
        for c in reading.claims:
            text.append("\n")
            text.append_text(stance_text(codebook, c.stance))
            labels = []
            for q in c.questions:
                try:
                    labels.append(codebook.question(q).label)
                except KeyError:
                    labels.append(q)
            text.append(" · " + ", ".join(labels))
            if c.kind != "claim":
                text.append(f" · {c.kind}", style="italic")
            quote = quote_as_read(c, self.project.sources)
            if " ".join(quote.split()) != " ".join(sentence.split()):
                text.append(f"\n“{quote}”", style=muted_style())
            if c.note:
                text.append(f"\nnote: {c.note}", style="italic")
        return text

    # ------------------------------------------------------------------ actions

    @property
    def case(self) -> ag.Case | None:
        return self.cases[self.current] if self.current is not None and self.cases else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("adopt", "not_claim", "write"):
            case = self.case
            if case is None:
                return False
            if action == "adopt" and int(parameters[0]) > len(case.readings):  # type: ignore[arg-type]
                return False
        return True

    def _saved(self) -> None:
        """Tell the app the project's files changed by this screen's hand: without it, the
        next scan took the write for another program's, re-read the project ("changed on
        disk") and cleared the undo history, so that ``u`` could not take back an adoption."""
        from argmap.tui.app import ArgmapApp

        if isinstance(self.app, ArgmapApp):
            self.app.changed()

    def _after_edit(self, message: str, advance: bool = True, quiet: bool = False) -> None:
        self._saved()
        case = self.case
        keep = (case.source, case.sentence.id) if case else None
        self.reload(keep)
        if advance:
            self.action_next_open()
        if not quiet:
            self.notify(message)

    def _run(self, label: str, fn, advance: bool = True, unchanged: str = "") -> None:  # type: ignore[no-untyped-def]
        depth = len(self.project._undo)
        try:
            fn()
        except ArgmapError as err:
            self.notify(str(err), severity="error")
            return
        finally:
            if len(self.project._undo) > depth:
                self._marks.append(depth)
        if len(self.project._undo) == depth:
            self.notify(unchanged or f"{label}: nothing changed, it already was so")
            self._after_edit(label, advance=False, quiet=True)
            return
        self._after_edit(label, advance)

    def action_adopt(self, number: int) -> None:
        """Make annotator ``number``'s reading the reference reading of the sentence."""
        case = self.case
        if case is None or not 1 <= number <= len(case.readings):
            return
        name = list(case.readings)[number - 1]
        self.no_claim.discard((case.source, case.sentence.id))
        self._run(
            f"{case.sentence.id}: adopted {name}'s reading",
            lambda: ag.adopt_reading(self.project, case.source, case.sentence.id, name),
        )

    def action_not_claim(self) -> None:
        case = self.case
        if case is None:
            return
        key = (case.source, case.sentence.id)
        if key not in self.no_claim and not case.reference.annotated:
            # nothing on disk to remove: the mark itself is the change (for this visit)
            self.no_claim.add(key)
            self._after_edit(f"{case.sentence.id}: not a claim")
            return
        self.no_claim.add(key)
        self._run(
            f"{case.sentence.id}: not a claim",
            lambda: ag.clear_reference(self.project, case.source, case.sentence.id),
        )

    def action_write(self) -> None:
        case = self.case
        if case is None:
            return
        start = (
            case.reference
            if case.reference.annotated
            else next((r for r in case.readings.values() if r.annotated), ag.Reading())
        )
        first = start.claims[0] if start.claims else None
        stance = start.stance if start.stance not in (ag.NONE, ag.MIXED) else None
        editor = ReferenceEditor(
            self.project,
            case.sentence.text,
            stance=stance or self.project.codebook.stance_ids[0],
            questions=start.questions,
            kind=first.kind if first else "claim",
            note=first.note if first else "",
        )

        def done(result: dict | None) -> None:
            if result is None:
                return
            self.no_claim.discard((case.source, case.sentence.id))
            self._run(
                f"{case.sentence.id}: reference written",
                lambda: ag.write_reference(self.project, case.source, case.sentence.id, **result),
            )

        self.app.push_screen(editor, done)

    def action_adopt_agreed(self) -> None:
        """Copy every sentence all its readers annotated alike into the reference."""
        written: list = []
        self._run(
            "agreed sentences copied to the reference",
            lambda: written.extend(ag.adopt_agreed(self.project)),
            advance=False,
            unchanged="nothing to adopt: no unsettled sentence has the same reading from "
            "every annotator who read it (and at least two did)",
        )

    def action_next_open(self) -> None:
        """Move to the next unsettled case after the current one (wrapping)."""
        if not self.cases:
            return
        n = len(self.cases)
        start = self.current if self.current is not None else -1
        for step in range(1, n + 1):
            i = (start + step) % n
            if not self._done(self.cases[i]):
                self.query_one("#cases", OptionList).highlighted = i
                self.show(i)
                return

    def action_undo(self) -> None:
        """Undo the last action of this screen (all the edits it made)."""
        if not self._marks:
            self.notify("nothing to undo here")
            return
        depth = self._marks.pop()
        labels = []
        while len(self.project._undo) > depth:
            label = self.project.undo()
            if label is None:
                break
            labels.append(label)
        self._saved()
        case = self.case
        self.reload((case.source, case.sentence.id) if case else None)
        self.notify(f"undone: {len(labels)} edit{'' if len(labels) == 1 else 's'}")

    def action_leave(self) -> None:
        self.app.pop_screen()
