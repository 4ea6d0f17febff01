"""The Line-API matrix: dense at 80x24, labelled rows and columns, scroll hint, detail panel."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.matrix import MatrixScreen
from argmap.tui.matrix_view import MatrixView, unique_prefixes


def lines(app: ArgmapApp) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def test_row_ids_are_the_shortest_unique_prefixes() -> None:
    ids = ["000_336ff59", "001_51f12bf", "002_8da21d4", "article"]
    assert unique_prefixes(ids) == {
        "000_336ff59": "000",
        "001_51f12bf": "001",
        "002_8da21d4": "002",
        "article": "article",
    }
    assert unique_prefixes(["abc_1234567", "abc_1239999"]) == {
        "abc_1234567": "abc_1234",
        "abc_1239999": "abc_1239",
    }
    # a short number is not cut (debate27 read "scc-fl-01" for scc-fl-014)
    responses = ["scc-fl-014", "scc-fl-022", "scc-fl-031", "scc-fl-037", "scc-minutes-2026"]
    assert unique_prefixes(responses) == {
        "scc-fl-014": "scc-fl-014",
        "scc-fl-022": "scc-fl-022",
        "scc-fl-031": "scc-fl-031",
        "scc-fl-037": "scc-fl-037",
        "scc-minutes-2026": "scc-m",
    }


async def test_80x24_shows_every_source_row_and_every_question(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MatrixScreen)
        view = screen.query_one(MatrixView)
        shown = lines(app)
        prefixes = unique_prefixes(sorted(app.project.sources))
        for sid, doc in app.project.sources.items():
            row = next((line for line in shown if line.startswith(prefixes[sid] + " ")), None)
            assert row is not None, f"row of {sid} not on screen"
            assert doc.title[:8] in row
        assert len(view.visible_columns) == len(app.project.codebook.questions)
        assert view.is_compact  # the full counts would not fit: dominant stance only
        # the detail panel uses the free space: the full question text on focus
        await pilot.press("right", "right", "right")
        await pilot.pause()
        q = app.project.codebook.questions[3]
        detail = str(screen.query_one("#matrix-detail").render())
        assert q.label in detail and q.text[:40] in " ".join(detail.split())
        assert screen.query_one("#matrix-detail").size.height >= 8


async def test_columns_that_do_not_fit_scroll_with_a_visible_hint(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=(50, 24)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(MatrixView)
        n = len(app.project.codebook.questions)
        assert len(view.visible_columns) < n
        header = lines(app)[1:3]
        assert any(f"of {n} →" in line for line in header)
        assert header[0].rstrip().endswith("›")
        for _ in range(n):
            await pilot.press("right")
        await pilot.pause()
        assert view.cursor[1] == n - 1 and n - 1 in view.visible_columns
        header = lines(app)[1:3]
        assert any("←" in line for line in header)
        last = app.project.codebook.questions[-1]
        assert last.label in str(app.screen.query_one("#matrix-detail").render())


async def test_pagedown_and_end_move_through_many_rows(tmp_path: Path, shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(MatrixView)
        await pilot.press("end")
        assert view.cursor[0] == view.row_count - 1
        await pilot.press("home", "pagedown")
        assert view.cursor[0] > 0
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not None


async def test_a_cell_lists_a_scales_stances_in_the_scales_order(small_project: Path) -> None:
    """A wide cell listed its dominant stance first, then the codebook's order: "▼2 ▲1 ◆1"
    put the middle of a for/against scale at its end and the spread out of order. On a
    scale the stances stand in its order (▲ for, ◆ neither, ▼ against), the dominant bold;
    the detail line too."""
    project = Project.open(small_project, annotator="tester")
    for sentence, stance in (("s0005", "hedged"), ("s0006", "pro-us-primacy")):
        project.annotate(
            "article", stance=stance, questions=["nato-replacement"], sentence=sentence
        )
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(MatrixView)
        column = app.project.codebook.question_ids.index("nato-replacement")
        cell = view.cells[0][column]
        assert cell.plain == "▲1 ◆1 ▼2 ±"  # ± mixed: for and against
        bold = [cell.plain[s.start : s.end] for s in cell.spans if "bold" in str(s.style)]
        assert bold == ["▼2", " ±"]  # the dominant one, and the mixed mark
        view.move_to(0, column)
        await pilot.pause()
        assert "▲1  ◆1  ▼2" in str(app.screen.query_one("#matrix-detail").render())


async def test_a_cells_claim_list_keeps_each_head_on_a_line_and_wraps_quotes_indented(
    small_project: Path,
) -> None:
    """At 80 columns a claim on three questions wrapped its head ("· nato-replacement," /
    "ukraine" at the list's edge) and a long quote ran back to the edge under its first
    line; now the head is cut to its line and the quote wraps under itself."""
    from textual.widgets import OptionList

    from argmap.tui.matrix import ClaimListScreen

    project = Project.open(small_project, annotator="tester")
    doc = project.sources["article"]
    first, last = doc.sentences[4], doc.sentences[6]  # s0005-s0007: a long quote
    project.annotate(
        "article",
        stance="hedged",
        questions=["nato-replacement", "us-guarantee", "ukraine"],
        span=(first.start, last.end),
    )
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MatrixScreen)
        view = screen.query_one(MatrixView)
        view.move_to(0, app.project.codebook.question_ids.index("nato-replacement"))
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ClaimListScreen)
        hits = app.screen.query_one(OptionList)
        shown = lines(app)[hits.region.y + 1 : hits.region.bottom - 1]
        inner = [line[2:] for line in shown if line[2:].strip()]
    heads = [line for line in inner if line[0] in "▲▼◆!"]
    assert len(heads) == 3, inner
    assert any("us-guarantee" in h for h in heads)
    quote = [line for line in inner if line[0] not in "▲▼◆!"]
    assert len(quote) > len(heads), inner  # the long quote wrapped
    assert all(line.startswith(("  “", "   ")) for line in quote), inner
