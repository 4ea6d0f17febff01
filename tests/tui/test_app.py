"""Pilot tests of argmap's TUI: every screen and every editing action, checked on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, SelectionList, Tree

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import ClaimFinder, ProblemsScreen, QuestionPicker, TextPrompt
from argmap.tui.matrix import ClaimListScreen, MatrixScreen
from argmap.tui.matrix_view import MatrixView
from argmap.tui.question_map import QuestionMapScreen
from argmap.tui.reader import ReaderScreen
from argmap.tui.search import SearchScreen
from argmap.tui.widgets import SentenceView

from .conftest import claims_on_disk, notices

SIZE = (120, 40)


def make_app(root: Path, annotator: str | None = "tester") -> ArgmapApp:
    return ArgmapApp(Project.open(root, annotator=annotator, strict=False))


def screen_lines(app: ArgmapApp) -> list[str]:
    """The text of every line of the screen as a user sees it."""
    return ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]


def matrix_cell(view: MatrixView, row: int, column: int) -> str:
    """The text of one cell as rendered (by the cell's own ``Text``)."""
    return view.cells[row][column].plain


async def settle(app: ArgmapApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until screens have refreshed and search workers have finished."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_reader(app: ArgmapApp, pilot, sentence: str = "s0001") -> ReaderScreen:  # type: ignore[no-untyped-def]
    app.open_reader("article", sentence=sentence)
    await pilot.pause()
    await pilot.pause()
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


# ---------------------------------------------------------------------- matrix


async def test_matrix_shows_positions_and_claims_behind_a_cell(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        view = app.screen.query_one(MatrixView)
        assert view.row_count == 1
        # Column 0 is "NATO replacement": one ▲ and one ▼, so mixed (±).
        cell = matrix_cell(view, 0, 0)
        assert "▲1" in cell and "▼1" in cell and "±" in cell
        us_guarantee = app.project.codebook.question_ids.index("us-guarantee")
        assert matrix_cell(view, 0, us_guarantee) == "▼1"
        assert matrix_cell(view, 0, 2) == "·"  # silent
        row = next(line for line in screen_lines(app) if line.startswith("article "))
        assert "▲1 ▼1 ±" in row and "▼1" in row
        summary = str(app.screen.query_one("#matrix-detail").render())
        assert "NATO replacement" in summary and "Should Europe build" in summary  # full text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ClaimListScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 2
        assert "Europe must build its own army" in str(options.get_option_at_index(0).prompt)
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.current_sentence_id() == "s0004"


async def test_silent_cell_says_so(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("right", "right", "enter")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        assert any("silent" in m for m in notices(app))


# ---------------------------------------------------------------------- reader editing


async def test_stance_key_on_new_sentence_picks_questions_then_saves(
    small_project: Path,
) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0005")
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, QuestionPicker)
        # Enter with nothing picked refuses; 5 toggles the fifth question (defence industry).
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionPicker)
        await pilot.press("5", "enter")
        await pilot.pause()
        assert app.screen is reader
        claim = reader.current_claim()
        assert claim is not None and claim.stance == "pro-us-primacy"
    on_disk = [c for c in claims_on_disk(small_project) if c["sentence"] == "s0005"]
    assert len(on_disk) == 1
    assert on_disk[0]["questions"] == ["defence-industry"]
    assert on_disk[0]["annotator"] == "tester"


async def test_cancelled_picker_creates_nothing(
    small_project: Path,
) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0005")
        await pilot.press("1", "escape")
        await pilot.pause()
    assert len(claims_on_disk(small_project)) == 2


async def test_edit_keys_change_the_claim_on_disk(
    small_project: Path,
) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0002")
        # stance
        await pilot.press("3")
        await pilot.pause()
        assert reader.current_claim().stance == "hedged"
        # kind
        await pilot.press("e")
        await pilot.pause()
        assert reader.current_claim().kind == "evidence"
        # questions: picker starts with the claim's question; add "burden-sharing" (3)
        await pilot.press("q")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, QuestionPicker)
        assert list(picker.query_one(SelectionList).selected) == ["nato-replacement"]
        await pilot.press("3", "enter")
        await pilot.pause()
        assert reader.current_claim().questions == ("nato-replacement", "burden-sharing")
        # note
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"strong", "enter")
        await pilot.pause()
        assert reader.current_claim().note == "strong"
    (claim,) = [c for c in claims_on_disk(small_project) if c["sentence"] == "s0002"]
    assert claim["stance"] == "hedged"
    assert claim["kind"] == "evidence"
    assert claim["questions"] == ["nato-replacement", "burden-sharing"]
    assert claim["note"] == "strong"


async def test_link_supports_and_attacks_through_search(
    small_project: Path,
) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0002")
        await pilot.press("a")
        await pilot.pause()
        finder = app.screen
        assert isinstance(finder, ClaimFinder)
        await pilot.press(*"bedrock")
        await pilot.pause()
        hits = finder.query_one(OptionList)
        assert hits.option_count == 1
        await pilot.press("enter")  # enter in the search box links the top match
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        claims = {c["sentence"]: c for c in claims_on_disk(small_project)}
        target = claims["s0004"]["id"]
        assert claims["s0002"]["relations"] == [{"type": "attacks", "target": target}]
        # the same target again removes the link
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"bedrock")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        claims = {c["sentence"]: c for c in claims_on_disk(small_project)}
        assert claims["s0002"]["relations"] == []
        await pilot.press("s", *"bedrock")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    claims = {c["sentence"]: c for c in claims_on_disk(small_project)}
    assert claims["s0002"]["relations"] == [{"type": "supports", "target": target}]


async def test_delete_undo_redo(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0004")
        await pilot.press("d")
        await pilot.pause()
        assert reader.current_claim() is None
        assert len(claims_on_disk(small_project)) == 1
        await pilot.press("u")
        await pilot.pause()
        assert reader.current_claim() is not None
        assert len(claims_on_disk(small_project)) == 2
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert reader.current_claim() is None
        assert len(claims_on_disk(small_project)) == 1
        await pilot.press("ctrl+z")
        await pilot.pause()
    assert len(claims_on_disk(small_project)) == 2


async def test_claim_keys_are_disabled_where_there_is_no_claim(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0001")
        for action in ("delete", "kind", "note", "link"):
            assert reader.check_action(action, ("supports",)) is None
        await pilot.press("d")
        await pilot.pause()
        assert len(app.project.claims()) == 2
        await pilot.press("j")
        await pilot.pause()
        assert reader.check_action("delete", ()) is True


async def test_annotator_is_asked_once_at_first_edit(
    small_project: Path,
) -> None:
    app = make_app(small_project, annotator=None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0006")
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"bea", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionPicker)
        await pilot.press("1", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("j", "1", "8", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)  # not asked again
    mine = [c for c in claims_on_disk(small_project) if c["annotator"] == "bea"]
    assert [(c["sentence"], c["stance"]) for c in mine] == [
        ("s0006", "hedged"),
        ("s0007", "pro-autonomy"),
    ]


async def test_reader_moves_by_sentence_and_between_claims(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0001")
        await pilot.press("full_stop")
        assert reader.current_sentence_id() == "s0002"
        await pilot.press("full_stop")
        assert reader.current_sentence_id() == "s0004"
        await pilot.press("k")
        assert reader.current_sentence_id() == "s0003"
        await pilot.press("end")
        assert reader.current_sentence_id() == "s0007"
        await pilot.press("home")
        assert reader.current_sentence_id() == "s0001"
        detail = str(reader.query_one("#reader-detail").render())
        assert "Not annotated" in detail


async def test_reader_handles_ten_thousand_sentences(tmp_path: Path) -> None:
    root = tmp_path / "big"
    Project.init(root)
    body = "\n\n".join(
        f"Paragraph {i} argues that Europe should act. It adds a second point number {i}."
        for i in range(5000)
    )
    (tmp_path / "big.txt").write_text("Big source\n\n" + body, encoding="utf-8")
    Project.open(root).add_source(tmp_path / "big.txt", source_id="big")
    app = make_app(root)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("big", sentence="s5000")
        await settle(app, pilot)  # long texts are split into sentences in a worker
        view = app.screen.query_one(SentenceView)
        assert len(view.sentences) == 10001
        assert view.cursor == 4999
        assert view.scroll_offset.y > 1000  # scrolled to the sentence, not rendered all
        await pilot.press("pagedown")
        assert view.cursor > 5005
        await pilot.press("G")
        assert view.cursor == 10000


# ---------------------------------------------------------------------- damaged files


async def test_damaged_annotation_file_opens_with_a_message_and_is_not_rewritten(
    small_project: Path,
) -> None:
    path = small_project / "annotations" / "article.jsonl"
    damaged = path.read_text(encoding="utf-8") + '{"id": "broken", "stance": 3}\n'
    path.write_text(damaged, encoding="utf-8")
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = " ".join(str(w.render()) for w in app.screen.query(".problem"))
        assert "article.jsonl" in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        banner = app.screen.query_one("#problems-banner")
        assert banner.display and "problem" in str(banner.render())
        reader = await open_reader(app, pilot, "s0002")
        await pilot.press("3")
        await pilot.pause()
        assert reader.current_claim().stance == "pro-autonomy"
        assert any("not saved" in m for m in notices(app))
    assert path.read_text(encoding="utf-8") == damaged


# ---------------------------------------------------------------------- other screens


async def test_question_map_groups_claims_by_stance_with_relations(small_project: Path) -> None:
    project = Project.open(small_project, annotator="tester")
    a, b = project.claims()
    project.relate(a.id, "attacks", b.id)
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")  # the question under the matrix cursor: NATO replacement
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionMapScreen)
        tree = screen.query_one(Tree)
        groups = tree.root.children
        # the scale's order, as the matrix lists it: for, neither (hedged), against
        assert [str(g.label).split()[0] for g in groups] == ["▲", "◆", "▼"]
        # The attacker is shown once, under the claim it attacks, not also as a root.
        (autonomy,) = groups[0].children
        assert "+1 shown under the claims they support or attack" in str(autonomy.label)
        (primacy,) = groups[2].children
        assert "NATO remains the bedrock" in str(primacy.label)
        (attacker,) = primacy.children
        assert "attacked by ← ▲" in str(attacker.label)
        assert "Europe must build" in str(attacker.label)
        assert "(no claims)" in str(groups[1].children[0].label)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.question == "three-ds"
        screen.set_question("nato-replacement")
        await pilot.pause()
        tree.select_node(tree.root.children[2].children[0])
        tree.move_cursor(tree.root.children[2].children[0])
        await pilot.press("o")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.current_sentence_id() == "s0004"


async def test_question_map_names_a_source_once_down_its_own_replies(
    small_project: Path, tmp_path: Path
) -> None:
    """debate34 at 80 columns: every reply under a circular's thesis repeated "HAHT Circular
    202…", leaving its quote 25 cells ("“Many of you have told u…”"). A reply in the
    source of the claim it answers now drops the title; one from another source keeps it."""
    project = Project.open(small_project, annotator="tester")
    a, b = project.claims()
    project.relate(a.id, "attacks", b.id)
    reply = tmp_path / "reply.txt"
    reply.write_text("A reply.\n\nThe bedrock has cracked long ago.\n", encoding="utf-8")
    project.add_source(reply, source_id="reply", title="Letters page")
    other = project.annotate(
        "reply", sentence="s0002", stance="pro-autonomy", questions=["nato-replacement"]
    )
    project.relate(other.id, "attacks", b.id)
    app = make_app(small_project)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionMapScreen)
        (primacy,) = screen.query_one(Tree).root.children[2].children
        labels = {str(node.label) for node in primacy.children}
    assert "European Defence" in str(primacy.label)
    assert "attacked by ← ▲ s0002: “Europe must build its own army and stop re" in (
        " ".join(labels)
    ), labels
    assert any("Letters page s0002" in label for label in labels), labels


async def test_search_finds_claims_and_sentences_and_jumps(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await settle(app, pilot)
        hits = screen.query_one("#hits", OptionList)
        assert hits.option_count == 2  # every claim
        await pilot.press(*"army")
        await settle(app, pilot)
        assert hits.option_count == 1
        screen.query_one("#what").value = "sentences"
        screen.query_one("#query", Input).value = "american"
        await settle(app, pilot)
        assert hits.option_count == 2
        assert "2 sentences found" in str(screen.query_one("#search-status").render())
        screen.query_one("#stance").value = "pro-us-primacy"  # sentences holding such a claim
        await settle(app, pilot)
        assert hits.option_count == 0
        screen.query_one("#query", Input).value = "bedrock"
        await settle(app, pilot)
        assert hits.option_count == 1
        hits.focus()
        hits.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.current_sentence_id() == "s0004"


async def test_palette_jumps_to_a_question_and_offers_export(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        from argmap.tui.commands import ArgmapCommands

        provider = ArgmapCommands(app.screen)
        names = [name for name, _, _ in provider._commands()]
        assert "Export markdown" in names
        assert any(n.startswith("Open source: European Defence") for n in names)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Question: US guar")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuestionMapScreen)
        assert app.screen.question == "us-guarantee"


async def test_enter_in_the_question_map_opens_a_claim_that_has_replies(
    small_project: Path,
) -> None:
    """Enter on a claim with a reply under it opened nothing: it folded the reply away,
    though the map says "enter or o opens a claim"; space folds, enter on a stance folds."""
    project = Project.open(small_project, annotator="tester")
    a, b = project.claims()
    project.relate(a.id, "attacks", b.id)
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionMapScreen)
        tree = screen.query_one(Tree)
        primacy = tree.root.children[2].children[0]  # b, attacked by a: has a child
        assert primacy.children and primacy.data == b.id
        tree.move_cursor(primacy)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.current_sentence_id() == b.sentence
        await pilot.press("t")
        await pilot.pause()
        here = tree.cursor_node
        assert here is not None and here.data == b.id
        assert here.is_expanded  # nothing folded on the way
        await pilot.press("space")
        await pilot.pause()
        assert not here.is_expanded
        stance = tree.root.children[1]
        tree.move_cursor(stance)
        await pilot.press("enter")
        await pilot.pause()
        assert not stance.is_expanded and app.screen is screen


async def test_suggesting_a_new_article_nobody_has_placed_asks_for_its_side(
    shipped: Path, tmp_path: Path
) -> None:
    """``S`` on an article the user just added (nothing annotated, no side said) says that
    ``A`` (which side it argues) turns its suggestions; after ``A`` it no longer asks."""
    page = tmp_path / "depots.txt"
    page.write_text(
        "The View from the Depots\n\nEurope cannot replace what America brings to its "
        "defence. Its depots hold a fraction of the munitions a long war needs, and its "
        "airlift is borrowed. Only the United States can guarantee the continent's security "
        "for the next decade.\n",
        encoding="utf-8",
    )
    project = Project.open(shipped, annotator="tester", strict=False)
    project.add_source(page, source_id="depots")
    app = ArgmapApp(project)
    asks = "A: say which side this source argues"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("depots")
        await pilot.pause()
        await pilot.press("S")
        await settle(app, pilot)
        assert app.screen.suggestions, "no suggestions for the new article"
        assert any(asks in n for n in notices(app))
        app.project.set_argued("depots", "pro-us-primacy")
        before = len(notices(app))
        await pilot.press("S")
        await settle(app, pilot)
        assert any("likely claims suggested" in n for n in notices(app)[before:])
        assert not any(asks in n for n in notices(app)[before:])


async def test_export_writes_the_file(small_project: Path, tmp_path: Path) -> None:
    app = make_app(small_project)
    target = tmp_path / "out.md"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.export("markdown")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        prompt.query_one(Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    assert "Europe must build its own army" in target.read_text(encoding="utf-8")


async def test_suggestions_are_shown_accepted_and_rejected(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    source = sorted(app.project.sources)[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader(source)
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("S")
        await settle(app, pilot)
        assert reader.suggestions, "no suggestions for unannotated sentences"
        await pilot.press("w")  # least sure sentence
        await pilot.pause()
        sug = reader.current_suggestion()
        assert sug is not None
        detail = str(reader.query_one("#reader-detail").render())
        assert "Suggestion:" in detail
        assert ("because: " in detail) == bool(sug["top_features"])
        # a suggestion with no reason (a dateline, say) shows none, not an empty "because:"
        reasons = sug["top_features"]
        sug["top_features"] = []
        reader._detail()
        detail = str(reader.query_one("#reader-detail").render())
        assert "because" not in detail and "y accepts · x rejects" in detail
        sug["top_features"] = reasons
        await pilot.press("x")
        await pilot.pause()
        assert reader.current_suggestion() is None
        assert reader.current_claim() is None  # rejecting writes nothing
        # accept another one
        await pilot.press("w")
        await pilot.pause()
        sug = reader.current_suggestion()
        assert sug is not None
        before = len(app.project.claims(source=source))
        await pilot.press("y")
        await pilot.pause()
        claim = reader.current_claim()
        assert claim is not None and claim.stance == sug["stance"]
        assert len(app.project.claims(source=source)) == before + 1
    assert any(c["id"] == claim.id for c in claims_on_disk(shipped))


async def test_a_rejected_suggestion_stays_rejected_after_a_restart_until_x_again(
    shipped: Path,
) -> None:
    source = sorted(Project.open(shipped).sources)[1]

    async def open_and_suggest(app: ArgmapApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
        await pilot.pause()
        app.open_reader(source)
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("S")
        await settle(app, pilot)
        assert reader.suggestions
        return reader

    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_and_suggest(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        sug = reader.current_suggestion()
        assert sug is not None
        sentence = reader.current_sentence_id()
        await pilot.press("x")
        await pilot.pause()
        assert reader.current_suggestion() is None
    # a restart: the sentence stays rejected, says so, and the model read the rejection
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_and_suggest(app, pilot)
        assert reader.suggestions[sentence]["stance"] != sug["stance"]  # ruled out there
        reader.view.move_to(sug["index"])
        await pilot.pause()
        assert reader.current_sentence_id() == sentence
        assert reader.current_suggestion() is None
        assert all(s["index"] != sug["index"] for s in reader._open_suggestions())
        detail = str(reader.query_one("#reader-detail").render())
        assert "You rejected the suggestion" in detail and "x takes it back" in detail
        await pilot.press("x")  # x again: taken back
        await pilot.pause()
        assert "You rejected" not in str(reader.query_one("#reader-detail").render())
        await pilot.press("S")
        await settle(app, pilot)
        again = reader.current_suggestion()
        assert again is not None and again["stance"] == sug["stance"]
        assert "y accepts · x rejects" in str(reader.query_one("#reader-detail").render())
    # the taking back is kept too
    assert Project.open(shipped, annotator="tester").rejected() == {}


async def test_stance_colours_follow_the_theme(small_project: Path) -> None:
    from argmap.tui.widgets import stance_style

    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        codebook = app.project.codebook
        dark = stance_style(codebook, "hedged")
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = stance_style(codebook, "hedged")
        assert isinstance(app.screen, MatrixScreen)
        assert dark != light
        # the matrix was redrawn with the new colours
        cell = app.screen.query_one(MatrixView).cells[0][0]
        assert str(cell.spans[0].style) == stance_style(codebook, "pro-autonomy")


async def test_stance_key_on_someone_elses_claim_starts_my_own(small_project: Path) -> None:
    app = make_app(small_project, annotator="bea")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0004")
        assert reader.current_claim().annotator == "tester"
        await pilot.press("1")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, QuestionPicker)  # preset with tester's questions
        assert list(picker.query_one(SelectionList).selected) == [
            "nato-replacement",
            "us-guarantee",
        ]
        await pilot.press("enter")
        await pilot.pause()
        assert reader.current_claim().annotator == "bea"
    by = {(c["annotator"], c["sentence"]): c["stance"] for c in claims_on_disk(small_project)}
    assert by[("tester", "s0004")] == "pro-us-primacy"
    assert by[("bea", "s0004")] == "pro-autonomy"


async def test_adjudication_opens_from_a_key(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        if not app.has_adjudication():
            pytest.skip("no adjudication screen in this build")
        from argmap.tui.adjudicate import AdjudicationScreen

        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, AdjudicationScreen)


async def test_question_key_on_new_sentence_asks_stance_then_questions(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0007")
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("2")  # stance picker: second stance
        await pilot.pause()
        assert isinstance(app.screen, QuestionPicker)
        await pilot.press("8", "enter")
        await pilot.pause()
        claim = reader.current_claim()
        assert claim is not None
        assert (claim.stance, claim.questions) == ("pro-us-primacy", ("ukraine",))


async def test_jump_to_a_deleted_claim_is_a_message_not_a_crash(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("article", claim="c0000000000")
        app.open_question("no-such-question")
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        assert any("unknown claim" in m for m in notices(app))
        assert any("unknown question" in m for m in notices(app))


async def test_clicking_a_sentence_moves_the_cursor(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0001")
        view = reader.view
        line = view._first[3]  # first line of s0004
        await pilot.click(SentenceView, offset=(12, line - view.scroll_offset.y))
        await pilot.pause()
        assert reader.current_sentence_id() == "s0004"


async def test_jump_to_the_second_claim_of_a_sentence_selects_it(small_project: Path) -> None:
    project = Project.open(small_project, annotator="bea")
    other = project.annotate("article", stance="hedged", questions=["ukraine"], sentence="s0004")
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.open_reader("article", claim=other.id)
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.current_claim().id == other.id
        await pilot.press("c")  # cycle to the other claim of the sentence
        assert reader.current_claim().annotator == "tester"
        await pilot.press("j", "k")
        assert reader.current_claim().annotator == "tester"  # mine first after a move


async def test_empty_project_opens_and_says_what_to_do(tmp_path: Path) -> None:
    Project.init(tmp_path / "empty")
    app = make_app(tmp_path / "empty")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # leave the guided start
        await pilot.pause()
        assert isinstance(app.screen, MatrixScreen)
        assert "argmap add" in str(app.screen.query_one("#matrix-detail").render())
        await pilot.press("r", "1", "right_square_bracket")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert "argmap add" in str(app.screen.query_one("#reader-title").render())
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuestionMapScreen)


async def test_reload_shows_edits_made_by_another_process(small_project: Path) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0007")
        assert reader.current_claim() is None
        other = Project.open(small_project, annotator="bea")
        other.annotate("article", stance="hedged", questions=["ukraine"], sentence="s0007")
        await pilot.press("ctrl+r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert reader.current_claim().annotator == "bea"


async def test_light_theme_keeps_claim_text_dark(small_project: Path) -> None:
    """A claim's text in the reader: its stance's codebook colour (pro-autonomy's green),
    dark on a light theme."""
    from rich.style import Style

    from argmap.tui.widgets import stance_style

    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0002")
        codebook = app.project.codebook
        dark = Style.parse(stance_style(codebook, "pro-autonomy")).color
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = Style.parse(stance_style(codebook, "pro-autonomy")).color
        assert light is not None and light != dark
        rgb = light.get_truecolor()
        assert max(rgb) < 140 and rgb.green > rgb.red  # dark, and still green


async def test_reader_jumps_to_the_next_and_previous_unannotated_sentence(
    small_project: Path,
) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = await open_reader(app, pilot, "s0001")
        marked = set(reader.view.annotated())
        open_ = [i for i in range(len(reader.view.sentences)) if i not in marked]
        assert len(open_) >= 2 and marked  # the fixture mixes both
        reader.view.move_to(open_[0])
        await pilot.press("greater_than_sign")
        assert reader.view.cursor == open_[1]  # annotated sentences in between are skipped
        await pilot.press("less_than_sign")
        assert reader.view.cursor == open_[0]
        reader.view.move_to(open_[-1])
        await pilot.press("greater_than_sign")
        assert reader.view.cursor == open_[-1]  # nothing further: stays, and says so
        assert any("no more unannotated" in n.message for n in app._notifications)


async def test_link_finder_says_no_matches(
    small_project: Path,
) -> None:
    app = make_app(small_project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_reader(app, pilot, "s0002")
        await pilot.press("s")
        await pilot.pause()
        finder = app.screen
        assert isinstance(finder, ClaimFinder)
        await pilot.press(*"zzqx")
        await pilot.pause()
        status = str(finder.query_one("#finder-status").render())
        assert "no matches" in status
        await pilot.press("enter")  # nothing to link: the finder stays open and says so
        await pilot.pause()
        assert app.screen is finder
        assert any("no matching claim" in n.message for n in app._notifications)


def test_link_finder_lists_the_current_source_first(shipped: Path) -> None:
    project = Project.open(shipped, annotator="tester", strict=False)
    claims = project.view_claims()
    here = sorted(project.sources)[-1]
    assert claims[0].source != here  # the corpus order would put it later
    finder = ClaimFinder(claims, project.codebook, project.sources, "link", near=here)
    sources = [c.source for c in finder.claims]
    mine = sources.count(here)
    assert mine and sources[:mine] == [here] * mine
    others = [c.id for c in claims if c.source != here]
    assert [c.id for c in finder.claims[mine:]] == others  # the rest keep their order


async def test_the_question_map_title_keeps_its_counts_line_at_80_columns(
    small_project: Path,
) -> None:
    """A question of three lines at 80 columns pushed "N claims from M of K sources · ★"
    out of the title (three lines at most): the question gives way."""
    from argmap.cli import main

    text = " ".join(["Should Europe build a defence able to act without the United States"] * 3)
    assert (
        main(
            [
                "codebook",
                "edit",
                "question",
                "nato-replacement",
                "--text",
                text,
                "-p",
                str(small_project),
            ]
        )
        == 0
    )
    app = make_app(small_project)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionMapScreen)
        region = screen.query_one("#map-title").region
        strips = app.screen._compositor.render_strips()
        shown = ["".join(s.text for s in strip) for strip in strips][region.y : region.bottom]
        assert any("claims from 1 of 1 sources" in line for line in shown), shown
        assert any("Should Europe build" in line for line in shown), shown
