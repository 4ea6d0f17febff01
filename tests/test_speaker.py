"""``argmap speaker``: a user corrects who says a sentence (d19 friction: "No command sets or
corrects a speaker"; a listener's voice note read as the host's, a thread's answers with no
writer). Kept in the source's metadata over the reader's speakers, never silently wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_pages import Cli

TRANSCRIPT = (
    "LEENA: Welcome back. Today we talk about the clocks.\n\n"
    "LEENA: Tove (listener) 00:09:22\n\n"
    "LEENA: On the farm the change is a nuisance. I could not tell you which I would pick.\n\n"
    "ARVID: Keep summer time all year.\n"
)


@pytest.fixture
def root(tmp_path: Path, cli: Cli) -> str:
    path = str(tmp_path / "proj")
    assert cli("init", path)[0] == 0
    page = tmp_path / "briefing.txt"
    page.write_text(TRANSCRIPT, encoding="utf-8")
    assert cli("add", str(page), "--id", "briefing", "--project", path)[0] == 0
    return path


def _speakers(cli: Cli, root: str) -> list[str]:
    code, out, err = cli("sentences", "briefing", "--json", "--project", root)
    assert code == 0, err
    return [f"{s.get('speaker', '')}: {s['text']}" for s in json.loads(out)]


def test_speaker_corrects_who_says_a_range_of_sentences_and_clear_undoes_it(
    cli: Cli, root: str
) -> None:
    assert _speakers(cli, root)[3:5] == [
        "LEENA: On the farm the change is a nuisance.",
        "LEENA: I could not tell you which I would pick.",
    ]
    code, out, err = cli("speaker", "briefing", "s0004-s0005", "Tove (listener)", "--project", root)
    assert code == 0, err
    assert "s0004..s0005 (2 sentences): said by Tove (listener) (was LEENA)" in out
    # several ranges are said as they were given, not as one (debate23)
    code, out, err = cli("speaker", "briefing", "1,4-5", "Tove (listener)", "--project", root)
    assert code == 0, err
    assert "briefing s0001, s0004..s0005 (3 sentences): said by Tove (listener)" in out
    code, out, err = cli("speaker", "briefing", "s0001", "--clear", "--project", root)
    assert code == 0, err
    code, out, err = cli("speaker", "briefing", "3", "", "--project", root)  # nobody says it
    assert code == 0, err
    rows = _speakers(cli, root)
    assert rows[2:5] == [
        ": Tove (listener) 00:09:22",
        "Tove (listener): On the farm the change is a nuisance.",
        "Tove (listener): I could not tell you which I would pick.",
    ]
    assert rows[5] == "ARVID: Keep summer time all year."  # the others as the reader read them
    # the template for a spreadsheet and the listing say the same
    assert (
        "\tTove (listener)\tOn the farm"
        in cli("sentences", "briefing", "--tsv", "--project", root)[1]
    )
    listed = json.loads(cli("speaker", "briefing", "--json", "--project", root)[1])
    assert [(r["sentence"], r["speaker"], r["applied"]) for r in listed] == [
        ("s0003", "", True),
        ("s0004", "Tove (listener)", True),
        ("s0005", "Tove (listener)", True),
    ]
    assert cli("speaker", "briefing", "s0004", "--clear", "--project", root)[0] == 0
    assert _speakers(cli, root)[3] == "LEENA: On the farm the change is a nuisance."


def test_a_speaker_set_by_hand_is_not_applied_once_its_sentence_changed_and_validate_says_so(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    assert cli("speaker", "briefing", "s0006", "Arvid Holm", "--project", root)[0] == 0
    text = next((tmp_path / "proj").rglob("briefing.txt"))
    text.write_text(TRANSCRIPT.replace("Keep summer time", "Keep winter time"), encoding="utf-8")
    assert _speakers(cli, root)[5] == "ARVID: Keep winter time all year."
    out = cli("validate", "--project", root)[1]
    assert "note: briefing: the speaker set for s0006 (Arvid Holm) is not applied" in out


def test_adding_the_same_text_again_keeps_the_speakers_set_by_hand(
    tmp_path: Path, cli: Cli, root: str
) -> None:
    assert cli("speaker", "briefing", "s0004", "Tove", "--project", root)[0] == 0
    page = tmp_path / "briefing.txt"
    code, out, err = cli("add", str(page), "--force", "--id", "again", "--project", root)
    assert code == 0, err
    assert "kept 1 speaker set by hand on the same text" in out
    code, out, _ = cli("sentences", "again", "--json", "--project", root)
    assert json.loads(out)[3]["speaker"] == "Tove"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["s0099", "Tove"], "no sentence 's0099' (ids run s0001..s0006)"),
        (["s0005-s0003", "Tove"], "a range runs from the first sentence to the last"),
        (["s0005"], "give the speaker's NAME"),
        (["s0005", "Tove\tx"], "no tabs, line breaks"),
    ],
)
def test_a_wrong_speaker_command_is_one_clear_line_and_changes_nothing(
    cli: Cli, root: str, args: list[str], message: str
) -> None:
    code, _, err = cli("speaker", "briefing", *args, "--project", root)
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1
    assert "no speakers set by hand" in cli("speaker", "briefing", "--project", root)[1]
