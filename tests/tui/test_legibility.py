"""Every text on screen reaches 4.5:1 contrast in every built-in theme, in true colour and in
a 256-colour terminal (tmux's default), measured on the rendered segments' colours."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import ColorSystem
from textual.theme import BUILTIN_THEMES
from textual.widgets import OptionList

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import CheckList, QuestionPicker, StancePicker
from argmap.tui.matrix import MatrixScreen
from argmap.tui.reader import ReaderScreen
from argmap.tui.search import SearchScreen

from .legibility import low_contrast

SIZE = (100, 30)


def _strips(app: ArgmapApp, *, behind: bool = False) -> list:
    """The rendered lines; of a dialog only its own box unless ``behind`` (the screen
    behind a dialog is shown, not faded away: it must stay readable too)."""
    strips = app.screen._compositor.render_strips()
    if behind or not app.screen.is_modal:
        return strips
    region = app.screen.query_one(".dialog").region
    return [s.crop(region.x, region.right) for s in strips[region.y : region.bottom]]


# Every built-in theme but the two that take the terminal's own palette, measured in groups
# so that a parallel test run (pytest -n) spreads the work.
THEMES = sorted(t for t in BUILTIN_THEMES if not t.startswith("ansi"))
THEME_GROUPS = [THEMES[i::4] for i in range(4)]


def test_every_builtin_theme_is_measured() -> None:
    assert len(THEMES) >= 18
    assert sorted(t for group in THEME_GROUPS for t in group) == THEMES


@pytest.mark.parametrize("themes", THEME_GROUPS, ids=lambda group: "+".join(group))
async def test_every_text_is_legible_in_every_theme(shipped: Path, themes: list[str]) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    failures: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        source = sorted(app.project.sources)[1]
        claim = app.project.claims(source=source)[0]
        assert set(themes) <= set(app.available_themes)
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            screens: dict[str, object] = {}
            matrix = app.show("matrix")
            assert isinstance(matrix, MatrixScreen)
            matrix.view.move_to(1, 0)  # a mixed cell under the cursor, zebra rows around
            await pilot.pause()
            screens["matrix"] = _strips(app)
            app.open_reader(source, claim=claim.id)  # cursor on a claim
            await pilot.pause()
            await pilot.pause()
            assert isinstance(app.screen, ReaderScreen)
            screens["reader"] = _strips(app)
            app.screen.view.move_to(0)  # not annotated: claim keys greyed in the footer
            await pilot.pause(0.3)  # the footer follows once the cursor rests
            await pilot.pause()
            screens["reader, footer keys greyed"] = _strips(app)
            # A small dialog leaves the cursor row (top of the screen) visible behind it.
            app.push_screen(StancePicker(app.project.codebook, "What does it argue?"))
            await pilot.pause()
            screens["stance picker over the cursor row"] = _strips(app, behind=True)
            app.pop_screen()
            await pilot.pause()
            app.push_screen(QuestionPicker(app.project.codebook, ["us-guarantee"], "Questions"))
            await pilot.pause()
            picker = app.screen.query_one(CheckList)
            picker.highlighted = 1
            await pilot.pause()
            screens["question picker"] = _strips(app)
            app.pop_screen()
            search = app.show("search")
            assert isinstance(search, SearchScreen)
            await pilot.press(*"europe")
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("enter")  # results focused, first hit highlighted
            await pilot.pause()
            screens["search hits"] = _strips(app)
            search.query_one("#query").value = ""
            await pilot.pause()
            search.query_one("#stance").focus()
            await pilot.press("enter")  # the stance filter's dropdown, its "no choice" line lit
            await pilot.pause()
            screens["filter dropdown"] = _strips(app)
            await pilot.press("escape")
            await pilot.pause()
            app.action_help()
            await pilot.pause()
            screens["help"] = _strips(app)
            app.pop_screen()
            await pilot.pause()
            for name, strips in screens.items():
                for system, label in ((None, "true colour"), (ColorSystem.EIGHT_BIT, "256")):
                    for low in low_contrast(strips, system)[:3]:
                        failures.append(
                            f"{theme} {name} ({label}): {low.text[:30]!r} {low.ratio}:1 "
                            f"fg {low.fg} on {low.bg}"
                        )
    assert not failures, "\n".join(failures[:40])


async def test_picker_boxes_differ_in_glyph_not_only_colour(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(QuestionPicker(app.project.codebook, ["us-guarantee"], "Questions"))
        await pilot.pause()
        lines = ["".join(s.text for s in strip) for strip in _strips(app)]
        checked = [line for line in lines if "[x]" in line]
        unchecked = [line for line in lines if "[ ]" in line]
        assert len(checked) == 1 and "US guarantee" in checked[0]
        assert len(unchecked) == len(app.project.codebook.questions) - 1


async def test_own_codebook_stances_are_legible_when_highlighted(tmp_path: Path) -> None:
    """A project made by `argmap init` has the blank codebook (for/against/hedged): its
    stance colours are the codebook's own, not the theme's, and were drawn unadjusted, so
    the highlighted "▼ Against" of the stance picker (A, 1-3) read 1.8:1 in tmux."""
    from argmap.codebook import blank_codebook

    root = tmp_path / "own"
    Project.init(root, name="four-day week", codebook=blank_codebook())
    app = ArgmapApp(Project.open(root, annotator="tester"))
    failures: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            ids = app.project.codebook.stance_ids
            for i in range(len(ids)):
                app.push_screen(StancePicker(app.project.codebook, "What does it argue?"))
                await pilot.pause()
                app.screen.query_one(OptionList).highlighted = i
                await pilot.pause()
                for system in (None, ColorSystem.EIGHT_BIT):
                    for low in low_contrast(_strips(app), system):
                        failures.append(f"{theme} {ids[i]} lit: {low.text!r} {low.ratio}:1")
                app.pop_screen()
                await pilot.pause()
    assert not failures, "\n".join(failures)


async def test_command_palette_help_text_is_legible_on_the_highlighted_command(
    small_project: Path,
) -> None:
    """ctrl+p, "export": the lit command's help line (what the export is for) was drawn
    dim, grey on the cursor's teal: 2.8:1 in tmux; the screen behind was faded to 2.8:1."""
    from textual.command import CommandList

    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.action_command_palette()
        await pilot.pause()
        await pilot.press(*"export")
        await app.workers.wait_for_complete()
        await pilot.pause(0.5)
        strips = app.screen._compositor.render_strips()
        assert app.screen.query_one(CommandList).region.height > 3
        assert any("offline report page" in "".join(s.text for s in strip) for strip in strips)
        lows = [
            f"{low.text!r} {low.ratio}:1"
            for system in (None, ColorSystem.EIGHT_BIT)
            for low in low_contrast(strips, system)
            if low.text != "🔎"  # an emoji: the terminal draws it in its own colours
        ]
        assert not lows, lows
