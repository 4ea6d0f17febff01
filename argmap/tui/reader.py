"""The reader: one source sentence by sentence, annotated from the keyboard."""

from __future__ import annotations

import textwrap
import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.timer import Timer
from textual.widgets import Header, Static

from argmap.errors import ArgmapError, UsageError
from argmap.model import Claim, Codebook, voice_key
from argmap.project import quote_as_read
from argmap.tui.app import ArgmapScreen
from argmap.tui.dialogs import ClaimFinder, Confirm, QuestionPicker, StancePicker, TextPrompt
from argmap.tui.footer import FittingFooter
from argmap.tui.source_dialogs import (
    AS_READ,
    LeftOutScreen,
    SpeakerPrompt,
    VoicePrompt,
    known_speakers,
    left_out_line,
    voice_choices,
    voice_in_note,
)
from argmap.tui.widgets import (
    SentenceView,
    counted,
    muted_style,
    shorten,
    stance_name,
    stance_symbol,
    stance_text,
)
from argmap.voices import near_voice

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel


MOVED = 10
"""Points of probability by which a suggestion's stance moving counts as a change."""


def _gist(suggestion: dict[str, Any]) -> tuple[str, bool, float]:
    """What a reader sees change in a suggestion: its stance, whether a claim is likely,
    and how sure the stance is."""
    return suggestion["stance"], suggestion["claim"] >= 0.5, suggestion["stance_prob"]


def _moved(old: tuple[str, bool, float], new: tuple[str, bool, float]) -> bool:
    """Whether a suggestion changed: another stance, a claim now likely or not, or its
    stance ``MOVED`` points surer or less sure."""
    return old[:2] != new[:2] or abs(old[2] - new[2]) * 100 >= MOVED


class _Superseded(Exception):
    """A background fitting of suggestion models another has replaced: it stops."""


CLAIM_ACTIONS = {"questions_edit", "kind", "note", "link", "delete", "cycle"}


def provenance_text(codebook: Codebook, claim: Claim, width: int = 0) -> Text:
    """``suggested by MODEL · ▲ 87 % · accepted as proposed`` (or what was corrected); when
    longer than ``width`` cells, what became of it goes on a line of its own, indented as
    the first (it wrapped to the panel's left edge)."""
    p = claim.suggested
    if p is None:
        return Text()
    out = Text("\n    suggested by ", style=muted_style())
    out.append(p.model, style="bold")
    out.append(" · ")
    out.append_text(stance_text(codebook, p.stance))
    out.append(f" {round(p.probability * 100)} %", style="bold")
    out.append(f" · claim {round(p.claim_probability * 100)} %", style=muted_style())
    changed = []
    if p.stance != claim.stance:
        changed.append("stance")
    if tuple(p.questions) and set(p.questions) != set(claim.questions):
        changed.append("questions")
    if p.kind != claim.kind:
        changed.append("kind")
    outcome = f"corrected: {', '.join(changed)}" if changed else "accepted as proposed"
    one_line = out.cell_len - 1 + 3 + len(outcome)  # less the leading line break
    out.append(("\n    " if width and one_line > width else " · ") + outcome, style=muted_style())
    return out


def _link_line(head: str, quote: str, tail: str, width: int) -> str:
    """``head “quote” tail`` with the quote cut to what the line leaves of ``width`` cells
    (at 80 columns it was cut at 40 on a line with room for 45 or more)."""
    room = max(width - cell_len(head.lstrip("\n")) - cell_len(tail) - 2, 20)
    return f"{head}“{shorten(quote, room)}”{tail}"


def _kept(theirs: Claim, mine: Claim) -> str:
    """`` (your own reading; bob's claim kept)`` when an edit made a new claim."""
    if mine.id == theirs.id:
        return ""
    return f" (your own reading; {theirs.annotator}'s claim kept)"


class ReaderDetail(Static):
    """The panel under the text: the claims of the sentence under the cursor, or what to
    press. Notices stand above it, not over it (at 80 columns they hid its right half)."""

    def on_resize(self) -> None:
        screen = self.screen
        if isinstance(screen, ReaderScreen):
            screen.lift_notices()


class ReaderScreen(ArgmapScreen):
    """One source's text; the cursor is a sentence; single keys annotate it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "stance(0)", "▲", id="reader.stance1", tooltip="Set the first stance"),
        Binding("2", "stance(1)", "▼", id="reader.stance2", tooltip="Set the second stance"),
        Binding("3", "stance(2)", "◆", id="reader.stance3", tooltip="Set the third stance"),
        *(  # a codebook may have more than four stances (debate27 has five options)
            Binding(str(i), f"stance({i - 1})", f"stance {i}", id=f"reader.stance{i}", show=False)
            for i in range(4, 10)
        ),
        Binding("q", "questions", "Questions", id="reader.questions", tooltip="Pick questions"),
        Binding("e", "kind", "Kind", id="reader.kind", tooltip="Toggle the kind"),
        Binding("n", "note", "Note", id="reader.note", tooltip="Add or edit the note"),
        Binding(
            "s",
            "link('supports')",
            "Supports",
            id="reader.supports",
            tooltip="Link: this claim supports another (search for it)",
        ),
        Binding(
            "a",
            "link('attacks')",
            "Attacks",
            id="reader.attacks",
            tooltip="Link: this claim attacks another (search for it)",
        ),
        Binding("d,delete", "delete", "Delete", id="reader.delete", tooltip="Delete the claim"),
        Binding(
            "D",
            "done",
            "Done",
            id="reader.done",
            show=False,
            tooltip="Mark this source read in full by you (again: not done)",
        ),
        Binding(
            "A",
            "argues",
            "Source argues",
            id="reader.argues",
            show=False,
            tooltip="Say which stance this source argues as a whole (suggestions lean on it)",
        ),
        Binding(
            "p",
            "speaker",
            "Speaker",
            id="reader.speaker",
            show=False,
            tooltip="Set who says the selected sentences (v selects)",
        ),
        Binding(
            "V",
            "voice",
            "Voice",
            id="reader.voice",
            show=False,
            tooltip="Set whose stance the claim carries: a person or body it quotes or reports",
        ),
        Binding(
            "L",
            "left_out",
            "Not read",
            id="reader.left_out",
            show=False,
            tooltip="Passages of the saved page that are not in the text",
        ),
        Binding("c", "cycle", "Next claim here", id="reader.cycle", show=False),
        Binding("full_stop", "next_claim(1)", "Next annotated", id="reader.next", show=False),
        Binding("comma", "next_claim(-1)", "Prev annotated", id="reader.prev", show=False),
        Binding(
            "greater_than_sign",
            "next_open(1)",
            "Next unannotated",
            id="reader.next_open",
            show=False,
            tooltip="Jump to the next sentence with no claim",
        ),
        Binding(
            "less_than_sign",
            "next_open(-1)",
            "Prev unannotated",
            id="reader.prev_open",
            show=False,
            tooltip="Jump to the previous sentence with no claim",
        ),
        Binding("right_curly_bracket", "turn(1)", "Next writer", id="reader.next_turn", show=False),
        Binding("left_curly_bracket", "turn(-1)", "Prev writer", id="reader.prev_turn", show=False),
        Binding("right_square_bracket", "source(1)", "Next source", id="reader.nsrc", show=False),
        Binding("left_square_bracket", "source(-1)", "Prev source", id="reader.psrc", show=False),
        Binding(
            "slash",
            "find",
            "Find",
            id="reader.find",
            tooltip="Find words in this source, or go to a sentence id (s0087)",
        ),
        Binding("S", "suggest", "Suggest", id="reader.suggest", tooltip="Suggest annotations"),
        Binding("y", "accept", "Accept", id="reader.accept", tooltip="Accept the suggestion"),
        Binding("x", "reject", "Reject", id="reader.reject", tooltip="Reject the suggestion"),
        Binding(
            "w",
            "least_sure",
            "Least sure",
            id="reader.least_sure",
            show=False,
            tooltip="Jump to the suggestion the model is least sure of",
        ),
        Binding(
            "o",
            "others",
            "Others' claims",
            id="reader.others",
            show=False,
            tooltip="Hide or show other annotators' claims (read on your own first)",
        ),
        Binding("escape", "app.show('matrix')", "Matrix", id="reader.back", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.source_id: str | None = None
        self.hide_others = False
        """Only your claims shown (``o``): a second reading made without seeing the first."""
        self.choice = 0
        self._shown_index = -1
        self.last_questions: list[str] = []
        self._pending: tuple[str, str | None, str | None] | None = None
        self.suggestions: dict[str, dict[str, Any]] = {}  # sentence id -> suggestion
        self._incoming: tuple[int, dict[str, list[tuple[str, Claim]]]] | None = None
        self._footer_timer: Timer | None = None
        self._warm_timer: Timer | None = None
        self._warm_pending: str | None = None  # source whose models to fit at the next pause
        self._warming: tuple[str, threading.Event] | None = None
        """The source whose models are being fitted in the background, and the event set
        when that ends (``S`` waits for it rather than fit the same models alongside)."""
        self._asked = 0
        """How many times suggestions were asked for: only the latest answer is shown."""
        self._learnt_from: tuple[frozenset[Any], frozenset[Any]] | None = None
        """The claims and rejections of this source the shown suggestions were made from."""
        self._relearn_timer: Timer | None = None
        self.relearning: str | None = None
        """While the suggestions are being worked out again from your answers: how far."""
        self.fitting = False
        """While the suggestion models are being fitted in the background (said after
        :attr:`WARM_UP_NOTICE` seconds of it, in the title line)."""
        self.was: dict[str, tuple[str, float]] = {}
        """Sentence id -> the stance (and its probability) suggested there before your
        answers changed it."""

    FOOTER_DELAY = 0.2
    """Seconds the cursor rests before the footer shows which keys apply here."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="reader-body"):
            yield Static(id="reader-title", classes="screen-title")
            yield SentenceView(id="sentences")
            yield ReaderDetail(id="reader-detail")
        yield FittingFooter()

    def lift_notices(self) -> None:
        """Put notices right above the detail panel (and the footer under it)."""
        detail = self.query_one(ReaderDetail)
        below = max(self.size.height - detail.region.y, 1)
        for rack in self.query("#textual-toastrack"):
            rack.styles.margin = (0, 0, below, 0)

    @property
    def view(self) -> SentenceView:
        return self.query_one(SentenceView)

    def _label_stance_keys(self) -> None:
        """The footer's ``1 2 3`` show this project's stance symbols, not the shipped ones."""
        stances = self.project.codebook.stances
        for i in range(9):
            key = str(i + 1)
            old = self._bindings.key_to_bindings.get(key, [])
            if i < len(stances) and old:
                symbol = stance_symbol(self.project.codebook, stances[i].id)
                self._bindings.key_to_bindings[key] = [
                    replace(b, description=symbol) if b.action == f"stance({i})" else b for b in old
                ]
        self.refresh_bindings()

    def on_mount(self) -> None:
        self._label_stance_keys()
        self.query_one("#reader-title", Static).update(
            "No source open: press m for the matrix and r on a row, or ] for the first source."
            if self.project.sources
            else "This project has no sources yet: add one with `argmap add FILE`."
        )
        self._apply_pending()

    def on_screen_suspend(self) -> None:
        # a dialog shows the notices itself; this screen's, seen through it, were a 2nd copy
        for rack in self.query("#textual-toastrack"):
            rack.display = False

    def on_screen_resume(self) -> None:
        self._label_stance_keys()
        self._apply_pending()
        self._rest_timer()
        if self.suggestions and self._answers_here() != self._learnt_from:
            self._relearn_soon()

    SEGMENT_IN_WORKER = 200_000
    """Texts longer than this (characters) are split into sentences in a worker."""

    @work(thread=True, exclusive=True, group="segment")
    def _segment(self, source: str, sentence: str | None, claim: str | None) -> None:
        _ = self.project.sources[source].sentences
        self.app.call_from_thread(self.open, source, sentence=sentence, claim=claim)

    @property
    def pending_source(self) -> str | None:
        """The source waiting to be shown once the screen is mounted."""
        return self._pending[0] if self._pending else None

    def _apply_pending(self) -> None:
        if self._pending is not None and self.query(SentenceView):
            source, sentence, claim = self._pending
            self._pending = None
            self.open(source, sentence=sentence, claim=claim)

    # ------------------------------------------------------------------ opening

    def open(self, source: str, *, sentence: str | None = None, claim: str | None = None) -> None:
        """Show ``source`` with the cursor on a sentence id or on a claim."""
        if not self.query(SentenceView):
            self._pending = (source, sentence, claim)
            return
        project = self.project
        doc = project.source(source)
        if "sentences" not in doc.__dict__ and len(doc.text) > self.SEGMENT_IN_WORKER:
            # Segmenting a long text takes a while: do it off the UI thread, then open.
            self.query_one("#reader-title", Static).update(f"Splitting {doc.title} into sentences…")
            self._segment(source, sentence, claim)
            return
        index = 0
        if claim is not None:
            c = project.claim(claim)
            start = doc.sentence_at(c.start)
            index = start.index if start else 0
        elif sentence is not None:
            try:
                index = doc.sentence(sentence).index
            except UsageError as err:
                self.notify(str(err), severity="error")
        if doc.id != self.source_id:
            self.suggestions, self.was, self.relearning = {}, {}, None
            self._asked += 1  # what was being suggested for the last source is not shown
            self._warm_pending = doc.id
            self._rest_timer()
            if doc.left_out_count:
                self.notify(left_out_line(doc.left_out_count), timeout=8)
        self.source_id = doc.id
        self.seen_version = self.argmap.data_version
        self.choice = 0
        self._shown_index = index
        self.view.load(doc.text, doc.sentences, self.shown_claims(doc.id), project.codebook, index)
        if claim is not None:
            full = project.claim(claim).id
            ids = [c.id for c in self.claims_here()]
            self.choice = ids.index(full) if full in ids else 0
        self._title()
        self._detail()
        self.view.focus()

    def refresh_data(self) -> None:
        if self.source_id is None:
            return
        if self.source_id not in self.project.sources:
            self.source_id = None
            return
        doc = self.project.sources[self.source_id]
        if self.view.sentences is not doc.sentences:  # a speaker set, the files re-read
            self.view.set_sentences(doc.text, doc.sentences)
        self.view.set_claims(self.shown_claims(self.source_id))
        self._show_hints()
        self._title()
        self._detail()
        self.refresh_bindings()
        if self.suggestions and self._answers_here() != self._learnt_from:
            self._relearn_soon()

    def _answers_here(self) -> tuple[frozenset[Any], frozenset[Any]]:
        """What this source's suggestions learn from in it: its claims (stance and
        questions) and the suggestions you rejected."""
        if self.source_id is None:
            return frozenset(), frozenset()
        claims = frozenset(
            (c.id, c.stance, tuple(c.questions)) for c in self.project.claims(source=self.source_id)
        )
        return claims, frozenset(self.rejected_here().items())

    RELEARN_AFTER = 1.0
    """Seconds without a key after you accepted, rejected or corrected a suggestion (or
    annotated) before the suggestions are worked out again from it, in the background:
    a newcomer correcting three suggestions expects the next ones to change."""

    def _relearn_soon(self) -> None:
        """(Re)start the wait for a pause, after which the suggestions learn your answers."""
        if self._relearn_timer is not None:
            self._relearn_timer.stop()
        self._relearn_timer = self.set_timer(self.RELEARN_AFTER, self._relearn)

    def _relearn(self) -> None:
        self._relearn_timer = None
        if not self.suggestions or self.source_id is None:
            return
        if not self.is_current:  # a dialog is open: after it closes (on_screen_resume)
            return
        if self.relearning is not None or self._answers_here() == self._learnt_from:
            return  # one at a time (a fit takes 30 s on a thousand sources): then again
        self.relearning = "0 %"
        self._title()
        self._suggest(self.source_id)

    def _title(self) -> None:

        if self.source_id is None:
            return
        doc = self.project.sources[self.source_id]
        n = len(doc.sentences)
        here = self.project.claims(source=doc.id)
        claims = len(here)
        sentence = doc.sentences[self.view.cursor].id if n else "-"
        readonly = " · READ-ONLY (file has problems)" if doc.id in self.project.unreadable else ""
        whose = self._whose(here)
        counted = f"{claims} claim{'' if claims == 1 else 's'}"
        if self.hide_others:  # said whatever the room: the marks are not all there are
            mine = len(self.shown_claims(doc.id))
            counted = f"{mine} claim{'' if mine == 1 else 's'} yours, {claims - mine} hidden (o)"
            whose = ""
        tail = f"  · {sentence} of {n} · {counted}{whose}"
        tail += readonly
        if done := self.project.done_map().get(doc.id):
            tail += f" · done: {', '.join(done)}"
        if said := self.project.argued_map().get(doc.id):
            tail += " · argues: " + ", ".join(f"{s} ({a})" for a, s in said.items())
        if self.relearning is not None:
            tail += f" · learning from your answers {self.relearning}"
        elif self.fitting:
            tail += " · fitting models: keys may lag"
        unread = f" · {doc.left_out_count} not read (L)" if doc.left_out_count else ""
        byline = f"  {doc.meta.byline}" if doc.meta.byline else ""
        # the title gives way first, so that the line fits (the byline and state stay)
        line = self.size.width - 2
        room = line - len(tail) - len(unread) - len(byline)
        if room < 16 <= room + len(whose):  # whose claims, only where it costs no line
            tail, room = tail.replace(whose, "", 1), room + len(whose)
        if room < 16 and byline:
            # two lines: the title and byline, cut to one line, above where the reader is
            # (a byline of seven writers took three lines at 80 columns, wrapped anywhere)
            # the title whole up to half the line: debate28's judgment read "Corvin v
            # Attorn…" beside a court's byline of 60 characters
            half = min(len(" ".join(doc.title.split())), line // 2)
            title = shorten(doc.title, max(min(70, line - len(byline)), half, 16))
            byline = "  " + shorten(doc.meta.byline, max(line - len(title) - 2, 8))
            tail = "\n" + tail.removeprefix("  · ")
            if len(tail) > line + 1 and whose:  # a third line while models are fitted
                tail = tail.replace(whose, "", 1)
        else:
            title = shorten(doc.title, max(min(70, room), 16))
        self.query_one("#reader-title", Static).update(
            Text.assemble(
                (title, "bold"),
                (byline, "italic"),
                (tail, muted_style()),
                (unread, "bold"),
            )
        )

    # ------------------------------------------------------------------ state

    def _me(self) -> str | None:
        try:
            return self.project.annotator
        except UsageError:
            return None

    def shown_claims(self, source: str) -> list[Claim]:
        """The claims of ``source`` the reader shows: everyone's, or yours alone (``o``)."""
        claims = self.project.claims(source=source)
        if self.hide_others:
            me = self._me()
            claims = [c for c in claims if c.annotator == me]
        return claims

    def action_others(self) -> None:
        """Hide other annotators' claims, to read on your own, or show them again."""
        self.hide_others = not self.hide_others
        self.refresh_data()
        if self.hide_others:
            me = self._me()
            self.notify(
                f"only {me + chr(39) + 's' if me else 'your'} claims shown: read on your own "
                "(o shows the others' again)",
                timeout=5,
            )
        else:
            self.notify("everyone's claims shown (o hides the others')", timeout=4)

    def _whose(self, claims: list[Claim]) -> str:
        """Whose the claims shown are, when not all yours: " (yours 1, gold 74)" (a new
        colleague saw 74 marks on a source and nothing said they were someone else's)."""
        try:
            me: str | None = self.project.annotator
        except UsageError:
            me = None
        by: dict[str, int] = {}
        for c in claims:
            by[c.annotator] = by.get(c.annotator, 0) + 1
        if set(by) <= {me}:
            return ""
        names = sorted(by, key=lambda a: (a != me, a))
        return " (" + ", ".join(f"{'yours' if a == me else a} {by[a]}" for a in names) + ")"

    def claims_here(self) -> list[Claim]:
        """Claims at the cursor, the current annotator's first."""
        claims = list(self.view.claims_at(self.view.cursor)) if self.source_id else []
        try:
            me = self.project.annotator
        except UsageError:
            me = None
        return sorted(claims, key=lambda c: (c.annotator != me, c.start))

    def current_claim(self) -> Claim | None:
        claims = self.claims_here()
        if not claims:
            return None
        return claims[self.choice % len(claims)]

    def current_sentence_id(self) -> str | None:
        if self.source_id is None:
            return None
        doc = self.project.sources[self.source_id]
        return doc.sentences[self.view.cursor].id if doc.sentences else None

    WARM_UP_AFTER = 1.5
    """Seconds without a key in the reader before the suggestion models are trained in the
    background: training holds the interpreter for tens of seconds on a large project, and
    keys pressed meanwhile wait for it, so it does not start while the reader is in use."""

    def _rest_timer(self) -> None:
        """(Re)start the wait for a pause, after which the pending warm-up begins."""
        if self._warm_pending is None:
            return
        if self._warm_timer is not None:
            self._warm_timer.stop()
        self._warm_timer = self.set_timer(self.WARM_UP_AFTER, self._start_warm_up)

    def _start_warm_up(self) -> None:
        if not self.is_current:
            return  # left the reader: it waits for the next pause here (on_screen_resume)
        source, self._warm_pending = self._warm_pending, None
        if source is not None and source == self.source_id:
            ended = threading.Event()
            self._warming = (source, ended)
            self._warm_up(source, ended)
            self.set_timer(self.WARM_UP_NOTICE, lambda: self._warm_notice(ended))

    WARM_UP_NOTICE = 2.0
    """Seconds the background fitting runs before the reader says so (keys lag meanwhile:
    13 s of CPU per source on a thousand sources, each key then took 2 s to show)."""

    def _warm_notice(self, ended: threading.Event) -> None:
        """Say in the title line, until it ends, that the models are being fitted (a
        notice popped over the text's right half at 80 columns, in a reader opened only to
        review two readings)."""
        if ended.is_set() or not self.is_current:
            return
        self.fitting = True
        self._title()

        def check() -> None:
            if ended.is_set():
                watch.stop()
                self.fitting = False
                self._title()

        watch = self.set_interval(0.5, check)

    @on(SentenceView.CursorMoved)
    def _moved(self) -> None:
        self._rest_timer()
        if self._relearn_timer is not None:  # keys keep coming: learn at the next pause
            self._relearn_soon()
        if self.view.cursor != self._shown_index:
            self._shown_index = self.view.cursor
            self.choice = 0
        self._title()
        self._detail()
        # Re-checking bindings recomposes the footer (~30-40 ms at 1,000 sources): only when
        # what applies changes, and only once the cursor rests, so that holding j never waits
        # for it. The keys themselves are checked when pressed, so they act at once.
        applies = (
            self.current_claim() is not None,
            bool(self.suggestions) and self.current_suggestion() is not None,
        )
        if applies != getattr(self, "_applies", None):
            self._applies = applies
            if self._footer_timer is not None:
                self._footer_timer.stop()
            self._footer_timer = self.set_timer(self.FOOTER_DELAY, self.refresh_bindings)

    @on(SentenceView.SelectionChanged)
    def _selection_changed(self) -> None:
        self._detail()

    def _selection_line(self) -> Text:
        """What is selected and what to do with it (empty without a selection)."""
        if self.view.anchor is None or self.source_id is None:
            return Text()
        chosen = self.view.selection()
        sentences = self.project.sources[self.source_id].sentences
        first, last = sentences[chosen[0]].id, sentences[chosen[-1]].id
        span = first if first == last else f"{first}–{last}"
        n = len(chosen)
        out = Text(f"{n} sentence{'s' if n != 1 else ''} selected ({span})", style="bold")
        stances = min(len(self.project.codebook.stances), 4)
        over = f" · 1-{stances}: one claim over them" if n > 1 and stances > 1 else ""
        keys = f"p: who says them{over}" if n > 1 else "p: who says it"
        out.append(f" · {keys} · v or esc: clear\n", style=muted_style())
        return out

    def _detail(self) -> None:
        detail = self.query_one("#reader-detail", Static)
        if self.source_id is None:
            detail.update("")
            return
        selected = self._selection_line()
        if selected and len(self.view.selection()) > 1 and not self.claims_here():
            selected.rstrip()  # "Not annotated. Press 1…": the keys act on the selection now
            detail.update(selected)
            return
        if selected:
            detail.update(selected + self._detail_text())
            return
        detail.update(self._detail_text())

    def _detail_text(self) -> Text:
        """The claims of the sentence under the cursor, or what to press there."""
        codebook = self.project.codebook
        claims = self.claims_here()
        if not claims:
            keys = "  ".join(f"{i} {s.symbol}" for i, s in enumerate(codebook.stances, 1) if i <= 9)
            out = Text(
                f"Not annotated. Press {keys} to annotate this sentence.", style=muted_style()
            )
            sug = self.current_suggestion()
            if sug is not None:
                labels = ", ".join(codebook.question(q).label for q in sug["questions"])
                out.append("\nSuggestion: ", style="bold")
                if (was := self.was.get(self.current_sentence_id() or "")) is not None:
                    out.append("(was ", style="italic")  # your answers changed it
                    if was[0] != sug["stance"]:  # the same stance is said once
                        out.append_text(stance_text(codebook, was[0]))
                        out.append(" ")
                    out.append(f"{round(was[1] * 100)} %", style="italic")
                    out.append(") ", style="italic")
                unlikely = sug["claim"] < 0.5  # no ? in the gutter: say so first
                if unlikely:
                    out.append(f"likely no claim here ({sug['label']}); if one: ", style="italic")
                out.append_text(stance_text(codebook, sug["stance"]))
                reasons = ", ".join(sug["top_features"][:5])
                because = f"because: {reasons}  ·  " if reasons else ""
                out.append(
                    f" {round(sug['stance_prob'] * 100)} %"
                    + ("" if unlikely else f" · {sug['label']}")
                    + f" · {labels}\n  {because}y accepts · x rejects",
                    style="italic",
                )
            elif rejected := self.rejected_here().get(self.current_sentence_id() or ""):
                out.append("\nYou rejected the suggestion ", style="italic")
                for i, stance in enumerate(rejected):
                    out.append(", " if i else "")
                    out.append_text(stance_text(codebook, stance))
                out.append(" here · x takes it back", style="italic")
            elif not self.suggestions and not self.view.annotated():
                # a newcomer on an unread source: the footer at 80 columns has no room for S
                out.append(
                    "\nNothing annotated in this source yet: S suggests claims (y accepts, "
                    "x rejects, a stance key corrects)",
                    style="italic",
                )
            return out
        current = self.current_claim()
        out = Text()
        for c in claims:
            if out:
                out.append("\n")
            mark = "› " if c is current else "  "
            labels = ", ".join(codebook.question(q).label for q in c.questions)
            out.append(mark)
            out.append_text(stance_text(codebook, c.stance))
            if c.voice:  # whose stance it is: before all else about it
                out.append(f" · voice: {c.voice}", style="bold")
            out.append(f" · {c.kind} · {labels}", style="bold")
            out.append(f" · {c.annotator} · {c.id}", style=muted_style())
            if c.note:
                # wrapped under its own indent (a long note fell back to the panel's edge)
                note = textwrap.fill(
                    c.note,
                    max(self.size.width - 2, 30),
                    initial_indent="    note: ",
                    subsequent_indent=" " * 10,
                )
                out.append("\n" + note, style="italic")
            if c is not current:
                continue
            if c.suggested is not None:
                out.append_text(provenance_text(codebook, c, max(self.size.width - 2, 20)))
            panel = max(self.size.width - 2, 30)  # a link's quote takes what its line leaves
            for r in c.relations:
                target = self.project.claim_index.get(r.target)
                sym = stance_symbol(codebook, target.stance) if target else "?"
                head, tail = f"\n    {r.type} → {sym} ", f" ({r.target})"
                if target is None:
                    out.append(f"{head}(missing){tail}", style=muted_style())
                    continue
                quote = quote_as_read(target, self.project.sources)
                out.append(_link_line(head, quote, tail, panel), style=muted_style())
            for rtype, other in self.incoming().get(c.id, []):
                verb = "supported by" if rtype == "supports" else "attacked by"
                where = "" if other.source == c.source else f" {self._short_title(other.source)}"
                head = f"\n    {verb} ← {stance_symbol(codebook, other.stance)}{where} "
                quote = quote_as_read(other, self.project.sources)
                out.append(_link_line(head, quote, f" ({other.id})", panel), style=muted_style())
        if len(claims) > 1:
            out.append(f"\n  c: next of the {len(claims)} claims here", style=muted_style())
        return out

    def incoming(self) -> dict[str, list[tuple[str, Claim]]]:
        """Per claim id, the links into it: ``(relation type, claim that holds it)``."""
        version = self.argmap.data_version
        if self._incoming is None or self._incoming[0] != version:
            links: dict[str, list[tuple[str, Claim]]] = {}
            for other in self.project.claim_index.values():
                for r in other.relations:
                    links.setdefault(r.target, []).append((r.type, other))
            self._incoming = (version, links)
        return self._incoming[1]

    def _short_title(self, source: str, width: int = 24) -> str:
        doc = self.project.sources.get(source)
        return shorten(doc.title, width) if doc else source

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in CLAIM_ACTIONS:
            return self.current_claim() is not None or None
        if action == "stance":
            idx = int(parameters[0])  # type: ignore[call-overload]
            if idx >= len(self.project.codebook.stances):
                return False
            return self.source_id is not None or None
        if action in (
            "questions",
            "next_claim",
            "next_open",
            "suggest",
            "speaker",
            "voice",
            "left_out",
        ):
            return self.source_id is not None or None
        if action in ("accept", "reject") and self.current_sentence_id() in self.rejected_here():
            return True  # x again takes the rejection back; y says so
        if action in ("accept", "reject"):
            if not self.suggestions:
                return False
            return self.current_suggestion() is not None or None
        if action == "least_sure":
            return bool(self._open_suggestions()) or None
        return True

    # ------------------------------------------------------------------ editing

    def action_stance(self, index: int) -> None:
        codebook = self.project.codebook
        if self.source_id is None or index >= len(codebook.stances):
            return
        stance = codebook.stances[index].id
        self.argmap.with_annotator(lambda: self._set_stance(stance))

    def _set_stance(self, stance: str) -> None:
        """Change my claim here, or start my own (another annotator's claim is kept)."""
        codebook = self.project.codebook
        claim = self.current_claim()
        if len(self._selected_span()) > 1:  # one claim over the selected sentences
            self._new_claim(stance, list(claim.questions) if claim is not None else None)
            return
        if claim is not None and claim.annotator == self.project.annotator:
            self.argmap.edit(
                lambda: self.project.update(claim.id, stance=stance),
                lambda c: f"{stance_symbol(codebook, stance)} {stance}: {c.id}",
            )
            return
        sug = self.current_suggestion() if claim is None else None
        if sug is not None:  # a correction of the suggestion: its questions, kind and source
            self._new_claim(stance, list(sug["questions"]), suggestion=sug)
            return
        # someone else's claim: start your own reading, preset with their questions
        self._new_claim(stance, list(claim.questions) if claim is not None else None)

    def _selected_span(self) -> list[Any]:
        """The selected sentences (``v``, shift+↓↑); none without a selection."""
        if self.view.anchor is None or self.source_id is None:
            return []
        sentences = self.project.sources[self.source_id].sentences
        return [sentences[i] for i in self.view.selection()]

    def _new_claim(
        self,
        stance: str,
        questions: list[str] | None = None,
        suggestion: dict[str, Any] | None = None,
    ) -> None:
        """Create a claim on the cursor's sentence, or over the selected sentences: pick its
        questions, then save. ``suggestion``: the one the claim corrects (its questions are
        ticked, its kind kept, and the claim says what it corrected)."""
        source, sentence = self.source_id, self.current_sentence_id()
        if source is None or sentence is None:
            return
        codebook = self.project.codebook
        if not codebook.questions:  # the picker would be empty, and ask for one forever
            self.notify(
                "a claim answers a question, and the codebook has none yet: K adds one",
                severity="warning",
                timeout=6,
            )
            return
        label = codebook.stance(stance).label
        chosen = self._selected_span()
        where: dict[str, Any] = {"sentence": sentence}
        if suggestion is not None:
            where |= {"kind": suggestion["kind"], "suggested": suggestion["provenance"]}
        if len(chosen) > 1:
            where = {"span": (chosen[0].start, chosen[-1].end)}
            sentence = f"{chosen[0].id}–{chosen[-1].id}"

        def create(questions: list[str] | None) -> None:
            if not questions:
                return
            self.last_questions = questions

            def go() -> None:
                self._drop_answers()
                done = self.argmap.edit(
                    lambda: self.project.annotate(
                        source, stance=stance, questions=questions, **where
                    ),
                    lambda c: f"annotated {sentence}: {stance_symbol(codebook, stance)} {label}",
                )
                if done is not None and "span" in where:
                    self.view.action_clear_selection()

            self.argmap.with_annotator(go)

        self.app.push_screen(
            QuestionPicker(
                codebook,
                questions if questions is not None else self.last_questions,
                f"New {stance_symbol(codebook, stance)} {label} claim on {sentence}: "
                "which question(s)?",
                # typing 1 3 on them gave 1 3 and the last claim's 6, unnoticed
                ticked=(
                    "as suggested"
                    if suggestion is not None
                    else "as the claim here"
                    if questions is not None
                    else "as your last claim"
                ),
            ),
            create,
        )

    def action_questions(self) -> None:
        codebook = self.project.codebook
        claim = self.current_claim()
        if claim is None:
            if self.source_id is None:
                return

            def then(stance: str | None) -> None:
                if stance:
                    self._new_claim(stance)

            self.app.push_screen(
                StancePicker(codebook, "New claim on this sentence: which stance? (1-9)"), then
            )
            return

        def picked(questions: list[str] | None) -> None:
            if questions:
                self.last_questions = questions
                self.argmap.edit(
                    lambda: self.project.edit_reading(claim.id, questions=questions),
                    lambda c: f"questions of {c.id}: {', '.join(c.questions)}{_kept(claim, c)}",
                )

        self.app.push_screen(
            QuestionPicker(codebook, list(claim.questions), f"Questions of claim {claim.id}"),
            picked,
        )

    def action_kind(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        kind = "evidence" if claim.kind == "claim" else "claim"
        self.argmap.edit(
            lambda: self.project.edit_reading(claim.id, kind=kind),
            lambda c: f"{c.id} is now {kind}{_kept(claim, c)}",
        )

    def action_note(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return

        def save(note: str | None) -> None:
            if note is not None:
                self.argmap.edit(
                    lambda: self.project.edit_reading(claim.id, note=note.strip()),
                    lambda c: f"note saved on {c.id}{_kept(claim, c)}",
                )

        self.app.push_screen(TextPrompt(f"Note on claim {claim.id}", value=claim.note), save)

    def action_link(self, relation: str) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        # every claim, not the consensus view's: where a source is done by someone else,
        # the view leaves a second reader's claims out, and they could not link their own
        others = [c for c in self.project.claims() if c.id != claim.id]

        linked = {r.target for r in claim.relations if r.type == relation}

        def chosen(target: str | None) -> None:
            if not target:
                return
            # on someone else's claim the link goes on your own reading of it
            if target in linked:  # choosing a linked claim again removes the link
                self.argmap.edit(
                    lambda: self.project.unrelate(self.project.edit_reading(claim.id).id, target),
                    lambda c: f"removed: {c.id} {relation} {target}{_kept(claim, c)}",
                )
                return
            self.argmap.edit(
                lambda: self.project.relate(
                    self.project.edit_reading(claim.id).id, relation, target
                ),
                lambda c: f"{c.id} {relation} {target}{_kept(claim, c)}",
            )

        title = (
            f"Claim {claim.id} {relation} which claim? “{shorten(quote_as_read(claim, self.project.sources), 50)}”"
            + (" (pick a linked one again to remove the link)" if linked else "")
        )
        self.app.push_screen(
            ClaimFinder(
                others,
                self.project.codebook,
                self.project.sources,
                title,
                near=claim.source,
                at=(claim.start, claim.end),
                me=self.project.annotator,
            ),
            chosen,
        )

    def action_delete(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        self.argmap.with_annotator(lambda: self._delete(claim))

    def _delete(self, claim: Claim) -> None:
        """Delete your claim; when other claims link to it, ask first and name the links."""
        try:
            self.project.check_owner(claim)
        except ArgmapError as err:
            self.notify(str(err), severity="error", timeout=8)
            return
        links = self.project.links_to(claim.id)

        def go(yes: bool | None = True) -> None:
            if not yes:
                self.notify("nothing deleted", timeout=2)
                return
            self.choice = 0
            self.argmap.edit(
                lambda: self.project.delete(claim.id),
                lambda c: (
                    f"deleted {c.id}"
                    + (f" and {counted(len(links), 'link')} to it" if links else "")
                    + " (u undoes)"
                ),
            )

        if not links:
            go()
            return
        details = "\n".join(
            f"{other.id} ({other.annotator}) {rel.type} it: “{shorten(quote_as_read(other, self.project.sources), 50)}”"
            for other, rel in links
        )
        self.app.push_screen(
            Confirm(
                f"Delete claim {claim.id}? {counted(len(links), 'link')} to it go with it:", details
            ),
            go,
        )

    def action_done(self) -> None:
        if self.source_id is not None:
            self.argmap.with_annotator(self._toggle_done)

    def _toggle_done(self) -> None:
        """Mark the open source done for you, or not done when it already is."""
        source = self.source_id
        if source is None:
            return
        done = source not in self.project.done_sources()
        mine = self.argmap.edit(
            lambda: (self.project.mark_done(source, done), self.project.done_sources())[1],
        )
        if mine is not None:
            state = "done" if done else "not done"
            self.notify(
                f"{source} marked {state} by {self.project.annotator} "
                f"({len(mine)} of {len(self.project.sources)} sources done)",
                timeout=3,
            )

    def action_argues(self) -> None:
        if self.source_id is not None:
            self.argmap.with_annotator(self._ask_argues)

    def _ask_argues(self) -> None:
        """Ask which stance the open source argues as a whole; picking the stance already
        said takes it back."""
        source = self.source_id
        if source is None:
            return
        now = self.project.argued().get(source)
        name = stance_name(self.project.codebook)
        said = f" (you said {name(now)}: pick it again to take it back)" if now else ""

        def picked(stance: str | None) -> None:
            if stance is None:
                return
            new = None if stance == now else stance
            changed = self.argmap.edit(
                lambda: self.project.set_argued(source, new),
                lambda _: f"{source}: argues {name(new)}" if new else f"{source}: no stance said",
            )
            if changed and self.suggestions:
                self._suggest(source)  # the open suggestions lean on it: ask again

        from argmap.suggest import side

        view = side.side_view(self.project, source)
        propose = view.needs_proposal
        note = "reading the source to propose its side…" if propose else None
        if now is None and not propose:
            note = f"nothing proposed: {view.why_not(name)}"
        # the title gets what its line leaves in the dialog (``.dialog``: 80 % of the
        # screen, at most 100 columns, less 2 of border and 2 of padding), 24 at least
        ask = "What does “{}” argue as a whole? (1-9)"
        room = min(int(self.app.size.width * 0.8), 100) - 4 - len(ask.format(""))
        picker = StancePicker(
            self.project.codebook,
            ask.format(self._short_title(source, max(room, 24))) + said,
            note,
        )
        self.app.push_screen(picker, picked)
        if propose:
            self._propose_side(source, picker)

    @work(thread=True, exclusive=True, group="side", exit_on_error=False)
    def _propose_side(self, source: str, picker: StancePicker) -> None:
        """Read which side ``source`` leans to (``side.propose``) and show it in the open
        ``picker``: preselected with the reason when clear enough, else only the reason.
        Nothing is kept: the user confirms (Enter) or picks another."""
        from argmap.errors import ArgmapError
        from argmap.suggest import side

        try:
            got = side.propose(self.project, source)
        except ArgmapError as err:
            got, why = None, f"nothing proposed: {err}"
        else:
            why = "nothing proposed: no likely claim to read"
        label = stance_name(self.project.codebook)
        if got is not None and got.confident:
            stance: str | None = got.stance
            why = f"proposed {label(got.stance)}: {got.reason(label)} (Enter confirms)"
        else:
            stance = None
            if got is not None:
                why = f"nothing proposed, too even: {got.reason(label)}"

        def show() -> None:
            if self.app.screen is picker:
                picker.propose(stance, why)

        self.app.call_from_thread(show)

    def action_find(self) -> None:
        """Search this source's sentences: words to find, or a sentence id to go to."""
        from argmap.tui.search import SearchScreen

        search = self.argmap.show("search")
        assert isinstance(search, SearchScreen)
        if self.source_id is not None:
            search.find_in(self.source_id)

    def action_speaker(self) -> None:
        """Ask who says the selected sentences (the cursor's without a selection) and set it
        by hand (``argmap speaker``): kept over the reader's speaker."""
        if self.source_id is None:
            return
        doc = self.project.sources[self.source_id]
        if not doc.sentences:
            return
        chosen = [doc.sentences[i] for i in self.view.selection()]
        ids = [s.id for s in chosen]
        now = {s.speaker for s in chosen}
        span = ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]} ({len(ids)} sentences)"
        said = ", ".join(sorted(n or "nobody" for n in now))
        by_hand = bool(set(ids) & set(doc.speaker_fixes))
        source = doc.id

        def chosen_name(name: str | None) -> None:
            if name is None:
                return
            speaker = None if name == AS_READ else name
            done = self.argmap.edit(lambda: self.project.set_speaker(source, ids, speaker))
            if done is None:
                return
            self.view.action_clear_selection()
            after = {s.speaker for s in done}
            who = (next(iter(after)) or "nobody") if len(after) == 1 else "their reader's"
            how = " (as read)" if speaker is None else ""
            self.notify(
                f"{span}: said by {who}{how} (was {said}) · u undoes",
                timeout=5,
            )

        self.app.push_screen(
            SpeakerPrompt(
                f"Who says {span}? now: {said}",
                next(iter(now)) if len(now) == 1 else "",
                known_speakers(doc),
                by_hand,
            ),
            chosen_name,
        )

    def action_voice(self) -> None:
        """Ask whose stance the claim under the cursor carries (a person or body it quotes
        or reports; empty: the writer's own) and save it, on your reading of it."""
        claim = self.current_claim()
        if self.source_id is None:
            return
        if claim is None:
            self.notify(
                "V sets the voice of a claim: annotate this sentence first (a stance key)",
                timeout=5,
            )
            return
        doc = self.project.sources[claim.source]
        # who says it: the note's "voice: NAME" (written before claims had a voice), else
        # the sentence's speaker (a transcript's turn)
        speaker = voice_in_note(claim.note) or (
            doc.sentence(claim.sentence).speaker if claim.sentence else ""
        )
        spellings = self.project.voices()
        names = voice_choices(self.project.claims(source=claim.source), spellings, speaker)
        now = claim.voice or "the writer's own"

        def chosen(voice: str | None) -> None:
            if voice is None or voice == claim.voice:
                return
            key = voice_key(voice)
            near = near_voice(key, spellings) if voice and key not in spellings else None
            done = self.argmap.edit(
                lambda: self.project.edit_reading(claim.id, voice=voice),
                lambda c: f"voice of {c.id}: {c.voice or 'the writer’s own'}{_kept(claim, c)}",
            )
            if done is not None and near is not None:
                self.notify(
                    f"voice {done.voice!r} is new; the project has {near!r}: a typo? "
                    "V again mends it",
                    severity="warning",
                    timeout=8,
                )

        self.app.push_screen(
            VoicePrompt(
                f"Whose stance is claim {claim.id}? now: {now}",
                claim.voice or speaker,
                names,
            ),
            chosen,
        )

    def action_left_out(self) -> None:
        """Show the passages of the saved page its text does not hold (``argmap leftout``);
        add one as a source of its own, or forget them once dealt with."""
        if self.source_id is None:
            return
        doc = self.project.sources[self.source_id]
        if not doc.left_out_count:
            self.notify(f"{doc.id}: no passages left out (a saved web page is checked when added)")
            return
        source, title = doc.id, doc.title

        def then(answer: tuple[str, str] | None) -> None:
            if answer is None:
                return
            what, passage = answer
            if what == "forget":
                n = self.project.sources[source].left_out_count
                passages = f"{n} passage{'s' if n != 1 else ''}"

                def forget(yes: bool | None) -> None:
                    if yes:
                        self.argmap.edit(
                            lambda: self.project.set_meta(source, left_out=()),  # type: ignore[arg-type]
                            lambda _: f"{source}: forgot {passages} not read",
                        )

                self.app.push_screen(
                    Confirm(
                        f"Forget the {passages} not read, as dealt with?",
                        "argmap will no longer list them (the saved page keeps them; "
                        "u brings them back).",
                    ),
                    forget,
                )
                return
            from argmap.tui.sources_screen import AddSourcesScreen

            # listed on the add screen, to check and save (ctrl+s) as a source of its own
            self.app.push_screen(AddSourcesScreen([f"Passage left out of {title}\n\n{passage}\n"]))

        self.app.push_screen(LeftOutScreen(title, doc.meta.left_out), then)

    def action_cycle(self) -> None:
        self.choice += 1
        self._detail()

    def action_next_claim(self, direction: int) -> None:
        marks = self.view.annotated()
        here = self.view.cursor
        ahead = [i for i in marks if (i > here if direction > 0 else i < here)]
        if not ahead:
            self.notify("no more annotated sentences this way", timeout=2)
            return
        self.view.move_to(ahead[0] if direction > 0 else ahead[-1], center=False)

    def action_next_open(self, direction: int) -> None:
        """Move to the nearest sentence with no claim in ``direction`` (1 down, -1 up)."""
        marked = set(self.view.annotated())
        here = self.view.cursor
        steps = (
            range(here + 1, len(self.view.sentences)) if direction > 0 else range(here - 1, -1, -1)
        )
        target = next((i for i in steps if i not in marked), None)
        if target is None:
            self.notify("no more unannotated sentences this way", timeout=2)
            return
        self.view.move_to(target, center=False)

    def action_turn(self, direction: int) -> None:
        """Move to where the next (previous) post or turn begins: the first sentence of a
        writer after another's, in ``direction`` (1 down, -1 up)."""
        sentences = self.view.sentences
        starts = [
            i
            for i, s in enumerate(sentences)
            if s.speaker and (i == 0 or sentences[i - 1].speaker != s.speaker)
        ]
        if not starts:
            self.notify("no writers on this page (p says who says a sentence)", timeout=3)
            return
        here = self.view.cursor
        ahead = (
            [i for i in starts if i > here] if direction > 0 else [i for i in starts if i < here]
        )
        if not ahead:
            self.notify(f"no other post {'below' if direction > 0 else 'above'}", timeout=2)
            return
        # a third of the way down, the post under it: its writer's name shows above it (a
        # notice per key piled up over the text when the user went on)
        self.view.move_to(ahead[0] if direction > 0 else ahead[-1])

    def action_source(self, direction: int) -> None:
        ids = sorted(self.project.sources)
        if not ids:
            return
        if self.source_id is None:
            self.open(ids[0])
            return
        i = (ids.index(self.source_id) + direction) % len(ids)
        self.open(ids[i])

    # ------------------------------------------------------------------ suggestions

    def rejected_here(self) -> dict[str, tuple[str, ...]]:
        """Per sentence of this source, the stances whose suggestions you rejected (kept in
        your progress file, so they stay rejected after a restart); none without a name."""
        if self.source_id is None:
            return {}
        try:
            return self.project.rejected(only=self.source_id).get(self.source_id, {})
        except UsageError:  # no annotator yet: nothing rejected
            return {}

    def _open_suggestions(self) -> list[dict[str, Any]]:
        return [s for _, s in self._open_items()]

    def _open_items(self) -> list[tuple[str, dict[str, Any]]]:
        """(sentence id, suggestion) of each suggestion not yet answered."""
        rejected = self.rejected_here()
        return [
            (sid, s)
            for sid, s in self.suggestions.items()
            if sid not in rejected and not self.view.claims_at(s["index"])
        ]

    def current_suggestion(self) -> dict[str, Any] | None:
        """The open suggestion for the sentence under the cursor, if any."""
        sid = self.current_sentence_id()
        if sid is None or sid not in self.suggestions:
            return None
        sug = self.suggestions[sid]
        if sid in self.rejected_here() or self.view.claims_at(sug["index"]):
            return None
        return sug

    def _show_hints(self) -> None:
        codebook = self.project.codebook
        hints = {}
        for s in self._open_suggestions():
            if s["claim"] >= 0.5:
                labels = ", ".join(codebook.question(q).label for q in s["questions"])
                hints[s["index"]] = (
                    stance_symbol(codebook, s["stance"]) + "?",
                    f"? {labels}",
                )
        self.view.set_hints(hints)

    def action_suggest(self) -> None:
        if self.source_id is None:
            return
        try:
            import argmap.suggest  # noqa: F401
        except ImportError:
            self.notify("suggestions are not available in this version", severity="error")
            return
        self._say_progress("suggesting: training on the annotated sentences…", timeout=10)
        self.relearning = None
        self._suggest(self.source_id)

    PROGRESS = ("suggesting", "fitting the suggestion models")
    """How S's progress notices begin: each replaces the one before."""

    ANSWERS = ("annotated ", "accepted the suggestion", "rejected the suggestion", "rejection")
    """How the notices of an answer (a claim made, a suggestion accepted or rejected) begin:
    each replaces the one before (at 80 columns, answering three suggestions in a row stood
    three notices over the text's right half)."""

    def _drop_answers(self) -> None:
        """Take the last answer's notice off the screen, for the next one's."""
        self._drop_progress(self.ANSWERS)

    def _drop_progress(self, kinds: tuple[str, ...] = PROGRESS) -> None:
        """Take S's progress notices (or other ``kinds``) off the screen (at 80 columns three
        stood over the text's right half at once, and "training…" stayed under the result)."""
        stale = [n for n in self.app._notifications if n.message.startswith(kinds)]
        for notice in stale:
            self.app._unnotify(notice, refresh=False)
        if stale:
            self.app._refresh_notifications()

    def _say_progress(self, message: str, timeout: float) -> None:
        """A progress notice of S in place of the one before."""
        self._drop_progress()
        self.notify(message, timeout=timeout)

    @work(thread=True, exclusive=True, group="suggest-warm", exit_on_error=False)
    def _warm_up(self, source: str, ended: threading.Event | None = None) -> None:
        """Fit the models for ``source`` in the background (once reading pauses), so that
        the first ``S`` only predicts; too few annotations is not an error here, and no
        failure of this head start may end the app (``S`` reports its own errors). A
        warm-up another source's has superseded stops at its next step."""
        from contextlib import suppress

        from textual.worker import get_current_worker

        from argmap.errors import ArgmapError
        from argmap.suggest import has_units, models_for, unrefit_models

        worker = get_current_worker()

        def progress(_what: str, _done: float) -> None:
            if worker.is_cancelled:
                raise _Superseded

        try:
            with suppress(ArgmapError, _Superseded):
                models_for(self.project, source, progress=progress)
                if ended is not None and not has_units(self.project, source):
                    ended.set()  # S on a source without units needs no more
                # and those without the source, whose reading S mixes in once it has units
                unrefit_models(self.project, source, progress=progress)
        finally:
            if ended is not None:
                ended.set()

    def _suggest(self, source: str) -> None:
        """Work out the suggestions for ``source`` in the background; only the last asked
        for is shown (an answer given meanwhile asks again)."""
        self._asked += 1
        self._learnt_from = self._answers_here()
        self._suggest_in_worker(source, self._asked, self.relearning is not None)

    def _relearn_progress(self, asked: int, done: float) -> None:
        if asked == self._asked and self.relearning is not None:
            self.relearning = f"{round(done * 100)} %"
            self._title()

    @work(thread=True, exclusive=True, group="suggest")
    def _suggest_in_worker(self, source: str, asked: int, quiet: bool) -> None:
        """``quiet``: relearning after your answers, whose progress the title line shows
        (not a notice over the text each time)."""
        from argmap.suggest import NotEnoughData, side, suggest_source

        def progress(what: str, done: float) -> None:
            if quiet:
                self.app.call_from_thread(self._relearn_progress, asked, done)
                return
            if what != "done" and time.monotonic() - started > 1.0:  # only long work shows
                step = what.removeprefix("suggesting: ")  # the last step says it already
                self.app.call_from_thread(
                    self._say_progress, f"suggesting: {step} ({round(done * 100)} %)", timeout=2
                )

        started = time.monotonic()
        if self._warming is not None and self._warming[0] == source:
            ended = self._warming[1]
            if not ended.is_set():  # the same models: wait for them, not fit them twice
                self.app.call_from_thread(
                    self._say_progress,
                    "suggesting: waiting for the models being fitted in the background…",
                    timeout=4,
                )
                ended.wait()
        try:
            found = suggest_source(self.project, source, progress=progress, keep_rejected=True)
            unsaid = side.side_view(self.project, source).needs_proposal
        except NotEnoughData as err:
            self.app.call_from_thread(self._failed, asked, str(err), "warning")
            return
        except Exception as err:
            self.app.call_from_thread(self._failed, asked, f"suggestions failed: {err}", "error")
            return
        self.app.call_from_thread(self._got_suggestions, source, found, unsaid, asked)

    def _failed(self, asked: int, message: str, severity: SeverityLevel) -> None:
        self._drop_progress()
        if asked == self._asked:
            self.relearning = None
            self._title()
        self.notify(message, severity=severity, timeout=8)

    def _got_suggestions(
        self, source: str, found: list[Any], unsaid: bool = False, asked: int | None = None
    ) -> None:
        """Show ``found`` as hints; ``unsaid``: nothing says yet which side the source
        argues, so the notice asks for it (``A``), the one word that helps most. Answers
        to an earlier request than the last (``asked``) are dropped; when suggestions
        were shown here before, the notice says how many your answers changed."""
        self._drop_progress()
        if source != self.source_id or (asked is not None and asked != self._asked):
            return
        relearnt, self.relearning = self.relearning is not None, None
        before = {sid: _gist(s) for sid, s in self._open_items()}
        doc = self.project.sources[source]
        index = {s.id: s.index for s in doc.sentences}
        self.suggestions = {
            s.sentence: {
                "index": index.get(s.sentence, 0),
                "stance": s.stance,
                "stance_prob": s.stance_probs.get(s.stance, 0.0),
                "label": s.label,
                "provenance": s.provenance(),
                "kind": s.kind,
                "claim": s.claim,
                "questions": list(s.questions),
                "top_features": list(s.top_features),
                "uncertainty": s.uncertainty,
            }
            for s in found
            if s.sentence in index and s.questions
        }
        likely = sum(1 for s in self.suggestions.values() if s["claim"] >= 0.5)
        said = (
            "; A: say which side this source argues, and they follow it"
            if unsaid
            else "; w jumps to the least sure sentence"
        )
        if before:
            after = {sid: _gist(s) for sid, s in self._open_items()}
            changed = [
                sid for sid, now in after.items() if sid in before and _moved(before[sid], now)
            ]
            # what each was before your answers began to change it (not just the last time)
            was = {sid: old for sid, old in self.was.items() if sid in after}
            for sid in changed:
                was.setdefault(sid, (before[sid][0], before[sid][2]))
            self.was = {  # until it is back where it was
                sid: (stance, prob)
                for sid, (stance, prob) in was.items()
                if stance != after[sid][0] or abs(prob - after[sid][2]) * 100 >= MOVED
            }
            if relearnt:
                self.notify(
                    f"suggestions worked out from your answers here: {len(changed)} of "
                    f"{len(after)} changed (stance, claim or {MOVED} points)",
                    timeout=5,
                )
            else:
                self.notify(
                    f"{likely} likely claims suggested (dim ?), {len(changed)} changed{said}",
                    timeout=5,
                )
        else:
            self.notify(f"{likely} likely claims suggested (dim ?){said}", timeout=5)
        self._show_hints()
        self._title()
        self._detail()
        self.refresh_bindings()
        if self._answers_here() != self._learnt_from:  # answered meanwhile
            self._relearn_soon()

    def action_accept(self) -> None:
        """Accept the suggestion under the cursor as your claim; on a sentence whose
        suggestion you rejected, say how to take the rejection back (y did nothing)."""
        sug = self.current_suggestion()
        source, sentence = self.source_id, self.current_sentence_id()
        if sentence is not None and sentence in self.rejected_here():
            self.notify(
                f"you rejected the suggestion for {sentence}: x takes the rejection back, "
                "then S suggests it again (or give it a stance: 1-9)",
                severity="warning",
                timeout=6,
            )
            return
        if sug is None or source is None or sentence is None:
            return

        def go() -> None:
            self._drop_answers()
            self.argmap.edit(
                lambda: self.project.annotate(
                    source,
                    stance=sug["stance"],
                    questions=sug["questions"],
                    sentence=sentence,
                    kind=sug["kind"],
                    suggested=sug["provenance"],
                ),
                lambda c: f"accepted the suggestion for {sentence}: {c.id}",
            )

        self.argmap.with_annotator(go)

    def action_reject(self) -> None:
        """Reject the suggestion under the cursor, for good (your progress file: the next
        ``S`` reads it as evidence); on a sentence whose suggestion you rejected, take the
        rejection back."""
        source, sentence = self.source_id, self.current_sentence_id()
        if source is None or sentence is None:
            return
        if sentence in self.rejected_here():
            # what was suggested there read the rejection as evidence: ``S`` again
            self.suggestions.pop(sentence, None)
            self._drop_answers()
            self.argmap.edit(
                lambda: self.project.set_rejected(source, sentence, None, rejected=False),
                lambda _: f"rejection taken back: {sentence} (S suggests it again)",
            )
            return
        sug = self.current_suggestion()
        if sug is None:
            return
        stance = sug["stance"]

        def go() -> None:
            self._drop_answers()
            self.argmap.edit(
                lambda: self.project.set_rejected(source, sentence, stance),
                lambda _: (
                    f"rejected the suggestion for {sentence} (x again takes it back; "
                    "the suggestions learn from it at a pause)"
                ),
            )

        self.argmap.with_annotator(go)

    def action_least_sure(self) -> None:
        open_ = self._open_suggestions()
        if not open_:
            return
        target = max(open_, key=lambda s: (s["uncertainty"], -s["index"]))
        self.view.move_to(target["index"])
