"""Pilot tests of adding sources from the TUI and of the guided start of an empty project."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, TextArea

from argmap.codebook import blank_codebook
from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.codebook_screen import CodebookScreen
from argmap.tui.matrix import MatrixScreen
from argmap.tui.sources_screen import (
    AddSourcesScreen,
    ConfirmScreen,
    PathSuggester,
    StartScreen,
)

SIZE = (120, 40)

WIND = "# Wind first\n\nBy Ann Lee\n\nOnshore **wind** is cheap. It is built fast.\n"
SUN = "Solar power grows. Prices fall every year.\n"


def articles(tmp_path: Path, n: int = 0) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "wind.md").write_text(WIND, encoding="utf-8")
    (folder / "sun.txt").write_text(SUN, encoding="utf-8")
    for i in range(n):
        (folder / f"extra-{i:02d}.txt").write_text(f"Extra text number {i}. More.\n")
    (folder / "notes.pdf").write_bytes(b"%PDF")
    return folder


async def settle(app: ArgmapApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


def new_project(tmp_path: Path) -> Path:
    root = tmp_path / "energy"
    Project.init(root, name="energy", codebook=blank_codebook())
    return root


async def test_path_completion_offers_folders_and_articles(tmp_path: Path) -> None:
    folder = articles(tmp_path)
    suggester = PathSuggester()
    assert await suggester.get_suggestion(str(folder / "w")) == str(folder / "wind.md")
    assert await suggester.get_suggestion(str(tmp_path / "art")) == str(folder) + "/"
    assert await suggester.get_suggestion(str(folder / "no")) is None  # notes.pdf is not one


async def test_empty_project_opens_on_the_guided_start(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        start = app.screen
        assert isinstance(start, StartScreen)
        lines = ["".join(s.text for s in strip) for strip in start._compositor.render_strips()]
        text = "\n".join(lines)
        assert "1. Make the codebook" in text and "2. Add sources" in text
        assert "for, against, hedged" in text
        # a step's note wraps under itself, not under the step's mark ("  stances for…")
        first = next(i for i, line in enumerate(lines) if "1. Make the codebook" in line)
        last = next(i for i, line in enumerate(lines) if "2. Add sources" in line)
        assert last - first > 2, text  # the note took two lines or more
        assert all(line.startswith(" " * 6) for line in lines[first + 1 : last]), text
        await pilot.press("k")
        await settle(app, pilot)
        assert isinstance(app.screen, CodebookScreen)
        await pilot.press("escape")
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourcesScreen)
        await pilot.press("escape")
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, MatrixScreen)


async def test_add_a_folder_with_preview_then_save(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    folder = articles(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AddSourcesScreen)
        path = screen.query_one("#path", Input)
        path.value = str(folder)
        path.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert [p.prepared.path.name for p in screen.pending] == ["sun.txt", "wind.md"]
        options = screen.query_one("#pending", OptionList)
        options.highlighted = 1
        await settle(app, pilot)
        preview = str(screen.query_one("#preview").render())
        assert "Wind first" in preview and "Ann Lee" in preview
        assert "Onshore wind is cheap." in preview  # sentence text without Markdown syntax
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert screen.pending == []
        project = Project.open(root)
        assert sorted(project.sources) == ["solar-power-grows", "wind-first"]
        assert sorted(app.project.sources) == ["solar-power-grows", "wind-first"]
        assert any("added 2 sources" in n.message for n in app._notifications)


async def test_pasted_text_becomes_a_source(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AddSourcesScreen)
        screen.query_one(
            "#paste", TextArea
        ).text = "Grid storage\n\nBatteries smooth the peaks. They are cheap.\n"
        await pilot.press("ctrl+t")
        await settle(app, pilot)
        assert screen.pending[0].meta["title"] == "Grid storage"
        assert screen.pending[0].sentences == [
            "Grid storage",
            "Batteries smooth the peaks.",
            "They are cheap.",
        ]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        doc = Project.open(root).sources["grid-storage"]
        assert doc.text.startswith("Grid storage\n")


async def test_a_duplicate_asks_and_no_skips_it(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    folder = articles(tmp_path)
    Project.open(root).add_source(folder / "sun.txt")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AddSourcesScreen)
        for name in ("sun.txt", "wind.md"):
            screen.query_one("#path", Input).value = str(folder / name)
            screen.query_one("#path", Input).focus()
            await pilot.press("enter")
            await settle(app, pilot)
        screen.query_one("#pending", OptionList).highlighted = 0
        await settle(app, pilot)
        assert "Already in the project as 'solar-power-grows'" in str(
            screen.query_one("#preview").render()
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "already in the project as 'solar-power-grows'" in app.screen.question
        await pilot.press("n")
        await settle(app, pilot)
        assert sorted(Project.open(root).sources) == ["solar-power-grows", "wind-first"]


async def test_many_files_show_progress_and_all_arrive(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    folder = articles(tmp_path, n=20)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AddSourcesScreen)
        screen.query_one("#path", Input).value = str(folder / "*.txt")
        screen.query_one("#path", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        assert len(screen.pending) == 21
        seen: list[float] = []
        bar = screen.query_one("#progress")
        original = bar.advance

        def advance(amount: float = 1) -> None:
            original(amount)
            seen.append(bar.progress)  # type: ignore[attr-defined]

        bar.advance = advance  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert seen == [float(i) for i in range(1, 22)]
        assert len(Project.open(root).sources) == 21


async def test_a_bad_path_is_a_one_line_error(tmp_path: Path) -> None:
    root = new_project(tmp_path)
    folder = articles(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        screen = app.screen
        for value in (str(tmp_path / "nowhere.txt"), str(folder / "notes.pdf")):
            screen.query_one("#path", Input).value = value
            screen.query_one("#path", Input).focus()
            await pilot.press("enter")
            await settle(app, pilot)
        messages = [n.message for n in app._notifications]
        assert any("no such file" in m for m in messages), messages
        assert any("unsupported file type '.pdf'" in m for m in messages), messages
        assert screen.pending == []  # type: ignore[attr-defined]


TALK = (
    "# Phones at school (transcript)\n\n"
    "HOST: Welcome. Today, the phone ban.\n\n"
    "GUEST: I would not go back. Lessons start on time.\n\n"
    "HOST: Thank you.\n"
)


async def test_ids_from_file_names_and_the_reader_are_chosen_on_the_screen(
    tmp_path: Path,
) -> None:
    root = new_project(tmp_path)
    folder = tmp_path / "raw"
    folder.mkdir()
    (folder / "staffroom-podcast.md").write_text(TALK, encoding="utf-8")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, AddSourcesScreen)
        path = screen.query_one("#path", Input)
        path.value = str(folder)
        path.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        screen.query_one("#pending", OptionList).highlighted = 0
        await settle(app, pilot)
        preview = str(screen.query_one("#preview").render())
        assert "Id     phones-at-school" in preview
        assert "GUEST\n" in preview and "I would not go back." in preview
        choices = str(screen.query_one("#choices").render())
        assert choices == "Ids from title ^o · reader 18 ^g"
        await pilot.press("ctrl+o")  # ids from the file names
        await settle(app, pilot)
        assert "Id     staffroom-podcast" in str(screen.query_one("#preview").render())
        await pilot.press(*["ctrl+g"] * 16)  # 17-2
        await settle(app, pilot)
        assert str(screen.query_one("#choices").render()) == "Ids from file name ^o · reader 2 ^g"
        assert "Reader 2: as argmap read before reader 3" in str(
            screen.query_one("#preview").render()
        )
        assert "GUEST: I would not go back." in screen.pending[0].sentences
        await pilot.press(*["ctrl+g"] * 17)  # 1, 18-3
        await settle(app, pilot)
        assert screen.pending[0].sentences[3] == "I would not go back."
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        doc = Project.open(root).sources["staffroom-podcast"]
        assert doc.meta.reader == 3
        assert [(s.speaker, s.text) for s in doc.sentences][3] == ("GUEST", "I would not go back.")


async def test_add_screen_labels_are_whole_at_80x24(tmp_path: Path) -> None:
    """At 80x24 the add screen's instructions were cut at the column's edge ("Path: a file,
    a folder or a pattern (→ c", "To add (ctrl+d drops one; ctrl+s saves a"): they wrap now,
    and the list of files to add keeps room."""
    root = new_project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        assert isinstance(app.screen, AddSourcesScreen)
        rows = [
            "".join(s.text for s in strip).split("│")[0]
            for strip in app.screen._compositor.render_strips()
        ]
        left = " ".join(" ".join(row.split()) for row in rows)
        for words in (
            "(→ completes, enter takes it)",
            "(first line = title), then ctrl+t",
            "(ctrl+d drops one; ctrl+s saves all):",
        ):
            assert words in left, left
        assert app.screen.query_one("#pending", OptionList).region.height >= 4


async def test_enter_on_an_empty_path_says_to_type_one(tmp_path: Path) -> None:
    """It said ": no such file or folder" (an error about a path nobody typed)."""
    root = new_project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("N")
        await settle(app, pilot)
        app.screen.query_one("#path", Input).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        said = [n.message for n in app._notifications]
        assert said == ["type a path first: a file, a folder or a pattern"], said
