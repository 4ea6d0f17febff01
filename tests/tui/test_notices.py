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


async def test_suggesting_progress_takes_one_notice_at_a_time(
    small_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each progress step of S was a notice of its own: at 80 columns three stood over the
    text at once, and "training…" stayed under the result."""
    import argmap.suggest
    import argmap.tui.reader as reader

    clock = itertools.count(0.0, 2.0)  # every look at the clock is 2 s later: work is long
    monkeypatch.setattr(reader, "time", SimpleNamespace(monotonic=lambda: next(clock)))
    on_screen: list[list[str]] = []

    def slow_suggest(project: object, source: str, progress: object, **_: object) -> list:
        for i in range(3):
            progress(f"suggesting: {i + 1} of 3 sentences", (i + 1) / 3)  # type: ignore[operator]
            app.call_from_thread(lambda: on_screen.append([n.message for n in app._notifications]))
        return []

    monkeypatch.setattr(argmap.suggest, "suggest_source", slow_suggest)
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article")
        await pilot.pause()
        await pilot.press("S")
        await app.workers.wait_for_complete()
        await pilot.pause()
        after = [n.message for n in app._notifications]
    assert len(on_screen) == 3
    for shown in on_screen:
        assert len([m for m in shown if m.startswith("suggesting")]) == 1, shown
    assert not [m for m in after if m.startswith("suggesting")], after
    assert any("likely claims suggested" in m for m in after), after


async def test_a_reader_notice_does_not_cover_the_claim_it_reports(small_project: Path) -> None:
    """At 80 columns "… is now evidence" covered the right half of the detail panel, where
    the claim's kind, annotator and id are: notices stand above the panel."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    notify = app.notify  # the notice must outlast the steps on a loaded machine (3 s)
    app.notify = lambda *args, **kwargs: notify(*args, **{**kwargs, "timeout": 120})  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause(0.6)  # the notice slides in
        lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
        claim = app.screen.current_claim()
    assert claim is not None and claim.kind == "evidence"
    detail = next(i for i, line in enumerate(lines) if "›" in line)
    assert f"evidence · NATO replacement · tester · {claim.id}" in lines[detail], lines
    notice = [i for i, line in enumerate(lines) if "is now evidence" in line]
    assert notice and max(notice) < detail - 1, "\n".join(lines)  # shown, above the rule


async def test_a_notice_shows_once_under_a_dialog_of_the_reader(small_project: Path) -> None:
    """The reader's notices stand above its detail panel; a dialog shows the same notices
    at its own foot, and in tmux the reader's copy, seen through the dialog, made two of
    each ("annotated s0002" twice). The pilot draws no screen behind a dialog, so this
    asserts that the reader's copy is hidden under a dialog and back after it."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    notify = app.notify  # the notice must outlast the steps on a loaded machine (3 s)
    app.notify = lambda *args, **kwargs: notify(*args, **{**kwargs, "timeout": 120})  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0005")
        await pilot.pause()
        reader = app.screen
        await pilot.press("1", "space", "enter")  # a new claim, its questions picked
        await pilot.pause(0.5)
        rack = reader.query_one("#textual-toastrack")
        assert rack.display and "annotated s0005" in _text(reader)
        await pilot.press("j", "1")  # the next one, while the notice still shows
        await pilot.pause()
        assert app.screen is not reader and not rack.display
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is reader and rack.display


def _text(screen: object) -> str:
    strips = screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join("".join(s.text for s in strip) for strip in strips)
