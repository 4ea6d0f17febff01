"""SVG snapshots of the matrix, reader, question map, compare screen and help (shipped corpus),
at 80x24 (the default terminal) and 200x50.

Baselines live in ``tests/tui/__snapshots__``; update them with
``python -m pytest tests/tui/test_snapshots.py --snapshot-update`` only after looking at the
report, and only with the pinned Textual version (8.2.8).
"""

from __future__ import annotations

from pathlib import Path

import textual

from argmap.project import Project
from argmap.tui.app import ArgmapApp


def test_textual_is_the_pinned_version() -> None:
    assert textual.__version__ == "8.2.8", "snapshots are only valid for Textual 8.2.8"


def shipped_app(root: Path) -> ArgmapApp:
    return ArgmapApp(Project.open(root, annotator="snapshot", strict=False))


async def _matrix(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("down", "right", "right", "right")
    await pilot.pause()


def test_matrix_snapshot(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24, the default terminal: every source row, every question, detail below."""
    assert snap_compare(shipped_app(shipped), terminal_size=(80, 24), run_before=_matrix)


def test_matrix_snapshot_large(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(200, 50), run_before=_matrix)


async def _reader(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    pilot.app.open_reader(sorted(pilot.app.project.sources)[1], sentence="s0005")
    await pilot.pause()
    await pilot.pause()
    await pilot.press("j", "j")
    await pilot.pause(0.4)  # the footer shows the keys that apply once the cursor rests
    await pilot.pause()


def test_reader_snapshot(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(80, 24), run_before=_reader)


def test_reader_snapshot_large(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(200, 50), run_before=_reader)


async def _question_map(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    pilot.app.open_question("us-guarantee")
    await pilot.pause()
    await pilot.pause()
    await pilot.press("down", "down")
    await pilot.pause()


def test_question_map_snapshot(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(80, 24), run_before=_question_map)


def test_question_map_snapshot_large(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(200, 50), run_before=_question_map)


async def _compare(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("C")  # the matrix's current source is ticked; tick the second one too
    await pilot.pause()
    await pilot.press("2", "enter")
    await pilot.pause()
    await pilot.pause()


def test_compare_snapshot(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(80, 24), run_before=_compare)


def test_compare_snapshot_large(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(200, 50), run_before=_compare)


async def _help(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    await pilot.press("question_mark")
    await pilot.pause()


async def _help_second_page(pilot) -> None:  # type: ignore[no-untyped-def]
    await _help(pilot)
    await pilot.press("pagedown")
    await pilot.pause()


def test_help_snapshot(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """80x24: the first of two pages."""
    assert snap_compare(shipped_app(shipped), terminal_size=(80, 24), run_before=_help)


def test_help_snapshot_second_page(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(shipped_app(shipped), terminal_size=(80, 24), run_before=_help_second_page)


def test_help_snapshot_large(shipped: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """200x50: everything on one page."""
    assert snap_compare(shipped_app(shipped), terminal_size=(200, 50), run_before=_help)


def test_matrix_snapshot_small_terminal(small_project: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    """The small project at 80x24: everything fits or scrolls, nothing is cut off oddly."""
    app = ArgmapApp(Project.open(small_project, annotator="snapshot", strict=False))
    assert snap_compare(app, terminal_size=(80, 24))
