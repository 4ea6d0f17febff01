"""Adding sources from the TUI, and the guided start of an empty project.

The add-sources screen takes paths (files, folders or patterns, with completion) and pasted
text, reads each with :func:`argmap.project.prepare_source` in a worker thread, previews
the segmentation and the detected title, author and date, then saves them one by one with
a progress bar, asking before adding a text the project already has.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import (
    Header,
    Input,
    Label,
    OptionList,
    ProgressBar,
    Static,
    TextArea,
)
from textual.widgets.option_list import Option

from argmap.errors import ArgmapError
from argmap.leftout import preview
from argmap.project import DuplicateSource, PreparedSource, prepare_source
from argmap.readers import IMPORT_SUFFIXES, READER, READERS
from argmap.tui.app import ArgmapScreen
from argmap.tui.footer import FittingFooter

PREVIEW_SENTENCES = 40


class PathSuggester(Suggester):
    """Completes the last part of a path from the files and folders on disk."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value or any(ch in value for ch in "*?["):
            return None
        path = Path(os.path.expanduser(value))
        directory, prefix = (path, "") if value.endswith(os.sep) else (path.parent, path.name)
        try:
            names = sorted(
                p.name + (os.sep if p.is_dir() else "")
                for p in directory.iterdir()
                if p.name.startswith(prefix)
                and not p.name.startswith(".")
                and (p.is_dir() or p.suffix.lower() in IMPORT_SUFFIXES)
            )
        except OSError:
            return None
        return value + names[0][len(prefix) :] if names else None


def expand_paths(value: str) -> list[Path]:
    """The article files a typed path names: a file, a folder's articles, or a pattern."""
    value = os.path.expanduser(value.strip())
    if not value:
        return []
    matches = sorted(glob.glob(value)) if any(ch in value for ch in "*?[") else [value]
    out: list[Path] = []
    for name in matches:
        path = Path(name)
        if path.is_dir():
            out.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file()
                    and p.suffix.lower() in IMPORT_SUFFIXES
                    and not p.name.startswith(".")
                )
            )
        else:
            out.append(path)
    return out


@dataclass
class Pending:
    """A source read and previewed, waiting to be saved."""

    prepared: PreparedSource
    meta: dict[str, str]
    sentences: list[str]
    speakers: list[str] = field(default_factory=list)
    """Who says each sentence (a transcript's ``NAME:`` labels, reader 3)."""
    pasted: str | None = None
    """The pasted text (None for a file): read again if the reader changes."""


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            yield Label("y adds it anyway · n skips it", classes="dialog-help")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class AddSourcesScreen(ArgmapScreen):
    """Choose articles or paste text, preview them, save them."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="sources.close"),
        Binding("ctrl+s", "save", "Save all", id="sources.save", priority=True),
        Binding("ctrl+t", "take_paste", "Take pasted text", id="sources.paste", priority=True),
        Binding("ctrl+d", "drop", "Drop from list", id="sources.drop", priority=True),
        Binding("ctrl+o", "toggle_ids", "Ids", id="sources.ids", priority=True),
        Binding("ctrl+g", "cycle_reader", "Reader", id="sources.reader", priority=True),
    ]
    READER_NOTES: ClassVar[dict[int, str]] = {
        18: "wrapped transcripts, hearings, scripts, tick boxes, forums, JATS, reading apps",
        17: "chat senders, vox pops, every feed item, Word comments, PDF footnotes",
        16: "comments and replies no rule read, CSV exports, interviews, letters' heads",
        15: "debate records, live blogs, accordions, footnote marks, judgments, signatories",
        14: "phone-in callers, minutes' speakers, letters' signatures, response forms",
        13: "more threads by shape (reviews, groups, petitions), replies in place",
        12: "threads by shape, LaTeX, callers; .mbox, Whisper .json, .enex, PDF columns",
        11: "comment threads read, posts' writers, .rst and .adoc, more chrome",
        10: "notebooks; threads' writers, letters' writers, chat furniture",
        9: "Word, ODT, MHTML, RTF; interjections, HN and talk threads",
        8: "chats, captions, forums, feeds, e-mails, empty files refused",
        7: "front matter, letterheads, e-mail heads, threads, PDF text",
        6: "headings whole, declared charsets, blogs, wikis, e-mails",
        5: "the page's own date, letterheads, more page chrome",
        4: "datelines, bylines, letters as metadata",
        3: "tables, memo headers, speakers",
        2: "as argmap read before reader 3",
        1: "HTML with its furniture, as first",
    }
    DEFAULT_CSS = """
    AddSourcesScreen #add-left { width: 1fr; }
    AddSourcesScreen #add-right { width: 1fr; border-left: solid $panel; padding: 0 1; }
    AddSourcesScreen #pending { height: 1fr; min-height: 4; }
    AddSourcesScreen #paste { height: 8; }
    AddSourcesScreen .add-label { color: $text-muted; width: 100%; }
    AddSourcesScreen #progress { height: auto; }
    AddSourcesScreen #preview { height: auto; }
    """

    def __init__(self, texts: list[str] | None = None) -> None:
        """``texts``: pasted texts to read and list at once (first line: the title)."""
        super().__init__()
        self.texts = list(texts or [])
        self.pending: list[Pending] = []
        self.saving = False
        self.id_from = "title"
        """Where new ids come from: "title" or "file" (``argmap add --id-from``)."""
        self.reader = READER
        """How files are read (``argmap add --reader``)."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with Vertical(id="add-left"):
                yield Label(
                    "Path: a file, a folder or a pattern (→ completes, enter takes it)",
                    classes="add-label",
                )
                yield Input(placeholder="~/articles/", id="path", suggester=PathSuggester())
                yield Label(
                    "Or paste text below (first line = title), then ctrl+t",
                    classes="add-label",
                )
                yield TextArea(id="paste")
                yield Label(self._choices_line(), id="choices", classes="add-label")
                yield Label("To add (ctrl+d drops one; ctrl+s saves all):", classes="add-label")
                yield OptionList(id="pending")
                yield ProgressBar(id="progress", show_eta=False)
            with VerticalScroll(id="add-right"):
                yield Static("Nothing chosen yet.", id="preview")
        yield FittingFooter()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#progress", ProgressBar).display = False
        self.query_one("#path", Input).focus()
        if self.texts:
            self.prepare([(Path("pasted.txt"), text) for text in self.texts])

    # ------------------------------------------------------------------ choosing

    def _choices_line(self) -> str:
        source = "title" if self.id_from == "title" else "file name"
        return f"Ids from {source} ^o · reader {self.reader} ^g"

    def action_toggle_ids(self) -> None:
        """Ids from the titles or from the file names (``--id-from``)."""
        if self.saving:
            return
        self.id_from = "file" if self.id_from == "title" else "title"
        self.query_one("#choices", Label).update(self._choices_line())
        self._refresh_preview()

    def action_cycle_reader(self) -> None:
        """Reader 4, 3, 2, 1, 4… (``--reader``); what is listed is read again with it."""
        if self.saving:
            return
        self.reader = READERS[(READERS.index(self.reader) - 1) % len(READERS)]
        self.query_one("#choices", Label).update(self._choices_line())
        items = [(p.prepared.path, p.pasted) for p in self.pending]
        self.pending = []
        self._fill_pending()
        if items:
            self.prepare(items)

    def _new_id(self, p: Pending) -> str:
        return self.project.new_source_id(
            p.meta["title"] or p.prepared.path.stem, p.prepared.path.stem, self.id_from
        )

    def _refresh_preview(self) -> None:
        options = self.query_one("#pending", OptionList)
        if options.highlighted is not None and options.highlighted < len(self.pending):
            self._show(options.highlighted)

    @on(Input.Submitted, "#path")
    def _path_given(self, event: Input.Submitted) -> None:
        if not event.value.strip():
            self.notify("type a path first: a file, a folder or a pattern", severity="warning")
            return
        paths = expand_paths(event.value)
        if not paths:
            self.notify(f"{event.value}: no such file or folder", severity="error")
            return
        event.input.value = ""
        self.prepare([(p, None) for p in paths])

    def action_take_paste(self) -> None:
        area = self.query_one("#paste", TextArea)
        text = area.text
        if not text.strip():
            self.notify("the paste box is empty", severity="warning")
            return
        area.text = ""
        first = next((line.strip() for line in text.splitlines() if line.strip()), "pasted")
        self.prepare([(Path("pasted.md" if first.startswith("#") else "pasted.txt"), text)])

    @work(thread=True, exclusive=False, group="prepare")
    def prepare(self, items: list[tuple[Path, str | None]]) -> None:
        """Read, convert and segment in a thread; the results go to the UI thread."""
        reader = self.reader
        for path, text in items:
            try:
                prepared = prepare_source(path, text=text, html_reader=reader)
                sentences = prepared.sentences()
                pending = Pending(
                    prepared,
                    prepared.meta_preview(),
                    [s.text for s in sentences],
                    [s.speaker for s in sentences],
                    text,
                )
            except ArgmapError as err:
                self.app.call_from_thread(self.notify, str(err), severity="error", timeout=8)
                continue
            self.app.call_from_thread(self._add_pending, pending)

    def _add_pending(self, pending: Pending) -> None:
        self.pending.append(pending)
        self._fill_pending(len(self.pending) - 1)

    def _fill_pending(self, highlight: int | None = None) -> None:
        options = self.query_one("#pending", OptionList)
        options.clear_options()
        for i, p in enumerate(self.pending):
            # not [dim]: on the highlighted row dim grey on teal measured 2.8:1 (WCAG wants 4.5)
            title = escape(p.meta["title"] or p.prepared.path.name)
            label = f"{title} · {escape(p.prepared.path.name)} · {len(p.sentences)} sentences"
            options.add_option(Option(label, id=str(i)))
        if self.pending:
            options.highlighted = highlight if highlight is not None else 0
        else:
            self.query_one("#preview", Static).update("Nothing chosen yet.")

    @on(OptionList.OptionHighlighted, "#pending")
    def _preview(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index >= len(self.pending):
            return
        self._show(event.option_index)

    def _show(self, index: int) -> None:
        p = self.pending[index]
        duplicate = self.project.duplicate_of(p.prepared.text)
        lines = [
            f"[b]Title[/]  {escape(p.meta['title']) or '(none)'}",
            f"[b]Author[/] {escape(p.meta['author']) or '(not found)'}",
            f"[b]Date[/]   {p.meta['date'] or '(not found)'}",
            f"[b]From[/]   {escape(str(p.prepared.path))}",
            f"[b]Id[/]     {self._new_id(p)}",
            f"[b]Reader[/] {self.reader}: {self.READER_NOTES[self.reader]}",
        ]
        if duplicate:
            lines.append(f"[b $warning]Already in the project as {duplicate!r}[/]")
        if n := len(p.prepared.left_out):  # as `argmap add` says; the reader's L lists them
            were = "passages of the page are" if n != 1 else "passage of the page is"
            first = escape(preview(p.prepared.left_out[0]))
            lines.append(
                f"[b]Not read[/] {n} {were} not in its text (“{first}”): "
                f"L in the reader lists {'them' if n != 1 else 'it'} once saved"
            )
        lines.append(f"\n[b]{len(p.sentences)} sentences[/]")
        speaker = ""
        for i, text in enumerate(p.sentences[:PREVIEW_SENTENCES], 1):
            who = p.speakers[i - 1] if i - 1 < len(p.speakers) else ""
            if who and who != speaker:
                lines.append(f"    [b]{escape(who)}[/]")
            speaker = who
            lines.append(f"[dim]{i:>3}[/] {escape(text)}")
        if len(p.sentences) > PREVIEW_SENTENCES:
            lines.append(f"[dim]… {len(p.sentences) - PREVIEW_SENTENCES} more[/]")
        self.query_one("#preview", Static).update("\n".join(lines))

    def action_drop(self) -> None:
        options = self.query_one("#pending", OptionList)
        i = options.highlighted
        if i is None or i >= len(self.pending) or self.saving:
            return
        del self.pending[i]
        self._fill_pending(min(i, len(self.pending) - 1) if self.pending else None)

    # ------------------------------------------------------------------ saving

    def action_save(self) -> None:
        if self.saving:
            return
        if not self.pending:
            self.notify("nothing to add: give a path or paste text first", severity="warning")
            return
        self.saving = True
        self.save_all()

    @work(exclusive=True, group="save")
    async def save_all(self) -> None:
        """Save the pending sources one by one (on the UI thread), with progress."""
        bar = self.query_one("#progress", ProgressBar)
        bar.display = True
        bar.update(total=len(self.pending), progress=0)
        added: list[str] = []
        try:
            for p in list(self.pending):
                force = False
                existing = self.project.duplicate_of(p.prepared.text)
                if existing is not None:
                    force = await self.app.push_screen_wait(
                        ConfirmScreen(
                            f"{p.prepared.path.name} is already in the project as "
                            f"{existing!r}. Add it again?"
                        )
                    )
                    if not force:
                        self.pending.remove(p)
                        bar.advance(1)
                        continue
                try:
                    meta = self.project.add_prepared(p.prepared, force=force, id_from=self.id_from)
                except DuplicateSource:
                    continue
                except ArgmapError as err:
                    self.notify(str(err), severity="error", timeout=8)
                    continue
                added.append(meta.id)
                self.pending.remove(p)
                bar.advance(1)
                self._fill_pending()
        finally:
            self.saving = False
            bar.display = False
        self._fill_pending()
        if added:
            self.argmap.changed()
            self.notify(
                f"added {len(added)} source{'s' if len(added) != 1 else ''}: {', '.join(added)}"
            )

    def action_close(self) -> None:
        self.app.pop_screen()


def escape(text: str) -> str:
    """Text shown in a Static without being read as markup."""
    from rich.markup import escape as rich_escape

    return rich_escape(text)


class StartScreen(ArgmapScreen):
    """What an empty project opens on: make a codebook, add sources, annotate."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("k", "step('codebook')", "1 Codebook", id="start.codebook"),
        Binding("n", "step('sources')", "2 Add sources", id="start.sources"),
        Binding("r", "step('annotate')", "3 Annotate", id="start.annotate"),
        Binding("escape", "close", "Matrix", id="start.close"),
    ]
    DEFAULT_CSS = """
    StartScreen #start { padding: 1 2; height: auto; }
    StartScreen .start-note { padding-left: 4; }
    """

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="start"):
            yield Static(id="start-title")
            for step in ("codebook", "sources", "annotate"):
                yield Static(id=f"start-{step}")
                # its own widget, so that a wrapped line keeps the indent
                yield Static(id=f"start-{step}-note", classes="start-note")
        yield FittingFooter()

    def refresh_data(self) -> None:
        project = self.project
        cb = project.codebook
        has_questions = bool(cb.questions)
        has_sources = bool(project.sources)
        has_claims = bool(project.claim_index)

        def mark(done: bool) -> str:
            return "[b green]✓[/]" if done else "[b]·[/]"

        stances = ", ".join(s.id for s in cb.stances)
        steps = {
            "title": f"[b]Start mapping “{escape(project.config.name)}”[/]\n",
            "codebook": f"{mark(has_questions)} [b]1. Make the codebook[/] (k)",
            "codebook-note": f"stances on the axis: {escape(stances)}; "
            f"{len(cb.questions)} questions. Rename the stances for your debate "
            "and add the questions sources answer.",
            "sources": f"{mark(has_sources)} [b]2. Add sources[/] (n)",
            "sources-note": f"{len(project.sources)} so far: files, a folder or pasted text, "
            "previewed before they are saved.",
            "annotate": f"{mark(has_claims)} [b]3. Annotate[/] (r)",
            "annotate-note": "read a source and give sentences a stance and questions; "
            "the matrix (escape) fills as you go.",
        }
        for name, text in steps.items():
            self.query_one(f"#start-{name}", Static).update(text)

    def action_step(self, step: str) -> None:
        if step == "codebook":
            self.argmap.action_codebook()
        elif step == "sources":
            self.argmap.action_add_sources()
        else:
            if not self.project.sources:
                self.notify("add a source first (n)", severity="warning")
                return
            self.argmap.action_show("reader")

    def action_close(self) -> None:
        self.app.pop_screen()
