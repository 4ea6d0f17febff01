"""Quotes of a Markdown source read as plain text in the TUI's lists, as in the HTML report:
"**DANA WHITFIELD:** Because…" shows "DANA WHITFIELD: Because…" (the claim keeps the file's
characters)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Tree

from argmap.project import Project, quote_as_read
from argmap.tui.app import ArgmapApp
from argmap.tui.question_map import QuestionMapScreen
from argmap.tui.reader import ReaderScreen

TRANSCRIPT = (
    "# Alderport Today\n\n"
    "**DANA WHITFIELD:** Because people are being forced out of the city they work in.\n\n"
    "**TOM HALE:** A freeze will only *shrink* the number of flats to rent.\n"
)


def _project(tmp_path: Path) -> tuple[Path, str, str]:
    root = tmp_path / "proj"
    Project.init(root, name="rent caps")
    source = tmp_path / "radio.md"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    project = Project.open(root, annotator="tester")
    project.add_source(source, source_id="radio")
    pro = project.annotate(
        "radio", sentence="s0002", stance="pro-autonomy", questions=["nato-replacement"]
    )
    anti = project.annotate(
        "radio", sentence="s0003", stance="pro-us-primacy", questions=["nato-replacement"]
    )
    project.relate(anti.id, "attacks", pro.id)
    return root, pro.id, anti.id


def test_quote_as_read_is_plain_for_markdown_sources_only(tmp_path: Path) -> None:
    root, pro, _ = _project(tmp_path)
    project = Project.open(root)
    claim = project.claim(pro)
    assert claim.quote.startswith("**DANA WHITFIELD:** Because")  # anchoring keeps the file
    assert quote_as_read(claim, project.sources).startswith("DANA WHITFIELD: Because")


async def test_tui_lists_quote_markdown_sources_without_markup(tmp_path: Path) -> None:
    root, pro, anti = _project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="tester", strict=False))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        # the matrix's cell detail lists the cell's claims
        detail = str(app.screen.query_one("#matrix-detail").render())
        assert "DANA WHITFIELD: Because people" in detail or "TOM HALE: A freeze" in detail
        assert "**" not in detail
        # the question map: a tree of quotes
        app.open_question("nato-replacement", pro)
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionMapScreen)
        labels: list[str] = []
        stack = [screen.query_one(Tree).root]
        while stack:
            node = stack.pop()
            labels.append(str(node.label))
            stack.extend(node.children)
        shown = "\n".join(labels)
        assert "DANA WHITFIELD: Because people" in shown
        assert "TOM HALE: A freeze will only shrink" in shown
        assert "**" not in shown
        # the reader's claim detail names the claim it attacks by its quote
        app.open_reader("radio", claim=anti)
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        detail = str(reader.query_one("#reader-detail").render())
        assert "attacks → ▲ “DANA WHITFIELD: Because people" in detail
        assert "**" not in detail


async def test_search_quotes_an_obsidian_link_as_its_words(tmp_path: Path) -> None:
    """debate30's Obsidian note: the sentence read "No demolition at Hesketh Green." but the
    search's claim hit quoted "No demolition at [[Hesketh Green]]." (the quote's syntax)."""
    from textual.widgets import OptionList

    from argmap.tui.search import SearchScreen

    from .test_reader_find import _settle

    root = tmp_path / "proj"
    Project.init(root, name="runways")
    note = tmp_path / "where-ive-landed.md"
    note.write_text(
        "# Where I've landed\n\nNo demolition at [[Hesketh Green]].\n\n"
        "The [[Oldbridge Rail Link feasibility|rail study]] changed my mind.\n",
        encoding="utf-8",
    )
    project = Project.open(root, annotator="tester")
    project.add_source(note, source_id="note")
    project.annotate("note", sentence="s0002", stance="pro-autonomy", questions=["ukraine"])
    project.annotate("note", sentence="s0003", stance="pro-autonomy", questions=["ukraine"])
    app = ArgmapApp(Project.open(root, annotator="tester", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await _settle(app, pilot)
        search = app.screen
        assert isinstance(search, SearchScreen)
        hits = search.query_one("#hits", OptionList)
        shown = " ".join(
            " ".join(str(hits.get_option_at_index(i).prompt).split())
            for i in range(hits.option_count)
        )
    assert "No demolition at Hesketh Green." in shown, shown
    assert "The rail study changed my mind." in shown, shown
    assert "[[" not in shown, shown
