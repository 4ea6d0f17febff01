"""Step 5 of 6: the models, fitted on the examples, and their predictions.

Four scikit-learn logistic regressions share one feature matrix (``features``): *claim*
(is the sentence a claim or evidence at all; fitted without class re-weighting so that its
probability is calibrated, see the reliability curve of ``argmap evaluate``), *stance*
(over the annotated sentences, classes balanced), *kind* (claim or evidence) and
*questions* (one-vs-rest). The stance probabilities are mixed with the codebook's own prior
(patterns, descriptions, hedge cues), which is what a model trained on few examples of a
stance lacks. Questions with few training examples lean on the codebook's question prior.

The source being annotated counts more: its own annotations get ``FOCUS_WEIGHT`` times
the weight of the others in these fits; how its annotated stances and its other sentences
then move the rest of it is the source-level step, ``sequence.in_order``, for which
``_train`` also learns how one-sided the project's sources are (``data.source_mix``) and
how far a source's first annotated units predict its later ones (``data.evidence_weight``).

From ``LARGE_THRESHOLD`` labelled sentences on (*large mode*, for projects of thousands of
sources) the char n-grams are dropped, word n-grams need two documents, the classifiers are
averaged SGD logistic regressions, and claim detection sees every annotated sentence but
only a hash-picked share of the others. Every fit and predict runs in
``threadpool_limits(1)``: on this kind of data the default threading is several times slower.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from argmap.suggest import middle
from argmap.suggest.cues import GROUP_INDEX, GROUP_NAMES
from argmap.suggest.cues import found as cues_found
from argmap.suggest.data import (
    Context,
    Example,
    Progress,
    evidence_weight,
    source_mix,
    stickiness,
)
from argmap.suggest.features import (
    BEFORE_TURN,
    Featuriser,
    Lexicon,
    build_lexicon,
    codebook_rows,
    give_back,
    paused_gc,
    voice_cues,
)
from argmap.suggest.text import _OBSTACLE, normalise, stop_words

if TYPE_CHECKING:
    from argmap.model import Codebook

#: Name recorded on claims made from a suggestion (``Claim.suggested.model``).
MODEL_NAME = "argmap-suggest-2"
RANDOM_STATE = 0
#: A question with fewer positive training sentences than this leans on its keyword prior.
MIN_QUESTION_POSITIVES = 8
#: Reasons shown for a stance.
TOP_FEATURES = 5
#: Entries of a row ``_explain_all`` reads ahead (more are read only for a row that needs
#: them: the reasons are the same).
EXPLAIN_AHEAD = 12
#: Weight of the codebook-only stance prior mixed into the learnt stance probabilities.
STANCE_PRIOR_WEIGHT = 0.8
#: Weight of each annotation of the source being annotated, relative to the others'.
FOCUS_WEIGHT = 4.0
#: From this many labelled sentences on, train in *large mode*.
LARGE_THRESHOLD = 3000
#: Large mode: claim detection sees at most this many negatives per annotated sentence.
NEGATIVES_PER_UNIT = 2
#: Large mode: L2 penalty and passes over the data of the SGD logistic regressions.
SGD_ALPHA = 1e-5
SGD_EPOCHS = 8
UNIT = "unit"
NOT_UNIT = "none"


def _classifier(multiclass: bool = False, large: bool = False, balanced: bool = True) -> Any:
    """Logistic regression; liblinear for binary tasks, newton-cg for several classes.

    Both converge in a handful of iterations on a few hundred sentences (lbfgs needed 20-40).
    In large mode: the same loss fitted by averaged stochastic gradient descent, a few
    epochs over the data (liblinear needed seconds per task on 20,000 sentences).
    """
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    weight = "balanced" if balanced else None
    if large:
        return SGDClassifier(
            loss="log_loss",
            alpha=SGD_ALPHA,
            class_weight=weight,
            max_iter=SGD_EPOCHS,
            tol=None,
            average=True,
            random_state=RANDOM_STATE,
        )
    return LogisticRegression(
        C=3.0 if balanced else 1.0,
        class_weight=weight,
        solver="newton-cg" if multiclass else "liblinear",
        max_iter=1000,
        random_state=RANDOM_STATE,
    )


@dataclass
class Models:
    """Fitted models for one training set. ``classifiers`` maps task -> fitted classifier."""

    lexicon: Lexicon
    stance_ids: tuple[str, ...]
    question_ids: tuple[str, ...]
    features: Featuriser | None = None
    feature_names: Any = None
    classifiers: dict[str, Any] = field(default_factory=dict)
    constant: dict[str, dict[str, float]] = field(default_factory=dict)
    question_positives: dict[str, int] = field(default_factory=dict)
    majority_question: str | None = None
    n_train: int = 0
    n_units: int = 0
    n_word: int = 0  # the word n-gram features come first
    large: bool = False
    focus: str | None = None
    stickiness: float = 0.0  # how much stances run in stretches (``data.stickiness``)
    # the sources' pooled stance mix and how one-sided each is around it (``data.source_mix``)
    stance_mix: tuple[float, ...] = ()
    concentration: float = float("inf")
    # the mean stance probabilities it gives the training units (its own idea of the mix)
    stance_reference: tuple[float, ...] = ()
    # what an annotated unit of a source counts for in its mix (``data.evidence_weight``)
    evidence_weight: float = 1.0
    eligible: Any = None  # per feature: may be shown as a reason for a stance
    reason_names: list[str] = field(default_factory=list)  # word n-grams without "word__"
    question_mask: Any = None  # per feature: 1 if the question models see it, else 0
    # per stance and word n-gram: how far the training units' words lean it (``_word_leans``)
    word_lean: Any = None
    n_voice: int = 0  # columns of the voice block at the end of the stance model's rows
    voice_weight: float = 0.0  # the voice model's weight in the stance mix (``_stance``)
    # per stance: the shift of the decision on a source whose side is not said, chosen by
    # an inner cross-fit over the training sources (``decision.learn_offsets``); () for none
    stance_offsets: tuple[float, ...] = ()
    # how far the debate-independent middle model leans a middle stance (``middle``); 0
    # where the codebook has none or the model does not read this project's units well
    middle_weight: float = 0.0
    # sentences that repeat their source's title among the training sentences, and how
    # many of them are units: a title's chance of being a claim (``title_rate``)
    titles: tuple[int, int] = (0, 0)


@dataclass(frozen=True, slots=True)
class Prediction:
    """Model output for one sentence."""

    claim: float
    kind: str
    stance: str
    stance_probs: dict[str, float]
    questions: tuple[str, ...]
    question_probs: dict[str, float]
    top_features: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceReading:
    """How the features read sentences (``predict_read``), one row each: the normalised
    text and the ``features.VOICES`` flags (its own voices and whether the next turns)."""

    norms: list[str]
    voices: Any  # float32, n x len(VOICES)


def _fit_task(
    x: Any, y: Sequence[str], weights: Any, large: bool = False, balanced: bool = True
) -> tuple[Any | None, dict[str, float]]:
    """Fit one classifier; with a single class seen, return a constant distribution instead."""
    counts = Counter(y)
    if len(counts) < 2:
        return None, {k: 1.0 for k in counts}
    clf = _classifier(multiclass=len(counts) > 2, large=large, balanced=balanced)
    return clf.fit(x, list(y), sample_weight=weights), {}


def _stable_fraction(key: tuple[str, str]) -> float:
    """A number in [0, 1) fixed by ``key`` alone (same in every process and run)."""
    digest = hashlib.blake2b("\0".join(key).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / 2**64


def _claim_rows(items: Sequence[Example], large: bool) -> list[int]:
    """Rows used for claim detection: all, or in large mode every unit and at most
    ``NEGATIVES_PER_UNIT`` times as many negatives, picked by a hash of their key."""
    units = sum(1 for e in items if e.unit)
    negatives = len(items) - units
    cap = NEGATIVES_PER_UNIT * max(units, 1)
    if not large or negatives <= cap:
        return list(range(len(items)))
    share = cap / negatives
    return [i for i, e in enumerate(items) if e.unit or _stable_fraction(e.key) < share]


def _stopwords_only(ngram: str) -> bool:
    stop = stop_words()
    return all(w in stop or w == "_num_" for w in ngram.split())


def _eligible(names: Sequence[str], n_word: int) -> Any:
    """Which features may be shown as reasons: content word n-grams, hedge cues, the
    stance descriptions, obstacle words and context patterns."""
    import numpy as np

    out = np.zeros(len(names), dtype=bool)
    for j, name in enumerate(names):
        if j < n_word:
            out[j] = not _stopwords_only(name[6:])
        elif name.startswith("codebook__"):
            out[j] = (
                name
                in (
                    "codebook__hedge cues",
                    "codebook__obstacle words",
                )
                or name.startswith("codebook__like stance")
                or name[10:] in GROUP_INDEX
            )
        elif name.startswith("context__"):
            out[j] = "pattern stance" in name
    return out


def _question_mask(names: Sequence[str]) -> Any:
    """1 for every feature but the debate-general stance cues (``cues``), which say how a
    sentence argues, not what about: the question models do not see them."""
    import numpy as np

    general = {f"codebook__{name}" for name in GROUP_NAMES}
    return np.asarray([0.0 if n in general else 1.0 for n in names], dtype=np.float32)


def _masked(x: Any, mask: Any) -> Any:
    """``x`` (csr) with the columns where ``mask`` is 0 set to 0 (None: ``x`` itself)."""
    if mask is None:
        return x
    return x.multiply(mask).tocsr()


def _unique_rows(ctxs: Sequence[Context]) -> tuple[list[Context], Any]:
    """The distinct contexts and, per input, the row of its distinct context."""
    import numpy as np

    row_of: dict[Context, int] = {}
    inv = [row_of.setdefault(c, len(row_of)) for c in ctxs]
    return list(row_of), np.asarray(inv, dtype=np.int64)


#: Weight of the voice model in the stance mix: the learnt stance model and the codebook
#: prior keep their ratio in the rest (``_stance``). Chosen on seeds, bench/eval and
#: debates 2-7, leave one project out (the note of session s7).
VOICE_WEIGHT = 0.1
#: Pseudo-counts of the informative Dirichlet prior of the word leans, per unit a word
#: n-gram is found in (Monroe et al. 2008, "Fightin' words").
LEAN_PRIOR = 0.5
#: A word's lean (a z-score) is clipped to this.
LEAN_CLIP = 3.0
#: Entries (unit, word n-gram) whose cross-fitted leans are computed at once.
LEAN_CHUNK = 1 << 14
#: A voice is shown as a reason when it moves the suggested stance's probability up by
#: this much (through the voice model, against the same sentence without it).
VOICE_REASON_MIN = 0.01


def _presence(models: Models, x: Any) -> Any:
    """The word n-grams of each row of ``x`` (csr), as 1s."""
    b = x[:, : models.n_word].tocsr(copy=True)
    b.data[:] = 1.0
    return b


def _lean_z(y: Any, rest: Any, n_k: Any, m_k: Any, alpha: Any, a0: Any) -> Any:
    """The z-score of the log-odds of a word among the units of a stance (``y`` of its
    ``n_k`` word n-grams) against the other units (``rest`` of ``m_k``), with an
    informative Dirichlet prior ``alpha`` (summing to ``a0``); clipped to ``LEAN_CLIP``.
    Arrays broadcast."""
    import numpy as np

    with np.errstate(divide="ignore", invalid="ignore"):
        d = np.log((y + alpha) / np.maximum(n_k + a0 - y - alpha, 1e-9)) - np.log(
            (rest + alpha) / np.maximum(m_k + a0 - rest - alpha, 1e-9)
        )
        z = d / np.sqrt(1.0 / (y + alpha) + 1.0 / (rest + alpha))
    return np.clip(np.nan_to_num(z), -LEAN_CLIP, LEAN_CLIP)


def _mean_lean(b: Any, z: Any) -> Any:
    """Per row of ``b`` (word n-gram presence): the mean lean of its n-grams (rows x
    stances; ``z``: stances x n-grams)."""
    import numpy as np

    n = np.maximum(np.diff(b.indptr), 1)[:, None]
    return np.asarray(b @ z.T, dtype=float) / n


def _word_leans(models: Models, b: Any, ys: Any, sources: Sequence[str]) -> Any:
    """Learn ``models.word_lean`` (per stance and word n-gram: how far the units of that
    stance use it more than the others, a z-score) from the training units' word presence
    ``b`` and stance columns ``ys`` (-1: none), and return each unit's mean lean
    *cross-fitted*: learnt from the other sources' units only, so that the stance model
    learns how far a lean holds on a source it was not learnt from."""
    import numpy as np
    from scipy import sparse

    k = len(models.stance_ids)
    n, n_w = b.shape
    src_ix = {s: i for i, s in enumerate(dict.fromkeys(sources))}
    g = np.fromiter((src_ix[s] for s in sources), dtype=np.int64, count=n)
    ok = ys >= 0
    rows = np.flatnonzero(ok)
    stance_of = sparse.csr_matrix((np.ones(len(rows)), (ys[ok], rows)), shape=(k, n))
    counts_all = (stance_of @ b).tocsc()  # stances x n-grams
    used = np.flatnonzero(np.diff(counts_all.indptr))  # n-grams some unit holds
    y_all = np.zeros((k, n_w))
    y_all[:, used] = counts_all[:, used].toarray()
    n_all = y_all.sum(axis=1)
    tot = y_all.sum(axis=0)
    a0 = LEAN_PRIOR * float(n_all.sum()) + 0.01 * n_w
    m_all = n_all.sum() - n_all
    # an n-gram no unit holds leans nowhere
    models.word_lean = np.zeros((k, n_w), dtype=np.float32)
    yu = y_all[:, used]
    models.word_lean[:, used] = _lean_z(
        yu,
        tot[None, used] - yu,
        n_all[:, None],
        m_all[:, None],
        LEAN_PRIOR * tot[None, used] + 0.01,
        a0,
    )
    # a unit's lean of an n-gram depends only on its source: each (source, n-gram) pair
    # once, with per stance the n-gram's count in that source's units, to take out
    coo = b.tocoo()
    r = coo.row.astype(np.int64)
    pair_of = g[r] * n_w + coo.col.astype(np.int64)
    del coo
    # ``np.unique(pair_of, return_inverse=True)``, letting go of each array once used (its
    # copies of every entry were the peak of fitting on 1,000 sources)
    perm = np.argsort(pair_of)
    pair_of = pair_of[perm]
    first = np.concatenate(([True], pair_of[1:] != pair_of[:-1]))
    pairs = pair_of[first]
    del pair_of
    inv = np.empty(len(perm), dtype=np.int32 if len(pairs) * k < 2**31 else np.int64)
    inv[perm] = np.cumsum(first) - 1
    del perm, first
    lab = ok[r]
    # per pair and stance: how many of the source's units of that stance hold the n-gram
    # (small counts: int32, half the memory held through the z-scores)
    own_all = np.bincount(inv[lab] * k + ys[r[lab]], minlength=len(pairs) * k)
    own_all = own_all.astype(np.int32).reshape(len(pairs), k)
    own_n = np.bincount(g[r[lab]] * k + ys[r[lab]], minlength=len(src_ix) * k)
    own_n = own_n.reshape(len(src_ix), k)
    z_pair = np.zeros((len(pairs), k))
    # ``LEAN_CHUNK`` pairs at a time (the z-scores' temporaries of every pair at once were
    # hundreds of MB at 1,000 sources)
    for lo in range(0, len(pairs), LEAN_CHUNK):
        pc = pairs[lo : lo + LEAN_CHUNK]
        gr, wc = pc // n_w, pc % n_w
        own_y = own_all[lo : lo + LEAN_CHUNK]
        y = y_all[:, wc].T - own_y  # pairs x stances
        t = tot[wc] - own_y.sum(axis=1)
        n_k = n_all[None, :] - own_n[gr]
        al = (LEAN_PRIOR * t + 0.01)[:, None]
        a0_g = (LEAN_PRIOR * n_k.sum(axis=1) + 0.01 * n_w)[:, None]
        z = _lean_z(y, t[:, None] - y, n_k, n_k.sum(axis=1, keepdims=True) - n_k, al, a0_g)
        z[t == 0] = 0.0  # an n-gram no unit of the other sources holds leans nowhere
        z_pair[lo : lo + LEAN_CHUNK] = z
    del own_all, pairs, lab
    out = np.zeros((n, k))
    for j in range(k):
        out[:, j] = np.bincount(r, weights=z_pair[inv, j], minlength=n)
    return out / np.maximum(np.diff(b.indptr), 1)[:, None]


def _voice_block(lean: Any, flags: Any) -> Any:
    """The voice columns of the stance models: a sentence's word lean per stance, that
    lean times each of its voice flags (``features.VOICES``: what a voice does to the
    lean is learnt, and may turn it), and the flags."""
    import numpy as np

    n = len(flags)
    turned = (lean[:, :, None] * flags[:, None, :]).reshape(n, -1)
    return np.hstack([lean, turned, flags]).astype(np.float32)


def _voice_rows(models: Models, x: Any, flags: Any) -> Any:
    """The voice block (``_voice_block``) of the rows of ``x`` with their voice ``flags``,
    their word leans from ``models.word_lean``; None if the model has no voice model."""
    if models.word_lean is None or flags is None or not models.n_voice:
        return None
    return _voice_block(_mean_lean(_presence(models, x), models.word_lean), flags)


def _split_proba(models: Models, x: Any, block: Any) -> Any:
    """The stance model's probabilities (n x stances) of rows whose columns are those of
    ``x`` then those of the voice ``block``: its decision function summed over the two
    parts (not copying ``x`` into one matrix), read as scikit-learn's ``predict_proba``
    reads it (softmax for a multinomial logistic regression, else one-vs-rest logistic
    functions, normalised)."""
    import numpy as np
    from scipy.special import expit, softmax
    from sklearn.linear_model import LogisticRegression

    clf = models.classifiers["stance"]
    nx = x.shape[1]
    coef = clf.coef_
    dec = np.asarray(x @ coef[:, :nx].T) + block @ coef[:, nx:].T + clf.intercept_
    if dec.shape[1] == 1:
        p1 = expit(dec[:, 0])
        prob = np.vstack([1 - p1, p1]).T
    elif isinstance(clf, LogisticRegression):
        prob = softmax(dec, axis=1)
    else:
        prob = expit(dec)
        total = prob.sum(axis=1)
        prob[total == 0] = 1.0
        prob /= prob.sum(axis=1, keepdims=True)
    out = np.zeros((x.shape[0], len(models.stance_ids)))
    col = {s: j for j, s in enumerate(models.stance_ids)}
    for j, c in enumerate(clf.classes_):
        if str(c) in col:
            out[:, col[str(c)]] = prob[:, j]
    return out


def _train(
    items: Sequence[Example],
    codebook: Codebook,
    large_threshold: int | None = None,
    focus: str | None = None,
    progress: Progress | None = None,
) -> Models:
    """Fit every model on ``items`` (sorted, so that the result is deterministic).

    ``focus``: the source being annotated, whose examples weigh ``FOCUS_WEIGHT``. From
    ``large_threshold`` (default ``LARGE_THRESHOLD``) labelled sentences on, the *large
    mode* trades a little accuracy for speed (see the module doc).
    """
    import numpy as np
    from scipy import sparse
    from sklearn.multiclass import OneVsRestClassifier
    from threadpoolctl import threadpool_limits

    lexicon = build_lexicon(codebook)
    models = Models(lexicon, tuple(codebook.stance_ids), tuple(codebook.question_ids))
    items = sorted(items, key=lambda e: (e.source, e.sentence.index))
    models.n_train = len(items)
    models.focus = focus
    if not items:
        return models
    # what the codebook's patterns say on this project's annotated units (learnt as the
    # features are fitted: ``Featuriser.fit_transform``)
    pattern_units = [e for e in items if e.unit and e.stance]
    unit_args = (
        [e.text for e in pattern_units],
        [e.stance or "" for e in pattern_units],
        [FOCUS_WEIGHT if focus is not None and e.source == focus else 1.0 for e in pattern_units],
    )
    threshold = LARGE_THRESHOLD if large_threshold is None else large_threshold
    models.large = large = len(items) >= threshold
    units = [e for e in items if e.unit]
    models.n_units = len(units)
    titled = [e.unit for e in items if e.context is not None and e.context.title]
    models.titles = (len(titled), sum(titled))
    models.stickiness = stickiness(items)
    # the source being annotated is not learnt from here: its units are its evidence
    models.stance_mix, models.concentration = source_mix(items, models.stance_ids, focus)
    weight = np.asarray(
        [FOCUS_WEIGHT if focus is not None and e.source == focus else 1.0 for e in items]
    )
    if progress is not None:
        progress(f"reading {len(items):,} sentences", 0.0)
    with threadpool_limits(1), paused_gc():
        features = Featuriser(lexicon, large=large)
        models.features = features
        unique, inv = _unique_rows([e.ctx for e in items])
        seen = features.fit_transform([e.text for e in items], unique, unit_args)
        lexicon = models.lexicon = features.lexicon
        if focus is None:  # suggest_all predicts these sentences again; a source's don't
            features.remember(unique, seen)
        x_unique = seen.x
        give_back()
        if progress is not None:
            progress("fitting the models", 0.6)
        models.feature_names = features.feature_names()
        models.n_word = features.n_word
        models.eligible = _eligible(models.feature_names, models.n_word)
        models.reason_names = [
            name[6:] if j < models.n_word else name
            for j, name in enumerate(map(str, models.feature_names))
        ]
        rows = _claim_rows(items, large)
        y_claim = [UNIT if items[i].unit else NOT_UNIT for i in rows]
        models.classifiers["claim"], models.constant["claim"] = _fit_task(
            x_unique[inv[rows]], y_claim, weight[rows], large, balanced=large
        )
        if units:
            idx = [i for i, e in enumerate(items) if e.unit]
            x_units = x_unique[inv[idx]]
            sprior_units = seen.stance_prior[inv[idx]]
            y_stance = [e.stance or "" for e in units]
            col = {s: j for j, s in enumerate(models.stance_ids)}
            ys = np.asarray([col.get(y, -1) for y in y_stance], dtype=np.int64)
            lean = _word_leans(models, _presence(models, x_units), ys, [e.source for e in units])
            flags = seen.voice[inv[idx]]
            block = _voice_block(lean, flags)
            x_stance = sparse.hstack([x_units, sparse.csr_matrix(block)], format="csr")
            models.n_voice = block.shape[1]
            # the voice model reads a source nobody has annotated; once the source being
            # annotated has units of its own, its weight is set by ``_focus_voice_weight``
            # (0 while the evidence weight is learnt, which reads the other sources alike)
            annotated = focus is not None and any(e.source == focus for e in units)
            models.voice_weight = 0.0 if annotated else VOICE_WEIGHT
            for task, y, xt in (
                ("stance", y_stance, x_stance),
                ("voice", y_stance, block),
                ("kind", [e.kind or "claim" for e in units], x_units),
            ):
                models.classifiers[task], models.constant[task] = _fit_task(
                    xt, y, weight[idx], large
                )
            own = [j for j, i in enumerate(idx) if items[i].source != focus]
            if own and models.stance_mix:
                probs = _stance(models, x_units[own], sprior_units[own], block[own])
                models.stance_reference = tuple(float(v) for v in probs.mean(0))
                models.evidence_weight = _evidence_weight(models, [units[j] for j in own], probs)
            if annotated:
                models.voice_weight = _focus_voice_weight(models.evidence_weight)
            # the offsets act on the source being annotated too, which their inner
            # cross-fit leaves out (``decision.learn_offsets``)
            from argmap.suggest.decision import learn_offsets

            models.middle_weight = middle.learn_weight(
                models.stance_ids, lexicon.stance_axes, [e.ctx for e in units], y_stance
            )
            models.stance_offsets = learn_offsets(
                models, items, x_unique, inv, seen, idx, block, focus
            )
            qcount = Counter(q for e in units for q in e.questions)
            models.question_positives = {q: qcount.get(q, 0) for q in models.question_ids}
            models.majority_question = (
                min(qcount, key=lambda q: (-qcount[q], q)) if qcount else None
            )
            learnable = [q for q in models.question_ids if 0 < qcount.get(q, 0) < len(units)]
            if learnable:
                y = np.array([[q in e.questions for q in learnable] for e in units], dtype=int)
                models.question_mask = _question_mask(models.feature_names)
                ovr = OneVsRestClassifier(_classifier(large=large)).fit(
                    _masked(x_units, models.question_mask), y
                )
                models.classifiers["questions"] = ovr
                models.constant["questions"] = {q: 1.0 for q in learnable}
    return models


def _focus_voice_weight(evidence: float) -> float:
    """The voice model's weight once the source being annotated has units: ``VOICE_WEIGHT``
    times the share of it that the source's own units do not take over, ``1 - evidence``
    (``evidence``: what one of its units counts for in its mix, ``data.evidence_weight``,
    between 0 and 1).

    Where a project's articles open with their own side (the seeds; evidence weight 1) the
    first units say which way the source argues and the voice model is off, as before.
    Where they open with the view they then argue against (debates 3, 4, 6, 8, 9: weights
    0-0.35) the first units say little, and switching the voice model off lost what it
    read: annotating 3 units scored below annotating none (debate4 0.445 -> 0.385,
    debate6 0.592 -> 0.512). Chosen over off, on, half on and the prior's share of the
    source's mix, leave one project out (seeds, bench/eval, debates 2-9; issue 13, note
    c8)."""
    return VOICE_WEIGHT * (1.0 - min(max(evidence, 0.0), 1.0))


def _evidence_weight(models: Models, units: Sequence[Example], probs: Any) -> float:
    """``data.evidence_weight`` of ``units`` (sorted by source and sentence; not the
    source being annotated) with their stance probabilities ``probs`` (rows in that order)."""
    col = {s: j for j, s in enumerate(models.stance_ids)}
    sources: list[tuple[list[int], list[int]]] = []
    last = None
    for r, e in enumerate(units):
        if e.stance not in col:
            continue
        if e.source != last:
            sources.append(([], []))
            last = e.source
        sources[-1][0].append(col[e.stance])
        sources[-1][1].append(r)
    return evidence_weight(
        [(y, probs[rows]) for y, rows in sources], models.stance_mix, models.concentration
    )


def _pattern_reasons(
    lexicon: Lexicon, found: tuple[tuple[str, str], ...], stance: str
) -> tuple[str, ...]:
    """The patterns found in a sentence that speak for ``stance``: its own patterns, unless
    the project's units use one mostly for another stance (``Lexicon.pattern_lean``), and
    another stance's pattern that the units use mostly for this one."""
    col = {s: j for j, s in enumerate(lexicon.stance_ids)}
    out: list[str] = []
    for sid, p in found:
        if sid not in col:
            continue  # a question's pattern
        lean = lexicon.pattern_lean.get((sid, p))
        # the stance it leans to most (its own on a tie, or if never seen in a unit)
        best = sid if lean is None else max(col, key=lambda s: (lean[col[s]], s == sid))
        if best != stance:
            continue
        out.append(
            sys.intern(
                f'"{p}" [pattern]'
                if sid == stance
                else f'"{p}" [pattern of {sid}, used for {stance}]'
            )
        )
    return tuple(out[:TOP_FEATURES])


def _explain_all(
    models: Models,
    x: Any,
    stances: Sequence[str],
    texts: Sequence[str],
    found: Sequence[tuple[tuple[str, str], ...]],
    norms: Sequence[str] | None = None,
) -> list[tuple[str, ...]]:
    """Per row of ``x``: the patterns of its stance found in it, then the word n-grams and
    codebook cues that pushed it towards its stance.

    The contributions (feature value x weight of the chosen stance) of every row are
    computed at once; only the positive, showable ones are looked at one by one. Each
    reason's text is held once (``sys.intern``): thousands of suggestions share it.
    """
    import numpy as np

    n = x.shape[0]
    out = [_pattern_reasons(models.lexicon, f, s) for f, s in zip(found, stances, strict=True)]
    clf = models.classifiers.get("stance")
    if clf is None or n == 0:
        return out
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_
    weights = np.vstack([-coef[0], coef[0]]) if coef.shape[0] == 1 else coef
    cls = np.asarray([classes.index(s) if s in classes else -1 for s in stances], dtype=np.int64)
    rows = np.repeat(np.arange(n), np.diff(x.indptr))
    cols = x.indices
    row_cls = cls[rows]
    contrib = x.data * weights[np.maximum(row_cls, 0), cols]
    keep = np.flatnonzero((row_cls >= 0) & (contrib > 0) & models.eligible[cols])
    if not len(keep):
        return out
    names = models.reason_names
    n_word = models.n_word
    # kept entries by row, strongest first: a row is read only until it has its reasons
    # (``keep`` is in row order already: a stable sort by contribution, then a stable one
    # by row, is ``np.lexsort((-contrib, rows))``, and the second sorts small integers)
    order = np.argsort(-contrib[keep], kind="stable")
    by_row = rows[keep][order].astype(np.int16 if n < 2**15 else np.int64)
    keep = keep[order[np.argsort(by_row, kind="stable")]]
    k_rows = rows[keep]
    k_cols_a, k_con_a = cols[keep], contrib[keep]
    bounds = np.flatnonzero(np.diff(k_rows)) + 1
    first = np.concatenate(([0], bounds)).astype(np.int64)
    last = np.concatenate((bounds, [len(keep)])).astype(np.int64)
    # the first ``EXPLAIN_AHEAD`` entries of each row as Python numbers (a row mostly finds
    # its reasons among them; every entry of every row was 18 MB per 8,192 rows); the rest
    # of a row only if it needs them
    head = np.minimum(last - first, EXPLAIN_AHEAD)
    h_end = np.cumsum(head)
    at = np.repeat(first - (h_end - head), head) + np.arange(int(h_end[-1]))
    h_cols, h_con = k_cols_a[at].tolist(), k_con_a[at].tolist()
    del at
    cue_re = models.lexicon.cue_re

    def named(j: int, r: int) -> list[str]:
        """The reasons feature ``j`` gives in row ``r``."""
        name = names[j]
        if j < n_word:
            return [name]
        norm = norms[r] if norms is not None else normalise(texts[r])
        if name == "codebook__hedge cues":
            if cue_re is None:
                return []
            return [sys.intern(f"{cue} [hedge cue]") for cue in dict.fromkeys(cue_re.findall(norm))]
        if name.startswith("codebook__like stance"):
            return [sys.intern(f"[like the {name[22:]} description]")]
        group = GROUP_INDEX.get(name[10:])
        if group is not None:
            label = name[10:].split(" (")[0]
            return [sys.intern(f"{cue} [{label}]") for cue in cues_found(norm, group)]
        if name == "codebook__obstacle words":
            return [
                sys.intern(f"{w} [obstacle word]") for w in dict.fromkeys(_OBSTACLE.findall(norm))
            ]
        if name.startswith("context__"):
            where = name[9:].split(" pattern stance ")[0]
            return [sys.intern(f"[{where}: {name.rsplit(' ', 1)[-1]} pattern]")]
        return []

    h_lo = 0
    rows_l = k_rows[first].tolist()
    for r, lo, hi, h_hi in zip(rows_l, first.tolist(), last.tolist(), h_end.tolist(), strict=True):
        chosen: list[str] = list(out[r])
        # for the test below: the words of each chosen reason, and the reasons themselves
        inside = {w for o in chosen for w in o.strip('"').split()}
        taken = set(chosen)
        # this row's entries: ``cols_l[i:stop]`` (its first ones, or all once ``whole``)
        cols_l, con_l, i, stop, h0 = h_cols, h_con, h_lo, h_hi, h_lo
        whole = hi - lo == h_hi - h_lo
        h_lo = h_hi
        while len(chosen) < TOP_FEATURES:
            if i == stop and not whole:
                cols_l, con_l = k_cols_a[lo:hi].tolist(), k_con_a[lo:hi].tolist()
                i, stop, whole = i - h0, hi - lo, True
            if i == stop:
                break
            # entries of equal contribution are taken in the order of their names
            c = con_l[i]
            group: list[str] = []
            while True:
                if i == stop and not whole:
                    cols_l, con_l = k_cols_a[lo:hi].tolist(), k_con_a[lo:hi].tolist()
                    i, stop, whole = i - h0, hi - lo, True
                if i == stop or con_l[i] != c:
                    break
                j = cols_l[i]
                if j < n_word:  # a word n-gram (most entries): its name
                    group.append(names[j])
                else:
                    group += named(j, r)
                i += 1
            group.sort()
            for name in group:
                if len(chosen) >= TOP_FEATURES:
                    break
                # drop a unigram already inside a chosen bigram or pattern and vice versa
                # (a word of a chosen reason, or a chosen reason among its words)
                if name in inside or not taken.isdisjoint(name.split()):
                    continue
                chosen.append(name)
                inside.update(name.strip('"').split())
                taken.add(name)
        out[r] = tuple(chosen)
    return out


def _proba(models: Models, task: str, x: Any, labels: Sequence[str]) -> Any:
    """Probabilities of ``labels`` (n x labels; 0 for a label the task never saw)."""
    import numpy as np

    col = {label: j for j, label in enumerate(labels)}
    out = np.zeros((x.shape[0], len(labels)))
    clf = models.classifiers.get(task)
    if clf is None:
        for label, v in models.constant.get(task, {}).items():
            if label in col:
                out[:, col[label]] = v
        return out
    p = clf.predict_proba(x)
    for j, c in enumerate(clf.classes_):
        if str(c) in col:
            out[:, col[str(c)]] = p[:, j]
    return out


def _stance(models: Models, x: Any, sprior: Any, block: Any = None) -> Any:
    """Stance probabilities of the rows of ``x`` (n x stances; ``block``: their voice
    block, ``_voice_rows``, when the model has a voice model): the learnt model's mixed
    with the codebook prior ``sprior``, and that with the voice model's
    (``Models.voice_weight``)."""
    import numpy as np

    if models.classifiers.get("stance"):
        w = STANCE_PRIOR_WEIGHT
        if block is None:
            learnt = _proba(models, "stance", x, models.stance_ids)
        else:
            learnt = _split_proba(models, x, block)
        mixed = (1 - w) * learnt + w * sprior
        u = models.voice_weight
        if block is None or not u or models.classifiers.get("voice") is None:
            return mixed
        return (1 - u) * mixed + u * _proba(models, "voice", block, models.stance_ids)
    const = models.constant.get("stance") or {}
    if const:
        row = [const.get(s, 0.0) for s in models.stance_ids]
        return np.tile(row, (x.shape[0], 1)).astype(float)
    return np.asarray(sprior, dtype=float)


def _voice_reasons(
    models: Models,
    block: Any,
    flags: Any,
    ctxs: Sequence[Context],
    norms: Sequence[str],
    stances: Sequence[str],
) -> list[tuple[str, ...]]:
    """Per row of the voice ``block``: the voices of the sentence (``features.voice_cues``)
    if they move its suggested stance's probability up by ``VOICE_REASON_MIN`` or more
    through the voice model (against the same sentence without them), shown as ``"critics say" [reported:
    counts for STANCE]``."""
    import numpy as np

    out: list[tuple[str, ...]] = [() for _ in range(block.shape[0])]
    u = models.voice_weight
    if models.classifiers.get("voice") is None or not u:
        return out
    rows = np.flatnonzero(flags.any(axis=1))
    if not len(rows):
        return out
    ids = models.stance_ids
    lean = block[rows, : len(ids)]
    with_voice = _proba(models, "voice", block[rows], ids)
    without = _proba(models, "voice", _voice_block(lean, np.zeros_like(flags[rows])), ids)
    col = {s: j for j, s in enumerate(ids)}
    for k, r in enumerate(rows.tolist()):
        j = col.get(stances[r])
        if j is None or u * (with_voice[k, j] - without[k, j]) < VOICE_REASON_MIN:
            continue
        nxt = normalise(ctxs[r].next) if ctxs[r].next and flags[r, BEFORE_TURN] else ""
        out[r] = tuple(
            f'"{cue}" [{voice}: counts for {stances[r]}]'
            for voice, cue in voice_cues(norms[r], nxt, flags[r])
        )
    return out


def round4(a: Any) -> Any:
    """Python's ``round(v, 4)`` of every value of ``a`` (float64), on arrays: the same
    numbers (``np.round`` may differ in the last bit, and on near-ties in the 4th digit).

    ``round`` rounds the exact binary value to 4 decimals and returns the double nearest
    to that decimal; ``rint(v * 1e4) / 1e4`` is that double (an integer over 10,000,
    divided with correct rounding) whenever ``v * 1e4`` is not within rounding error of a
    half-integer. The few values that are, ``round`` itself decides.
    """
    import numpy as np

    a = np.asarray(a, dtype=float)
    t = a * 1e4
    out = np.rint(t) / 1e4
    with np.errstate(invalid="ignore"):
        near = np.abs(t - np.floor(t) - 0.5) < 1e-6
    if near.any():
        out[near] = [round(v, 4) for v in a[near].tolist()]
    bad = ~np.isfinite(t)
    if bad.any():  # huge or not a number: exactly as ``round``
        out[bad] = [round(v, 4) for v in a[bad].tolist()]
    return out


def _decide(models: Models, x: Any, sprior: Any, qprior: Any, block: Any = None) -> list[tuple]:
    """Per row of ``x``: (claim, kind, stance, stance probabilities, questions, question
    probabilities), as ``_decide_rows`` decides them, with the arithmetic on arrays."""
    import numpy as np

    stance_ids, question_ids = models.stance_ids, models.question_ids
    n = x.shape[0]
    claim = round4(_proba(models, "claim", x, [UNIT])[:, 0]).tolist()
    kind_p = _proba(models, "kind", x, ["claim", "evidence"])
    evidence = (kind_p[:, 1] > kind_p[:, 0]).tolist()
    stance = round4(_stance(models, x, sprior, block))
    qweight = np.asarray(
        [
            min(models.question_positives.get(q, 0) / MIN_QUESTION_POSITIVES, 1.0)
            for q in question_ids
        ]
    )
    lr = np.zeros((n, len(question_ids)))
    qclf = models.classifiers.get("questions")
    if qclf is not None:
        col = {q: j for j, q in enumerate(question_ids)}
        p = qclf.predict_proba(_masked(x, models.question_mask))
        for j, q in enumerate(models.constant["questions"]):
            lr[:, col[q]] = p[:, j]
    # no fading for unused questions: on held-out sources a question
    # often appears that no other source used, and its text still finds it
    qp_all = round4(qweight * lr + (1 - qweight) * qprior)
    # the first of equal maxima, as ``max`` picks it
    best = stance.argmax(axis=1).tolist() if len(stance_ids) else [0] * n
    qbest = qp_all.argmax(axis=1).tolist() if len(question_ids) else [0] * n
    qhit = (qp_all >= 0.5).tolist()
    out = []
    rows = zip(stance.tolist(), qp_all.tolist(), best, qbest, qhit, strict=True)
    for i, (srow, qrow, b, qb, hit) in enumerate(rows):
        chosen = tuple(q for q, h in zip(question_ids, hit, strict=True) if h)
        if not chosen:
            chosen = (question_ids[qb],)
        out.append(
            (
                claim[i],
                "evidence" if evidence[i] else "claim",
                stance_ids[b],
                dict(zip(stance_ids, srow, strict=True)),
                chosen,
                dict(zip(question_ids, qrow, strict=True)),
            )
        )
    return out


def _decide_rows(
    models: Models,
    claim: Sequence[dict[str, float]],
    kind: Sequence[dict[str, float]],
    stance: Sequence[dict[str, float]],
    qprior: Sequence[dict[str, float]],
    qprobs_lr: Sequence[dict[str, float]],
) -> list[tuple]:
    """``_decide`` from per-row probability dictionaries (models without features)."""
    order = {s: i for i, s in enumerate(models.stance_ids)}
    qweight = {
        q: min(models.question_positives.get(q, 0) / MIN_QUESTION_POSITIVES, 1.0)
        for q in models.question_ids
    }
    qorder = {q: i for i, q in enumerate(models.question_ids)}
    partial = []
    for i in range(len(claim)):
        sp = {s: round(stance[i].get(s, 0.0), 4) for s in models.stance_ids}
        best = min(sp, key=lambda s: (-sp[s], order[s]))
        prior = qprior[i]
        lr_i = qprobs_lr[i]
        qp = {q: round(wq * lr_i.get(q, 0.0) + (1 - wq) * prior[q], 4) for q, wq in qweight.items()}
        chosen = tuple(q for q in models.question_ids if qp[q] >= 0.5)
        if not chosen:
            chosen = (min(qp, key=lambda q: (-qp[q], qorder[q])),)
        kp = kind[i]
        partial.append(
            (
                round(claim[i].get(UNIT, 0.0), 4),
                "evidence" if kp.get("evidence", 0.0) > kp.get("claim", 0.0) else "claim",
                best,
                sp,
                chosen,
                qp,
            )
        )
    return partial


def predict(
    models: Models, ctxs: Sequence[Context], explain: bool = True, release: bool = False
) -> list[Prediction]:
    """Predict claim, stance, kind and questions for sentences in context (each distinct
    context once). ``release``: the remembered training rows used are let go
    (``Featuriser.transform``)."""
    return predict_read(models, ctxs, explain, release)[0]


def predict_read(
    models: Models, ctxs: Sequence[Context], explain: bool = True, release: bool = False
) -> tuple[list[Prediction], SentenceReading | None]:
    """``predict``, with how the features read each of ``ctxs`` (None where the models
    have no features): ``sequence.in_order`` reads the sentences' alignment from it rather
    than normalising and searching every sentence again (``align.alignment``)."""
    from threadpoolctl import threadpool_limits

    if not ctxs:
        return [], None
    unique, inv = _unique_rows(ctxs)
    lex = models.lexicon
    texts = [c.text for c in unique]
    norms: list[str] | None = None
    flags = block = None
    if models.features is None:
        x = None
        batch = codebook_rows(texts, lex)
        rows = [batch.row(i) for i in range(len(texts))]
        found = [r.found for r in rows]
        sprior = [dict(zip(lex.stance_ids, r.stance_prior, strict=True)) for r in rows]
        qprior = [dict(zip(lex.question_ids, r.question_prior, strict=True)) for r in rows]
        claim = [{UNIT: 0.5, NOT_UNIT: 0.5} for _ in unique]
        kind = [{"claim": 1.0} for _ in unique]
        qprobs_lr: list[dict[str, float]] = [{} for _ in unique]
        partial = _decide_rows(models, claim, kind, sprior, qprior, qprobs_lr)
    else:
        with threadpool_limits(1):
            feats = models.features.transform(unique, release=release)
            x = feats.x
            found = feats.found
            norms = feats.norms
            flags = feats.voice
            block = _voice_rows(models, x, flags)
            partial = _decide(models, x, feats.stance_prior, feats.question_prior, block)
    partial, leaned = _lean_middle(models, unique, partial)
    stances = [p[2] for p in partial]
    if explain and x is not None:
        reasons = _explain_all(models, x, stances, texts, found, norms)
        if block is not None and norms is not None:
            turned = _voice_reasons(models, block, flags, unique, norms, stances)
            reasons = [
                tuple([*v, *r][:TOP_FEATURES]) if v else r
                for v, r in zip(turned, reasons, strict=True)
            ]
    elif explain:
        reasons = [_pattern_reasons(lex, f, s) for f, s in zip(found, stances, strict=True)]
    else:
        reasons = [() for _ in unique]
    reasons = [
        (MIDDLE_REASON, *r)[:TOP_FEATURES] if turned else r
        for r, turned in zip(reasons, leaned, strict=True)
    ]
    preds = [Prediction(*p, top_features=r) for p, r in zip(partial, reasons, strict=True)]
    rows = inv.tolist()
    read = None
    if norms is not None and flags is not None:
        read = SentenceReading([norms[i] for i in rows], flags[inv])
    return [preds[i] for i in rows], read


#: The reason shown where the middle model (``middle``) turned a suggestion.
MIDDLE_REASON = "[weighs the sides, as the middle stance does in other debates]"


def _lean_middle(
    models: Models, ctxs: Sequence[Context], partial: list[tuple]
) -> tuple[list[tuple], list[bool]]:
    """``partial`` (``_decide``'s rows for ``ctxs``) with the middle stances leaned by the
    debate-independent middle model (``middle.lean``, ``Models.middle_weight``), and per
    row whether its stance changed."""
    import numpy as np

    cols = middle.middle_columns(models.lexicon.stance_axes)
    model = middle.model_for(models.stance_ids) if models.middle_weight and cols else None
    if model is None or not partial:
        return partial, [False] * len(partial)
    ids = models.stance_ids
    probs = np.asarray([[p[3][s] for s in ids] for p in partial])
    leaned = round4(middle.lean(probs, middle.scores(model, ctxs), cols, models.middle_weight))
    best = leaned.argmax(axis=1).tolist()  # the first of equal maxima, as ``_decide``
    out = [
        (p[0], p[1], ids[b], dict(zip(ids, row, strict=True)), *p[4:])
        for p, row, b in zip(partial, leaned.tolist(), best, strict=True)
    ]
    return out, [o[2] != p[2] for o, p in zip(out, partial, strict=True)]


def title_rate(models: Models) -> float:
    """The chance that a sentence repeating its source's title is a unit, as the project's
    annotations say: (titles annotated + 1) / (titles in annotated sources + 2). Guides
    leave titles out (the shipped guide's R2; none of the 86 title sentences of the 18
    shipped projects is annotated), so it falls as sources are annotated; a scheme that
    annotates headlines keeps them."""
    n, units = models.titles
    return (units + 1) / (n + 2)


def cap_titles(
    models: Models, ctxs: Sequence[Context], preds: Sequence[Prediction | None]
) -> list[Prediction | None]:
    """A sentence that repeats its source's title is a claim at most as often as the
    annotated titles are (``title_rate``): its words are the debate's, so the claim model
    alone calls most titles claims. Applied as a source is read in order
    (``sequence.in_order``), after its mix is taken: a title says what its source argues
    even where it is no claim to annotate (capped before, the titles' weight in the mix
    fell, and the stance macro-F1 with nothing annotated with it: debate2 0.659 -> 0.652,
    debate19 0.661 -> 0.656)."""
    rate = title_rate(models)
    n, units = models.titles
    reason = f"[repeats the title: {units} of {n} titles annotated]"
    return [
        replace(p, claim=rate, top_features=(reason, *p.top_features)[:TOP_FEATURES])
        if p is not None and c.title and p.claim > rate
        else p
        for c, p in zip(ctxs, preds, strict=True)
    ]


# --------------------------------------------------------------------------- cache

_CACHE: dict[str, Models] = {}
_CACHE_SIZE = 8
#: Examples hashed per ``marshal.dumps`` call in ``training_key`` (bounds its memory).
KEY_CHUNK = 4096


def training_key(
    items: Sequence[Example], codebook: Codebook, large: bool = False, focus: str | None = None
) -> str:
    """A hash of the training data, the codebook, the mode and the focus source: equal keys
    give equal models.

    The same examples (the same objects, as ``data.examples`` keeps them for unchanged
    sources: examples are immutable) with the same codebook object give the key hashed
    last time without hashing again (the TUI's ``S`` after its warm-up)."""
    last = _LAST_KEY[0] if _LAST_KEY else None
    if (
        last is not None
        and last[1] is codebook
        and last[2] == (large, focus)
        and len(last[0]) == len(items)
        and all(a is b for a, b in zip(last[0], items, strict=True))
    ):
        return last[3]
    key = _training_key(items, codebook, large, focus)
    _LAST_KEY[:] = [(list(items), codebook, (large, focus), key)]
    return key


#: The examples, codebook, mode and focus ``training_key`` hashed last, and the key.
_LAST_KEY: list[tuple[list[Example], Codebook, tuple[bool, str | None], str]] = []


def _training_key(
    items: Sequence[Example], codebook: Codebook, large: bool, focus: str | None
) -> str:
    """``training_key``, hashed."""
    import marshal

    h = hashlib.sha256(codebook.model_dump_json(by_alias=True).encode())
    h.update(b"large" if large else b"small")
    h.update(json.dumps(focus).encode())
    # a context by Python's hash of its texts (cached on each string): the key lives only
    # in this process's cache, as the hash seed does
    ordered = sorted(items, key=lambda e: (e.source, e.sentence.index))
    for lo in range(0, len(ordered), KEY_CHUNK):
        chunk = ordered[lo : lo + KEY_CHUNK]
        ctxs = [e.context for e in chunk]
        columns = (
            [e.source for e in chunk],
            [e.sentence.id for e in chunk],
            [e.sentence.text for e in chunk],
            [e.unit for e in chunk],
            [e.stance for e in chunk],
            [e.kind for e in chunk],
            [e.questions for e in chunk],
            [None if c is None else hash((c.prev, c.next, c.para)) for c in ctxs],
            [None if c is None else (c.alone, c.first, c.title) for c in ctxs],
        )
        # one call per chunk, column by column: marshal's version 2 writes values alone
        # (no references to objects met before: equal data, equal bytes), each string with
        # its length, several times faster than ``json.dumps`` of a list per example
        h.update(marshal.dumps(columns, 2))
    return h.hexdigest()


def train(
    items: Sequence[Example],
    codebook: Codebook,
    large_threshold: int | None = None,
    focus: str | None = None,
    progress: Progress | None = None,
) -> Models:
    """Fitted models for ``items``, from an in-process cache keyed by their hash."""
    threshold = LARGE_THRESHOLD if large_threshold is None else large_threshold
    key = training_key(items, codebook, large=len(items) >= threshold, focus=focus)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = _train(
            items, codebook, large_threshold=threshold, focus=focus, progress=progress
        )
    if progress is not None:
        progress("models ready", 1.0)
    return _CACHE[key]
