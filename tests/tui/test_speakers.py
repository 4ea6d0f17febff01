"""A transcript read by reader 3 shows each turn's speaker above it in the reader; the
``NAME:`` label is no part of the sentence the user annotates."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.reader import ReaderScreen

TRANSCRIPT = (
    "# The Staffroom (transcript)\n\n"
    "NADIA BRENNAN: Welcome back. This week, the phone ban.\n\n"
    "MARCUS FELD: I meant that it answers adults' anxiety.\n\n"
    "The phone is where young people's social lives happen.\n\n"
    "NADIA BRENNAN: Let's talk about safety.\n"
)


def screen_lines(app: ArgmapApp) -> list[str]:
    return ["".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips()]


async def test_the_reader_shows_who_speaks_above_each_turn(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    path = tmp_path / "staffroom.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    Project.open(root).add_source(path, source_id="pod")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("pod", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        lines = [line.rstrip() for line in screen_lines(app)]
        at: dict[str, int] = {}
        for i, line in enumerate(lines):
            at.setdefault(line.strip(), i)  # where each line first shows
        # the name on a line of its own, right above the turn's first sentence
        assert lines[at["NADIA BRENNAN"] + 1].split()[-2:] == ["Welcome", "back."]
        feld = at["MARCUS FELD"]
        assert "I meant that it answers adults' anxiety." in lines[feld + 1]
        # the paragraph after the turn is still his: no name again
        assert "The phone is where" in lines[feld + 3] and lines[feld + 2].strip() == ""
        assert not any("NADIA BRENNAN:" in line or "MARCUS FELD:" in line for line in lines)


async def test_the_reader_shows_a_markdown_sentence_whole_without_its_syntax(
    tmp_path: Path,
) -> None:
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    path = tmp_path / "memo.md"
    path.write_text(
        "# Where we differ\n\n"
        "1. **It cannot be enforced well for older pupils.** Pupils of 15 and over comply least.\n"
        "2. **The funding does not cover the cost.** See the [survey](https://x.org/s).\n",
        encoding="utf-8",
    )
    project = Project.open(root, annotator="ana")
    project.add_source(path, source_id="memo")
    claim = project.annotate(
        "memo", sentence="s0004", stance="pro-autonomy", questions=["nato-replacement"]
    )
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("memo", sentence="s0002")
        await pilot.pause()
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        # before, the file's characters were cut to the plain text's length:
        # "**It cannot be enforced well for older pupil"
        assert "It cannot be enforced well for older pupils." in text
        assert "**" not in text and "](" not in text
        assert "See the survey." in text
        assert claim.quote == "**The funding does not cover the cost.**"


async def test_braces_move_from_post_to_post_saying_who_writes(tmp_path: Path) -> None:
    """On a thread (debate24's Discord channel, 67 sentences, 6 writers) there was no way to
    go to the next writer's post but line by line: `}` and `{` go to where the next
    (previous) turn begins, its writer's name on the line above it."""
    from .conftest import notices

    root = tmp_path / "proj"
    Project.init(root, name="phones")
    path = tmp_path / "staffroom.md"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    Project.open(root).add_source(path, source_id="pod")
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("pod", sentence="s0001")
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        speakers = [(s.id, s.speaker) for s in reader.view.sentences]
        turns = [sid for i, (sid, who) in enumerate(speakers) if who and speakers[i - 1][1] != who]
        assert len(turns) == 3, speakers
        for want in turns:
            await pilot.press("right_curly_bracket")
            await pilot.pause()
            assert reader.current_sentence_id() == want
        assert not notices(app)  # one per key piled up over the text
        lines = [line.rstrip() for line in screen_lines(app)]
        (at,) = [i for i, line in enumerate(lines) if line.startswith(f"  {turns[-1]}>")]
        assert lines[at - 1].strip() == "NADIA BRENNAN"
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert reader.current_sentence_id() == turns[-1]
        assert notices(app)[-1] == "no other post below"
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert reader.current_sentence_id() == turns[1]
