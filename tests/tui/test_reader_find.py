"""In the reader of a long source, ``/`` finds words in that source and goes to a sentence
by its id (``s7``, ``s0007``); the search opened from elsewhere is the whole project's."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Select

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.reader import ReaderScreen
from argmap.tui.search import SearchScreen

OTHER = "A second paper.\n\nNATO is the bedrock of the alliance, and its army is American.\n"


async def _settle(app: ArgmapApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


def _status(screen: SearchScreen) -> str:
    return str(screen.query_one("#search-status").render())


async def test_slash_in_the_reader_finds_in_its_source_and_goes_to_an_id(
    small_project: Path, tmp_path: Path
) -> None:
    (tmp_path / "other.txt").write_text(OTHER, encoding="utf-8")
    Project.open(small_project, annotator="tester").add_source(
        tmp_path / "other.txt", source_id="other"
    )
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article")
        await pilot.pause()
        await pilot.press("slash")
        await _settle(app, pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*"bedrock")  # in both sources: found in the reader's only
        await _settle(app, pilot)
        hits = search.query_one("#hits", OptionList)
        assert hits.option_count == 1
        assert (
            "1 sentence found in “European Defence After the Election” (source filter)"
            in _status(search)
        )
        search.query_one("#query", Input).value = ""
        await pilot.press(*"s7", "enter")  # an id found once: straight to it
        await _settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert (reader.source_id, reader.current_sentence_id()) == ("article", "s0007")
        await pilot.press("slash", "escape")  # esc from the reader's / goes back to it
        await _settle(app, pilot)
        assert app.screen is reader
        await pilot.press("escape", "slash")  # from the matrix: every source's claims again
        await _settle(app, pilot)
        assert isinstance(app.screen, SearchScreen)
        assert search.query_one("#source", Select).is_blank()
        assert search.query_one("#what", Select).value == "claims"


LONG = (
    "A judgment.\n\n[10] The Stillwater Hospice Network, intervening, took no position on the"
    " question of law but filed evidence that specialist palliative care relieves most"
    " suffering.\n"
)


async def test_a_hit_shows_the_word_it_was_found_by(small_project: Path, tmp_path: Path) -> None:
    """debate28's judgment at 80 columns listed "[10] The Stillwater Hospice Network,
    intervening, took no position …" for "palliative": the word was cut off every hit."""
    (tmp_path / "long.txt").write_text(LONG, encoding="utf-8")
    Project.open(small_project, annotator="tester").add_source(
        tmp_path / "long.txt", source_id="long"
    )
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("long")
        await pilot.pause()
        await pilot.press("slash")
        await _settle(app, pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        await pilot.press(*"palliative")
        await _settle(app, pilot)
        hits = search.query_one("#hits", OptionList)
        assert hits.option_count == 1
        shown = str(hits.get_option_at_index(0).prompt)
    assert "specialist palliative care" in shown, shown
    assert "[10] The Stillwater … " in shown  # its start, then cut before the word, and said so


async def test_a_hit_with_a_long_stance_label_keeps_its_head_on_one_line(
    small_project: Path,
) -> None:
    """At 80 columns a stance label of 36 characters pushed the claim's kind onto a line of
    its own ("… · s0009 ·" / "evidence"): the label and the title give way instead."""
    import contextlib
    import io

    from argmap.cli import main

    label = "Expand Oldbridge and link it by rail"
    with contextlib.redirect_stdout(io.StringIO()):
        edit = ["codebook", "edit", "stance", "pro-us-primacy", "--label", label]
        assert main([*edit, "-p", str(small_project)]) == 0
    Project.open(small_project, annotator="tester").update(
        Project.open(small_project).claims()[1].id, kind="evidence"
    )
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await _settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        hits = screen.query_one("#hits", OptionList)
        room = hits.scrollable_content_region.width
        heads = [hits.get_option_at_index(i).prompt for i in range(hits.option_count)]
        heads = [h.split()[0] for h in heads]  # type: ignore[union-attr]
        assert len(heads) == 2
        for head in heads:
            assert head.cell_len <= room, head.plain
        assert "· s0004 · evidence" in heads[1].plain
        assert "Expand Oldbridge" in heads[1].plain


async def test_the_search_resumed_before_it_has_composed_does_not_crash(
    small_project: Path,
) -> None:
    """On a loaded machine the search screen was resumed (``/``) while still composing: its
    refresh looked for the filters and the app died ("No nodes match '#what'"); now the
    search runs once they are there."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.get_screen("search")
        assert isinstance(screen, SearchScreen) and not screen.query("#what")
        screen.sync()  # what on_screen_resume does, before compose
        await pilot.press("slash")
        await _settle(app, pilot)
        assert app.screen is screen
        assert "2 claims found" in _status(screen)
