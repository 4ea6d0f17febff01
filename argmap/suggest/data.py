"""Step 3 of 6: labelled sentences in their context (what the models learn from).

A sentence is seen with its neighbours (``Context``): the sentences before and after it,
the other sentences of its paragraph (its line), and whether it stands alone on its line
(headings, bylines and captions do). ``examples`` labels every sentence of every annotated
source from the claims of one view.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.corpus import SentenceRow
    from argmap.model import Claim, Sentence

    #: a sentence as the model holds it, or as a plain tuple (``SourceDoc.sentence_rows``)
    AnySentence = Sentence | SentenceRow
    from argmap.project import Project


#: ``progress(what, fraction)``: what long work is doing now, and how much of it is done
#: (0 to 1). ``suggest_all``, ``suggest_source``, ``models_for`` and ``models.train`` take one.
Progress = Callable[[str, float], None]


def part(progress: Progress | None, lo: float, hi: float) -> Progress | None:
    """``progress`` for a step that is the ``lo``..``hi`` share of the whole work."""
    if progress is None:
        return None
    return lambda what, done: progress(what, lo + (hi - lo) * done)


#: The annotator ``argmap suggest --all --min-confidence`` writes as; its claims are never
#: learnt from (that would be the model learning from itself) unless asked for by name.
MODEL_ANNOTATOR = "model"


def _human(claims: Iterable[Claim], annotator: str | None) -> list[Claim]:
    if annotator == MODEL_ANNOTATOR:
        return list(claims)
    return [c for c in claims if c.annotator != MODEL_ANNOTATOR]


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence and what surrounds it in its source (hashable: equal contexts share
    their features)."""

    text: str
    prev: str = ""
    next: str = ""
    para: tuple[str, ...] = ()  # the other sentences of its paragraph, in order
    alone: bool = False  # the sentence is its whole line
    first: bool = False  # the first sentence of the source
    para_pos: int = 0  # its place in the paragraph (0: opens it)
    title: bool = False  # the sentence repeats its source's title (a heading, not a claim)


def contexts(text: str, sentences: Sequence[AnySentence], title: str = "") -> list[Context]:
    """The context of each of ``sentences`` of a source whose text is ``text`` (and whose
    title is ``title``: a sentence that repeats it is marked, ``Context.title``)."""
    title_key = _title_key(title)
    # a sentence that repeats the title holds its first word: only those are compared
    # (the words of every sentence were 0.6 s of 1,000 sources' contexts)
    title_word = title_key.split(" ", 1)[0]
    line_of: list[int] = []
    at = before = 0  # the line start and the start of the sentence before
    for s in sentences:
        if s.start >= before:  # in text order: a newline since the sentence before?
            nl = text.rfind("\n", before, s.start)
            if nl >= 0 or before == 0:
                at = nl + 1
        else:
            at = text.rfind("\n", 0, s.start) + 1
        line_of.append(at)
        before = s.start
    groups: dict[int, list[int]] = {}
    for i, start in enumerate(line_of):
        groups.setdefault(start, []).append(i)
    texts = [s.text for s in sentences]
    # per line, the texts of its sentences: a sentence's paragraph is its line's others
    line_texts = {start: [texts[j] for j in group] for start, group in groups.items()}
    out = []
    n = len(sentences)
    for i, s in enumerate(sentences):
        start = line_of[i]
        group = groups[start]
        alone = False
        if len(group) == 1:  # the sentence is its line, give or take a few characters
            line_end = text.find("\n", s.end)
            line = text[start : len(text) if line_end < 0 else line_end]
            alone = len(line.strip()) <= len(s.text.strip()) + 6
        pos = group.index(i)
        mates = line_texts[start]
        # positional arguments: text, prev, next, para, alone, first, para_pos, title
        out.append(
            Context(
                s.text,
                texts[i - 1] if i > 0 else "",
                texts[i + 1] if i + 1 < n else "",
                tuple(mates[:pos] + mates[pos + 1 :]),
                alone,
                i == 0,
                pos,
                bool(title_key)
                and title_word in s.text.casefold()
                and _title_key(s.text) == title_key,
            )
        )
    return out


def _title_key(text: str) -> str:
    """A title or sentence as compared: its words, lower-cased (punctuation, quotes and
    spacing aside, so that a heading repeats the page's title whatever its typography)."""
    return " ".join(re.findall(r"\w+", text.casefold()))


#: The contexts of a source's sentences, kept while the source object lives (``examples``
#: and ``reading`` both need them, ``suggest_all`` for every source).
_DOC_CONTEXTS: weakref.WeakKeyDictionary[Any, tuple[Sequence[AnySentence], list[Context]]] = (
    weakref.WeakKeyDictionary()
)


def doc_contexts(doc: Any) -> list[Context]:
    """``contexts(doc.text, doc.sentence_rows)`` of a project's source, computed once per
    text (the source's rows are made again when its text changes)."""
    sents = doc.sentence_rows
    got = _DOC_CONTEXTS.get(doc)
    if got is not None and got[0] is sents:
        return got[1]
    ctxs = contexts(doc.text, sents, doc.title)
    _DOC_CONTEXTS[doc] = (sents, ctxs)
    return ctxs


def _rows_in_context(doc: Any) -> tuple[Sequence[AnySentence], list[Context]]:
    """A source's sentence rows and their contexts; a text read only to make them is let
    go after (``SourceDoc.release_text``): reading every source holds one text at a time."""
    unread = not doc.text_loaded
    sents, ctxs = doc.sentence_rows, doc_contexts(doc)
    if unread:
        doc.release_text()
    return sents, ctxs


def read_sources(project: Project) -> dict[str, list[str]]:
    """Per source of ``project`` whose sentences ``examples`` or ``reading`` have read (and
    whose contexts are kept: ``doc_contexts``), the texts of its sentences in order."""
    out = {}
    for sid, doc in project.sources.items():
        got = _DOC_CONTEXTS.get(doc)
        if got is not None:
            out[sid] = [s.text for s in got[0]]
    return out


@dataclass(frozen=True, slots=True)
class Example:
    """One sentence of an annotated source with its labels (``unit`` False: not a claim)."""

    source: str
    sentence: AnySentence
    unit: bool
    stance: str | None = None
    kind: str | None = None
    questions: tuple[str, ...] = ()
    context: Context | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.sentence.id)

    @property
    def text(self) -> str:
        return self.sentence.text

    @property
    def ctx(self) -> Context:
        """Its context (the sentence alone if none was given)."""
        return self.context if self.context is not None else Context(self.sentence.text)


def sentence_claims(sentences: Sequence[AnySentence], claims: Iterable[Claim]) -> list[list[Claim]]:
    """For each sentence, the (non-orphan) claims that start inside it, in text order."""
    starts = [s.start for s in sentences]
    out: list[list[Claim]] = [[] for _ in sentences]
    for c in sorted(claims, key=lambda c: c.sort_key()):
        if c.orphan is not None or not sentences:
            continue
        i = bisect.bisect_right(starts, c.start) - 1
        if i >= 0 and c.start < sentences[i].end:
            out[i].append(c)
    return out


def labelled(
    source: str,
    sentences: Sequence[AnySentence],
    ctxs: Sequence[Context],
    claims: Sequence[Claim],
    question_order: Sequence[str],
    partial: bool = False,
) -> list[Example]:
    """The examples of one source: its sentences labelled from its ``claims``.

    The stance of a sentence is that of its first claim; its questions are the union over
    its claims; its kind is ``claim`` if any of its claims is one. With ``partial`` (a
    source being annotated now) sentences without a claim are left out, not negatives.
    """
    order = {q: i for i, q in enumerate(question_order)}
    out = []
    for sent, ctx, cs in zip(sentences, ctxs, sentence_claims(sentences, claims), strict=True):
        if not cs:
            if not partial:
                out.append(Example(source, sent, False, context=ctx))
            continue
        qs = sorted({q for c in cs for q in c.questions}, key=lambda q: order.get(q, 99))
        kind = "claim" if any(c.kind == "claim" for c in cs) else "evidence"
        out.append(Example(source, sent, True, cs[0].stance, kind, tuple(qs), ctx))
    return out


def examples(
    project: Project, annotator: str | None = None, *, partial: str | None = None
) -> list[Example]:
    """Every sentence of every annotated source, labelled from ``view_claims(annotator)``
    (without the ``model`` annotator's pre-annotations unless ``annotator`` is ``model``).

    A source counts as annotated if it has at least one claim; its sentences without a claim
    are negatives for claim detection, except in ``partial`` (a source being annotated now,
    whose uncovered sentences are unknown rather than negative).
    """
    by_source: dict[str, list[Claim]] = {}
    for c in _human(project.view_claims(annotator), annotator):
        if c.orphan is None and c.source in project.sources:
            by_source.setdefault(c.source, []).append(c)
    out: list[Example] = []
    order = tuple(project.codebook.question_ids)
    for sid in sorted(by_source):
        doc = project.sources[sid]
        sents, ctxs = _rows_in_context(doc)
        claims = by_source[sid]
        got = _DOC_EXAMPLES.get(doc)
        if (
            got is not None
            and got[0] is sents
            and got[1] is ctxs
            and got[3] == (sid, sid == partial, order)
            and len(got[2]) == len(claims)
            and all(a is b for a, b in zip(got[2], claims, strict=True))
        ):
            out += got[4]
            continue
        mine = labelled(sid, sents, ctxs, claims, order, partial=sid == partial)
        _DOC_EXAMPLES[doc] = (sents, ctxs, claims, (sid, sid == partial, order), mine)
        out += mine
    return out


#: A source's examples (``labelled``), kept while the source object lives, with what they
#: were made of: its sentence rows and contexts, its claims (the same objects: claims are
#: immutable, an edit makes new ones), its id, whether partial, the question order. The
#: TUI's first ``S`` after its warm-up asks for every source's examples again only to find
#: the models fitted on them (0.4 s at 1,000 sources).
_DOC_EXAMPLES: weakref.WeakKeyDictionary[
    Any, tuple[Sequence[AnySentence], list[Context], list[Claim], tuple[Any, ...], list[Example]]
] = weakref.WeakKeyDictionary()


def reading(
    project: Project, annotator: str | None, only: str | None = None
) -> dict[str, list[tuple[AnySentence, Context, bool, str | None]]]:
    """Per source (sorted; only ``only`` if given), every sentence in text order with its
    context, whether a claim of ``view_claims(annotator)`` covers it, and the stance of its
    first claim (None if uncovered)."""
    by_source: dict[str, list[Claim]] = {}
    for c in _human(project.view_claims(annotator), annotator):
        if only is None or c.source == only:
            by_source.setdefault(c.source, []).append(c)
    out = {}
    for sid in sorted(project.sources) if only is None else [only]:
        sents, ctxs = _rows_in_context(project.sources[sid])
        covered = sentence_claims(sents, by_source.get(sid, []))
        out[sid] = [
            (s, x, bool(cs), cs[0].stance if cs else None)
            for s, x, cs in zip(sents, ctxs, covered, strict=True)
        ]
    return out


def stickiness(items: Sequence[Example]) -> float:
    """Cohen's kappa of each annotated unit's stance against the next unit's in the same
    source (``items`` sorted by source and sentence), floored at 0; 0 with no pair."""
    pairs: list[tuple[str, str]] = []
    prev: Example | None = None
    for e in items:
        if not e.unit:
            continue
        if prev is not None and prev.source == e.source:
            pairs.append((prev.stance or "", e.stance or ""))
        prev = e
    if not pairs:
        return 0.0
    observed = sum(a == b for a, b in pairs) / len(pairs)
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    n = len(pairs)
    chance = sum(left[s] * right.get(s, 0) for s in left) / (n * n)
    if chance >= 1.0:
        return 0.0
    return max(0.0, (observed - chance) / (1.0 - chance))


#: The concentration ``source_mix`` may learn lies between these (a project whose sources
#: all share one mix exactly would otherwise get infinity, one of one-stance sources 0).
CONCENTRATION_RANGE = (0.1, 1000.0)


def source_mix(
    items: Sequence[Example], stance_ids: Sequence[str], leave_out: str | None = None
) -> tuple[tuple[float, ...], float]:
    """How the sources of ``items`` mix their stances: the pooled share of each of
    ``stance_ids`` among the annotated units, and the concentration of a Dirichlet over each
    source's own mix around it, fitted by maximum likelihood to each source's counts
    (Dirichlet-multinomial, empirical Bayes; ``leave_out``: a source not to learn from).

    A low concentration says that sources are one-sided (each argues mostly one stance, not
    always the same one), so a source's first units say much about its others; a high one
    that every source mixes its stances alike. ``((), inf)`` without units; with units of
    a single source, that source's share and the top of ``CONCENTRATION_RANGE``.
    """
    import math

    per_source: dict[str, Counter[str]] = {}
    for e in items:
        if e.unit and e.stance in stance_ids and e.source != leave_out:
            per_source.setdefault(e.source, Counter())[e.stance or ""] += 1
    if not per_source or not stance_ids:
        return (), math.inf
    pooled: Counter[str] = Counter()
    for c in per_source.values():
        pooled.update(c)
    n, k = sum(pooled.values()), len(stance_ids)
    mix = tuple((pooled[s] + 0.5) / (n + 0.5 * k) for s in stance_ids)
    lo, hi = CONCENTRATION_RANGE
    if len(per_source) < 2:
        return mix, hi
    counts = [(tuple(c[s] for s in stance_ids), sum(c.values())) for c in per_source.values()]
    # many sources have the same counts: each distinct one's term is computed once, and the
    # terms are added in the sources' order (the same sum, to the last bit)
    distinct = list(dict.fromkeys(counts))

    def loglik(a: float) -> float:
        am = [a * m for m in mix]
        const = math.lgamma(a) - sum(math.lgamma(x) for x in am)
        term = {
            (cs, total): const
            - math.lgamma(total + a)
            + sum(math.lgamma(c + x) for c, x in zip(cs, am, strict=True))
            for cs, total in distinct
        }
        return sum(map(term.__getitem__, counts))

    # a grid of 20 steps per decade, then golden-section search in the best step's cell
    steps = round(20 * math.log10(hi / lo))
    grid = [lo * (hi / lo) ** (i / steps) for i in range(steps + 1)]
    best = max(range(len(grid)), key=lambda i: loglik(grid[i]))
    a, b = math.log(grid[max(best - 1, 0)]), math.log(grid[min(best + 1, steps)])
    g = (math.sqrt(5) - 1) / 2
    for _ in range(30):
        c, d = b - g * (b - a), a + g * (b - a)
        if loglik(math.exp(c)) >= loglik(math.exp(d)):
            b = d
        else:
            a = c
    return mix, round(math.exp((a + b) / 2), 4)


#: A source's first this many annotated units are what ``evidence_weight`` asks about: how
#: far the stances of its first 1, 2, ... units predict those of its later ones.
FIRST_UNITS = 3
#: The weights ``evidence_weight`` chooses from: an annotated unit counts at most as one
#: unit (up to 2 the seeds' curve rose 0.03 at 3 units and fell 0.01 from 5 to 10).
EVIDENCE_WEIGHTS = tuple(i / 20 for i in range(21))


def evidence_weight(
    sources: Sequence[tuple[Any, Any]],
    mix: Sequence[float],
    concentration: float,
    first: int = FIRST_UNITS,
) -> float:
    """What an annotated unit of a source counts for in the estimate of that source's
    stance mix (``sequence.mix``): the weight, among ``EVIDENCE_WEIGHTS``, under which the
    first 1..``first`` annotated units of each training source, with the models' own
    stance probabilities, best predict the stances of its later units (log-likelihood;
    ties: the smaller weight).

    ``sources``: per source, its annotated units' stances in text order (indices into
    ``mix``) and their stance probabilities as the models give them (``n x k``). A unit of
    weight ``w`` adds ``w`` to its stance's pseudo-count in the Dirichlet around ``mix``
    with ``concentration`` (``source_mix``), and each later unit's probabilities are
    multiplied by the resulting mix over ``mix``, as ``sequence.in_order`` does.

    Where articles open by stating the view they then argue against, the first units
    predict the rest badly and the weight is small; where a source's first units are its
    side, it is 1. Without two sources with a later unit, 1 (the units count as they are).
    """
    import math

    import numpy as np

    m = np.asarray(mix, dtype=float)
    k = len(m)
    if k == 0 or not math.isfinite(concentration):
        return 1.0
    counts, pair_of, rows, gold = [], [], [], []
    used = 0
    for stances, probs in sources:
        y = np.asarray(stances, dtype=np.int64)
        p = np.asarray(probs, dtype=float)
        if len(y) < 2:
            continue
        used += 1
        for n in range(1, min(first, len(y) - 1) + 1):
            pair_of += [len(counts)] * (len(y) - n)
            counts.append(np.bincount(y[:n], minlength=k))
            rows.append(p[n:])
            gold.append(y[n:])
    if used < 2:
        return 1.0
    c = np.asarray(counts, dtype=float)
    pair = np.asarray(pair_of, dtype=np.int64)
    p = np.clip(np.vstack(rows), 1e-9, None)
    y = np.concatenate(gold)
    picked = np.log(p[np.arange(len(y)), y])

    def loglik(w: float) -> float:
        theta = concentration * m + w * c
        ratio = (theta / theta.sum(axis=1, keepdims=True) / m)[pair]
        return float(
            (picked + np.log(ratio[np.arange(len(y)), y]) - np.log((p * ratio).sum(axis=1))).sum()
        )

    scores = [loglik(w) for w in EVIDENCE_WEIGHTS]
    return EVIDENCE_WEIGHTS[int(np.argmax(scores))]
