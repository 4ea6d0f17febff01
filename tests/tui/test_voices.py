"""Voices in the TUI: whose stance a claim carries (a person or body quoted or reported,
``Claim.voice``), seen in the reader and the claim lists, set with ``V`` while annotating."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.reader import ReaderScreen
from argmap.tui.source_dialogs import VoicePrompt

from .conftest import notices

NEWS = (
    "Levy passes first reading\n\n"
    "The assembly voted for the levy on Tuesday. "
    "Margit Solheim-Rask, the federation's chief executive, said the levy would cost jobs. "
    "The health minister said it would save lives.\n"
)
TRANSCRIPT = (
    "# Briefing (transcript)\n\n"
    "INGRID HALVORSRUD: Good morning. The levy pays for free school lunches.\n\n"
    "TOR ASKE: Will prices rise?\n\n"
    "INGRID HALVORSRUD: Some will, by design.\n"
)


def screen_text(app: ArgmapApp) -> str:
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip) for strip in strips)


def make_project(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    Project.init(root, name="levy")
    news, brief = tmp_path / "wire.txt", tmp_path / "briefing.md"
    news.write_text(NEWS, encoding="utf-8")
    brief.write_text(TRANSCRIPT, encoding="utf-8")
    project = Project.open(root, annotator="ana")
    project.add_source(news, source_id="wire")
    project.add_source(brief, source_id="brief")
    return root


async def test_v_sets_a_claims_voice_offering_the_speaker_and_the_projects_voices(
    tmp_path: Path,
) -> None:
    root = make_project(tmp_path)
    project = Project.open(root, annotator="ana")
    codebook = project.codebook
    stance, question = codebook.stance_ids[0], codebook.question_ids[0]
    project.annotate(
        "wire", sentence="s0003", stance=stance, questions=[question], voice="Margit Solheim-Rask"
    )
    project.annotate("brief", sentence="s0003", stance=stance, questions=[question])
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("brief", sentence="s0003")
        await pilot.pause()
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        speaker = reader.project.sources["brief"].sentence("s0003").speaker
        assert speaker  # the transcript's reader found who says it
        await pilot.press("V")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, VoicePrompt)
        # the sentence's speaker as the default, the project's voices offered
        assert prompt.now == speaker
        assert prompt.names[0] == speaker and "Margit Solheim-Rask" in prompt.names
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        (claim,) = app.project.claims(source="brief")
        assert claim.voice == speaker
        assert f"voice: {speaker}" in screen_text(app)  # the claim's detail says whose

        # on the news story: typed in small letters, saved in the project's spelling
        app.open_reader("wire", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        app.project.annotate("wire", sentence="s0004", stance=stance, questions=[question])
        app.changed()
        await pilot.pause()
        await pilot.press("V")
        await pilot.pause()
        assert isinstance(app.screen, VoicePrompt)
        assert app.screen.now == ""  # no speaker in reported speech: the writer's own
        await pilot.press(*"margit solheim-rask", "enter")
        await pilot.pause()
        await pilot.pause()
        voices = {c.sentence: c.voice for c in app.project.claims(source="wire")}
        assert voices == {"s0003": "Margit Solheim-Rask", "s0004": "Margit Solheim-Rask"}


async def test_a_voice_typed_near_one_the_project_has_is_said(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    project = Project.open(root, annotator="ana")
    stance, question = project.codebook.stance_ids[1], project.codebook.question_ids[0]
    project.annotate(
        "wire", sentence="s0003", stance=stance, questions=[question], voice="Margit Solheim-Rask"
    )
    project.annotate("wire", sentence="s0004", stance=stance, questions=[question])
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("wire", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("V", *"Margit Solhiem-Rask", "enter")
        await pilot.pause()
        await pilot.pause()
        said = notices(app)
        assert any("'Margit Solheim-Rask': a typo?" in n for n in said), said
        # and the writer's own again, from the list
        await pilot.press("V", "down", "end", "enter")
        await pilot.pause()
        await pilot.pause()
        assert (
            app.project.claim_index[
                next(c.id for c in app.project.claims(source="wire") if c.sentence == "s0004")
            ].voice
            == ""
        )


async def test_claim_lists_and_search_show_and_find_the_voice(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    project = Project.open(root, annotator="ana")
    stance, question = project.codebook.stance_ids[1], project.codebook.question_ids[0]
    project.annotate(
        "wire", sentence="s0003", stance=stance, questions=[question], voice="Margit Solheim-Rask"
    )
    project.annotate(
        "wire", sentence="s0004", stance=stance, questions=[question], voice="Ingrid Halvorsrud"
    )
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"halvorsrud")
        for _ in range(20):
            await pilot.pause()
            if "1 claim found" in screen_text(app):
                break
        text = screen_text(app)
        assert "1 claim found" in text  # found by its voice: her name is not in the quote
        assert "Ingrid Halvorsrud: “The health minister said it would save lives.”" in text
        await pilot.press("ctrl+u", *"federation")
        for _ in range(20):
            await pilot.pause()
            if "Solheim-Rask: “" in screen_text(app):
                break
        assert "Margit Solheim-Rask: “Margit Solheim-Rask, the federation" in screen_text(app)


async def test_the_matrix_by_voice_compares_a_voice_across_sources(tmp_path: Path) -> None:
    """An analyst comparing voices: V on the matrix lists each voice's position on each
    question from every source it is quoted in; enter lists its claims, one opens."""
    from argmap.tui.matrix import ClaimListScreen
    from argmap.tui.voices_screen import VoicesScreen

    root = make_project(tmp_path)
    project = Project.open(root, annotator="ana")
    codebook = project.codebook
    against, question = codebook.stance_ids[1], codebook.question_ids[0]
    project.annotate(
        "wire", sentence="s0003", stance=against, questions=[question], voice="Margit Solheim-Rask"
    )
    project.annotate(
        "brief", sentence="s0004", stance=against, questions=[question], voice="margit solheim-rask"
    )
    project.annotate("wire", sentence="s0002", stance=codebook.stance_ids[0], questions=[question])
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("V")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, VoicesScreen)
        assert screen.matrix.voices == ["Margit Solheim-Rask"]  # one voice, however spelled
        text = screen_text(app)
        symbol = codebook.stance(against).symbol
        assert "Voice Margit Solheim-Rask" in text
        assert f"{symbol}2" in text  # a sentence in each source
        assert "1 claim in the writers' own" in text
        assert "in: Briefing (transcript) · Levy passes first reading" in text
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ClaimListScreen)
        listed = screen_text(app)
        assert "2 claims of Margit Solheim-Rask" in listed
        assert "Solheim-Rask: “Will prices rise?”" in listed
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.source_id in ("wire", "brief")


async def test_v_proposes_the_voice_a_note_names(tmp_path: Path) -> None:
    """debate36's annotators wrote "voice: Halvorsrud (reported)" in notes before claims
    had a voice: V proposes that name, not the writer's own."""
    root = make_project(tmp_path)
    project = Project.open(root, annotator="ana")
    stance, question = project.codebook.stance_ids[0], project.codebook.question_ids[0]
    project.annotate(
        "wire",
        sentence="s0004",
        stance=stance,
        questions=[question],
        note="voice: Halvorsrud (reported)",
    )
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_reader("wire", sentence="s0004")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("V")
        await pilot.pause()
        assert isinstance(app.screen, VoicePrompt)
        assert app.screen.now == "Halvorsrud" and app.screen.names == ["Halvorsrud"]
        await pilot.press("enter")
        await pilot.pause()
        (claim,) = app.project.claims(source="wire")
        assert claim.voice == "Halvorsrud"


async def test_the_matrix_by_voice_without_voices_says_how_to_set_one(tmp_path: Path) -> None:
    """debate38 has no voices: V drew an empty grid whose corner read "voices (0)
    Competing" over the questions; now only what to do."""
    root = make_project(tmp_path)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("V")
        await pilot.pause()
        await pilot.pause()
        text = screen_text(app)
        assert "No voices yet. In the reader, V on a claim says whose stance" in text
        assert "voices (0)" not in text and "questions (" not in text
