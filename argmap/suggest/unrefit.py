"""A second reading of a source once its first units are annotated: the models that never saw
it read it, and where the user's units say that reading was right, it is mixed in.

``suggest SOURCE`` refits the models on the source's annotated units, weighted up
(``models.FOCUS_WEIGHT``), and that refit turns some of the source's later units wrong that
the models without the source read right (the curve of ``argmap evaluate`` fell from 0 to 3
annotated units on 19 of 36 tuning projects in session 18). The models trained without any
of the source (those of "nothing annotated") do not move with its first units; they read it
here with its units in order (``sequence.in_order``: the units count for their neighbours
and the source's mix), and the user's own units tell whether to trust them: where at least
``AGREEMENT`` of the annotated units have the stance those models suggested for them with
nothing annotated, each suggestion's stance probabilities are ``1 - WEIGHT`` the refit's and
``WEIGHT`` theirs; elsewhere the refit's alone.

Chosen leave one project out over the 36 tuning projects (session 19, m19b; every variant in
docs/suggestions-history.md): after 3 / 5 / 10 units 0.6463 / 0.6608 / 0.6712 -> 0.6480 /
0.6625 / 0.6728, the curve falling from 0 to 3 on 19 -> 17 projects, no project down more
than 0.011; nothing annotated and the stated side do not move (they have no units).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from argmap.suggest.models import Prediction, predict
from argmap.suggest.sequence import in_order

if TYPE_CHECKING:
    from argmap.suggest.data import Context
    from argmap.suggest.models import Models

#: The least share of a source's annotated units whose stance the models without the source
#: suggested for them (with nothing annotated) for their reading to count: all 3 of 3, 4 of
#: 5, 7 of 10 (2 of 3 cost debate5 0.033 after 3 units).
AGREEMENT = 0.67
#: The share of the stance probabilities that reading then has (0.3 chosen in 33 of 36 folds
#: among 0.2-0.4 and thresholds 0.67 / all).
WEIGHT = 0.3


def agreement(plain: Sequence[Prediction | None], known: Sequence[str | None]) -> float | None:
    """The share of the annotated units (``known[i]`` a stance) whose stance ``plain[i]``
    (the reading with nothing annotated) suggested; None with no unit."""
    pairs = [(p, k) for p, k in zip(plain, known, strict=True) if k is not None]
    if not pairs:
        return None
    return sum(1 for p, k in pairs if p is not None and p.stance == k) / len(pairs)


def second_reading(
    models: Models,
    ctxs: Sequence[Context],
    covered: Sequence[bool],
    known: Sequence[str | None],
    argues: str | None = None,
    raw: Sequence[Prediction] | None = None,
    rejected: Mapping[int, Sequence[str]] | None = None,
) -> list[Prediction | None] | None:
    """The reading of one source (``ctxs`` in text order) by ``models``, trained without any
    of it, with its annotated units in order (None for the ``covered`` sentences), if at
    least ``AGREEMENT`` of the units (``known[i]`` a stance) agree with what those models
    suggest for them with nothing annotated; None otherwise (or with no unit). ``raw``: the
    models' predictions of every sentence, if made already. ``rejected``: per sentence index,
    the stances the user rejected there (``sequence.rule_out``)."""
    from argmap.suggest.sequence import rule_out

    if not any(k is not None for k in known):
        return None
    preds = list(predict(models, list(ctxs), explain=False) if raw is None else raw)
    plain = in_order(models, ctxs, preds, [None] * len(ctxs))
    share = agreement(plain, known)
    if share is None or share < AGREEMENT:
        return None
    mine: list[Prediction | None] = [None if c else p for c, p in zip(covered, preds, strict=True)]
    if rejected:
        mine = [
            p if p is None or i not in rejected else rule_out(p, rejected[i])
            for i, p in enumerate(mine)
        ]
    return in_order(models, ctxs, mine, list(known), argues)


def mixed(refit: Prediction, other: Prediction | None, order: Sequence[str]) -> Prediction:
    """``refit`` with ``WEIGHT`` of its stance probabilities ``other``'s (unchanged without
    ``other``); its stance the most likely (ties: the first in ``order``), its reasons
    ``other``'s where that turns its stance."""
    if other is None:
        return refit
    probs = {
        s: (1 - WEIGHT) * refit.stance_probs.get(s, 0.0) + WEIGHT * other.stance_probs.get(s, 0.0)
        for s in order
    }
    stance = max(order, key=lambda s: probs[s]) if order else refit.stance
    reasons = refit.top_features if stance == refit.stance else other.top_features
    return Prediction(
        refit.claim,
        refit.kind,
        stance,
        probs,
        refit.questions,
        refit.question_probs,
        reasons,
    )
