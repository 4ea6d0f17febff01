"""The argument structure both ways: links into a claim in the reader; the question map."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Tree

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.question_map import QuestionMapScreen
from argmap.tui.reader import ReaderScreen


async def test_reader_shows_links_into_the_current_claim(small_project: Path) -> None:
    project = Project.open(small_project, annotator="tester")
    a, b = project.claims()  # s0002 ▲, s0004 ▼
    project.relate(a.id, "attacks", b.id)
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        detail = str(app.screen.query_one("#reader-detail").render())
        assert "attacked by ← ▲" in detail and "Europe must build" in detail
        app.open_reader("article", sentence="s0002")
        await pilot.pause()
        detail = str(app.screen.query_one("#reader-detail").render())
        assert "attacks → ▼" in detail


async def test_question_map_marks_main_theses_and_opens_on_the_claim(small_project: Path) -> None:
    project = Project.open(small_project, annotator="tester")
    _, b = project.claims()
    c = project.annotate(
        "article", stance="pro-us-primacy", questions=["nato-replacement"], sentence="s0005"
    )
    project.relate(c.id, "supports", b.id)  # b: supported, supports nothing -> main thesis
    long_quote = b.quote
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("article", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("t")  # the map of the current claim's question, on that claim
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionMapScreen)
        assert screen.question == "nato-replacement"
        tree = screen.query_one(Tree)
        assert tree.cursor_node is not None and tree.cursor_node.data == b.id
        assert str(tree.cursor_node.label).startswith("★ ")
        (child,) = tree.cursor_node.children
        assert "supported by ← ▼" in str(child.label)
        # the supporting claim is not repeated as a root of its stance
        roots = [n.data for g in tree.root.children for n in g.children if n.data]
        assert roots.count(c.id) == 0 and roots.count(b.id) == 1
        # the whole quote, wrapped, below the tree
        detail = " ".join(str(screen.query_one("#map-detail").render()).split())
        assert long_quote in detail


async def test_compare_screen_shows_sources_side_by_side(shipped: Path) -> None:
    from argmap.tui.compare_screen import CompareScreen, SourcePicker

    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        await pilot.press("enter")  # only the current source picked: not enough
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        assert any("at least two" in n.message for n in app._notifications)
        await pilot.press("down", "space", "enter")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert len(screen.sources) == 2
        title = str(screen.query_one("#compare-title").render())
        assert "distance 0." in title or "distance 1.00" in title
        assert "agree on" in title
        lines = ["".join(s.text for s in strip) for strip in screen._compositor.render_strips()]
        text = "\n".join(lines)
        assert "NATO" in text and "question" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


async def test_compare_picker_numbers_the_sources_and_says_what_is_ticked(
    tmp_path: Path,
) -> None:
    """ "1 2 enter" compared one source: the matrix's row was ticked unsaid, so 1 unticked it,
    and no row showed which digit toggles it. Rows are numbered; the title says it."""
    from argmap.tui.compare_screen import SourcePicker

    root = tmp_path / "proj"
    Project.init(root, name="phones")
    project = Project.open(root, annotator="tester")
    for name in ("Schools should ban phones", "Phones free playgrounds"):
        path = tmp_path / f"{len(name)}.md"
        path.write_text(f"# {name}\n\nPhones harm learning in class.\n", encoding="utf-8")
        project.add_source(path, force=True)
    app = ArgmapApp(Project.open(root, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        text = "\n".join(
            "".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()
        )
    assert "the matrix's row is ticked · space or 1-9 toggles" in text
    assert "[x] 1. Phones free playgrounds" in text  # no id stutter before the title
    assert "[ ] 2. Schools should ban phones" in text


async def test_compare_picker_names_sources_as_the_matrix_rows_do(tmp_path: Path) -> None:
    """debate23's picker cut ids at 12: "ledger-long-  The fee economy…", "marwick-reue":
    a dangling dash, and not what the matrix's rows say ("led The fee econom…")."""
    from argmap.tui.compare_screen import SourcePicker

    root = tmp_path / "proj"
    Project.init(root, name="caps")
    project = Project.open(root, annotator="tester")
    for sid, name in (("ledger-long-read-fees", "The fee economy"), ("marwick-wp", "Costs")):
        path = tmp_path / f"{sid}.md"
        path.write_text(f"# {name}\n\nA cap costs beds.\n", encoding="utf-8")
        project.add_source(path, source_id=sid)
    app = ArgmapApp(Project.open(root, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        text = "\n".join(
            "".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()
        )
    assert "1. led  The fee economy" in text
    assert "2. mar  Costs" in text


async def test_compare_picker_finds_a_source_typed_among_many(tmp_path: Path) -> None:
    """A thousand sources in the compare picker: to compare the first with the 734th the
    user paged through the list. Typing finds the first source whose id or title holds the
    text (digits too once a letter began it); space ticks it, backspace takes a key back."""
    from argmap.tui.compare_screen import CompareScreen, SourcePicker

    root = tmp_path / "proj"
    Project.init(root, name="many")
    project = Project.open(root, annotator="ana")
    for i in range(40):
        path = tmp_path / f"a{i}.md"
        path.write_text(f"# Article {i} on defence\n\nWe must act now.\n", encoding="utf-8")
        project.add_source(path, source_id=f"s{i:05d}")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        await pilot.press(*"s00037")
        await pilot.pause()
        help_line = str(app.screen.query_one("#compare-help").render())
        assert help_line == "find: s00037 · s00037 (space ticks it)"
        # on screen (the list ran past the dialog's foot at 80x24, the source under it)
        lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
        assert any("s00037  Article 37 on defence" in line for line in lines), lines
        assert sum("[ ]" in line or "[x]" in line for line in lines) >= 8  # rows to see
        await pilot.press("backspace", "backspace", *"29")
        await pilot.pause()
        await pilot.press("space", "enter")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.sources == ["s00000", "s00029"]


async def test_compare_picker_finds_the_source_whose_row_label_was_typed(tmp_path: Path) -> None:
    """debate38 at 200 columns: the matrix labels The Terrace Voice's row "ter"; typing
    "ter" in the compare picker went to the AGM's minutes, whose id (…supporters-trust…)
    holds "ter" and sorts first. An id beginning with what is typed comes first."""
    from argmap.tui.compare_screen import SourcePicker

    root = tmp_path / "proj"
    Project.init(root, name="fans")
    project = Project.open(root, annotator="ana")
    for sid, title in [
        ("minutes-agm-kirkeby-supporters-trust", "Minutes of the AGM"),
        ("terrace-voice-88", "The Terrace Voice #88"),
        ("board-statement", "Statement from the Board"),
    ]:
        path = tmp_path / f"{sid}.md"
        path.write_text(f"# {title}\n\nWe must act now.\n", encoding="utf-8")
        project.add_source(path, source_id=sid)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        assert isinstance(app.screen, SourcePicker)
        await pilot.press(*"ter")
        await pilot.pause()
        help_line = str(app.screen.query_one("#compare-help").render())
        assert help_line == "find: ter · terrace-voice-88 (space ticks it)"
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.press(*"stat")  # a title word's start before "…statement" inside an id
        await pilot.pause()
        help_line = str(app.screen.query_one("#compare-help").render())
        assert help_line == "find: stat · board-statement (space ticks it)"
