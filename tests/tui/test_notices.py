"""Notices a user reads while suggestions are made say each word once."""

from __future__ import annotations

import itertools
from pathlib import Path
from types import SimpleNamespace

import pytest

from argmap.project import Project
from argmap.tui.app import ArgmapApp

from .conftest import notices


async def test_suggesting_progress_says_suggesting_once(
    small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argmap.suggest
    import argmap.tui.reader as reader

    clock = itertools.count(0.0, 2.0)  # every look at the clock is 2 s later: work is long
    monkeypatch.setattr(reader, "time", SimpleNamespace(monotonic=lambda: next(clock)))

    def slow_suggest(project: object, source: str, progress: object, **_: object) -> list:
        progress("fitting the models", 0.5)  # type: ignore[operator]
        progress("suggesting: 3 of 12 sentences", 0.75)  # what suggest_source says
        raise argmap.suggest.NotEnoughData("stop here")

    monkeypatch.setattr(argmap.suggest, "suggest_source", slow_suggest)
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article")
        await pilot.pause()
        await pilot.press("S")
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = notices(app)
    assert "suggesting: 3 of 12 sentences (75 %)" in shown, shown
    assert "suggesting: fitting the models (50 %)" in shown, shown
    assert not [n for n in shown if "suggesting: suggesting" in n]
