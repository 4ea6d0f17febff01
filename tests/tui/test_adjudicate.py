"""The adjudication screen, driven with Textual's pilot in a minimal app."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from textual.app import App
from textual.widgets import Input, OptionList, Select, SelectionList, Static

from argmap.project import Project
from argmap.tui.adjudicate import AdjudicationScreen, ReferenceEditor
from argmap.tui.app import ArgmapApp

TEXT = (
    "Europe must build its own army. The US guarantee is fading. "
    "NATO should remain the framework. Buying American jets is wise.\n"
)
PA, PUS, H = "pro-autonomy", "pro-us-primacy", "hedged"


def sync(fn: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio (no pytest async plugin is installed)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return wrapper


@pytest.fixture
def root(tmp_path: Path) -> Path:
    Project.init(tmp_path / "proj")
    (tmp_path / "alpha.txt").write_text(TEXT, encoding="utf-8")
    Project.open(tmp_path / "proj").add_source(tmp_path / "alpha.txt", source_id="alpha")
    alice = Project.open(tmp_path / "proj", annotator="alice")
    alice.annotate("alpha", sentence="s0001", stance=PA, questions=["nato-replacement"])
    alice.annotate("alpha", sentence="s0002", stance=PA, questions=["us-guarantee"])
    alice.annotate("alpha", sentence="s0003", stance=PUS, questions=["nato-replacement"])
    bob = Project.open(tmp_path / "proj", annotator="bob")
    bob.annotate("alpha", sentence="s0001", stance=PA, questions=["nato-replacement"])
    bob.annotate("alpha", sentence="s0002", stance=H, questions=["us-guarantee"])
    bob.annotate("alpha", sentence="s0004", stance=PUS, questions=["defence-industry"])
    for who in (alice, bob):  # both read all of alpha: s0003 and s0004 are disagreements
        who.mark_done("alpha")
    return tmp_path / "proj"


class AdjudicateApp(App[None]):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project

    def on_mount(self) -> None:
        self.push_screen(AdjudicationScreen(self.project))


def reference(root: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    """The reference claims on disk, by sentence."""
    return {
        c.sentence: (c.stance, c.questions)
        for c in Project.open(root).claims(annotator="reference")
    }


def case_labels(screen: AdjudicationScreen) -> list[str]:
    options = screen.query_one("#cases", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@sync
async def test_walks_disagreements_and_adopts_a_reading(root: Path) -> None:
    app = AdjudicateApp(Project.open(root))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AdjudicationScreen)
        # worst first: PA vs hedged (s2), then a claim only one annotator saw (s3, s4)
        assert case_labels(screen) == [
            "· side vs hedged alpha:s0002",
            "· claim vs none  alpha:s0003",
            "· claim vs none  alpha:s0004",
        ]
        assert "opposite sides of the axis, then" in str(screen.query_one("#rank").render())
        screen.query_one("#cases", OptionList).highlighted = 1
        await pilot.pause()
        title = str(screen.query_one("#title", Static).render())
        assert title.startswith("Europe must build its own army") and "claim vs none" in title
        panels = [str(p.render()) for p in screen.query(".reading").results(Static)]
        assert panels[0].startswith("1  alice") and "pro-US-primacy" in panels[0]
        assert panels[1].startswith("2  bob") and "no claim" in panels[1]
        assert panels[2].startswith("reference") and "no claim" in panels[2]

        await pilot.press("1")  # alice's reading of s0003 becomes the reference
        await pilot.pause()
        assert reference(root) == {"s0003": (PUS, ("nato-replacement",))}
        assert case_labels(screen)[1].startswith("✓ claim vs none  alpha:s0003")
        assert screen.current == 2  # moved on to the next unsettled sentence (s0004)

        await pilot.press("0")  # s0004: not a claim; no reference claim, marked for the visit
        await pilot.pause()
        assert case_labels(screen)[2].startswith("∅")
        assert screen.current == 0  # on to s0002
        assert set(reference(root)) == {"s0003"}
        await pilot.press("2")  # bob's reading of s0002
        await pilot.pause()
        assert reference(root)["s0002"] == (H, ("us-guarantee",))

        await pilot.press("u")  # undo the last edit: s0002 unsettled again
        await pilot.pause()
        assert "s0002" not in reference(root)
        # s0003 switched from alice's reading to bob's (none), then back by undo
        screen.query_one("#cases", OptionList).highlighted = 1
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        assert "s0003" not in reference(root)
        await pilot.press("u")
        await pilot.pause()
        assert "s0003" in reference(root)
        # keys beyond the number of annotators do nothing
        await pilot.press("3")
        await pilot.pause()
        assert set(reference(root)) == {"s0003"}


@sync
async def test_write_reference_by_hand_and_adopt_agreed(root: Path) -> None:
    app = AdjudicateApp(Project.open(root))
    async with app.run_test(size=(140, 44)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AdjudicationScreen)
        screen.query_one("#cases", OptionList).highlighted = 0  # s0002
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, ReferenceEditor)
        # prefilled from the first annotator who saw a claim (alice)
        assert editor.query_one("#stance", Select).value == PA
        assert editor.query_one("#questions", SelectionList).selected == ["us-guarantee"]
        editor.query_one("#stance", Select).value = PUS
        questions = editor.query_one("#questions", SelectionList)
        questions.select("burden-sharing")
        editor.query_one("#note", Input).value = "both half right"
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is screen
        [claim] = Project.open(root).claims(annotator="reference")
        assert (claim.sentence, claim.stance, claim.questions, claim.note) == (
            "s0002",
            PUS,
            ("burden-sharing", "us-guarantee"),
            "both half right",
        )
        assert case_labels(screen)[0].startswith("✓ side vs hedged")

        await pilot.press("a")  # s0001: both say pro-autonomy on nato-replacement
        await pilot.pause()
        assert reference(root)["s0001"] == (PA, ("nato-replacement",))

        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AdjudicationScreen)


@sync
async def test_editor_refuses_no_question_and_cancels(root: Path) -> None:
    app = AdjudicateApp(Project.open(root))
    async with app.run_test(size=(140, 44)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AdjudicationScreen)
        screen.query_one("#cases", OptionList).highlighted = 1
        await pilot.pause()
        await pilot.press("w")  # s0003: alice's reading prefilled
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, ReferenceEditor)
        editor.query_one("#questions", SelectionList).deselect_all()
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is editor
        assert "at least one question" in str(editor.query_one("#error", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, AdjudicationScreen)
        assert reference(root) == {}


@sync
async def test_no_disagreements(tmp_path: Path) -> None:
    Project.init(tmp_path / "p")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    Project.open(tmp_path / "p").add_source(tmp_path / "a.txt", source_id="alpha")
    app = AdjudicateApp(Project.open(tmp_path / "p"))
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AdjudicationScreen)
        assert "No disagreements" in str(screen.query_one("#title", Static).render())
        await pilot.press("1", "0", "w")  # nothing applies: no crash, no edit
        await pilot.pause()
        assert isinstance(app.screen, AdjudicationScreen)


@sync
async def test_a_case_names_its_source_without_a_cut_dash(tmp_path: Path) -> None:
    """An id made from a title cut at 8 characters ended on its dash: "schools-:s0002"."""
    Project.init(tmp_path / "proj")
    (tmp_path / "alpha.txt").write_text(TEXT, encoding="utf-8")
    Project.open(tmp_path / "proj").add_source(tmp_path / "alpha.txt", source_id="schools-ban")
    for who, stance in (("alice", PA), ("bob", H)):
        project = Project.open(tmp_path / "proj", annotator=who)
        project.annotate("schools-ban", sentence="s0002", stance=stance, questions=["ukraine"])
    app = AdjudicateApp(Project.open(tmp_path / "proj"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert case_labels(app.screen) == ["· side vs hedged schools:s0002"]


@sync
async def test_two_sources_with_one_first_word_are_told_apart(tmp_path: Path) -> None:
    """debate22's two Bluesky threads were both "bluesky:s0010" in the case list (their ids
    cut at 8): which one was it? Then "bluesky-k:s0002" wrapped its line at 80 columns. Each
    is named by the word of its id that tells it apart, the line one row high."""
    Project.init(tmp_path / "proj")
    (tmp_path / "alpha.txt").write_text(TEXT * 4, encoding="utf-8")  # 16 sentences
    for sid in ("bluesky-kessel-thread", "bluesky-ostrova-thread"):
        Project.open(tmp_path / "proj").add_source(tmp_path / "alpha.txt", source_id=sid)
        for who, stance in (("alice", PA), ("bob", H)):
            project = Project.open(tmp_path / "proj", annotator=who)
            for n in range(1, 17):  # 32 cases: the list scrolls
                project.annotate(sid, sentence=f"s{n:04d}", stance=stance, questions=["ukraine"])
    app = AdjudicateApp(Project.open(tmp_path / "proj"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert sorted(case_labels(app.screen))[15:17] == [
            "· side vs hedged …kessel:s0016",
            "· side vs hedged …ostrov:s0001",
        ]
        options = app.screen.query_one("#cases", OptionList)
        assert options.virtual_size.height == options.option_count, "a case wraps"


@sync
async def test_the_screen_says_what_it_is_at_80x24(root: Path) -> None:
    """At 80x24 the first row was the case list's border: nothing named the screen."""
    app = ArgmapApp(Project.open(root, annotator="alice"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, AdjudicationScreen)
        first = "".join(s.text for s in app.screen._compositor.render_strips()[0])
    assert "adjudicate: settle the reference" in first, first


@sync
async def test_an_adoption_in_the_app_is_not_taken_for_another_programs_change(
    root: Path,
) -> None:
    """In the app, the screen's own writes were found by the next scan of the files ("changed
    on disk: alpha.jsonl · … · undo history cleared"): the project re-read, ``u`` could not
    take the adoption back (debate29, two annotators, adopting gold's reading)."""
    from .conftest import notices

    app = ArgmapApp(Project.open(root, annotator="alice"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AdjudicationScreen)
        first = screen.case
        assert first is not None
        await pilot.press("1")
        await pilot.pause()
        assert first.sentence.id in reference(root)
        for _ in range(3):  # past a scan of the files (once a second)
            await asyncio.sleep(app.POLL_SECONDS + 0.2)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert not [n for n in notices(app) if "changed on disk" in n], notices(app)
        await pilot.press("u")
        await pilot.pause()
        assert first.sentence.id not in reference(root)


@sync
async def test_a_wide_screen_shows_the_sources_title_whole(root: Path) -> None:
    """At 200 columns the title was cut at 60 characters ("Mill Letter No. 38: What the NBT
    Bill would mean for your f…") with 100 columns empty beside it."""
    title = "Mill Letter No. 38: What the New Breeding Techniques Bill would mean for your flour"
    Project.open(root).set_meta("alpha", title=title)
    app = AdjudicateApp(Project.open(root))
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        await pilot.pause()
        shown = str(app.screen.query_one("#title", Static).render())
    assert shown.startswith(title + " · s000"), shown
