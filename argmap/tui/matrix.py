"""The home screen: sources × questions, each cell the source's position on the question."""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Label, OptionList, Static
from textual.widgets.option_list import Option

from argmap import analysis
from argmap.analysis import Cell
from argmap.model import Codebook
from argmap.tui.app import ArgmapScreen
from argmap.tui.dialogs import claim_prompt
from argmap.tui.widgets import legend, shorten, stance_style, stance_symbol


def cell_text(cell: Cell, codebook: Codebook) -> Text:
    """``▲3 ▼1 ±``: the dominant stance first, in its colour, then the other counts.

    Cells with the same counts share one (never mutated) ``Text``: a large matrix repeats
    a few hundred distinct cells, and building each one costs more than looking it up.
    """
    theme = tuple(stance_style(codebook, s) for s in codebook.stance_ids)
    return _cell_text(codebook, theme, cell.dominant, tuple(cell.counts.items()), cell.mixed)


@lru_cache(maxsize=4096)
def _cell_text(
    codebook: Codebook,
    theme: tuple[str, ...],
    dominant: str | None,
    counts_items: tuple[tuple[str, int], ...],
    mixed: bool,
) -> Text:
    if dominant is None:
        return Text("·", style="dim", justify="center")
    counts = dict(counts_items)
    order = [dominant] + [s for s in codebook.stance_ids if s != dominant]
    out = Text()
    for s in order:
        n = counts.get(s, 0)
        if not n:
            continue
        if out:
            out.append(" ")
        style = stance_style(codebook, s)
        if s != dominant:
            style = style.replace("bold", "").strip() or "none"
        out.append(f"{stance_symbol(codebook, s)}{n}", style=style)
    if mixed:
        out.append(" ±", style="bold")
    return out


def header_label(label: str) -> str:
    """A question label on two lines so that columns stay narrow."""
    words = label.split()
    if len(label) <= 10 or len(words) < 2:
        return label
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(label) / 2))
    return " ".join(words[:best]) + "\n" + " ".join(words[best:])


class MatrixScreen(ArgmapScreen):
    """Sources as rows, questions as columns; Enter lists the claims of a cell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "claims", "Claims", id="matrix.claims", tooltip="Claims behind the cell"),
        Binding("r", "read", "Read", id="matrix.read", tooltip="Open this source in the reader"),
        Binding("t", "map", "Q-map", id="matrix.map", tooltip="This question as a tree"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.matrix = analysis.Matrix(sources=[], questions=[], cells=[])

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="matrix-body"):
            yield Static(id="problems-banner", classes="banner")
            yield DataTable(id="matrix", cursor_type="cell", zebra_stripes=True, header_height=2)
            yield Static(id="legend")
            yield Static(id="cell-preview")
            yield Static(id="source-summary", classes="summary")
            yield Static(id="question-summary", classes="summary")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.focus()
        banner = self.query_one("#problems-banner", Static)
        if self.project.problems:
            banner.update(
                f"⚠ {len(self.project.problems)} problem(s) in the project files; "
                "affected annotations are read-only. Press P to see them."
            )
        else:
            banner.display = False
        self.query_one("#legend", Static).update(legend(self.project.codebook))

    def refresh_data(self) -> None:
        project = self.project
        self.matrix = analysis.project_matrix(project, sources=sorted(project.sources))
        table = self.query_one(DataTable)
        row, col = table.cursor_coordinate
        table.clear(columns=True)
        rows = [
            [cell_text(self.matrix.cell(sid, q), project.codebook) for q in self.matrix.questions]
            for sid in self.matrix.sources
        ]
        for i, q in enumerate(project.codebook.questions):
            header = header_label(q.label)
            # Widths given up front spare DataTable from measuring every cell (~0.4 s at 1,000 rows).
            widest = max((row[i].cell_len for row in rows), default=0)
            table.add_column(
                header, key=q.id, width=max(widest, *(cell_len(h) for h in header.split("\n")))
            )
        width = self.app.size.width
        label_width = 48 if width >= 160 else 28 if width >= 100 else 20
        for sid, cells in zip(self.matrix.sources, rows, strict=True):
            doc = project.sources[sid]
            table.add_row(*cells, key=sid, label=Text(shorten(doc.title, label_width)))
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), column=col, animate=False)
        self._summaries()

    def current_source(self) -> str | None:
        """The source of the row under the cursor."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return self.matrix.sources[table.cursor_row]

    def current_question(self) -> str:
        table = self.query_one(DataTable)
        return self.matrix.questions[table.cursor_column]

    @on(DataTable.CellHighlighted)
    def _summaries(self) -> None:
        source = self.current_source()
        if source is None:
            self.query_one("#source-summary", Static).update(
                "No sources yet: press N to add articles (or `argmap add FILE`)."
            )
            return
        if not self.matrix.questions:
            self.query_one("#source-summary", Static).update(
                "No questions yet: press K to open the codebook and add the debate's questions."
            )
            return
        doc = self.project.sources[source]
        q = self.project.codebook.question(self.current_question())
        cell = self.matrix.cell(source, q.id)
        meta = doc.meta
        line = Text.assemble(
            ("Source ", "bold"),
            doc.title,
            (f" — {meta.byline}" if meta.byline else "", "italic"),
            (f" ({meta.date})" if meta.date else "", "dim"),
            ": " if meta.note else "",
            meta.note,
        )
        counts = "  ".join(
            f"{stance_symbol(self.project.codebook, s)}{n}" for s, n in cell.counts.items() if n
        )
        qline = Text.assemble(
            ("Question ", "bold"),
            (q.label, "bold"),
            ": ",
            q.text,
            (f"  [{counts or 'silent'}]", "dim"),
        )
        self.query_one("#source-summary", Static).update(line)
        self.query_one("#question-summary", Static).update(qline)
        self._preview(cell)

    def _preview(self, cell: Cell) -> None:
        """The first claims of the cell under the cursor, quoted (Enter lists them all)."""
        preview = self.query_one("#cell-preview", Static)
        height = max(preview.size.height, 1)
        if not cell.claims:
            preview.update(Text("silent: no claims on this question", style="dim"))
            return
        index = self.project.claim_index
        codebook = self.project.codebook
        out = Text()
        for n, cid in enumerate(cell.claims):
            c = index.get(cid)
            if c is None:
                continue
            if n >= height - 1 and len(cell.claims) > n + 1:
                out.append(f"\n… {len(cell.claims) - n} more: press enter", style="dim")
                break
            if out:
                out.append("\n")
            out.append(
                f"{stance_symbol(codebook, c.stance)} ", style=stance_style(codebook, c.stance)
            )
            out.append(f"{c.sentence} ", style="dim")
            out.append(shorten(c.quote, max(preview.size.width - 9, 20)))
        preview.update(out)

    @on(DataTable.CellSelected)
    def _selected(self) -> None:
        self.action_claims()

    def action_claims(self) -> None:
        source = self.current_source()
        if source is None:
            return
        cell = self.matrix.cell(source, self.current_question())
        if not cell.claims:
            self.notify("this source is silent on this question", timeout=3)
            return
        self.app.push_screen(ClaimListScreen(source, self.current_question(), list(cell.claims)))

    def action_read(self) -> None:
        source = self.current_source()
        if source:
            self.argmap.open_reader(source)

    def action_map(self) -> None:
        if self.current_source() is not None:
            self.argmap.open_question(self.current_question())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("claims", "read", "map"):
            return self.query_one(DataTable).row_count > 0 or None
        return True


class ClaimListScreen(Screen):
    """The claims behind one matrix cell, quoted; Enter jumps to one in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="claims.back"),
        Binding("enter", "open", "Read", id="claims.open", show=True),
    ]

    def __init__(self, source: str, question: str, claim_ids: list[str]) -> None:
        super().__init__()
        self.source = source
        self.question = question
        self.claim_ids = claim_ids

    def compose(self) -> ComposeResult:
        app = self.app
        project = app.project  # type: ignore[attr-defined]
        doc = project.sources[self.source]
        q = project.codebook.question(self.question)
        yield Header()
        yield Label(
            Text.assemble(
                f"{len(self.claim_ids)} claim(s) of ",
                (doc.title, "bold"),
                " on ",
                (q.label, "bold"),
                "  · enter opens one in the reader · escape goes back",
            ),
            classes="screen-title",
        )
        claims = [project.claim_index[c] for c in self.claim_ids if c in project.claim_index]
        yield OptionList(
            *(
                Option(
                    claim_prompt(
                        c,
                        project.codebook,
                        project.sources,
                        max(self.app.size.width - 12, 40),
                        with_source=False,
                        full=True,
                    ),
                    c.id,
                )
                for c in claims
            ),
            id="claim-list",
        )
        yield Footer()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id)

    def action_open(self) -> None:
        ol = self.query_one(OptionList)
        if ol.highlighted is not None:
            self._open(ol.get_option_at_index(ol.highlighted).id)

    def _open(self, claim_id: str | None) -> None:
        if claim_id:
            self.app.open_reader(self.source, claim=claim_id)  # type: ignore[attr-defined]
