"""Step 5d: whether a sentence carries its writer's own line, learnt across debates.

The project's models read a sentence's words; what they cannot learn from one debate's
few hundred units is the *alignment* of a sentence with its source: whether it says what
the writer argues ("we should", "that is why", "I think") or reports, concedes or quotes
another side ("critics say", "admittedly", a quoted opponent, "It is true that ... But").
Those cues are the same in every debate, so one small model is trained on the units of
every tuning debate shipped in ``bench/`` (``bench/alignment.py`` writes it to
``argmap/data/alignment.json``, deterministically): a logistic regression of "this unit's
stance is its source's main stance" on the sentence's voices (``features.VOICES``), a few
own-voice cues, its place in the source and the words used in at least ``MIN_DEBATES`` of
those debates (function words, "critics", "however": no debate's topic words).

``sequence.in_order`` uses it last (``sequence._aligned``): a sentence's stance
log-probabilities get ``WEIGHT`` x its alignment (the model's log-odds minus those of the
training share) x the source's side (centred): the stance the user said the source argues
where one is said, otherwise the log of the source's suggested mix (its sentences' stance
probabilities weighted by their claim probability). So a sentence in the writer's own
voice leans further to the side the source leans to, and one that reports or concedes
leans away from it: stance within a source = the source's side x the sentence's alignment.

No debate's own units teach the model that reads it: the file holds one model trained on
every tuning debate and, per tuning debate (named by its stance ids), one trained without
it; ``model_for`` gives a project whose stance ids are a tuning debate's the model trained
without that debate, so ``argmap evaluate`` on ``bench/debateN`` measures a debate the
alignment model has never seen, as it would any new project's.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from argmap.suggest.text import normalise_many

if TYPE_CHECKING:
    from argmap.suggest.data import Context

#: Rows of a source's sentences, with their normalised texts and ``features.VOICES`` flags
#: as the features read them (``cue_rows``).
Read = tuple[Sequence[int], Sequence[str], Any]

#: How much a sentence's alignment moves its stance towards (or away from) its source's side
#: (log-odds of alignment times the centred log side). Chosen with ``SIDE_MIX`` over 0.2,
#: 0.3, 0.4, 0.5, 0.6 and 0.8 x ``SIDE_MIX`` 0, 0.25, 0.5 and 1, leave one debate out over
#: the seeds, bench/eval and debates 2-21, by the mean of the figures with nothing
#: annotated, with the side stated and after 3, 5 and 10 units, among the pairs that keep
#: the shipped corpus's curves rising (``tests/test_suggest.py``): 0.5 and 0.25 in 20 of
#: 22 folds (0.5 and 0.5 in 2); the alignment model of every fold trained without the
#: debate scored (session 14, m14; docs/suggestions-history.md).
WEIGHT = 0.5
#: How much of the project's mix is taken out of a source's suggested mix to read its side
#: (``sequence._aligned``): 1 reads the side as what the source says more than the other
#: sources (as ``side.read_side`` proposes it), 0 as what it says most. Where every source
#: argues one side (the seeds: all pro-autonomy) "more than the others" points at a rare
#: stance a source merely discusses, and its own-voice sentences went there (seeds 0.666 ->
#: 0.593 with nothing annotated at 1); at 0 the seeds' curve fell from 5 to 10 units
#: (0.741 -> 0.723).
SIDE_MIX = 0.25
#: A word is a feature if the units of at least this many of the training debates use it.
MIN_DEBATES = 12
#: Where the shipped models are.
PATH = Path(__file__).resolve().parent.parent / "data" / "alignment.json"

#: Cues of the writer's own voice (searched in the normalised text; the quote and question
#: cues in the raw text): a first person who thinks or argues, a modal of obligation, a
#: conclusion marker, quotation marks, a question, a first person at all.
OWN_CUES = (
    r"\b(?:i|we) (?:think|believe|argue|would argue|contend|am convinced|are convinced)\b",
    r"\b(?:should|must|ought to|need to|has to|have to)\b",
    r"\b(?:that is why|this is why|therefore|so we|in short|in sum|the answer is|bottom line)\b",
    r"[\"\u201c\u201d]",
    r"\?\s*$",
    r"\b(?:i|my|me|we|our)\b",
)
#: Which of ``OWN_CUES`` are searched in the raw text (the others in the normalised one).
_RAW_CUES = frozenset([3, 4])
_OWN_RES = tuple(re.compile(p) for p in OWN_CUES)
#: Per cue of ``OWN_CUES``, strings one of which every match holds (None: no such test):
#: a text holding none of them is not searched (most texts: 0.5 s at 1,000 sources).
_OWN_GUARDS: tuple[tuple[str, ...] | None, ...] = (
    ("think", "believe", "argue", "contend", "convinced"),
    ("should", "must", "ought to", "need to", "has to", "have to"),
    (
        "that is why",
        "this is why",
        "therefore",
        "so we",
        "in short",
        "in sum",
        "the answer is",
        "bottom line",
    ),
    ('"', "\u201c", "\u201d"),
    ("?",),
    None,
)
#: The names of the cue columns, in order (the file's ``cues`` coefficients follow them).
CUE_NAMES = (
    "reported",
    "conceded",
    "refuted",
    "negated",
    "turn",
    "before a turn",
    "first person thinks",
    "obligation",
    "conclusion",
    "quotation marks",
    "question",
    "first person",
    "opens the source",
    "closes the source",
    "opens its paragraph",
)
M = TypeVar("M")
#: What ``shipped`` reads: the model on every tuning debate, and per debate the one without it.
Shipped = tuple[M | None, dict[str, M]]

#: A sentence within this share of its source's start (or end) opens (closes) it.
EDGE = 0.1


@dataclass(frozen=True, slots=True)
class AlignmentModel:
    """One logistic regression: coefficients of ``CUE_NAMES`` and of ``words`` (0 for a
    word it does not use), the
    intercept, and the log-odds of the training share of units that argue their source's
    main stance (``base``: subtracted, so 0 is "as aligned as the average unit")."""

    words: tuple[str, ...]
    word_coef: tuple[float, ...]
    cue_coef: tuple[float, ...]
    intercept: float
    base: float
    trained_on: tuple[str, ...]  # the debates' names, for the record


def fingerprint(stance_ids: Sequence[str]) -> str:
    """What names a debate in the file: its stance ids, in codebook order."""
    return "|".join(stance_ids)


def cue_word_model(raw: dict[str, Any], file: dict[str, Any]) -> AlignmentModel:
    """One model of a shipped file of cue and word coefficients (the alignment model's
    shape, the middle model's too): its entry ``raw``, the file's ``words``."""
    return AlignmentModel(
        tuple(file["words"]),
        tuple(float(c) for c in raw["word_coef"]),
        tuple(float(c) for c in raw["cue_coef"]),
        float(raw["intercept"]),
        float(raw["base"]),
        tuple(raw["trained_on"]),
    )


@cache
def shipped(path: Path, build: Callable[[dict[str, Any], dict[str, Any]], M]) -> Shipped[M]:
    """A file of models trained across debates (``argmap/data/*.json``): the model trained
    on every tuning debate and, per debate fingerprint, the one trained without it (None and
    {} if the file is missing). ``build(entry, file)`` makes one model."""
    if not path.exists():
        return None, {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    without = {key: build(m, raw) for key, m in raw["without"].items()}
    return build(raw["all"], raw), without


def shipped_for(
    path: Path, build: Callable[[dict[str, Any], dict[str, Any]], M], stance_ids: Sequence[str]
) -> M | None:
    """The model of ``path`` for a project with these stance ids: the one trained without
    it where it is a tuning debate, else the one trained on them all."""
    everything, without = shipped(path, build)
    return without.get(fingerprint(stance_ids), everything)


def model_for(stance_ids: Sequence[str]) -> AlignmentModel | None:
    """The alignment model for a project with these stance ids (``shipped_for``)."""
    return shipped_for(PATH, cue_word_model, stance_ids)


def cue_rows(ctxs: Sequence[Context], read: Read | None = None, rest: bool = False) -> Any:
    """Per sentence of one source (in text order), its ``CUE_NAMES`` columns (0/1), and
    its normalised text.

    ``read``: the rows wanted, with the normalised texts and ``features.VOICES`` flags the
    features found for them (``models.predict_read``): only those rows are read (the
    others are zeros and ""), without normalising or searching their texts again; with
    ``rest``, the others are read from their texts (every row, as without ``read``)."""
    import numpy as np

    from argmap.suggest.features import voice_flags

    n = len(ctxs)
    if read is None:
        norms = normalise_many([c.text for c in ctxs])
        nexts = normalise_many([c.next for c in ctxs])
        voices = voice_flags(norms, [t if c.next else "" for t, c in zip(nexts, ctxs, strict=True)])
        rows: Sequence[int] = range(n)
    else:
        rows, known, flags = read
        norms = [""] * n
        for i, norm in zip(rows, known, strict=True):
            norms[i] = norm
        voices = np.zeros((n, flags.shape[1]), dtype=flags.dtype)
        voices[np.asarray(rows, dtype=np.int64)] = flags
        if rest:
            others = sorted(set(range(n)) - set(rows))
            if others:
                ctx = [ctxs[i] for i in others]
                mine = normalise_many([c.text for c in ctx])
                nexts = normalise_many([c.next for c in ctx])
                voices[others] = voice_flags(
                    mine, [t if c.next else "" for t, c in zip(nexts, ctx, strict=True)]
                )
                for i, norm in zip(others, mine, strict=True):
                    norms[i] = norm
            rows = range(n)
    own = np.zeros((n, len(OWN_CUES)))
    rows = list(rows)
    own[rows] = own_columns([ctxs[i].text for i in rows], [norms[i] for i in rows])
    pos = np.arange(n) / max(n - 1, 1)
    edges = np.column_stack([pos < EDGE, pos > 1.0 - EDGE, [c.para_pos == 0 for c in ctxs]])
    return np.hstack([voices, own, edges.astype(float)]), norms


def own_columns(texts: Sequence[str], norms: Sequence[str]) -> Any:
    """The ``OWN_CUES`` columns (0/1, texts x cues) of sentences as written and normalised.

    Cue by cue, only the texts holding one of its ``_OWN_GUARDS`` are searched."""
    import numpy as np

    out = np.zeros((len(texts), len(OWN_CUES)))
    holding = {"raw": _Holding(texts), "norm": _Holding(norms)}
    for j, (rx, guard) in enumerate(zip(_OWN_RES, _OWN_GUARDS, strict=True)):
        where = texts if j in _RAW_CUES else norms
        cands = (
            range(len(where))
            if guard is None
            else holding["raw" if j in _RAW_CUES else "norm"].any_of(guard)
        )
        search = rx.search
        hit = [i for i in cands if search(where[i])]
        out[hit, j] = 1.0
    return out


class _Holding:
    """Which of many texts hold a string: found in the texts joined (``str.find`` over one
    string, not a test per text)."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.joined = "\x00".join(texts)
        self.starts: list[int] = []
        at = 0
        for t in texts:
            self.starts.append(at)
            at += len(t) + 1

    def any_of(self, strings: Sequence[str]) -> list[int]:
        """The texts (in order) holding one of ``strings`` (none holding ``\x00``)."""
        from bisect import bisect_right

        joined, starts = self.joined, self.starts
        n = len(starts)
        got: set[int] = set()
        for g in strings:
            pos = joined.find(g)
            while pos >= 0:
                # an occurrence holds no separator: it lies within one text
                i = bisect_right(starts, pos) - 1
                got.add(i)
                if i + 1 >= n:
                    break
                pos = joined.find(g, starts[i + 1])
        return sorted(got)


def alignment(
    model: AlignmentModel,
    ctxs: Sequence[Context],
    read: Read | None = None,
    cues: tuple[Any, Sequence[str]] | None = None,
) -> Any:
    """Per sentence of one source (in text order): the model's log-odds that it argues its
    source's main stance, less the training share's (> 0: more than the average unit).
    ``read``: only those rows, as the features read them (``cue_rows``; the others' values
    are meaningless); ``cues``: every row's ``cue_rows`` where already read."""
    import numpy as np

    if cues is not None:
        read = None
    cues, norms = cue_rows(ctxs, read) if cues is None else cues
    score = cues @ np.asarray(model.cue_coef) + model.intercept - model.base
    coef = _word_coefs(model)
    known, weight = coef.__contains__, coef.__getitem__
    for i in range(len(norms)) if read is None else read[0]:
        # each word's coefficient, summed in the set's order
        score[i] += sum(map(weight, filter(known, words_of(norms[i]))))
    return score


@cache
def _word_coefs(model: AlignmentModel) -> dict[str, float]:
    """Each of ``model.words``'s coefficient."""
    index = {w: j for j, w in enumerate(model.words)}
    return {w: model.word_coef[j] for w, j in index.items()}


def words_of(norm: str) -> set[str]:
    """The words of a normalised text as the model reads them."""
    return set(norm.split())
