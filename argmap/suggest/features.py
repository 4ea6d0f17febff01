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

import gc
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from argmap.suggest import cues
from argmap.suggest.cues import naming_words
from argmap.suggest.data import Context
from argmap.suggest.patterns import ManyHits, PatternSet, compile_patterns, match_many
from argmap.suggest.text import (
    EUROPE_WORDS,
    OBSTACLE_WORD,
    US_WORDS,
    longest_first,
    normalise,
    normalise_many,
    stems,
    stop_words,
)

if TYPE_CHECKING:
    from argmap.model import Codebook
    from argmap.suggest.readcache import ReadingCache
    from argmap.suggest.vectors import Tokens

#: Keyword stems of this many distinct words are kept between calls (bounded memory).
MEMO_SIZE = 200_000
#: Rows of the feature matrix assembled at once (bounds the memory of the dense blocks).
FEATURE_CHUNK = 16384


#: Blocks from this size on are mapped for themselves and given back when freed (glibc).
#: Each such block is new memory the system must hand over page by page (a page fault per
#: 4 KB): at 256 KB that was 1.1 million faults and 2.5 s of system time at 1,000 sources,
#: at 2 MB 0.76 million and 1.8 s for 0-10 MB more at the peak (at 5,000: 5 s less, 7 MB
#: more); at 4 MB and more the blocks kept in the heap cost 30-80 MB.
MMAP_THRESHOLD = 2 * 1024 * 1024
#: Free memory at the top of the heap kept for the next blocks rather than given back
#: (glibc's default, 128 KB, gave back and took again the memory of every chunk's arrays:
#: 0.23 million page faults, 0.5 s of system time at 1,000 sources, for 6 MB more).
TRIM_THRESHOLD = 64 * 1024 * 1024
_MALLOC_TUNED: list[bool] = []
#: glibc's ``malloc_trim`` (``give_back``), or None off glibc; looked up once.
_TRIM: list[Any] = []


def give_back() -> None:
    """Give the memory freed so far back to the system (glibc's ``malloc_trim``): the
    small blocks of the arrays and strings of one step that its temporaries left free in
    the heap (below ``MMAP_THRESHOLD``, kept up to ``TRIM_THRESHOLD``) stay resident
    otherwise, and the next step's memory comes on top of them. Called between the steps
    of training and predicting (each call a few milliseconds): at 1,000 sources the heap
    held 25-45 MB so freed at each step's start. Nothing off glibc."""
    if not _TRIM:
        try:
            import ctypes

            _TRIM.append(ctypes.CDLL("libc.so.6").malloc_trim)
        except (OSError, AttributeError):
            _TRIM.append(None)
    trim = _TRIM[0]
    if trim is not None:
        trim(0)


def _give_back_large_blocks() -> None:
    """Have glibc map every block of ``MMAP_THRESHOLD`` bytes or more (numpy's arrays) on
    its own, so that freeing it gives its memory back. By default glibc raises that
    threshold up to 32 MB after the first such block is freed, and from then on the
    featurising's many freed arrays stay in the heap: ``suggest_all`` peaked 90 MB (1,000
    sources) and 190 MB (5,000) higher. Once per process; nothing off glibc."""
    if _MALLOC_TUNED:
        return
    _MALLOC_TUNED.append(True)
    try:
        import ctypes

        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):
        return
    mallopt(-3, MMAP_THRESHOLD)  # M_MMAP_THRESHOLD (fixed: no more dynamic raising)
    mallopt(-1, TRIM_THRESHOLD)  # M_TRIM_THRESHOLD


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused for the block: featurising and predicting make
    millions of objects and no cycles, and every full collection walks them all (a quarter
    of ``suggest_all``'s time at 1,000 sources). Large blocks freed meanwhile are given back
    to the system (``_give_back_large_blocks``)."""
    _give_back_large_blocks()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            _age_young_objects()
            gc.enable()


def _age_young_objects() -> None:
    """Move every object the collector tracks into its oldest generation, without looking
    at them (``freeze`` then ``unfreeze`` splice lists). The millions of objects made while
    it was paused would otherwise all be walked by the first young collection after it
    resumes (0.35 s of ``suggest_all`` at 1,000 sources); they are still collected, by the
    next full collection. Not done if the program has frozen objects of its own."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()


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
    #: evaluation words that name a stance here, and so are not read as evaluations
    naming: frozenset[str] = frozenset()
    #: per stance pattern ``(stance id, pattern)``: how a hit of it leans each stance in the
    #: codebook's prior (``learn_pattern_leans``); a pattern not here leans its own stance
    pattern_lean: dict[tuple[str, str], tuple[float, ...]] = field(default_factory=dict)

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
            *cues.GROUP_NAMES,
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
    cue_re = re.compile(r"\b(" + longest_first(cues) + r")\b") if cues else None
    stance_words = _keyword_weights(
        [" ".join((s.label, s.description, *s.patterns)) for s in codebook.stances]
    )
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
            re.compile(r"\b(" + longest_first(multi) + r")\b")
            if (multi := [c for c in cues if " " in c])
            else None
        ),
        stance_words=stance_words,
        question_words=question_words,
        patterns=compile_patterns(codebook),
        stem_index={stem: tuple(v) for stem, v in sorted(index.items())},
        naming=naming_words(w for s in codebook.stances for w in (s.id, s.label)),
    )


@dataclass
class Reading:
    """Distinct texts as the features read them: normalised (``text.normalise``), as words
    (``vectors.tokenise``) and with the codebook's patterns found (``match_many``). Fitting
    learns the patterns' leans and the features from one reading (``read``)."""

    texts: list[str]  # each once, in order of first appearance
    pos: dict[str, int]  # each text's place in ``texts``
    norms: list[str]
    tokens: Tokens
    hits: ManyHits
    # ``_shape`` and ``_voice_columns`` of ``texts``, where a ``readcache`` kept them
    shape: Any = None
    voice: Any = None


def read(texts: Sequence[str], patterns: PatternSet) -> Reading:
    """The ``Reading`` of ``texts`` (each distinct text once); within
    ``readcache.using``, what the cache kept of them is taken from it, the rest read and
    kept (the same reading)."""
    from argmap.suggest import readcache
    from argmap.suggest.vectors import tokenise

    distinct = list(dict.fromkeys(texts))
    cache = readcache.active()
    if cache is not None:
        return _read_cached(cache, distinct, patterns)
    norms = normalise_many(distinct)
    tokens = tokenise(norms)
    return Reading(
        distinct,
        {t: i for i, t in enumerate(distinct)},
        norms,
        tokens,
        match_many(patterns, norms, tokens, distinct),
    )


def _read_cached(cache: ReadingCache, distinct: list[str], patterns: PatternSet) -> Reading:
    """``read`` of the distinct texts ``distinct`` with ``cache``: the kept texts taken
    from it, the others read (their shape and voices too) and the stale sources kept."""
    import numpy as np

    from argmap.suggest.readcache import Stored
    from argmap.suggest.vectors import tokenise

    kept = cache.stored(patterns)
    n = len(distinct)
    at = [kept.index.get(t, -1) for t in distinct]
    new = [i for i, k in enumerate(at) if k < 0]
    old = [i for i, k in enumerate(at) if k >= 0]
    from_kept = np.asarray([at[i] for i in old], dtype=np.int64)
    new_texts = [distinct[i] for i in new]
    new_norms = normalise_many(new_texts)
    norms = [kept.norms[k] if k >= 0 else "" for k in at]
    for i, norm in zip(new, new_norms, strict=True):
        norms[i] = norm
    del new_norms
    tokens = tokenise(norms)
    new_tokens = tokens.take(new)
    hits = match_many(patterns, [norms[i] for i in new], new_tokens, new_texts)
    shape = _shape(new_texts)
    voice = _voice_columns([norms[i] for i in new], new_tokens)
    del new_tokens

    def merged(mine: Any, theirs: Any) -> Any:
        out = np.empty((n, *mine.shape[1:]), dtype=mine.dtype)
        out[new] = mine
        out[old] = theirs[from_kept]
        return out

    found: list[tuple[tuple[str, str], ...]] = [()] * n
    for i, f in zip(new, hits.found, strict=True):
        found[i] = f
    for i, k in zip(old, from_kept.tolist(), strict=True):
        found[i] = kept.found[k]
    out = Reading(
        distinct,
        {t: i for i, t in enumerate(distinct)},
        norms,
        tokens,
        ManyHits(
            merged(hits.stance, kept.stance),
            merged(hits.conceded, kept.conceded),
            merged(hits.question, kept.question),
            found,
        ),
        merged(shape, kept.shape),
        merged(voice, kept.voice),
    )
    del kept
    cache.forget(patterns)  # the kept arrays, merged: their memory
    cache.served += len(old)
    cache.computed += len(new)
    if new:
        whole = out.hits
        cache.keep(
            patterns,
            distinct,
            Stored(
                out.pos,
                norms,
                whole.stance,
                whole.conceded,
                whole.question,
                found,
                out.shape,
                out.voice,
            ),
        )
    return out


#: How many annotated units a pattern's codebook stance counts for when its lean is learnt
#: from the project's annotations (``learn_pattern_leans``).
PATTERN_PSEUDO_UNITS = 1.0


def learn_pattern_leans(
    lexicon: Lexicon,
    raws: Sequence[str],
    stances: Sequence[str],
    weights: Sequence[float] | None = None,
    reading: Reading | None = None,
) -> Lexicon:
    """``lexicon`` with each stance pattern's lean learnt from annotated units (``raws``,
    their ``stances``, each counting ``weights``; ``reading``: a ``read`` of texts holding
    all of ``raws``, if the caller has one): a hit counts in the codebook's prior
    towards each stance by the share of the units it was found in that have that stance,
    the pattern's own stance counting for ``PATTERN_PSEUDO_UNITS`` more units (Snorkel's
    labelling functions, whose accuracies are learnt). A pattern the analyst wrote for one
    side that the project's units use on both ("twenty more years" of running a plant on,
    in arguments for closing it) then leans both ways; one never found leans its own stance
    alone, as written."""
    import numpy as np

    col = {s: j for j, s in enumerate(lexicon.stance_ids)}
    if not raws or not col or not any(lexicon.patterns.stance):
        return lexicon
    if reading is None:
        reading = read(raws, lexicon.patterns)
    pos, hits = reading.pos, reading.hits.found
    w = [1.0] * len(raws) if weights is None else [float(v) for v in weights]
    counts: dict[tuple[str, str], Any] = {}
    for raw, stance, wi in zip(raws, stances, w, strict=True):
        found = hits[pos[raw]]
        j = col.get(stance)
        if j is None:
            continue
        for key in found:
            if key[0] in col:
                counts.setdefault(key, np.zeros(len(col)))[j] += wi
    lean: dict[tuple[str, str], tuple[float, ...]] = {}
    for key in sorted(counts):
        c = counts[key]
        c[col[key[0]]] += PATTERN_PSEUDO_UNITS
        lean[key] = tuple((c / c.sum()).tolist())
    return replace(lexicon, pattern_lean=lean)


def _pattern_term(lexicon: Lexicon, hits: Any) -> Any:
    """Per text and stance: the stance pattern hits of its main clause, each as its stance
    or, if learnt (``Lexicon.pattern_lean``), as its lean."""
    import numpy as np

    term = hits.stance.astype(float)
    lean = lexicon.pattern_lean
    if not lean:
        return term
    col = {s: j for j, s in enumerate(lexicon.stance_ids)}
    for i in np.flatnonzero(hits.stance.sum(axis=1)).tolist():
        for key in hits.found[i]:
            got = lean.get(key)
            if got is not None:
                term[i, col[key[0]]] -= 1.0
                term[i] += got
    return term


def matched_cues(lexicon: Lexicon, text: str) -> list[str]:
    """The hedge cues of the codebook found in ``text`` (normalised), in order."""
    if lexicon.cue_re is None:
        return []
    return lexicon.cue_re.findall(normalise(text))


@dataclass(frozen=True)
class Row:
    """The codebook features of one text: dense row, stance prior, question prior, and the
    patterns found (for explanations)."""

    dense: array[float]  # float32
    stance_prior: tuple[float, ...]
    question_prior: tuple[float, ...]
    stance_hits: tuple[int, ...]
    found: tuple[tuple[str, str], ...]
    ends: bool
    alone_like: bool
    norm: str


#: word -> its keyword stem, or None (a stop word, one letter, not all letters)
_STEM_OF: dict[str, str | None] = {}


def _stem_word(w: str) -> str | None:
    if len(w) > 1 and w not in stop_words() and _ALPHA.match(w):
        return w[:6]
    return None


#: Weight of one pattern hit in the codebook's stance prior (a keyword overlap of 4 = 1).
PATTERN_PRIOR = 1.5
#: Weight in the codebook's stance prior of each debate-general cue of a two-sided
#: sentence (contrast or concession, condition, weighing both sides: ``cues``) towards the
#: middle stance (axis 0).
TWO_SIDED_PRIOR = 0.6
#: Weight in the codebook's stance prior of each positive evaluation word towards the
#: stances for (axis > 0), and of each negative one towards the stances against (axis < 0):
#: arguments for a proposal say it helps and works, arguments against it that it harms and
#: fails. Negation turns a word (``cues``). (The seeds' own "obstacle words" no longer lean
#: the prior of every project against: they stay a feature the models learn per project.)
EVALUATION_PRIOR = 0.4
#: Weight in the codebook's stance prior of the evaluation of what a stance stands for
#: (``_evaluated``: evaluation words near the keywords of its description and patterns).
TARGET_PRIOR = 0.5


def _polarity(tokens: Tokens, naming: frozenset[str] = frozenset()) -> Any:
    """Per word of ``tokens`` (in text order): +1 if it is a positive evaluation word, -1
    if a negative one, each turned by a negator of its own text up to
    ``cues.NEGATION_SCOPE`` words before it ("does not work"), 0 for any other word and for
    the first half of a contraction ("won't": "won" is not a victory)."""
    import numpy as np

    vocab, ids, doc = tokens.vocab, tokens.ids, tokens.doc
    pos_w, neg_w = (cues.COMPILED[g][0] for g in cues.POLARITY)
    sign = np.fromiter(
        ((w in pos_w) - (w in neg_w) if w not in naming else 0 for w in vocab),
        dtype=np.int8,
        count=len(vocab),
    )
    if not len(ids):
        return np.zeros(0, dtype=np.int8)
    negator = np.fromiter((w in cues.NEGATORS for w in vocab), dtype=bool, count=len(vocab))
    neg_at = negator[ids]
    turned = np.zeros(len(ids), dtype=bool)
    for d in range(1, cues.NEGATION_SCOPE + 1):
        turned[d:] |= neg_at[:-d] & (doc[:-d] == doc[d:])
    out = sign[ids]
    out[turned] *= -1
    # "won't" reads "won" + "t": the first half of a contraction is not an evaluation word
    t_id = tokens.index.get("t")
    if t_id is not None and len(ids) > 1:
        contraction = np.zeros(len(ids), dtype=bool)
        contraction[:-1] = (ids[1:] == t_id) & (doc[1:] == doc[:-1])
        out[contraction] = 0
    return out


def _general_cues(norms: Sequence[str], tokens: Tokens, polarity: Any) -> Any:
    """Per text, how many cues of each group of ``cues.GROUPS`` it holds (texts x groups):
    one-word cues counted from the words (evaluation words by their ``polarity``, turned
    by negation), the others by regex in the texts that hold the key word of one of them."""
    import numpy as np

    from argmap.suggest.vectors import distinct

    n, vocab = len(norms), tokens.vocab
    out = np.zeros((n, len(cues.GROUP_NAMES)), dtype=np.int64)
    index = tokens.index
    doc = tokens.doc
    pos_g, neg_g = cues.POLARITY
    if len(polarity):
        out[:, pos_g] += np.bincount(doc[polarity > 0], minlength=n)
        out[:, neg_g] += np.bincount(doc[polarity < 0], minlength=n)
    for g, (single, firsts, rx) in enumerate(cues.COMPILED):
        if g in cues.POLARITY:
            continue
        mask = np.fromiter((w in single for w in vocab), dtype=bool, count=len(vocab))
        out[:, g] += tokens.counts(mask)
        if rx is None:
            continue
        first_ids = [index[w] for w in firsts if w in index]
        if not first_ids:
            continue
        docs = distinct(np.concatenate(list(tokens.postings(first_ids).values())))
        for i in docs.tolist():
            out[i, g] += len(rx.findall(norms[i]))
    return out


#: Words on either side of an evaluation word that are read as what it evaluates.
TARGET_WINDOW = 4


def _evaluated(tokens: Tokens, polarity: Any, word_stance: Any) -> Any:
    """Per text and stance (texts x stances): the evaluation of what each stance stands
    for. Each evaluation word (``polarity``, +1 or -1) counts its sign times the stance's
    keyword weight (``word_stance``: word id x stances) of every other word of its text up
    to ``TARGET_WINDOW`` words away: "the devices help learning" praises what a stance
    whose description names devices and learning stands for; "the devices do not help"
    criticises it."""
    import numpy as np

    n, k = tokens.n_docs, word_stance.shape[1]
    out = np.zeros((n, k))
    at = np.flatnonzero(polarity)
    if not len(at) or not k:
        return out
    ids, doc = tokens.ids, tokens.doc
    d = doc[at]
    around = np.zeros((len(at), k))
    # word by word from the farthest before to the farthest after (the order of the sums
    # is fixed: the same numbers as adding them up one sentence at a time)
    for off in [*range(-TARGET_WINDOW, 0), *range(1, TARGET_WINDOW + 1)]:
        i = at + off
        ok = (i >= 0) & (i < len(ids))
        ok[ok] &= doc[i[ok]] == d[ok]
        ok[ok] &= polarity[i[ok]] == 0  # an evaluation word is not what is evaluated
        around[ok] += word_stance[ids[i[ok]]]
    contrib = around * polarity[at].astype(float)[:, None]
    for j in range(k):
        out[:, j] = np.bincount(d, weights=contrib[:, j], minlength=n)
    return out


# What every match of the furniture patterns contains (lower-cased ASCII text): a text
# without any of these is not scanned.
_BYLINE_STARTS = (
    "by",
    "written by",
    "words by",
    "editorial",
    "the editorial board",
    "policy brief",
    "opinion",
    "analysis",
    "commentary",
    "published",
    "updated",
    "posted",
)
_BYLINE_INSIDE = ("|", " min", "reading time", "correspondent", "staff writer", "contributor")
_CAPTION_STARTS = (
    "photo",
    "image",
    "picture",
    "figure",
    "fig.",
    "table",
    "chart",
    "graphic",
    "map",
    "video",
    "credit",
    "source",
    "illustration",
)
_CAPTION_INSIDE = ("(", "report graphic", "photo credit", "file photo")


def _holds_any(text: str, literals: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``literals`` (substring tests: a regex alternation of
    them searched the text 2.5 times as long; ``any`` of a generator costs more than the
    tests)."""
    for literal in literals:  # noqa: SIM110
        if literal in text:
            return True
    return False


def _exact(fn: Any, values: Any) -> Any:
    """``fn`` (a ``math`` function) of every value, computed once per distinct value: the
    same numbers as calling it in Python (numpy's own may differ in the last bit)."""
    import numpy as np

    values = np.asarray(values, dtype=float)
    if values.size == 0:
        return values.copy()
    flat = values.ravel()
    negative_zero = bool(np.any((flat == 0) & np.signbit(flat)))
    if not negative_zero:
        # counts (whole numbers from 0 to ``EXACT_TABLE``, most calls): ``fn`` of each
        # number up to the largest, looked up (the same doubles in, the same out)
        with np.errstate(invalid="ignore"):  # not a number, or infinite: not whole
            whole = flat.astype(np.int64)
        top = int(whole.max())
        if int(whole.min()) >= 0 and top < EXACT_TABLE and np.array_equal(whole, flat):
            table = np.fromiter(map(fn, range(top + 1)), float, top + 1)
            return table[whole].reshape(values.shape)
    step = EXACT_CHUNK
    if negative_zero:
        step = flat.size  # -0.0 and 0.0 are one value to ``unique``: all at once, as before
    # ``EXACT_CHUNK`` values at a time: ``unique``'s sorted copy and inverse of a whole
    # texts x columns block were the peak of featurising 5,000 sources
    out = np.empty(flat.size)
    for lo in range(0, flat.size, step):
        part = flat[lo : lo + step]
        uniq, inv = np.unique(part, return_inverse=True)
        out[lo : lo + len(part)] = np.fromiter(map(fn, uniq.tolist()), float, len(uniq))[inv]
    return out.reshape(values.shape)


#: Values ``_exact`` takes at a time.
EXACT_CHUNK = 1 << 18
#: Whole numbers below this are looked up in a table by ``_exact``.
EXACT_TABLE = 1 << 16


#: The characters beyond ASCII that a case-insensitive regex matches to ASCII letters (or
#: that lower-case to ASCII): a text without them is pre-checked on ``str.lower()`` exactly.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


#: Per code point below 0x10000: white space (``str.isspace``, which ``str.split`` and the
#: regex ``\\s`` use), upper case (``str.isupper``), a decimal digit (the regex ``\\d``).
_CHAR_TABLES: list[Any] = []
#: Texts whose characters are classified per pass (bounds the memory of the arrays).
SHAPE_CHUNK = 4096


def _char_flags(codes: Any) -> tuple[Any, Any, Any]:
    """(space, upper, decimal) of every code point of ``codes`` (uint32), as ``str``'s own
    methods say."""
    import numpy as np

    if not _CHAR_TABLES:
        chars = [chr(c) for c in range(0x10000)]
        _CHAR_TABLES.append(
            tuple(
                np.fromiter(map(fn, chars), dtype=bool, count=len(chars))
                for fn in (str.isspace, str.isupper, str.isdecimal)
            )
        )
    tables = _CHAR_TABLES[0]
    low = np.minimum(codes, 0xFFFF)
    flags = [t[low] for t in tables]
    high = np.flatnonzero(codes > 0xFFFF)
    if len(high):  # beyond the tables: each distinct character asked once
        uniq, inv = np.unique(codes[high], return_inverse=True)
        for flag, fn in zip(flags, (str.isspace, str.isupper, str.isdecimal), strict=True):
            flag[high] = np.asarray([fn(chr(c)) for c in uniq.tolist()], dtype=bool)[inv]
    return flags[0], flags[1], flags[2]


def _per_text(flag: Any, begin: Any, end: Any) -> Any:
    """How many of ``flag`` are set in each span ``begin[i]:end[i]`` (sorted spans): the
    set positions counted by binary search (a running count of every character took 6
    times as long)."""
    import numpy as np

    at = np.flatnonzero(flag)
    return np.searchsorted(at, end) - np.searchsorted(at, begin)


def _word_counts(raws: Sequence[str]) -> tuple[Any, Any, Any]:
    """Per text: its words (``len(raw.split())``), those that begin with a capital
    (``str.isupper`` of the first character; on ASCII text what ``(?<!\\S)[A-Z]`` finds)
    and whether it holds a digit (``\\d``), from its characters classified on arrays."""
    import numpy as np

    n = len(raws)
    words = np.zeros(n, dtype=np.int64)
    caps = np.zeros(n, dtype=np.int64)
    digit = np.zeros(n, dtype=bool)
    for lo in range(0, n, SHAPE_CHUNK):
        chunk = raws[lo : lo + SHAPE_CHUNK]
        # texts joined by a white space character: a word never runs from one into the next
        codes = np.frombuffer(
            "\n".join(chunk).encode("utf-32-le", "surrogatepass"), dtype=np.uint32
        )
        space, upper, decimal = _char_flags(codes)
        starts = ~space
        starts[1:] &= space[:-1]  # a word begins after white space (or at the very start)
        lens = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
        begin = np.zeros(len(chunk), dtype=np.int64)
        np.cumsum(lens[:-1] + 1, out=begin[1:])
        end = begin + lens

        words[lo : lo + len(chunk)] = _per_text(starts, begin, end)
        caps[lo : lo + len(chunk)] = _per_text(starts & upper, begin, end)
        digit[lo : lo + len(chunk)] = _per_text(decimal, begin, end) > 0
    return words, caps, digit


def _shape(raws: Sequence[str]) -> Any:
    """Per text: words, capitalised words, has a digit, ends like a sentence, asks, and
    the furniture flags (byline, date, caption, call to share, label) of ``codebook_row``."""
    import numpy as np

    byline_re, caption_re = _BYLINE, _CAPTION
    n_words, n_caps, has_digit = _word_counts(raws)
    rows = []
    for raw, n, digit in zip(
        raws, np.maximum(n_words, 1).tolist(), has_digit.tolist(), strict=True
    ):
        stripped = raw.rstrip("\"')]\u201d\u2019 ")
        byline = date = caption = call = label = False
        # furniture is short: the long sentences of a body skip these scans
        if n < 30:
            # substring pre-checks on the lower-cased text (exact unless it holds one of
            # ``_FOLDS_TO_ASCII``: then the regexes run)
            plain = raw.isascii() or not any(c in raw for c in _FOLDS_TO_ASCII)
            low = raw.lower() if plain else ""
            if not plain or low.startswith(_BYLINE_STARTS) or _holds_any(low, _BYLINE_INSIDE):
                byline = byline_re.search(raw) is not None
            if not plain or low.startswith(_CAPTION_STARTS) or _holds_any(low, _CAPTION_INSIDE):
                caption = caption_re.search(raw) is not None
            label = ":" in raw and _LABEL.match(raw) is not None
            if n < 16:
                date = digit and _DATE.search(raw) is not None
                call = _CALL.search(raw) is not None
        rows.append(
            (
                stripped.endswith((".", "!", "?")),
                stripped.endswith("?"),
                byline,
                date,
                caption,
                call,
                label,
            )
        )
    out = np.zeros((len(raws), 10), dtype=np.int64)
    out[:, 0] = np.maximum(n_words, 1)
    out[:, 1] = n_caps
    out[:, 2] = has_digit
    if rows:
        out[:, 3:] = rows
    return out


@dataclass
class Rows:
    """The codebook features of many distinct texts (``codebook_rows``): row ``i`` of each
    array belongs to the i-th text."""

    norms: list[str]
    dense: Any  # float32, texts x len(lexicon.dense_names)
    stance_prior: Any  # float64, texts x stances
    question_prior: Any  # float64, texts x questions
    stance_hits: Any  # int64, texts x stances (main clause)
    found: list[tuple[tuple[str, str], ...]]
    ends: Any  # bool
    alone_like: Any  # bool
    tokens: Tokens | None  # None once the word features are made (``Featuriser._features``)
    voice: Any = None  # float32, texts x the first five ``VOICES`` (their own words)

    def row(self, i: int) -> Row:
        """The ``Row`` of the i-th text."""
        return Row(
            dense=array("f", self.dense[i].tolist()),
            stance_prior=tuple(self.stance_prior[i].tolist()),
            question_prior=tuple(self.question_prior[i].tolist()),
            stance_hits=tuple(self.stance_hits[i].tolist()),
            found=self.found[i],
            ends=bool(self.ends[i]),
            alone_like=bool(self.alone_like[i]),
            norm=self.norms[i],
        )


def _lexicon_arrays(lexicon: Lexicon) -> dict[str, Any]:
    """The lexicon's keyword stems as arrays (stems sorted; entries in ``stem_index`` order)."""
    import numpy as np

    got = _LEXICON_ARRAYS.get(id(lexicon))
    if got is not None and got[0] is lexicon:
        return got[1]
    stems_sorted = list(lexicon.stem_index)
    starts, ks, ws = [0], [], []
    for stem in stems_sorted:
        for k, w in lexicon.stem_index[stem]:
            ks.append(k)
            ws.append(w)
        starts.append(len(ks))
    multi = [c for c in lexicon.cues if " " in c]
    n_s = len(lexicon.stance_ids)
    # stem x stance keyword weights, and a last row of zeros for words without a stem
    stem_stance = np.zeros((len(stems_sorted) + 1, n_s))
    for i, stem in enumerate(stems_sorted):
        for k, w in lexicon.stem_index[stem]:
            if k < n_s:
                stem_stance[i, k] = w
    out = {
        "stem_stance": stem_stance,
        "stem_pos": {s: i for i, s in enumerate(stems_sorted)},
        "starts": np.asarray(starts, dtype=np.int64),
        "k": np.asarray(ks, dtype=np.int64),
        "w": np.asarray(ws, dtype=float),
        "multi_words": [_TOKEN.findall(c) for c in multi],
    }
    if len(_LEXICON_ARRAYS) > 8:
        _LEXICON_ARRAYS.clear()
    _LEXICON_ARRAYS[id(lexicon)] = (lexicon, out)
    return out


_LEXICON_ARRAYS: dict[int, tuple[Lexicon, dict[str, Any]]] = {}


def _keyword_overlap(tokens: Tokens, word_stem: Any, arrs: dict[str, Any], n_k: int) -> Any:
    """Per text and lexicon entry (texts x ``n_k``, float64): the summed weights of the
    entry's keyword stems the text holds, each (text, stem) once, stems in sorted order, as
    ``codebook_row`` adds them (``word_stem``: each word's stem position, -1 for none).
    Its own function: the per-word arrays it makes are freed when it returns."""
    import numpy as np

    from argmap.suggest.vectors import distinct

    n = tokens.n_docs
    if not len(tokens.ids) or not n_k:
        return np.zeros((n, n_k))
    n_stems = len(arrs["stem_pos"])
    st = word_stem[tokens.ids]
    has = st >= 0
    pairs = distinct(tokens.doc[has].astype(np.int64) * n_stems + st[has])
    del st, has
    p_doc, p_stem = pairs // max(n_stems, 1), pairs % max(n_stems, 1)
    del pairs
    starts = arrs["starts"]
    lens = starts[p_stem + 1] - starts[p_stem]
    total = int(lens.sum())
    if not total:
        return np.zeros((n, n_k))
    offset = np.repeat(starts[p_stem] - (np.cumsum(lens) - lens), lens)
    ent = np.arange(total, dtype=np.int64) + offset
    del offset
    return np.bincount(
        np.repeat(p_doc, lens) * n_k + arrs["k"][ent],
        weights=arrs["w"][ent],
        minlength=n * n_k,
    ).reshape(n, n_k)


def codebook_rows(
    raws: Sequence[str],
    lexicon: Lexicon,
    norms: Sequence[str] | None = None,
    reading: Reading | None = None,
) -> Rows:
    """``codebook_row`` of each of ``raws`` (distinct texts), computed for all at once
    (``reading``: their ``read``, if the caller has it).

    Word-level features (hedge cues, keyword stems, obstacle words, US/Europe) come from one
    tokenisation (``vectors.tokenise``) and numpy counts; patterns from ``match_many``; the
    arithmetic on arrays. The numbers are ``codebook_row``'s (tests compare them).
    """
    import numpy as np

    from argmap.suggest.vectors import tokenise

    n = len(raws)
    if reading is not None:
        norms, tokens, hits = reading.norms, reading.tokens, reading.hits
    else:
        norms = normalise_many(raws) if norms is None else list(norms)
        tokens = tokenise(norms)
        hits = match_many(lexicon.patterns, norms, tokens, raws)
    vocab = tokens.vocab
    arrs = _lexicon_arrays(lexicon)
    n_s, n_q = len(lexicon.stance_ids), len(lexicon.question_ids)
    n_k = n_s + n_q
    # per distinct word: hedge cue, obstacle word, US / Europe, keyword stem
    single = lexicon.single_cues
    is_cue = np.fromiter((w in single for w in vocab), dtype=bool, count=len(vocab))
    is_obstacle = np.fromiter(
        (OBSTACLE_WORD.fullmatch(w) is not None for w in vocab), dtype=bool, count=len(vocab)
    )
    is_us = np.fromiter((w in US_WORDS for w in vocab), dtype=bool, count=len(vocab))
    is_eu = np.fromiter((w in EUROPE_WORDS for w in vocab), dtype=bool, count=len(vocab))
    stem_of = _STEM_OF
    if len(stem_of) > MEMO_SIZE:
        stem_of.clear()
    stem_pos = arrs["stem_pos"]
    word_stem = np.full(len(vocab), -1, dtype=np.int64)
    for wid, w in enumerate(vocab):
        got = stem_of.get(w, False)
        if got is False:
            got = stem_of[w] = _stem_word(w)
        if got is not None:
            word_stem[wid] = stem_pos.get(got, -1)
    # multi-word hedge cues: only in texts holding every word of one of them
    n_multi = np.zeros(n, dtype=np.int64)
    if lexicon.multi_cue_re is not None:
        index = tokens.index
        needed = sorted({index[w] for ws in arrs["multi_words"] for w in ws if w in index})
        post = tokens.postings(needed)
        cands: set[int] = set()
        for ws in arrs["multi_words"]:
            if not all(w in index for w in ws):
                continue
            docs = None
            for w in ws:
                d = post[index[w]]
                docs = d if docs is None else np.intersect1d(docs, d, assume_unique=True)
            if docs is not None:
                cands.update(docs.tolist())
        findall = lexicon.multi_cue_re.findall
        for i in cands:
            n_multi[i] = len(findall(norms[i]))
    n_cues = n_multi + tokens.counts(is_cue)
    obstacles = tokens.counts(is_obstacle)
    us_eu = (tokens.counts(is_us) > 0) & (tokens.counts(is_eu) > 0)
    ov = _keyword_overlap(tokens, word_stem, arrs, n_k)
    s_ov, q_ov = ov[:, :n_s], ov[:, n_s:]
    polarity = _polarity(tokens, lexicon.naming)
    general = _general_cues(norms, tokens, polarity)
    # each word's keyword weight per stance (its stem's; row -1: no stem, zeros)
    word_stance = arrs["stem_stance"][word_stem]
    # a middle stance (axis 0) stands for no proposal: its description names doubts
    word_stance[:, [a == 0 for a in lexicon.stance_axes]] = 0.0
    evaluated = _evaluated(tokens, polarity, word_stance)
    shape = _shape(raws) if reading is None or reading.shape is None else reading.shape
    n_words, caps = shape[:, 0], shape[:, 1]
    ends = shape[:, 3].astype(bool)
    small = np.concatenate(
        [n_cues, n_multi, obstacles, n_words, hits.stance.ravel(), hits.conceded.ravel()]
    )
    table = {v: math.log1p(v) for v in np.unique(small).tolist()}
    table.update({v: math.log1p(v) for v in np.unique(hits.question).tolist()})
    del small

    def lg(a: Any) -> Any:
        a = np.asarray(a)
        if a.size == 0:
            return a.astype(float)
        return np.fromiter(map(table.__getitem__, a.ravel().tolist()), float, a.size).reshape(
            a.shape
        )

    concedes = (hits.conceded.sum(axis=1) > 0) | np.fromiter(
        (t.startswith(("while ", "although ")) for t in norms), dtype=bool, count=n
    )
    cols = [
        lg(n_cues)[:, None],
        lg(n_multi)[:, None],
        np.minimum(s_ov / 4.0, 2.0),
        np.minimum(q_ov / 4.0, 2.0),
        (lg(n_words) / 4.0)[:, None],
        (n_words < 7)[:, None],
        ends[:, None],
        np.where(n_words > 1, caps / np.maximum(n_words, 1), 1.0)[:, None],
        shape[:, 2:3],
        us_eu[:, None],
        lg(obstacles)[:, None],
        shape[:, 5:6],  # byline
        shape[:, 6:7],  # date
        shape[:, 7:8],  # caption
        shape[:, 8:9],  # call to share or comment
        shape[:, 4:5],  # asks a question
        shape[:, 9:10],  # label and colon
        concedes[:, None],
        lg(hits.stance),
        lg(hits.conceded),
        lg(hits.question),
        _exact(math.log1p, general),
    ]
    # float32 as the matrix stores it, column block by column block (no float64 copy of
    # the blocks: each is dropped once copied; whole numbers and flags convert exactly)
    dense = np.empty((n, sum(np.asarray(c).reshape(n, -1).shape[1] for c in cols)), np.float32)
    at = 0
    cols.reverse()
    while cols:
        b = np.asarray(cols.pop()).reshape(n, -1)
        dense[:, at : at + b.shape[1]] = b
        at += b.shape[1]
    # the codebook's stance prior: softmax of overlap, pattern hits, hedge cues and the
    # debate-general cues (two-sided ones to the middle, evaluation to either side and of
    # what each stance stands for)
    patterns = _pattern_term(lexicon, hits)
    scores = s_ov / 4.0 + PATTERN_PRIOR * patterns + TARGET_PRIOR * evaluated
    two_sided = TWO_SIDED_PRIOR * general[:, list(cues.TWO_SIDED)].sum(axis=1)
    for i, axis in enumerate(lexicon.stance_axes):
        if axis == 0:
            scores[:, i] += 0.5 * n_cues + two_sided
        elif axis < 0:
            scores[:, i] += EVALUATION_PRIOR * general[:, cues.POLARITY[1]]
        else:
            scores[:, i] += EVALUATION_PRIOR * general[:, cues.POLARITY[0]]
    if n_s:
        top = scores.max(axis=1, keepdims=True)
        exp = _exact(math.exp, scores - top)
        total = exp[:, 0].copy()
        for j in range(1, n_s):
            total = total + exp[:, j]
        sprior = exp / total[:, None]
    else:
        sprior = np.zeros((n, 0))
    qprior = 1.0 - _exact(math.exp, -(q_ov + 3.0 * hits.question) / 3.0)
    return Rows(
        norms=norms,
        dense=dense,
        stance_prior=sprior,
        question_prior=qprior,
        stance_hits=hits.stance,
        found=hits.found,
        ends=ends,
        alone_like=(n_words < 16) & ~ends,
        tokens=tokens,
        voice=(
            _voice_columns(norms, tokens)
            if reading is None or reading.voice is None
            else reading.voice
        ),
    )


def codebook_row(raw: str, lexicon: Lexicon, norm: str | None = None) -> Row:
    """Dense codebook and shape features of one sentence, and the codebook's priors.

    The stance prior is the codebook's with the debate-general cues: keyword overlap with
    each stance's description and patterns, ``PATTERN_PRIOR`` per pattern hit of the stance
    in the main clause, hedge cues and two-sided cues towards the middle stance (axis 0),
    evaluation words towards the side for or against (``EVALUATION_PRIOR``) and the
    evaluation of what each stance stands for (``TARGET_PRIOR``). The question prior is 1 - exp(-score/3), score = idf weight of the stems the
    sentence shares with the question's text plus 3 per pattern hit.
    """
    return codebook_rows([raw], lexicon, None if norm is None else [norm]).row(0)


def question_prior(lexicon: Lexicon, text: str) -> dict[str, float]:
    """The codebook's prior per question for ``text`` (see ``codebook_row``)."""
    row = codebook_row(text, lexicon)
    return dict(zip(lexicon.question_ids, row.question_prior, strict=True))


@dataclass
class Features:
    """Rows of distinct contexts: the feature matrix, the codebook priors and the patterns
    found in each sentence (and its normalised text)."""

    x: Any  # csr matrix, one row per context
    stance_prior: Any  # ndarray n x stances
    question_prior: Any  # ndarray n x questions
    found: list[tuple[tuple[str, str], ...]]
    norms: list[str] = field(default_factory=list)
    stance_hits: Any = None  # int64 n x stances (for ``Featuriser.row``)
    ends: Any = None  # bool
    alone_like: Any = None  # bool
    voice: Any = None  # float32, n x ``VOICES`` (``voice_flags``)

    def take(self, ix: Any) -> Features:
        """The rows ``ix`` (indices, in that order)."""
        rows = ix.tolist()
        return Features(
            self.x[ix],
            self.stance_prior[ix],
            self.question_prior[ix],
            [self.found[k] for k in rows],
            [self.norms[k] for k in rows],
            self.stance_hits[ix],
            self.ends[ix],
            self.alone_like[ix],
            self.voice[ix],
        )

    @staticmethod
    def stack(a: Features, b: Features) -> Features:
        """The rows of ``a`` then those of ``b``."""
        import numpy as np
        from scipy import sparse

        return Features(
            sparse.vstack([a.x, b.x], format="csr"),
            np.vstack([a.stance_prior, b.stance_prior]),
            np.vstack([a.question_prior, b.question_prior]),
            a.found + b.found,
            a.norms + b.norms,
            np.vstack([a.stance_hits, b.stance_hits]),
            np.concatenate([a.ends, b.ends]),
            np.concatenate([a.alone_like, b.alone_like]),
            np.vstack([a.voice, b.voice]),
        )


class Featuriser:
    """Word 1-2-gram and (small mode) char_wb 3-5-gram TF-IDF of the normalised text, the
    codebook's dense features and the context features; columns named ``word__``,
    ``char__``, ``codebook__``, ``context__``.

    ``large``: word features only, with ``min_df=2``, and document frequencies counted over
    distinct sentences.

    Every call featurises its texts at once (``codebook_rows``); nothing is kept between
    calls except, after ``remember``, the training contexts' rows.
    """

    def __init__(self, lexicon: Lexicon, large: bool = False) -> None:
        import numpy as np
        from sklearn.feature_extraction.text import TfidfVectorizer

        from argmap.suggest.vectors import TOKEN_PATTERN, NgramTfidf, identity

        self.lexicon = lexicon
        self.large = large
        self.word = NgramTfidf(
            preprocessor=identity,
            ngram_range=(1, 2),
            sublinear_tf=True,
            token_pattern=TOKEN_PATTERN,
            min_df=2 if large else 1,
            dtype=np.float32,
        )
        self.char = (
            None
            if large
            else TfidfVectorizer(
                preprocessor=identity,
                analyzer="char_wb",
                ngram_range=(3, 5),
                sublinear_tf=True,
                min_df=2,
            )
        )
        # the training contexts' features: predicting a training sentence is a lookup
        self._known: dict[Context, int] = {}
        self._seen: Features | None = None
        self._text_ix: dict[str, int] | None = None

    def remember(self, ctxs: Sequence[Context], feats: Features) -> None:
        """Keep ``feats`` (the features of ``ctxs``) for ``transform`` to reuse."""
        self._known = {c: i for i, c in enumerate(ctxs)}
        self._seen = feats
        self._text_ix = None

    def forget(self) -> None:
        """Drop what ``remember`` kept (its memory)."""
        self._known = {}
        self._seen = None
        self._text_ix = None

    def remembered(self, ctxs: Sequence[Context]) -> tuple[list[str], Any] | None:
        """The normalised texts and ``VOICES`` flags of ``ctxs`` as the training read them,
        where every one is a remembered training context (not yet released); else None."""
        seen = self._seen
        if seen is None or seen.voice is None:
            return None
        ix = [self._known.get(c, -1) for c in ctxs]
        if any(i < 0 for i in ix):
            return None
        return [seen.norms[i] for i in ix], seen.voice[ix]

    def row(self, text: str) -> Row:
        """The codebook row of ``text`` (looked up if a remembered context holds it)."""
        seen = self._seen
        if seen is not None and self._known:
            if self._text_ix is None:
                self._text_ix = {c.text: i for c, i in self._known.items()}
            i = self._text_ix.get(text)
            if i is not None:
                n_c = len(self.lexicon.context_names)
                end = seen.x.shape[1] - n_c
                dense = seen.x[[i], end - len(self.lexicon.dense_names) : end].toarray()[0]
                return Row(
                    dense=array("f", dense.tolist()),
                    stance_prior=tuple(seen.stance_prior[i].tolist()),
                    question_prior=tuple(seen.question_prior[i].tolist()),
                    stance_hits=tuple(seen.stance_hits[i].tolist()),
                    found=seen.found[i],
                    ends=bool(seen.ends[i]),
                    alone_like=bool(seen.alone_like[i]),
                    norm=seen.norms[i],
                )
        return codebook_row(text, self.lexicon)

    def fit(self, texts: Sequence[str]) -> Featuriser:
        """Fit the vocabularies on ``texts`` (every training sentence; large mode: distinct)."""
        batch = _Batch(self.lexicon, texts)
        tokens = batch.rows.tokens
        assert tokens is not None
        self._fit_word(tokens, self._fit_char(batch, texts))
        return self

    def fit_transform(
        self,
        texts: Sequence[str],
        ctxs: Sequence[Context],
        units: tuple[Sequence[str], Sequence[str], Sequence[float]] | None = None,
    ) -> Features:
        """``fit(texts)`` then ``transform(ctxs)``, featurising every text once.

        ``units``: annotated units (texts, among ``texts``; stances; weights) to learn the
        patterns' leans from first (``learn_pattern_leans``: ``self.lexicon`` then holds
        them), from the same reading of the texts.
        """
        reading = read([*texts, *_texts_of(ctxs)], self.lexicon.patterns)
        if units is not None:
            self.lexicon = learn_pattern_leans(self.lexicon, *units, reading=reading)
        give_back()
        batch = _Batch(self.lexicon, reading.texts, reading)
        del reading
        give_back()
        return self._features(batch, ctxs, self._fit_char(batch, texts))

    def _fit_char(self, batch: _Batch, texts: Sequence[str]) -> list[int]:
        """The rows of ``batch`` to fit on (``texts``; large mode: distinct), with the char
        vocabulary (small mode) fitted on them."""
        fit_rows = [batch.pos[t] for t in (dict.fromkeys(texts) if self.large else texts)]
        if self.char is not None:
            norms = batch.rows.norms
            self.char.fit([norms[i] for i in fit_rows])
            # the n-grams cut by min_df: introspection only
            self.char.stop_words_ = None
        return fit_rows

    def _fit_word(self, tokens: Tokens, fit_rows: Sequence[int]) -> tuple[Any, Any]:
        """Fit the word vocabulary on the texts ``fit_rows`` of ``tokens``; return the word
        TF-IDF rows of every text of ``tokens`` and, per text, its row in them.

        The fitted texts' rows are those fitting weighed (the same rows ``transform``
        gives: ``NgramTfidf`` keeps its fitted counts in ``transform``'s order), so only
        the texts not fitted on (context-only texts of a source being annotated) are
        counted again.
        """
        import numpy as np

        rows = self.word.fit_transform(tokens.take(fit_rows))
        # the n-grams cut by min_df: introspection only, and large on a large corpus
        self.word.stop_words_ = None
        where = np.full(tokens.n_docs, -1, dtype=np.int64)
        where[np.asarray(fit_rows, dtype=np.int64)] = np.arange(len(fit_rows))
        missing = np.flatnonzero(where < 0)
        if len(missing):
            from scipy import sparse

            where[missing] = len(fit_rows) + np.arange(len(missing))
            extra = self.word.transform(tokens.take(missing))
            rows = sparse.vstack([rows, extra], format="csr")
        return rows, where

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

    def transform(self, ctxs: Sequence[Context], release: bool = False) -> Features:
        """Features of ``ctxs`` (each should be distinct: callers deduplicate), reusing the
        rows of the remembered training contexts.

        ``release``: the remembered rows used are forgotten and their normalised texts let
        go (``suggest_all`` predicts each sentence once: 25 MB of texts at 1,000 sources,
        let go as prediction passes them); a context asked for again is computed afresh."""
        seen = self._seen
        if seen is None or not self._known:
            return self._compute(ctxs)
        if not release:
            return self._reused(seen, ctxs, [self._known.get(c, -1) for c in ctxs])
        known = [self._known.pop(c, -1) for c in ctxs]  # forgotten as they are looked up
        self._text_ix = None
        out = self._reused(seen, ctxs, known)
        for k in known:
            if k >= 0:
                seen.norms[k] = ""
                seen.found[k] = ()
        return out

    def _reused(self, seen: Features, ctxs: Sequence[Context], known: list[int]) -> Features:
        """``transform``: the remembered rows ``known`` (-1: computed) of ``ctxs``."""
        import numpy as np

        new = [c for c, k in zip(ctxs, known, strict=True) if k < 0]
        ix_known = np.asarray([k for k in known if k >= 0], dtype=np.int64)
        if not new:
            return seen.take(ix_known)
        fresh = self._compute(new)
        if not len(ix_known):
            return fresh
        # stacked = known rows then new rows; ``order`` maps each context to its row
        order = np.empty(len(ctxs), dtype=np.int64)
        is_known = np.asarray(known) >= 0
        order[is_known] = np.arange(len(ix_known))
        order[~is_known] = len(ix_known) + np.arange(len(new))
        return Features.stack(seen.take(ix_known), fresh).take(order)

    def _compute(self, ctxs: Sequence[Context]) -> Features:
        """Features of ``ctxs``, computed."""
        return self._features(_Batch(self.lexicon, _texts_of(ctxs)), ctxs)

    def _features(
        self, batch: _Batch, ctxs: Sequence[Context], fit_rows: Sequence[int] | None = None
    ) -> Features:
        """The features of ``ctxs`` from ``batch`` (which holds every text they mention),
        the word vocabulary first fitted on the texts ``fit_rows`` of ``batch`` if given."""
        import numpy as np
        from scipy import sparse

        n, lex, rows = len(ctxs), self.lexicon, batch.rows
        pos = batch.pos
        ix = np.fromiter((pos[c.text] for c in ctxs), dtype=np.int64, count=n)
        tokens, rows.tokens = rows.tokens, None
        assert tokens is not None
        if fit_rows is None:
            word, word_ix = self.word.transform(tokens), None
        else:
            word, word_ix = self._fit_word(tokens, fit_rows)
        # the words' ids (23 MB at 1,000 sources) are let go before the rows are assembled
        del tokens
        give_back()
        # the rows ``FEATURE_CHUNK`` at a time: the dense blocks of every row at once (and
        # their float64 context columns) were the peak of fitting on 5,000 sources
        parts = []
        for lo in range(0, n, FEATURE_CHUNK) if n else [0]:
            mine = ix[lo : lo + FEATURE_CHUNK]
            blocks = [word[mine if word_ix is None else word_ix[mine]]]
            if self.char is not None:
                blocks.append(self.char.transform([rows.norms[i] for i in mine.tolist()]))
            context = self._context(batch, ctxs[lo : lo + FEATURE_CHUNK]).astype(np.float32)
            blocks.append(sparse.csr_matrix(np.hstack([rows.dense[mine], context])))
            parts.append(sparse.hstack(blocks, format="csr", dtype=np.float32))
        del word
        return Features(
            x=_stacked(parts),
            stance_prior=rows.stance_prior[ix].reshape(n, len(lex.stance_ids)),
            question_prior=rows.question_prior[ix].reshape(n, len(lex.question_ids)),
            found=[rows.found[i] for i in ix.tolist()],
            norms=[rows.norms[i] for i in ix.tolist()],
            stance_hits=rows.stance_hits[ix],
            ends=rows.ends[ix],
            alone_like=rows.alone_like[ix],
            voice=_with_next_turn(rows.voice, ix, [pos[c.next] if c.next else -1 for c in ctxs]),
        )

    def _context(self, batch: _Batch, ctxs: Sequence[Context]) -> Any:
        """The ``context__`` columns of ``ctxs`` (float64, n x len(context_names))."""
        import numpy as np

        n, n_s = len(ctxs), len(self.lexicon.stance_ids)
        rows, pos = batch.rows, batch.pos
        # row -1 is a row of zeros: "no previous / next sentence"
        hits = np.vstack([rows.stance_hits, np.zeros((1, n_s), dtype=np.int64)])
        flags = np.concatenate([rows.alone_like, [False]]), np.concatenate([rows.ends, [False]])
        prev = np.fromiter((pos[c.prev] if c.prev else -1 for c in ctxs), np.int64, n)
        nxt = np.fromiter((pos[c.next] if c.next else -1 for c in ctxs), np.int64, n)
        para_len = np.fromiter((len(c.para) for c in ctxs), np.int64, n)
        para_ix = np.fromiter((pos[t] for c in ctxs for t in c.para), np.int64, int(para_len.sum()))
        para = np.zeros((n, n_s), dtype=np.int64)
        if len(para_ix):
            owner = np.repeat(np.arange(n), para_len)
            for k in range(n_s):
                para[:, k] = np.bincount(owner, weights=hits[para_ix, k], minlength=n)
        m = np.maximum(para_len, 1)
        alone = np.fromiter((c.alone for c in ctxs), bool, n)
        first = np.fromiter((c.first for c in ctxs), bool, n)
        opens = np.fromiter((c.para_pos == 0 for c in ctxs), bool, n)
        return np.hstack(
            [
                _exact(math.log1p, hits[prev]),
                _exact(math.log1p, hits[nxt]),
                _exact(math.log1p, para / m[:, None]),
                alone[:, None],
                first[:, None],
                opens[:, None],
                (_exact(math.log1p, para_len) / 2.0)[:, None],
                flags[0][prev][:, None],
                flags[1][prev][:, None],
            ]
        ).astype(float)


def _stacked(parts: list[Any]) -> Any:
    """``sparse.vstack(parts, format="csr")`` of csr blocks (the same matrix: data, index
    type, class), emptying ``parts`` as it copies them, so that the blocks and the whole
    are not held at once (the feature matrix of every training sentence, twice)."""
    import numpy as np
    from scipy import sparse
    from scipy.sparse._sputils import get_index_dtype

    if len(parts) == 1:
        return parts.pop()
    n_cols = parts[0].shape[1]
    nnz = sum(p.nnz for p in parts)
    n_rows = sum(p.shape[0] for p in parts)
    if any(p.shape[1] != n_cols for p in parts):
        raise ValueError("incompatible dimensions for axis 1")
    spmatrix = not any(isinstance(p, sparse.sparray) for p in parts)
    idx_dtype = get_index_dtype(arrays=[p.indptr for p in parts], maxval=max(nnz, n_cols))
    data = np.empty(nnz, dtype=np.result_type(*(p.data for p in parts)))
    indices = np.empty(nnz, dtype=idx_dtype)
    indptr = np.empty(n_rows + 1, dtype=idx_dtype)
    at = row = 0
    last = idx_dtype(0)
    parts.reverse()
    while parts:
        p = parts.pop()
        k, m = p.indices.size, p.shape[0]
        data[at : at + k] = p.data
        indices[at : at + k] = p.indices
        indptr[row : row + m] = p.indptr[:-1]
        indptr[row : row + m] += last
        at += k
        row += m
        last += p.indptr[-1]
        del p
    indptr[-1] = last
    kind = sparse.csr_matrix if spmatrix else sparse.csr_array
    return kind((data, indices, indptr), shape=(n_rows, n_cols))


def _texts_of(ctxs: Sequence[Context]) -> list[str]:
    """Every text ``ctxs`` mention (their own, neighbours', paragraphs'), each once."""
    seen: dict[str, None] = {}
    for c in ctxs:
        seen[c.text] = None
        if c.prev:
            seen[c.prev] = None
        if c.next:
            seen[c.next] = None
        for t in c.para:
            seen[t] = None
    return list(seen)


class _Batch:
    """Distinct texts featurised together: ``pos[text]`` is its row in ``rows``."""

    def __init__(
        self, lexicon: Lexicon, texts: Sequence[str], reading: Reading | None = None
    ) -> None:
        """``reading``: the ``read`` of ``texts``, if the caller has it."""
        from argmap.suggest import rowcache

        if reading is None:
            reading = read(texts, lexicon.patterns)
        self.pos = reading.pos
        # ``codebook_rows``: what earlier runs kept of unchanged sources, where kept
        self.rows = rowcache.codebook_rows(reading, lexicon)


# --------------------------------------------------------------------------- voice

#: Who speaks in a sentence, as a flag per voice (``voice_flags``): the stance model learns
#: how each voice turns what a sentence's words lean to. A sentence that reports the other
#: side ("critics say", "we are told"), concedes ("of course", "admittedly"), refutes ("it
#: is a myth that", "no evidence") or stands before a turn ("... But") often uses the
#: vocabulary of the side its author argues against.
VOICES = ("reported", "conceded", "refuted", "negated", "turn", "before a turn")
#: Columns of ``VOICES``: a sentence that turns ("But …"), and one the next sentence turns.
TURN, BEFORE_TURN = VOICES.index("turn"), VOICES.index("before a turn")

#: The words that make a sentence negated (its fourth voice).
NEGATED_WORDS = frozenset(["not", "no", "never", "nor", "nothing", "none", "nobody", "cannot", "t"])

_REPORT_SUBJECT = (
    r"(?:critics|opponents|supporters|proponents|advocates|defenders|skeptics|campaigners|"
    r"some|many|others|they|those|landlords|economists|experts|officials|lobbyists|"
    r"detractors|naysayers|the other side|backers)"
)
_REPORT_VERB = (
    r"(?:say|says|said|claim|claims|claimed|argue|argues|argued|insist|insists|insisted|"
    r"warn|warns|warned|contend|contends|tell us|told us|maintain|maintains|point out|"
    r"points out|would have you believe|like to say|will tell you|complain|complains)"
)
_VOICE_RES = (
    re.compile(
        r"\b" + _REPORT_SUBJECT + r"(?: \w+){0,2} " + _REPORT_VERB + r"\b"
        r"|\bwe (?:are|were|re|have been|ve been) (?:told|assured|warned)\b"
        r"|\baccording to\b|\bit is (?:often |sometimes |widely )?(?:said|claimed|argued)\b"
        r"|\bthe argument (?:goes|runs)\b"
        r"|\bthe (?:claim|argument|idea|notion|assumption) (?:is )?that\b"
    ),
    re.compile(
        r"\b(?:of course|admittedly|granted|to be sure|no doubt|(?:it|this|that) (?:is|may be|"
        r"might be) true|true enough|fair enough|i (?:accept|concede|grant)|we (?:accept|"
        r"concede)|there is (?:some )?truth|nobody denies|no one denies)\b"
    ),
    re.compile(
        r"\b(?:myths?|wrong|false|nonsense|misleading|mistaken|untrue|not true|no evidence|"
        r"not the case|simply not|does not hold|fallacy|red herring|scaremongering|"
        r"exaggerat\w*|overblown|straw man)\b"
    ),
    re.compile(r"\b(?:" + "|".join(sorted(NEGATED_WORDS)) + r")\b"),
    re.compile(
        r"^(?:but|yet|however|still|instead|rather|in fact|in reality|actually|the truth is|"
        r"the reality is)\b"
    ),
)


def voice_cues(norm: str, next_norm: str = "", flags: Any = None) -> list[tuple[str, str]]:
    """The voices of a sentence (``VOICES``) with the words that mark each, from its
    normalised text and that of the sentence after it (``flags``: its ``voice_flags`` row,
    if known: only the voices set there are looked for)."""
    out = []
    for j, (name, rx) in enumerate(zip(VOICES[:5], _VOICE_RES, strict=True)):
        if (flags is None or flags[j]) and (m := rx.search(norm)):
            out.append((name, m.group(0)))
    if next_norm and (m := _VOICE_RES[TURN].search(next_norm)):
        out.append((VOICES[BEFORE_TURN], m.group(0)))
    return out


#: Words one of which every match of a voice's pattern holds (reported, conceded,
#: refuted): only the texts holding one are searched.
_VOICE_KEYS = (
    frozenset(
        [
            "say",
            "says",
            "said",
            "claim",
            "claims",
            "claimed",
            "argue",
            "argues",
            "argued",
            "insist",
            "insists",
            "insisted",
            "warn",
            "warns",
            "warned",
            "contend",
            "contends",
            "tell",
            "told",
            "maintain",
            "maintains",
            "point",
            "points",
            "believe",
            "complain",
            "complains",
            "assured",
            "according",
            "argument",
            "idea",
            "notion",
            "assumption",
        ]
    ),
    frozenset(
        [
            "course",
            "admittedly",
            "granted",
            "sure",
            "doubt",
            "true",
            "enough",
            "accept",
            "concede",
            "grant",
            "truth",
            "denies",
        ]
    ),
    frozenset(
        [
            "myth",
            "myths",
            "wrong",
            "false",
            "nonsense",
            "misleading",
            "mistaken",
            "untrue",
            "true",
            "evidence",
            "case",
            "simply",
            "hold",
            "fallacy",
            "herring",
            "scaremongering",
            "overblown",
            "straw",
        ]
    ),
)


def _voice_columns(norms: Sequence[str], tokens: Tokens) -> Any:
    """Per text: its own voices (texts x the first five ``VOICES``, float32), from its
    normalised text and its words."""
    import numpy as np

    n, vocab = len(norms), tokens.vocab
    out = np.zeros((n, len(VOICES) - 1), dtype=np.float32)
    for j, keys in enumerate(_VOICE_KEYS):
        mask = np.fromiter(
            (w in keys or (j == 2 and w.startswith("exaggerat")) for w in vocab),
            dtype=bool,
            count=len(vocab),
        )
        search = _VOICE_RES[j].search
        for i in np.flatnonzero(tokens.counts(mask)).tolist():
            if search(norms[i]):
                out[i, j] = 1.0
    neg = np.fromiter((w in NEGATED_WORDS for w in vocab), dtype=bool, count=len(vocab))
    out[:, 3] = tokens.counts(neg) > 0
    turn = _VOICE_RES[TURN].match
    out[:, TURN] = np.fromiter((turn(t) is not None for t in norms), dtype=bool, count=n)
    return out


def _with_next_turn(own: Any, ix: Any, nxt: Sequence[int]) -> Any:
    """The ``VOICES`` of contexts: their texts' own (rows ``ix`` of ``own``) and whether
    the next sentence (its row in ``nxt``, -1 for none) turns."""
    import numpy as np

    turns = np.concatenate([own[:, TURN], [0.0]]).astype(np.float32)
    after = turns[np.asarray(nxt, dtype=np.int64)] if len(nxt) else np.zeros(0, np.float32)
    return np.hstack([own[ix], after[:, None]]).astype(np.float32)


def voice_flags(norms: Sequence[str], next_norms: Sequence[str]) -> Any:
    """Per sentence (its normalised text and the next one's, "" for none): 1.0 per voice
    it has (texts x ``VOICES``, float32)."""
    from argmap.suggest.vectors import tokenise

    texts = list(dict.fromkeys([*norms, *(t for t in next_norms if t)]))
    pos = {t: i for i, t in enumerate(texts)}
    own = _voice_columns(texts, tokenise(texts))
    ix = [pos[t] for t in norms]
    return _with_next_turn(own, ix, [pos[t] if t else -1 for t in next_norms])
