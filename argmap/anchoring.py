"""Anchoring quotes in a source and finding them again after the source is edited.

An anchor stores offsets and the quoted text with 32 characters of context on each side
(the W3C TextPositionSelector and TextQuoteSelector). Re-anchoring follows Hypothesis:
exact occurrences ranked by context, then a fuzzy search near the old place, then an
orphan that is kept and reported, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import Match, SequenceMatcher
from typing import Literal

from argmap.model import Anchor

CONTEXT = 32
FUZZY_WINDOW = 2000
MIN_SIMILARITY = 0.75

_QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """The anchor of ``text[start:end]`` with its context."""
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
    )


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every span of ``text`` that reads as ``quote``, ignoring whitespace and quote styles."""
    words = quote.translate(_QUOTE_FOLD).split()
    if not words:
        return []
    folded = text.translate(_QUOTE_FOLD)
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, folded)]


@dataclass(frozen=True)
class Placement:
    """The outcome of re-anchoring one quote."""

    status: Literal["unchanged", "moved", "modified", "orphan"]
    anchor: Anchor | None
    similarity: float = 1.0


def similarity(a: str, b: str) -> float:
    """How alike two texts read, from 0 to 1 (difflib's ratio, no junk heuristic)."""
    if not a and not b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _context_score(text: str, start: int, end: int, anchor: Anchor, hint: int) -> float:
    prefix = text[max(0, start - len(anchor.prefix)) : start]
    suffix = text[end : end + len(anchor.suffix)]
    position = 1 - abs(start - hint) / max(len(text), 1)
    return (
        50
        + 20 * similarity(prefix, anchor.prefix)
        + 20 * similarity(suffix, anchor.suffix)
        + 2 * position
    ) / 92


def _fuzzy(text: str, anchor: Anchor, lo: int, hi: int) -> tuple[float, int, int] | None:
    """Best approximate occurrence of the quote in ``text[lo:hi]``: (similarity, start, end)."""
    window = text[lo:hi]
    quote = anchor.exact
    matcher = SequenceMatcher(None, window, quote, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size >= 3]
    if not blocks:
        return None
    largest = max(blocks, key=lambda b: b.size)
    slack = len(quote) // 2 + 8
    expected = largest.a - largest.b
    near = [
        b
        for b in blocks
        if b.a >= expected - slack and b.a + b.size <= expected + len(quote) + slack
    ]
    # Match again inside that region only: the global match may have paired the quote's
    # first letters with an earlier occurrence ("They" with "The ..." far above), leaving
    # the span cut mid-word ("y warn ..." for "They loudly warn ...").
    sub_lo = max(0, expected - slack)
    local = SequenceMatcher(
        None, window[sub_lo : expected + len(quote) + slack], quote, autojunk=False
    )
    rematched = [
        Match(b.a + sub_lo, b.b, b.size) for b in local.get_matching_blocks() if b.size >= 3
    ]
    near = rematched or near
    first, last = near[0], near[-1]
    tight = (first.a, last.a + last.size)
    # Also try the span stretched to cover quote characters that no block matched.
    loose = (
        max(0, first.a - first.b),
        min(len(window), last.a + last.size + len(quote) - last.b - last.size),
    )
    best: tuple[float, int, int] | None = None
    for start, end in {tight, loose}:
        if end <= start:
            continue
        sim = similarity(window[start:end], quote)
        if best is None or sim > best[0]:
            best = (sim, lo + start, lo + end)
    return best


def reanchor(text: str, anchor: Anchor) -> Placement:
    """Find ``anchor`` again in an edited ``text``."""
    if text[anchor.start : anchor.end] == anchor.exact and (
        not anchor.prefix
        or text[max(0, anchor.start - len(anchor.prefix)) : anchor.start] == anchor.prefix
    ):
        return Placement("unchanged", anchor)
    exact_hits = []
    pos = text.find(anchor.exact)
    while pos != -1:
        end = pos + len(anchor.exact)
        exact_hits.append((_context_score(text, pos, end, anchor, anchor.start), pos, end))
        pos = text.find(anchor.exact, pos + 1)
    best_exact = max(exact_hits, default=None)
    if best_exact and best_exact[0] >= 0.75:
        return Placement("moved", make_anchor(text, best_exact[1], best_exact[2]))
    if best_exact is None:
        # Quote marks and dashes re-typed (curly <-> straight): the folding keeps offsets,
        # so the whole quote is found again, closing mark included.
        folded, exact = text.translate(_QUOTE_FOLD), anchor.exact.translate(_QUOTE_FOLD)
        hits = []
        pos = folded.find(exact)
        while pos != -1:
            hits.append((_context_score(text, pos, pos + len(exact), anchor, anchor.start), pos))
            pos = folded.find(exact, pos + 1)
        if hits:
            _, pos = max(hits)
            sim = similarity(text[pos : pos + len(exact)], anchor.exact)
            return Placement("modified", make_anchor(text, pos, pos + len(exact)), sim)
    # Shift the hint by the net length change so a fuzzy search looks in the right region.
    lo = max(0, anchor.start - FUZZY_WINDOW)
    hi = min(len(text), anchor.end + FUZZY_WINDOW + max(0, len(text) - anchor.end))
    hi = min(hi, anchor.end + 2 * FUZZY_WINDOW)
    fuzzy = _fuzzy(text, anchor, lo, hi)
    if fuzzy is None or fuzzy[0] < MIN_SIMILARITY:
        whole = _fuzzy(text, anchor, 0, len(text)) if len(text) <= 200_000 else None
        if whole and (fuzzy is None or whole[0] > fuzzy[0]):
            fuzzy = whole
    if best_exact and (fuzzy is None or fuzzy[0] < 1.0):
        return Placement("moved", make_anchor(text, best_exact[1], best_exact[2]))
    if fuzzy is not None and fuzzy[0] >= threshold(anchor.exact):
        return Placement("modified", make_anchor(text, fuzzy[1], fuzzy[2]), fuzzy[0])
    return Placement("orphan", None, fuzzy[0] if fuzzy else 0.0)


def threshold(quote: str) -> float:
    """Similarity needed to accept a fuzzy match of ``quote``: lenient enough for ~8 edits
    on short quotes."""
    n = max(len(quote), 1)
    return min(MIN_SIMILARITY, max(0.5, 1 - 8 / n))
