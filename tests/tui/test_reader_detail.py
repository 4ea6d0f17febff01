"""The reader's claim detail: where an accepted suggestion came from."""

from __future__ import annotations

from pathlib import Path

from argmap.model import Provenance
from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.reader import ReaderScreen


async def test_claim_detail_shows_the_suggestion_it_was_accepted_from(
    small_project: Path,
) -> None:
    project = Project.open(small_project, annotator="tester", strict=False)
    project.annotate(
        "article",
        stance="pro-autonomy",
        questions=["us-guarantee"],
        sentence="s0003",
        suggested=Provenance(
            model="tfidf-logreg-v1",
            probability=0.87,
            claim_probability=0.91,
            stance="pro-autonomy",
            questions=("us-guarantee",),
        ),
    )
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0003")
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        detail = str(reader.query_one("#reader-detail").render())
        assert "suggested by tfidf-logreg-v1 · ▲ pro-autonomy 87 %" in detail
        assert "accepted as proposed" in detail
        await pilot.press("2")  # my own claim: its stance changes to the second stance
        await pilot.pause()
        detail = str(reader.query_one("#reader-detail").render())
        assert "suggested by tfidf-logreg-v1 · ▲ pro-autonomy 87 %" in detail
        assert "corrected: stance" in detail
        # a claim made by hand says nothing of the kind
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        assert "suggested by" not in str(reader.query_one("#reader-detail").render())
