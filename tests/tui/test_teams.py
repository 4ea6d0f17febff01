"""The TUI with three annotators on a copy of the shipped corpus: views, who said what,
agreement shading, your own reading of someone else's claim, delete asks, done."""

from __future__ import annotations

import time
from pathlib import Path

from textual.widgets import Label, OptionList, Static

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import Confirm
from argmap.tui.matrix import ClaimListScreen, MatrixScreen
from argmap.tui.matrix_view import MatrixView
from argmap.tui.reader import ReaderScreen

from .conftest import notices

SRC = "004_789456f1d4370080"
Q = "us-guarantee"
PA, PUS, H = "pro-autonomy", "pro-us-primacy", "hedged"
PUS_LABEL = "pro-US-primacy"  # the codebook's label of PUS, as the stance pickers list it
SIZE = (230, 50)  # wide enough for the full cells (▲9 !2), not the compact ones


def team(root: Path) -> None:
    """analyst finished 004; bob reads s0004 the other way; alice hedges s0002."""
    Project.open(root, annotator="analyst").mark_done(SRC)
    Project.open(root, annotator="bob").annotate(SRC, sentence="s0004", stance=PUS, questions=[Q])
    Project.open(root, annotator="alice").annotate(SRC, sentence="s0002", stance=H, questions=[Q])


async def expect_notice(app: ArgmapApp, pilot, text: str, bound: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Fail unless a notice saying ``text`` shows within ``bound`` seconds (at a load of 10
    a key's notice came after the pilot's pause and ``notices(app)[-1]`` had none yet)."""
    deadline = time.monotonic() + bound
    while not any(text in m for m in notices(app)):
        assert time.monotonic() < deadline, f"no notice {text!r}; notices: {notices(app)}"
        await pilot.pause(0.05)


async def expect_screen(app: ArgmapApp, pilot, kind: type, bound: float = 8.0):  # type: ignore[no-untyped-def]
    """The app's screen once it is a ``kind`` (a dialog pushed by a key comes a few frames
    after the key under load); fail after ``bound`` seconds."""
    deadline = time.monotonic() + bound
    while not isinstance(app.screen, kind):
        assert time.monotonic() < deadline, f"no {kind.__name__}; screen: {app.screen!r}"
        await pilot.pause(0.05)
    return app.screen


async def to_cell(app: ArgmapApp, pilot, source: str, question: str) -> MatrixScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, MatrixScreen)
    screen.view.move_to(
        screen.matrix.sources.index(source), screen.matrix.questions.index(question)
    )
    await pilot.pause()
    return screen


def cell_plain(screen: MatrixScreen, source: str, question: str) -> str:
    view = screen.query_one(MatrixView)
    row, col = screen.matrix.sources.index(source), screen.matrix.questions.index(question)
    return view.cells[row][col].plain.strip()


async def test_matrix_views_and_who_said_what(shipped: Path) -> None:
    team(shipped)
    app = ArgmapApp(Project.open(shipped, annotator="alice"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await to_cell(app, pilot, SRC, Q)
        # everyone: s0002 and s0004 contested, the other 9 ▲ sentences counted once
        assert cell_plain(screen, SRC, Q) == "▲9 !2"
        detail = str(screen.query_one("#matrix-detail", Static).render())
        assert "! s0004 analyst ▲ pro-autonomy · bob ▼ pro-us-primacy" in detail
        assert "! s0002 alice ◆ hedged · analyst ▲ pro-autonomy" in detail
        seen = []
        for _ in range(5):  # alice, analyst, bob, reference, back to everyone
            await pilot.press("v")
            await pilot.pause()
            seen.append((screen.reading_of, cell_plain(screen, SRC, Q)))
            if screen.reading_of == "reference":  # all "·": said to be nothing adjudicated
                assert "nothing adjudicated yet, A settles" in legend_text(screen)
        assert seen == [
            ("alice", "◆1"),
            ("analyst", "▲11"),
            ("bob", "▼1"),
            ("reference", "·"),
            (None, "▲9 !2"),
        ]
        await expect_notice(app, pilot, "view: everyone, one vote per sentence")
        await pilot.press("enter")
        await pilot.pause()
        listing = app.screen
        assert isinstance(listing, ClaimListScreen)
        options = listing.query_one(OptionList)
        first = str(options.get_option_at_index(0).prompt)
        assert first.startswith("! contested s0002: alice ◆ hedged · analyst ▲ pro-autonomy")
        assert options.option_count == 9 + 2


def legend_text(screen: MatrixScreen) -> str:
    return str(screen.query_one("#legend", Static).content)


async def shading_done(screen: MatrixScreen, pilot, bound: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait until the agreement shading's figures are in (computed in a thread)."""
    deadline = time.monotonic() + bound
    while "comparing the annotators" in legend_text(screen):
        assert time.monotonic() < deadline, "agreement never computed"
        await pilot.pause(0.05)


async def test_agreement_is_computed_with_a_notice_and_the_matrix_still_moves(
    shipped: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """``a`` froze the matrix 2-3 s (debate22, two annotators; 4 s on a thousand sources)
    with nothing said: now the legend says the readings are being compared, the cursor
    moves meanwhile, and the cells are shaded when the figures come."""
    import threading

    from argmap import agreement

    team(shipped)
    go = threading.Event()
    compute = agreement.cell_agreements

    def slow(project, **kwargs):  # type: ignore[no-untyped-def]
        go.wait(10)
        return compute(project, **kwargs)

    monkeypatch.setattr(agreement, "cell_agreements", slow)
    app = ArgmapApp(Project.open(shipped, annotator="alice"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await to_cell(app, pilot, SRC, Q)
        await pilot.press("a")
        await pilot.pause()
        assert "agreement (a): comparing the annotators' readings…" in legend_text(screen)
        row = screen.view.cursor[0]
        await pilot.press("k")
        await pilot.pause()
        assert screen.view.cursor[0] == row - 1, "the matrix did not move while comparing"
        assert not go.is_set()
        go.set()
        await shading_done(screen, pilot)
        assert "α ≥ .80" in legend_text(screen)
        await pilot.press("j")
        await pilot.pause()
        detail = str(screen.query_one("#matrix-detail", Static).render())
        assert "agreement: α" in detail and "(alice, analyst, bob)" in detail


async def test_matrix_shaded_by_agreement(shipped: Path) -> None:
    team(shipped)
    app = ArgmapApp(Project.open(shipped, annotator="alice"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await to_cell(app, pilot, SRC, Q)
        await pilot.press("a")
        await shading_done(screen, pilot)
        view = screen.query_one(MatrixView)
        row = screen.matrix.sources.index(SRC)
        shaded = view.cells[row][screen.matrix.questions.index(Q)]
        assert shaded.spans and all(s.style.startswith("on #") for s in shaded.spans[-1:])
        # a source only analyst read is not shaded
        other = view.cells[0][screen.matrix.questions.index(Q)]
        assert not any(str(s.style).startswith("on #") for s in other.spans)
        detail = str(screen.query_one("#matrix-detail", Static).render())
        assert "agreement: α" in detail and "(alice, analyst, bob)" in detail
        assert "agreement (a)" in legend_text(screen)
        await pilot.press("a")
        await pilot.pause()
        assert "agreement (a)" not in legend_text(screen)


async def open_reader(app: ArgmapApp, pilot, sentence: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    app.open_reader(SRC, sentence=sentence)
    await pilot.pause()
    await pilot.pause()
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


async def test_editing_analysts_claim_in_the_reader_makes_alices_own(shipped: Path) -> None:
    path = shipped / "annotations" / f"{SRC}.jsonl"
    analyst_lines = [line for line in path.read_text().splitlines() if '"analyst"' in line]
    app = ArgmapApp(Project.open(shipped, annotator="alice"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0004")
        theirs = reader.current_claim()
        assert theirs is not None and theirs.annotator == "analyst"
        await pilot.press("e")  # kind: claim -> evidence, on alice's own reading
        await pilot.pause()
        await expect_notice(app, pilot, "your own reading; analyst's claim kept")
        while reader.current_claim().annotator != "analyst":  # type: ignore[union-attr]
            await pilot.press("c")
        await pilot.press("d")  # analyst's claim cannot be deleted by alice
        await pilot.pause()
        await expect_notice(app, pilot, "is analyst's, not yours (alice)")
    mine = Project.open(shipped).claims(annotator="alice")
    assert [(c.sentence, c.kind, c.stance) for c in mine] == [("s0004", "evidence", PA)]
    now = [line for line in path.read_text().splitlines() if '"analyst"' in line]
    assert now == analyst_lines  # analyst's claims byte-identical


async def test_delete_of_a_linked_claim_asks_first(shipped: Path) -> None:
    project = Project.open(shipped, annotator="analyst")
    linked = next(c for c in project.claims(source=SRC) if project.links_to(c.id) and c.sentence)
    links = project.links_to(linked.id)
    app = ArgmapApp(project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, linked.sentence)
        while reader.current_claim().id != linked.id:  # type: ignore[union-attr]
            await pilot.press("c")
        await pilot.press("d")
        dialog = await expect_screen(app, pilot, Confirm)
        said = f"{len(links)} link{'' if len(links) == 1 else 's'} to it"
        assert f"{said} go with it" in str(dialog.question)
        await pilot.press("n")
        await expect_screen(app, pilot, ReaderScreen)
        assert linked.id in Project.open(shipped).claim_index
        await pilot.press("d")
        await expect_screen(app, pilot, Confirm)
        await pilot.press("y")
        await pilot.pause()
        await expect_notice(app, pilot, f"deleted {linked.id} and {said}")
    reopened = Project.open(shipped)
    assert linked.id not in reopened.claim_index
    assert not any(r.target == linked.id for c in reopened.claims() for r in c.relations)


async def test_done_key_marks_the_source_for_you(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="bob"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0001")
        await pilot.press("D")
        await pilot.pause()
        await expect_notice(app, pilot, f"{SRC} marked done by bob (1 of 5 sources done)")
        assert "done: bob" in str(app.screen.query_one("#reader-title", Static).render())
        await pilot.press("D")
        await pilot.pause()
        await expect_notice(app, pilot, "marked not done")
    assert Project.open(shipped).done_map() == {}


async def pick_argued(app: ArgmapApp, pilot, key: str, bound: float = 8.0) -> None:  # type: ignore[no-untyped-def]
    """Press ``A`` and, once the stance picker is up, ``key``."""
    from argmap.tui.dialogs import StancePicker

    await pilot.press("A")
    deadline = time.monotonic() + bound
    while not isinstance(app.screen, StancePicker):
        assert time.monotonic() < deadline, "no stance picker after A"
        await pilot.pause(0.05)
    await pilot.press(key)


DEPOTS = (
    "The View from the Depots\n\nEurope cannot replace what America brings to its defence. "
    "Its depots hold a fraction of the munitions a long war needs, and its airlift is "
    "borrowed. Only the United States can guarantee the continent's security for the next "
    "decade.\n"
)


async def proposal_shown(app: ArgmapApp, pilot, bound: float = 30.0) -> str:  # type: ignore[no-untyped-def]
    """The stance picker's line under its title once the side proposal has come in (the
    models are fitted first)."""
    from argmap.tui.dialogs import StancePicker

    picker = await expect_screen(app, pilot, StancePicker)
    deadline = time.monotonic() + bound
    while "reading the source" in (text := str(picker.query_one("#stance-note").render())):
        assert time.monotonic() < deadline, "no side proposed"
        await pilot.pause(0.05)
    return text


async def screen_rows(app: ArgmapApp, pilot, text: str, bound: float = 8.0) -> list[str]:  # type: ignore[no-untyped-def]
    """The rows of the screen as drawn, once one holds ``text`` or after ``bound`` seconds."""
    deadline = time.monotonic() + bound
    while True:
        rows = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
        if any(text in row for row in rows) or time.monotonic() > deadline:
            return rows
        await pilot.pause(0.05)


async def test_argues_key_proposes_the_side_of_an_unread_article(
    shipped: Path, tmp_path: Path
) -> None:
    """On an article nobody has placed, ``A`` opens with the side its likely claims lean to
    preselected and one line saying why: Enter confirms it, and only then is it kept for
    bob; Escape keeps nothing."""
    page = tmp_path / "depots.txt"
    page.write_text(DEPOTS, encoding="utf-8")
    Project.open(shipped, annotator="bob", strict=False).add_source(page, source_id="depots")
    app = ArgmapApp(Project.open(shipped, annotator="bob"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("depots")
        await pilot.pause()
        await pilot.press("A")
        line = await proposal_shown(app, pilot)
        assert line.startswith(f"proposed ▼ {PUS_LABEL}: its ") and "likely claims read ▼" in line
        assert line.endswith("(Enter confirms)")
        # the whole line is on screen, wrapped, not cut at the dialog's edge (under load the
        # screen is drawn a few frames after the proposal comes in)
        lines = await screen_rows(app, pilot, "usual mix (Enter confirms)")
        assert any(f"proposed ▼ {PUS_LABEL}" in row for row in lines)
        assert any("usual mix (Enter confirms)" in row for row in lines)
        highlighted = app.screen.query_one("#stances", OptionList).highlighted
        assert highlighted == app.project.codebook.stance_ids.index(PUS)
        assert Project.open(shipped).argued_map() == {}
        await pilot.press("escape")
        await pilot.pause()
        assert Project.open(shipped).argued_map() == {}
        await pilot.press("A")
        await proposal_shown(app, pilot)
        await pilot.press("enter")
        await expect_notice(app, pilot, f"depots: argues ▼ {PUS_LABEL}")
    assert Project.open(shipped).argued_map() == {"depots": {"bob": PUS}}


def placed_three_ways(root: Path, tmp_path: Path) -> None:
    """Three new articles on the depots text: ``fresh`` nobody has touched; ``said``: alice
    said it argues pro-autonomy, bob said nothing; ``read``: bob annotated one sentence of it
    (pro-autonomy), alice nothing."""
    for sid in ("fresh", "said", "read"):
        page = tmp_path / f"{sid}.txt"
        page.write_text(DEPOTS.replace("Depots", f"Depots ({sid})"), encoding="utf-8")
        Project.open(root, annotator="bob", strict=False).add_source(page, source_id=sid)
    Project.open(root, annotator="alice").set_argued("said", PA)
    bob = Project.open(root, annotator="bob")
    bob.annotate("read", sentence=bob.sources["read"].sentences[1].id, stance=PA, questions=[Q])


def cli_proposes(root: Path, who: str | None, sources: tuple[str, ...]) -> dict[str, tuple]:  # type: ignore[type-arg]
    """Per source, the side ``argmap argues`` lists as proposed and the one ``argmap argues
    SOURCE --json`` proposes (None: nothing proposed), run as ``who`` (None: no annotator)."""
    import contextlib
    import io
    import json

    from argmap.cli import main

    def run(*args: str) -> str:
        out = io.StringIO()
        who_args = ["--annotator", who] if who else []
        with contextlib.redirect_stdout(out):
            assert main(["argues", *args, "--project", str(root), *who_args]) == 0
        return out.getvalue()

    rows = {
        line.split("│")[1].strip(): line.split("│")[4]
        for line in run().splitlines()
        if line.startswith("│") and line.split("│")[1].strip()
    }
    stances = Project.open(root).codebook.stance_ids
    return {
        sid: (
            next((s for s in stances if f"{s}? " in rows[sid]), None),
            json.loads(run(sid, "--json"))["proposed"],
        )
        for sid in sources
    }


async def reader_proposes(root: Path, who: str, sources: tuple[str, ...]) -> dict[str, tuple]:  # type: ignore[type-arg]
    """Per source, the side the reader's ``A`` preselects as proposed (None: none) and the
    line under the dialog's title, for ``who``."""
    from argmap.tui.dialogs import StancePicker

    app = ArgmapApp(Project.open(root, annotator=who))
    seen: dict[str, tuple] = {}  # type: ignore[type-arg]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for sid in sources:
            app.open_reader(sid)
            await pilot.pause()
            await pilot.press("A")
            line = await proposal_shown(app, pilot)
            picker = app.screen
            assert isinstance(picker, StancePicker)
            proposed = None
            if line.startswith("proposed "):
                options = picker.query_one("#stances", OptionList)
                assert options.highlighted is not None
                proposed = app.project.codebook.stance_ids[options.highlighted]
            seen[sid] = (proposed, line)
            await pilot.press("escape")
            await expect_screen(app, pilot, ReaderScreen)
    return seen


async def test_the_list_argues_source_and_the_reader_propose_a_side_in_the_same_places(
    shipped: Path, tmp_path: Path
) -> None:
    """One rule (``side.SideView.needs_proposal``), the same in ``argmap argues``,
    ``argmap argues SOURCE`` and the reader's ``A``: a side is proposed to you where
    nothing of the source is annotated by anyone and you have not said its side. A
    colleague's word does not stop it (bob is proposed one on ``said``); a colleague's
    annotated claim does (alice gets none on ``read``); without an annotator, any word
    counts."""
    placed_three_ways(shipped, tmp_path)
    sources = ("fresh", "said", "read")
    expected = {
        "bob": {"fresh": PUS, "said": PUS, "read": None},
        "alice": {"fresh": PUS, "said": None, "read": None},
        None: {"fresh": PUS, "said": None, "read": None},
    }
    for who, want in expected.items():
        assert cli_proposes(shipped, who, sources) == {s: (p, p) for s, p in want.items()}, who
    for who in ("bob", "alice"):
        seen = await reader_proposes(shipped, who, sources)
        assert {s: p for s, (p, _) in seen.items()} == expected[who], seen
        read_note = seen["read"][1]
        assert read_note == (
            "nothing proposed: proposals are for sources with nothing annotated; its 1 "
            f"annotated claim here is most often ▲ {PA} (by bob)"
        )
    assert seen["said"][1] == ""  # alice said it: the title says so, no proposal
    assert Project.open(shipped).argued_map() == {"said": {"alice": PA}}


async def test_argues_key_records_what_the_source_argues_for_you(shipped: Path) -> None:
    """``A`` asks which stance the open source argues as a whole; the word is bob's alone,
    shown in the title, and picking it again takes it back."""
    Project.open(shipped, annotator="alice").set_argued(SRC, PA)
    app = ArgmapApp(Project.open(shipped, annotator="bob"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0001")
        await pick_argued(app, pilot, "2")
        await expect_notice(app, pilot, f"{SRC}: argues ▼ {PUS_LABEL}")
        title = str(reader.query_one("#reader-title", Static).render())
        assert f"argues: {PA} (alice), {PUS} (bob)" in title
        assert Project.open(shipped).argued_map()[SRC] == {"alice": PA, "bob": PUS}
        await pick_argued(app, pilot, "2")
        await expect_notice(app, pilot, f"{SRC}: no stance said")
    assert Project.open(shipped).argued_map() == {SRC: {"alice": PA}}


async def test_argues_key_says_why_nothing_is_proposed_and_title_fits_80(shipped: Path) -> None:
    """On a source already annotated ``A`` proposes no side; the dialog says so in one line
    (as ``argmap argues SOURCE`` does) instead of showing nothing. At 80 columns the reader's
    title (title, position, claims, argues) stays on one line where it can: the title gives
    way, where it used to wrap the line."""
    from argmap.tui.dialogs import StancePicker

    Project.open(shipped, annotator="alice").set_argued(SRC, PA)
    app = ArgmapApp(Project.open(shipped, annotator="bob"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0001")
        title = reader.query_one("#reader-title", Static)
        text = str(title.render())
        assert f"27 claims · argues: {PA} (alice)" in text  # no room for "(analyst 27)"
        assert title.region.height == 1, text
        await pilot.press("A")
        picker = await expect_screen(app, pilot, StancePicker)
        await pilot.pause()
        ask = picker.query_one(".dialog-title", Label)
        assert str(ask.render()) == "What does “Who Will Lead Europe’s …” argue as a whole? (1-9)"
        assert ask.region.height == 2  # one line and the space under it
        note = str(picker.query_one("#stance-note", Static).render())
        assert note.startswith("nothing proposed: proposals are for sources with nothing")
        assert "annotated claims here are most often " in note
        assert picker.query_one("#stance-note").display
        await pilot.press("escape")
        await pilot.pause()
    assert Project.open(shipped).argued_map() == {SRC: {"alice": PA}}


async def test_argues_dialog_names_stances_by_their_labels(shipped: Path) -> None:
    """A codebook whose labels are not its ids (debate25's "■ Public ownership: a state
    operator" for ``public-ownership``): the ``A`` dialog's note, its "you said" and the
    notice name a stance as the picker under them lists it, not by its id."""
    import json

    path = shipped / "annotations" / "codebook.json"
    book = json.loads(path.read_text(encoding="utf-8"))
    labels = {s["id"]: f"Label of {s['id'].upper()}" for s in book["stances"]}
    for s in book["stances"]:
        s["label"] = labels[s["id"]]
    path.write_text(json.dumps(book), encoding="utf-8")
    from argmap.tui.dialogs import StancePicker

    app = ArgmapApp(Project.open(shipped, annotator="bob"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0001")
        await pilot.press("A")
        picker = await expect_screen(app, pilot, StancePicker)
        await pilot.pause()
        note = str(picker.query_one("#stance-note", Static).render())
        assert "annotated claims here are most often " in note
        named = [sid for sid, label in labels.items() if label in note]
        assert len(named) == 1, note
        assert f"{named[0]} " not in note and not note.endswith(named[0]), note
        await pilot.press("2")
        await expect_notice(app, pilot, f"{SRC}: argues ▼ {labels[PUS]}")
        await pilot.press("A")
        picker = await expect_screen(app, pilot, StancePicker)
        ask = str(picker.query_one(".dialog-title", Label).render())
        assert f"(you said ▼ {labels[PUS]}: pick it again to take it back)" in ask
        await pilot.press("escape")
        await pilot.pause()
    assert Project.open(shipped).argued_map()[SRC]["bob"] == PUS


async def test_argues_key_dialog_gives_the_title_the_width_it_has(shipped: Path) -> None:
    """At 200 columns the ``A`` dialog names the source by as much of its title as its
    first line holds (it was cut at 24 characters at any width): the whole of 004's, and
    000's 61 characters cut to fit; either way on one line."""
    from argmap.tui.dialogs import StancePicker

    titles = {
        SRC: "What does “Who Will Lead Europe’s Security as the US Steps Back?” argue as a "
        "whole? (1-9)",
        "000_336ff5998f5b022d": "What does “US-European relations: Towards a strong strategic "
        "partnersh…” argue as a whole? (1-9)",
    }
    app = ArgmapApp(Project.open(shipped, annotator="bob"))
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        for source, title in titles.items():
            app.open_reader(source)
            await pilot.pause()
            await pilot.press("A")
            picker = await expect_screen(app, pilot, StancePicker)
            await pilot.pause()
            ask = picker.query_one(".dialog-title", Label)
            assert str(ask.render()) == title
            assert ask.region.height == 2  # one line and the space under it
            await pilot.press("escape")
            await expect_screen(app, pilot, ReaderScreen)
