"""Step 5b': whether a sentence argues the codebook's middle stance, learnt across debates.

Most codebooks have a *middle* stance (axis 0: "hedged", "no verdict", "still weighing"):
sentences that weigh both sides, set conditions, say "not yet", "it depends" or call for
evidence. One debate's few dozen such units teach the project's stance model its topic
words; the way the middle is argued is the same in every debate. So one small model is
trained on the units of every tuning debate shipped in ``bench/`` (``bench/middle.py``
writes it to ``argmap/data/middle.json``, deterministically): a logistic regression of
"this unit's stance is on its codebook's axis 0" on the sentence's voices
(``features.VOICES``), the cues below and the words used in at least ``MIN_DEBATES`` of
those debates (function words, "evidence", "until": no debate's topic words). The middle
stance is read from the codebook (its axis), never named per debate.

``models.predict`` uses it on a project that has a middle stance: each middle stance's
probability is multiplied by ``exp(WEIGHT x score)`` (the model's log-odds less those of
its training share) and the row renormalised, before the reading in order. Some
codebooks' axis-0 stance is a third policy rather than a verdict withheld (a "mandated
choice" between opt-in and opt-out); there the cues say nothing. So the weight is used
only where the model tells the project's own annotated units of its middle stance apart
from the others (ROC AUC at least ``GATE``; ``Models.middle_weight``, set in training).

No debate's own units teach the model that reads it: the file holds one model trained on
every tuning debate and, per tuning debate (named by its stance ids, as ``align`` names
them), one trained without it (``model_for``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.suggest.align import AlignmentModel, cue_word_model, shipped_for, words_of
from argmap.suggest.text import normalise_many

if TYPE_CHECKING:
    from argmap.suggest.data import Context

#: How much the model's log-odds move a middle stance's log-probability. Chosen with
#: ``GATE`` over 0.25, 0.5, 0.75 and 1 x 0.6, 0.65 and 0.7, leave one debate out over the
#: seeds, bench/eval and debates 2-23, by the mean of the figures with nothing annotated,
#: with the side stated and after 3, 5 and 10 units, the middle model of every fold
#: trained without the debate scored: 0.75 x 0.6 in 22 of 24 folds (0.5 x 0.6 in 2)
#: (session 15, m15b; docs/suggestions-history.md).
WEIGHT = 0.75
#: The weight is used where the model's ROC AUC on the project's annotated units (middle
#: stance or not) is at least this; below it the codebook's middle is not argued as the
#: other debates' is (the seeds' "hedged" 0.55, debate17's "mandated-choice" 0.48).
GATE = 0.6
#: A word is a feature if the units of at least this many of the training debates use it.
MIN_DEBATES = 12
#: Fewer annotated units of the middle stance (or of the others) than this: no weight.
MIN_UNITS = 5
#: The gate reads at most this many annotated units (every n-th, in training order): its cost
#: stays that of a mid-sized project on a large one (about 0.2 ms CPU a unit).
MAX_UNITS = 2000
#: Where the shipped models are.
PATH = Path(__file__).resolve().parent.parent / "data" / "middle.json"

#: Cues of the middle stance, searched in the normalised text (the last in the raw text).
CUES = (
    r"\b(?:depends?|depending)\b",
    r"\b(?:not yet|too early|too soon|premature|wait|until|before we|first)\b",
    r"\b(?:evidence|data|study|studies|research|trial|pilot|review|evaluation|assess\w*)\b",
    r"\b(?:on the one hand|on the other hand|both sides|either side|each side|trade ?offs?"
    r"|balance|weigh\w*)\b",
    r"\b(?:undecided|unsure|not sure|uncertain\w*|unclear|open question|no verdict"
    r"|don t know|do not know|haven t decided|have not decided)\b",
    r"\b(?:if|unless|provided|as long as|only if|so long as|conditions?|conditional)\b",
    r"\b(?:but|however|yet|although|though|while|whereas)\b",
    r"\b(?:may|might|could|perhaps|possibly|maybe)\b",
    r"\b(?:should|must|ought to|need to|has to|have to)\b",
    r"\b(?:we|i)\b",
    r"\b(?:more|further) (?:work|data|evidence|research|study|thought|debate|consultation)\b",
    r"\b(?:neither|nor|both)\b",
    r"\?",
)
_RES = tuple(re.compile(p) for p in CUES)
#: The names of the cue columns, in order (the file's ``cue_coef`` follow them).
CUE_NAMES = (
    "reported",
    "conceded",
    "refuted",
    "negated",
    "turn",
    "before a turn",
    "it depends",
    "not yet",
    "evidence",
    "both sides",
    "undecided",
    "conditions",
    "but",
    "may",
    "obligation",
    "first person",
    "more research",
    "neither, both",
    "question",
)


#: The middle model has the alignment model's shape: coefficients of ``CUE_NAMES`` and of
#: words, the intercept, and the log-odds of the training share of middle units (``base``,
#: subtracted: 0 is "as likely middle as the average unit").
MiddleModel = AlignmentModel


def model_for(stance_ids: Sequence[str]) -> MiddleModel | None:
    """The middle model for a project with these stance ids: the one trained without it
    where it is a tuning debate, else the one trained on them all."""
    return shipped_for(PATH, cue_word_model, stance_ids)


def middle_columns(axes: Sequence[int]) -> list[int]:
    """The indices of the middle stances (axis 0) among a codebook's stances."""
    return [j for j, a in enumerate(axes) if int(a) == 0]


def cue_rows(ctxs: Sequence[Context]) -> tuple[Any, list[str]]:
    """Per sentence, its ``CUE_NAMES`` columns (0/1), and the normalised texts."""
    import numpy as np

    from argmap.suggest.features import voice_flags

    norms = normalise_many([c.text for c in ctxs])
    nexts = normalise_many([c.next for c in ctxs])
    voices = voice_flags(norms, [t if c.next else "" for t, c in zip(nexts, ctxs, strict=True)])
    cues = np.zeros((len(ctxs), len(CUES)))
    last = len(CUES) - 1
    for i, (norm, ctx) in enumerate(zip(norms, ctxs, strict=True)):
        for j, rx in enumerate(_RES):
            if rx.search(ctx.text if j == last else norm):
                cues[i, j] = 1.0
    return np.hstack([np.asarray(voices, dtype=float), cues]), norms


def scores(model: MiddleModel, ctxs: Sequence[Context]) -> Any:
    """Per sentence: the model's log-odds that it argues a middle stance, less the
    training share's (> 0: more than the average unit)."""
    import numpy as np

    if not ctxs:
        return np.zeros(0)
    cues, norms = cue_rows(ctxs)
    score = cues @ np.asarray(model.cue_coef) + model.intercept - model.base
    index = {w: j for j, w in enumerate(model.words)}
    coef = model.word_coef
    for i, norm in enumerate(norms):
        score[i] += sum(coef[index[w]] for w in words_of(norm) if w in index)
    return score


def _auc(labels: Sequence[bool], values: Any) -> float:
    """ROC AUC of ``values`` for ``labels`` (ties count half)."""
    import numpy as np

    y = np.asarray(labels, dtype=bool)
    v = np.asarray(values, dtype=float)
    neg = np.sort(v[~y])
    below = np.searchsorted(neg, v[y], "left")
    tied = np.searchsorted(neg, v[y], "right") - below
    return float((below + 0.5 * tied).sum() / (len(neg) * int(y.sum())))


def learn_weight(
    stance_ids: Sequence[str],
    axes: Sequence[int],
    ctxs: Sequence[Context],
    stances: Sequence[str | None],
) -> float:
    """``WEIGHT`` if the project has a middle stance and the middle model tells its
    annotated units (``ctxs``, their ``stances``) of a middle stance from the others with
    ROC AUC at least ``GATE``; else 0."""
    cols = middle_columns(axes)
    if not cols or len(cols) == len(stance_ids):
        return 0.0
    middle = {stance_ids[j] for j in cols}
    known = [(c, s in middle) for c, s in zip(ctxs, stances, strict=True) if s in stance_ids]
    known = known[:: -(-len(known) // MAX_UNITS) or 1]
    labels = [y for _, y in known]
    if sum(labels) < MIN_UNITS or len(labels) - sum(labels) < MIN_UNITS:
        return 0.0
    model = model_for(stance_ids)
    if model is None:
        return 0.0
    auc = _auc(labels, scores(model, [c for c, _ in known]))
    return WEIGHT if auc >= GATE else 0.0


def lean(probs: Any, score: Any, columns: Sequence[int], weight: float) -> Any:
    """``probs`` (rows of stance probabilities) with the middle ``columns`` times
    ``exp(weight x score)`` (one score per row), renormalised."""
    import numpy as np

    out = np.array(probs, dtype=float)
    if not len(columns) or not weight or not len(out):
        return out
    out[:, list(columns)] *= np.exp(weight * np.asarray(score, dtype=float))[:, None]
    return out / np.maximum(out.sum(axis=1, keepdims=True), 1e-12)
