"""The reader on a source edited after suggestions were rejected in it: each rejection is
shown on its sentence, wherever it is now; one no sentence reads as any more hides nothing."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.reader import ReaderScreen

SIZE = (120, 40)


async def test_the_reader_shows_rejections_where_their_sentences_are_now(
    small_project: Path,
) -> None:
    tester = Project.open(small_project, annotator="tester")
    tester.set_rejected("article", "s0003", "pro-autonomy")  # "The American guarantee ..."
    tester.set_rejected("article", "s0006", "hedged")  # "Perhaps a European pillar ..."
    path = tester.sources["article"].path
    path.write_text(
        path.read_text()
        .replace("Europe must build", "A new paragraph comes first here.\n\nEurope must build")
        .replace(
            "Perhaps a European pillar inside NATO could balance both concerns.",
            "Nobody knows what comes next.",
        )
    )
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.rejected_here() == {"s0004": ("pro-autonomy",)}
        assert reader.current_sentence_id() == "s0004"
        detail = str(reader.query_one("#reader-detail").render())
        assert "You rejected the suggestion" in detail
        # the sentence now at s0007 was never rejected: nothing says so
        reader.view.move_to(6)
        await pilot.pause()
        assert reader.current_sentence_id() == "s0007"
        assert "You rejected" not in str(reader.query_one("#reader-detail").render())


async def test_y_on_a_rejected_sentence_says_how_to_take_the_rejection_back(
    small_project: Path,
) -> None:
    """After ``x``, ``y`` on that sentence did nothing and said nothing."""
    from .conftest import claims_on_disk

    tester = Project.open(small_project, annotator="tester")
    tester.set_rejected("article", "s0003", "pro-autonomy")
    before = claims_on_disk(small_project)
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0003")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert any("x takes the rejection back" in m for m in said), said
    assert claims_on_disk(small_project) == before
