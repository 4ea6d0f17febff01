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

Every distinct sentence is normalised and featurised once per call, and one feature matrix
serves all the tasks. From ``LARGE_THRESHOLD`` labelled sentences on (*large mode*, for
projects of thousands of sources) the char n-grams are dropped, word n-grams need two
documents, the classifiers are averaged SGD logistic regressions, and claim detection sees
every annotated sentence but only a hash-picked share of the others. ``suggest_all``
trains once and predicts every unannotated sentence of the project, in chunks.

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
#: From this many labelled sentences on, train in *large mode* (word features only,
#: subsampled negatives for claim detection): see ``_train``.
LARGE_THRESHOLD = 3000
#: Large mode: claim detection sees at most this many negatives per annotated sentence.
NEGATIVES_PER_UNIT = 2
#: Large mode: L2 penalty and passes over the data of the SGD logistic regressions.
SGD_ALPHA = 1e-5
SGD_EPOCHS = 8
#: Sentences predicted at once (bounds the memory of ``suggest_all``).
PREDICT_CHUNK = 8192
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
_DIGIT = re.compile(r"\d")
# Per pattern of _CASED / _LOWER: literals one of which every match contains. A pattern is
# only run on a text containing one (a substring test is far cheaper than a regex scan).
_CASED_GUARDS: list[tuple[str, ...]] = [
    ("U.",),
    ("United States",),
    ("US",),
    ("America",),
    ("U.", "UK", "United Kingdom", "Britain"),
    ("E.", "EU", "European Union"),
]
_SPELLING_GUARDS = (
    "ence",
    "centre",
    "theatre",
    "programme",
    "catalogue",
    "dialogue",
    "per cent",
    "co-operation",
)
_LOWER_GUARDS: list[tuple[str, ...]] = [
    ("co-operat",),
    ("per cent",),
    ("%",),
    ("'",),
    tuple("0123456789"),  # digits
    ("ise", "ising", "isation"),
    ("yse", "ysing"),
    ("our",),
    ("-", "/"),
]
assert len(_CASED_GUARDS) == len(_CASED) and len(_LOWER_GUARDS) == len(_LOWER)
_CASED_GUARDED = list(zip(_CASED, _CASED_GUARDS, strict=True))
_LOWER_GUARDED = list(zip(_LOWER, _LOWER_GUARDS, strict=True))


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The text in one spelling and style: lower case, ``usa``/``uk``/``eu``, US spelling.

    ``"The U.S. defence budget rose 5%."`` becomes ``"the usa defense budget rose _num_ percent ."``.
    """
    text = text.translate(_QUOTES)
    for (pattern, repl), guards in _CASED_GUARDED:
        for g in guards:  # a plain loop: any() with a generator costs more than the tests
            if g in text:
                text = pattern.sub(repl, text)
                break
    text = text.lower()
    for g in _SPELLING_GUARDS:
        if g in text:
            text = _SPELLING_RE.sub(lambda m: _SPELLING[m.group(1)], text)
            break
    for (pattern, repl), guards in _LOWER_GUARDED:
        for g in guards:
            if g in text:
                text = pattern.sub(repl, text)
                break
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


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    """Content-word stems (first 6 letters) of ``text``, for keyword priors."""
    return _stems_norm(normalise(text))


def _stems_norm(norm: str) -> frozenset[str]:
    """Content-word stems (first 6 letters) of normalised text."""
    stop = _stop_words()
    return frozenset({w[:6] for w in _WORD.findall(norm) if w not in stop})


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


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
    #: stem -> (position among stances then questions, weight): all overlaps in one pass
    stem_index: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)

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
    stance_words = _keyword_weights(stance_texts)
    question_words = _keyword_weights(question_texts)
    index: dict[str, list[tuple[int, float]]] = {}
    for k, weights in enumerate((*stance_words, *question_words)):
        for stem, w in weights.items():
            index.setdefault(stem, []).append((k, w))
    return Lexicon(
        stance_ids=tuple(codebook.stance_ids),
        stance_axes=tuple(int(s.axis) for s in codebook.stances),
        question_ids=tuple(codebook.question_ids),
        cues=cues,
        cue_re=cue_re,
        stance_words=stance_words,
        question_words=question_words,
        stem_index={stem: tuple(v) for stem, v in sorted(index.items())},
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


def _codebook_row(
    raw: str, norm: str, lexicon: Lexicon
) -> tuple[list[float], list[float], list[float]]:
    """Dense features, stance prior and question prior of one sentence (raw and normalised).

    The stance prior is the codebook's alone: keyword overlap with each stance description;
    hedge cues count towards the middle stance (axis 0), obstacle words towards the stances
    against (axis < 0). The question prior is 1 - exp(-score/3), score = idf weight of the
    stems the sentence shares with the question's text.
    """
    cues = lexicon.cue_re.findall(norm) if lexicon.cue_re is not None else []
    stems = _stems_norm(norm)
    words = raw.split()
    n = max(len(words), 1)
    caps = sum(1 for w in words if w[:1].isupper())
    obstacles = len(_OBSTACLE.findall(norm))
    # = [_overlap(w, stems) for w in stance_words + question_words], added in the same order
    ov = [0.0] * (len(lexicon.stance_words) + len(lexicon.question_words))
    index = lexicon.stem_index
    for stem in sorted(stems & index.keys()):
        for k, w in index[stem]:
            ov[k] += w
    s_ov, q_ov = ov[: len(lexicon.stance_words)], ov[len(lexicon.stance_words) :]
    dense = [
        math.log1p(len(cues)),
        math.log1p(sum(1 for c in cues if " " in c)),
        *(min(o / 4.0, 2.0) for o in s_ov),
        *(min(o / 4.0, 2.0) for o in q_ov),
        math.log1p(n) / 4.0,
        1.0 if n < 7 else 0.0,
        1.0 if raw.rstrip("\"')]\u201d\u2019 ").endswith((".", "!", "?")) else 0.0,
        caps / n if n > 1 else 1.0,
        1.0 if _DIGIT.search(raw) else 0.0,
        1.0 if _US.search(norm) and _EUROPE.search(norm) else 0.0,
        math.log1p(obstacles),
    ]
    scores = [o / 4.0 for o in s_ov]
    for i, axis in enumerate(lexicon.stance_axes):
        if axis == 0:
            scores[i] += 0.5 * len(cues)
        elif axis < 0:
            scores[i] += 0.5 * obstacles
    exp = [math.exp(s) for s in scores]
    total = sum(exp)
    sprior = [e / total for e in exp]
    qprior = [1.0 - math.exp(-o / 3.0) for o in q_ov]
    return dense, sprior, qprior


def _dense_features(texts: Sequence[str], lexicon: Lexicon) -> Any:
    """Dense codebook and shape features of raw ``texts`` (n x len(dense_names), sparse)."""
    import numpy as np
    from scipy import sparse

    rows = [_codebook_row(raw, normalise(raw), lexicon)[0] for raw in texts]
    return sparse.csr_matrix(
        np.asarray(rows, dtype=float).reshape(len(rows), len(lexicon.dense_names))
    )


def _identity(text: str) -> str:
    return text


@dataclass
class Features:
    """Rows of distinct sentences: the feature matrix and the codebook priors."""

    x: Any  # csr matrix, one row per text
    stance_prior: Any  # ndarray n x stances
    question_prior: Any  # ndarray n x questions


class Featuriser:
    """Word 1-2-gram and (small mode) char_wb 3-5-gram TF-IDF of the normalised text, plus
    the codebook's dense features; columns named ``word__``, ``char__``, ``codebook__``.

    Every text is normalised and featurised once per call (duplicates share a row), and
    the rows of the training texts are kept, so predicting a training sentence costs an
    index lookup. ``large``: word features only, with ``min_df=2``, and document
    frequencies counted over distinct sentences.
    """

    def __init__(self, lexicon: Lexicon, large: bool = False) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.lexicon = lexicon
        self.large = large
        self.word = TfidfVectorizer(
            preprocessor=_identity,
            ngram_range=(1, 2),
            sublinear_tf=True,
            token_pattern=r"(?u)\b\w\w+\b",
            min_df=2 if large else 1,
        )
        self.char = (
            None
            if large
            else TfidfVectorizer(
                preprocessor=_identity,
                analyzer="char_wb",
                ngram_range=(3, 5),
                sublinear_tf=True,
                min_df=2,
            )
        )
        self._memo: dict[str, int] = {}
        self._seen: Features | None = None

    def fit(self, texts: Sequence[str]) -> Featuriser:
        """Fit the vocabularies and keep the rows of the distinct ``texts``.

        Large mode fits over distinct texts and keeps the fitted rows; small mode counts
        document frequencies over every sentence, as a plain TfidfVectorizer does.
        """
        unique = list(dict.fromkeys(texts))
        blocks = None
        if self.large:
            norms = [normalise(t) for t in unique]
            blocks = [self.word.fit_transform(norms)]
        else:
            norms = [normalise(t) for t in texts]
            self.word.fit(norms)
            if self.char is not None:
                self.char.fit(norms)
        # the n-grams cut by min_df: introspection only, and large on a large corpus
        self.word.stop_words_ = None
        if self.char is not None:
            self.char.stop_words_ = None
        self._seen = self._compute(unique, blocks, norms if self.large else None)
        self._memo = {t: i for i, t in enumerate(unique)}
        return self

    @property
    def n_word(self) -> int:
        return len(self.word.vocabulary_)

    def feature_names(self) -> list[str]:
        names = [f"word__{w}" for w in self.word.get_feature_names_out()]
        if self.char is not None:
            names += [f"char__{w}" for w in self.char.get_feature_names_out()]
        return names + [f"codebook__{w}" for w in self.lexicon.dense_names]

    def _compute(
        self,
        texts: Sequence[str],
        blocks: list[Any] | None = None,
        norms: list[str] | None = None,
    ) -> Features:
        """Features of ``texts``; ``blocks``, ``norms``: their TF-IDF blocks and normalised
        texts if already computed."""
        import numpy as np
        from scipy import sparse

        if norms is None:
            norms = [normalise(t) for t in texts]
        rows = [
            _codebook_row(raw, norm, self.lexicon) for raw, norm in zip(texts, norms, strict=True)
        ]
        n, lex = len(texts), self.lexicon
        dense = np.asarray([r[0] for r in rows], dtype=float).reshape(n, len(lex.dense_names))
        if blocks is None:
            blocks = [self.word.transform(norms)]
            if self.char is not None:
                blocks.append(self.char.transform(norms))
        blocks = [*blocks, sparse.csr_matrix(dense)]
        return Features(
            x=sparse.hstack(blocks).tocsr(),
            stance_prior=np.asarray([r[1] for r in rows], dtype=float).reshape(n, -1),
            question_prior=np.asarray([r[2] for r in rows], dtype=float).reshape(n, -1),
        )

    def transform_unique(self, texts: Sequence[str]) -> Features:
        """Features of distinct ``texts``, reusing the rows of the training texts."""
        import numpy as np
        from scipy import sparse

        assert self._seen is not None
        known = [self._memo.get(t, -1) for t in texts]
        new = [t for t, k in zip(texts, known, strict=True) if k < 0]
        if not new:
            ix = np.asarray(known, dtype=np.int64)
            seen = self._seen
            return Features(seen.x[ix], seen.stance_prior[ix], seen.question_prior[ix])
        fresh = self._compute(new)
        if len(new) == len(texts):
            return fresh
        ix_known = np.asarray([k for k in known if k >= 0], dtype=np.int64)
        # stacked = known rows then new rows; order maps each text to its stacked row
        order = np.empty(len(texts), dtype=np.int64)
        is_known = np.asarray(known) >= 0
        order[is_known] = np.arange(len(ix_known))
        order[~is_known] = len(ix_known) + np.arange(len(new))
        seen = self._seen
        x = sparse.vstack([seen.x[ix_known], fresh.x]).tocsr()[order]
        sp = np.vstack([seen.stance_prior[ix_known], fresh.stance_prior])[order]
        qp = np.vstack([seen.question_prior[ix_known], fresh.question_prior])[order]
        return Features(x, sp, qp)


def _classifier(multiclass: bool = False, large: bool = False) -> Any:
    """Balanced logistic regression; liblinear for binary tasks, newton-cg for several classes.

    Both converge in a handful of iterations on a few hundred sentences (lbfgs needed 20-40).
    In large mode: the same loss fitted by averaged stochastic gradient descent, a few
    epochs over the data (liblinear needed seconds per task on 20,000 sentences).
    """
    from sklearn.linear_model import LogisticRegression, SGDClassifier

    if large:
        return SGDClassifier(
            loss="log_loss",
            alpha=SGD_ALPHA,
            class_weight="balanced",
            max_iter=SGD_EPOCHS,
            tol=None,
            average=True,
            random_state=RANDOM_STATE,
        )

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
    dense_index: frozenset[int] = frozenset()
    large: bool = False
    eligible: Any = None  # per feature: may be shown as a reason for a stance
    reason_names: list[str] = field(default_factory=list)  # word n-grams without "word__"


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


def _fit_task(x: Any, y: Sequence[str], large: bool = False) -> tuple[Any | None, dict[str, float]]:
    """Fit one classifier; with a single class seen, return a constant distribution instead."""
    counts = Counter(y)
    if len(counts) < 2:
        return None, {k: 1.0 for k in counts}
    return _classifier(multiclass=len(counts) > 2, large=large).fit(x, list(y)), {}


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


def _eligible(names: Sequence[str], n_word: int) -> Any:
    """Which features may be shown as reasons: content word n-grams, hedge cues, the
    stance descriptions and obstacle words."""
    import numpy as np

    out = np.zeros(len(names), dtype=bool)
    for j, name in enumerate(names):
        if j < n_word:
            out[j] = not _stopwords_only(name[6:])
        elif name.startswith("codebook__"):
            out[j] = name in (
                "codebook__hedge cues",
                "codebook__obstacle words",
            ) or name.startswith("codebook__like stance")
    return out


def _train(
    items: Sequence[Example], codebook: Codebook, large_threshold: int | None = None
) -> Models:
    """Fit every model on ``items`` (sorted, so that the result is deterministic).

    From ``large_threshold`` (default ``LARGE_THRESHOLD``) labelled sentences on, the
    *large mode* trades a little accuracy for speed: word features only, and claim
    detection on every unit plus a fixed hash-picked share of the negatives.
    """
    from sklearn.multiclass import OneVsRestClassifier
    from threadpoolctl import threadpool_limits

    lexicon = build_lexicon(codebook)
    models = Models(lexicon, tuple(codebook.stance_ids), tuple(codebook.question_ids))
    items = sorted(items, key=lambda e: (e.source, e.sentence.index))
    models.n_train = len(items)
    if not items:
        return models
    threshold = LARGE_THRESHOLD if large_threshold is None else large_threshold
    models.large = large = len(items) >= threshold
    units = [e for e in items if e.unit]
    models.n_units = len(units)
    with threadpool_limits(1):
        import numpy as np

        texts = [e.text for e in items]
        features = Featuriser(lexicon, large=large).fit(texts)
        models.features = features
        # one row per distinct text; each task picks its rows (no n_items x features copy)
        unique = list(dict.fromkeys(texts))
        x_unique = features.transform_unique(unique).x
        row_of = {t: i for i, t in enumerate(unique)}
        inv = np.asarray([row_of[t] for t in texts], dtype=np.int64)
        models.feature_names = features.feature_names()
        models.n_word = features.n_word
        models.dense_index = frozenset(
            range(len(models.feature_names) - len(lexicon.dense_names), len(models.feature_names))
        )
        models.eligible = _eligible(models.feature_names, models.n_word)
        models.reason_names = [
            name[6:] if j < models.n_word else name
            for j, name in enumerate(map(str, models.feature_names))
        ]
        rows = _claim_rows(items, large)
        y_claim = [UNIT if items[i].unit else NOT_UNIT for i in rows]
        x_claim = x_unique[inv[rows]]
        models.classifiers["claim"], models.constant["claim"] = _fit_task(x_claim, y_claim, large)
        if units:
            idx = [i for i, e in enumerate(items) if e.unit]
            x_units = x_unique[inv[idx]]
            for task, y in (
                ("stance", [e.stance or "" for e in units]),
                ("kind", [e.kind or "claim" for e in units]),
            ):
                models.classifiers[task], models.constant[task] = _fit_task(x_units, y, large)
            qcount = Counter(q for e in units for q in e.questions)
            models.question_positives = {q: qcount.get(q, 0) for q in models.question_ids}
            models.majority_question = (
                min(qcount, key=lambda q: (-qcount[q], q)) if qcount else None
            )
            learnable = [q for q in models.question_ids if 0 < qcount.get(q, 0) < len(units)]
            if learnable:
                y = np.array([[q in e.questions for q in learnable] for e in units], dtype=int)
                ovr = OneVsRestClassifier(_classifier(large=large)).fit(x_units, y)
                models.classifiers["questions"] = ovr
                models.constant["questions"] = {q: 1.0 for q in learnable}
    return models


def _stance_prior(lexicon: Lexicon, text: str) -> dict[str, float]:
    """Stance probabilities from the codebook alone (see ``_codebook_row``)."""
    sprior = _codebook_row(text, normalise(text), lexicon)[1]
    return dict(zip(lexicon.stance_ids, sprior, strict=True))


def _probs(models: Models, task: str, x: Any) -> list[dict[str, float]]:
    clf = models.classifiers.get(task)
    n = x.shape[0]
    if clf is None:
        return [dict(models.constant.get(task, {})) for _ in range(n)]
    p = clf.predict_proba(x)
    classes = [str(c) for c in clf.classes_]
    return [dict(zip(classes, row, strict=True)) for row in p.tolist()]


def _stopwords_only(ngram: str) -> bool:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return all(w in ENGLISH_STOP_WORDS or w == "_num_" for w in ngram.split())


def _explain_all(
    models: Models, x: Any, stances: Sequence[str], texts: Sequence[str]
) -> list[tuple[str, ...]]:
    """Per row of ``x``: the word n-grams (and hedge cues) that pushed it towards its stance.

    The contributions (feature value x weight of the chosen stance) of every row are
    computed at once; only the positive, showable ones are looked at one by one.
    """
    import numpy as np

    n = x.shape[0]
    clf = models.classifiers.get("stance")
    if clf is None or n == 0:
        return [() for _ in range(n)]
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_
    weights = np.vstack([-coef[0], coef[0]]) if coef.shape[0] == 1 else coef
    cls = np.asarray([classes.index(s) if s in classes else -1 for s in stances], dtype=np.int64)
    rows = np.repeat(np.arange(n), np.diff(x.indptr))
    cols = x.indices
    row_cls = cls[rows]
    contrib = x.data * weights[np.maximum(row_cls, 0), cols]
    keep = np.flatnonzero((row_cls >= 0) & (contrib > 0) & models.eligible[cols])
    names = models.reason_names
    n_word = models.n_word
    out: list[tuple[str, ...]] = [() for _ in range(n)]
    k_rows = rows[keep]
    bounds = np.flatnonzero(np.diff(k_rows)) + 1
    starts = [0, *bounds.tolist()]
    ends = [*bounds.tolist(), len(k_rows)]
    k_rows_l, k_cols, k_con = k_rows.tolist(), cols[keep].tolist(), contrib[keep].tolist()
    for start, end in zip(starts, ends, strict=True) if len(k_rows_l) else ():
        r = k_rows_l[start]
        scored: list[tuple[float, str]] = []
        norm: str | None = None
        for j, c in zip(k_cols[start:end], k_con[start:end], strict=True):
            name = names[j]
            if j < n_word:
                scored.append((-c, name))
                continue
            if norm is None:
                norm = normalise(texts[r])
            if name == "codebook__hedge cues":
                if models.lexicon.cue_re is not None:
                    for cue in dict.fromkeys(models.lexicon.cue_re.findall(norm)):
                        scored.append((-c, f"{cue} [hedge cue]"))
            elif name.startswith("codebook__like stance"):
                scored.append((-c, f"[like the {name[22:]} description]"))
            elif name == "codebook__obstacle words":
                for word in dict.fromkeys(_OBSTACLE.findall(norm)):
                    scored.append((-c, f"{word} [obstacle word]"))
        scored.sort()
        chosen: list[str] = []
        for _, name in scored:
            # drop a unigram already inside a chosen bigram and vice versa
            if any(name in o.split() or o in name.split() for o in chosen):
                continue
            chosen.append(name)
            if len(chosen) == TOP_FEATURES:
                break
        out[r] = tuple(chosen)
    return out


def _predict(models: Models, texts: Sequence[str], explain: bool = True) -> list[Prediction]:
    """Predict claim, stance, kind and questions for raw ``texts`` (each distinct text once)."""
    from threadpoolctl import threadpool_limits

    if not texts:
        return []
    unique = list(dict.fromkeys(texts))
    lex = models.lexicon
    if models.features is None:
        x = None
        rows = [_codebook_row(t, normalise(t), lex) for t in unique]
        sprior = [dict(zip(lex.stance_ids, r[1], strict=True)) for r in rows]
        qprior = [dict(zip(lex.question_ids, r[2], strict=True)) for r in rows]
        claim = [{UNIT: 0.5, NOT_UNIT: 0.5} for _ in unique]
        stance = sprior
        kind = [{"claim": 1.0} for _ in unique]
        qprobs_lr: list[dict[str, float]] = [{} for _ in unique]
    else:
        with threadpool_limits(1):
            feats = models.features.transform_unique(unique)
            x = feats.x
            sprior = [
                dict(zip(lex.stance_ids, r, strict=True)) for r in feats.stance_prior.tolist()
            ]
            qprior = [
                dict(zip(lex.question_ids, r, strict=True)) for r in feats.question_prior.tolist()
            ]
            claim = _probs(models, "claim", x)
            stance = _probs(models, "stance", x) if models.classifiers.get("stance") else []
            kind = _probs(models, "kind", x)
            qclf = models.classifiers.get("questions")
            if qclf is not None:
                learnable = list(models.constant["questions"])
                qp_rows = qclf.predict_proba(x).tolist()
                qprobs_lr = [dict(zip(learnable, row, strict=True)) for row in qp_rows]
            else:
                qprobs_lr = [{} for _ in unique]
        if not stance:
            const = models.constant.get("stance") or {}
            stance = [dict(const) if const else p for p in sprior]
        else:
            w = STANCE_PRIOR_WEIGHT
            stance = [
                {s: (1 - w) * p.get(s, 0.0) + w * prior[s] for s in models.stance_ids}
                for p, prior in zip(stance, sprior, strict=True)
            ]
    order = {s: i for i, s in enumerate(models.stance_ids)}
    qweight = {
        q: min(models.question_positives.get(q, 0) / MIN_QUESTION_POSITIVES, 1.0)
        for q in models.question_ids
    }
    qorder = {q: i for i, q in enumerate(models.question_ids)}
    partial = []
    for i in range(len(unique)):
        sp = {s: round(stance[i].get(s, 0.0), 4) for s in models.stance_ids}
        best = min(sp, key=lambda s: (-sp[s], order[s]))
        prior = qprior[i]
        lr_i = qprobs_lr[i]
        # no fading for unused questions: on held-out sources a question
        # often appears that no other source used, and its text still finds it
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
    if explain and x is not None:
        reasons = _explain_all(models, x, [p[2] for p in partial], unique)
    else:
        reasons = [() for _ in unique]
    preds = {
        t: Prediction(*p, top_features=r) for t, p, r in zip(unique, partial, reasons, strict=True)
    }
    return [preds[t] for t in texts]


# --------------------------------------------------------------------------- cache

_CACHE: dict[str, Models] = {}
_CACHE_SIZE = 8


def training_key(items: Sequence[Example], codebook: Codebook, large: bool = False) -> str:
    """A hash of the training data, the codebook and the mode: equal keys give equal models."""
    h = hashlib.sha256(codebook.model_dump_json(by_alias=True).encode())
    h.update(b"large" if large else b"small")
    for e in sorted(items, key=lambda e: (e.source, e.sentence.index)):
        h.update(
            json.dumps(
                [e.source, e.sentence.id, e.text, e.unit, e.stance, e.kind, list(e.questions)]
            ).encode()
        )
    return h.hexdigest()


def train(
    items: Sequence[Example], codebook: Codebook, large_threshold: int | None = None
) -> Models:
    """Fitted models for ``items``, from an in-process cache keyed by their hash."""
    threshold = LARGE_THRESHOLD if large_threshold is None else large_threshold
    key = training_key(items, codebook, large=len(items) >= threshold)
    if key not in _CACHE:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = _train(items, codebook, large_threshold=threshold)
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


def _uncovered(project: Project, annotator: str | None) -> dict[str, list[Sentence]]:
    """Per source (sorted), its sentences without a claim in ``view_claims(annotator)``."""
    by_source: dict[str, list[Claim]] = {}
    for c in project.view_claims(annotator):
        by_source.setdefault(c.source, []).append(c)
    out = {}
    for sid in sorted(project.sources):
        sents = project.sources[sid].sentences
        covered = sentence_claims(sents, by_source.get(sid, []))
        out[sid] = [s for s, cs in zip(sents, covered, strict=True) if not cs]
    return out


def _suggestions(models: Models, todo: Sequence[tuple[str, Sentence]]) -> list[Suggestion]:
    """One suggestion per (source, sentence) of ``todo``, in the same order.

    Predicts ``PREDICT_CHUNK`` sentences at a time, so that the intermediate matrices
    and probability tables stay small whatever the number of sentences.
    """
    out: list[Suggestion] = []
    for i in range(0, len(todo), PREDICT_CHUNK):
        chunk = todo[i : i + PREDICT_CHUNK]
        out += _chunk_suggestions(chunk, _predict(models, [s.text for _, s in chunk]))
    return out


def _chunk_suggestions(
    todo: Sequence[tuple[str, Sentence]], preds: Sequence[Prediction]
) -> list[Suggestion]:
    return [
        Suggestion(
            source=sid,
            sentence=s.id,
            start=s.start,
            end=s.end,
            text=s.text,
            claim=p.claim,
            kind=p.kind,
            stance=p.stance,
            stance_probs=dict(p.stance_probs),
            questions=list(p.questions),
            question_probs=dict(p.question_probs),
            top_features=list(p.top_features),
            uncertainty=uncertainty(p.claim, p.stance_probs),
        )
        for (sid, s), p in zip(todo, preds, strict=True)
    ]


def suggest_source(
    project: Project,
    source_id: str,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
) -> list[Suggestion]:
    """One suggestion per unannotated sentence of ``source_id``, strongest claim first.

    Models are trained on ``project.view_claims(annotator)``; the source's own unannotated
    sentences are not used as negatives (it is being annotated now). Nothing is written.
    """
    doc = project.source(source_id)
    items = examples(project, annotator, partial=doc.id)
    models = train(items, project.codebook, large_threshold=large_threshold)
    todo = [(doc.id, s) for s in _uncovered(project, annotator)[doc.id]]
    out = _suggestions(models, todo)
    out.sort(key=lambda g: (-g.claim, g.start))
    return out


def suggest_all(
    project: Project, annotator: str | None = None, *, large_threshold: int | None = None
) -> list[Suggestion]:
    """One suggestion per unannotated sentence of every source: sorted by source, then
    strongest claim first (ties: text order).

    One set of models is fitted on ``project.view_claims(annotator)`` (with every
    annotated source's uncovered sentences as negatives) and predicts all sentences at
    once. For a source without any claim this equals ``suggest_source``; for an annotated
    source ``suggest_source`` differs slightly, because it treats that source as being
    annotated and leaves its uncovered sentences out of training. Nothing is written.
    """
    items = examples(project, annotator)
    models = train(items, project.codebook, large_threshold=large_threshold)
    todo = [(sid, s) for sid, sents in _uncovered(project, annotator).items() for s in sents]
    out = _suggestions(models, todo)
    out.sort(key=lambda g: (g.source, -g.claim, g.start))
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


def evaluate(
    project: Project, annotator: str | None = None, *, large_threshold: int | None = None
) -> EvaluationReport:
    """Leave-one-source-out evaluation of claim detection, stance, questions and kind.

    For each annotated source, the models are trained on the other annotated sources only
    and predict the held-out source's sentences; the scores pool all held-out predictions.
    The majority baseline predicts, in each fold, the most frequent training label (for
    questions: the most frequent question alone). Also times a full retrain and prediction.
    ``large_threshold``: as for ``_train`` (0 evaluates the large mode on any project).
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
        models = _train(train_items, project.codebook, large_threshold=large_threshold)
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
        models = _train(items, project.codebook, large_threshold=large_threshold)
        t1 = time.perf_counter()
        sents = [s.text for doc in project.sources.values() for s in doc.sentences]
        _predict(models, sents)
        t2 = time.perf_counter()
        report.train_seconds, report.predict_seconds = t1 - t0, t2 - t1
    return report
