"""Step 5e: whether a sentence argues the same stance as an annotated unit of its source,
learnt across debates.

Once the user has annotated a source's first units, what is left is *which* of the rest
argue the stance of which unit. The cues of that are the same in every debate: a unit's
stance carries to the sentences of its paragraph and section more than to far ones, less
across a turn ("But ...") or a concession, to a sentence in the same voice (both the
writer's own, or both reported) more than across voices, to one that shares its words; and
the reading the models already give the sentence says how far it can move. So one small
logistic regression of "this sentence's stance is this unit's" on such pair features
(``pair_rows``; no debate's words) is trained on the tuning debates' gold (``bench/pairwise.py``
writes ``argmap/data/pairs.json``, deterministically), the sentence's reading being the
shipped reading in order after the source's first 3, 5 and 10 units.

``sequence.in_order`` uses it last (``transfer``), only where units of the source are
annotated: where ``P(same)`` of a sentence and a unit is above the sentence's reading of
the unit's stance, that stance is raised (``WEIGHT`` times the excess log-odds, averaged
over the units); a unit never lowers a stance. With nothing annotated nothing changes.
Across debates the pair features add little to the reading itself (leave one debate out,
ROC AUC of "same stance" after 3 units 0.7394 with them, 0.7395 from the reading's three
columns alone, 0.599 from the pair features alone): what the step learns is mostly how
far to trust the reading against the units.

As ``align``, the file holds a model trained on every tuning debate and, per debate (named
by its stance ids), one trained without it (``model_for``), so ``argmap evaluate`` in
``bench/debateN`` reads a debate with a model that never saw it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.suggest.data import Context

#: How far a unit raises its stance in a sentence where the pair model gives that stance
#: more than the reading does (times the excess log-odds, averaged over the units). Chosen
#: over 0.25, 0.5, 1, 1.5 and 2 of this rule and over a signed rule (also lowering) and
#: log-linear pooling with the units' distributions (0.3-1), leave one project out over the
#: 24 tuning projects (the seeds, bench/eval, debates 2-23) by the mean of the curve after
#: 3, 5 and 10 units, among those that keep ``tests/test_suggest.py``'s curve tests: 0.5 of
#: this rule in all 24 folds (pooling at 0.85, chosen without that condition, took the
#: seeds' curve down 0.670 / 0.730 -> 0.647 / 0.690; session 15, m15;
#: docs/suggestions-history.md).
WEIGHT = 0.5
#: The annotated units each sentence reads in ``transfer``: its this many nearest in text
#: order (ties: the earlier), not every unit of the source. A long source's every pair made
#: the step quadratic (12 million pairs, 9 of the 27 s of ``suggest --all`` on 1,000
#: sources: a 10,000-sentence source with 1,500 units); with the nearest alone it is linear.
#: Where a source has no more units than this, every unit counts, exactly as before. Over
#: the 30 tuning projects (``bench/reading_screen``, session 17) 3 costs bench/eval 0.086
#: after 10 units; 5 and 8 move the curve after 10 by +0.0004 and +0.0002 on average (at
#: most -0.012 and -0.006 on a project; after 3 and 5 nothing, as no source has more units
#: there); 8, the smaller loss (docs/suggestions-history.md, session 17).
NEAREST = 8
#: Where the shipped models are.
PATH = Path(__file__).resolve().parent.parent / "data" / "pairs.json"
#: A hedge: a sentence that says what may be, not what is.
HEDGE = re.compile(r"\b(?:may|might|could|perhaps|possibly|arguably|likely|unlikely|seems?)\b")
#: Strings one of which every match of ``HEDGE`` holds: a text holding none is not searched.
HEDGE_GUARDS = ("may", "might", "could", "perhaps", "possibly", "arguably", "likely", "seem")
#: The features of a (sentence, unit) pair, in order (``pair_rows``).
PAIR_NAMES = (
    "reading of the unit's stance",
    "reading's top is the unit's stance",
    "reading's confidence",
    "project share of the unit's stance",
    "units' share of the unit's stance",
    "sentences apart",
    "paragraphs apart",
    "same paragraph",
    "same section",
    "nearest unit",
    "turns between",
    "concessions or reports between",
    "shared words",
    "sentence's alignment",
    "unit's alignment",
    "both aligned",
    "sentence hedged",
    "unit hedged",
    "both hedged",
    "sentence reported",
    "unit reported",
    "sentence conceded",
    "unit conceded",
    "sentence turns",
    "unit turns",
    "sentence before a turn",
    "unit before a turn",
    "same voice",
    "reading x units' share",
)
#: Words shorter than this do not count as shared content words.
MIN_WORD = 5


@dataclass(frozen=True, slots=True)
class PairModel:
    """One logistic regression on standardised ``PAIR_NAMES`` columns."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    trained_on: tuple[str, ...]


def _model(raw: dict[str, Any], file: dict[str, Any]) -> PairModel:
    return PairModel(
        tuple(float(c) for c in raw["mean"]),
        tuple(float(c) for c in raw["scale"]),
        tuple(float(c) for c in raw["coef"]),
        float(raw["intercept"]),
        tuple(raw["trained_on"]),
    )


def model_for(stance_ids: Sequence[str]) -> PairModel | None:
    """The pair model for a project with these stance ids: the one trained without it where
    it is a tuning debate, else the one trained on them all."""
    from argmap.suggest.align import shipped_for

    return shipped_for(PATH, _model, stance_ids)


def _layout(ctxs: Sequence[Context]) -> tuple[Any, Any]:
    """Per sentence, its paragraph's number and its section's number."""
    import numpy as np

    from argmap.suggest.sequence import _sections

    para = np.cumsum([1 if (c.para_pos == 0) else 0 for c in ctxs])
    return para, np.asarray(_sections(ctxs))


#: Pairs whose features are made at once (``transfer`` takes a source's targets in blocks of
#: about this many pairs: a 10,000-sentence source with 1,500 units made 12 million rows of
#: ``PAIR_NAMES`` at once, several GB).
BLOCK_PAIRS = 65_536


@dataclass(frozen=True, slots=True)
class _Source:
    """What the pair features read of one source's sentences, whatever the pair: the
    ``align.CUE_NAMES`` columns, paragraph and section numbers, hedges, turns and reports
    before each sentence (cumulative), and a 0/1 matrix of each sentence's content words."""

    cues: Any
    para: Any
    section: Any
    hedge: Any
    report: Any
    cum_turn: Any
    cum_report: Any
    words: Any  # sparse CSR, sentences x content words
    sizes: Any  # content words per sentence


def _source(ctxs: Sequence[Context], cues: tuple[Any, Sequence[str]] | None) -> _Source:
    """``_Source`` of ``ctxs``; ``cues``: ``align.cue_rows(ctxs)`` where already read."""
    import numpy as np
    from scipy import sparse

    from argmap.suggest.align import _Holding, cue_rows
    from argmap.suggest.features import VOICES

    rows, norms = cue_rows(ctxs) if cues is None else cues
    para, section = _layout(ctxs)
    vocab: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    for n in norms:
        for w in {w for w in n.split() if len(w) >= MIN_WORD}:
            indices.append(vocab.setdefault(w, len(vocab)))
        indptr.append(len(indices))
    words = sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.int32), indices, indptr), shape=(len(norms), len(vocab))
    )
    hedge = np.zeros(len(norms))
    search = HEDGE.search
    hedge[[i for i in _Holding(norms).any_of(HEDGE_GUARDS) if search(norms[i])]] = 1.0
    turn = rows[:, VOICES.index("turn")]
    report = np.maximum(rows[:, VOICES.index("reported")], rows[:, VOICES.index("conceded")])
    return _Source(
        rows,
        para,
        section,
        hedge,
        report,
        np.concatenate([[0.0], np.cumsum(turn)]),
        np.concatenate([[0.0], np.cumsum(report)]),
        words,
        np.diff(np.asarray(indptr, dtype=np.int64)),
    )


def source_of(ctxs: Sequence[Context], cues: tuple[Any, Sequence[str]] | None = None) -> _Source:
    """What the pair features read of one source's sentences (``ctxs``, in text order),
    whatever the pair (``transfer`` takes it for ``cues``); ``cues``: ``align.cue_rows(ctxs)``
    where already read."""
    return _source(ctxs, cues)


def pair_rows(
    ctxs: Sequence[Context],
    probs: Any,
    units: Sequence[tuple[int, int]],
    targets: Sequence[int],
    mix: Sequence[float],
    lean: Any,
    cues: tuple[Any, Sequence[str]] | None = None,
) -> Any:
    """The ``PAIR_NAMES`` features of every (target, unit) pair of one source (``ctxs``, in
    text order): an array ``len(targets) x len(units) x len(PAIR_NAMES)``. ``probs``: per
    sentence, its stance reading (``k`` columns; only the targets' rows are read);
    ``units``: the annotated units as (sentence, stance column); ``mix``: the project's
    stance mix; ``lean``: per sentence, its alignment (``align.alignment``); ``cues``: the
    source's ``align.cue_rows`` where already read."""
    return _rows(_source(ctxs, cues), probs, units, targets, mix, lean)


def _columns(
    src: _Source,
    probs: Any,
    units: Sequence[tuple[int, int]],
    targets: Sequence[int],
    mix: Sequence[float],
    lean: Any,
    near: Any = None,
) -> list[Any]:
    """The ``PAIR_NAMES`` columns of the (target, unit) pairs of a source already read
    (``_source``), in order: each ``targets x units``, or ``targets x 1`` / ``1 x units``
    where it depends on the target or the unit alone (broadcast). ``near``: per target, the
    units it is paired with (``targets x K`` indices into ``units``, ``_nearest``); the
    columns are then ``targets x K`` (the units' share is still of every unit)."""
    import numpy as np

    from argmap.suggest.features import VOICES

    t = np.asarray(targets, dtype=np.int64)
    ui = np.asarray([i for i, _ in units], dtype=np.int64)
    uc = np.asarray([c for _, c in units], dtype=np.int64)
    k = probs.shape[1]
    cues, para, section, hedge, report = src.cues, src.para, src.section, src.hedge, src.report
    m = np.clip(np.asarray(mix, dtype=float), 1e-4, 1.0) if len(mix) == k else np.full(k, 1 / k)
    share = np.bincount(uc, minlength=k) / max(len(units), 1)
    p = np.clip(probs[t], 1e-4, 1.0)  # targets x k
    if near is None:
        pu = p[:, uc]  # targets x units: the reading of each unit's stance
        cu, iu = uc[None, :], ui[None, :]  # 1 x units
    else:
        cu, iu = uc[near], ui[near]  # targets x K
        pu = np.take_along_axis(p, cu, axis=1)
    top = (p.argmax(axis=1)[:, None] == cu).astype(float)
    conf = np.log(k * p.max(axis=1))[:, None]
    gap = np.abs(t[:, None] - iu)
    nearest = (gap == gap.min(axis=1, keepdims=True)).astype(float)
    lo, hi = np.minimum(t[:, None], iu), np.maximum(t[:, None], iu)
    # between: the sentences after the earlier up to the later one, both included
    turns = src.cum_turn[hi + 1] - src.cum_turn[lo + 1]
    reports = src.cum_report[hi + 1] - src.cum_report[lo + 1]
    # shared words over the words of either (0 where neither has any): counts exact in
    # integers, one division each, as len(a & b) / len(a | b)
    if near is None:
        shared = (src.words[t] @ src.words[ui].T).toarray().astype(np.int64)
    else:
        rows = src.words[np.repeat(t, iu.shape[1])].multiply(src.words[iu.ravel()])
        shared = np.asarray(rows.sum(axis=1), dtype=np.int64).reshape(iu.shape)
    either = src.sizes[t][:, None] + src.sizes[iu] - shared
    overlap = np.zeros(shared.shape)
    np.divide(shared, either, out=overlap, where=either > 0)
    ls, lu = lean[t][:, None], lean[iu]
    lp = np.log(k * pu)
    hs, hu = hedge[t][:, None], hedge[iu]
    col = [
        lp,
        top,
        conf,
        np.log(k * m[cu]),
        share[cu],
        np.log1p(gap),
        np.log1p(np.abs(para[t][:, None] - para[iu])),
        (para[t][:, None] == para[iu]).astype(float),
        (section[t][:, None] == section[iu]).astype(float),
        nearest,
        np.log1p(turns),
        np.log1p(reports),
        overlap,
        ls,
        lu,
        ls * lu,
        hs,
        hu,
        hs * hu,
    ]
    for name in ("reported", "conceded", "turn", "before a turn"):
        j = VOICES.index(name)
        col += [cues[t, j][:, None], cues[iu, j]]
    own_s = (report[t] == 0)[:, None]
    own_u = report[iu] == 0
    col += [(own_s == own_u).astype(float), lp * share[cu]]
    return col


def _nearest(units: Sequence[tuple[int, int]], targets: Any, count: int) -> Any:
    """Per target (a sentence index), the ``count`` units nearest it in text order (ties:
    the earlier unit), as indices into ``units`` (sorted by their sentence), in text order:
    an array ``targets x count``. ``units`` must hold more than ``count``."""
    import numpy as np

    ui = np.asarray([i for i, _ in units], dtype=np.int64)
    order = np.argsort(ui, kind="stable")
    pos = ui[order]
    t = np.asarray(targets, dtype=np.int64)
    # the nearest ``count`` lie among the ``count`` units on either side of the target
    at = np.searchsorted(pos, t)
    width = min(2 * count, len(pos))
    start = np.clip(at - count, 0, len(pos) - width)
    window = start[:, None] + np.arange(width)[None, :]
    gap = np.abs(pos[window] - t[:, None])
    # by distance, then by position (the window is in text order): a stable sort
    by_gap = np.argsort(gap, axis=1, kind="stable")[:, :count]
    pick = np.sort(np.take_along_axis(window, by_gap, axis=1), axis=1)
    return order[pick]


def _rows(
    src: _Source,
    probs: Any,
    units: Sequence[tuple[int, int]],
    targets: Sequence[int],
    mix: Sequence[float],
    lean: Any,
) -> Any:
    """``pair_rows`` of a source already read (``_source``)."""
    import numpy as np

    out = np.empty((len(targets), len(units), len(PAIR_NAMES)))
    for j, c in enumerate(_columns(src, probs, units, targets, mix, lean)):
        out[:, :, j] = c
    return out


def same_stance(model: PairModel, rows: Any) -> Any:
    """The model's probability that each pair's sentence argues its unit's stance."""
    import numpy as np

    z = (rows - np.asarray(model.mean)) / np.asarray(model.scale)
    score = z @ np.asarray(model.coef) + model.intercept
    return 1.0 / (1.0 + np.exp(-score))


def _same_stance(
    model: PairModel,
    src: _Source,
    probs: Any,
    units: Sequence[tuple[int, int]],
    targets: Sequence[int],
    mix: Sequence[float],
    lean: Any,
    near: Any = None,
) -> Any:
    """``same_stance(model, _rows(...))``, each column standardised before it is spread
    over the pairs (the same numbers: one subtraction and one division per value).
    ``near``: per target, the units it is paired with (``_columns``)."""
    import numpy as np

    mean, scale = np.asarray(model.mean), np.asarray(model.scale)
    width = len(units) if near is None else near.shape[1]
    z = np.empty((len(targets), width, len(PAIR_NAMES)))
    for j, c in enumerate(_columns(src, probs, units, targets, mix, lean, near)):
        z[:, :, j] = (c - mean[j]) / scale[j]
    score = z @ np.asarray(model.coef) + model.intercept
    return 1.0 / (1.0 + np.exp(-score))


def transfer(
    model: PairModel,
    ctxs: Sequence[Context],
    probs: Any,
    units: Sequence[tuple[int, int]],
    targets: Sequence[int],
    mix: Sequence[float],
    lean: Any,
    cues: tuple[Any, Sequence[str]] | _Source | None = None,
) -> Any:
    """The stance readings ``probs`` (one row per sentence of ``targets``) with each unit's
    stance raised where the pair model gives it more than the reading does: its log-odds
    plus ``WEIGHT`` times the excess of ``P(same)``'s log-odds over the reading's, averaged
    over ``units`` (over each sentence's ``NEAREST`` units in text order where the source
    has more); renormalised. A unit never lowers a stance (pushing a sentence away from
    a unit's stance where ``P(same)`` is low cost the seeds' curve). ``cues``: the
    source's ``align.cue_rows``, or its ``source_of``, where already read. The pairs are made and scored a block
    of targets at a time (``BLOCK_PAIRS``): each pair's score is as if made at once."""
    import numpy as np

    full = np.zeros((len(ctxs), probs.shape[1]))
    t = np.asarray(targets, dtype=np.int64)
    full[t] = probs
    src = cues if isinstance(cues, _Source) else _source(ctxs, cues)
    if len(units) > NEAREST:
        return _transfer_nearest(model, src, full, probs, units, t, mix, lean)
    step = max(1, BLOCK_PAIRS // max(len(units), 1))
    q = np.zeros((len(t), len(units)))  # t x u
    for at in range(0, len(t), step):
        q[at : at + step] = _same_stance(model, src, full, units, t[at : at + step], mix, lean)
    p = np.clip(probs, 1e-6, 1.0)
    logp = np.log(p)
    for b, (_, c) in enumerate(units):
        pc = np.clip(p[:, c], 1e-6, 1.0 - 1e-6)
        qc = np.clip(q[:, b], 1e-6, 1.0 - 1e-6)
        excess = np.log(qc / (1.0 - qc)) - np.log(pc / (1.0 - pc))
        logp[:, c] += WEIGHT * np.maximum(excess, 0.0) / len(units)
    logp -= logp.max(axis=1, keepdims=True)
    out = np.exp(logp)
    return out / out.sum(axis=1, keepdims=True)


def _transfer_nearest(
    model: PairModel,
    src: _Source,
    full: Any,
    probs: Any,
    units: Sequence[tuple[int, int]],
    t: Any,
    mix: Sequence[float],
    lean: Any,
) -> Any:
    """``transfer`` where each target reads its ``NEAREST`` units alone (``_nearest``):
    ``full`` holds the targets' readings at their sentences, ``probs`` the same in target
    order."""
    import numpy as np

    count = NEAREST
    uc = np.asarray([c for _, c in units], dtype=np.int64)
    step = max(1, BLOCK_PAIRS // count)
    near = np.zeros((len(t), count), dtype=np.int64)
    q = np.zeros((len(t), count))  # t x K
    for at in range(0, len(t), step):
        block = t[at : at + step]
        near[at : at + step] = _nearest(units, block, count)
        q[at : at + step] = _same_stance(
            model, src, full, units, block, mix, lean, near[at : at + step]
        )
    p = np.clip(probs, 1e-6, 1.0)
    logp = np.log(p)
    cols = uc[near]  # t x K: each pair's unit stance
    pc = np.clip(np.take_along_axis(p, cols, axis=1), 1e-6, 1.0 - 1e-6)
    qc = np.clip(q, 1e-6, 1.0 - 1e-6)
    excess = np.log(qc / (1.0 - qc)) - np.log(pc / (1.0 - pc))
    rise = np.zeros_like(logp)
    rows = np.repeat(np.arange(len(t)), count)
    np.add.at(rise, (rows, cols.ravel()), (WEIGHT * np.maximum(excess, 0.0) / count).ravel())
    logp += rise
    logp -= logp.max(axis=1, keepdims=True)
    out = np.exp(logp)
    return out / out.sum(axis=1, keepdims=True)
