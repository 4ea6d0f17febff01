"""Voices: a claim's stance that belongs to a quoted or reported person or body, not the
writer (debate36, news in reported speech): stored, normalised, merged, listed, counted."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from argmap.model import Anchor, Claim, voice_key, voice_name
from argmap.store import _claim_line

Cli = Callable[..., tuple[int, str, str]]

NOW = datetime(2026, 11, 28, 2, 50, tzinfo=UTC)


def _claim(**extra: object) -> Claim:
    return Claim(
        id="c0000aa",
        source="a",
        anchor=Anchor(start=0, end=5, exact="Hello"),
        stance="for",
        questions=("q",),
        annotator="ann",
        created=NOW,
        modified=NOW,
        **extra,
    )


def test_an_older_claim_line_without_a_voice_loads_and_saves_unchanged() -> None:
    line = _claim_line(_claim())
    assert "voice" not in line
    again = Claim.model_validate(json.loads(line))
    assert again.voice == "" and _claim_line(again) == line


def test_a_voice_round_trips_normalised_and_compares_without_case() -> None:
    claim = _claim(voice="  “Margit   Solheim-Rask,”\n")
    assert claim.voice == "Margit Solheim-Rask"
    line = _claim_line(claim)
    assert json.loads(line)["voice"] == "Margit Solheim-Rask"
    assert Claim.model_validate(json.loads(line)) == claim
    assert voice_key("margit  SOLHEIM-rask") == voice_key(claim.voice)
    assert voice_name("the federation:") == "the federation"
