"""The argmap Textual app: owns the project, routes between screens, runs every edit."""

from __future__ import annotations

import os
import sys
import weakref
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, NoReturn, TypeVar

from textual import events, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from argmap.errors import ArgmapError, UsageError
from argmap.project import Project
from argmap.tui.commands import ArgmapCommands
from argmap.tui.dialogs import Confirm, ProblemsScreen, TextPrompt
from argmap.tui.freshness import State, changed_files, dir_marks, disk_state
from argmap.tui.widgets import use_theme

T = TypeVar("T")

MAIN_SCREENS = ("matrix", "reader", "map", "search")

FIELD_NAMES = {
    "query": "search",
    "find": "link finder",
    "note": "note",
    "paste": "pasted text",
    "path": "file or folder",
}
"""How the quit question names a text field that has no dialog title."""


class ArgmapScreen(Screen):
    """Base of the main screens: refreshes itself when the project changed meanwhile."""

    seen_version = -1

    @property
    def argmap(self) -> ArgmapApp:
        return self.app  # type: ignore[return-value]

    @property
    def project(self) -> Project:
        return self.argmap.project

    def refresh_data(self) -> None:
        """Re-read what the screen shows from the project."""

    def sync(self) -> None:
        """Refresh if the project changed since this screen last looked."""
        if self.seen_version != self.argmap.data_version:
            self.seen_version = self.argmap.data_version
            self.refresh_data()

    def on_screen_resume(self) -> None:
        if self.children:
            self.sync()

    def on_mount(self) -> None:
        self.call_after_refresh(self.sync)

    def on_resize(self) -> None:
        from textual.widgets import Footer

        for footer in self.query(Footer):
            footer.compact = self.size.width < 120


class ArgmapApp(App[int]):
    """Matrix, reader, question map and search over one argmap project."""

    CSS_PATH = "argmap.tcss"
    TITLE = "argmap"
    COMMANDS = App.COMMANDS | {ArgmapCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("m", "show('matrix')", "Matrix", id="app.matrix", tooltip="Sources × questions"),
        Binding("r", "show('reader')", "Reader", id="app.reader", tooltip="Read and annotate"),
        Binding("t", "show('map')", "Q-map", id="app.map", tooltip="One question as a tree"),
        Binding("slash", "show('search')", "Search", id="app.search", tooltip="Find and filter"),
        Binding("question_mark,f1", "help", "Help", id="app.help", tooltip="Every key binding"),
        Binding(
            "A",
            "adjudicate",
            "Adjudicate",
            id="app.adjudicate",
            show=False,
            tooltip="Compare annotators and settle the reference",
        ),
        Binding(
            "K",
            "codebook",
            "Codebook",
            id="app.codebook",
            show=False,
            tooltip="Add, edit, rename or remove stances and questions",
        ),
        Binding(
            "N",
            "add_sources",
            "Add sources",
            id="app.add_sources",
            show=False,
            tooltip="Add articles from files, folders or pasted text",
        ),
        Binding(
            "O",
            "orphans",
            "Orphans",
            id="app.orphans",
            show=False,
            tooltip="Claims whose quote is gone",
        ),
        Binding(
            "C",
            "compare",
            "Compare",
            id="app.compare",
            show=False,
            tooltip="Compare sources side by side",
        ),
        Binding(
            "P",
            "problems",
            "Problems",
            id="app.problems",
            show=False,
            tooltip="Files that could not be read",
        ),
        Binding(
            "ctrl+z,u", "undo", "Undo", id="app.undo", show=False, tooltip="Undo the last edit"
        ),
        Binding("ctrl+y,U", "redo", "Redo", id="app.redo", show=False, tooltip="Redo it"),
        Binding(
            "ctrl+r",
            "reload",
            "Reload",
            id="app.reload",
            show=False,
            tooltip="Re-read the files (edits by other processes); clears undo",
        ),
    ]

    POLL_SECONDS = 1.0
    """How often the directories are checked for changes made by other processes."""
    FULL_SCAN_POLLS = 10
    """Every this many polls every file is checked, for files rewritten in place."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.data_version = 0
        self._typed_from: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()
        self._key_read_on: weakref.WeakKeyDictionary[events.Key, tuple[Screen, Any]] = (
            weakref.WeakKeyDictionary()
        )
        self._key_busy = False  # a key handed out has not settled yet
        self._held_keys: deque[events.Key] = deque()  # keys read meanwhile, in order
        self._key_token: object | None = None
        self._key_last: tuple[str, Screen, Any] | None = None  # the key handed out last
        self.title = f"argmap · {project.config.name}"

    def on_mount(self) -> None:
        from argmap.tui.matrix import MatrixScreen

        use_theme(self.get_css_variables(), self.current_theme.dark)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        from argmap.tui.question_map import QuestionMapScreen
        from argmap.tui.reader import ReaderScreen
        from argmap.tui.search import SearchScreen

        self.project, caught = caught_up(self.project)
        self._reloading = False
        self._disk: State | None = None  # the files as our last load or save left them
        self._disk_gen = 0  # bumped by our own saves: scans begun before one are stale
        self._marks: State = {}
        self._polls = 0
        self._scan()
        self.set_interval(self.POLL_SECONDS, self._poll, name="freshness")
        self.install_screen(MatrixScreen(), "matrix")
        self.install_screen(ReaderScreen(), "reader")
        self.install_screen(QuestionMapScreen(), "map")
        self.install_screen(SearchScreen(), "search")
        self.push_screen("matrix")
        if not self.project.sources:
            from argmap.tui.sources_screen import StartScreen

            self.push_screen(StartScreen())
        if self.project.problems:
            self.push_screen(ProblemsScreen(self.project.problems, self.project.unreadable))
        for line in caught:
            self.notify(line, title="renamed in another copy", timeout=12)

    # ------------------------------------------------------------------ keys in a burst

    KEY_SETTLE_SECONDS = 2.0
    """The longest a key read waits for the one before it to settle (a widget closed with
    its key's last step queued; the steps themselves take milliseconds)."""

    async def on_event(self, event: events.Event) -> None:
        """Keys are handed out one at a time, each once the one before has settled: read in
        one burst (tmux's ``send-keys``, a typing tool, keys typed ahead of a slow screen)
        they were all handed to the widget focused when they came, before the first had
        opened the search or moved to the next field; the filter chosen by ``Tab Enter Down
        Enter`` was another's."""
        if isinstance(event, events.Key) and not event.is_forwarded:
            if (
                self._key_busy
                and not self._held_keys
                and self._key_last
                == (
                    event.key,
                    self.screen,
                    self.focused,
                )
            ):  # a key held down (j j j…) where it still goes: as it comes, drawn once
                await super().on_event(event)
                return
            if self._key_busy:
                self._held_keys.append(event)
                return
            await self._hand_out(event)
            return
        await super().on_event(event)

    async def _hand_out(self, event: events.Key) -> None:
        self._key_busy = True
        self._key_read_on[event] = (self.screen, self.focused)  # where it is handed to
        self._key_last = (event.key, self.screen, self.focused)
        target = self.focused or self.screen
        await super().on_event(event)
        token = object()
        self._key_token = token

        def settled() -> None:
            if self._key_token is token:
                self._key_token = None
                self.call_later(self._next_key)

        # The key goes to ``target`` and bubbles up its ancestors to the app, whose bindings
        # post messages of their own (a list's choice goes to its filter, which asks for
        # the focus later still): a step queued behind it on each in turn, twice on the
        # app, then the same again from where the focus is then, comes after all of that.
        def chain(widget: Any) -> list[Any]:
            pumps: list[Any] = [*widget.ancestors_with_self]
            if not pumps or pumps[-1] is not self:
                pumps.append(self)
            return [*pumps, self]

        def step(pumps: list[Any], i: int, rounds: int) -> None:
            while i < len(pumps):
                if pumps[i].call_later(step, pumps, i + 1, rounds):
                    return
                i += 1  # closed meanwhile (a dialog the key dismissed): the next one
            if rounds:
                step(chain(self.focused or self.screen), 0, rounds - 1)
            else:
                settled()

        step(chain(target), 0, 1)
        self.set_timer(self.KEY_SETTLE_SECONDS, settled)

    async def _next_key(self) -> None:
        if self._held_keys:
            await self._hand_out(self._held_keys.popleft())
        else:
            self._key_busy = False

    async def _on_key(self, event: events.Key) -> None:
        """A key the screen it was handed to left unhandled, after another key (``/``,
        ``n``) opened a screen or dialog: it was typed for what that opened (a key that
        waited past ``KEY_SETTLE_SECONDS`` for the one before). Hand it out again."""
        read_on = self._key_read_on.pop(event, None)
        if read_on is not None and read_on[0] is not self.screen:
            event.prevent_default()  # not App's handler: no binding of the screen now on top
            self._hand_out_again(event.key, event.character)
        # else App._on_key (called after this one) runs the bindings as ever

    def _hand_out_again(self, key: str, character: str | None, tries: int = 20) -> None:
        """Post ``key`` to the app anew once the screen on top has a focused widget (a
        screen shown for the first time focuses its field when composed); keys keep their
        order, each waiting behind the one before."""
        screen = self.screen
        if screen.focused is None and tries and not screen.is_attached:
            screen.call_after_refresh(self._hand_out_again, key, character, tries - 1)
            return
        self.post_message(events.Key(key, character))

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables with every text colour made legible (see widgets)."""
        from argmap.tui.widgets import legible_variables

        return legible_variables(super().get_css_variables())

    def _theme_changed(self, _theme: object) -> None:
        use_theme(self.get_css_variables(), self.current_theme.dark)
        self.changed()

    # ------------------------------------------------------------------ navigation

    def show(self, name: str) -> Screen:
        """Make main screen ``name`` current (closing any dialog above) and return it."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        screen = self.get_screen(name)
        if self.screen is not screen:
            self.switch_screen(name)
        return screen

    def action_show(self, name: str) -> None:
        if name == "map" and not self.project.codebook.questions:
            # a new debate's blank codebook: t did nothing and said nothing
            self.notify(
                "the question map shows a question's claims, and there is none yet: K adds one"
            )
            return
        if name == "map":
            # From the reader: the question of the claim under the cursor, on that claim.
            claim = getattr(self.screen, "current_claim", lambda: None)()
            if claim is not None and claim.questions:
                self.open_question(claim.questions[0], claim.id)
                return
        screen = self.show(name)
        if name == "search":
            getattr(screen, "widen", lambda: None)()  # the reader's / narrowed it to a source
        if (
            name == "reader"
            and getattr(screen, "source_id", None) is None
            and getattr(screen, "pending_source", None) is None
        ):
            matrix = self.get_screen("matrix")
            source = getattr(matrix, "current_source", lambda: None)()
            if source:
                self.open_reader(source)

    def open_reader(
        self, source: str, *, sentence: str | None = None, claim: str | None = None
    ) -> None:
        """Show ``source`` in the reader, at a sentence id or a claim."""
        from argmap.tui.reader import ReaderScreen

        try:
            self.project.source(source)
            if claim is not None:
                self.project.claim(claim)
        except ArgmapError as err:
            self.notify(str(err), severity="error")
            return
        reader = self.show("reader")
        assert isinstance(reader, ReaderScreen)
        reader.open(source, sentence=sentence, claim=claim)

    def show_left_out(self, source: str) -> None:
        """Open ``source`` in the reader with the passages its reader left out (``L``)."""
        from argmap.tui.reader import ReaderScreen

        self.open_reader(source)
        reader = self.get_screen("reader")
        assert isinstance(reader, ReaderScreen)
        reader.call_after_refresh(reader.action_left_out)

    def open_question(self, question: str, claim: str | None = None) -> None:
        """Show ``question`` in the question map (the cursor on ``claim`` if given)."""
        try:
            self.project.check_question(question)
        except ArgmapError as err:
            self.notify(str(err), severity="error")
            return
        screen = self.show("map")
        screen.set_question(question, claim)  # type: ignore[attr-defined]

    def action_help(self) -> None:
        from argmap.tui.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_codebook(self) -> None:
        from argmap.tui.codebook_screen import CodebookScreen

        if not isinstance(self.screen, CodebookScreen):
            self.push_screen(CodebookScreen())

    def action_add_sources(self) -> None:
        from argmap.tui.sources_screen import AddSourcesScreen

        if not isinstance(self.screen, AddSourcesScreen):
            self.push_screen(AddSourcesScreen())

    def action_orphans(self) -> None:
        from argmap.tui.orphans import OrphansScreen

        if not isinstance(self.screen, OrphansScreen):
            self.push_screen(OrphansScreen())

    def action_compare(self) -> None:
        """Pick two or more sources, then show them side by side."""
        from argmap.tui.compare_screen import CompareScreen, SourcePicker

        if len(self.project.sources) < 2:
            self.notify("comparing needs at least two sources", severity="warning")
            return
        current = getattr(self.get_screen("matrix"), "current_source", lambda: None)()

        def chosen(sources: list[str] | None) -> None:
            if sources:
                self.push_screen(CompareScreen(sources))

        self.push_screen(SourcePicker(self.project.sources, [current] if current else []), chosen)

    def action_problems(self) -> None:
        if self.project.problems:
            self.push_screen(ProblemsScreen(self.project.problems, self.project.unreadable))
        else:
            self.notify("no problems: every file is valid")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return bool(self.project._undo) or None
        if action == "redo":
            return bool(self.project._redo) or None
        if action == "problems":
            return bool(self.project.problems)
        if action == "show" and parameters:
            # No footer key for the screen already shown.
            try:
                return self.screen is not self.get_screen(str(parameters[0]))
            except KeyError:
                return True
        return True

    # ------------------------------------------------------------------ edits

    def with_annotator(self, then: Callable[[], None]) -> None:
        """Run ``then`` once an annotator name is known, asking for one the first time."""
        try:
            _ = self.project.annotator
        except UsageError:
            self._ask_annotator(then)
            return
        then()

    def annotator_said(self) -> str:
        """``now: alice`` (``no name yet``): who edits, for the palette."""
        try:
            return f"now: {self.project.annotator}"
        except UsageError:
            return "no name yet"

    def action_switch_annotator(self) -> None:
        """Annotate under another name from now on (the palette's "Annotate as someone
        else"): a name mistyped at the first edit was kept on this machine, and nothing in
        the app could change it."""
        try:
            before: str | None = self.project.annotator
        except UsageError:
            before = None

        def done() -> None:
            if self.project.annotator != before:
                self.changed(rescan=False)  # "yours" in the titles is someone else now

        self._ask_annotator(done, current=before)

    def _ask_annotator(self, then: Callable[[], None], current: str | None = None) -> None:
        """Ask who is annotating, keep the name, then run ``then`` (nothing when cancelled;
        a colleague's name is confirmed first)."""
        chosen = self.project.chosen_annotator

        def got(name: str | None) -> None:
            name = (name or "").strip()
            if not name:
                self.notify("no annotator name given: nothing changed", severity="warning")
                return
            if name == current:
                self.notify(f"already annotating as {name}", timeout=3)
                return
            self.project.chosen_annotator = name
            try:
                me = self.project.annotator
            except UsageError as err:
                self.project.chosen_annotator = chosen
                self.notify(str(err), severity="error")
                return
            theirs = len(self.project.claims(annotator=me))
            if not theirs:
                self._keep_annotator(me)
                then()
                return

            # a newcomer who types a colleague's name would edit the colleague's claims
            def same_person(yes: bool | None) -> None:
                if yes:
                    self._keep_annotator(me)
                    then()
                    return
                self.project.chosen_annotator = chosen
                self._ask_annotator(then, current)

            self.push_screen(
                Confirm(
                    f"{me} has {theirs} claim{'s' if theirs != 1 else ''} here already. "
                    f"Are you {me}?",
                    f"y: annotate as {me}: your edits change these claims.\n"
                    "n: give another name, for a reading of your own beside theirs.",
                ),
                same_person,
            )

        title = "Who is annotating? (one word; saved with every claim)"
        if current is not None:
            title = f"Annotating as {current}: who is annotating from now on? (one word)"
        self.push_screen(TextPrompt(title, placeholder="your name, e.g. alice"), got)

    def _keep_annotator(self, name: str) -> None:
        """Keep the name just given on this machine (``argmap init --annotator`` does the
        same), so the next session does not ask again; a file that cannot be written is
        said, and the name still holds for this session."""
        from argmap import store

        try:
            path = store.save_user_annotator(name)
        except (ArgmapError, OSError) as err:
            self.notify(f"{name} holds for this session only: {err}", severity="warning")
            return
        self.notify(f"annotating as {name}: kept in {path} for next time", timeout=4)

    def edit(self, fn: Callable[[], T], message: Callable[[T], str] | None = None) -> T | None:
        """Run one project edit: errors become a notification, success refreshes the views."""
        try:
            result = fn()
        except ArgmapError as err:
            self.notify(str(err), severity="error", timeout=8)
            return None
        self.changed()
        if message is not None:
            self.notify(message(result), timeout=3)
        return result

    def changed(self, *, rescan: bool = True) -> None:
        """The project changed: bump the version and refresh the current screen."""
        if rescan:  # our own saves are not news: the next scan is the new baseline
            self._disk, self._disk_gen = None, self._disk_gen + 1
            self._scan()
        self.data_version += 1
        self.refresh_bindings()
        for screen in reversed(self.screen_stack):
            if isinstance(screen, ArgmapScreen):
                screen.sync()
                break

    def action_reload(self) -> None:
        """Re-read the project from disk now, keeping the annotator."""
        if not self._reloading:
            self._reload(None, announce="reloaded")

    def _poll(self) -> None:
        """Reload when another process changed the files (``argmap annotate``, git pull):
        the directories are checked here, the files in a worker (see freshness)."""
        if self._reloading:
            return
        self._polls += 1
        marks = dir_marks(self.project)
        if marks != self._marks or self._polls % self.FULL_SCAN_POLLS == 0:
            self._scan()

    def _scan(self) -> None:
        self._scan_worker(self._disk_gen, dir_marks(self.project))

    @work(thread=True, exclusive=True, group="freshness", exit_on_error=False)
    def _scan_worker(self, gen: int, marks: State) -> None:
        from textual.worker import get_current_worker

        state = disk_state(self.project)
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._scanned, gen, marks, state)

    def _scanned(self, gen: int, marks: State, state: State) -> None:
        if gen != self._disk_gen or self._reloading:
            return  # begun before one of our own saves, or a reload is under way
        self._marks = marks
        if self._disk is None:
            self._disk = state
        elif state != self._disk:
            self._reload(state, announce="changed on disk")

    def _reload(self, state: State | None, announce: str) -> None:
        self._reloading = True
        self._load_worker(state, announce)

    @work(thread=True, exclusive=True, group="reload")
    def _load_worker(self, state: State | None, announce: str) -> None:
        if state is None:
            state = disk_state(self.project)
        try:
            project = Project.open(
                self.project.root, annotator=self.project.chosen_annotator, strict=False
            )
        except ArgmapError as err:
            self.call_from_thread(self._reload_failed, err)
            return
        project, caught = caught_up(project)
        if caught:  # our own writes are not news
            state = disk_state(project)
        self.call_from_thread(self._swap, project, state, announce, caught)

    def _reload_failed(self, err: ArgmapError) -> None:
        self._reloading = False
        self.notify(str(err), severity="error")

    def _swap(
        self, project: Project, state: State, announce: str, caught: list[str] | None = None
    ) -> None:
        """Show the freshly read project; the screens keep their cursors."""
        before = self._disk or {}
        lost_undo = bool(self.project._undo)
        self.project = project
        self.changed(rescan=False)
        self._disk, self._disk_gen = state, self._disk_gen + 1
        self._marks = dir_marks(project)
        self._reloading = False
        files = changed_files(before, state)
        what = ", ".join(files[:3]) + (f" and {len(files) - 3} more" if len(files) > 3 else "")
        self.notify(
            f"{announce}{': ' + what if what and announce != 'reloaded' else ''} · "
            f"{len(project.claim_index)} claims" + (" · undo history cleared" if lost_undo else ""),
            timeout=4,
        )
        for line in caught or []:
            self.notify(line, title="renamed in another copy", timeout=12)

    # ------------------------------------------------------------------ quitting

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Remember what a text field held when it was first focused (before any typing)."""
        from textual.widgets import Input, TextArea

        widget = event.widget
        if isinstance(widget, Input | TextArea) and widget not in self._typed_from:
            self._typed_from[widget] = widget.text if isinstance(widget, TextArea) else widget.value

    def unsaved_typing(self) -> list[str]:
        """Text typed into an open dialog or field and not saved: ``where: “text”`` each."""
        from textual.widgets import Input, TextArea

        from argmap.tui.widgets import shorten

        found = []
        for screen in self.screen_stack:
            for widget in screen.query("Input, TextArea"):
                assert isinstance(widget, Input | TextArea)
                text = widget.text if isinstance(widget, TextArea) else widget.value
                if text.strip() and text != self._typed_from.get(widget, text):
                    where = getattr(screen, "title_text", None) or FIELD_NAMES.get(
                        widget.id or "", widget.id or "a text field"
                    )
                    found.append(f"{shorten(str(where), 40)}: “{shorten(text.strip(), 30)}”")
        return found

    async def action_quit(self) -> None:
        """Quit; when typed text would be lost, ask first (ctrl+q again quits anyway)."""

        if any(w.group == "codebook" and w.is_running for w in self.workers):
            self.notify("a codebook change is being saved: quit once it is done", timeout=4)
            return
        lost = self.unsaved_typing()
        if not lost or getattr(self.screen, "quitting", False):
            self.exit()
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.exit()

        ask = Confirm(
            "Quit argmap? What you typed here is not saved:",
            "\n".join([*lost, "(ctrl+q again quits too)"]),
        )
        ask.quitting = True  # type: ignore[attr-defined]
        self.push_screen(ask, answer)

    def action_undo(self) -> None:
        label = self.edit(self.project.undo)
        self.notify(f"undone: {label}" if label else "nothing to undo", timeout=3)

    def action_redo(self) -> None:
        label = self.edit(self.project.redo)
        self.notify(f"redone: {label}" if label else "nothing to redo", timeout=3)

    # ------------------------------------------------------------------ adjudication

    def has_adjudication(self) -> bool:
        """Whether the adjudication screen is installed."""
        import importlib.util

        return importlib.util.find_spec("argmap.tui.adjudicate") is not None

    def action_adjudicate(self) -> None:
        try:
            from argmap.tui.adjudicate import AdjudicationScreen
        except ImportError:
            self.notify("adjudication is not available in this version", severity="error")
            return

        def back(_: object = None) -> None:
            self.changed()

        self.push_screen(AdjudicationScreen(self.project), back)

    # ------------------------------------------------------------------ export

    def export(self, fmt: str) -> None:
        """Ask for a file name and write the ``fmt`` export of the project there."""
        try:
            from argmap import export
        except ImportError:
            self.notify("export is not available in this version", severity="error")
            return
        suffix = getattr(export, "SUFFIXES", {}).get(fmt, f".{fmt}")
        default = str(Path.cwd() / f"argmap-export{suffix}")
        # the reading the matrix shows (v): everyone's, one annotator's or the reference
        matrix = self.get_screen("matrix")
        whose: str | None = getattr(matrix, "reading_of", None)
        label = getattr(matrix, "view_label", lambda: "everyone, one vote per sentence")()

        def write(path: str | None, overwrite: bool = False) -> None:
            if not path:
                return
            target = Path(path).expanduser()
            if target.is_dir():
                self.notify(f"{path}: is a folder; give a file name", severity="error")
                return
            if target.exists() and not overwrite:

                def answer(yes: bool | None) -> None:
                    if yes:
                        write(path, overwrite=True)
                    else:
                        self.notify(f"not written: {path} kept as it was", timeout=3)

                self.push_screen(Confirm(f"{path} exists. Overwrite it?"), answer)
                return
            try:
                text = export.render(
                    self.project, fmt, questions=None, sources=None, annotator=whose
                )
                target.write_text(text, encoding="utf-8")
            except ArgmapError as err:
                self.notify(str(err), severity="error")
                return
            except OSError as err:
                self.notify(f"{path}: {err.strerror}", severity="error")
                return
            self.notify(f"wrote {fmt} export ({label}) to {path}")

        title = f"Export as {fmt}: {label} (v in the matrix picks whose). File:"
        self.push_screen(TextPrompt(title, value=default), write)

    def export_formats(self) -> list[str]:
        """The export formats available (empty when the export module is missing)."""
        try:
            from argmap import export
        except ImportError:
            return []
        formats: Any = getattr(export, "FORMATS", ())
        return list(formats)  # the reports first, as `argmap export --help` lists them


def caught_up(project: Project) -> tuple[Project, list[str]]:
    """``project`` with the claims and progress still on an id its codebook records as
    renamed moved to the new id (made in another copy before a merge, e.g. a colleague's
    rename pulled by git), as every CLI command does on opening; re-read when anything
    moved, with what moved, one line each (else ``project`` as it is and no lines)."""
    from argmap.codebook import catch_up_report

    if not (project.problems and project.codebook.renamed):
        return project, []
    codebook = project.codebook
    try:
        made = project.catch_up_renames()
        if made is None:
            return project, []
        lines = catch_up_report(codebook, made, project.codebook_path.relative_to(project.root))
        return Project.open(project.root, annotator=project.chosen_annotator, strict=False), lines
    except ArgmapError as err:  # shown with the problems: the files stay as they were
        return project, [f"claims on renamed ids not moved: {err}"]


def run(project: str | None, annotator: str | None) -> int:
    """Open the TUI on the project at ``project`` (or the nearest one); the exit code."""
    import gc

    opened = Project.open(project, annotator=annotator, strict=False)
    # The loaded corpus lives as long as the app: keep it out of the cyclic GC's scans,
    # which otherwise pause a key press now and then on a large project.
    gc.freeze()
    app = ArgmapApp(opened)
    app.run()
    leave(app.return_code or 0)


def leave(code: int) -> NoReturn:
    """End the process at once with ``code``, once the app has closed.

    Every edit is saved (atomically) when it is made. An ordinary interpreter exit would
    free the loaded project object by object (0.1 s at 1,000 sources, 0.4 s at 5,000) and
    wait for background threads, such as the suggestion models still training (tens of
    seconds): quitting would not feel instant.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
