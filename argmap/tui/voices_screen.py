"""The matrix by voice: each person or body quoted or reported (a claim's ``voice``) as a
row, questions as columns, each cell the voice's position on the question counted a sentence
once (:func:`argmap.voices.project_voice_matrix`; ``argmap matrix --rows voice``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Header, Static

from argmap.tui.app import ArgmapScreen
from argmap.tui.footer import FittingFooter
from argmap.tui.matrix import CONTESTED, CellTexts, ClaimListScreen
from argmap.tui.matrix_view import ColumnLabel, MatrixView, RowLabel
from argmap.tui.widgets import counted, legend, muted_style, scale_order, shorten, stance_symbol
from argmap.voices import VoiceMatrix, project_voice_matrix

__all__ = ["VoicesScreen", "voice_rows"]


def voice_rows(matrix: VoiceMatrix) -> list[RowLabel]:
    """A row per voice, by name (the sources it is read in are below, in the detail)."""
    return [RowLabel(v, "", v) for v in matrix.voices]


class VoicesScreen(ArgmapScreen):
    """Voices as rows, questions as columns; Enter lists the claims of a cell, from every
    source the voice is read in."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="voices.back"),
        Binding("enter", "claims", "Claims", id="voices.claims", tooltip="Claims behind the cell"),
    ]

    def __init__(self, reading_of: str | None = None) -> None:
        super().__init__()
        self.reading_of = reading_of
        """Whose reading: None for everyone's (one vote per sentence), as the matrix's."""
        self.matrix = VoiceMatrix(voices=[], questions=[], cells=[])

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="matrix-body"):
            yield Static(id="voices-title", classes="screen-title")
            yield MatrixView(id="matrix", rows_are="voices")
            yield Static(id="legend")
            yield Static(id="matrix-detail")
        yield FittingFooter()

    @property
    def view(self) -> MatrixView:
        return self.query_one(MatrixView)

    def on_mount(self) -> None:
        super().on_mount()
        self.view.focus()

    def refresh_data(self) -> None:
        project = self.project
        self.matrix = project_voice_matrix(project, self.reading_of)
        codebook = project.codebook
        texts = CellTexts(codebook)
        n = len(self.matrix.questions)
        flat = self.matrix.cells
        rows = [flat[i : i + n] for i in range(0, len(flat), n)] if n else []
        columns = [ColumnLabel(q.id, q.label) for q in codebook.questions]
        # no voices: no empty grid under a corner cut to "voices (0) Competing"
        self.view.display = bool(self.matrix.voices)
        self.view.set_data(
            voice_rows(self.matrix),
            columns,
            [[texts.full(c) for c in row] for row in rows],
            [[texts.compact(c) for c in row] for row in rows],
        )
        writer = self.matrix.writer_claims
        title = Text.assemble(
            (f"{counted(len(self.matrix.voices), 'voice')} quoted", "bold"),
            " (a sentence once)",
            (f" · {counted(writer, 'claim')} in the writers' own voice", muted_style()),
        )
        self.query_one("#voices-title", Static).update(title)
        self.query_one("#legend", Static).update(legend(codebook))
        self.call_after_refresh(self._summary)  # laid out: the detail's width known

    def on_resize(self) -> None:
        super().on_resize()
        self.call_after_refresh(self._summary)

    def current_voice(self) -> str | None:
        """The voice of the row under the cursor (None: no voices)."""
        if not self.view.row_count or not self.matrix.voices:
            return None
        return self.matrix.voices[min(self.view.cursor[0], len(self.matrix.voices) - 1)]

    @on(MatrixView.CursorMoved)
    def _summary(self) -> None:
        detail = self.query_one("#matrix-detail", Static)
        voice = self.current_voice()
        if voice is None:
            detail.update(
                "No voices yet. In the reader, V on a claim says whose stance it carries "
                "(a person or body it quotes or reports)."
            )
            return
        if not self.matrix.questions:
            detail.update("No questions yet: K opens the codebook.")
            return
        project, codebook = self.project, self.project.codebook
        question = codebook.question(self.matrix.questions[self.view.cursor[1]])
        cell = self.matrix.cell(voice, question.id)
        width = max(detail.size.width - 2, 30)
        out = Text.assemble(("Voice ", "bold"), (voice, "bold"), "  ", ("Question ", "bold"))
        out.append(shorten(f"{question.label}: {question.text}", max(width - len(voice) - 17, 20)))
        order = scale_order(codebook) or list(cell.counts)
        counts = "  ".join(
            f"{stance_symbol(codebook, s)}{k}" for s in order if (k := cell.counts.get(s, 0))
        )
        if cell.contested:
            counts += f"  {CONTESTED}{cell.contested} contested"
        out.append(f"\n{counts or 'silent on this question'}", style=muted_style())
        everywhere = self.matrix.sources.get(voice, [])
        titles = [project.sources[s].title for s in cell.sources if s in project.sources]
        others = len(set(everywhere) - set(cell.sources))
        more = f" (+{counted(others, 'source')} on other questions)" if others else ""
        if titles:
            out.append("\nin: ", style="bold")
            out.append(shorten(" · ".join(titles), max(width - 4 - len(more), 20)))
        out.append(more or ("" if titles else f"\nin {counted(len(everywhere), 'source')}"))
        for d in cell.contested_sentences:
            readings = " · ".join(f"{who} {what}" for who, what in d.readings.items())
            out.append(f"\n{CONTESTED} {d.source} {d.sentence} ", style="bold")
            out.append(shorten(readings, max(width - len(d.source) - 10, 20)))
        detail.update(out)

    @on(MatrixView.Selected)
    def _selected(self) -> None:
        self.action_claims()

    def action_claims(self) -> None:
        voice = self.current_voice()
        if voice is None or not self.matrix.questions:
            return
        question = self.matrix.questions[self.view.cursor[1]]
        cell = self.matrix.cell(voice, question)
        if not cell.claims:
            self.notify(f"{voice}: no claims counted on this question", timeout=3)
            return
        self.app.push_screen(ClaimListScreen(None, question, list(cell.claims), voice=voice))
