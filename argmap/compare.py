"""Sources side by side: their positions per question, agreements, clashes and a distance.

Plain domain code (no UI): the TUI's compare screen shows what :func:`compare` returns.
Positions are read from the consensus view (one reading per sentence, as the matrix).

A source's *lean* on a question is the mean side of its claims there: the stance axis
(+1, -1, or 0 for hedged; on a scale of places beyond 1, each place over the farthest)
averaged over its claims, from -1 to +1. Two sources' distance is
the mean of ``|lean_a - lean_b| / 2`` over the questions both speak to: 0 when they lean
the same way everywhere, 1 when they stand at opposite ends on every shared question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from argmap.analysis import position
from argmap.errors import UsageError
from argmap.model import Claim, Codebook


@dataclass(frozen=True)
class Stand:
    """One source on one question."""

    source: str
    counts: dict[str, int]
    dominant: str | None
    mixed: bool
    lean: float | None
    strongest: tuple[Claim, ...]

    @property
    def silent(self) -> bool:
        return self.dominant is None


@dataclass(frozen=True)
class Clash:
    """Where two sources disagree: an attack across them, or opposite sides on a question."""

    kind: str  # "attack" or "opposite"
    question: str | None
    a: str
    b: str
    claim: str | None = None  # the attacking claim (kind "attack")
    target: str | None = None


@dataclass(frozen=True)
class QuestionRow:
    """One question: every compared source's stand, and whether they agree or clash."""

    question: str
    stands: tuple[Stand, ...]
    agree: bool
    clash: bool


@dataclass
class Comparison:
    """The result of :func:`compare`."""

    sources: list[str]
    rows: list[QuestionRow]
    clashes: list[Clash] = field(default_factory=list)
    distance: float | None = None
    """Mean pairwise distance over shared questions, 0 (alike) to 1 (opposite); None
    when no two sources speak to a common question."""
    pairs: dict[tuple[str, str], tuple[float | None, int]] = field(default_factory=dict)
    """Per pair of sources: their distance and how many questions it is taken over."""

    @property
    def agreements(self) -> list[str]:
        return [r.question for r in self.rows if r.agree]


def _strength(claim: Claim, support: dict[str, int]) -> tuple:
    # claims before evidence, then the most supported, then the earliest
    return (claim.kind != "claim", -support.get(claim.id, 0), claim.start)


def compare(
    claims: list[Claim],
    codebook: Codebook,
    sources: list[str],
    *,
    strongest: int = 2,
) -> Comparison:
    """Compare ``sources`` (two or more ids) on every question of ``codebook``.

    ``claims`` are the claims that count (``project.view().claims``), of any sources.
    """
    if len(sources) < 2:
        raise UsageError("compare needs at least two sources")
    wanted = set(sources)
    # places on the scale over its farthest: -1..+1 (a -1/0/+1 codebook's own places)
    reach = max([abs(s.axis) for s in codebook.stances] + [1])
    axis = {s.id: s.axis / reach for s in codebook.stances}
    support: dict[str, int] = {}
    by_id: dict[str, Claim] = {}
    for c in claims:
        by_id[c.id] = c
        for r in c.relations:
            if r.type == "supports":
                support[r.target] = support.get(r.target, 0) + 1
    grouped: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.source in wanted:
            for q in c.questions:
                grouped.setdefault((c.source, q), []).append(c)

    rows: list[QuestionRow] = []
    clashes: list[Clash] = []
    for q in codebook.question_ids:
        stands = []
        for sid in sources:
            group = grouped.get((sid, q), [])
            counts, dominant, mixed = position(group, codebook)
            lean = sum(axis.get(c.stance, 0) for c in group) / len(group) if group else None
            best = tuple(sorted(group, key=lambda c: _strength(c, support))[:strongest])
            stands.append(Stand(sid, counts, dominant, mixed, lean, best))
        speaking = [s for s in stands if not s.silent]
        sides = [axis.get(s.dominant or "", 0) for s in speaking]  # places: +2 is a side too
        opposite = any(a > 0 for a in sides) and any(a < 0 for a in sides)
        for x, y in combinations(speaking, 2):
            ax, ay = axis.get(x.dominant or "", 0), axis.get(y.dominant or "", 0)
            if ax * ay < 0:
                clashes.append(Clash("opposite", q, x.source, y.source))
        agree = len(speaking) == len(stands) and len({s.dominant for s in speaking}) == 1
        rows.append(QuestionRow(q, tuple(stands), agree, opposite))

    for c in claims:
        if c.source not in wanted:
            continue
        for r in c.relations:
            target = by_id.get(r.target)
            if (
                r.type == "attacks"
                and target is not None
                and target.source in wanted
                and target.source != c.source
            ):
                shared = [q for q in c.questions if q in target.questions]
                question = shared[0] if shared else None
                clashes.append(Clash("attack", question, c.source, target.source, c.id, target.id))
    attacked = {k.question for k in clashes if k.kind == "attack"}
    rows = [
        QuestionRow(r.question, r.stands, r.agree, r.clash or r.question in attacked) for r in rows
    ]

    pairs: dict[tuple[str, str], tuple[float | None, int]] = {}
    for a, b in combinations(sources, 2):
        gaps = []
        for row in rows:
            sa = next(s for s in row.stands if s.source == a)
            sb = next(s for s in row.stands if s.source == b)
            if sa.lean is not None and sb.lean is not None:
                gaps.append(abs(sa.lean - sb.lean) / 2)
        pairs[(a, b)] = (sum(gaps) / len(gaps) if gaps else None, len(gaps))
    known = [d for d, _ in pairs.values() if d is not None]
    return Comparison(
        sources=list(sources),
        rows=rows,
        clashes=clashes,
        distance=sum(known) / len(known) if known else None,
        pairs=pairs,
    )
