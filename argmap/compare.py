"""Sources side by side: their positions per question, agreements, clashes and a distance.

Plain domain code (no UI): the TUI's compare screen shows what :func:`compare` returns.
Positions are read from the consensus view (one reading per sentence, as the matrix).

A source's claims on a question sit at places on the stance axis (+1, -1, or 0 for
hedged; on a scale of places beyond 1, each place over the farthest): its *spread* there is
the share of its claims at each place, its *lean* their mean (-1 to +1). Two sources'
distance on a question is the work of moving one spread into the other along the axis (the
earth mover's distance), over the axis' length 2: 0 for the same shares, 1 for every claim at
opposite ends; their distance is its mean over the questions both speak to. The mean side
alone read a source with as many claims for as against (lean 0) as alike to one that only
hedges (lean 0): debate33's podcast, ▼ on 2 of 6 questions, measured 0.06-0.07 from two ◆
reports (argmap.compare before session 20).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations, pairwise

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
    spread: tuple[tuple[float, float], ...] = ()
    """(place on the axis, share of the claims there), by place; empty when silent."""

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


def spread_of(claims: list[Claim], axis: dict[str, float]) -> tuple[tuple[float, float], ...]:
    """The share of ``claims`` at each place of ``axis`` (stance id -> -1..+1), by place."""
    at: dict[float, int] = {}
    for c in claims:
        place = axis.get(c.stance, 0.0)
        at[place] = at.get(place, 0) + 1
    return tuple((place, n / len(claims)) for place, n in sorted(at.items()))


def spread_distance(
    a: tuple[tuple[float, float], ...], b: tuple[tuple[float, float], ...]
) -> float:
    """How far apart two spreads are (:func:`spread_of`): the earth mover's distance along
    the axis over its length 2, 0 (the same shares) to 1 (all at opposite ends)."""
    places = sorted({p for p, _ in a} | {p for p, _ in b})
    share_a, share_b = dict(a), dict(b)
    work = below_a = below_b = 0.0
    for here, there in pairwise(places):
        below_a += share_a.get(here, 0.0)
        below_b += share_b.get(here, 0.0)
        work += abs(below_a - below_b) * (there - here)
    return work / 2


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
            spread = spread_of(group, axis) if group else ()
            stands.append(Stand(sid, counts, dominant, mixed, lean, best, spread))
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
            if sa.spread and sb.spread:
                gaps.append(spread_distance(sa.spread, sb.spread))
        pairs[(a, b)] = (sum(gaps) / len(gaps) if gaps else None, len(gaps))
    known = [d for d, _ in pairs.values() if d is not None]
    return Comparison(
        sources=list(sources),
        rows=rows,
        clashes=clashes,
        distance=sum(known) / len(known) if known else None,
        pairs=pairs,
    )
