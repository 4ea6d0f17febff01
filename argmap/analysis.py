"""Positions of sources on questions: the consensus view and the sources-by-questions matrix.

**One sentence, one vote.** With several annotators a sentence must count once per
(source, question) cell, whoever read it. :func:`consensus` decides, per sentence and
question, which reading counts:

- the reference (adjudicated) claims, wherever the sentence has any;
- otherwise the claims of the annotators who have *read* the sentence, that is who made a
  claim in it or marked its source done. With one such annotator, theirs; with several who
  give the question the same stance(s), the shared reading (counted once, from the
  alphabetically first of them); with several who differ, nothing is counted as a stance:
  the sentence is **contested** on that question, listed with each annotator's reading.

A contested sentence never counts as a stance and never makes a cell mixed by itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr

from argmap.model import Claim, Codebook

M = TypeVar("M", bound=BaseModel)

NO_CLAIM = "none"
"""The reading of an annotator who read a sentence and made no claim on the question."""


class Contest(BaseModel):
    """A sentence the annotators who read it read differently on one question.

    ``readings`` maps each annotator to their stance there: a stance id, ``none`` (no
    claim on the question), or several ids joined by ``/`` when they gave the sentence
    claims of different stances. ``claims`` are the ids of the claims involved.
    """

    model_config = ConfigDict(frozen=True)

    source: str
    sentence: str
    question: str
    readings: dict[str, str]
    claims: tuple[str, ...] = ()


class Cell(BaseModel):
    """A source's position on one question, read from its claims there.

    ``contested`` counts the sentences annotators disagree on (each listed, with who said
    what, in ``contested_sentences``); they are not in ``counts``.
    """

    model_config = ConfigDict(frozen=True)

    source: str
    question: str
    counts: dict[str, int]
    dominant: str | None
    mixed: bool
    claims: tuple[str, ...] = ()
    contested: int = 0
    contested_sentences: tuple[Contest, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Matrix(BaseModel):
    """Sources as rows, questions as columns; ``cells`` in row-major order."""

    model_config = ConfigDict(frozen=True)

    sources: list[str]
    questions: list[str]
    cells: list[Cell]
    done: dict[str, list[str]] = {}
    """Per source, the annotators who have marked it done."""
    _index: dict[tuple[str, str], Cell] | None = PrivateAttr(default=None)

    def cell(self, source: str, question: str) -> Cell:
        """The cell at ``(source, question)``."""
        if self._index is None:
            self._index = {(c.source, c.question): c for c in self.cells}
        return self._index[(source, question)]

    def to_json(self) -> dict:
        """The documented JSON shape (claims ids included for drilling down)."""
        return self.model_dump(mode="json")


_new = object.__new__
_set = object.__setattr__


def constructed(model: type[M], values: dict[str, Any]) -> M:
    """``model.model_construct(**values)`` for a model without private attributes, given
    every field: the same object, built without pydantic's per-field loop in Python (a
    matrix of 1,000 sources builds 9,000 cells)."""
    obj = _new(model)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", set(values))
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def position(
    claims: Iterable[Claim], codebook: Codebook
) -> tuple[dict[str, int], str | None, bool]:
    """Counts per stance, the dominant stance and whether the claims are mixed.

    The dominant stance has the most units; ties are broken by the number of units of kind
    ``claim`` (evidence weighs less), then by codebook order. A position is mixed when it
    holds stances on opposite sides of the axis.
    """
    return _position(list(claims), _Stances(codebook))


class _Stances:
    """What :func:`position` needs of a codebook, computed once per matrix, not per cell."""

    def __init__(self, codebook: Codebook) -> None:
        self.ids = [s.id for s in codebook.stances]
        self.order = {s.id: i for i, s in enumerate(codebook.stances)}
        self.axis = {s.id: s.axis for s in codebook.stances}


def _position(claims: list[Claim], stances: _Stances) -> tuple[dict[str, int], str | None, bool]:
    counts = dict.fromkeys(stances.ids, 0)
    if not claims:
        return counts, None, False
    firm: dict[str, int] = {}
    for c in claims:
        counts[c.stance] = counts.get(c.stance, 0) + 1
        if c.kind == "claim":
            firm[c.stance] = firm.get(c.stance, 0) + 1
    order = stances.order
    dominant = max(counts, key=lambda s: (counts[s], firm.get(s, 0), -order.get(s, 99)))
    axes = [stances.axis[s] for s in stances.ids if counts[s]]  # places: +2 is a side too
    return counts, dominant, (any(a > 0 for a in axes) and any(a < 0 for a in axes))


def matrix(
    claims: Iterable[Claim],
    codebook: Codebook,
    sources: list[str],
    questions: list[str] | None = None,
    contested: Iterable[Contest] = (),
) -> Matrix:
    """The sources-by-questions matrix of ``claims`` (and of the ``contested`` sentences).

    Pass the two halves of a :class:`Consensus` (``project.view()``) so that a sentence
    counts once per cell; :func:`project_matrix` does that for a project.
    """
    questions = questions if questions is not None else codebook.question_ids
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        for q in c.questions:
            grouped.setdefault((c.source, q), []).append(c)
    disputes: dict[tuple[str, str], list[Contest]] = {}
    for d in contested:
        disputes.setdefault((d.source, d.question), []).append(d)
    cells = []
    stances = _Stances(codebook)
    for s in sources:
        for q in questions:
            group = grouped.get((s, q), [])
            counts, dominant, mixed = _position(group, stances)
            open_ = tuple(disputes.get((s, q), ()))
            cells.append(
                constructed(  # values built here are valid by construction
                    Cell,
                    {
                        "source": s,
                        "question": q,
                        "counts": counts,
                        "dominant": dominant,
                        "mixed": mixed,
                        "claims": tuple(c.id for c in group),
                        "contested": len(open_),
                        "contested_sentences": open_,
                    },
                )
            )
    return Matrix(sources=list(sources), questions=list(questions), cells=cells)


# --------------------------------------------------------------------------- consensus


@dataclass
class Consensus:
    """What a view counts: one reading per sentence and question.

    ``claims`` are the claims that count (copies narrowed to the questions on which their
    sentence is not contested), in source then document order; ``contested`` the sentences
    read differently, per question.
    """

    claims: list[Claim]
    contested: list[Contest] = field(default_factory=list)


def _label(claims: Iterable[Claim], question: str) -> frozenset[str]:
    return frozenset(c.stance for c in claims if question in c.questions)


def consensus(
    claims: Iterable[Claim],
    *,
    reference: str,
    done: Mapping[str, Iterable[str]] | None = None,
) -> Consensus:
    """One vote per sentence and question (see the module docstring).

    ``claims`` are everyone's claims in source then document order; ``done`` maps a source
    id to the annotators who marked it done (read in full). The result keeps that order.
    """
    ordered = list(claims)
    finished = {sid: set(names) - {reference} for sid, names in (done or {}).items()}
    # Sources one annotator alone has read (the usual case) need no comparison at all.
    readers: dict[str, set[str]] = {}
    for c in ordered:
        names = readers.get(c.source)
        if names is None:
            readers[c.source] = {c.annotator}
        else:
            names.add(c.annotator)
    simple = {
        sid
        for sid, names in readers.items()
        if len(names | finished.get(sid, set())) == 1 and reference not in names
    }
    units: dict[tuple[str, str], dict[str, list[Claim]]] = {}
    keep: dict[str, Claim] = {}
    narrowed = False
    for c in ordered:
        if c.source in simple or c.orphan is not None or not c.sentence:
            keep[c.id] = c  # one reader, or its sentence is unknown: nothing to compare
            continue
        units.setdefault((c.source, c.sentence), {}).setdefault(c.annotator, []).append(c)
    contested: list[Contest] = []
    for (sid, sentence), by_annotator in units.items():
        if reference in by_annotator:
            for c in by_annotator[reference]:
                keep[c.id] = c
            continue
        coders = sorted(set(by_annotator) | finished.get(sid, set()))
        if len(coders) == 1:
            for c in by_annotator[coders[0]]:
                keep[c.id] = c
            continue
        asked = sorted({q for cs in by_annotator.values() for c in cs for q in c.questions})
        agreed: set[str] = set()
        for q in asked:
            labels = {a: _label(by_annotator.get(a, ()), q) for a in coders}
            if len(set(labels.values())) == 1:
                agreed.add(q)
                continue
            contested.append(
                Contest.model_construct(
                    source=sid,
                    sentence=sentence,
                    question=q,
                    readings={a: "/".join(sorted(lab)) or NO_CLAIM for a, lab in labels.items()},
                    claims=tuple(
                        c.id for a in coders for c in by_annotator.get(a, ()) if q in c.questions
                    ),
                )
            )
        voter = next(a for a in coders if a in by_annotator)
        for c in by_annotator[voter]:
            qs = tuple(q for q in c.questions if q in agreed)
            if qs == c.questions:
                keep[c.id] = c
            elif qs:
                keep[c.id] = c.model_copy(update={"questions": qs})
                narrowed = True
    contested.sort(key=lambda d: (d.source, d.sentence, d.question))
    if len(keep) == len(ordered) and not narrowed:
        return Consensus(ordered, contested)  # nothing left out or changed: no filter needed
    return Consensus([keep[c.id] for c in ordered if c.id in keep], contested)


def project_matrix(
    project,  # argmap.project.Project; untyped here to keep this module free of it
    annotator: str | None = None,
    questions: list[str] | None = None,
    sources: list[str] | None = None,
) -> Matrix:
    """The matrix of ``project.view(annotator)``: the consensus, or one annotator's reading."""
    view = project.view(annotator)
    m = matrix(
        view.claims,
        project.codebook,
        sources if sources is not None else list(project.sources),
        questions,
        view.contested,
    )
    done = project.done_map()
    return m.model_copy(update={"done": {s: done[s] for s in m.sources if s in done}})


def stance_summary(claims: Iterable[Claim], codebook: Codebook) -> dict[str, int]:
    """Units per stance, in codebook order."""
    counts = {s.id: 0 for s in codebook.stances}
    for c in claims:
        counts[c.stance] = counts.get(c.stance, 0) + 1
    return counts
