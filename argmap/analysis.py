"""Positions of sources on questions: the sources-by-questions matrix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, PrivateAttr

from argmap.model import Claim, Codebook


class Cell(BaseModel):
    """A source's position on one question, read from its claims there."""

    model_config = ConfigDict(frozen=True)

    source: str
    question: str
    counts: dict[str, int]
    dominant: str | None
    mixed: bool
    claims: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class Matrix(BaseModel):
    """Sources as rows, questions as columns; ``cells`` in row-major order."""

    model_config = ConfigDict(frozen=True)

    sources: list[str]
    questions: list[str]
    cells: list[Cell]
    _index: dict[tuple[str, str], Cell] | None = PrivateAttr(default=None)

    def cell(self, source: str, question: str) -> Cell:
        """The cell at ``(source, question)``."""
        if self._index is None:
            self._index = {(c.source, c.question): c for c in self.cells}
        return self._index[(source, question)]

    def to_json(self) -> dict:
        """The documented JSON shape (claims ids included for drilling down)."""
        return self.model_dump(mode="json")


def position(
    claims: Iterable[Claim], codebook: Codebook
) -> tuple[dict[str, int], str | None, bool]:
    """Counts per stance, the dominant stance and whether the claims are mixed.

    The dominant stance has the most units; ties are broken by the number of units of kind
    ``claim`` (evidence weighs less), then by codebook order. A position is mixed when it
    holds stances on opposite sides of the axis.
    """
    claims = list(claims)
    counts = {s.id: 0 for s in codebook.stances}
    firm = Counter()
    for c in claims:
        counts[c.stance] = counts.get(c.stance, 0) + 1
        if c.kind == "claim":
            firm[c.stance] += 1
    if not claims:
        return counts, None, False
    order = {s.id: i for i, s in enumerate(codebook.stances)}
    dominant = max(counts, key=lambda s: (counts[s], firm[s], -order.get(s, 99)))
    axes = {s.axis for s in codebook.stances if counts.get(s.id)}
    return counts, dominant, (1 in axes and -1 in axes)


def matrix(
    claims: Iterable[Claim],
    codebook: Codebook,
    sources: list[str],
    questions: list[str] | None = None,
) -> Matrix:
    """The sources-by-questions matrix of ``claims``."""
    questions = questions if questions is not None else codebook.question_ids
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        for q in c.questions:
            grouped.setdefault((c.source, q), []).append(c)
    cells = []
    for s in sources:
        for q in questions:
            group = grouped.get((s, q), [])
            counts, dominant, mixed = position(group, codebook)
            cells.append(
                Cell.model_construct(  # values built here are valid by construction
                    source=s,
                    question=q,
                    counts=counts,
                    dominant=dominant,
                    mixed=mixed,
                    claims=tuple(c.id for c in group),
                )
            )
    return Matrix(sources=list(sources), questions=list(questions), cells=cells)


def stance_summary(claims: Iterable[Claim], codebook: Codebook) -> dict[str, int]:
    """Units per stance, in codebook order."""
    counts = {s.id: 0 for s in codebook.stances}
    for c in claims:
        counts[c.stance] = counts.get(c.stance, 0) + 1
    return counts
