"""Rejected suggestions placed on a source's sentences as they are now.

A rejection (``x`` in the reader, ``argmap reject``) is kept per sentence with the
sentence's text anchored as a claim's quote is (:func:`argmap.anchoring.make_anchor`). When
the source is edited, or cut into sentences anew (another reader, a re-added file), the
sentence ids shift: each rejection is found again with :func:`argmap.anchoring.reanchor`
and given to the sentence that now reads as its text. One that cannot be placed (its
sentence rewritten, or cut in two) is kept as it was, never dropped, and reported
(``argmap validate``); it hides no suggestion meanwhile.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from argmap.anchoring import MIN_SIMILARITY, make_anchor, reanchor, similarity
from argmap.model import Rejection, Sentence


@dataclass(frozen=True)
class Unplaced:
    """A rejection no sentence of the source reads as now, and why."""

    rejection: Rejection
    reason: str


@dataclass
class Placed:
    """A source's rejections on its sentences as they are now."""

    placed: tuple[Rejection, ...] = ()
    """One per sentence rejected, under its current id and anchor, by position."""
    unplaced: list[Unplaced] = field(default_factory=list)
    changed: bool = False
    """Whether :attr:`rejections` differ from the rejections placed (a save changes them)."""

    @property
    def by_sentence(self) -> dict[str, tuple[str, ...]]:
        """Current sentence id -> the stances rejected there (sorted)."""
        return {r.sentence: r.stances for r in self.placed}

    @property
    def rejections(self) -> tuple[Rejection, ...]:
        """What to save: the placed rejections, then the unplaced ones as they were."""
        return (*self.placed, *(u.rejection for u in self.unplaced))


def in_order(placed: Iterable[Rejection]) -> tuple[Rejection, ...]:
    """Placed rejections in the order of their sentences."""
    return tuple(sorted(placed, key=lambda r: (r.anchor.start if r.anchor else 0, r.sentence)))


def anchored(text: str, sentence: Sentence, stances: Iterable[str]) -> Rejection:
    """The rejection of ``stances`` on ``sentence`` of ``text``, anchored to its text."""
    return Rejection(
        sentence=sentence.id,
        stances=tuple(sorted(set(stances))),
        anchor=make_anchor(text, sentence.start, sentence.end),
    )


def _place_one(
    text: str,
    sentences: Sequence[Sentence],
    starts: list[int],
    by_id: dict[str, Sentence],
    rejection: Rejection,
) -> tuple[Sentence | None, str]:
    """The sentence that reads as ``rejection``'s now, or None and why not."""
    here = by_id.get(rejection.sentence)
    anchor = rejection.anchor
    if anchor is None:  # written before anchors were kept: the id is all there is
        if here is not None:
            return here, ""
        last = sentences[-1].id if sentences else "none"
        return None, f"no sentence {rejection.sentence} now (ids run s0001..{last})"
    if (
        here is not None
        and (here.start, here.end) == (anchor.start, anchor.end)
        and text[here.start : here.end] == anchor.exact
    ):
        return here, ""
    found = reanchor(text, anchor)
    if found.anchor is None:
        return None, f"its sentence is gone from the text (best similarity {found.similarity:.2f})"
    lo, hi = found.anchor.start, found.anchor.end
    first = max(bisect.bisect_right(starts, lo) - 1, 0)
    overlapping = []
    for s in sentences[first:]:
        if s.start >= hi:
            break
        if s.end > lo:
            overlapping.append(s)
    if not overlapping:
        return None, "its text is no longer in any sentence"
    best = max(overlapping, key=lambda s: min(s.end, hi) - max(s.start, lo))
    # The whole sentence must read as the one rejected (not a quote found inside a longer one).
    if similarity(text[best.start : best.end], anchor.exact) >= MIN_SIMILARITY:
        return best, ""
    if len(overlapping) > 1:
        return None, (
            f"its text is now cut into {overlapping[0].id}..{overlapping[-1].id}, not one sentence"
        )
    return None, f"its text is now part of {best.id}, a longer sentence"


def place(text: str, sentences: Sequence[Sentence], rejections: Sequence[Rejection]) -> Placed:
    """Place ``rejections`` (of one source) on ``sentences`` of its ``text`` as it is now.

    Two rejections on what is now one sentence merge (their stances together); the
    placed ones get their sentence's current id and anchor (a rejection written without
    an anchor gets one: the migration of an older progress file).
    """
    starts = [s.start for s in sentences]
    by_id = {s.id: s for s in sentences}
    where: dict[str, tuple[Sentence, set[str]]] = {}
    out = Placed()
    for rejection in rejections:
        sentence, reason = _place_one(text, sentences, starts, by_id, rejection)
        if sentence is None:
            out.unplaced.append(Unplaced(rejection, reason))
            continue
        where.setdefault(sentence.id, (sentence, set()))[1].update(rejection.stances)
    out.placed = in_order(anchored(text, s, stances) for s, stances in where.values())
    out.changed = out.rejections != tuple(rejections)
    return out
