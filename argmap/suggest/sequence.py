"""Step 5b: a source read as a whole and in order (its stance mix, section headings and
neighbouring sentences).

A sentence's stance is seldom its own alone: articles argue in stretches (a section of
obstacles, a paragraph of recommendations), and a section heading often names what the
section argues ("Structural Obstacles to a Unified European Military"). ``in_order`` takes
the stance probabilities ``models.predict`` gave each sentence of one source, in text order,
and

1. multiplies them by ``exp(HEADING_WEIGHT x hits)``, where ``hits`` counts each stance's
   codebook patterns in the sentence's section heading (the last line before it that stands
   alone, is short and has no final stop: a heading, or the title);
2. re-weights them by the source's own stance mix over the project's mix (``mix``): the
   mix is a latent Dirichlet variable around the project's pooled mix, whose concentration
   ``_train`` learns from how one-sided the annotated sources are (``data.source_mix``),
   estimated from the source's annotated units (its first three in text order each
   counting ``models.evidence_weight``, learnt from how well the first units of the
   project's sources predict their later ones: ``data.evidence_weight``; the ones after
   them ``LATER_WEIGHT``; outside their section, ``ELSEWHERE_WEIGHT`` times that; where
   the project's openings mislead, ``OPENING_GATE``, a source's first units are not read in
   order at all until a fourth is annotated, unless they come after more than
   ``OPENING_SPAN`` likely claims: ``_opening_alone``) and its predicted
   sentences (soft counts: each ``PREDICTED_WEIGHT`` times its claim probability). In a
   project of one-sided sources that open with their own side three annotated units turn
   the rest of their source; where sources open with the view they then argue against,
   or every source mixes its stances alike, they hardly move it;
   the stance the user says the source argues as a whole (``argues``, ``argmap suggest
   --argues``) counts ``STATED_WEIGHT`` units more. That one word is what the source level
   lacks most: on debates 2-5 a source's first three units (whose majority is the rest's
   in 13 of 28 sources: articles open with the view they then rebut) do not say which side
   it argues, and the models' pooled reading of it, the stance its mix tilts toward, names
   the side in 26 of 42 sources of debates 2-7, but weakly (its shares are nearly flat);
   counted as a word of its own, it lowers as many projects as it lifts. No reading of the
   author's own voice (closing paragraph, "should", "I think", "But ...", without "critics
   say") names it more often (``bench/source_reading.py``; issue 13, notes k4 and v7).
   Stated, it lifts stance macro-F1 on debates 2, 4 and 5 from 0.44-0.59 to 0.65-0.74.
   A sentence whose own reading (step 1) is strong (``_strong``: its most likely stance
   ``STRONG`` of the way from chance to certainty) is not pulled by the source's annotated
   units nor by the stated side: it gets the mix its predicted sentences alone give, and in
   step 3 reads its neighbours as they were before that pull too (an annotated unit among
   them counting ``STRONG_NEAR_UNIT``). Otherwise three units of an article's one side turned
   every sentence after them, the hedges and conceded points that read clearly as such too,
   and the side said of a mixed source turned its other stances (debate8's elin-notes);
3. adds to each the probabilities of up to ``NEIGHBOUR_REACH`` sentences on either side,
   each weighted ``(NEIGHBOUR_WEIGHT x models.stickiness) ** distance`` times its chance of
   being a claim at all (headings and furniture hardly count); a sentence the user has
   annotated counts as certain, with its annotated stance (so annotating a sentence changes
   the suggestions around it). ``stickiness`` (``data.stickiness``) is learnt from the
   annotations: how much more often than chance two consecutive annotated units of a source share their stance
   (Cohen's kappa of each unit against the next, 0 if they agree no more than chance), so a
   project whose articles alternate stances sentence by sentence gets no smoothing;

and normalises;
4. after the decision offsets (``decision``), leans each sentence by its *alignment* with
   its source (``align``: whether it reads as its writer's own line or as another side
   reported or conceded, from a model trained across the tuning debates, never on the
   project's own): log-probabilities plus ``align.WEIGHT`` x alignment x the source's side
   (the stance said, or else the source's suggested mix, less ``align.SIDE_MIX`` of the
   project's), ``_aligned``;
5. where units of the source are annotated, raises each unit's stance in a sentence where
   the pairwise model (``pairs``: "this sentence argues this unit's stance", trained across
   the tuning debates, never on the project's own) gives it more than the reading does,
   ``_paired``.

A sentence whose suggestion the user rejected (``x`` in the reader,
``argmap reject``) is first read as "not a unit of that stance" (``rule_out``): its chance
of being a claim falls and the stance leaves its probabilities, so it counts so in its
source's mix and for its neighbours. The heading and neighbour parameters were chosen on the seeds'
leave-one-source-out evaluation and its per-source curve only, ``PREDICTED_WEIGHT`` on
those, ``bench/eval`` and ``bench/debate2`` (see the closing notes of issue 13). Claim
probabilities, questions and kinds are left as predicted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from argmap.suggest import sourcecache
from argmap.suggest.patterns import match
from argmap.suggest.text import normalise

if TYPE_CHECKING:
    from argmap.suggest.data import Context
    from argmap.suggest.models import Models, Prediction, SentenceReading

#: Weight of one codebook pattern of a stance in the section heading (log-odds).
HEADING_WEIGHT = 1.5
#: A heading is a line alone of fewer words than this, without a final stop.
HEADING_MAX_WORDS = 16
#: Weight of the next sentence's stance probabilities where consecutive units always share
#: their stance (times ``stickiness``); the one after counts this squared.
NEIGHBOUR_WEIGHT = 1.0
#: Sentences on either side that count.
NEIGHBOUR_REACH = 2
#: What a predicted sentence (times its claim probability) counts for in the estimate of
#: its source's stance mix, where an annotated unit counts 1.
PREDICTED_WEIGHT = 0.25
#: What an annotated unit of a source after its first ``data.FIRST_UNITS`` (in text order)
#: counts for in its mix; each of the first counts ``models.evidence_weight``, learnt from how
#: well the first units of the project's sources predict their later ones. An article's
#: opening often states the view it then argues against (a lede quoting the other side,
#: background, a hedge): the learnt weight is 0-0.35 on debates 3, 4, 6, 8 and 9, and with it
#: ten annotated units hardly moved a source. Later units count as units: chosen over the
#: opening's weight, 0.5, a weight learnt as the opening's is (``data.evidence_weight`` on
#: units 4-10) and their maxima, leave one project out over the seeds, bench/eval and debates
#: 2-9 by the curve at 5 and 10 units (issue 13, note c8).
LATER_WEIGHT = 1.0
#: What an annotated unit counts for in the mix of the sentences outside its section
#: (between two headings: ``_is_heading``), against 1 inside it; never less than
#: ``models.evidence_weight``, so that where a source's first units predict the rest of it
#: (the seeds, debate2: evidence weight 1) a unit counts alike everywhere. A unit says most
#: about the part of the article it sits in: a lede that states the view the article then
#: answers, a section of obstacles, a closing section of recommendations. Chosen over 1
#: (source-wide, as before), 0-0.9 alone and 0.4-0.6 floored at the evidence weight, and a
#: kernel over sentence distance, leave one project out over the seeds, bench/eval and
#: debates 2-11 by the curve at 3, 5 and 10 units (issue 13, note c9).
ELSEWHERE_WEIGHT = 0.5
#: A sentence whose own reading is strong (its most likely stance this far of the way from
#: chance, ``1 / k``, to certainty: above 0.57 of three stances, 0.51 of four, 0.68 of two)
#: is not pulled by its source's annotated units (nor by the stated side, ``STATED_WEIGHT``),
#: nor reads its neighbours pulled. Without
#: it three units of an article's one side turned the whole rest of it (bench/eval: 36 of
#: the 38 units scored took the first units' majority, the hedges and conceded points
#: among them) and the curve fell from 0 to 3 units there (0.590 -> 0.520). Chosen over
#: 0.2-0.5 leave one project out over the seeds, bench/eval and debates 2-13 by the curve
#: at 3, 5 and 10 units (0.35 in every fold); gating on the codebook's patterns or on both,
#: tempering or capping the pull, and applying it after the neighbours did no better
#: (issue 13, note c10).
STRONG = 0.35
#: What an annotated unit next to such a sentence counts for among its neighbours (as a
#: predicted neighbour counts its claim probability; elsewhere an annotated unit counts 1).
#: At 1 an article's tenth annotated unit turned the clear pro-autonomy sentence after it
#: (bench/eval 0.729 -> 0.643 from 5 to 10 units; the seeds 0.725 -> 0.719). Chosen over
#: 0-1 leave one project out as ``STRONG`` (0.25 in every fold; issue 13, note c10).
STRONG_NEAR_UNIT = 0.25
#: What the user's word that a source argues a stance (``argues``) counts for in its mix,
#: in units (an annotated unit counts ``models.evidence_weight``; this word is about the
#: whole source, not its opening). It does not pull a sentence whose own reading is strong
#: (``STRONG``), as the annotated units do not: the word says what the source argues as a
#: whole, and a mixed source's other stances are its clearest sentences (a conceded point,
#: a quoted opponent), which the word turned too (confirming a right proposal lowered the
#: figure on 9 of 19 projects). With them kept, the word may count more on the rest: 3 was
#: chosen over 1-12, with and without the exemption, leave one project out over the seeds,
#: bench/eval and debates 2-18 by the mean of the "stated" and "confirmed" figures (3 with
#: the exemption in every fold; before, 2 without it: issue 13, note k4; session 13, m13).
STATED_WEIGHT = 3.0
#: Where the project's openings mislead (``models.evidence_weight``, learnt from how well
#: the first units of its sources predict their later ones, below this), a source with no
#: more than ``data.FIRST_UNITS`` annotated units is read in order as if none were
#: annotated: the units still train the models (``models.FOCUS_WEIGHT``), but do not pull
#: its mix, count as certain neighbours or move the rest in steps 4 and 5 until a fourth is
#: annotated. On the 12 debates whose curve fell from 0 to 3 units, 71 of the 85 scored
#: units that turned wrong took a first unit's stance: 32 a sentence of the main side
#: after an opening that argues another (a lede quoting it, a concession), 27 a minority
#: sentence after an opening of the main side; 59 of the 85 turn so with the units read
#: in order by the models without them, 37 with the refitted models read without the
#: units. Chosen over 0.1-1 (and 10 other readings of the first units, session 16) leave
#: one project out over the 28 tuning projects by the mean curve after 3, 5 and 10 units:
#: 0.8 in every fold; after 3 units 0.632 -> 0.641, the curve falling from 0 to 3 on 12 ->
#: 10 of them, nothing else moved (docs/suggestions-history.md, session 16).
OPENING_GATE = 0.8
#: A source's annotated units are its opening (``OPENING_GATE``) only where no more than
#: this many likely claims (the sum of the claim probabilities of its unannotated sentences)
#: come before the last of them: three units a user annotates mid-article are read as
#: units wherever the project's openings mislead. With three units from the middle of each
#: source with more than 10 (the 30 tuning projects, session 17), the gate took the rest of
#: it below its reading with nothing annotated (0.6514 against 0.6529 on average, lower on
#: 19 projects); read, 0.6699 (lower on 8). Chosen over 2, 3, 5 and 10, with and without
#: such units counting as later units in the mix, as the largest span that leaves the
#: curve (the first units in text order) as it was on every project; counting them as
#: later units, chosen leave one project out (0.6738), took debate21 0.032 lower
#: (docs/suggestions-history.md, session 17).
OPENING_SPAN = 10.0


#: The reason shown where the stance the user said the source argues turned a suggestion.
_SAID = "[you said the source argues it]"
#: The reason shown where the source's mix of stances turned a suggestion.
_LEANS = "[the rest of this source leans this way]"
#: The reason shown where the project's decision offsets (``decision``) turned a suggestion.
_UNDER_CALLED = "[a stance suggested too seldom on new sources here]"
#: The reason a rejection gives (``rule_out``); kept first when a later step turns the stance.
_REJECTED = "[you rejected {} here]"
_REJECTED_START = _REJECTED.partition("{")[0]
#: The reasons shown where a sentence's alignment (``align``) turned a suggestion to its
#: source's side, or away from it.
_ALIGNED = "[the writer's own voice: the source's side]"
_ALIGNED_AWAY = "[another's view, as reported: not the source's side]"

#: The reason shown where the source's annotated units turned a suggestion through the
#: pairwise model (``pairs``).
_PAIRED = "[like the units you annotated in this source]"

_CLOSERS = "\"')]\u201d\u2019 "


def rule_out(pred: Prediction, rejected: Sequence[str]) -> Prediction:
    """``pred`` given that the sentence is not a unit of any stance in ``rejected`` (the
    user rejected those suggestions there): Bayes' rule on "claim and one of those
    stances" ruled out. With ``q`` the probability of those stances, the claim probability
    ``c`` becomes ``c (1 - q) / (1 - c q)`` and the stances are those left, renormalised;
    nothing else changes. No constant: a simulated user who rejects the first 3, 5 or 10
    wrong likely claims of a source (leaving them unannotated) lifts the pooled stance
    macro-F1 of the rest of it on 10, 10 and 12 of the 16 tuning projects, by 0.006,
    0.046 and 0.037 on average; it lowers the others, by up to 0.049 (the seeds after 10;
    issue 13, note c11)."""
    out = [s for s in rejected if s in pred.stance_probs]
    if not out:
        return pred
    q = min(sum(pred.stance_probs[s] for s in out), 1.0)
    left = {s: (0.0 if s in out else p) for s, p in pred.stance_probs.items()}
    total = sum(left.values())
    if total <= 0.0:  # every stance ruled out: not a claim
        return type(pred)(
            0.0,
            pred.kind,
            pred.stance,
            dict(pred.stance_probs),
            pred.questions,
            pred.question_probs,
            pred.top_features,
        )
    probs = {s: p / total for s, p in left.items()}
    claim = pred.claim * (1.0 - q) / max(1.0 - pred.claim * q, 1e-12)
    best = max(probs, key=lambda s: probs[s])  # ties: the first stance
    return type(pred)(
        claim,
        pred.kind,
        best,
        probs,
        pred.questions,
        pred.question_probs,
        (*(_REJECTED.format(s) for s in out), *pred.top_features),
    )


def _counts(
    known: Sequence[str | None],
    col: dict[str, int],
    k: int,
    first: float,
    section: Sequence[int] | None = None,
) -> Any:
    """Annotated units per stance, the first ``data.FIRST_UNITS`` in text order counting
    ``first`` each and the ones after them ``LATER_WEIGHT``; with ``section`` (per
    sentence, its section's number), per section (rows: sections 0..max) the units inside
    it alone."""
    import numpy as np

    from argmap.suggest.data import FIRST_UNITS

    out = np.zeros(k if section is None else (max(section, default=0) + 1, k))
    seen = 0
    for i, stance in enumerate(known):
        if stance in col:
            w = first if seen < FIRST_UNITS else LATER_WEIGHT
            if section is None:
                out[col[stance]] += w
            else:
                out[section[i], col[stance]] += w
            seen += 1
    return out


def _opening_alone(
    models: Models,
    preds: Sequence[Prediction | None],
    known: Sequence[str | None],
    col: dict[str, int],
) -> bool:
    """Whether a source's annotated units are not read in order: the project's openings
    mislead (``models.evidence_weight`` below ``OPENING_GATE``) and they are only its
    opening: at most ``data.FIRST_UNITS``, with no more than ``OPENING_SPAN`` likely claims
    (``preds``' claim probabilities) before the last of them."""
    from argmap.suggest.data import FIRST_UNITS

    if models.evidence_weight >= OPENING_GATE:
        return False
    at = [i for i, stance in enumerate(known) if stance in col]
    if not at or len(at) > FIRST_UNITS:
        return False
    return sum(p.claim for p in preds[: at[-1]] if p is not None) <= OPENING_SPAN


def _strong(probs: Any) -> Any:
    """Per row of ``probs`` (stance probabilities, ``k`` columns), whether its most likely
    stance stands out by more than ``STRONG`` of the way from chance (``1 / k``) to
    certainty."""
    import numpy as np

    k = probs.shape[1]
    if k < 2:
        return np.zeros(len(probs), dtype=bool)
    return (probs.max(axis=1) - 1.0 / k) > STRONG * (1.0 - 1.0 / k)


def _neighbours(probs: Any, weight: Any, stickiness: float) -> Any:
    """``probs`` (one row per sentence, in text order) plus up to ``NEIGHBOUR_REACH``
    neighbours' on either side, each ``(NEIGHBOUR_WEIGHT x stickiness) ** distance`` times
    its ``weight``, normalised."""
    import numpy as np

    n = len(probs)
    spread = probs * weight[:, None]
    total = probs.copy()
    for d in range(1, NEIGHBOUR_REACH + 1):
        if d >= n or stickiness <= 0.0:
            break
        w = (NEIGHBOUR_WEIGHT * stickiness) ** d
        total[d:] += w * spread[:-d]
        total[:-d] += w * spread[d:]
    return total / np.maximum(total.sum(axis=1, keepdims=True), 1e-12)


def _sections(ctxs: Sequence[Context]) -> list[int]:
    """Per sentence, the number of its section: how many headings (``_is_heading``) are
    at or before it."""
    out: list[int] = []
    current = 0
    for ctx in ctxs:
        if _is_heading(ctx):
            current += 1
        out.append(current)
    return out


def _is_heading(ctx: Context) -> bool:
    """A line alone, short, without a final stop (as ``features`` reads "ends like a
    sentence")."""
    if not ctx.alone or len(ctx.text.split()) >= HEADING_MAX_WORDS:
        return False
    return not ctx.text.rstrip(_CLOSERS).endswith((".", "!", "?"))


def mix(
    prior: Sequence[float],
    concentration: float,
    counts: Any,
    probs: Any = None,
    weight: Any = None,
    reference: Sequence[float] = (),
) -> Any:
    """A source's stance mix (``k`` shares): the mean of its Dirichlet posterior, around
    the project's ``prior`` mix with ``concentration``, given ``counts`` (``k``: its
    annotated units per stance, each already times ``Models.evidence_weight``) and soft
    counts from its predicted sentences.

    Each row of ``probs`` (``n x k``, stance probabilities of a sentence as the models
    give them, whose mean over the training units is ``reference``) is re-based on the
    project's mix (times ``prior`` over ``reference``, renormalised) and counts ``weight``
    (``n``). The sentences are evidence apart from the annotated units: re-basing them on
    the mix those units give made the units count twice, and with flat probabilities
    three units of a source's opening turned the whole of it (bench/debate3, issue 13's
    note). Iterating to a fixed point made the estimate jump with small changes of the
    weight.
    """
    import numpy as np

    m = np.asarray(prior, dtype=float)
    if not np.isfinite(concentration) or len(m) == 0:
        return m
    soft = concentration * m + np.asarray(counts, dtype=float)
    if probs is not None and weight is not None and len(probs):
        ref = np.asarray(reference, dtype=float) if len(reference) else m
        r = np.asarray(probs, dtype=float) * (m / np.maximum(ref, 1e-9))
        r /= np.maximum(r.sum(axis=1, keepdims=True), 1e-12)
        soft = soft + np.asarray(weight, dtype=float) @ r
    return soft / soft.sum()


def _aligned(
    models: Models,
    ctxs: Sequence[Context],
    guess: Any,
    probs: Any,
    claim: Any,
    argues: str | None,
    keep: Any = None,
    read: SentenceReading | None = None,
    every: Any = None,
) -> tuple[Any, Any] | None:
    """Step 4: the stance probabilities ``probs`` of the predicted sentences (rows
    ``guess`` of ``ctxs``; ``claim``: their claim probabilities) with each sentence's
    alignment (``align.alignment``: > 0 where it reads as its writer's own line, < 0 where
    it reports or concedes another side) times ``align.WEIGHT`` times the source's side
    added to their logs, renormalised and rounded; and that side (per stance, centred):
    the stance said (``argues``), or else the log of the source's stance mix as suggested
    (``probs`` weighted by ``claim``) less ``align.SIDE_MIX`` times the log of the
    project's. ``keep``: the rows not leaned (where the user has said a side or annotated
    units, the sentences whose own reading is strong, ``_strong``, which keep their reading
    against those too). None where no alignment model is shipped, there are fewer than two
    stances, or nothing is predicted. ``read``: the rows ``guess`` as the features read
    them (``models.predict_read``), so that their texts are not read again; ``every``:
    every sentence's alignment where it is already read (``_alignment``)."""
    import numpy as np

    from argmap.suggest import align

    k = probs.shape[1] if len(probs) else 0
    if not len(guess) or k < 2 or align.WEIGHT == 0.0:
        return None
    model = align.model_for(models.stance_ids)
    if model is None:
        return None
    if argues in models.stance_ids:
        side = np.zeros(k)
        side[models.stance_ids.index(argues)] = 1.0
    else:
        w = claim / max(float(claim.sum()), 1e-9)
        side = np.log(np.clip(w @ probs, 1e-6, 1.0))
        if len(models.stance_mix) == k:
            side -= align.SIDE_MIX * np.log(np.clip(np.asarray(models.stance_mix), 1e-6, 1.0))
    side = side - side.mean()
    if every is None:
        rows = None if read is None else (guess.tolist(), read.norms, read.voices)
        every = align.alignment(model, ctxs, rows)
    lean = every[guess]
    if keep is not None:
        lean = np.where(keep, 0.0, lean)
    logp = np.log(np.clip(probs, 1e-9, 1.0)) + align.WEIGHT * lean[:, None] * side[None, :]
    logp -= logp.max(axis=1, keepdims=True)
    out = np.exp(logp)
    out /= out.sum(axis=1, keepdims=True)
    return np.round(out, 4), side


def _alignment(models: Models, ctxs: Sequence[Context], cues: Any = None) -> Any:
    """Every sentence's alignment (``align.alignment``; 0 where no alignment model is
    shipped): read once for steps 4 and 5 where the source has annotated units. ``cues``:
    every sentence's ``align.cue_rows`` where already read."""
    import numpy as np

    from argmap.suggest import align

    model = align.model_for(models.stance_ids)
    return np.zeros(len(ctxs)) if model is None else align.alignment(model, ctxs, cues=cues)


def _read_aligned(
    models: Models,
    ctxs: Sequence[Context],
    preds: Sequence[Prediction | None],
    guess: Any,
    read: SentenceReading | None,
) -> tuple[Any, Any]:
    """Every sentence's alignment (``_alignment``) and what the pairwise step reads of the
    source (``pairs.source_of``), read once for steps 4 and 5 (the predicted sentences as
    the features read them, ``read``; the annotated ones as the training did)."""
    import numpy as np

    from argmap.suggest.align import cue_rows
    from argmap.suggest.pairs import source_of

    rows = None if read is None else (guess.tolist(), read.norms, read.voices)
    if rows is not None and models.features is not None:
        # the annotated sentences as the training read them
        others = np.flatnonzero(np.asarray([p is None for p in preds])).tolist()
        seen = models.features.remembered([ctxs[i] for i in others])
        if seen is not None:
            rows = ([*rows[0], *others], [*rows[1], *seen[0]], np.vstack([rows[2], seen[1]]))
    cues = cue_rows(ctxs, rows, rest=True)
    return _alignment(models, ctxs, cues), source_of(ctxs, cues)


def _paired(
    models: Models,
    ctxs: Sequence[Context],
    guess: Any,
    probs: Any,
    known: Sequence[str | None],
    lean: Any,
    cues: Any = None,
) -> Any:
    """Step 5: the stance probabilities ``probs`` of the predicted sentences (rows ``guess``
    of ``ctxs``) moved toward the stances of the source's annotated units as far as the
    pairwise model says each unit's stance carries to each sentence (``pairs.transfer``;
    ``lean``: every sentence's alignment, ``_alignment``; ``cues``: every sentence's
    ``align.cue_rows``, or the source's ``pairs.source_of``, where already read); ``probs`` itself where no unit is annotated, no
    pair model is shipped or ``pairs.WEIGHT`` is 0."""
    import numpy as np

    from argmap.suggest import pairs

    col = {s: j for j, s in enumerate(models.stance_ids)}
    units = [(i, col[s]) for i, s in enumerate(known) if s in col]
    if not units or not len(guess) or len(col) < 2 or pairs.WEIGHT == 0.0:
        return probs
    model = pairs.model_for(models.stance_ids)
    if model is None:
        return probs
    moved = pairs.transfer(model, ctxs, probs, units, guess, models.stance_mix, lean, cues)
    return np.round(moved, 4)


def in_order(
    models: Models,
    ctxs: Sequence[Context],
    preds: Sequence[Prediction | None],
    known: Sequence[str | None],
    argues: str | None = None,
    aligned: bool = True,
    read: SentenceReading | None = None,
) -> list[Prediction | None]:
    """The predictions of one source's sentences (``ctxs``, in text order) with their
    stance probabilities adjusted by section heading, the source's stance mix and
    neighbours (see the module doc).

    ``preds[i]`` is the prediction of sentence ``i``, or None where the sentence is
    annotated; ``known[i]`` is its annotated stance (None if it has none). ``argues``: the
    stance the user says the source argues as a whole (``argmap argues``, ``--argues``), which
    counts ``STATED_WEIGHT`` units in its mix (ignored if not a stance). ``aligned``: False
    leaves out steps 4 and 5 (``_aligned``, ``_paired``), as the decision offsets are
    chosen (they act before them: ``decision.learn_offsets``). ``read``: the predicted
    sentences (those of ``preds`` not None, in order) as the features read them
    (``models.predict_read``: the same result, without reading their texts again for step
    4). A prediction
    whose stance changes gets as its reasons the heading's patterns, ``[the rest of this
    source leans this way]`` where the source's mix favours its new stance (``[you said the
    source argues it]`` where that stance is ``argues``), and ``[neighbouring sentences]``
    where the neighbours turned it.
    """
    import numpy as np

    from argmap.suggest.models import cap_titles

    stances = models.stance_ids
    n, k = len(ctxs), len(stances)
    if n == 0 or k == 0:
        return list(preds)
    col = {s: j for j, s in enumerate(stances)}
    if _opening_alone(models, preds, known, col):
        known = [None] * n
    probs = np.zeros((n, k))
    weight = np.zeros(n)
    heading = np.zeros((n, k))
    heading_found: list[tuple[tuple[str, str], ...]] = [()] * n
    current: tuple[np.ndarray, tuple[tuple[str, str], ...]] | None = None
    for i, (ctx, pred, stance) in enumerate(zip(ctxs, preds, known, strict=True)):
        if pred is not None:
            probs[i] = [pred.stance_probs.get(s, 0.0) for s in stances]
            weight[i] = pred.claim
            if current is not None:
                heading[i], heading_found[i] = current
        elif stance in col:
            probs[i, col[stance]] = 1.0
            weight[i] = 1.0
        if pred is not None and _is_heading(ctx):
            found = match(models.lexicon.patterns, normalise(ctx.text), raw=ctx.text)
            hits = np.asarray(found.stance, dtype=float)
            current = (hits, found.found) if hits.any() else None
    guess = np.flatnonzero(np.asarray([p is not None for p in preds]))
    logp = np.log(np.clip(probs[guess], 1e-9, 1.0)) + HEADING_WEIGHT * heading[guess]
    logp -= logp.max(axis=1, keepdims=True)
    adjusted = np.exp(logp)
    adjusted /= adjusted.sum(axis=1, keepdims=True)
    own_strong = _strong(adjusted)
    factor = np.ones((len(guess), k))
    # sentences whose own reading is strong, with what they read before the units' pull
    strong: Any = None
    unpulled: Any = None
    if models.stance_mix and np.isfinite(models.concentration):
        m = np.asarray(models.stance_mix)
        units = _counts(known, col, k, models.evidence_weight)
        counts = units.copy()
        if argues in col:
            counts[col[argues]] += STATED_WEIGHT
        elsewhere = max(ELSEWHERE_WEIGHT, models.evidence_weight)
        local = elsewhere < 1.0 and bool(units.any())
        # per section: its units count 1, the others ``elsewhere`` (exactly ``counts``
        # in a section that holds every unit)
        inside = at = None
        if local:
            section = _sections(ctxs)
            inside = _counts(known, col, k, models.evidence_weight, section)
            at = np.asarray(section, dtype=np.int64)[guess]
        else:
            at = np.zeros(len(guess), dtype=np.int64)
        for sec in dict.fromkeys(at.tolist()):
            theta = mix(
                m,
                models.concentration,
                counts if inside is None else counts - (1.0 - elsewhere) * (units - inside[sec]),
                adjusted,
                PREDICTED_WEIGHT * weight[guess],
                models.stance_reference,
            )
            factor[at == sec] = theta / m
        if units.any() or argues in col:
            strong = _strong(adjusted)
            if strong.any():
                # the mix its predicted sentences alone give (neither the units nor the
                # stated side)
                bare = mix(
                    m,
                    models.concentration,
                    np.zeros(k),
                    adjusted,
                    PREDICTED_WEIGHT * weight[guess],
                    models.stance_reference,
                )
                unpulled = adjusted * (bare / m)
                unpulled /= np.maximum(unpulled.sum(axis=1, keepdims=True), 1e-12)
            else:
                strong = None
        adjusted = adjusted * factor
        adjusted /= np.maximum(adjusted.sum(axis=1, keepdims=True), 1e-12)
    probs[guess] = adjusted
    total = _neighbours(probs, weight, models.stickiness)
    if strong is not None:
        # a strong sentence, and the neighbours it reads, as before the units' pull (an
        # annotated unit among them counting ``STRONG_NEAR_UNIT``); its neighbours read it
        # pulled
        before = probs.copy()
        before[guess] = unpulled
        near = weight.copy()
        near[[i for i, stance in enumerate(known) if stance in col]] = STRONG_NEAR_UNIT
        firm = guess[strong]
        total[firm] = _neighbours(before, near, models.stickiness)[firm]
        adjusted[strong] = unpulled[strong]
        factor[strong] = bare / m
    alone = adjusted.argmax(axis=1).tolist()  # the stance before the neighbours count
    plain = np.round(total[guess], 4).argmax(axis=1).tolist()  # before any offset
    offsets = models.stance_offsets
    if len(offsets) == k and argues not in col:
        from argmap.suggest.decision import apply

        total[guess] = apply(total[guess], offsets)
    rounded = np.round(total[guess], 4)
    side: Any = None
    # as against the units and the side said, a sentence that reads strongly keeps its reading
    annotated = any(stance in col for stance in known)
    keep = own_strong if argues in col or annotated else None
    # the units' alignment counts in step 5: every sentence's then, read once for both steps
    # (the predicted ones as the features read them)
    every = cues = None
    if aligned and annotated and len(guess):
        # kept on disk per source where they were read before (``sourcecache``)
        every, cues = sourcecache.aligned(
            ctxs, stances, lambda: _read_aligned(models, ctxs, preds, guess, read)
        )
    turned = (
        _aligned(models, ctxs, guess, rounded, weight[guess], argues, keep, read, every)
        if aligned
        else None
    )
    if turned is not None:
        rounded, side = turned
    before_pairs = rounded
    if every is not None:
        rounded = _paired(models, ctxs, guess, rounded, known, every, cues)
    best_of = rounded.argmax(axis=1).tolist()  # ties: the first stance, as ``predict``
    unpaired = before_pairs.argmax(axis=1).tolist()
    out: list[Prediction | None] = list(preds)
    rows = zip(
        guess.tolist(), rounded.tolist(), best_of, alone, factor, plain, unpaired, strict=True
    )
    for i, row, b, before, fac, unshifted, single in rows:
        pred = preds[i]
        assert pred is not None
        best = stances[b]
        reasons = pred.top_features
        if best != pred.stance:
            mixed = pred.stance in col and fac[b] > fac[col[pred.stance]]
            reasons = (
                *(f'"{p}" [section heading]' for sid, p in heading_found[i] if sid == best),
                *((_SAID if best == argues else _LEANS,) if mixed else ()),
                *(("[neighbouring sentences]",) if before != b or not mixed else ()),
            )
            if unshifted != b:
                reasons = (_UNDER_CALLED, *reasons)
            if side is not None and b != int(np.round(total[i], 4).argmax()):
                reasons = (_ALIGNED if side[b] > 0 else _ALIGNED_AWAY, *reasons)
            if single != b:
                reasons = (_PAIRED, *reasons)
            # what the user ruled out here still explains the suggestion, whatever turned it
            ruled_out = tuple(r for r in pred.top_features if r.startswith(_REJECTED_START))
            reasons = (*ruled_out, *reasons)
        out[i] = type(pred)(
            pred.claim,
            pred.kind,
            best,
            dict(zip(stances, row, strict=True)),
            pred.questions,
            pred.question_probs,
            reasons,
        )
    return cap_titles(models, ctxs, out)
