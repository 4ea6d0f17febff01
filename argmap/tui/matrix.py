"""The home screen: sources × questions, each cell the source's position on the question."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from argmap import analysis
from argmap.analysis import Cell
from argmap.model import Codebook, Question
from argmap.project import Project, SourceDoc, quote_as_read
from argmap.tui.app import ArgmapScreen
from argmap.tui.dialogs import claim_prompt
from argmap.tui.footer import FittingFooter
from argmap.tui.matrix_view import (
    ColumnLabel,
    MatrixView,
    RowLabel,
    made_from_title,
    unique_prefixes,
)
from argmap.tui.widgets import (
    Entries,
    counted,
    legend,
    muted_style,
    scale_order,
    shorten,
    stance_style,
    stance_symbol,
)

#: The mark of sentences whose annotators disagree (counted apart, never as a stance).
CONTESTED = "!"


class CellTexts:
    """The text of matrix cells in the current theme: ``▲3 ▼1 ±`` in full (the dominant
    stance first, in its colour, then the other counts) or ``▲3±`` compact (the dominant
    stance only, for narrow terminals); a contested count follows its own mark ``!``.

    Cells with the same counts share one (never mutated) ``Text``: a large matrix repeats
    a few hundred distinct cells, and building each one costs more than looking it up.
    """

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.ids = codebook.stance_ids
        self.scale = scale_order(codebook)
        self.styles = {s: stance_style(codebook, s) for s in self.ids}
        self.symbols = {s: stance_symbol(codebook, s) for s in self.ids}
        self.muted = muted_style()
        self._full: dict[tuple, Text] = {}
        self._compact: dict[tuple, Text] = {}

    def full(self, cell: Cell) -> Text:
        contested = getattr(cell, "contested", 0)
        key = (cell.dominant, tuple(cell.counts.items()), cell.mixed, contested)
        text = self._full.get(key)
        if text is None:
            text = self._full[key] = self._make_full(*key)
        return text

    def _make_full(
        self,
        dominant: str | None,
        counts_items: tuple[tuple[str, int], ...],
        mixed: bool,
        contested: int,
    ) -> Text:
        if dominant is None and not contested:
            return Text("·", style=self.muted, justify="center")
        counts = dict(counts_items)
        # on a scale each stance at its place on it ("△4 ◇5 ▼4": the spread reads at a
        # glance), the dominant one told by its bold; options: the dominant one first
        order = self.scale or ([dominant] if dominant else []) + [
            s for s in self.ids if s != dominant
        ]
        out = Text()
        for s in order:
            n = counts.get(s, 0)
            if not n:
                continue
            if out:
                out.append(" ")
            style = self.styles.get(s, "bold")
            if s != dominant:
                style = style.replace("bold", "").strip() or "none"
            out.append(f"{self.symbols.get(s, '?')}{n}", style=style)
        if mixed:
            out.append(" ±", style="bold")
        if contested:
            if out:
                out.append(" ")
            out.append(f"{CONTESTED}{contested}", style="bold")
        return out

    def compact(self, cell: Cell) -> Text:
        contested = getattr(cell, "contested", 0)
        n = cell.counts.get(cell.dominant, 0) if cell.dominant else 0
        key = (cell.dominant, n, cell.mixed, contested)
        text = self._compact.get(key)
        if text is None:
            text = self._compact[key] = self._make_compact(*key)
        return text

    def _make_compact(self, dominant: str | None, n: int, mixed: bool, contested: int) -> Text:
        out = Text(justify="center")
        if dominant is not None:
            out.append(f"{self.symbols.get(dominant, '?')}{n}", style=self.styles[dominant])
        if mixed:
            out.append("±", style="bold")
        if contested:
            out.append(f"{CONTESTED}{contested}" if not out else CONTESTED, style="bold")
        if not out:
            out.append("·", style=self.muted)
        return out


def cell_text(cell: Cell, codebook: Codebook) -> Text:
    """The full text of one cell (see :class:`CellTexts`)."""
    return CellTexts(codebook).full(cell)


def who_said_what(contest: analysis.Contest, codebook: Codebook) -> Text:
    """``analyst ▲ pro-autonomy · bob ▼ pro-us-primacy``: each reader's stance, by name."""
    out = Text()
    for i, (name, reading) in enumerate(contest.readings.items()):
        if i:
            out.append(" · ")
        out.append(f"{name} ", style="bold")
        if reading == analysis.NO_CLAIM:
            out.append("no claim", style=muted_style())
            continue
        for j, stance in enumerate(reading.split("/")):
            if j:
                out.append("/")
            out.append(
                f"{stance_symbol(codebook, stance)} {stance}", style=stance_style(codebook, stance)
            )
    return out


def matrix_rows(project: Project, sources: list[str]) -> list[RowLabel]:
    """Row labels: the shortest unique id prefix of each source and its title; no prefix
    where the id is the title's own slug ("pan Panel on phones…" read as a stutter)."""
    prefixes = unique_prefixes(sources)
    rows = []
    for sid in sources:
        title = project.sources[sid].title
        rows.append(RowLabel(sid, "" if made_from_title(sid, title) else prefixes[sid], title))
    return rows


class MatrixScreen(ArgmapScreen):
    """Sources as rows, questions as columns; Enter lists the claims of a cell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "claims", "Claims", id="matrix.claims", tooltip="Claims behind the cell"),
        Binding("r", "read", "Read", id="matrix.read", tooltip="Open this source in the reader"),
        Binding("t", "map", "Q-map", id="matrix.map", tooltip="This question as a tree"),
        Binding(
            "v",
            "switch_view",
            "View",
            id="matrix.view",
            show=False,
            tooltip="Whose reading: everyone (one vote per sentence), each annotator, the reference",
        ),
        Binding(
            "V",
            "voices",
            "Voices",
            id="matrix.voices",
            show=False,
            tooltip="Rows by voice: the people and bodies quoted or reported, across sources",
        ),
        Binding(
            "a",
            "shade",
            "Agreement",
            id="matrix.agreement",
            show=False,
            tooltip="Shade cells by how well the annotators who read them agree",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.matrix = analysis.Matrix(sources=[], questions=[], cells=[])
        self.reading_of: str | None = None
        """Whose reading the matrix shows: ``None`` for everyone's, one vote per sentence."""
        self.shade = False
        self._agreement: dict | None = None
        """The cells' agreement figures, None until computed (in a thread: seconds on a
        team's project) for the data shown now."""
        self._data_version = 0  # counts refreshes: a figure computed before one is dropped

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="matrix-body"):
            yield Static(id="problems-banner", classes="banner")
            yield MatrixView(id="matrix")
            yield Static(id="legend")
            yield Static(id="matrix-detail")
        yield FittingFooter()

    @property
    def view(self) -> MatrixView:
        return self.query_one(MatrixView)

    def on_mount(self) -> None:
        self.view.focus()
        banner = self.query_one("#problems-banner", Static)
        if self.project.problems:
            banner.update(
                f"⚠ {counted(len(self.project.problems), 'problem')} in the project files; "
                "affected annotations are read-only. Press P to see them."
            )
        else:
            banner.display = False
        self.query_one("#legend", Static).update(legend(self.project.codebook))

    def refresh_data(self) -> None:
        project = self.project
        if self.reading_of is not None and self.reading_of not in self._views():
            self.reading_of = None  # that annotator's claims are gone (undo, reload)
        self.matrix = analysis.project_matrix(
            project, self.reading_of, sources=sorted(project.sources)
        )
        self._data_version += 1
        if self.shade:  # the figures shown stay until the new ones come
            self._compute_agreement(self._data_version)
        else:
            self._agreement = None
        self._draw()

    def _draw(self) -> None:
        """Put the matrix computed last on screen (shaded by agreement as far as known)."""
        project = self.project
        codebook = project.codebook
        texts = CellTexts(codebook)
        n = len(self.matrix.questions)
        flat = self.matrix.cells  # row-major: sources × questions
        # With no questions yet (a new debate's blank codebook) every row is empty.
        rows = (
            [flat[i : i + n] for i in range(0, len(flat), n)]
            if n
            else [[] for _ in self.matrix.sources]
        )
        cells = [[texts.full(c) for c in row] for row in rows]
        compact = [[texts.compact(c) for c in row] for row in rows]
        if self.shade:
            cells, compact = self._shaded(cells), self._shaded(compact)
        columns = [ColumnLabel(q.id, q.label) for q in codebook.questions]
        self.view.set_data(matrix_rows(project, self.matrix.sources), columns, cells, compact)
        self.query_one("#legend", Static).update(self._legend())
        self._summaries()

    # ------------------------------------------------------------------ teams

    def _views(self) -> list[str | None]:
        """Everyone's reading, each annotator's, then the reference's."""
        reference = self.project.config.reference_annotator
        names = [a for a in self.project.annotators() if a != reference]
        return [None, *names, reference]

    def view_label(self) -> str:
        """Whose reading the matrix shows (exports from the TUI write the same)."""
        return self._view_label()

    def _view_label(self) -> str:
        if self.reading_of is None:
            return "everyone, one vote per sentence"
        if self.reading_of == self.project.config.reference_annotator:
            if self.reading_of not in self.project.annotators():
                # every cell "·" and "silent: no claims" read as if the sources said nothing
                return f"the reference ({self.reading_of}): nothing adjudicated yet, A settles"
            return f"the reference ({self.reading_of}), adjudicated"
        return f"{self.reading_of}'s reading"

    def action_switch_view(self) -> None:
        """Show the next reading: everyone's, each annotator's, the reference's."""
        views = self._views()
        i = views.index(self.reading_of) if self.reading_of in views else 0
        self.reading_of = views[(i + 1) % len(views)]
        self.refresh_data()
        self.notify(f"view: {self._view_label()}", timeout=3)

    def action_shade(self) -> None:
        """Shade cells by agreement (Krippendorff's alpha), or stop shading."""
        self.shade = not self.shade
        if self.shade and self._agreement is None:
            self._compute_agreement(self._data_version)  # the legend says it is under way
        elif self.shade and not self._agreement:
            self._nothing_to_shade()
        self._draw()

    @work(thread=True, exclusive=True, group="agreement", exit_on_error=False)
    def _compute_agreement(self, version: int) -> None:
        """Compare the annotators' readings cell by cell (2-4 s on a team's project, and on
        a thousand sources with one annotator), then shade: the screen answers meanwhile."""
        from argmap.agreement import cell_agreements

        found = cell_agreements(self.project, kappa=False)
        self.app.call_from_thread(self._agreement_computed, version, found)

    def _agreement_computed(self, version: int, found: dict) -> None:
        if version != self._data_version:
            return  # the data changed while comparing: a newer comparison is under way
        self._agreement = found
        if self.shade:
            if not found:
                self._nothing_to_shade()
            self._draw()

    def _nothing_to_shade(self) -> None:
        self.notify(
            "no cell has two annotators who read the same sentences: nothing to shade",
            timeout=4,
        )

    def _agreements(self) -> dict:
        """The cells' agreement figures (none while they are being computed)."""
        return self._agreement or {}

    def _shade_styles(self) -> tuple[str, str, str]:
        from textual.color import Color

        theme = self.app.current_theme
        base = Color.parse(theme.surface or theme.background or "#000000")
        return tuple(  # type: ignore[return-value]
            base.blend(Color.parse(c), 0.4).hex
            for c in (theme.success or "green", theme.warning or "yellow", theme.error or "red")
        )

    def _shaded(self, grid: list[list[Text]]) -> list[list[Text]]:
        """``grid`` with each cell annotators compared on tinted by how well they agree."""
        found = self._agreements()
        solid, tentative, weak = self._shade_styles()
        out = []
        for sid, row in zip(self.matrix.sources, grid, strict=True):
            new_row = []
            for q, text in zip(self.matrix.questions, row, strict=True):
                figure = found.get((sid, q))
                if figure is None or not figure.n:
                    new_row.append(text)
                    continue
                score = figure.alpha if figure.alpha is not None else figure.agreed / figure.n
                colour = solid if score >= 0.8 else tentative if score >= 0.667 else weak
                shaded = Text(" ") + text + Text(" ")
                shaded.stylize(f"on {colour}")
                new_row.append(shaded)
            out.append(new_row)
        return out

    def _legend(self) -> Entries:
        entries = legend(self.project.codebook)
        if any(c.contested for c in self.matrix.cells):
            entries.marks.append(Text(f"{CONTESTED} contested", style="bold"))
        if self.reading_of is not None or len(self._views()) > 3:  # a team: say whose view
            entries.marks.append(
                Text(f"· view: {self._view_label()} (v: switch, a: agreement)", style=muted_style())
            )
        if not self.shade:
            return entries
        out = Text()
        solid, tentative, weak = self._shade_styles()
        out.append("agreement (a): ")
        if self._agreement is None:
            out.append("comparing the annotators' readings…", style="bold")
            entries.after = out
            return entries
        out.append(" α ≥ .80 ", style=f"on {solid}")
        out.append(" ")
        out.append(" ≥ .67 ", style=f"on {tentative}")
        out.append(" ")
        out.append(" lower ", style=f"on {weak}")
        out.append("  unshaded: one reader", style=muted_style())
        entries.after = out
        return entries

    def current_source(self) -> str | None:
        """The source of the row under the cursor (None: no sources). A project without
        questions yet has rows too: r reads them (it said "No sources yet" and r did nothing)."""
        view = self.view
        if not view.row_count or not self.matrix.sources:
            return None
        return self.matrix.sources[min(view.cursor[0], len(self.matrix.sources) - 1)]

    def current_question(self) -> str:
        return self.matrix.questions[self.view.cursor[1]]

    @on(MatrixView.CursorMoved)
    def _summaries(self) -> None:
        detail = self.query_one("#matrix-detail", Static)
        source = self.current_source()
        if source is None:
            detail.update("No sources yet: press N to add articles (or `argmap add FILE`).")
            return
        if not self.matrix.questions:
            detail.update(
                "No questions yet: press K to open the codebook and add the debate's questions."
            )
            return
        doc = self.project.sources[source]
        codebook = self.project.codebook
        q = codebook.question(self.current_question())
        cell = self.matrix.cell(source, q.id)
        height, width = detail.size.height, max(detail.size.width - 2, 20)
        unread = f"  · {n} not read (r, then L)" if (n := doc.left_out_count) else ""
        if 0 < height < 6:  # 15 sources at 80x24: a line each, so that the cell's line shows
            question = f"{q.label}: {q.text}"
            out = Text.assemble(
                ("Source ", "bold"),
                (shorten(doc.title, max(width - 7 - len(unread), 16)), "bold"),
                (unread, "bold"),
                "\n",
                ("Question ", "bold"),
                (shorten(question, width - 9), "bold"),
            )
        else:
            out = self._full_detail(doc, q, source, unread)
        order = scale_order(codebook) or list(cell.counts)
        counts = "  ".join(
            f"{stance_symbol(codebook, s)}{n}" for s in order if (n := cell.counts.get(s, 0))
        )
        contested = getattr(cell, "contested", 0)
        if contested:
            counts += f"  {CONTESTED}{contested} contested"
        out.append(f"\n{counts or 'silent: no claims on this question'}", style=muted_style())
        if self.shade and (figure := self._agreements().get((source, q.id))) is not None:
            alpha = "n/a" if figure.alpha is None else f"{figure.alpha:.2f}"
            out.append(
                f"  · agreement: α {alpha}, {figure.agreed} of {figure.n} sentences alike "
                f"({', '.join(figure.annotators)})",
                style=muted_style(),
            )
        for contest in cell.contested_sentences:
            out.append("\n")
            out.append(f"{CONTESTED} {contest.sentence} ", style="bold")
            out.append_text(who_said_what(contest, codebook))
        self._preview(out, cell, max(detail.size.height, 3), max(detail.size.width - 2, 20))
        detail.update(out)

    @staticmethod
    def _full_detail(doc: SourceDoc, q: Question, source: str, unread: str) -> Text:
        """The source (title, byline, date, id) and the question (label and text) in full."""
        meta = doc.meta
        return Text.assemble(
            ("Source ", "bold"),
            (doc.title, "bold"),
            (f" — {meta.byline}" if meta.byline else "", "italic"),
            (f" ({meta.date})" if meta.date else "", ""),
            (f"  {source}", muted_style()),
            (unread, "bold"),
            "\n",
            ("Question ", "bold"),
            (q.label, "bold"),
            ": ",
            q.text,
        )

    def _preview(self, out: Text, cell: Cell, height: int, width: int) -> None:
        """The claims of the cell under the cursor, quoted, as many as fit (Enter: all)."""
        index = self.project.claim_index
        codebook = self.project.codebook
        room = height - out.plain.count("\n") - 1
        shown = 0
        for cid in cell.claims:
            c = index.get(cid)
            if c is None:
                continue
            if shown >= room - 1 and len(cell.claims) > shown + 1:
                out.append(f"\n… {len(cell.claims) - shown} more: press enter", style=muted_style())
                break
            out.append("\n")
            out.append(
                f"{stance_symbol(codebook, c.stance)} ", style=stance_style(codebook, c.stance)
            )
            out.append(f"{c.sentence} ", style=muted_style())
            out.append(shorten(quote_as_read(c, self.project.sources), max(width - 9, 20)))
            shown += 1

    def on_resize(self) -> None:
        super().on_resize()
        self.call_after_refresh(self._summaries)

    @on(MatrixView.Selected)
    def _selected(self) -> None:
        self.action_claims()

    def action_claims(self) -> None:
        source = self.current_source()
        if source is None:
            return
        if not self.matrix.questions:  # a new debate: enter (⏎ Claims) did nothing
            self.notify("no questions yet, so no claims: K adds one · r reads this source")
            return
        cell = self.matrix.cell(source, self.current_question())
        if not cell.claims and not cell.contested:
            self.notify("this source is silent on this question", timeout=3)
            return
        self.app.push_screen(
            ClaimListScreen(
                source, self.current_question(), list(cell.claims), cell.contested_sentences
            )
        )

    def action_read(self) -> None:
        source = self.current_source()
        if source:
            self.argmap.open_reader(source)

    def action_map(self) -> None:
        if not self.matrix.questions:
            self.argmap.action_show("map")  # says why there is no map
        elif self.current_source() is not None:
            self.argmap.open_question(self.current_question())

    def action_voices(self) -> None:
        """The matrix by voice, in the reading shown here (everyone's or one annotator's)."""
        from argmap.tui.voices_screen import VoicesScreen

        self.app.push_screen(VoicesScreen(self.reading_of))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("claims", "read", "map"):
            return self.view.row_count > 0 or None
        return True


class ClaimListScreen(Screen):
    """The claims behind one matrix cell, quoted; Enter jumps to one in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="claims.back"),
        Binding("enter", "open", "Read", id="claims.open", show=True),
    ]

    def __init__(
        self,
        source: str | None,
        question: str,
        claim_ids: list[str],
        contested: tuple[analysis.Contest, ...] = (),
        *,
        voice: str = "",
    ) -> None:
        """The claims ``claim_ids`` of ``source`` on ``question``; with ``source`` None,
        those of ``voice`` (from any source)."""
        super().__init__()
        self.source = source
        self.question = question
        self.claim_ids = claim_ids
        self.contested = contested
        self.voice = voice

    def compose(self) -> ComposeResult:
        app = self.app
        project = app.project  # type: ignore[attr-defined]
        whose = project.sources[self.source].title if self.source is not None else self.voice
        q = project.codebook.question(self.question)
        yield Header()
        yield Label(
            Text.assemble(
                counted(len(self.claim_ids), "claim")
                + (
                    f" and {counted(len(self.contested), 'contested sentence')}"
                    if self.contested
                    else ""
                )
                + " of ",
                (whose, "bold"),
                " on ",
                (q.label, "bold"),
                "  · enter opens one in the reader · escape goes back",
            ),
            classes="screen-title",
        )
        claims = [project.claim_index[c] for c in self.claim_ids if c in project.claim_index]
        width = max(self.app.size.width - 12, 40)
        disputes = [
            Option(
                Text.assemble(
                    (f"{CONTESTED} contested {d.sentence}: ", "bold"),
                    who_said_what(d, project.codebook),
                    "\n  “",
                    shorten(project.sources[d.source].sentence(d.sentence).text, width),
                    "”",
                ),
                d.claims[0] if d.claims else None,
            )
            for d in self.contested
        ]
        yield OptionList(
            *disputes,
            *(
                Option(
                    claim_prompt(
                        c,
                        project.codebook,
                        project.sources,
                        max(self.app.size.width - 12, 40),
                        with_source=self.source is None,  # a voice's: from several sources
                        full=True,
                    ),
                    c.id,
                )
                for c in claims
            ),
            id="claim-list",
        )
        yield FittingFooter()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id)

    def action_open(self) -> None:
        ol = self.query_one(OptionList)
        if ol.highlighted is not None:
            self._open(ol.get_option_at_index(ol.highlighted).id)

    def _open(self, claim_id: str | None) -> None:
        claim = self.app.project.claim_index.get(claim_id or "")  # type: ignore[attr-defined]
        if claim is not None:
            self.app.open_reader(claim.source, claim=claim.id)  # type: ignore[attr-defined]
