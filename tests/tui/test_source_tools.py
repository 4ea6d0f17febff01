"""In the reader a user sees that a saved page had argued text its reader left out (and
reads it, adds it as a source of its own, or forgets it: ``argmap leftout``), and sets who
says the selected sentences (``argmap speaker``)."""

from __future__ import annotations

import html
from pathlib import Path

from textual.widgets import Input, OptionList

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.reader import ReaderScreen
from argmap.tui.source_dialogs import LeftOutScreen, SpeakerPrompt
from argmap.tui.sources_screen import AddSourcesScreen

from .conftest import notices

COMMENT = "I disagree entirely with this piece, because my daughter needs her phone after school."
PAGE = (
    "<!doctype html><html><head><title>Schools should ban phones</title></head><body>"
    "<article><h1>Schools should ban phones</h1>"
    "<p>Phones in the classroom harm learning. Pupils who keep a phone on the desk score "
    "lower on tests.</p></article>"
    "<div id='disqus_thread'><iframe srcdoc=\""
    + html.escape(f"<html><body><ul id='posts'><li class='post'><p>{COMMENT}</p></li></ul>")
    + '"></iframe></div></body></html>'
)
NOTE = (
    "# Panel on phones in school\n\n"
    "HEAD TEACHER said we tried a ban last year. Attention in lessons improved.\n\n"
    "It was hard to enforce with the older pupils.\n\n"
    "A parent said she needs to reach her son on the bus home. A full ban goes too far.\n"
)


def _lines(app: ArgmapApp) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def _project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    project = Project.open(root, annotator="ana")
    (tmp_path / "phones.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "panel.md").write_text(NOTE, encoding="utf-8")
    project.add_source(tmp_path / "phones.html", source_id="page")
    project.add_source(tmp_path / "panel.md", source_id="panel")
    return root


async def test_the_reader_shows_what_a_page_left_out_and_adds_or_forgets_it(
    tmp_path: Path,
) -> None:
    root = _project(tmp_path)
    assert Project.open(root).sources["page"].left_out_count == 1
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("page")
        await pilot.pause()
        assert "1 not read (L)" in _lines(app)[1]
        assert "1 passage of the page was not read: L shows it" in notices(app)
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LeftOutScreen)
        assert any("1. I disagree entirely with this piece" in line for line in _lines(app))
        await pilot.press("a")  # add it as a source of its own: listed on the add screen
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, AddSourcesScreen)
        assert [p.meta["title"] for p in app.screen.pending] == [
            "Passage left out of Schools should ban phones"
        ]
        assert COMMENT in app.screen.pending[0].prepared.text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("L", "f")  # forget it, once dealt with: asked first
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert Project.open(root).sources["page"].left_out_count == 1
        await pilot.press("L", "f")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "not read" not in _lines(app)[1]
    assert Project.open(root).sources["page"].left_out_count == 0


async def test_the_reader_sets_who_says_the_selected_sentences(tmp_path: Path) -> None:
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("panel", sentence="s0002")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("v", "j", "j")  # s0002-s0004 selected
        await pilot.pause()
        assert "3 sentences selected (s0002–s0004)" in str(
            reader.query_one("#reader-detail").render()
        )
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerPrompt)
        assert "Who says s0002–s0004 (3 sentences)? now: nobody" in "\n".join(_lines(app))
        await pilot.press(*"Head teacher", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        lines = [line.strip() for line in _lines(app)]
        # the name above the turn, once; the selection is gone
        assert lines.count("Head teacher") == 1
        assert lines[lines.index("Head teacher") + 1].startswith("s0002 HEAD TEACHER said")
        assert reader.view.anchor is None
        # shift+↓ selects too; the names said so far are offered below the box
        await pilot.press("j", "shift+down")
        await pilot.pause()
        assert list(reader.view.selection()) == [4, 5]
        await pilot.press("p")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        offered = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert offered[:2] == ["Head teacher", ""]  # and nobody
        app.screen.query_one(Input).value = "Parent"
        await pilot.press("enter")
        await pilot.pause()
        # esc clears a selection before it leaves the reader
        await pilot.press("v", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and reader.view.anchor is None
    project = Project.open(root)
    said = {s.id: s.speaker for s in project.sources["panel"].sentences}
    assert said == {
        "s0001": "",
        "s0002": "Head teacher",
        "s0003": "Head teacher",
        "s0004": "Head teacher",
        "s0005": "Parent",
        "s0006": "Parent",
    }


async def test_a_speaker_set_by_hand_can_be_given_back_to_the_reader(tmp_path: Path) -> None:
    root = _project(tmp_path)
    Project.open(root, annotator="ana").set_speaker("panel", ["s0004"], "Someone")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("panel", sentence="s0004")
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        offered = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert offered == ["Someone", "nobody (no speaker)", "as the reader read it"]
        await pilot.press("down", "down", "down", "enter")
        await pilot.pause()
        assert "s0004: said by nobody (as read) (was Someone) · u undoes" in notices(app)
    assert Project.open(root).sources["panel"].meta.speakers == ()


async def test_u_undoes_a_speaker_and_forgotten_passages_in_the_reader(tmp_path: Path) -> None:
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("panel", sentence="s0002")
        await pilot.pause()
        await pilot.press("v", "j", "p")
        await pilot.pause()
        await pilot.press(*"Head", "enter")
        await pilot.pause()
        assert "Head" in [line.strip() for line in _lines(app)]
        await pilot.press("u")
        await pilot.pause()
        assert "undone: speaker of panel:s0002–s0003" in notices(app)
        assert "Head" not in [line.strip() for line in _lines(app)]  # laid out again
        assert Project.open(root).sources["panel"].meta.speakers == ()
        await pilot.press("U")
        await pilot.pause()
        assert "Head" in [line.strip() for line in _lines(app)]
        app.open_reader("page")
        await pilot.pause()
        await pilot.press("L", "f")
        await pilot.pause()
        assert "u brings them back" in "\n".join(_lines(app))
        await pilot.press("y")
        await pilot.pause()
        assert "not read" not in _lines(app)[1]
        await pilot.press("u")
        await pilot.pause()
        assert "1 not read (L)" in _lines(app)[1]
    assert Project.open(root).sources["page"].left_out_count == 1
    assert [f.speaker for f in Project.open(root).sources["panel"].meta.speakers] == ["Head"] * 2


async def test_the_matrix_says_a_source_has_passages_not_read(tmp_path: Path) -> None:
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = app.screen.view.rows  # type: ignore[attr-defined]
        for row in rows:  # page, then panel: the detail names each in turn
            text = str(app.screen.query_one("#matrix-detail").render())
            assert ("1 not read (r, then L)" in text) == (row.key == "page"), (row.key, text)
            await pilot.press("j")
            await pilot.pause()


async def test_the_palette_lists_the_passages_not_read(tmp_path: Path) -> None:
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"not read")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, LeftOutScreen)
        assert app.screen.passages == [COMMENT]


async def test_a_stance_key_on_a_selection_makes_one_claim_over_it(tmp_path: Path) -> None:
    """A user who selected sentences and pressed 1 got a claim on the cursor's sentence
    alone, the selection silently ignored."""
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("panel", sentence="s0003")
        await pilot.pause()
        await pilot.press("v", "j")
        await pilot.pause()
        detail = str(app.screen.query_one("#reader-detail").render())
        assert "1-3: one claim over them" in detail
        await pilot.press("1")
        await pilot.pause()
        assert "New ▲ pro-autonomy claim on s0003–s0004" in "\n".join(_lines(app))
        await pilot.press("space", "enter")
        await pilot.pause()
        assert app.screen.view.anchor is None  # type: ignore[attr-defined]
    doc = Project.open(root).sources["panel"]
    (claim,) = Project.open(root).claims(source="panel")
    s3, s4 = doc.sentence("s0003"), doc.sentence("s0004")
    assert (claim.start, claim.end) == (s3.start, s4.end) and claim.stance == "pro-autonomy"


async def test_l_on_a_note_says_nothing_was_left_out_without_calling_it_a_page(
    tmp_path: Path,
) -> None:
    """On a Markdown note L said "the saved page was read whole": there is no page."""
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("panel")
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert not isinstance(app.screen, LeftOutScreen)
    assert "panel: no passages left out (a saved web page is checked when added)" in notices(app)


async def test_a_project_without_questions_yet_can_be_read(tmp_path: Path) -> None:
    """Sources added before any question: the matrix said "No sources yet" beside its one
    row, r did nothing, and in the reader 1 opened an empty question picker."""
    from argmap.codebook import blank_codebook
    from argmap.tui.reader import ReaderScreen

    root = tmp_path / "proj"
    Project.init(root, name="phones", codebook=blank_codebook())
    (tmp_path / "panel.md").write_text(NOTE, encoding="utf-8")
    Project.open(root).add_source(tmp_path / "panel.md", source_id="panel")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        detail = str(app.screen.query_one("#matrix-detail").render())
        assert detail.startswith("No questions yet: press K"), detail
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.source_id == "panel"
        await pilot.press("j", "1")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)  # no empty picker
    assert "a claim answers a question, and the codebook has none yet: K adds one" in notices(app)


async def test_the_add_screen_says_a_page_has_passages_not_read(tmp_path: Path) -> None:
    """`argmap add` says so; the add screen's preview said nothing of them."""
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    (tmp_path / "phones.html").write_text(PAGE, encoding="utf-8")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.action_add_sources()  # over the start screen of an empty project
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, AddSourcesScreen)
        screen.query_one("#path", Input).value = str(tmp_path / "phones.html")
        screen.query_one("#path", Input).focus()
        await pilot.press("enter")
        for _ in range(3):
            await pilot.pause()
            await app.workers.wait_for_complete()
        preview = " ".join(str(screen.query_one("#preview").render()).split())
    assert (
        "Not read 1 passage of the page is not in its text (“I disagree entirely with this "
        "piece,…”): L in the reader lists it once saved"
    ) in preview, preview


async def test_u_after_d_takes_back_done_not_the_claim_before_it(tmp_path: Path) -> None:
    """D marked the source done; u then deleted the claim made before it and the source
    stayed done (progress edits were not in the undo stack)."""
    root = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("panel", sentence="s0002")
        await pilot.pause()
        await pilot.press("1", "1", "enter")  # a claim (stance 1, question 1)
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        assert "done: ana" in _lines(app)[1] + _lines(app)[2]
        await pilot.press("u")
        await pilot.pause()
        assert "undone: panel done" in notices(app)
        assert "done: ana" not in _lines(app)[1] + _lines(app)[2]
    project = Project.open(root)
    assert "panel" not in project.done_map()
    assert [c.sentence for c in project.claims(source="panel")] == ["s0002"]
