"""Step 4 of 6: from a sentence in its context to a row of numbers.

Three blocks, named by prefix in ``Featuriser.feature_names``:

- ``word__`` (and, on small projects, ``char__``): TF-IDF of the normalised text;
- ``codebook__``: dense features of the sentence itself, taken from the codebook (hedge
  cues, keyword overlap with each stance description and question text, each stance's and
  question's pattern hits, the concession split of R19) and from its shape (length, final
  stop, title case, the furniture a page carries: bylines, captions, calls to share or
  comment, dates);
- ``context__``: the pattern hits of the sentence before and after it and of the rest of
  its paragraph (kept apart from its own, not smoothed into them), and its place in the
  layout (alone on its line, first of the source, opens its paragraph).

Each distinct text is featurised once (``Featuriser`` keeps a bounded memo), so a corpus of
many sources pays for every sentence once however often it is predicted.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from argmap.suggest.data import Context
from argmap.suggest.patterns import PatternSet, compile_patterns, match
from argmap.suggest.text import _DIGIT, _EUROPE, _OBSTACLE, _US, normalise, stems, stop_words

if TYPE_CHECKING:
    from argmap.model import Codebook

#: Dense rows of this many distinct texts are kept between calls (bounded memory).
MEMO_SIZE = 200_000

_BYLINE = re.compile(
    r"^(?:by|written by|words by|editorial|the editorial board|policy brief|opinion|"
    r"analysis|commentary)\b|\|| min(?:ute)? read\b|\breading time\b|^(?:published|updated|"
    r"posted)\b|\b(?:correspondent|staff writer|contributor)\b",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2},? \d{4}\b|"
    r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"^(?:photo|image|picture|figure|fig\.|table|chart|graphic|map|video|credit|source|"
    r"illustration)s?\b|\((?:reuters|afp|ap|getty[^)]*|epa|credit[^)]*|photo[^)]*)\)\s*\.?$|"
    r"\b(?:report graphic|photo credit|file photo)\b",
    re.IGNORECASE,
)
_CALL = re.compile(
    r"\b(?:share (?:this|on)|subscribe|sign up|newsletter|leave a (?:comment|reply)|"
    r"comments? \(\d+\)|read more|related:|download|follow us|click here|about the author|"
    r"all rights reserved|cookies?|print this|email this|join the conversation|"
    r"listen to this|see also|more from)\b|^(?:share|comments?|tags?|topics?)\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+")
_ALPHA = re.compile(r"^[a-z_]+$")
_LABEL = re.compile(r"^[A-Z][\w .'-]{0,30}:\s")


@dataclass(frozen=True)
class Lexicon:
    """What the codebook says, turned into dense features.

    ``cues``: hedge-cue patterns; ``stance_words``/``question_words``: keyword stems of the
    stance descriptions and question texts, weighted log(n / df) so that a stem every entry
    shares weighs nothing; ``patterns``: the stances' and questions' phrase patterns.
    """

    stance_ids: tuple[str, ...]
    stance_axes: tuple[int, ...]
    question_ids: tuple[str, ...]
    cues: tuple[str, ...]
    cue_re: re.Pattern[str] | None
    single_cues: frozenset[str]  # one-word cues, counted from the words
    multi_cue_re: re.Pattern[str] | None  # the others
    stance_words: tuple[dict[str, float], ...]
    question_words: tuple[dict[str, float], ...]
    patterns: PatternSet
    #: stem -> (position among stances then questions, weight): all overlaps in one pass
    stem_index: dict[str, tuple[tuple[int, float], ...]] = field(default_factory=dict)

    @property
    def dense_names(self) -> list[str]:
        s, q = self.stance_ids, self.question_ids
        return [
            "hedge cues",
            "multi-word hedge cues",
            *(f"like stance {x}" for x in s),
            *(f"like question {x}" for x in q),
            "length",
            "short",
            "ends like a sentence",
            "title case",
            "has a number",
            "names the US and Europe",
            "obstacle words",
            "byline",
            "date",
            "caption",
            "call to share or comment",
            "asks a question",
            "label and colon",
            "concedes (R19)",
            *(f"pattern stance {x}" for x in s),
            *(f"conceded pattern stance {x}" for x in s),
            *(f"pattern question {x}" for x in q),
        ]

    @property
    def context_names(self) -> list[str]:
        s = self.stance_ids
        return [
            *(f"previous sentence pattern stance {x}" for x in s),
            *(f"next sentence pattern stance {x}" for x in s),
            *(f"paragraph pattern stance {x}" for x in s),
            "alone on its line",
            "first of the source",
            "opens its paragraph",
            "paragraph size",
            "follows a line alone",
            "previous ends like a sentence",
        ]


def _keyword_weights(texts: Sequence[str]) -> tuple[dict[str, float], ...]:
    docs = [stems(t) for t in texts]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    return tuple({s: math.log(n / df[s]) for s in sorted(d) if df[s] < n} for d in docs)


def build_lexicon(codebook: Codebook) -> Lexicon:
    """The codebook's hedge cues, descriptions, question texts and patterns as features."""
    cues = tuple(sorted({normalise(c) for c in codebook.hedge_cues if c.strip()}))
    cue_re = (
        re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(cues, key=len)[::-1]) + r")\b")
        if cues
        else None
    )
    stance_words = _keyword_weights([f"{s.label} {s.description}" for s in codebook.stances])
    question_words = _keyword_weights([f"{q.label} {q.label} {q.text}" for q in codebook.questions])
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
        single_cues=frozenset(c for c in cues if " " not in c),
        multi_cue_re=(
            re.compile(
                r"\b(" + "|".join(re.escape(c) for c in sorted(multi, key=len)[::-1]) + r")\b"
            )
            if (multi := [c for c in cues if " " in c])
            else None
        ),
        stance_words=stance_words,
        question_words=question_words,
        patterns=compile_patterns(codebook),
        stem_index={stem: tuple(v) for stem, v in sorted(index.items())},
    )


def matched_cues(lexicon: Lexicon, text: str) -> list[str]:
    """The hedge cues of the codebook found in ``text`` (normalised), in order."""
    if lexicon.cue_re is None:
        return []
    return lexicon.cue_re.findall(normalise(text))


@dataclass(frozen=True)
class Row:
    """The codebook features of one text: dense row, stance prior, question prior, and the
    patterns found (for explanations)."""

    dense: tuple[float, ...]
    stance_prior: tuple[float, ...]
    question_prior: tuple[float, ...]
    stance_hits: tuple[int, ...]
    found: tuple[tuple[str, str], ...]
    ends: bool
    alone_like: bool
    norm: str


#: Weight of one pattern hit in the codebook's stance prior (a keyword overlap of 4 = 1).
PATTERN_PRIOR = 1.5


def codebook_row(raw: str, lexicon: Lexicon, norm: str | None = None) -> Row:
    """Dense codebook and shape features of one sentence, and the codebook's priors.

    The stance prior is the codebook's alone: keyword overlap with each stance description,
    hedge cues towards the middle stance (axis 0), obstacle words towards the stances
    against (axis < 0), and ``PATTERN_PRIOR`` per pattern hit of the stance in the main
    clause. The question prior is 1 - exp(-score/3), score = idf weight of the stems the
    sentence shares with the question's text plus 3 per pattern hit.
    """
    if norm is None:
        norm = normalise(raw)
    words_n = _TOKEN.findall(norm)
    multi_cues = lexicon.multi_cue_re.findall(norm) if lexicon.multi_cue_re is not None else []
    n_cues = len(multi_cues) + sum(1 for w in words_n if w in lexicon.single_cues)
    stop = stop_words()
    st = frozenset(w[:6] for w in words_n if len(w) > 1 and w not in stop and _ALPHA.match(w))
    words = raw.split()
    n = max(len(words), 1)
    caps = sum(1 for w in words if w[:1].isupper())
    obstacles = len(_OBSTACLE.findall(norm))
    n_s = len(lexicon.stance_words)
    ov = [0.0] * (n_s + len(lexicon.question_words))
    index = lexicon.stem_index
    for stem in sorted(st & index.keys()):
        for k, w in index[stem]:
            ov[k] += w
    s_ov, q_ov = ov[:n_s], ov[n_s:]
    hits = match(lexicon.patterns, norm)
    stripped = raw.rstrip("\"')]\u201d\u2019 ")
    ends = stripped.endswith((".", "!", "?"))
    dense = (
        math.log1p(n_cues),
        math.log1p(len(multi_cues)),
        *(min(o / 4.0, 2.0) for o in s_ov),
        *(min(o / 4.0, 2.0) for o in q_ov),
        math.log1p(n) / 4.0,
        1.0 if n < 7 else 0.0,
        1.0 if ends else 0.0,
        caps / n if n > 1 else 1.0,
        1.0 if _DIGIT.search(raw) else 0.0,
        1.0 if _US.search(norm) and _EUROPE.search(norm) else 0.0,
        math.log1p(obstacles),
        # furniture is short: the long sentences of a body skip these scans
        1.0 if n < 30 and _BYLINE.search(raw) else 0.0,
        1.0 if n < 16 and _DATE.search(raw) else 0.0,
        1.0 if n < 30 and _CAPTION.search(raw) else 0.0,
        1.0 if n < 16 and _CALL.search(raw) else 0.0,
        1.0 if stripped.endswith("?") else 0.0,
        1.0 if n < 30 and _LABEL.match(raw) else 0.0,
        1.0 if any(hits.conceded) or norm.startswith(("while ", "although ")) else 0.0,
        *(math.log1p(h) for h in hits.stance),
        *(math.log1p(h) for h in hits.conceded),
        *(math.log1p(h) for h in hits.question),
    )
    scores = [o / 4.0 + PATTERN_PRIOR * h for o, h in zip(s_ov, hits.stance, strict=True)]
    for i, axis in enumerate(lexicon.stance_axes):
        if axis == 0:
            scores[i] += 0.5 * n_cues
        elif axis < 0:
            scores[i] += 0.5 * obstacles
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    qprior = tuple(
        1.0 - math.exp(-(o + 3.0 * h) / 3.0) for o, h in zip(q_ov, hits.question, strict=True)
    )
    return Row(
        dense=dense,
        stance_prior=tuple(e / total for e in exp),
        question_prior=qprior,
        stance_hits=hits.stance,
        found=hits.found,
        ends=ends,
        alone_like=n < 16 and not ends,
        norm=norm,
    )


def question_prior(lexicon: Lexicon, text: str) -> dict[str, float]:
    """The codebook's prior per question for ``text`` (see ``codebook_row``)."""
    row = codebook_row(text, lexicon)
    return dict(zip(lexicon.question_ids, row.question_prior, strict=True))


def _identity(text: str) -> str:
    return text


@dataclass
class Features:
    """Rows of distinct contexts: the feature matrix, the codebook priors and the patterns
    found in each sentence."""

    x: Any  # csr matrix, one row per context
    stance_prior: Any  # ndarray n x stances
    question_prior: Any  # ndarray n x questions
    found: list[tuple[tuple[str, str], ...]]


class Featuriser:
    """Word 1-2-gram and (small mode) char_wb 3-5-gram TF-IDF of the normalised text, the
    codebook's dense features and the context features; columns named ``word__``,
    ``char__``, ``codebook__``, ``context__``.

    ``large``: word features only, with ``min_df=2``, and document frequencies counted over
    distinct sentences.
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
            dtype=__import__("numpy").float32,
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
        self._rows: dict[str, Row] = {}
        # the training contexts' features: predicting a training sentence is a lookup
        self._known: dict[Context, int] = {}
        self._seen: Features | None = None

    def remember(self, ctxs: Sequence[Context], feats: Features) -> None:
        """Keep ``feats`` (the features of ``ctxs``) for ``transform`` to reuse."""
        self._known = {c: i for i, c in enumerate(ctxs)}
        self._seen = feats

    def row(self, text: str) -> Row:
        """The codebook row of ``text``, from the memo if it was seen."""
        got = self._rows.get(text)
        if got is None:
            if len(self._rows) >= MEMO_SIZE:
                self._rows.clear()
            got = self._rows[text] = codebook_row(text, self.lexicon)
        return got

    def fit(self, texts: Sequence[str]) -> Featuriser:
        """Fit the vocabularies on ``texts`` (every training sentence; large mode: distinct)."""
        if self.large:
            self.word.fit([self.row(t).norm for t in dict.fromkeys(texts)])
        else:
            norms = [self.row(t).norm for t in texts]
            self.word.fit(norms)
            if self.char is not None:
                self.char.fit(norms)
        # the n-grams cut by min_df: introspection only, and large on a large corpus
        self.word.stop_words_ = None
        if self.char is not None:
            self.char.stop_words_ = None
        return self

    @property
    def n_word(self) -> int:
        return len(self.word.vocabulary_)

    def feature_names(self) -> list[str]:
        names = [f"word__{w}" for w in self.word.get_feature_names_out()]
        if self.char is not None:
            names += [f"char__{w}" for w in self.char.get_feature_names_out()]
        return (
            names
            + [f"codebook__{w}" for w in self.lexicon.dense_names]
            + [f"context__{w}" for w in self.lexicon.context_names]
        )

    def _context_row(self, ctx: Context) -> list[float]:
        n_s = len(self.lexicon.stance_ids)
        prev = self.row(ctx.prev).stance_hits if ctx.prev else (0,) * n_s
        nxt = self.row(ctx.next).stance_hits if ctx.next else (0,) * n_s
        para = [0.0] * n_s
        for t in ctx.para:
            for k, h in enumerate(self.row(t).stance_hits):
                para[k] += h
        m = max(len(ctx.para), 1)
        prev_row = self.row(ctx.prev) if ctx.prev else None
        return [
            *(math.log1p(h) for h in prev),
            *(math.log1p(h) for h in nxt),
            *(math.log1p(h / m) for h in para),
            1.0 if ctx.alone else 0.0,
            1.0 if ctx.first else 0.0,
            1.0 if ctx.para_pos == 0 else 0.0,
            math.log1p(len(ctx.para)) / 2.0,
            1.0 if prev_row is not None and prev_row.alone_like else 0.0,
            1.0 if prev_row is not None and prev_row.ends else 0.0,
        ]

    def transform(self, ctxs: Sequence[Context]) -> Features:
        """Features of ``ctxs`` (each should be distinct: callers deduplicate), reusing the
        rows of the remembered training contexts."""
        import numpy as np
        from scipy import sparse

        seen = self._seen
        if seen is None or not self._known:
            return self._compute(ctxs)
        known = [self._known.get(c, -1) for c in ctxs]
        new = [c for c, k in zip(ctxs, known, strict=True) if k < 0]
        ix_known = np.asarray([k for k in known if k >= 0], dtype=np.int64)
        if not new:
            return Features(
                seen.x[ix_known],
                seen.stance_prior[ix_known],
                seen.question_prior[ix_known],
                [seen.found[k] for k in ix_known.tolist()],
            )
        fresh = self._compute(new)
        if not len(ix_known):
            return fresh
        # stacked = known rows then new rows; ``order`` maps each context to its row
        order = np.empty(len(ctxs), dtype=np.int64)
        is_known = np.asarray(known) >= 0
        order[is_known] = np.arange(len(ix_known))
        order[~is_known] = len(ix_known) + np.arange(len(new))
        found = [seen.found[k] for k in ix_known.tolist()] + fresh.found
        return Features(
            sparse.vstack([seen.x[ix_known], fresh.x], format="csr")[order],
            np.vstack([seen.stance_prior[ix_known], fresh.stance_prior])[order],
            np.vstack([seen.question_prior[ix_known], fresh.question_prior])[order],
            [found[i] for i in order.tolist()],
        )

    def _compute(self, ctxs: Sequence[Context]) -> Features:
        """Features of ``ctxs``, computed."""
        import numpy as np
        from scipy import sparse

        n, lex = len(ctxs), self.lexicon
        rows = [self.row(c.text) for c in ctxs]
        norms = [r.norm for r in rows]
        dense = np.asarray(
            [list(r.dense) + self._context_row(c) for r, c in zip(rows, ctxs, strict=True)],
            dtype=np.float32,
        ).reshape(n, len(lex.dense_names) + len(lex.context_names))
        blocks = [self.word.transform(norms)]
        if self.char is not None:
            blocks.append(self.char.transform(norms))
        blocks.append(sparse.csr_matrix(dense))
        return Features(
            x=sparse.hstack(blocks, format="csr", dtype=np.float32),
            stance_prior=np.asarray([r.stance_prior for r in rows], dtype=float).reshape(n, -1),
            question_prior=np.asarray([r.question_prior for r in rows], dtype=float).reshape(n, -1),
            found=[r.found for r in rows],
        )
