"""Suggestions learnt from the project's own annotations, and their evaluation.

Three models are rebuilt from the annotations (never stored): *claim detection* (is a
sentence a claim or evidence at all), *stance* (over annotated sentences) and *questions*
(multi-label, one-vs-rest), plus *kind* (claim or evidence). Each is a scikit-learn
pipeline: word 1-2-gram and char_wb 3-5-gram TF-IDF of the normalised text (3-5 scored as
2-5 on the shipped corpus and fits about a third faster), united with a
few dense features taken from the codebook (hedge-cue counts, similarity to the stance
descriptions and the question texts, sentence shape), then
``LogisticRegression(class_weight="balanced")``. Questions with few positive examples lean
on a keyword prior built from the question's own text.

Spelling and style variants are normalised before vectorising (``U.S.``/``US``/``United
States``, ``defence``/``defense``, ``-ise``/``-ize``, curly quotes, numbers), because a new
outlet's style otherwise looks like signal. Every fit and predict runs inside
``threadpool_limits(1)``: on small data the default threading is several times slower.

scikit-learn is imported on first use so that ``import argmap.suggest`` stays light.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.model import Claim, Codebook, Sentence
    from argmap.project import Project

RANDOM_STATE = 0
#: A question with fewer positive training sentences than this leans on its keyword prior.
MIN_QUESTION_POSITIVES = 8
#: Word n-gram features shown as the reasons for a stance.
TOP_FEATURES = 5
#: Weight of the codebook-only stance prior mixed into the learnt stance probabilities.
STANCE_PRIOR_WEIGHT = 0.2
UNIT = "unit"
NOT_UNIT = "none"

# --------------------------------------------------------------------------- normalisation

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": " - ",
        "\u2014": " - ",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)

# Applied before lower-casing, so that "US" (the country) and "us" (the pronoun) differ.
_CASED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bU\.\s?S\.(?:\s?A\.)?"), " usa "),
    (re.compile(r"\bUnited States(?: of America)?\b"), " usa "),
    (re.compile(r"\bUSA?\b"), " usa "),
    (re.compile(r"\bAmerican?s?\b"), " usa "),
    (re.compile(r"\bU\.\s?K\.|\bUK\b|\bUnited Kingdom\b|\bGreat Britain\b|\bBritain\b"), " uk "),
    (re.compile(r"\bE\.\s?U\.|\bEU\b|\bEuropean Union\b"), " eu "),
]

_SPELLING = {
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "licences": "licenses",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "programme": "program",
    "programmes": "programs",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "dialogues": "dialogs",
    "per cent": "percent",
    "co-operation": "cooperation",
}

_LOWER: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bco-operat"), "cooperat"),
    (re.compile(r"\bper cent\b"), "percent"),
    (re.compile(r"%"), " percent "),
    (re.compile(r"'s\b|(?<=s)'(?=\s|$)"), ""),
    # any number (years, money, percentages, ordinals) is one token
    (re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?\b"), " _num_ "),
    # -ise/-isation -> -ize/-ization; -yse -> -yze; -our -> -or (both sides alike)
    (re.compile(r"\b(\w{3,}?)is(e|es|ed|ing|ation|ations|er|ers)\b"), r"\1iz\2"),
    (re.compile(r"\b(\w{2,}?)ys(e|es|ed|ing)\b"), r"\1yz\2"),
    (re.compile(r"\b(\w{3,}?)our(s|ed|ing|able|ite|ites)?\b"), r"\1or\2"),
    # "burden-sharing" and "burden sharing" are one phrase
    (re.compile(r"(?<=[a-z])[-/](?=[a-z])"), " "),
]
_SPELLING_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _SPELLING), key=len)[::-1]) + r")\b"
)
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The text in one spelling and style: lower case, ``usa``/``uk``/``eu``, US spelling.

    ``"The U.S. defence budget rose 5%."`` becomes ``"the usa defense budget rose _num_ percent ."``.
    """
    text = text.translate(_QUOTES)
    for pattern, repl in _CASED:
        text = pattern.sub(repl, text)
    text = text.lower()
    text = _SPELLING_RE.sub(lambda m: _SPELLING[m.group(1)], text)
    for pattern, repl in _LOWER:
        text = pattern.sub(repl, text)
    return _SPACES.sub(" ", text).strip()


_WORD = re.compile(r"[a-z_]{2,}")
_US = re.compile(r"\b(?:usa|washington|transatlantic|nato)\b")
_EUROPE = re.compile(r"\b(?:europe|european|europeans|eu)\b")
# The stance descriptions call autonomy "redundant, unrealistic, risky or harmful"; these are
# the words such arguments are made with.
_OBSTACLE = re.compile(
    r"\b(?:risks?|risky|obstacles?|fragmented|vulnerable|cannot|unrealistic|harmful|redundant|"
    r"challenges?|undermin\w*|complex|fears?|fearing|hesitat\w*|threat|collapse|difficult|"
    r"costly|duplicat\w*)\b"
)


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    """Content-word stems (first 6 letters) of normalised text, for keyword priors."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(w[:6] for w in _WORD.findall(normalise(text)) if w not in ENGLISH_STOP_WORDS)


# --------------------------------------------------------------------------- codebook lexicon


@dataclass(frozen=True)
class Lexicon:
    """What the codebook says, turned into dense features.

    ``cues``: hedge-cue patterns; ``stance_words``/``question_words``: keyword stems of the
    stance descriptions and question texts, weighted log(n / df) so that a stem every entry
    shares weighs nothing.
    """

    stance_ids: tuple[str, ...]
    stance_axes: tuple[int, ...]
    question_ids: tuple[str, ...]
    cues: tuple[str, ...]
    cue_re: re.Pattern[str] | None
    stance_words: tuple[dict[str, float], ...]
    question_words: tuple[dict[str, float], ...]

    @property
    def dense_names(self) -> list[str]:
        return [
            "hedge cues",
            "multi-word hedge cues",
            *(f"like stance {s}" for s in self.stance_ids),
            *(f"like question {q}" for q in self.question_ids),
            "length",
            "short",
            "ends like a sentence",
            "title case",
            "has a number",
            "names the US and Europe",
            "obstacle words",
        ]


def _keyword_weights(texts: Sequence[str]) -> tuple[dict[str, float], ...]:
    docs = [_stems(t) for t in texts]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    out = []
    for d in docs:
        w = {s: math.log(n / df[s]) for s in sorted(d) if df[s] < n}
        out.append(w)
    return tuple(out)


def build_lexicon(codebook: Codebook) -> Lexicon:
    """The codebook's hedge cues, stance descriptions and question texts as keyword sets."""
    cues = tuple(sorted({normalise(c) for c in codebook.hedge_cues if c.strip()}))
    cue_re = (
        re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(cues, key=len)[::-1]) + r")\b")
        if cues
        else None
    )
    stance_texts = [f"{s.label} {s.description}" for s in codebook.stances]
    question_texts = [f"{q.label} {q.label} {q.text}" for q in codebook.questions]
    return Lexicon(
        stance_ids=tuple(codebook.stance_ids),
        stance_axes=tuple(int(s.axis) for s in codebook.stances),
        question_ids=tuple(codebook.question_ids),
        cues=cues,
        cue_re=cue_re,
        stance_words=_keyword_weights(stance_texts),
        question_words=_keyword_weights(question_texts),
    )


def matched_cues(lexicon: Lexicon, text: str) -> list[str]:
    """The hedge cues of the codebook found in ``text`` (normalised), in order."""
    if lexicon.cue_re is None:
        return []
    return lexicon.cue_re.findall(normalise(text))


def _overlap(weights: dict[str, float], stems: frozenset[str]) -> float:
    return sum(weights[s] for s in sorted(stems & weights.keys()))


def question_prior(lexicon: Lexicon, text: str) -> dict[str, float]:
    """A keyword prior per question: 1 - exp(-score/3), score = idf weight of shared stems."""
    stems = _stems(text)
    return {
        q: 1.0 - math.exp(-_overlap(w, stems) / 3.0)
        for q, w in zip(lexicon.question_ids, lexicon.question_words, strict=True)
    }


def _dense_features(texts: Sequence[str], lexicon: Lexicon) -> Any:
    """Dense codebook and shape features of raw ``texts`` (n x len(dense_names), sparse)."""
    import numpy as np
    from scipy import sparse

    rows = []
    for raw in texts:
        norm = normalise(raw)
        cues = lexicon.cue_re.findall(norm) if lexicon.cue_re is not None else []
        stems = _stems(raw)
        words = raw.split()
        n = max(len(words), 1)
        caps = sum(1 for w in words if w[:1].isupper())
        rows.append(
            [
                math.log1p(len(cues)),
                math.log1p(sum(1 for c in cues if " " in c)),
                *(min(_overlap(w, stems) / 4.0, 2.0) for w in lexicon.stance_words),
                *(min(_overlap(w, stems) / 4.0, 2.0) for w in lexicon.question_words),
                math.log1p(n) / 4.0,
                1.0 if n < 7 else 0.0,
                1.0 if raw.rstrip("\"')]\u201d\u2019 ").endswith((".", "!", "?")) else 0.0,
                caps / n if n > 1 else 1.0,
                1.0 if any(ch.isdigit() for ch in raw) else 0.0,
                1.0 if _US.search(norm) and _EUROPE.search(norm) else 0.0,
                math.log1p(len(_OBSTACLE.findall(norm))),
            ]
        )
    return sparse.csr_matrix(np.asarray(rows, dtype=float).reshape(len(rows), -1))


def _make_features(lexicon: Lexicon) -> Any:
    """The unfitted feature union: word and char TF-IDF of normalised text + dense features."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion
    from sklearn.preprocessing import FunctionTransformer

    names = lexicon.dense_names
    return FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    preprocessor=normalise,
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w\w+\b",
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    preprocessor=normalise,
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    sublinear_tf=True,
                    min_df=2,
                ),
            ),
            (
                "codebook",
                FunctionTransformer(
                    _dense_features,
                    kw_args={"lexicon": lexicon},
                    accept_sparse=True,
                    feature_names_out=lambda _t, _i: names,
                ),
            ),
        ]
    )


def _classifier(multiclass: bool = False) -> Any:
    """Balanced logistic regression; liblinear for binary tasks, newton-cg for several classes.

    Both converge in a handful of iterations on a few hundred sentences (lbfgs needed 20-40).
    """
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=3.0,
        class_weight="balanced",
        solver="newton-cg" if multiclass else "liblinear",
        max_iter=1000,
        random_state=RANDOM_STATE,
    )


# --------------------------------------------------------------------------- labelled data


@dataclass(frozen=True)
class Example:
    """One sentence of an annotated source with its labels (``unit`` False: not a claim)."""

    source: str
    sentence: Sentence
    unit: bool
    stance: str | None = None
    kind: str | None = None
    questions: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.sentence.id)

    @property
    def text(self) -> str:
        return self.sentence.text


def sentence_claims(sentences: Sequence[Sentence], claims: Iterable[Claim]) -> list[list[Claim]]:
    """For each sentence, the (non-orphan) claims that start inside it, in text order."""
    import bisect

    starts = [s.start for s in sentences]
    out: list[list[Claim]] = [[] for _ in sentences]
    for c in sorted(claims, key=lambda c: c.sort_key()):
        if c.orphan is not None or not sentences:
            continue
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and c.start < sentences[i].end:
            out[i].append(c)
    return out


def examples(
    project: Project, annotator: str | None = None, *, partial: str | None = None
) -> list[Example]:
    """Every sentence of every annotated source, labelled from ``view_claims(annotator)``.

    A source counts as annotated if it has at least one claim; its sentences without a claim
    are negatives for claim detection, except in ``partial`` (a source being annotated now,
    whose uncovered sentences are unknown rather than negative). The stance of a sentence
    is that of its first claim; its questions are the union over its claims; its kind is
    ``claim`` if any of its claims is one.
    """
    by_source: dict[str, list[Claim]] = {}
    for c in project.view_claims(annotator):
        if c.orphan is None and c.source in project.sources:
            by_source.setdefault(c.source, []).append(c)
    order = {q: i for i, q in enumerate(project.codebook.question_ids)}
    out: list[Example] = []
    for sid in sorted(by_source):
        sents = project.sources[sid].sentences
        for sent, claims in zip(sents, sentence_claims(sents, by_source[sid]), strict=True):
            if not claims:
                if sid != partial:
                    out.append(Example(sid, sent, False))
                continue
            qs = sorted({q for c in claims for q in c.questions}, key=lambda q: order.get(q, 99))
            kind = "claim" if any(c.kind == "claim" for c in claims) else "evidence"
            out.append(Example(sid, sent, True, claims[0].stance, kind, tuple(qs)))
    return out


# --------------------------------------------------------------------------- models


@dataclass
class Models:
    """Fitted models for one training set. ``pipelines`` maps task -> fitted sklearn Pipeline."""

    lexicon: Lexicon
    stance_ids: tuple[str, ...]
    question_ids: tuple[str, ...]
    features: Any = None
    feature_names: Any = None
    pipelines: dict[str, Any] = field(default_factory=dict)
    constant: dict[str, dict[str, float]] = field(default_factory=dict)
    question_positives: dict[str, int] = field(default_factory=dict)
    majority_question: str | None = None
    n_train: int = 0
    n_units: int = 0
    n_word: int = 0  # the word n-gram features come first in the union
    dense_index: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Prediction:
    """Model output for one sentence."""

    claim: float
    kind: str
    stance: str
    stance_probs: dict[str, float]
    questions: tuple[str, ...]
    question_probs: dict[str, float]
    top_features: tuple[str, ...]


def _fit_task(features: Any, x: Any, y: Sequence[str]) -> tuple[Any | None, dict[str, float]]:
    """Fit one classifier; with a single class seen, return a constant distribution instead."""
    from sklearn.pipeline import Pipeline

    counts = Counter(y)
    if len(counts) < 2:
        return None, {k: 1.0 for k in counts}
    clf = _classifier(multiclass=len(counts) > 2).fit(x, list(y))
    return Pipeline([("features", features), ("clf", clf)]), {}


def _train(items: Sequence[Example], codebook: Codebook) -> Models:
    """Fit every model on ``items`` (sorted, so that the result is deterministic)."""
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import Pipeline
    from threadpoolctl import threadpool_limits

    lexicon = build_lexicon(codebook)
    models = Models(lexicon, tuple(codebook.stance_ids), tuple(codebook.question_ids))
    items = sorted(items, key=lambda e: (e.source, e.sentence.index))
    models.n_train = len(items)
    if not items:
        return models
    units = [e for e in items if e.unit]
    models.n_units = len(units)
    with threadpool_limits(1):
        features = _make_features(lexicon)
        x_all = features.fit_transform([e.text for e in items])
        models.features = features
        models.feature_names = features.get_feature_names_out()
        models.n_word = len(features.transformer_list[0][1].vocabulary_)
        models.dense_index = frozenset(
            i for i, name in enumerate(models.feature_names) if str(name).startswith("codebook__")
        )
        y_claim = [UNIT if e.unit else NOT_UNIT for e in items]
        models.pipelines["claim"], models.constant["claim"] = _fit_task(features, x_all, y_claim)
        if units:
            idx = [i for i, e in enumerate(items) if e.unit]
            x_units = x_all[idx]
            for task, y in (
                ("stance", [e.stance or "" for e in units]),
                ("kind", [e.kind or "claim" for e in units]),
            ):
                models.pipelines[task], models.constant[task] = _fit_task(features, x_units, y)
            qcount = Counter(q for e in units for q in e.questions)
            models.question_positives = {q: qcount.get(q, 0) for q in models.question_ids}
            models.majority_question = (
                min(qcount, key=lambda q: (-qcount[q], q)) if qcount else None
            )
            learnable = [q for q in models.question_ids if 0 < qcount.get(q, 0) < len(units)]
            if learnable:
                import numpy as np

                y = np.array([[q in e.questions for q in learnable] for e in units], dtype=int)
                ovr = OneVsRestClassifier(_classifier()).fit(x_units, y)
                models.pipelines["questions"] = Pipeline([("features", features), ("clf", ovr)])
                models.constant["questions"] = {q: 1.0 for q in learnable}
    return models


def _stance_prior(lexicon: Lexicon, text: str) -> dict[str, float]:
    """Stance probabilities from the codebook alone.

    Keyword overlap with each stance description; hedge cues count towards the middle stance
    (axis 0), obstacle words towards the stances against (axis < 0).
    """
    stems = _stems(text)
    scores = [_overlap(w, stems) / 4.0 for w in lexicon.stance_words]
    cues = len(matched_cues(lexicon, text))
    obstacles = len(_OBSTACLE.findall(normalise(text)))
    for i, axis in enumerate(lexicon.stance_axes):
        if axis == 0:
            scores[i] += 0.5 * cues
        elif axis < 0:
            scores[i] += 0.5 * obstacles
    exp = [math.exp(s) for s in scores]
    total = sum(exp)
    return {s: e / total for s, e in zip(lexicon.stance_ids, exp, strict=True)}


def _probs(models: Models, task: str, x: Any) -> list[dict[str, float]]:
    pipe = models.pipelines.get(task)
    n = x.shape[0]
    if pipe is None:
        return [dict(models.constant.get(task, {})) for _ in range(n)]
    clf = pipe.named_steps["clf"]
    p = clf.predict_proba(x)
    return [
        {str(c): float(v) for c, v in zip(clf.classes_, row, strict=True)} for row in p.tolist()
    ]


def _stopwords_only(ngram: str) -> bool:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return all(w in ENGLISH_STOP_WORDS or w == "_num_" for w in ngram.split())


def _explain(models: Models, x_row: Any, stance: str, text: str) -> tuple[str, ...]:
    """The word n-grams (and hedge cues) that pushed the sentence towards ``stance``."""
    pipe = models.pipelines.get("stance")
    if pipe is None:
        return ()
    clf = pipe.named_steps["clf"]
    classes = list(clf.classes_)
    if stance not in classes:
        return ()
    coef = clf.coef_
    if coef.shape[0] == 1:  # binary: row 0 is the second class
        w = coef[0] if classes.index(stance) == 1 else -coef[0]
    else:
        w = coef[classes.index(stance)]
    row = x_row.tocsr()
    names = models.feature_names
    contrib = row.data * w[row.indices]
    scored = []
    for j, c in zip(row.indices.tolist(), contrib.tolist(), strict=True):
        if c <= 0 or (j >= models.n_word and j not in models.dense_index):
            continue
        name = str(names[j])
        if j < models.n_word:
            if not _stopwords_only(name[6:]):
                scored.append((-c, name[6:]))
        elif name == "codebook__hedge cues":
            for cue in dict.fromkeys(matched_cues(models.lexicon, text)):
                scored.append((-c, f"{cue} [hedge cue]"))
        elif name.startswith("codebook__like stance"):
            scored.append((-c, f"[like the {name[22:]} description]"))
        elif name == "codebook__obstacle words":
            for word in dict.fromkeys(_OBSTACLE.findall(normalise(text))):
                scored.append((-c, f"{word} [obstacle word]"))
    scored.sort()
    out: list[str] = []
    for _, name in scored:
        # drop a unigram already inside a chosen bigram and vice versa
        if any(name in o.split() or o in name.split() for o in out):
            continue
        out.append(name)
        if len(out) == TOP_FEATURES:
            break
    return tuple(out)


def _predict(models: Models, texts: Sequence[str], explain: bool = True) -> list[Prediction]:
    """Predict claim, stance, kind and questions for raw ``texts``."""
    from threadpoolctl import threadpool_limits

    if not texts:
        return []
    lex = models.lexicon
    if models.features is None:
        x = None
        claim = [{UNIT: 0.5, NOT_UNIT: 0.5} for _ in texts]
        stance = [_stance_prior(lex, t) for t in texts]
        kind = [{"claim": 1.0} for _ in texts]
        qprobs_lr: list[dict[str, float]] = [{} for _ in texts]
    else:
        with threadpool_limits(1):
            x = models.features.transform(list(texts))
            claim = _probs(models, "claim", x)
            stance = _probs(models, "stance", x) if models.pipelines.get("stance") else []
            kind = _probs(models, "kind", x)
            qpipe = models.pipelines.get("questions")
            if qpipe is not None:
                learnable = list(models.constant["questions"])
                qp = qpipe.named_steps["clf"].predict_proba(x).tolist()
                qprobs_lr = [dict(zip(learnable, row, strict=True)) for row in qp]
            else:
                qprobs_lr = [{} for _ in texts]
        if not stance:
            const = models.constant.get("stance") or {}
            stance = [dict(const) if const else _stance_prior(lex, t) for t in texts]
        else:
            w = STANCE_PRIOR_WEIGHT
            stance = [
                {s: (1 - w) * p.get(s, 0.0) + w * prior[s] for s in models.stance_ids}
                for p, prior in zip(stance, (_stance_prior(lex, t) for t in texts), strict=True)
            ]
    out = []
    for i, text in enumerate(texts):
        sp = {s: round(stance[i].get(s, 0.0), 4) for s in models.stance_ids}
        best = min(sp, key=lambda s: (-sp[s], models.stance_ids.index(s)))
        prior = question_prior(lex, text)
        qp: dict[str, float] = {}
        for q in models.question_ids:
            n = models.question_positives.get(q, 0)
            weight = min(n / MIN_QUESTION_POSITIVES, 1.0)
            lr = qprobs_lr[i].get(q, 0.0)
            # no fading for unused questions: on held-out sources a question
            # often appears that no other source used, and its text still finds it
            qp[q] = round(weight * lr + (1 - weight) * prior[q], 4)
        chosen = tuple(q for q in models.question_ids if qp[q] >= 0.5)
        if not chosen:
            chosen = (min(qp, key=lambda q: (-qp[q], models.question_ids.index(q))),)
        kp = kind[i]
        out.append(
            Prediction(
                claim=round(claim[i].get(UNIT, 0.0), 4),
                kind="evidence" if kp.get("evidence", 0.0) > kp.get("claim", 0.0) else "claim",
                stance=best,
                stance_probs=sp,
                questions=chosen,
                question_probs=qp,
                top_features=_explain(models, x[i], best, text)
                if explain and x is not None
                else (),
            )
        )
    return out


# --------------------------------------------------------------------------- cache

_CACHE: dict[str, Models] = {}
_CACHE_SIZE = 8


def training_key(items: Sequence[Example], codebook: Codebook) -> str:
    """A hash of the training data and the codebook: equal keys give equal models."""
    h = hashlib.sha256(codebook.model_dump_json(by_alias=True).encode())
    for e in sorted(items, key=lambda e: (e.source, e.sentence.index)):
        h.update(
            json.dumps(
                [e.source, e.sentence.id, e.text, e.unit, e.stance, e.kind, list(e.questions)]
            ).encode()
        )
    return h.hexdigest()


def train(items: Sequence[Example], codebook: Codebook) -> Models:
    """Fitted models for ``items``, from an in-process cache keyed by their hash."""
    key = training_key(items, codebook)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = _train(items, codebook)
    return _CACHE[key]


# --------------------------------------------------------------------------- suggestions


@dataclass(frozen=True)
class Suggestion:
    """A proposal for one unannotated sentence; never saved until a user accepts it."""

    source: str
    sentence: str
    start: int
    end: int
    text: str
    claim: float
    kind: str
    stance: str
    stance_probs: dict[str, float]
    questions: list[str]
    question_probs: dict[str, float]
    top_features: list[str]
    uncertainty: float

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape for scripts."""
        return {
            "source": self.source,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claim": self.claim,
            "kind": self.kind,
            "stance": self.stance,
            "stance_probs": dict(self.stance_probs),
            "questions": list(self.questions),
            "question_probs": dict(self.question_probs),
            "top_features": list(self.top_features),
            "uncertainty": self.uncertainty,
        }


def uncertainty(claim: float, stance_probs: dict[str, float]) -> float:
    """How unsure the model is (0..1): the mean of the claim and stance margins' complements."""
    claim_u = 1.0 - abs(2.0 * claim - 1.0)
    top = [*sorted(stance_probs.values(), reverse=True), 0.0, 0.0]
    stance_u = 1.0 - (top[0] - top[1])
    return round((claim_u + stance_u) / 2.0, 4)


def suggest_source(
    project: Project, source_id: str, annotator: str | None = None
) -> list[Suggestion]:
    """One suggestion per unannotated sentence of ``source_id``, strongest claim first.

    Models are trained on ``project.view_claims(annotator)``; the source's own unannotated
    sentences are not used as negatives. Nothing is written.
    """
    doc = project.source(source_id)
    items = examples(project, annotator, partial=doc.id)
    models = train(items, project.codebook)
    mine = [c for c in project.view_claims(annotator) if c.source == doc.id]
    covered = sentence_claims(doc.sentences, mine)
    todo = [s for s, cs in zip(doc.sentences, covered, strict=True) if not cs]
    preds = _predict(models, [s.text for s in todo])
    out = [
        Suggestion(
            source=doc.id,
            sentence=s.id,
            start=s.start,
            end=s.end,
            text=s.text,
            claim=p.claim,
            kind=p.kind,
            stance=p.stance,
            stance_probs=p.stance_probs,
            questions=list(p.questions),
            question_probs=p.question_probs,
            top_features=list(p.top_features),
            uncertainty=uncertainty(p.claim, p.stance_probs),
        )
        for s, p in zip(todo, preds, strict=True)
    ]
    out.sort(key=lambda g: (-g.claim, g.start))
    return out


def least_certain(suggestions: Iterable[Suggestion]) -> Suggestion | None:
    """The suggestion the model is least sure of (uncertainty sampling); ties: earliest."""
    return min(suggestions, key=lambda g: (-g.uncertainty, g.start), default=None)


def accept(
    project: Project,
    suggestion: Suggestion,
    *,
    stance: str | None = None,
    questions: Iterable[str] | None = None,
    kind: str | None = None,
) -> Claim:
    """Save a suggestion (optionally corrected) as the project annotator's claim on its sentence.

    This is the only way a suggestion reaches the annotations; it is one undoable edit.
    """
    return project.annotate(
        suggestion.source,
        stance=stance or suggestion.stance,
        questions=list(questions) if questions is not None else list(suggestion.questions),
        sentence=suggestion.sentence,
        kind=kind or suggestion.kind,
    )


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Fold:
    """One leave-one-source-out fold: train on every other annotated source."""

    held_out: str
    train: tuple[tuple[str, str], ...]
    test: tuple[tuple[str, str], ...]


def loso_folds(items: Sequence[Example]) -> list[Fold]:
    """Leave-one-source-out folds over the annotated sources, in source order."""
    sources = sorted({e.source for e in items})
    return [
        Fold(
            held_out=s,
            train=tuple(e.key for e in items if e.source != s),
            test=tuple(e.key for e in items if e.source == s),
        )
        for s in sources
    ]


@dataclass
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
        }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Scores:
    """Single-label scores: macro-F1 over the labels seen in gold or predictions."""

    labels: list[str]
    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    confusion: list[list[int]]  # rows gold, columns predicted, in ``labels`` order

    @classmethod
    def compute(cls, gold: Sequence[str], pred: Sequence[str], order: Sequence[str]) -> Scores:
        present = set(gold) | set(pred)
        labels = [lab for lab in order if lab in present] + sorted(present - set(order))
        ix = {lab: i for i, lab in enumerate(labels)}
        m = [[0] * len(labels) for _ in labels]
        for g, p in zip(gold, pred, strict=True):
            m[ix[g]][ix[p]] += 1
        per = {}
        for lab, i in ix.items():
            tp = m[i][i]
            fp = sum(m[r][i] for r in range(len(labels))) - tp
            fn = sum(m[i]) - tp
            p, r, f = _prf(tp, fp, fn)
            per[lab] = ClassScores(p, r, f, sum(m[i]))
        n = len(gold)
        acc = sum(m[i][i] for i in range(len(labels))) / n if n else 0.0
        macro = sum(c.f1 for c in per.values()) / len(per) if per else 0.0
        return cls(labels, n, acc, macro, per, m)

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "labels": self.labels,
            "per_class": {k: v.to_json() for k, v in self.per_class.items()},
            "confusion": self.confusion,
        }


@dataclass
class MultiScores:
    """Multi-label scores for questions: per-question P/R/F1 and 2x2 counts, micro/macro F1."""

    n: int
    micro_f1: float
    macro_f1: float
    jaccard: float
    per_question: dict[str, ClassScores]
    counts: dict[str, dict[str, int]]  # question -> tp, fp, fn, tn

    @classmethod
    def compute(
        cls, gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], order: Sequence[str]
    ) -> MultiScores:
        per, counts = {}, {}
        ttp = tfp = tfn = 0
        for q in order:
            tp = sum(1 for g, p in zip(gold, pred, strict=True) if q in g and q in p)
            fp = sum(1 for g, p in zip(gold, pred, strict=True) if q not in g and q in p)
            fn = sum(1 for g, p in zip(gold, pred, strict=True) if q in g and q not in p)
            tn = len(gold) - tp - fp - fn
            ttp, tfp, tfn = ttp + tp, tfp + fp, tfn + fn
            if tp + fp + fn == 0:
                continue
            p, r, f = _prf(tp, fp, fn)
            per[q] = ClassScores(p, r, f, tp + fn)
            counts[q] = {"tp": tp, "fp": fp, "fn": fn, "tn": tn}
        jac = [
            len(set(g) & set(p)) / len(set(g) | set(p)) if set(g) | set(p) else 1.0
            for g, p in zip(gold, pred, strict=True)
        ]
        return cls(
            n=len(gold),
            micro_f1=_prf(ttp, tfp, tfn)[2],
            macro_f1=sum(c.f1 for c in per.values()) / len(per) if per else 0.0,
            jaccard=sum(jac) / len(jac) if jac else 0.0,
            per_question=per,
            counts=counts,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "micro_f1": round(self.micro_f1, 4),
            "macro_f1": round(self.macro_f1, 4),
            "jaccard": round(self.jaccard, 4),
            "per_question": {k: v.to_json() for k, v in self.per_question.items()},
            "counts": self.counts,
        }


@dataclass
class EvaluationReport:
    """Leave-one-source-out scores of the models and of the majority-class baseline."""

    sources: list[str]
    folds: list[Fold]
    claim: Scores | None = None
    claim_baseline: Scores | None = None
    stance: Scores | None = None
    stance_baseline: Scores | None = None
    questions: MultiScores | None = None
    questions_baseline: MultiScores | None = None
    kind: Scores | None = None
    kind_baseline: Scores | None = None
    # held-out source -> task -> (model macro-F1, majority macro-F1); stance/questions
    # are missing for a source without annotated sentences
    per_source: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
    train_seconds: float = 0.0
    predict_seconds: float = 0.0
    n_sentences: int = 0
    n_units: int = 0

    def to_json(self) -> dict[str, Any]:
        def j(x: Scores | MultiScores | None) -> dict[str, Any] | None:
            return None if x is None else x.to_json()

        return {
            "protocol": "leave-one-source-out; pooled out-of-fold predictions",
            "sources": self.sources,
            "folds": [
                {"held_out": f.held_out, "train": len(f.train), "test": len(f.test)}
                for f in self.folds
            ],
            "sentences": self.n_sentences,
            "units": self.n_units,
            "claim": {"model": j(self.claim), "majority": j(self.claim_baseline)},
            "stance": {"model": j(self.stance), "majority": j(self.stance_baseline)},
            "questions": {"model": j(self.questions), "majority": j(self.questions_baseline)},
            "kind": {"model": j(self.kind), "majority": j(self.kind_baseline)},
            "per_source": {
                src: {
                    task: {"model": round(m, 4), "majority": round(b, 4)}
                    for task, (m, b) in tasks.items()
                }
                for src, tasks in self.per_source.items()
            },
            "timing": {
                "train_all_seconds": round(self.train_seconds, 4),
                "predict_all_seconds": round(self.predict_seconds, 4),
            },
        }


def _majority(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def evaluate(project: Project, annotator: str | None = None) -> EvaluationReport:
    """Leave-one-source-out evaluation of claim detection, stance, questions and kind.

    For each annotated source, the models are trained on the other annotated sources only
    and predict the held-out source's sentences; the scores pool all held-out predictions.
    The majority baseline predicts, in each fold, the most frequent training label (for
    questions: the most frequent question alone). Also times a full retrain and prediction.
    """
    items = examples(project, annotator)
    by_key = {e.key: e for e in items}
    folds = loso_folds(items)
    report = EvaluationReport(sources=[f.held_out for f in folds], folds=folds)
    report.n_sentences = len(items)
    report.n_units = sum(1 for e in items if e.unit)
    cg: list[str] = []
    cp: list[str] = []
    cb: list[str] = []
    sg: list[str] = []
    sp: list[str] = []
    sb: list[str] = []
    qg: list[tuple[str, ...]] = []
    qp: list[tuple[str, ...]] = []
    qb: list[tuple[str, ...]] = []
    kg: list[str] = []
    kp: list[str] = []
    kb: list[str] = []
    for fold in folds if len(folds) > 1 else []:
        train_items = [by_key[k] for k in fold.train]
        test_items = [by_key[k] for k in fold.test]
        models = _train(train_items, project.codebook)
        preds = _predict(models, [e.text for e in test_items], explain=False)
        c0, s0 = len(cg), len(sg)
        claim_major = _majority(UNIT if e.unit else NOT_UNIT for e in train_items)
        units = [e for e in train_items if e.unit]
        stance_major = _majority(e.stance or "" for e in units) if units else None
        kind_major = _majority(e.kind or "claim" for e in units) if units else "claim"
        for e, p in zip(test_items, preds, strict=True):
            cg.append(UNIT if e.unit else NOT_UNIT)
            cp.append(UNIT if p.claim >= 0.5 else NOT_UNIT)
            cb.append(claim_major)
            if e.unit and stance_major is not None:
                sg.append(e.stance or "")
                sp.append(p.stance)
                sb.append(stance_major)
                qg.append(e.questions)
                qp.append(p.questions)
                qb.append((models.majority_question,) if models.majority_question else ())
                kg.append(e.kind or "claim")
                kp.append(p.kind)
                kb.append(kind_major)
        order = [UNIT, NOT_UNIT]
        tasks = {
            "claim": (
                Scores.compute(cg[c0:], cp[c0:], order).macro_f1,
                Scores.compute(cg[c0:], cb[c0:], order).macro_f1,
            )
        }
        if len(sg) > s0:
            stances = project.codebook.stance_ids
            tasks["stance"] = (
                Scores.compute(sg[s0:], sp[s0:], stances).macro_f1,
                Scores.compute(sg[s0:], sb[s0:], stances).macro_f1,
            )
            questions = project.codebook.question_ids
            tasks["questions_micro"] = (
                MultiScores.compute(qg[s0:], qp[s0:], questions).micro_f1,
                MultiScores.compute(qg[s0:], qb[s0:], questions).micro_f1,
            )
        report.per_source[fold.held_out] = tasks
    stances = project.codebook.stance_ids
    questions = project.codebook.question_ids
    if cg:
        report.claim = Scores.compute(cg, cp, [UNIT, NOT_UNIT])
        report.claim_baseline = Scores.compute(cg, cb, [UNIT, NOT_UNIT])
    if sg:
        report.stance = Scores.compute(sg, sp, stances)
        report.stance_baseline = Scores.compute(sg, sb, stances)
        report.questions = MultiScores.compute(qg, qp, questions)
        report.questions_baseline = MultiScores.compute(qg, qb, questions)
        report.kind = Scores.compute(kg, kp, ["claim", "evidence"])
        report.kind_baseline = Scores.compute(kg, kb, ["claim", "evidence"])
    if items:
        t0 = time.perf_counter()
        models = _train(items, project.codebook)
        t1 = time.perf_counter()
        sents = [s.text for doc in project.sources.values() for s in doc.sentences]
        _predict(models, sents)
        t2 = time.perf_counter()
        report.train_seconds, report.predict_seconds = t1 - t0, t2 - t1
    return report
