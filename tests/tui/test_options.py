"""A debate whose five stances are options (bench/debate27): every stance has a key, links
find the annotator's own claims, the colours stay apart, the legend keeps each stance whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import ClaimFinder, QuestionPicker
from argmap.tui.help import sections
from argmap.tui.reader import ReaderScreen

DEBATE27 = Path(__file__).parents[2] / "bench" / "debate27"
SOURCE = "dont-gamble-the-crews-jobs-on-a-co-op"


@pytest.fixture
def options(tmp_path: Path) -> Path:
    """debate27 (24 sources, five option stances, gold's claims, every source done by gold),
    less gold's claims on SOURCE: a source for a second annotator to read from scratch."""
    root = tmp_path / "ferry"
    root.mkdir()
    shutil.copy(DEBATE27 / "argmap.json", root)
    for part in ("seeds", "annotations"):
        shutil.copytree(DEBATE27 / part, root / part)
    (root / "annotations" / f"{SOURCE}.jsonl").unlink()
    return root


async def _reader(app: ArgmapApp, pilot, sentence: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await pilot.pause()
    app.open_reader(SOURCE, sentence=sentence)
    await pilot.pause()
    await pilot.pause()
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


async def test_the_fifth_stance_has_a_key(options: Path) -> None:
    """Keys 1-4 only: the cooperative (●, 5th) could be set only through q's picker."""
    project = Project.open(options, annotator="ana", strict=False)
    fifth = project.codebook.stances[4]
    app = ArgmapApp(project)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader(app, pilot, "s0003")
        detail = str(reader.query_one("#reader-detail").render())
        assert f"5 {fifth.symbol}" in detail  # "Press 1 ■  2 ◆  3 ▼  4 ▲  5 ● to annotate"
        await pilot.press("5")
        await pilot.pause()
        assert isinstance(app.screen, QuestionPicker)
        assert fifth.label in app.screen.title_text
        await pilot.press("6", "enter")  # Local control
        await pilot.pause()
        mine = [c for c in project.claims(annotator="ana") if c.source == SOURCE]
        assert [(c.sentence, c.stance, c.questions) for c in mine] == [
            ("s0003", fifth.id, ("local-control",))
        ]
        # the next claim's picker comes ticked as this one: it says so (typing "1 3" there
        # gave Cost, Reliability and, unnoticed, Local control)
        await pilot.press("j", "1")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, QuestionPicker)
        assert picker.selected == ["local-control"]
        assert "ticked: as your last claim" in str(picker.query_one(".dialog-help").render())


def test_help_names_every_stance_key() -> None:
    """The help's stance line read "1 2 3 4 · stance ■ ◆ ▼ ▲" with five stances."""
    project = Project.open(DEBATE27, annotator="ana", strict=False)
    entries = [e for s in sections(project.codebook) for e in s.entries]
    keys, what = next(e for e in entries if e[1].startswith("stance "))
    assert keys == "1 2 3 4 5"
    assert all(s.symbol in what for s in project.codebook.stances)
    # the matrix's example marks are this codebook's ("▲3 ▼1" were the shipped corpus's)
    assert ("■3 ◆1", "claims of each stance") in entries


async def test_a_second_reader_links_their_own_claims(options: Path) -> None:
    """Gold marked every source done, so the consensus view left out ana's claims on
    SOURCE: `s` listed 200 other claims and none of hers ("hire and pay": no matches)."""
    project = Project.open(options, annotator="ana", strict=False)
    state = project.codebook.stances[0].id
    claim = project.annotate(SOURCE, stance=state, questions=["cost-who-pays"], sentence="s0004")
    project.annotate(SOURCE, stance=state, questions=["cost-who-pays"], sentence="s0006")
    project.annotate(SOURCE, stance=state, questions=["cost-who-pays"], sentence="s0005")
    app = ArgmapApp(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await _reader(app, pilot, "s0005")
        await pilot.press("s")
        await pilot.pause()
        finder = app.screen
        assert isinstance(finder, ClaimFinder)
        # her own claims next to it come first, the nearest (s0004, just before) on top
        assert [(c.source, c.sentence) for c in finder.claims[:2]] == [
            (SOURCE, "s0004"),
            (SOURCE, "s0006"),
        ]
        await pilot.press(*"hire and pay")
        await pilot.pause()
        assert "1 matching claim" in str(finder.query_one("#finder-status").render())
        await pilot.press("enter")
        await pilot.pause()
    evidence = next(c for c in project.claims(annotator="ana") if c.sentence == "s0005")
    assert [(r.type, r.target) for r in evidence.relations] == [("supports", claim.id)]


def _screen_lines(app: ArgmapApp) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


async def test_five_stance_colours_stay_apart_and_legend_keeps_each_stance_whole(
    options: Path,
) -> None:
    """debate27's own colours, made legible on the dark theme, came out as #d7ffd7 for both
    ■ and ● (its two greens) and near-white pinks for ▼ and ▲; at 80 columns its legend broke
    "▼ Users pay: higher fares, …" and "● The islanders' …" over two lines."""
    from rich.color import ColorSystem
    from rich.style import Style

    from argmap.tui import contrast
    from argmap.tui.widgets import stance_style

    project = Project.open(options, annotator="ana", strict=False)
    codebook = project.codebook
    app = ArgmapApp(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        shown = []
        for s in codebook.stances:
            colour = Style.parse(stance_style(codebook, s.id)).color
            assert colour is not None
            rgb = colour.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
            shown.append((rgb.red, rgb.green, rgb.blue))
        apart = min(contrast.difference(a, b) for i, a in enumerate(shown) for b in shown[i + 1 :])
        assert apart >= contrast.APART, [contrast.hex6(c) for c in shown]
        region = app.screen.query_one("#legend").region
        lines = _screen_lines(app)[region.y : region.bottom]
    for s in codebook.stances:
        assert any(f"{s.symbol} {s.label}" in line for line in lines), lines


async def test_compare_on_options_counts_differences_not_a_distance(options: Path) -> None:
    """Four sources on four different options read "distance 0.00 (0 alike … 1 opposite) ·
    0 clashes": the distance is measured on the stances' scale, and these have none."""
    from argmap.tui.compare_screen import CompareScreen

    project = Project.open(options, annotator="ana", strict=False)
    picked = [
        "a-cooperative-can-sail-the-sound",
        "five-myths-about-the-tunnel",
        "i-would-rather-pay-a-fair-fare",
        "make-the-summer-visitors-pay-their-share",
    ]
    app = ArgmapApp(project)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(CompareScreen(picked))
        await pilot.pause()
        await pilot.pause()
        title = str(app.screen.query_one("#compare-title").render())
        assert "distance 0" not in title and "clash" not in title, title
        assert "differ on 6" in title  # all but Environment, where only the tunnel speaks
        assert "options, not sides" in title
        lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
    # the question column's mark (at 80 columns "≠" and "differ" on two lines)
    assert any("│≠" in line for line in lines) and any("│differ" in line for line in lines)


async def test_two_stances_on_a_sentence_stand_apart_from_its_id(options: Path) -> None:
    """A sentence two readers read differently read "■●s0004>", both symbols in the first's
    colour."""
    from rich.style import Style

    from argmap.tui.widgets import stance_style

    gold = Project.open(options, annotator="gold", strict=False)
    state, coop = gold.codebook.stances[0], gold.codebook.stances[4]
    gold.annotate(SOURCE, stance=state.id, questions=["cost-who-pays"], sentence="s0004")
    project = Project.open(options, annotator="ana", strict=False)
    project.annotate(SOURCE, stance=coop.id, questions=["cost-who-pays"], sentence="s0004")
    app = ArgmapApp(project)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader(app, pilot, "s0004")
        view = reader.view
        strip = view._render(view._first[3], True, view.size.width)
        text = "".join(s.text for s in strip)
        assert set(text[:2]) == {state.symbol, coop.symbol} and text[2:9] == " s0004>", text
        coloured = {s.text: s.style.color for s in strip if s.text in (state.symbol, coop.symbol)}
        for stance in (state, coop):
            assert (
                coloured[stance.symbol]
                == Style.parse(stance_style(project.codebook, stance.id)).color
            )
        # a sentence of one stance lines its id up with them
        text = "".join(s.text for s in view._render(view._first[4], False, view.size.width))
        assert text.startswith("   s0005 "), text


async def test_wide_matrix_shows_every_question_label_whole(options: Path) -> None:
    """At 200 columns the headers read "Residents / and visito…" and "The / island's f…"
    with 80 columns unused; a label filling its column ran into the next one."""
    project = Project.open(options, annotator="ana", strict=False)
    app = ArgmapApp(project)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.pause()
        head = _screen_lines(app)[1:3]
    assert "…" not in head[0] + head[1], head
    for q in project.codebook.questions:
        first = head[0].find(q.label.split()[0] + " ")
        if q.label in head[0]:
            assert head[0][first + len(q.label) : first + len(q.label) + 2] == "  ", head
        else:  # on two lines, the second under the first
            rest = head[1][first:].split("  ")[0]
            assert " ".join((head[0][first:].split("  ")[0], rest)) == q.label, head


async def test_a_suggestion_mark_stands_apart_from_the_id(options: Path) -> None:
    """S's marks read "●?s0004": the "?" ran into the sentence id."""
    project = Project.open(options, annotator="ana", strict=False)
    app = ArgmapApp(project)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _reader(app, pilot, "s0001")
        view = reader.view
        view.set_hints({3: ("●?", "? Local control")})
        await pilot.pause()
        text = "".join(s.text for s in view._render(view._first[3], False, view.size.width))
        assert text.startswith("●? s0004 "), text
        view.set_hints({})  # the marks gone, the gutter as narrow as before
        await pilot.pause()
        text = "".join(s.text for s in view._render(view._first[3], False, view.size.width))
        assert text.startswith("  s0004 "), text


async def test_question_map_quotes_end_on_screen_at_80_columns(options: Path) -> None:
    """Three levels deep the quote had 12 cells whatever the room, and the screen's edge
    cut it ("… s0017 [evidence]: “I ran a sma"): the title gives way instead."""
    from argmap.tui.question_map import QuestionMapScreen

    app = ArgmapApp(Project.open(options, annotator="ana", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuestionMapScreen)
        lines = _screen_lines(app)
    quoted = [line.rstrip(" ▁▂▃▄▅▆▇█") for line in lines if "“" in line]
    assert len(quoted) > 10
    for line in quoted:
        assert line.endswith("”"), line


async def test_narrow_matrix_headers_do_not_run_together(options: Path) -> None:
    """At 80 columns "Local control" went over two 7-cell lines and its "control", filling
    the column, read on with the next label: "control from e…"."""
    app = ArgmapApp(Project.open(options, annotator="ana", strict=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        head = _screen_lines(app)[1:3]
    assert "control from" not in head[1], head
    assert "contro…" in head[1], head
