"""Step 5c: from a sentence's stance probabilities to its suggested stance, on a source
nobody has annotated or said the side of (k = 0).

The models under-call some stances on a source they have never seen: a debate's middle
stance draws sentences of both sides, and its rarer side stances lose to the pooled
majority. Shifting the decision (the log-probabilities plus a per-stance *offset*) towards
the stances under-called lifts stance macro-F1 on every shipped debate, but costs the seeds
up to 0.18: there one stance is rare in every source, and boosting it is wrong (issue 13,
note s8). So each project decides for itself, from its own annotated sources:

1. the *candidate* offsets (``prior_offsets``): ``-PRIOR_GAMMA x log(share x k)`` per
   stance (``share``: its share of the project's annotated units, ``k`` stances), clipped
   to ``OFFSET_CLIP`` either way, plus ``MIDDLE_OFFSET`` on a middle stance (axis 0);
2. an inner cross-fit over the training sources only (``learn_offsets``): up to
   ``INNER_FOLDS`` folds by source; the stance and voice models refitted without each
   fold (the features, the claim model and the cross-fitted word leans are reused) predict
   the fold's sources, each read in order (``sequence.in_order``, without the sentences'
   alignment, which acts after the offsets) as a source nobody has annotated; with
   nothing of the source annotated, their stance probabilities are first leaned by the
   middle model as the real models' are (``models._lean_middle``; until session 17 the
   inner readings were not leaned, so they under-called the middle stance the real ones
   call well and the floor below raised it: debate4's `no-verdict` recalled 0.42 in
   the inner cross-fit, 0.84 held out);
3. the candidate is kept unless it lowers that inner stance macro-F1 by more than ``VETO``
   against no offsets; below ``MIN_SOURCES`` training sources no offset is used;
4. where it is kept, a *recall floor* (``floor_raise``): while a stance's recall in that
   inner cross-fit (with the candidate) is below ``RECALL_FLOOR``, its offset rises by
   ``FLOOR_STEP`` (the lowest recall first, at most ``FLOOR_MAX`` per stance), as long as
   the inner stance macro-F1 stays within ``FLOOR_VETO`` of the candidate's (with nothing
   of the source annotated: below ``K0_RECALL_FLOOR``, at most ``K0_FLOOR_MAX``, and a side
   stance's raise then taken ``K0_SIDE_RAISE`` times: the inner models, fitted on fewer
   sources, see a side under-called less far than the real models read it). It trades a
   little precision of the stances called often for recall of one the project's own
   sources show under-called (a side read as the other side). Only where the candidate
   is kept: on the seeds, whose pro-US-primacy stance is rare in every source and whose
   candidate the veto drops, the floor lowered the figure after 3 units 0.670 -> 0.650
   (session 15, m15b; docs/suggestions-history.md);
5. where the middle model leans the project's middle stance (``Models.middle_weight``;
   candidate kept or not) and nothing of the source is annotated, the middle stance's
   offset moves by ``middle_calibration``: minus ``MIDDLE_CALIBRATION`` times the log of
   how many of the inner cross-fit's units it calls so over how many are annotated so
   (clipped to ``MIDDLE_CLIP``). The middle
   model is learnt on other debates and leans every debate's middle stance by one
   weight; the project's own sources say whether that is too much (the middle stance a
   sink for both sides) or too little. Chosen leave one project out over the 30 tuning
   projects (session 17, m17a; docs/suggestions-history.md).

6. a source being annotated (the curve models: ``learn_offsets`` with a focus, the source's
   first units in training): its offsets are steps 3-4 on the inner readings not leaned by
   the middle model (the floor ``RECALL_FLOOR``), except its middle stance's, which takes
   ``FOCUS_CALIBRATED`` (``FOCUS_CALIBRATED_MORE`` once more than ``FOCUS_FEW_UNITS`` of its
   units are annotated) of the one steps 3-5 give as for a source nobody has annotated (the
   readings leaned, the k = 0 floor, the middle calibrated), both from the same inner
   cross-fit (the focus source is never in it); none beyond ``FOCUS_FEW_UNITS`` units where
   at least ``FOCUS_MIDDLE_OWN`` of the source's units are of the middle stance. Until session 19 it took none of it: the
   refitted models then read right -> wrong units that the models without the source read
   right, half of them (49 of 99, m18b) with the k = 0 models' offsets right again; the
   curve fell from 0 to 3 units on 18 of the 36 tuning projects. The side stances' offsets
   taken so too cost debate22 up to 0.028 (its side stance raised less by the k = 0 floor).

The offsets are applied by ``sequence.in_order`` to the final probabilities (times
``exp(offset)``, renormalised), on a source without a stated side, and also once it has
annotated units: stopping them at the first unit made the curve fall from 0 to 3 units on
most debates (kept whole, chosen leave one project out over fading them with the units, by
1 - the evidence weight, or by half; issue 13, note c9).

Why a veto and not the inner argmax: the inner models have one source fewer than the real
ones, and on the debates (4-8 sources) their best offsets are systematically smaller than
those of the real models: picked by inner argmax, the offsets lowered the held-out
mean by 0.006, where the candidate with the veto raised it by 0.020 (leave one project
out over the seeds, bench/eval and debates 2-11; issue 13, note s9). The meta-constants
were chosen so, on those twelve projects.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.suggest.data import Example, Features
    from argmap.suggest.models import Models

#: The candidate's lean toward a stance rare among the project's annotated units: minus
#: this times the log of its share times the number of stances.
PRIOR_GAMMA = 0.2
#: The candidate's offset on a middle stance (axis 0), which draws sentences of both sides.
MIDDLE_OFFSET = -0.3
#: The share term of the candidate is clipped to this either way.
OFFSET_CLIP = 0.4
#: The candidate is dropped when it lowers the inner cross-fit's stance macro-F1 by more
#: than this.
VETO = 0.03
#: No offsets with fewer annotated training sources than this.
MIN_SOURCES = 3
#: The recall floor (step 4): a stance under this recall in the inner cross-fit is raised.
RECALL_FLOOR = 0.5
#: How much one step of the floor raises a stance's offset, and at most in all.
FLOOR_STEP = 0.05
FLOOR_MAX = 0.5
#: A step of the floor is not taken if the inner stance macro-F1 would fall more than this
#: below the candidate's. The four chosen leave one project out over the seeds, bench/eval
#: and debates 2-23 with the middle model (floor 0.4, 0.5 x most 0.5, 0.8 x veto 0.01, 0.03):
#: 0.5 / 0.05 / 0.5 / 0.01 in 22 of 24 folds.
FLOOR_VETO = 0.01
#: With nothing of the source annotated (the k = 0 models, ``learn_offsets`` without a
#: focus) the floor is higher and each stance's raise smaller: a side read as the other side
#: is lifted further, no stance by more than this. Chosen leave one project out over the 33
#: tuning projects (floor 0.55 / 0.6 x veto 0.005 / 0.01 x at most 0.2 / 0.3 / 0.5, by the
#: mean of nothing annotated + lowest recall, no other project losing more than 0.02 with
#: nothing annotated or after 0 units): 0.55 / 0.01 / 0.3 in 28 of 33 folds (0.6 lifts more
#: but costs debate32 0.027 after 0 units; session 18, m18a; docs/suggestions-history.md).
#: The curve models (a source's first units annotated) keep ``RECALL_FLOOR``, ``FLOOR_MAX``.
K0_RECALL_FLOOR = 0.55
K0_FLOOR_MAX = 0.3
#: With nothing of the source annotated, the floor's raise of a side stance (off axis 0) is
#: this times what the inner cross-fit found (so up to 1.2 x ``K0_FLOOR_MAX``). The inner
#: models are fitted on four fifths of the project's sources and read a side the reading in
#: order under-calls (the source's mix, the neighbours) as under-called, but less far than
#: the real models need: raising debate22's `full-basic-income` 0.1 above its offsets (0.26)
#: lifts its recall 0.48 -> 0.57 and the macro-F1 0.638 -> 0.656. Chosen leave one project
#: out over the 39 tuning projects (1.1-1.5, side stances or all, capped or not, by the mean
#: of nothing annotated + lowest recall, no other project losing more than 0.02): 1.2 in 35
#: of 39 folds (session 20, m20a; docs/suggestions-history.md). A middle stance keeps its
#: raise, and a source being annotated (step 6) decides as before.
K0_SIDE_RAISE = 1.2
#: Folds (by source) of the inner cross-fit; with fewer sources, one per source.
INNER_FOLDS = 5
#: The inner cross-fit reads sources (in an order fixed by their ids) until it holds this
#: many annotated units: its cost stays that of a small project at any size.
INNER_MAX_UNITS = 1000
#: Step 5, where the project's middle stance is leaned by the middle model: its offset moves
#: by minus this times the log of how many units the inner cross-fit calls it over how many
#: are annotated so, clipped to ``MIDDLE_CLIP`` either way.
MIDDLE_CALIBRATION = 0.5
#: With nothing of the source annotated, and for a share (``FOCUS_CALIBRATED``) of a source
#: being annotated: the curve models' (a source's first units annotated) offsets leaned and
#: calibrated alone moved the mean after 3 units 0.632 -> 0.634 but cost debate22 0.041,
#: debate4 0.034 and debate5 0.033 there (27 tuning projects, session 17).
MIDDLE_CLIP = 0.4
#: A source being annotated (the curve models, ``learn_offsets`` with a focus): its middle
#: stance's offset is this share of the one a source nobody has annotated gets (the middle
#: leaned and calibrated, the k = 0 floor) and the rest of the one without either (step 6),
#: with at most ``FOCUS_FEW_UNITS`` of its units annotated; ``FOCUS_CALIBRATED_MORE`` with
#: more. Chosen leave one project out over the 36 tuning projects (shares 0.25-1 after 3 x
#: 0.5 / 0.75 after 5 and 10, all stances or the middle only; by the mean after 3 / 5 / 10,
#: a fall from 0 to 3 units counting -0.01, no other project losing more than 0.02): 0.5 /
#: 0.75 in 35 of 36 folds (session 19, m19a; docs/suggestions-history.md).
FOCUS_CALIBRATED = 0.5
FOCUS_CALIBRATED_MORE = 0.75
FOCUS_FEW_UNITS = 3
#: Beyond ``FOCUS_FEW_UNITS`` units, a source at least this share of whose annotated units are
#: of the middle stance takes none of that calibration (``FOCUS_CALIBRATED_MORE`` 0): the
#: user's units say the source argues the middle, and the calibration, learnt on the
#: project's other sources, lowered the middle's offset there (debate35 after 5 units
#: 0.714 -> 0.689 in session 19: two sources with 3 of 5 and 5 of 5 middle units read three
#: of their later middle units as a side). Chosen leave one project out over the 39 tuning
#: projects with the second reading (``unrefit``) as shipped (session 20, m20b; shares scaled
#: by the middle's share of the units, at every k or beyond 3, and this threshold at 0.5 or
#: any middle unit): 29 of 39 folds; after 3 / 5 / 10 0.6521 / 0.6634 / 0.6755 -> 0.6521 /
#: 0.6641 / 0.6753, debate35 after 5 0.689 -> 0.714 (docs/suggestions-history.md).
FOCUS_MIDDLE_OWN = 0.5


def prior_offsets(
    mix: Sequence[float],
    axes: Sequence[int],
    gamma: float | None = None,
    middle: float | None = None,
    clip: float | None = None,
) -> Any:
    """The candidate offsets (one per stance) of a project whose annotated units have the
    stance shares ``mix``, its stances on ``axes`` (0: a middle stance); ``gamma``,
    ``middle`` and ``clip`` in place of ``PRIOR_GAMMA``, ``MIDDLE_OFFSET`` and
    ``OFFSET_CLIP`` (``bench/k0_decision.py`` compares them)."""
    import numpy as np

    m = np.asarray(mix, dtype=float)
    if len(m) == 0:
        return m
    gamma = PRIOR_GAMMA if gamma is None else gamma
    clip = OFFSET_CLIP if clip is None else clip
    middle = MIDDLE_OFFSET if middle is None else middle
    share = -gamma * np.log(np.maximum(m, 1e-9) * len(m))
    out = np.clip(share, -clip, clip)
    return out + middle * (np.asarray(axes) == 0)


def apply(probs: Any, offsets: Sequence[float]) -> Any:
    """``probs`` (rows of stance probabilities) times ``exp(offsets)``, renormalised."""
    import numpy as np

    out = np.asarray(probs, dtype=float) * np.exp(np.asarray(offsets, dtype=float))
    return out / np.maximum(out.sum(axis=1, keepdims=True), 1e-12)


def macro_f1(gold: Any, pred: Any, k: int) -> float:
    """Stance macro-F1 over the stances (indices below ``k``) in ``gold`` or ``pred``, as
    ``evaluation.Scores`` computes it."""
    import numpy as np

    f1 = []
    for j in range(k):
        tp = int(np.sum((gold == j) & (pred == j)))
        fp = int(np.sum((gold != j) & (pred == j)))
        fn = int(np.sum((gold == j) & (pred != j)))
        if tp + fp + fn == 0:
            continue
        f1.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1)) if f1 else 0.0


def choose(gold: Any, probs: Any, candidate: Any, veto: float | None = None) -> bool:
    """Whether to keep ``candidate``: its macro-F1 on the inner cross-fit's units (``gold``
    stance indices, final ``probs``) is at most ``veto`` (default ``VETO``) below no
    offsets'."""
    import numpy as np

    if not len(gold):
        return False
    k = probs.shape[1]
    plain = macro_f1(gold, np.round(probs, 4).argmax(axis=1), k)
    shifted = macro_f1(gold, np.round(apply(probs, candidate), 4).argmax(axis=1), k)
    return shifted >= plain - (VETO if veto is None else veto)


def floor_raise(
    gold: Any, probs: Any, floor: float | None = None, most_raise: float | None = None
) -> Any:
    """The recall floor's raise of each stance's offset (step 4) on the inner cross-fit's
    units (``gold`` stance indices, ``probs`` with the candidate applied); ``floor`` and
    ``most_raise`` in place of ``RECALL_FLOOR`` and ``FLOOR_MAX``."""
    import numpy as np

    floor = RECALL_FLOOR if floor is None else floor
    k = probs.shape[1]
    raise_ = np.zeros(k)
    steps = np.zeros(k, dtype=np.int64)
    most = round((FLOOR_MAX if most_raise is None else most_raise) / FLOOR_STEP)
    base = macro_f1(gold, np.round(probs, 4).argmax(axis=1), k)
    for _ in range(most * k):
        pred = np.round(apply(probs, raise_), 4).argmax(axis=1)
        recall = [
            float(np.mean(pred[gold == j] == j)) if np.any(gold == j) else 1.0 for j in range(k)
        ]
        j = int(np.argmin(recall))
        if recall[j] >= floor or steps[j] >= most:
            break
        tried = raise_.copy()
        tried[j] = (steps[j] + 1) * FLOOR_STEP
        if macro_f1(gold, np.round(apply(probs, tried), 4).argmax(axis=1), k) < base - FLOOR_VETO:
            break
        raise_, steps[j] = tried, steps[j] + 1
    return raise_


def middle_calibration(gold: Any, probs: Any, offsets: Any, axes: Sequence[int]) -> Any:
    """The raise of each middle stance's offset (step 5; 0 elsewhere) that brings the number
    of units the inner cross-fit (``gold`` stance indices, ``probs`` before ``offsets``)
    calls it towards the number annotated so: ``-MIDDLE_CALIBRATION x log((called + 1) /
    (annotated + 1))``, clipped to ``MIDDLE_CLIP`` either way."""
    import numpy as np

    pred = np.round(apply(probs, offsets), 4).argmax(axis=1)
    out = np.zeros(probs.shape[1])
    for j, axis in enumerate(axes):
        annotated = int(np.sum(gold == j))
        if axis != 0 or not annotated:
            continue
        ratio = (int(np.sum(pred == j)) + 1) / (annotated + 1)
        out[j] = np.clip(-MIDDLE_CALIBRATION * np.log(ratio), -MIDDLE_CLIP, MIDDLE_CLIP)
    return out


def _inner_sources(models: Models, items: Sequence[Example], focus: str | None) -> list[str]:
    """The training sources the inner cross-fit reads (see ``INNER_MAX_UNITS``): those with
    units, not ``focus``, in an order fixed by their ids."""
    from collections import Counter

    from argmap.suggest.models import _stable_fraction

    units = Counter(e.source for e in items if e.unit and e.stance in models.stance_ids)
    units.pop(focus, None)  # type: ignore[arg-type]
    order = sorted(units, key=lambda s: (_stable_fraction((s, "inner")), s))
    kept: list[str] = []
    total = 0
    for s in order:
        if kept and total + units[s] > INNER_MAX_UNITS and len(kept) >= MIN_SOURCES:
            break
        kept.append(s)
        total += units[s]
    return kept


def learn_offsets(
    models: Models,
    items: Sequence[Example],
    x: Any,
    inv: Any,
    seen: Features,
    unit_rows: Sequence[int],
    unit_block: Any,
    focus: str | None = None,
) -> tuple[float, ...]:
    """The decision offsets of ``models`` (fitted on ``items``, sorted by source and
    sentence): ``prior_offsets`` if the inner cross-fit keeps them (``choose``), else none
    (``()``). ``x``: the distinct contexts' feature rows, ``inv`` each item's row, ``seen``
    their features; ``unit_rows``: the items that are units, ``unit_block`` their voice
    block with cross-fitted word leans (as the stance model was fitted). ``focus``: the
    source being annotated, never in the inner cross-fit; its offsets mix two decisions
    (step 6, ``FOCUS_CALIBRATED``)."""
    import numpy as np

    from argmap.suggest import middle
    from argmap.suggest import models as M
    from argmap.suggest.data import source_mix
    from argmap.suggest.sequence import in_order

    stances = models.stance_ids
    k = len(stances)
    if k < 2 or not models.stance_mix or models.classifiers.get("stance") is None:
        return ()
    kept = _inner_sources(models, items, focus)
    if len(kept) < MIN_SOURCES:
        return ()
    candidate = prior_offsets(models.stance_mix, models.lexicon.stance_axes)
    if not np.any(candidate):
        return ()
    n_folds = min(len(kept), INNER_FOLDS)
    fold_of = {s: i % n_folds for i, s in enumerate(kept)}
    col = {s: j for j, s in enumerate(stances)}
    unit_pos = {r: j for j, r in enumerate(unit_rows)}
    rows_of: dict[str, list[int]] = {}
    for i, e in enumerate(items):
        if e.source in fold_of:
            rows_of.setdefault(e.source, []).append(i)
    claim_clf = models.classifiers.get("claim")
    # the readings the inner cross-fit makes: "k0" as of a source nobody has annotated (the
    # middle model leans the inner readings as it leans the real ones, ``models._lean_middle``;
    # the k = 0 floor; step 5 calibrates the middle), "focus" as before session 17 (neither,
    # the floor ``RECALL_FLOOR``); a source being annotated reads "focus" and, where the
    # codebook has a middle stance, "k0" for its middle stance's offset (step 6)
    axes = models.lexicon.stance_axes
    own = sum(1 for e in items if e.unit and e.source == focus) if focus is not None else 0
    share = FOCUS_CALIBRATED if own <= FOCUS_FEW_UNITS else FOCUS_CALIBRATED_MORE
    if own > FOCUS_FEW_UNITS:
        middle_ids = {sid for sid, axis in zip(stances, axes, strict=True) if axis == 0}
        mine = sum(1 for e in items if e.unit and e.source == focus and e.stance in middle_ids)
        if mine >= FOCUS_MIDDLE_OWN * own:
            share = 0.0
    if focus is None:
        ways: tuple[str, ...] = ("k0",)
    elif share > 0 and any(axis == 0 for axis in axes):
        ways = ("focus", "k0")
    else:
        ways = ("focus",)
    calibrate = bool(models.middle_weight) and "k0" in ways
    lean_cols = middle.middle_columns(models.lexicon.stance_axes)
    lean_model = middle.model_for(stances) if calibrate and lean_cols else None
    gold: dict[str, list[int]] = {w: [] for w in ways}
    probs: dict[str, list[Any]] = {w: [] for w in ways}
    for f in range(n_folds):
        train = [
            unit_pos[i]
            for s in kept
            if fold_of[s] != f
            for i in rows_of[s]
            if i in unit_pos and items[i].stance in col
        ]
        y = [items[unit_rows[j]].stance or "" for j in train]
        if len(set(y)) < 2:
            continue
        ur = inv[[unit_rows[j] for j in train]]
        xb = unit_block[train]
        from scipy import sparse

        inner = dataclasses.replace(
            models, classifiers=dict(models.classifiers), constant=dict(models.constant)
        )
        inner.stance_offsets = ()
        xs = sparse.hstack([x[ur], sparse.csr_matrix(xb)], format="csr")
        ones = np.ones(len(train))
        for task, xt in (("stance", xs), ("voice", xb)):
            inner.classifiers[task], inner.constant[task] = M._fit_task(xt, y, ones, models.large)
        held = [s for s in kept if fold_of[s] == f]
        train_items = [items[unit_rows[j]] for j in train]
        inner.stance_mix, inner.concentration = source_mix(train_items, stances)
        ref = M._stance(inner, x[ur], seen.stance_prior[ur], xb)
        inner.stance_reference = tuple(float(v) for v in ref.mean(0))
        for s in held:
            rs = rows_of[s]
            xr = inv[rs]
            block = M._voice_rows(inner, x[xr], seen.voice[xr])
            for j, i in enumerate(rs):
                if i in unit_pos and block is not None:
                    block[j] = unit_block[unit_pos[i]]
            bare = M.round4(M._stance(inner, x[xr], seen.stance_prior[xr], block))
            claim = (
                M.round4(M._proba(models, "claim", x[xr], [M.UNIT])[:, 0])
                if claim_clf is not None or models.constant.get("claim")
                else np.full(len(rs), 0.5)
            )
            for way in ways:
                sp = bare
                if way == "k0" and lean_model is not None:
                    score = middle.scores(lean_model, [items[i].ctx for i in rs])
                    sp = M.round4(middle.lean(bare, score, lean_cols, models.middle_weight))
                best = sp.argmax(axis=1).tolist()
                preds = [
                    M.Prediction(
                        c, "claim", stances[b], dict(zip(stances, p, strict=True)), (), {}, ()
                    )
                    for c, p, b in zip(claim.tolist(), sp.tolist(), best, strict=True)
                ]
                # as the offsets act: before the sentences' alignment (``sequence._aligned``)
                read = in_order(
                    inner, [items[i].ctx for i in rs], preds, [None] * len(rs), aligned=False
                )
                for i, p in zip(rs, read, strict=True):
                    e = items[i]
                    if e.unit and e.stance in col and p is not None:
                        gold[way].append(col[e.stance])
                        probs[way].append([p.stance_probs[t] for t in stances])
    if not gold[ways[0]]:
        return ()
    sets = {
        way: _decided(
            np.asarray(gold[way]),
            np.asarray(probs[way], dtype=float),
            candidate,
            axes,
            k0=way == "k0",
            calibrate=calibrate and way == "k0",
            side_raise=K0_SIDE_RAISE if focus is None else 1.0,
        )
        for way in ways
    }
    offsets = sets[ways[0]]
    if len(ways) == 2:
        mid = np.asarray(axes) == 0
        offsets[mid] = (1 - share) * offsets[mid] + share * sets["k0"][mid]
    if not np.any(offsets):
        return ()
    return tuple(float(v) for v in np.round(offsets, 4))


def _decided(
    gold: Any,
    probs: Any,
    candidate: Any,
    axes: Sequence[int],
    k0: bool,
    calibrate: bool,
    side_raise: float = 1.0,
) -> Any:
    """Steps 3-5 on the inner cross-fit's units (``gold`` stance indices, final ``probs``):
    the candidate if ``choose`` keeps it, raised by the recall floor (``K0_RECALL_FLOOR``
    where ``k0``; a side stance's raise times ``side_raise``: ``K0_SIDE_RAISE`` for a source
    nobody has annotated), plus, where ``calibrate``, the middle calibration; else zeros."""
    import numpy as np

    if choose(gold, probs, candidate):
        floor = (K0_RECALL_FLOOR, K0_FLOOR_MAX) if k0 else (None, None)
        raise_ = floor_raise(gold, apply(probs, candidate), *floor)
        raise_ = np.where(np.asarray(axes) != 0, side_raise * raise_, raise_)
        offsets = np.round(candidate + raise_, 4)
    else:
        offsets = np.zeros(probs.shape[1])
    if calibrate:
        offsets = offsets + middle_calibration(gold, probs, offsets, axes)
    return offsets
