"""A new debate started in the TUI: `argmap init` (the blank codebook: for, against, hedged and
no questions), a page added, then the app. What a first-time user trips on before the first
claim, and the colours every codebook's stances are drawn in."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap import codebook as cbk
from argmap.project import Project
from argmap.tui.app import ArgmapApp

from .conftest import ARTICLE, claims_on_disk, notices


def _new_debate(tmp_path: Path, questions: int = 0) -> Path:
    root = tmp_path / "new"
    book = cbk.blank_codebook()
    for i in range(questions):
        book = cbk.add_question(book, f"q{i + 1}", label=f"Question {i + 1}", text="Why?")
    Project.init(root, name="new debate", codebook=book)
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    Project.open(root, annotator="ana").add_source(page, source_id="page")
    return root


async def test_enter_on_a_matrix_without_questions_says_what_to_do(tmp_path: Path) -> None:
    """The footer reads "⏎ Claims"; with no question there is no cell, and enter did nothing."""
    app = ArgmapApp(Project.open(_new_debate(tmp_path), annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
    assert any("no questions yet" in n and "K" in n for n in notices(app)), notices(app)


async def test_a_one_question_codebook_ticks_its_question(tmp_path: Path) -> None:
    """The first claim of a debate with one question: `1` then enter said "pick at least one
    question" (nothing ticked) and needed space first."""
    root = _new_debate(tmp_path, questions=1)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("page", sentence="s0002")
        await pilot.pause()
        await pilot.press("1")
        await pilot.pause()
        assert "the codebook's only question" in str(app.screen.query_one(".dialog-help").render())
        await pilot.press("enter")
        await pilot.pause()
    assert [(c["sentence"], c["stance"], c["questions"]) for c in claims_on_disk(root)] == [
        ("s0002", "for", ["q1"])
    ]


async def test_the_codebook_screen_counts_one_question_in_the_singular(tmp_path: Path) -> None:
    from argmap.tui.codebook_screen import CodebookScreen

    app = ArgmapApp(Project.open(_new_debate(tmp_path, questions=1), annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("K")
        await pilot.pause()
        assert isinstance(app.screen, CodebookScreen)
        text = str(app.screen.query_one("#codebook-help").render())
    assert "3 stances, 1 question." in text, text


def _drawn(app: ArgmapApp, stance: str) -> tuple[int, int, int]:
    from rich.color import ColorSystem
    from rich.style import Style

    from argmap.tui.widgets import stance_style

    colour = Style.parse(stance_style(app.project.codebook, stance)).color
    assert colour is not None
    rgb = colour.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return (rgb.red, rgb.green, rgb.blue)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_a_stance_is_drawn_in_its_codebook_colour_whatever_its_id(
    tmp_path: Path, theme: str
) -> None:
    """The blank codebook's "hedged" (#f0e442, yellow) was drawn in the theme's warning
    colour, as the shipped codebook's three ids were (success, error, warning: its
    pro-US-primacy red where the HTML report draws it reddish purple), and renamed it took
    the codebook's: one stance, two colours. In textual-light every own colour was black."""
    from argmap.cli import main
    from argmap.export.colours import difference
    from argmap.tui import contrast

    root = _new_debate(tmp_path)
    drawn: dict[str, dict[str, tuple[int, int, int]]] = {}
    for name in ("hedged", "middle"):
        if name == "middle":
            assert (
                main(["codebook", "rename", "stance", "hedged", "middle", "--project", str(root)])
                == 0
            )
        app = ArgmapApp(Project.open(root, annotator="ana"))
        async with app.run_test(size=(80, 24)) as pilot:
            app.theme = theme
            await pilot.pause()
            await pilot.pause()
            drawn[name] = {s.id: _drawn(app, s.id) for s in app.project.codebook.stances}
    assert drawn["hedged"]["hedged"] == drawn["middle"]["middle"]
    (fr, fg, fb), (ar, ag, ab), _ = drawn["hedged"].values()
    assert fg > fr and fg >= fb  # for: #009e73, a bluish green, stays green
    assert ar > ag and ab > ag  # against: #cc79a7, a reddish purple, stays purple (not red)
    hexes = [contrast.hex6(c) for c in drawn["hedged"].values()]
    assert min(difference(a, b) for i, a in enumerate(hexes) for b in hexes[i + 1 :]) >= 10


async def test_the_question_map_without_questions_says_what_to_do(tmp_path: Path) -> None:
    """t (the question map) on a new debate did nothing and said nothing."""
    app = ArgmapApp(Project.open(_new_debate(tmp_path), annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
    assert any("question map" in n and "K adds one" in n for n in notices(app)), notices(app)


@pytest.mark.parametrize(
    ("theme", "colours"),
    [
        # debate28's green, blue and red: on a light theme the green drew dark green and the
        # red dark red, 2.1 apart to a deuteranope (its amber draws black there: no legible
        # yellow exists on a light theme's highlights)
        ("textual-light", ["#3fa34d", "#4a7fd4", "#d9534f"]),
        # Okabe-Ito sky blue, orange, bluish green: the sky blue drew white on a dark theme
        ("textual-dark", ["#56b4e9", "#e69f00", "#009e73"]),
    ],
)
async def test_stance_colours_stay_apart_for_colour_blind_readers_and_keep_a_hue(
    tmp_path: Path, theme: str, colours: list[str]
) -> None:
    from argmap.cli import main
    from argmap.export.colours import VISIONS, difference
    from argmap.tui import contrast

    root = _new_debate(tmp_path)
    for i, colour in enumerate(colours):
        stance = ("for", "against", "hedged")[i] if i < 3 else f"extra{i}"
        if i >= 3:
            add = ["codebook", "add-stance", stance, "--label", f"Extra {i}", "--color", colour]
            assert main([*add, "--project", str(root)]) == 0
        else:
            edit = ["codebook", "edit", "stance", stance, "--color", colour]
            assert main([*edit, "--project", str(root)]) == 0
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await pilot.pause()
        await pilot.pause()
        drawn = [contrast.hex6(_drawn(app, s.id)) for s in app.project.codebook.stances]
    assert len(drawn) == len(colours)
    for hexa in drawn:  # every coloured stance keeps a colour: none drawn white, grey or black
        assert contrast._chroma(contrast.parse_hex(hexa)) >= 12, drawn
    least = min(
        difference(a, b, vision)
        for i, a in enumerate(drawn)
        for b in drawn[:i]
        for vision in VISIONS
    )
    assert least >= 9.5, drawn
