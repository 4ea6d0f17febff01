"""A new colleague opens a project someone else annotated: the reader says whose the claims
are (74 marks and "74 claims" read as if they were the newcomer's), a stance key makes the
newcomer's own claim beside the other's, which stays as it was on disk."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project
from argmap.tui.app import ArgmapApp

from .conftest import claims_on_disk


def _title(app: ArgmapApp) -> str:
    return str(app.screen.query_one("#reader-title").render())


async def test_the_reader_says_whose_the_claims_are(small_project: Path) -> None:
    before = claims_on_disk(small_project)
    app = ArgmapApp(Project.open(small_project, annotator="zoe"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        assert "2 claims (tester 2)" in _title(app)
        await pilot.press("1", "enter")  # zoe's own reading of tester's sentence
        await pilot.pause()
        assert "3 claims (yours 1, tester 2)" in _title(app)
    after = claims_on_disk(small_project)
    assert [c for c in after if c["annotator"] == "tester"] == before
    assert [(c["annotator"], c["sentence"]) for c in after if c["annotator"] != "tester"] == [
        ("zoe", "s0002")
    ]


async def test_alone_the_title_names_nobody(small_project: Path) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article")
        await pilot.pause()
        assert "· 2 claims ·" in _title(app) or _title(app).rstrip().endswith("2 claims")


async def test_o_hides_the_others_claims_for_a_reading_of_ones_own(small_project: Path) -> None:
    """A second annotator reading for agreement saw the first's marks on every sentence and
    could not read without them; ``o`` hides them (and says so), ``o`` again shows them."""
    app = ArgmapApp(Project.open(small_project, annotator="zoe"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        reader = app.screen
        await pilot.press("o")
        await pilot.pause()
        assert "0 claims yours, 2 hidden (o)" in _title(app)
        assert reader.claims_here() == []  # tester's claim on s0002 is not shown
        assert "Not annotated" in str(reader.query_one("#reader-detail").render())
        await pilot.press("1", "1", "enter")  # stance 1, question 1 (none ticked from
        await pilot.pause()  # tester's hidden claim): zoe's own claim shows
        await pilot.pause()
        assert "1 claim yours, 2 hidden (o)" in _title(app)
        assert [c.annotator for c in reader.claims_here()] == ["zoe"]
        await pilot.press("o")
        await pilot.pause()
        assert "3 claims (yours 1, tester 2)" in _title(app)
        assert [c.annotator for c in reader.claims_here()] == ["zoe", "tester"]


async def test_a_newcomer_typing_a_colleagues_name_is_asked_first(small_project: Path) -> None:
    """No annotator set, the first edit asks who is annotating: "tester" (a colleague's name,
    2 claims) made the newcomer edit tester's claims unasked. Now it asks; n asks again. The
    name given is kept on this machine (it was asked again every session)."""
    from argmap.tui.dialogs import Confirm, TextPrompt
    from argmap.tui.reader import QuestionPicker

    before = claims_on_disk(small_project)
    app = ArgmapApp(Project.open(small_project, annotator=None))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0002")  # tester's claim
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"tester", "enter")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        lines = ["".join(s.text for s in st) for st in app.screen._compositor.render_strips()]
        assert any("tester has 2 claims here already. Are you tester?" in ln for ln in lines)
        await pilot.press("n")  # not tester: asked for another name
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"zoe", "enter")
        await pilot.pause()
        if isinstance(app.screen, QuestionPicker):
            await pilot.press("enter")
            await pilot.pause()
    assert [c for c in claims_on_disk(small_project) if c["annotator"] == "tester"] == before
    assert app.project.annotator == "zoe"
    # the name given is kept on this machine: the next session does not ask again
    assert Project.open(small_project, annotator=None).annotator == "zoe"


async def test_a_mistyped_name_can_be_changed_in_the_app(small_project: Path) -> None:
    """The name given at the first edit is kept on this machine: one typed wrong ("tesetr")
    stayed, and nothing in the app could change it. The palette's "Annotate as someone else"
    asks again; the next claims are the new name's, and the name is kept."""
    from argmap import store
    from argmap.tui.commands import ArgmapCommands

    app = ArgmapApp(Project.open(small_project, annotator="tesetr"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        names = [name for name, _, _ in ArgmapCommands(app.screen)._commands()]
        assert "Annotate as someone else" in names
        app.action_switch_annotator()
        await pilot.pause()
        await pilot.press(*"zoe", "enter")
        await pilot.pause()
        app.open_reader("article", sentence="s0003")
        await pilot.pause()
        await pilot.press("1", "1", "enter")
        await pilot.pause()
        assert "yours 1" in _title(app)
    assert [c["annotator"] for c in claims_on_disk(small_project) if c["sentence"] == "s0003"] == [
        "zoe"
    ]
    assert store.load_user_annotator() == "zoe"
