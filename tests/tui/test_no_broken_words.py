"""No word broken across lines at 80x24: adjudication cards, the write dialog, the search
dropdowns and filters. Checked on the rendered screen text."""

from __future__ import annotations

import re
from pathlib import Path

from argmap.project import Project
from argmap.tui.adjudicate import AdjudicationScreen, ReferenceEditor
from argmap.tui.app import ArgmapApp
from argmap.tui.search import SearchScreen

SIZE = (80, 24)
TEXT = (
    "Europe must build its own army because the pro-autonomy camp believes Washington "
    "will not always defend it. The US guarantee is fading while the administration turns "
    "towards the Indo-Pacific and domestic politics. NATO should remain the framework for "
    "European security and interoperability with American forces. Buying jets is wise.\n"
)
PA, PUS, H = "pro-autonomy", "pro-us-primacy", "hedged"


def screen_lines(app: ArgmapApp) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def region_lines(app: ArgmapApp, selector: str) -> list[str]:
    """The screen text inside the widget(s) matching ``selector`` (overlays included)."""
    lines = screen_lines(app)
    out = []
    for widget in app.screen.query(selector):
        r = widget.region
        out += [line[r.x : r.x + r.width] for line in lines[r.y : r.y + r.height]]
    return out


def broken_words(lines: list[str], vocabulary: set[str]) -> list[str]:
    """Pieces of a long vocabulary word that show on screen without the rest of it."""
    long_words = {w for w in vocabulary if len(w) >= 8}
    found = []
    for line in lines:
        for token in re.split(r"[\s│▊▎█▐▌╭╮╰╯─▔▁▄▀“”\"(),.:;·]+", line):
            if len(token) < 3 or token.endswith("…") or token in vocabulary:
                continue
            if any(w != token and (w.startswith(token) or w.endswith(token)) for w in long_words):
                found.append(token)
    return found


def vocabulary(project: Project) -> set[str]:
    texts = [TEXT]
    cb = project.codebook
    texts += [f"{s.label} {s.id}" for s in cb.stances]
    texts += [f"{q.label} {q.id} {q.text}" for q in cb.questions]
    texts += [d.title for d in project.sources.values()]
    return {w for t in texts for w in re.split(r"[\s“”\"(),.:;?·]+", t) if w}


def test_the_check_finds_a_broken_word() -> None:
    words = {"pro-autonomy", "replacement"}
    assert broken_words(["│ pro-autono │", "│ my        │"], words) == ["pro-autono"]
    assert broken_words(["│ NATO replac│", "│ ement     │"], words) == ["replac", "ement"]
    assert broken_words(["▲ pro-autonomy · NATO replacement"], words) == []


def project_with_disagreements(tmp_path: Path) -> Path:
    Project.init(tmp_path / "proj")
    (tmp_path / "alpha.txt").write_text(TEXT, encoding="utf-8")
    Project.open(tmp_path / "proj").add_source(tmp_path / "alpha.txt", source_id="alpha")
    alice = Project.open(tmp_path / "proj", annotator="alice")
    alice.annotate(
        "alpha",
        sentence="s0001",
        stance=PA,
        questions=["nato-replacement", "defence-industry", "transatlantic-partnership"],
        note="pro-autonomy voice of the government",
    )
    alice.annotate("alpha", sentence="s0002", stance=PA, questions=["us-guarantee"])
    bob = Project.open(tmp_path / "proj", annotator="bob")
    bob.annotate("alpha", sentence="s0001", stance=PUS, questions=["nato-replacement"])
    bob.annotate("alpha", sentence="s0002", stance=H, questions=["us-guarantee"])
    carol = Project.open(tmp_path / "proj", annotator="carol")
    carol.annotate("alpha", sentence="s0001", stance=H, questions=["capability-gap"])
    for who in (alice, bob, carol):
        who.mark_done("alpha")
    return tmp_path / "proj"


async def test_adjudication_cards_and_write_dialog_keep_words_whole(tmp_path: Path) -> None:
    root = project_with_disagreements(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="judge", strict=False))
    words = vocabulary(app.project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, AdjudicationScreen)
        lines = screen_lines(app)
        text = "\n".join(lines)
        assert broken_words(lines, words) == [], text
        # the three readings and the reference, each whole
        for expected in ("1  alice", "2  bob", "3  carol", "▲ pro-autonomy", "▼ pro-US-primacy"):
            assert expected in text, expected
        await pilot.press("w")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReferenceEditor)
        lines = screen_lines(app)
        text = "\n".join(lines)
        assert broken_words(lines, words) == [], text
        assert "pro-autonomy camp believes Washington" in text  # the sentence, wrapped whole
        # every field is on screen at 80x24: stance, kind, note, the questions, save
        for expected in ("▲ pro-autonomy", "claim", "pro-autonomy voice", "[x] NATO", "Save"):
            assert expected in text, expected


async def test_search_dropdowns_and_filters_keep_words_whole(shipped: Path) -> None:
    app = ArgmapApp(Project.open(shipped, annotator="tester", strict=False))
    words = vocabulary(app.project)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("tab", "tab", "enter")  # the stance filter's dropdown
        await pilot.pause()
        lines = region_lines(app, "SelectOverlay")
        assert broken_words(lines, words) == [], "\n".join(lines)
        assert any("▲ pro-autonomy" in line for line in lines)
        assert any("▼ pro-US-primacy" in line for line in lines)
        await pilot.press("down", "enter")  # choose ▼ pro-US-primacy
        await pilot.pause()
        lines = region_lines(app, "#filters")
        assert broken_words(lines, words) == [], "\n".join(lines)
        await pilot.press("tab", "tab", "enter")  # the source filter's dropdown
        await pilot.pause()
        lines = region_lines(app, "SelectOverlay")
        assert broken_words(lines, words) == [], "\n".join(lines)
        first = sorted(app.project.sources.values(), key=lambda d: d.id)[0].title
        assert any(first[:30] in line for line in lines), "source titles are cut off-screen"
        await pilot.press("enter")  # choose it: the box shows it on one line
        await pilot.pause()
        lines = region_lines(app, "#filters")
        assert broken_words(lines, words) == [], "\n".join(lines)
