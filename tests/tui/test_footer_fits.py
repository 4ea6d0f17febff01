"""At 80x24 every key the footer shows is there in full: its key and its whole word, not
cut off by the command palette's ``^p palette`` (the add screen showed "^g▏^p palettee")."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from argmap.project import Project
from argmap.tui.app import ArgmapApp

SIZE = (80, 24)
#: The keys that open each screen from the matrix.
SCREENS = ["m", "r", "t", "slash", "N", "K", "A", "O", "C", "P", "question_mark"]


def footer_line(app: ArgmapApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "".join(s.text for s in strips[-1])


def footer_keys(app: ArgmapApp) -> list[str]:
    """Each key the footer of the current screen holds, as "key word"."""
    return [f"{k.key_display} {k.description}" for k in app.screen.query(FooterKey)]


@pytest.mark.parametrize("key", SCREENS)
async def test_every_footer_word_shows_in_full_at_80_columns(small_project: Path, key: str) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await pilot.pause()
        await pilot.pause()
        line = footer_line(app)
        name = type(app.screen).__name__
        keys = footer_keys(app)
        assert len(keys) >= 3, f"{name}: {keys}"
        cut = [k for k in keys if k not in line]
        assert not cut, f"{name}: {cut} not whole in {line!r}"
        assert " Help " in line or name == "HelpScreen", f"{name}: no help in {line!r}"


async def test_the_matrix_footer_says_enter_opens_a_cells_claims(small_project: Path) -> None:
    """A first-time user had the help alone to learn that enter on a cell lists the claims
    behind it (the footer showed r, t, / and ?)."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.pause()
        assert "⏎ Claims" in footer_line(app)
