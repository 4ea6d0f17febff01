"""An export from the TUI writes the reading the matrix shows (v: everyone's, one
annotator's, the reference) and says whose it wrote: it wrote everyone's whatever the view,
even from the reference's empty view, and the notice did not say which."""

from __future__ import annotations

import csv
from pathlib import Path

from textual.widgets import Input

from argmap.project import Project
from argmap.tui.app import ArgmapApp

from .conftest import notices


async def test_export_writes_the_reading_the_matrix_shows(small_project: Path) -> None:
    bob = Project.open(small_project, annotator="bob")
    bob.annotate("article", stance="hedged", questions=["ukraine"], sentence="s0007")
    target = small_project.parent / "bob.csv"
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("v")  # everyone's -> bob's (annotators in name order)
        await pilot.pause()
        app.export("csv")
        await pilot.pause()
        prompt = "\n".join(
            "".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()
        )
        assert "Export as csv: bob's reading (v in the matrix picks whose)" in prompt
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert f"wrote csv export (bob's reading) to {target}" in notices(app)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["annotator"], r["sentence"]) for r in rows] == [("bob", "s0007")]


async def test_the_palette_says_what_each_export_is_for(small_project: Path) -> None:
    """ctrl+p "export" listed ten formats under one line each, "write the map to a file",
    in name order (aif first): which one makes the report page a colleague reads?"""
    from textual.command import CommandList

    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.action_command_palette()
        await pilot.pause()
        await pilot.press(*"export")
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        listed = app.screen.query_one(CommandList)
        shown = [str(listed.get_option_at_index(i).prompt) for i in range(listed.option_count)]
    assert shown[0].startswith("Export markdown\na report to read")
    assert shown[1] == "Export html\none offline report page: heat map, questions, graphs (.html)"
    assert len({line.split("\n")[1] for line in shown}) == len(shown) == 10
