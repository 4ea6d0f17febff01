"""Never lose typing: quitting with unsaved text asks; export asks before overwriting."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import Confirm, TextPrompt
from argmap.tui.search import SearchScreen

SIZE = (80, 24)


def make_app(root: Path) -> ArgmapApp:
    return ArgmapApp(Project.open(root, annotator="tester", strict=False))


async def test_ctrl_q_with_a_half_written_note_asks_first(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"the author hedges")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm), "quit without asking: the note is lost"
        assert "the author hedges" in " ".join(
            str(w.render()) for w in app.screen.query("Static, Label")
        )
        await pilot.press("n")  # no: back to the note, text intact
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        assert app.screen.query_one(Input).value == "the author hedges"
        assert not app._exit
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app._exit, "yes should quit"


async def test_ctrl_q_twice_quits_and_nothing_typed_quits_at_once(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("n")  # the note dialog opens with the claim's note (empty)
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app._exit, "nothing typed: ctrl+q quits at once"
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"army")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert any("search" in str(w.render()) for w in app.screen.query("Static"))
        await pilot.press("ctrl+q")  # again: quit anyway
        await pilot.pause()
        assert app._exit


async def test_export_asks_before_overwriting(small_project: Path, tmp_path: Path) -> None:
    target = tmp_path / "mine.md"
    target.write_text("my own notes\n", encoding="utf-8")
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.export("markdown")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert "exists. Overwrite it?" in str(app.screen.query_one(".dialog-title").render())
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "my own notes\n"
        assert any("not written" in n.message for n in app._notifications)
        app.export("markdown")
        await pilot.pause()
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert "Europe must build its own army" in target.read_text(encoding="utf-8")
