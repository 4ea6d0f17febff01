"""The orphans list: claims whose quote is gone from their edited source, to review.

Like Hypothesis's "Orphans" tab: each orphan with its source, annotator, stance, the quote
it had and why it could not be placed again. ``enter`` opens its source in the reader to
annotate the passage again, ``d`` deletes the orphan (undoable with ``u``). On the command
line the same review is ``argmap orphans``, ``argmap reattach`` and ``argmap unannotate``.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import DataTable, Header, Static

from argmap.project import quote_as_read
from argmap.tui.app import ArgmapScreen
from argmap.tui.footer import FittingFooter


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class OrphansScreen(ArgmapScreen):
    """Every orphaned claim of the project, with what it said and why it is lost."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="orphans.close"),
        Binding("enter", "open", "Open source", id="orphans.open", tooltip="Annotate it again"),
        Binding("d,delete", "delete", "Delete", id="orphans.delete", tooltip="Undo with u"),
    ]
    DEFAULT_CSS = """
    OrphansScreen #orphans-help { height: auto; padding: 0 1; color: $text-muted; }
    OrphansScreen DataTable { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="orphans-help")
        yield DataTable(id="orphans-table", cursor_type="row", zebra_stripes=True)
        yield FittingFooter()

    def refresh_data(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_columns("claim", "source", "annotator", "stance", "quote", "why")
        orphans = self.project.orphans()
        for c in orphans:
            table.add_row(
                c.id,
                c.source,
                c.annotator,
                c.stance,
                _short(quote_as_read(c, self.project.sources), 60),
                c.orphan.reason if c.orphan else "",
                key=c.id,
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), animate=False)
        help_text = (
            f"{len(orphans)} orphaned claims: their quote is gone from the edited source. "
            "enter opens the source to annotate again · d deletes · u undoes"
            if orphans
            else "No orphans: every claim's quote is in its source."
        )
        self.query_one("#orphans-help", Static).update(help_text)

    def current(self) -> str | None:
        """The id of the orphan under the cursor."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    @on(DataTable.RowSelected)
    def _selected(self) -> None:
        self.action_open()  # the table takes enter for itself

    def action_open(self) -> None:
        cid = self.current()
        if cid is not None:
            source = self.project.claim(cid).source
            self.app.pop_screen()
            self.argmap.open_reader(source)

    def action_delete(self) -> None:
        cid = self.current()
        if cid is not None:
            self.argmap.edit(lambda: self.project.delete(cid), lambda c: f"deleted orphan {c.id}")

    def action_close(self) -> None:
        self.app.pop_screen()
