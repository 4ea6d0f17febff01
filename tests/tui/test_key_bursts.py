"""Keys sent in one burst (tmux's `send-keys "/railway"`, a typing tool, a paste-like fast
typist): the keys after one that opens a screen or a dialog go to what it opened."""

from __future__ import annotations

import time
from pathlib import Path

from textual import events
from textual.widgets import Input

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import TextPrompt
from argmap.tui.reader import ReaderScreen
from argmap.tui.search import SearchScreen

NAMES = {" ": "space", "/": "slash", "?": "question_mark", ",": "comma", ".": "full_stop"}


def burst(app: ArgmapApp, text: str) -> None:
    """Post every key of ``text`` at once, as the driver does with keys read together."""
    for char in text:
        app.post_message(events.Key(NAMES.get(char, char), char))


async def value_of(app: ArgmapApp, pilot, kind: type, want: str, bound: float = 10.0) -> str:  # type: ignore[no-untyped-def]
    """The text field of the screen ``kind`` once it reads ``want`` (or after ``bound`` s)."""
    deadline = time.monotonic() + bound
    while True:
        await pilot.pause(0.05)
        screen = app.screen
        if isinstance(screen, kind):
            value = screen.query_one(Input).value
            if value == want or time.monotonic() > deadline:
                return value
        elif time.monotonic() > deadline:
            return f"<no {kind.__name__}: {screen!r}>"


async def test_a_word_typed_right_after_slash_is_searched_first_time_and_again(
    small_project: Path,
) -> None:
    """`/bedrock` sent at once from the matrix opened an empty search: every letter went to
    the matrix (the screen it was read on), the first time and every time after."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(app, "/bedrock")
        assert await value_of(app, pilot, SearchScreen, "bedrock") == "bedrock"
        await pilot.press("escape")
        await pilot.pause()
        burst(app, "/nato us")  # the last query is selected: what is typed replaces it
        assert await value_of(app, pilot, SearchScreen, "nato us") == "nato us"


async def test_a_note_typed_right_after_n_is_kept_whole(small_project: Path) -> None:
    """In the reader `n` then the note at once: the note's first letters went to the reader
    (as keys: `e` changed the claim's kind, `s` opened a link search) and were lost."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        burst(app, "nseems hedged")
        assert await value_of(app, pilot, TextPrompt, "seems hedged") == "seems hedged"


async def test_slash_then_a_sentence_id_and_enter_at_once_opens_it(small_project: Path) -> None:
    """The reader's `/s5` and enter sent together: the enter came before the search had
    its one hit and only moved to the results; it opens the sentence, as typed slowly."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        await pilot.pause()
        burst(app, "/s5")
        app.post_message(events.Key("enter", "\r"))
        deadline = time.monotonic() + 10
        while not (
            isinstance(app.screen, ReaderScreen) and app.screen.current_sentence_id() == "s0005"
        ):
            assert time.monotonic() < deadline, (app.screen, app.screen)
            await pilot.pause(0.05)


async def test_a_filter_chosen_by_keys_in_one_burst_is_chosen(small_project: Path) -> None:
    """`/bedrock Tab Enter Down Enter` at once: the Tab's move came after the query had
    taken the keys meant for the first filter; now they choose "sentences" there."""
    from textual.widgets import Select

    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(app, "/bedrock")
        for key in ("tab", "enter", "down", "enter"):
            app.post_message(events.Key(key, {"tab": "\t", "enter": "\r"}.get(key)))
        deadline = time.monotonic() + 10
        while True:
            await pilot.pause(0.05)
            screen = app.screen
            what = screen.query("#what") if isinstance(screen, SearchScreen) else []
            if (what and what[0].value == "sentences") or time.monotonic() > deadline:
                break
        assert isinstance(screen, SearchScreen)
        assert screen.query_one("#query", Input).value == "bedrock"
        assert screen.query_one("#what", Select).value == "sentences"


async def test_hits_of_an_older_query_coming_late_are_not_shown(small_project: Path) -> None:
    """`/kasper` in debate24's reader listed all 67 sentences under the query "kasper": the
    search of the empty box, begun first, ended last (its worker cancelled as it finished)
    and replaced the hits. Hits are shown only for what the box and filters say now."""
    from textual.widgets import OptionList, Static

    from argmap.tui.search import Query

    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"bedrock")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        hits = screen.query_one("#hits", OptionList)
        deadline = time.monotonic() + 10
        while hits.option_count != 1:
            assert time.monotonic() < deadline, hits.option_count
            await pilot.pause(0.05)
        screen._show([], 0, Query(text="bedroc"))  # as the worker of an older query does
        await pilot.pause()
        assert hits.option_count == 1
        assert str(screen.query_one("#search-status", Static).render()).startswith("1 claim")
