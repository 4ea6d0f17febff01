"""Voices: whose stance a claim is when it is not the writer's own (a quoted or reported
person or body, :attr:`argmap.model.Claim.voice`), listed and counted across sources.

**Spelling.** A voice is compared by :func:`argmap.model.voice_key` (case and spacing do
not matter); it is shown in the spelling its claims use most. Two voices whose keys are
close (a letter dropped, doubled or swapped) are reported as a likely typo, never joined.

**The matrix by voice.** Each voice's position on each question counts a sentence once:
the claims that count are the project's consensus (:func:`argmap.analysis.consensus`: the
reference reading where there is one, the shared reading of the annotators who read a
sentence), and a sentence where the voice has several claims of one stance counts once. A
sentence whose readers name different voices for their claims on a question is
**contested** there, as one whose readers give different stances is: it counts under no
voice and is listed (``!N``) under each voice named.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, PrivateAttr

from argmap.analysis import Contest, _position, _Stances
from argmap.model import Claim, Codebook, voice_key

__all__ = [
    "NEAR",
    "VoiceCell",
    "VoiceContest",
    "VoiceMatrix",
    "cased",
    "near_duplicates",
    "near_voice",
    "project_voice_matrix",
    "voice_matrix",
    "voices_of",
]

NEAR = 0.85
"""How alike two voices' keys must be (difflib's ratio) to be reported as a likely typo."""
WRITER = "(writer)"
"""How a reading without a voice is shown beside readings with one."""


def cased(spelling: str) -> bool:
    """Whether ``spelling`` is written in mixed case ("Margit Solheim-Rask"), as a name is,
    not all in small or all in capital letters ("margit solheim-rask", "MARGIT")."""
    return spelling != spelling.lower() and spelling != spelling.upper()


def voices_of(claims: Iterable[Claim]) -> dict[str, str]:
    """The voices of ``claims``: key -> the spelling shown: in mixed case before one all in
    small or capital letters, then the one used most, then the first sorted."""
    spellings: dict[str, Counter[str]] = {}
    for c in claims:
        if c.voice:
            spellings.setdefault(voice_key(c.voice), Counter())[c.voice] += 1
    return {
        key: min(counts, key=lambda s: (not cased(s), -counts[s], s))
        for key, counts in spellings.items()
    }


def near_voice(key: str, known: Mapping[str, str]) -> str | None:
    """The spelling of the voice of ``known`` (key -> spelling) whose key is closest to
    ``key`` and close enough to be a typo of it (not ``key`` itself), or None."""
    others = [k for k in known if k != key]
    close = difflib.get_close_matches(key, others, n=1, cutoff=NEAR)
    return known[close[0]] if close else None


def near_duplicates(known: Mapping[str, str]) -> list[tuple[str, str]]:
    """Pairs of voices (spellings, in sorted order) close enough to be one voice mistyped."""
    keys = sorted(known)
    pairs = []
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if difflib.SequenceMatcher(None, a, b).ratio() >= NEAR:
                pairs.append((known[a], known[b]))
    return pairs


class VoiceContest(BaseModel):
    """A sentence the annotators who read it read differently on one question, in voice or
    stance: ``readings`` maps each annotator to ``VOICE: STANCE`` (several joined by
    ``/``; a claim without a voice reads ``(writer): STANCE``)."""

    model_config = ConfigDict(frozen=True)

    source: str
    sentence: str
    question: str
    readings: dict[str, str]
    claims: tuple[str, ...] = ()


class VoiceCell(BaseModel):
    """A voice's position on one question: stance counts (a sentence once per stance),
    the dominant stance, whether it holds both sides, and the sources it is read in."""

    model_config = ConfigDict(frozen=True)

    voice: str
    question: str
    counts: dict[str, int]
    dominant: str | None
    mixed: bool
    sentences: int = 0
    sources: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    contested: int = 0
    contested_sentences: tuple[VoiceContest, ...] = ()


class VoiceMatrix(BaseModel):
    """Voices as rows, questions as columns; ``cells`` in row-major order. ``sources``: per
    voice, the sources it is counted or contested in; ``writer_claims``: claims that count
    in the writer's own voice (in the sources' matrix, not here)."""

    model_config = ConfigDict(frozen=True)

    voices: list[str]
    questions: list[str]
    cells: list[VoiceCell]
    sources: dict[str, list[str]] = {}
    writer_claims: int = 0
    _index: dict[tuple[str, str], VoiceCell] | None = PrivateAttr(default=None)

    def cell(self, voice: str, question: str) -> VoiceCell:
        """The cell at ``(voice, question)``."""
        if self._index is None:
            self._index = {(c.voice, c.question): c for c in self.cells}
        return self._index[(voice, question)]

    def to_json(self) -> dict[str, Any]:
        """The JSON shape: ``pandas.json_normalize(data["cells"])`` is one row per cell."""
        return self.model_dump(mode="json")


def _readings(claims: Iterable[Claim], question: str) -> str:
    got = sorted({f"{c.voice or WRITER}: {c.stance}" for c in claims if question in c.questions})
    return "/".join(got) or "none"


def _voice_contests(claims: Iterable[Claim], reference: str) -> list[VoiceContest]:
    """Sentences whose annotators (no reference reading there) give a question claims in
    different voices."""
    units: dict[tuple[str, str], dict[str, list[Claim]]] = {}
    for c in claims:
        if c.orphan is None and c.sentence:
            units.setdefault((c.source, c.sentence), {}).setdefault(c.annotator, []).append(c)
    out = []
    for (sid, sentence), by_annotator in units.items():
        if len(by_annotator) < 2 or reference in by_annotator:
            continue
        asked = sorted({q for cs in by_annotator.values() for c in cs for q in c.questions})
        for q in asked:
            voices = {
                a: frozenset(voice_key(c.voice) for c in cs if q in c.questions)
                for a, cs in by_annotator.items()
                if any(q in c.questions for c in cs)
            }
            if len(voices) > 1 and len(set(voices.values())) > 1:
                out.append(
                    VoiceContest(
                        source=sid,
                        sentence=sentence,
                        question=q,
                        readings={a: _readings(by_annotator[a], q) for a in sorted(voices)},
                        claims=tuple(
                            c.id
                            for a in sorted(voices)
                            for c in by_annotator[a]
                            if q in c.questions
                        ),
                    )
                )
    return out


def voice_matrix(
    counted: Iterable[Claim],
    everyone: Iterable[Claim],
    codebook: Codebook,
    *,
    reference: str,
    questions: list[str] | None = None,
    contested: Iterable[Contest] = (),
    spellings: Mapping[str, str] | None = None,
) -> VoiceMatrix:
    """The voices-by-questions matrix: ``counted`` are the claims that count (a consensus
    view), ``everyone`` all claims (for sentences read in different voices), ``contested``
    the view's sentences read in different stances; ``spellings`` key -> shown spelling."""
    questions = questions if questions is not None else codebook.question_ids
    everyone = list(everyone)
    by_id = {c.id: c for c in everyone}
    names = dict(spellings) if spellings is not None else voices_of(everyone)
    disputes: dict[tuple[str, str], list[VoiceContest]] = {}
    open_units: set[tuple[str, str, str]] = set()
    for d in _voice_contests(everyone, reference):
        open_units.add((d.source, d.sentence, d.question))
        for key in {voice_key(by_id[cid].voice) for cid in d.claims if by_id[cid].voice}:
            disputes.setdefault((key, d.question), []).append(d)
    for d in contested:
        if (d.source, d.sentence, d.question) in open_units:
            continue  # listed already, with its voices
        involved = [by_id[cid] for cid in d.claims if cid in by_id]
        keys = {voice_key(c.voice) for c in involved if c.voice}
        if keys:
            readings = {
                a: _readings([c for c in involved if c.annotator == a], d.question)
                for a in d.readings
            }
            item = VoiceContest(
                source=d.source,
                sentence=d.sentence,
                question=d.question,
                readings=readings,
                claims=d.claims,
            )
            for key in keys:
                disputes.setdefault((key, d.question), []).append(item)
    grouped: dict[tuple[str, str], dict[tuple[str, str, str], Claim]] = {}
    writer = 0
    for c in counted:
        if not c.voice:
            writer += 1
            continue
        key = voice_key(c.voice)
        names.setdefault(key, c.voice)
        for q in c.questions:
            if (c.source, c.sentence, q) in open_units:
                continue
            # a sentence once per stance: two quotes of one voice in it are one vote
            unit = (c.source, c.sentence or c.id, c.stance)
            kept = grouped.setdefault((key, q), {})
            if unit not in kept or (kept[unit].kind != "claim" and c.kind == "claim"):
                kept[unit] = c
    keys = {k for k, _ in grouped} | {k for k, q in disputes if q in questions}
    rows = sorted(keys, key=lambda k: (names[k].casefold(), names[k]))
    stances = _Stances(codebook)
    cells = []
    sources: dict[str, list[str]] = {}
    for key in rows:
        seen: set[str] = set()
        for q in questions:
            group = list(grouped.get((key, q), {}).values())
            counts, dominant, mixed = _position(group, stances)
            open_ = tuple(sorted(disputes.get((key, q), ()), key=lambda d: (d.source, d.sentence)))
            in_sources = sorted({c.source for c in group})
            seen.update(in_sources, (d.source for d in open_))
            cells.append(
                VoiceCell(
                    voice=names[key],
                    question=q,
                    counts=counts,
                    dominant=dominant,
                    mixed=mixed,
                    sentences=len({(c.source, c.sentence or c.id) for c in group}),
                    sources=tuple(in_sources),
                    claims=tuple(c.id for c in group),
                    contested=len(open_),
                    contested_sentences=open_,
                )
            )
        sources[names[key]] = sorted(seen)
    return VoiceMatrix(
        voices=[names[k] for k in rows],
        questions=list(questions),
        cells=cells,
        sources=sources,
        writer_claims=writer,
    )


def project_voice_matrix(
    project,  # argmap.project.Project; untyped here to keep this module free of it
    annotator: str | None = None,
    questions: list[str] | None = None,
) -> VoiceMatrix:
    """The voice matrix of ``project.view(annotator)``: the consensus, or one annotator's."""
    view = project.view(annotator)
    everyone = project.claims() if annotator is None else view.claims
    return voice_matrix(
        view.claims,
        everyone,
        project.codebook,
        reference=project.config.reference_annotator,
        questions=questions,
        contested=view.contested,
        spellings=project.voices(),
    )
