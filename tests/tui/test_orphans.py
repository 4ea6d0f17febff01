"""Pilot test of the orphans list (issue 16): review, open the source, delete, undo."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.orphans import OrphansScreen
from argmap.tui.reader import ReaderScreen

SIZE = (120, 30)


def orphan_one(root: Path) -> str:
    """Edit the source so that the claim on s0004 loses its quote; its id."""
    project = Project.open(root, annotator="tester")
    claim = next(c for c in project.claims() if c.sentence == "s0004")
    text = root / "seeds" / "article.txt"
    text.write_text(text.read_text(encoding="utf-8").replace(claim.quote, ""), encoding="utf-8")
    return claim.id


async def open_orphans(app: ArgmapApp, pilot) -> OrphansScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("O")
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, OrphansScreen)
    return app.screen


def rows(screen: OrphansScreen) -> list[str]:
    table = screen.query_one(DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def test_orphans_list_delete_undo_and_open(small_project: Path) -> None:
    cid = orphan_one(small_project)
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_orphans(app, pilot)
        assert rows(screen) == [cid]
        row = screen.query_one(DataTable).get_row_at(0)
        assert row[1] == "article" and "quote not found" in str(row[5])
        await pilot.press("d")
        await pilot.pause()
        assert rows(screen) == []
        assert "No orphans" in str(screen.query_one("#orphans-help").render())
        assert cid not in {c.id for c in Project.open(small_project, strict=False).claims()}
        await pilot.press("u")  # undo brings it back, on disk too
        await pilot.pause()
        assert rows(screen) == [cid]
        assert Project.open(small_project, strict=False).claim(cid).orphan is not None
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)


async def test_no_orphans(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_orphans(app, pilot)
        assert rows(screen) == []
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, OrphansScreen)
