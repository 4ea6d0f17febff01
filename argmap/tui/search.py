"""Search and filter: sentences or claims across the corpus; Enter jumps to the reader."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Header, Input, OptionList, Select, Static
from textual.widgets._select import SelectOverlay
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from argmap.model import KINDS, Claim
from argmap.tui.app import ArgmapScreen
from argmap.tui.dialogs import claim_prompt
from argmap.tui.footer import FittingFooter
from argmap.tui.widgets import around, muted_style, shorten, stance_text

LIMIT = 100
"""Hits listed at most (the status says how many there are): every hit's two lines are
measured when the list is filled, 1.5 s a key for 500 on distinct-1000 at load 13 (0.09 s
for 100); past a screenful a user narrows the words or filters rather than scrolling."""
SENTENCE_ID = re.compile(r"s(\d{1,6})")
"""A query word that names a sentence (``s87``, ``s0087``): that sentence, not its text."""


def split_query(text: str) -> tuple[list[str], set[str]]:
    """The words to find in the text (lower case) and the sentence ids named (``s0087``)."""
    words, ids = [], set()
    for word in text.lower().split():
        if m := SENTENCE_ID.fullmatch(word):
            ids.add(f"s{int(m[1]):04d}")
        else:
            words.append(word)
    return words, ids


@dataclass(frozen=True)
class Query:
    """What the user asked for: text words and field filters (``None`` = any)."""

    text: str
    what: str = "claims"
    stance: str | None = None
    question: str | None = None
    source: str | None = None
    kind: str | None = None


class SearchScreen(ArgmapScreen):
    """Type words to find claims (or sentences); filter by stance, question, source, kind."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "focus_query", "Query", id="search.query"),
        Binding("ctrl+l", "focus_results", "Results", id="search.results"),
        Binding("escape", "back", "Back", id="search.back", show=False),
        # Priority: run as each key arrives, before the next is handed to a widget: keys
        # sent in one burst (`/word Tab Enter Down Enter`) after a Tab went to the query.
        Binding("tab", "step(1)", show=False, priority=True),
        Binding("shift+tab", "step(-1)", show=False, priority=True),
        Binding("enter,down,up", "open_filter", show=False, priority=True),
    ]

    _scoped: tuple[str, str | None] | None = None
    """The filters (what, source) before the reader's ``/`` narrowed them, until widened."""
    _find_pending: str | None = None
    _shown: Query | None = None
    """The query whose hits are listed."""
    _hay: tuple[object, list[tuple[Claim, str]]] | None = None
    """The claims' view the haystacks were made from, and them (:meth:`_haystacks`)."""
    _open_single: Query | None = None
    """A query enter was pressed on before its hits came (a sentence id: opened if one)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="search-body"):
            yield from self._body()
        yield FittingFooter()

    def _body(self) -> ComposeResult:
        project = self.project
        codebook = project.codebook
        yield Input(
            placeholder="words to find (all must occur) · enter goes to results", id="query"
        )
        with Horizontal(id="filters"):
            yield Select(
                [("claims", "claims"), ("sentences", "sentences")],
                value="claims",
                allow_blank=False,
                id="what",
            )
            yield Select(
                [(stance_text(codebook, s.id), s.id) for s in codebook.stances],
                prompt="stance",
                id="stance",
            )
            yield Select(
                [(q.label, q.id) for q in codebook.questions], prompt="question", id="question"
            )
            yield Select(
                [(shorten(d.title, 40), sid) for sid, d in sorted(project.sources.items())],
                prompt="source",
                id="source",
            )
            yield Select([(k, k) for k in KINDS], prompt="kind", id="kind")
        yield Static(id="search-status", classes="screen-title")
        yield OptionList(id="hits")

    def on_mount(self) -> None:
        self.query_one("#query", Input).focus()
        # Textual draws a filter's "no choice" line (its prompt) dim: 2.5:1 on the highlight
        # in a 256-colour terminal. Plain italic text takes the option's legible colour.
        for select in self.query("#filters Select"):
            assert isinstance(select, Select)
            if not select._allow_blank:
                continue
            overlay = select.query_one(SelectOverlay)
            overlay.replace_option_prompt_at_index(0, Text(str(select.prompt), style="italic"))
        if self._find_pending is not None:
            self.find_in(self._find_pending)
            self._find_pending = None

    def refresh_data(self) -> None:
        if not self.query("#what"):  # resumed while still composing: once it is done
            self.seen_version = -1
            self.call_after_refresh(self.sync)
            return
        self.run_query()

    def current(self) -> Query:
        def val(name: str) -> str | None:
            select = self.query_one(f"#{name}", Select)
            return None if select.is_blank() else str(select.value)

        return Query(
            text=self.query_one("#query", Input).value,
            what=val("what") or "claims",
            stance=val("stance"),
            question=val("question"),
            source=val("source"),
            kind=val("kind"),
        )

    @on(Input.Changed, "#query")
    @on(Select.Changed)
    def run_query(self) -> None:
        """Search again with what is in the query box and filters."""
        self._search(self.current())

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: Query) -> None:
        project = self.project
        codebook = project.codebook
        width = max(self.app.size.width - 12, 40)
        words, ids = split_query(query.text)
        worker = get_current_worker()
        options: list[Option] = []
        total = 0
        claims = [
            (c, hay)
            for c, hay in self._haystacks()
            if (query.stance is None or c.stance == query.stance)
            and (query.question is None or query.question in c.questions)
            and (query.source is None or c.source == query.source)
            and (query.kind is None or c.kind == query.kind)
        ]
        if query.what == "claims":
            for c, hay in claims:
                if (not ids or c.sentence in ids) and all(w in hay for w in words):
                    total += 1
                    if len(options) < LIMIT:
                        prompt = claim_prompt(c, codebook, project.sources, width, words=words)
                        prompt.highlight_words(words, "reverse", case_sensitive=False)
                        options.append(Option(prompt, f"c:{c.id}"))
        else:
            filtered = any((query.stance, query.question, query.kind))
            marked: dict[str, set[str]] = {}
            for c, _hay in claims:
                marked.setdefault(c.source, set()).add(c.sentence)
            for sid in sorted(project.sources):
                if query.source is not None and sid != query.source:
                    continue
                if worker.is_cancelled:
                    return
                doc = project.sources[sid]
                for s in doc.sentences:
                    if filtered and s.id not in marked.get(sid, ()):
                        continue
                    low = s.text.lower()
                    if (not ids or s.id in ids) and all(w in low for w in words):
                        total += 1
                        if len(options) < LIMIT:
                            prompt = Text.assemble(
                                (shorten(doc.title, 40), "bold"),
                                (f" · {s.id}\n  ", muted_style()),
                                around(s.text, words, width),
                            )
                            prompt.highlight_words(words, "reverse", case_sensitive=False)
                            options.append(Option(prompt, f"s:{sid}:{s.id}"))
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, options, total, query)

    def _haystacks(self) -> list[tuple[Claim, str]]:
        """Each claim that counts with its quote, note and voice in lower case, what a query's
        words are looked for in: made once per state of the claims, not at every key (a
        third of a key's work on 22,000 claims)."""
        view = self.project.view()
        made = self._hay
        if made is None or made[0] is not view:
            made = (view, [(c, f"{c.quote} {c.note} {c.voice}".lower()) for c in view.claims])
            self._hay = made
        return made[1]

    def _show(self, options: list[Option], total: int, query: Query) -> None:
        if query != self.current():
            return  # an older search finishing late (its worker cancelled as it ended)
        hits = self.query_one("#hits", OptionList)
        hits.clear_options()
        hits.add_options(options)
        shown = f" (first {LIMIT} shown)" if total > LIMIT else ""
        where = ""
        if query.source is not None and query.source in self.project.sources:
            title = shorten(self.project.sources[query.source].title, 40)
            where = f" in “{title}” (source filter)"
        self.query_one("#search-status", Static).update(
            f"{total} {query.what.removesuffix('s') if total == 1 else query.what} "
            f"found{where}{shown} · enter on a hit opens it in the reader"
        )
        self._shown = query
        if self._open_single == query:  # enter came before these hits: answer it now
            self._open_single = None
            if not self._open_if_single():
                self.action_focus_results()

    def action_back(self) -> None:
        """Back to the reader when its ``/`` opened this search, else to the matrix."""
        self.argmap.show("reader" if self._scoped is not None else "matrix")

    def widen(self) -> None:
        """Opened from elsewhere than the reader: the filters as they were before the
        reader's ``/`` narrowed them to its source (if the user did not change them since);
        the last query selected in its box, so that what is typed replaces it."""
        if not self.query("#query"):
            return  # shown for the first time: composed empty, the box focused
        query = self.query_one("#query", Input)
        query.focus()
        query.select_all()
        if self._scoped is None:
            return
        what, where = self.query_one("#what", Select), self.query_one("#source", Select)
        if what.value == "sentences" and not where.is_blank():
            what.value = self._scoped[0]
            if self._scoped[1] is None:
                where.clear()
            else:
                where.value = self._scoped[1]
        self._scoped = None

    def find_in(self, source: str) -> None:
        """Search the sentences of ``source`` (the reader's ``/``): words, or an id
        (``s0087``) to jump to; the source filter, shown, widens it again."""
        if not self.query("#what"):  # shown for the first time: not composed yet
            self._find_pending = source
            return
        what, where = self.query_one("#what", Select), self.query_one("#source", Select)
        if self._scoped is None:
            self._scoped = (str(what.value), None if where.is_blank() else str(where.value))
        what.value, where.value = "sentences", source
        query = self.query_one("#query", Input)
        query.focus()
        query.select_all()
        self.run_query()

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        """Enter in the query box: to the results; a sentence id named (``s0087``) and found
        once opens it in the reader at once (the reader's ``/ s87 enter`` goes there)."""
        query = self.current()
        if split_query(query.text)[1] and query.what == "sentences":
            if self._shown != query:  # typed in one burst with the id: the hits are coming
                self._open_single = query
                return
            if self._open_if_single():
                return
        self.action_focus_results()

    def _open_if_single(self) -> bool:
        """Open the one hit in the reader, if there is exactly one."""
        hits = self.query_one("#hits", OptionList)
        if hits.option_count != 1:
            return False
        self._open(OptionList.OptionSelected(hits, hits.get_option_at_index(0), 0))
        return True

    def action_step(self, by: int) -> None:
        """To the next (previous) field: the query, the filters, the results."""
        if by > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def action_open_filter(self) -> None:
        """A key that opens the filter under focus: its list takes the keys after it (the
        list's focus came after the keys queued behind this one, which then went nowhere)."""
        select = self.focused
        if not isinstance(select, Select) or select.expanded:
            raise SkipAction()
        select.action_show_overlay()
        self.set_focus(select.query_one(SelectOverlay))

    def action_focus_results(self) -> None:
        hits = self.query_one("#hits", OptionList)
        hits.focus()
        if hits.option_count and hits.highlighted is None:
            hits.highlighted = 0

    def action_focus_query(self) -> None:
        self.query_one("#query", Input).focus()

    @on(OptionList.OptionSelected, "#hits")
    def _open(self, event: OptionList.OptionSelected) -> None:
        key = event.option.id or ""
        if key.startswith("c:"):
            claim = self.project.claim_index.get(key[2:])
            if claim is not None:
                self.argmap.open_reader(claim.source, claim=claim.id)
        elif key.startswith("s:"):
            _, sid, sentence = key.split(":", 2)
            self.argmap.open_reader(sid, sentence=sentence)
