"""The codebook screen: list, add, edit, rename and remove stances and questions.

Every change goes through :meth:`Project.change_codebook` with the functions of
:mod:`argmap.codebook`, so the rules and messages are those of ``argmap codebook``; each is
undoable with the app's undo key, and the matrix shows it as soon as it is visible again.
"""

from __future__ import annotations

import contextlib
import textwrap
import time
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    DataTable,
    Header,
    Input,
    Label,
    OptionList,
    ProgressBar,
    Static,
)
from textual.widgets.option_list import Option

from argmap import codebook as cbk
from argmap.errors import ArgmapError
from argmap.tui.app import ArgmapScreen
from argmap.tui.footer import FittingFooter
from argmap.tui.widgets import stance_style

STANCE_FIELDS = ("id", "label", "symbol", "axis", "color", "description")
QUESTION_FIELDS = ("id", "label", "text")
ADD_STANCE_HINTS = {
    "label": "short name shown in the matrix (empty: the id in words)",
    "symbol": "one cell wide, e.g. ▲ ▼ ◆ ● + (empty: one not taken)",
    "color": "red, bright_blue, #3fa34d (empty: a colour no stance has)",
}
"""What an empty field of a new stance gives (the codebook's choice, as on the command line)."""

HINTS = {
    "id": "letters, digits, . _ - (used in files and commands)",
    "label": "short name shown in the matrix",
    "symbol": "one character one cell wide, e.g. ▲ ▼ ◆ ● +",
    "axis": "1 for, -1 against, 0 neither",
    "color": "red, bright_blue, #3fa34d, rgb(63,163,77)",
    "description": "what a claim with this stance argues",
    "text": "the question itself",
}


KEEP_OPEN = ""
"""What a form's ``submit`` returns when it started work that closes the form itself."""


class EntryForm(ModalScreen[bool]):
    """A form of labelled inputs; ``submit(values)`` returns an error to show, None to
    close, or ``KEEP_OPEN`` while a change it started runs (it closes or errs later)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save", priority=True),
        # Priority: the app runs these as each key arrives, before it hands the next key to
        # a field. Without, keys sent in one burst (tmux's `send-keys harm Tab Harm`, a
        # typing tool) reached the id field before Tab's move: "harmHarm", the label empty.
        Binding("tab", "step(1)", show=False, priority=True),
        Binding("shift+tab", "step(-1)", show=False, priority=True),
        Binding("enter", "step(1, True)", show=False, priority=True),
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
        hints: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.hints = {**HINTS, **(hints or {})}
        self.title_text = title
        self.fields = fields
        self.values = values
        self.submit = submit

    def compose(self) -> ComposeResult:
        # scrolls: at 80x24 a stance's six fields ran past the dialog's foot, out of sight
        # (the colour and description typed unseen); the focused field scrolls into view
        with VerticalScroll(classes="dialog wide", can_focus=False):
            yield Label(self.title_text, classes="dialog-title")
            for name in self.fields:
                yield Label(Text(f"{name} · {self.hints.get(name, '')}"), classes="form-hint")
                yield Input(self.values.get(name, ""), id=f"field-{name}")
            yield Static("", classes="form-error", id="form-error")
            yield Label(
                "enter on the last field or ctrl+s saves · escape cancels", classes="dialog-help"
            )

    def action_step(self, by: int, save_at_end: bool = False) -> None:
        """To the next (previous) field; enter on the last one saves."""
        inputs = list(self.query(Input))
        focused = self.focused
        at = inputs.index(focused) if focused in inputs else -1
        if save_at_end and at == len(inputs) - 1:
            self._save_when_typed(inputs)
            return
        self.set_focus(inputs[(at + by) % len(inputs)])  # now, not after the queued keys

    def _save_when_typed(self, inputs: list[Input]) -> None:
        """Save once every field has taken the keys sent to it before this enter (a burst's
        keys wait in each field's queue; this key was run as it arrived)."""
        if inputs:
            inputs[0].call_later(self._save_when_typed, inputs[1:])
        else:
            self.action_save()

    def action_save(self) -> None:
        values = {name: self.query_one(f"#field-{name}", Input).value for name in self.fields}
        error = self.submit(values)
        if error is None:
            self.dismiss(True)
            return
        self.show_error(error)

    def show_error(self, error: str) -> None:
        """Show why the values were not saved (the form stays open to fix them)."""
        self.query_one("#form-error", Static).update(error)

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


class Working(ModalScreen[None]):
    """What a long codebook change is doing, with the seconds it has taken so far; the
    screen behind stays drawn and the app answers, but no other edit can start."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "noop", "Wait", id="working.wait", show=False)
    ]

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title_text = title
        self.started = time.monotonic()
        self.step = "reading the annotation files…"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield ProgressBar(total=None, show_eta=False, id="working-bar")
            yield Static(self.step, id="working-step")

    def on_mount(self) -> None:
        self.set_interval(0.25, self._tick)

    def status(self, step: str) -> None:
        """Show the step the change is at."""
        self.step = step
        self._tick()

    def _tick(self) -> None:
        seconds = time.monotonic() - self.started
        self.query_one("#working-step", Static).update(f"{self.step}  {seconds:.0f} s")

    def action_noop(self) -> None:
        self.notify("the change is being saved; it cannot be stopped halfway", timeout=3)


class CodebookScreen(ArgmapScreen):
    """Stances and questions of the project, with how many claims use each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="codebook.close"),
        Binding("s", "add('stance')", "Add stance", id="codebook.add_stance"),
        Binding("q", "add('question')", "Add question", id="codebook.add_question"),
        Binding("e,enter", "edit", "Edit", id="codebook.edit", tooltip="Change labels, colour…"),
        Binding("n", "rename", "Rename id", id="codebook.rename", tooltip="Rewrites its claims"),
        Binding("d,delete", "remove", "Remove", id="codebook.remove"),
        Binding("less_than_sign", "move(-1)", "Move up", show=False, id="codebook.move_up"),
        Binding("greater_than_sign", "move(1)", "Move down", show=False, id="codebook.move_down"),
    ]
    DEFAULT_CSS = """
    CodebookScreen #codebook-help { height: auto; padding: 0 1; color: $text-muted; }
    CodebookScreen DataTable { height: 1fr; }
    CodebookScreen #codebook-entry {
        height: auto; max-height: 6; padding: 0 1; border-top: solid $primary-muted;
    }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="codebook-help")
        yield DataTable(id="codebook-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="codebook-entry")
        yield FittingFooter()

    @on(DataTable.RowHighlighted)
    def _show_entry(self) -> None:
        """The entry under the cursor in full, below the table: at 80 columns the table
        cuts its colour, claim count and text off at the right."""
        here = self.current()
        entry = self.query_one("#codebook-entry", Static)
        if here is None:
            entry.update("")
            return
        kind, entry_id = here
        cb = self.project.codebook
        counts = cbk.usage_counts(cb, self.project.claims())
        n = counts[(kind, entry_id)]
        used = f"{n} claim{'s' if n != 1 else ''}"
        out = Text()
        if kind == "stance":
            st = cb.stance(entry_id)
            out.append(f"{st.symbol} {st.label}", style=stance_style(cb, st.id))
            axis = f"{st.axis:+d}" if st.axis else "0"
            out.append(f"  stance {st.id} · axis {axis} · colour {st.color} · {used}")
            text = st.description
        else:
            q = cb.question(entry_id)
            out.append(q.label, style="bold")
            out.append(f"  question {q.id} · {used}")
            text = q.text
        if text:  # three lines at most: the table keeps its rows (e edits it all)
            width = max(self.size.width - 2, 20)
            out.append("\n" + textwrap.fill(text, width, max_lines=3, placeholder=" …"))
        entry.update(out)

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
                Text(s.symbol, style=stance_style(cb, s.id)),
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
        self._show_entry()
        stances, questions = len(cb.stances), len(cb.questions)
        help_text = (
            f"Codebook “{cb.name}”: {stances} stance{'' if stances == 1 else 's'},"
            f" {questions} question{'' if questions == 1 else 's'}."
        )
        if not cb.questions:
            help_text += " No questions yet: press q to add the first."
        self.query_one("#codebook-help", Static).update(
            help_text + "  < > move the entry up or down. Every change can be undone (u)."
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

    def run_change(
        self,
        make: Callable,  # type: ignore[type-arg]
        label: str,
        *,
        form: EntryForm | None = None,
        then: Callable[[], None] | None = None,
    ) -> str:
        """Save one codebook change in a worker, with its progress shown; ``KEEP_OPEN``.

        Rewriting the claims of a renamed or removed entry reads and writes every
        annotation file (seconds at 1,000 sources): the app stays responsive meanwhile.
        Errors go to ``form`` (which stays open) or to a notification; on success ``form``
        closes and ``then`` runs.
        """
        app = self.argmap
        if app._reloading:
            message = "the files are being re-read; try again in a moment"
            if form is None:
                self.notify(message, severity="warning")
            return message
        app._reloading = True  # no reload from disk while our own writes are under way
        working = Working(f"{label[:1].upper()}{label[1:]}")
        app.push_screen(working)
        self._change_worker(make, label, working, form, then)
        return KEEP_OPEN

    @work(thread=True, exclusive=True, group="codebook", exit_on_error=False)
    def _change_worker(
        self,
        make: Callable,  # type: ignore[type-arg]
        label: str,
        working: Working,
        form: EntryForm | None,
        then: Callable[[], None] | None,
    ) -> None:
        call = self.app.call_from_thread

        def tracked(codebook, claims):  # type: ignore[no-untyped-def]
            made = make(codebook, claims)
            pairs = getattr(made, "claims", [])
            files = len({source for source, _, _ in pairs})
            step = (
                f"rewriting {len(pairs):,} claims in {files:,} files…"
                if pairs
                else "saving the codebook…"
            )
            call(working.status, step)
            return made

        try:
            change = self.project.change_codebook(tracked, label)
        except ArgmapError as err:
            call(self._change_ended, None, str(err), working, form, then)
        except Exception as err:  # an unexpected failure is reported, never a crash
            call(self._change_ended, None, f"{label} failed: {err}", working, form, then)
        else:
            call(self._change_ended, change, None, working, form, then)

    def _change_ended(
        self,
        change: cbk.CodebookChange | None,
        error: str | None,
        working: Working,
        form: EntryForm | None,
        then: Callable[[], None] | None,
    ) -> None:
        working.dismiss(None)
        app = self.argmap
        app._reloading = False
        if change is None:
            if form is not None:
                form.show_error(error or "")
            else:
                self.notify(error or "", severity="error", timeout=8)
            return
        n = len(change.claims)
        app.changed()
        rewritten = f" ({n:,} claim{'s' if n != 1 else ''} rewritten)" if n else ""
        self.notify(change.label + rewritten, timeout=4)
        if form is not None:
            form.dismiss(True)
        if then is not None:
            then()

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
                    # empty: the codebook's own choice, as `codebook add-stance` makes it (the
                    # colour was white here, which vanished on an export's white page)
                    return cbk.add_stance(
                        cb,
                        v["id"].strip(),
                        label=v["label"].strip() or None,
                        symbol=v["symbol"].strip() or None,
                        axis=axis,
                        color=v["color"].strip() or None,
                        description=v["description"],
                    )

            else:

                def make(cb, _claims):  # type: ignore[no-untyped-def]
                    return cbk.add_question(cb, v["id"].strip(), label=v["label"], text=v["text"])

            new = v["id"].strip()
            return self.run_change(
                make,
                f"add {kind} {new}",
                form=form,
                then=lambda: self.call_after_refresh(self.select, kind, new),
            )

        fields = STANCE_FIELDS if kind == "stance" else QUESTION_FIELDS
        defaults = {"axis": "0"} if kind == "stance" else {}
        hints = ADD_STANCE_HINTS if kind == "stance" else None
        form = EntryForm(f"Add a {kind}", fields, defaults, submit, hints)
        self.app.push_screen(form)

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
                lambda cb, _claims: cbk.edit(cb, kind, entry, **changed),
                f"edit {kind} {entry}",
                form=form,
            )

        form = EntryForm(f"Edit {kind} {entry}", fields, values, submit)
        self.app.push_screen(form)

    def action_rename(self) -> None:
        here = self.current()
        if here is None:
            return
        kind, entry = here

        def submit(v: dict[str, str]) -> str | None:
            new = v["id"].strip()

            def then() -> None:
                self.call_after_refresh(self.select, kind, new)
                if kind == "stance":
                    self._say_placeholder(entry, new)

            return self.run_change(
                lambda cb, claims: cbk.rename(cb, claims, kind, entry, new),
                f"rename {kind} {entry} to {new}",
                form=form,
                then=then,
            )

        form = EntryForm(
            f"Rename {kind} {entry} (every claim that uses it is rewritten)",
            ("id",),
            {"id": entry},
            submit,
        )
        self.app.push_screen(form)

    def _say_placeholder(self, old: str, new: str) -> None:
        """After a blank codebook's stance (for, against, hedged) is renamed: say that its
        label or description is still the placeholder (the matrix legend and exports show
        them), as ``argmap codebook rename`` does."""
        placeholder = {s.id: s for s in cbk.blank_codebook().stances}.get(old)
        now = next((s for s in self.project.codebook.stances if s.id == new), None)
        if placeholder is None or now is None:
            return
        kept = [
            f"{name} {getattr(now, name)!r}"
            for name in ("label", "description")
            if getattr(now, name) == getattr(placeholder, name)
        ]
        if kept:
            self.notify(
                f"{new}: still the blank codebook's {' and '.join(kept)}: e edits them",
                timeout=8,
            )

    def action_move(self, delta: int) -> None:
        """Move the entry under the cursor up (-1) or down (+1) in the codebook's order."""
        here = self.current()
        if here is None:
            return
        kind, entry = here
        cb = self.project.codebook
        ids = cb.stance_ids if kind == "stance" else cb.question_ids
        position = ids.index(entry) + 1 + delta
        if not 1 <= position <= len(ids):
            self.notify(f"{kind} {entry} is already {'first' if delta < 0 else 'last'}", timeout=3)
            return
        self.run_change(
            lambda cb, _claims: cbk.move(cb, kind, entry, position),
            f"move {kind} {entry} to position {position}",
            then=lambda: self.call_after_refresh(self.select, kind, entry),
        )

    def action_remove(self) -> None:
        here = self.current()
        if here is None:
            return
        kind, entry = here
        cb = self.project.codebook
        used = cbk.usage_counts(cb, self.project.claims())[(kind, entry)]
        if not used:
            self.run_change(
                lambda cb, claims: cbk.remove(cb, claims, kind, entry), f"remove {kind} {entry}"
            )
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
            self.run_change(
                lambda cb, claims: cbk.remove(cb, claims, kind, entry, into=into),
                f"remove {kind} {entry} into {into}",
            )

        self.app.push_screen(
            IntoPicker(
                f"{kind} {entry!r} is used by {used} claim{'s' if used != 1 else ''}: "
                f"move them into…{note}",
                choices,
            ),
            chosen,
        )
