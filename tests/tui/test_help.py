"""Help says everything on screen, in two pages at 80x24, with nothing cut."""

from __future__ import annotations

import re
from pathlib import Path

from textual.binding import Binding

from argmap.codebook import add_stance
from argmap.project import Project
from argmap.tui.adjudicate import AdjudicationScreen, ReferenceEditor
from argmap.tui.app import ArgmapApp
from argmap.tui.codebook_screen import CodebookScreen
from argmap.tui.compare_screen import CompareScreen, SourcePicker
from argmap.tui.dialogs import CheckList
from argmap.tui.help import HelpScreen, key_name, sections
from argmap.tui.matrix import ClaimListScreen, MatrixScreen
from argmap.tui.matrix_view import MatrixView
from argmap.tui.question_map import QuestionMapScreen
from argmap.tui.reader import ReaderScreen
from argmap.tui.search import SearchScreen
from argmap.tui.voices_screen import VoicesScreen
from argmap.tui.widgets import SentenceView

# which help sections must name the keys of which screens and widgets
COVERS = {
    "Everywhere": [ArgmapApp],
    "Matrix": [MatrixScreen, MatrixView, ClaimListScreen, VoicesScreen],
    "Reader": [ReaderScreen, SentenceView],
    "Question map": [QuestionMapScreen],
    "Search": [SearchScreen],
    "Compare": [CompareScreen, SourcePicker, CheckList],
    "Adjudicate": [AdjudicationScreen],
    "Dialogs": [CodebookScreen, ReferenceEditor],
}


def _tokens(text: str) -> set[str]:
    return {t.strip("():;,") or t for t in text.split()} | set(text.split())


def help_lines(app: ArgmapApp) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def test_every_key_of_every_screen_is_in_its_help_section(shipped: Path) -> None:
    codebook = Project.open(shipped, strict=False).codebook
    parts = sections(codebook)
    for prefix, owners in COVERS.items():
        mine = [p for p in parts if p.title.startswith(prefix)]
        assert mine, prefix
        words = set()
        for p in mine:
            for keys, what in p.entries:
                words |= _tokens(keys) | _tokens(what)
        for owner in owners:
            for b in owner.BINDINGS:
                assert isinstance(b, Binding)
                m = re.fullmatch(r"stance\((\d)\)", b.action)
                if m and int(m.group(1)) >= len(codebook.stances):
                    continue  # a 4th stance key only when the codebook has one
                for key in b.key.split(","):
                    name = key_name(key)
                    if name.isdigit() and name != "0":
                        assert name in words or "1-9" in words, (prefix, owner, name)
                        continue
                    assert name in words, f"{owner.__name__}: key {name!r} not in help {prefix}"


async def test_help_fits_80x24_in_two_pages_and_says_the_marks(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        first = help_lines(app)
        assert "page 1 of 2" in first[0]
        await pilot.press("pagedown")
        await pilot.pause()
        second = help_lines(app)
        assert "page 2 of 2" in second[0]
        await pilot.press("pagedown")  # no third page: stays
        await pilot.pause()
        assert help_lines(app) == second
        screen_text = "\n".join(first[1:-1] + second[1:-1])
        assert "…" not in screen_text, "an entry is cut"
        for part in sections(app.project.codebook):
            for keys, what in part.entries:
                assert f"{keys:<9} {what}".rstrip() in screen_text, (keys, what)
        # what the brief names: the reader's marks, Tab in search, adjudication, compare
        for expected in (
            "> marks the current sentence",
            "suggested, not a claim yet",
            "> <       next · prev unannotated",
            "tab ⇧tab  next · previous field",
            "1-9       adopt annotator N's reading",
            "Compare sources (C)",
        ):
            assert expected in screen_text, expected
        await pilot.press("pageup")
        await pilot.pause()
        assert help_lines(app) == first
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)


async def test_help_is_one_page_at_200x50(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        text = "\n".join(help_lines(app))
        assert "page 1 of" not in text
        for title in ("Everywhere", "Reader: marks", "Adjudicate (A)", "Search"):
            assert title in text


async def test_help_with_four_stances_cuts_nothing_at_80x24(tmp_path: Path) -> None:
    """A codebook of four stances: "stance ▲ ▼ ◆ ●, then questi…" was cut at 80 columns."""
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    project = Project.open(root, annotator="ana")
    project.change_codebook(lambda cb, _: add_stance(cb, "delay", label="Wait for evidence"))
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        pages = [help_lines(app)]
        await pilot.press("pagedown")
        await pilot.pause()
        pages.append(help_lines(app))
    text = "\n".join(line for page in pages for line in page[1:-1])
    assert "…" not in text, "an entry is cut"
    assert "1 2 3 4   stance ▲ ▼ ◆ ● → questions" in text


async def test_help_title_names_every_stance_at_200x50(tmp_path: Path) -> None:
    """The title named the first three stances only: a fourth seemed not to exist."""
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    project = Project.open(root, annotator="ana")
    project.change_codebook(lambda cb, _: add_stance(cb, "delay", label="Wait for evidence"))
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        title = help_lines(app)[0]
    assert "● Wait for evidence" in title, title
