"""The codebook screen: list, add, edit, rename and remove stances and questions.

Every change goes through :meth:`Project.change_codebook` with the functions of
:mod:`argmap.codebook`, so the rules and messages are those of ``argmap codebook``; each is
undoable with the app's undo key, and the matrix shows it as soon as it is visible again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Header, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from argmap import codebook as cbk
from argmap.errors import ArgmapError
from argmap.tui.app import ArgmapScreen

STANCE_FIELDS = ("id", "label", "symbol", "axis", "color", "description")
QUESTION_FIELDS = ("id", "label", "text")
HINTS = {
    "id": "letters, digits, . _ - (used in files and commands)",
    "label": "short name shown in the matrix",
    "symbol": "one character one cell wide, e.g. ▲ ▼ ◆ ● +",
    "axis": "1 for, -1 against, 0 neither",
    "color": "red, bright_blue, #3fa34d, rgb(63,163,77)",
    "description": "what a claim with this stance argues",
    "text": "the question itself",
}


class EntryForm(ModalScreen[bool]):
    """A form of labelled inputs; ``submit(values)`` returns an error to show, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save", priority=True),
    ]
    DEFAULT_CSS = """
    EntryForm .form-error { color: $error; height: auto; }
    EntryForm Input { margin-bottom: 0; }
    EntryForm .form-hint { color: $text-muted; }
    """

    def __init__(
        self,
        title: str,
        fields: tuple[str, ...],
        values: dict[str, str],
        submit: Callable[[dict[str, str]], str | None],
    ) -> None:
        super().__init__()
        self.title_text = title
        self.fields = fields
        self.values = values
        self.submit = submit

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(self.title_text, classes="dialog-title")
            for name in self.fields:
                yield Label(f"{name} [dim]· {HINTS.get(name, '')}[/]", classes="form-hint")
                yield Input(self.values.get(name, ""), id=f"field-{name}")
            yield Static("", classes="form-error", id="form-error")
            yield Label(
                "enter on the last field or ctrl+s saves · escape cancels", classes="dialog-help"
            )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        inputs = list(self.query(Input))
        if event.input is inputs[-1]:
            self.action_save()
        else:
            inputs[inputs.index(event.input) + 1].focus()

    def action_save(self) -> None:
        values = {name: self.query_one(f"#field-{name}", Input).value for name in self.fields}
        error = self.submit(values)
        if error:
            self.query_one("#form-error", Static).update(error)
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)


class IntoPicker(ModalScreen[str | None]):
    """Choose where the claims of a removed stance or question go."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="into.cancel")
    ]

    def __init__(self, title: str, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield OptionList(*(Option(label, id=key) for key, label in self.choices))
            yield Label("enter moves them there · escape keeps everything", classes="dialog-help")

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


class CodebookScreen(ArgmapScreen):
    """Stances and questions of the project, with how many claims use each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="codebook.close"),
        Binding("s", "add('stance')", "Add stance", id="codebook.add_stance"),
        Binding("q", "add('question')", "Add question", id="codebook.add_question"),
        Binding("e,enter", "edit", "Edit", id="codebook.edit", tooltip="Change labels, colour…"),
        Binding("n", "rename", "Rename id", id="codebook.rename", tooltip="Rewrites its claims"),
        Binding("d,delete", "remove", "Remove", id="codebook.remove"),
    ]
    DEFAULT_CSS = """
    CodebookScreen #codebook-help { height: auto; padding: 0 1; color: $text-muted; }
    CodebookScreen DataTable { height: 1fr; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="codebook-help")
        yield DataTable(id="codebook-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def refresh_data(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        table.add_columns("kind", "sym", "id", "label", "axis", "colour", "claims", "text")
        cb = self.project.codebook
        counts = cbk.usage_counts(cb, self.project.claims())
        for s in cb.stances:
            table.add_row(
                "stance",
                Text(s.symbol, style=f"bold {s.color}"),
                s.id,
                s.label,
                f"{s.axis:+d}" if s.axis else "0",
                s.color,
                str(counts[("stance", s.id)]),
                s.description,
                key=f"stance:{s.id}",
            )
        for q in cb.questions:
            table.add_row(
                "question",
                "",
                q.id,
                q.label,
                "",
                "",
                str(counts[("question", q.id)]),
                q.text,
                key=f"question:{q.id}",
            )
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1), animate=False)
        help_text = (
            f"Codebook “{cb.name}”: {len(cb.stances)} stances, {len(cb.questions)} questions."
        )
        if not cb.questions:
            help_text += " No questions yet: press q to add the first."
        self.query_one("#codebook-help", Static).update(
            help_text + "  Every change can be undone (u)."
        )

    # ------------------------------------------------------------------ helpers

    def current(self) -> tuple[str, str] | None:
        """``(kind, id)`` of the row under the cursor."""
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
        kind, _, entry = key.partition(":")
        return kind, entry

    def run_change(self, make: Callable, label: str) -> str | None:  # type: ignore[type-arg]
        """Save one codebook change; the error message, or None when saved."""
        try:
            change = self.project.change_codebook(make, label)
        except ArgmapError as err:
            return str(err)
        n = len(change.claims)
        self.argmap.changed()
        self.notify(change.label + (f" ({n} claims rewritten)" if n else ""), timeout=4)
        return None

    def select(self, kind: str, entry: str) -> None:
        from textual.widgets.data_table import RowDoesNotExist

        table = self.query_one(DataTable)
        with contextlib.suppress(RowDoesNotExist):  # the row may be gone after an undo
            table.move_cursor(row=table.get_row_index(f"{kind}:{entry}"), animate=False)

    # ------------------------------------------------------------------ actions

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_add(self, kind: str) -> None:
        def submit(v: dict[str, str]) -> str | None:
            if kind == "stance":
                try:
                    axis = int(v["axis"] or 0)
                except ValueError:
                    return f"axis {v['axis']!r} must be -1, 0 or 1"

                def make(cb, _claims):  # type: ignore[no-untyped-def]
                    return cbk.add_stance(
                        cb,
                        v["id"].strip(),
                        label=v["label"],
                        symbol=v["symbol"],
                        axis=axis,
                        color=v["color"].strip() or "white",
                        description=v["description"],
                    )

            else:

                def make(cb, _claims):  # type: ignore[no-untyped-def]
                    return cbk.add_question(cb, v["id"].strip(), label=v["label"], text=v["text"])

            error = self.run_change(make, f"add {kind} {v['id'].strip()}")
            if error is None:
                self.call_after_refresh(self.select, kind, v["id"].strip())
            return error

        fields = STANCE_FIELDS if kind == "stance" else QUESTION_FIELDS
        defaults = {"axis": "0", "color": "white"} if kind == "stance" else {}
        self.app.push_screen(EntryForm(f"Add a {kind}", fields, defaults, submit))

    def action_edit(self) -> None:
        here = self.current()
        if here is None:
            return
        kind, entry = here
        cb = self.project.codebook
        item = cb.stance(entry) if kind == "stance" else cb.question(entry)
        fields = tuple(f for f in (STANCE_FIELDS if kind == "stance" else QUESTION_FIELDS)[1:])
        values = {f: str(getattr(item, f)) for f in fields}

        def submit(v: dict[str, str]) -> str | None:
            changed: dict[str, object] = {f: v[f] for f in fields if v[f] != values[f]}
            if not changed:
                return None
            if "axis" in changed:
                try:
                    changed["axis"] = int(str(changed["axis"]))
                except ValueError:
                    return f"axis {changed['axis']!r} must be -1, 0 or 1"
            return self.run_change(
                lambda cb, _claims: cbk.edit(cb, kind, entry, **changed), f"edit {kind} {entry}"
            )

        self.app.push_screen(EntryForm(f"Edit {kind} {entry}", fields, values, submit))

    def action_rename(self) -> None:
        here = self.current()
        if here is None:
            return
        kind, entry = here

        def submit(v: dict[str, str]) -> str | None:
            new = v["id"].strip()
            error = self.run_change(
                lambda cb, claims: cbk.rename(cb, claims, kind, entry, new),
                f"rename {kind} {entry} to {new}",
            )
            if error is None:
                self.call_after_refresh(self.select, kind, new)
            return error

        self.app.push_screen(
            EntryForm(
                f"Rename {kind} {entry} (every claim that uses it is rewritten)",
                ("id",),
                {"id": entry},
                submit,
            )
        )

    def action_remove(self) -> None:
        here = self.current()
        if here is None:
            return
        kind, entry = here
        cb = self.project.codebook
        used = cbk.usage_counts(cb, self.project.claims())[(kind, entry)]
        if not used:
            error = self.run_change(
                lambda cb, claims: cbk.remove(cb, claims, kind, entry), f"remove {kind} {entry}"
            )
            if error:
                self.notify(error, severity="error", timeout=8)
            return
        items = cb.stances if kind == "stance" else cb.questions
        choices = [(i.id, f"{i.id} · {i.label}") for i in items if i.id != entry]
        if not choices:
            self.notify(f"{kind} {entry!r} is the only one; add another first", severity="error")
            return
        note = " (dropped from claims that have other questions)" if kind == "question" else ""

        def chosen(into: str | None) -> None:
            if into is None:
                self.notify("nothing removed", timeout=3)
                return
            error = self.run_change(
                lambda cb, claims: cbk.remove(cb, claims, kind, entry, into=into),
                f"remove {kind} {entry} into {into}",
            )
            if error:
                self.notify(error, severity="error", timeout=8)

        self.app.push_screen(
            IntoPicker(
                f"{kind} {entry!r} is used by {used} claim{'s' if used != 1 else ''}: "
                f"move them into…{note}",
                choices,
            ),
            chosen,
        )
