"""The vectorised featurising gives exactly what the simple one-sentence-at-a-time code gave.

``codebook_rows``, ``match_many``, ``NgramTfidf`` and the context columns of
``Featuriser`` compute, for all sentences at once, what ``reference_row`` (the earlier
per-sentence code, kept here as the reference), ``patterns.match``, scikit-learn's
``TfidfVectorizer`` and ``reference_context`` compute one sentence at a time. Compared on
every sentence of the shipped seeds and the new articles, plus awkward cases.
"""

from __future__ import annotations

import math
import os
import re
import sys
from pathlib import Path

import numpy as np
import pytest
from suggest_reference import reference_normalise

from argmap import store
from argmap.suggest import cues
from argmap.suggest import features as F
from argmap.suggest import text as T
from argmap.suggest.data import Context
from argmap.suggest.patterns import match
from argmap.suggest.vectors import NgramTfidf, identity, tokenise

REPO = Path(__file__).resolve().parent.parent

AWKWARD = [
    "",
    "By Jane Doe | 5 min read",
    "Photo: a tank on parade (Reuters).",
    "Leave a Comment",
    "Share this article",
    "12 March 2024",
    "Updated: March 3, 2024",
    "Analysis: Europe must stand on its own two feet.",
    "While Washington wavers, Europe must build its own defence.",
    "NATO remains essential, but Europeans must reduce their dependence on the U.S.",
    "\u201cWe can no longer rely on America,\u201d she said \u2014 perhaps rightly?",
    "Der Staatssekret\u00e4r sagte: \u00dcberfl\u00fcssig! \u00c9tat-major.",
    "x\x00y zz a b c",
    "Is it possible that, at the same time, both sides are right?",
    "THE U.S.A. AND THE E.U. \u2013 CO-OPERATION, DEFENCE PROGRAMMES, 5% (AFP)",
    "Tags: defence, NATO, Europe",
    # white space, capitals and digits beyond ASCII (counted on arrays of code points)
    "  Tab\tand\u2003em space,\u00a0NBSP\u3000Ideographic  ",
    "\U0001d400old astral, \u00c9tat \u01c5ox \u00dfharp",
    "\u0130stanbul desk \u212a by \u017fhare this",
]


def _sentences() -> list[list[str]]:
    """Paragraphs (lists of sentences) of the seeds and the new articles."""
    paras = []
    files = sorted((REPO / "seeds").glob("*.txt")) + sorted(
        (REPO / "bench" / "eval").rglob("*.txt")
    )
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            sents = [s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if s]
            if sents:
                paras.append(sents)
    assert len(paras) > 200
    return paras


@pytest.fixture(scope="module")
def lexicon() -> F.Lexicon:
    return F.build_lexicon(store.load_codebook(REPO / "annotations" / "codebook.json"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return list(dict.fromkeys([s for p in _sentences() for s in p] + AWKWARD))


def reference_row(raw: str, lexicon: F.Lexicon) -> F.Row:
    """The per-sentence ``codebook_row`` as it was before the vectorised one."""
    norm = T.normalise(raw)
    words_n = re.findall(r"\w+", norm)
    multi_cues = lexicon.multi_cue_re.findall(norm) if lexicon.multi_cue_re is not None else []
    n_cues = len(multi_cues) + sum(1 for w in words_n if w in lexicon.single_cues)
    st = {s for w in words_n if (s := F._stem_word(w)) is not None}
    words = raw.split()
    n = max(len(words), 1)
    caps = sum(1 for w in words if w[:1].isupper())
    obstacles = len(T._OBSTACLE.findall(norm))
    n_s = len(lexicon.stance_words)
    ov = [0.0] * (n_s + len(lexicon.question_words))
    for stem in sorted(st.intersection(lexicon.stem_index)):
        for k, w in lexicon.stem_index[stem]:
            ov[k] += w
    s_ov, q_ov = ov[:n_s], ov[n_s:]
    hits = match(lexicon.patterns, norm, frozenset(words_n), raw)
    stripped = raw.rstrip("\"')]\u201d\u2019 ")
    ends = stripped.endswith((".", "!", "?"))
    general = [
        sum(1 for w in words_n if w in cues.single_words(group))
        + (len(rx.findall(norm)) if (rx := cues.phrase_regex(group)) is not None else 0)
        for _, group in cues.GROUPS
    ]
    # an evaluation word up to NEGATION_SCOPE words after a negator counts for the other side
    pos, neg = cues.POLARITY
    general[pos] = general[neg] = 0

    # and what it evaluates: each stance's keyword weight of the words around it
    # (not another evaluation word; nothing for a middle stance, which proposes nothing)
    def evaluates(w: str) -> bool:
        return (w in cues.POSITIVE or w in cues.NEGATIVE) and w not in lexicon.naming

    # the first half of a contraction ("won" of "won't") is not an evaluation word
    def contraction(i: int) -> bool:
        return i + 1 < len(words_n) and words_n[i + 1] == "t"

    def weight(i: int, s: int) -> float:
        w = words_n[i]
        if lexicon.stance_axes[s] == 0 or (evaluates(w) and not contraction(i)):
            return 0.0
        stem = F._stem_word(w)
        return next((v for k, v in lexicon.stem_index.get(stem, ()) if k == s), 0.0)

    evaluated = [0.0] * n_s
    for k, w in enumerate(words_n):
        side = pos if w in cues.POSITIVE else neg if w in cues.NEGATIVE else None
        if side is None or w in lexicon.naming or contraction(k):
            continue
        if any(v in cues.NEGATORS for v in words_n[max(0, k - cues.NEGATION_SCOPE) : k]):
            side = neg if side == pos else pos
        general[side] += 1
        for s in range(n_s):
            around = 0.0
            for i in range(k - F.TARGET_WINDOW, k + F.TARGET_WINDOW + 1):
                if i != k and 0 <= i < len(words_n):
                    around += weight(i, s)
            evaluated[s] += around * (1.0 if side == pos else -1.0)
    dense = np.asarray(
        (
            math.log1p(n_cues),
            math.log1p(len(multi_cues)),
            *(min(o / 4.0, 2.0) for o in s_ov),
            *(min(o / 4.0, 2.0) for o in q_ov),
            math.log1p(n) / 4.0,
            1.0 if n < 7 else 0.0,
            1.0 if ends else 0.0,
            caps / n if n > 1 else 1.0,
            1.0 if T._DIGIT.search(raw) else 0.0,
            1.0 if T._US.search(norm) and T._EUROPE.search(norm) else 0.0,
            math.log1p(obstacles),
            1.0 if n < 30 and F._BYLINE.search(raw) else 0.0,
            1.0 if n < 16 and F._DATE.search(raw) else 0.0,
            1.0 if n < 30 and F._CAPTION.search(raw) else 0.0,
            1.0 if n < 16 and F._CALL.search(raw) else 0.0,
            1.0 if stripped.endswith("?") else 0.0,
            1.0 if n < 30 and F._LABEL.match(raw) else 0.0,
            1.0 if any(hits.conceded) or norm.startswith(("while ", "although ")) else 0.0,
            *(math.log1p(h) for h in hits.stance),
            *(math.log1p(h) for h in hits.conceded),
            *(math.log1p(h) for h in hits.question),
            *(math.log1p(g) for g in general),
        ),
        dtype=np.float32,
    )
    scores = [
        o / 4.0 + F.PATTERN_PRIOR * h + F.TARGET_PRIOR * e
        for o, h, e in zip(s_ov, hits.stance, evaluated, strict=True)
    ]
    for i, axis in enumerate(lexicon.stance_axes):
        if axis == 0:
            scores[i] += 0.5 * n_cues + F.TWO_SIDED_PRIOR * sum(general[g] for g in cues.TWO_SIDED)
        elif axis < 0:
            scores[i] += F.EVALUATION_PRIOR * general[neg]
        else:
            scores[i] += F.EVALUATION_PRIOR * general[pos]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    qprior = tuple(
        1.0 - math.exp(-(o + 3.0 * h) / 3.0) for o, h in zip(q_ov, hits.question, strict=True)
    )
    return F.Row(
        dense=dense,  # type: ignore[arg-type]
        stance_prior=tuple(e / total for e in exp),
        question_prior=qprior,
        stance_hits=hits.stance,
        found=hits.found,
        ends=ends,
        alone_like=n < 16 and not ends,
        norm=norm,
    )


def test_batch_normalisation_equals_one_text_at_a_time(texts: list[str]) -> None:
    assert T.normalise_many(texts) == [reference_normalise(t) for t in texts]


def test_names_are_found_only_at_a_word_start_as_before() -> None:
    """The patterns searched by their first letters (``WORD(?<=\\bWORD)``) find what the
    word-boundary-first patterns found: names glued to letters, digits, underscores or
    letters beyond ASCII are left alone, as before."""
    names = [
        "US", "USA", "U.S.", "U. S.", "U.S.A.", "U.K.", "UK", "EU", "E.U.", "E. U.",
        "United States", "United States of America", "United Kingdom", "Great Britain",
        "Britain", "American", "Americans", "European Union", "per cent", "co-operation",
        "defence", "offences", "licence", "centres", "dialogue", "theatre", "programme",
    ]  # fmt: skip
    glue = ["", "x", "_", "9", "\u00e9", " ", "-", "'s", "."]
    texts = [f"{a}{n}{b}" for n in names for a in glue for b in glue]
    texts += [f"{n}{m}" for n in names for m in names]
    assert T.normalise_many(texts) == [reference_normalise(t) for t in texts]
    assert T.normalise("non-U.S. xUS US_ EUx Europeans defenceless") == (
        "non- usa xus us_ eux europeans defenceless"
    )


def test_word_counts_equal_str_split_and_the_digit_regex(texts: list[str]) -> None:
    """Words, capitalised words and digits counted on arrays of code points are what
    ``str.split``, ``str.isupper`` and the regex ``\\d`` say, on every kind of character."""
    odd = ["\u0660\u0661 Arabic-Indic", "\U0001d7d9 astral", "\x1c\x1dA\x1fB", "", " ", "\ud800 X"]
    sample = texts + odd
    words, caps, digit = F._word_counts(sample)
    assert words.tolist() == [len(t.split()) for t in sample]
    assert caps.tolist() == [sum(1 for w in t.split() if w[:1].isupper()) for t in sample]
    assert digit.tolist() == [T._DIGIT.search(t) is not None for t in sample]


def test_codebook_rows_equal_the_per_sentence_reference(
    texts: list[str], lexicon: F.Lexicon
) -> None:
    rows = F.codebook_rows(texts, lexicon)
    differ = []
    for i, raw in enumerate(texts):
        ref = reference_row(raw, lexicon)
        got = rows.row(i)
        if not (
            np.array_equal(np.asarray(got.dense, dtype=np.float32), ref.dense)
            and got.stance_prior == ref.stance_prior
            and got.question_prior == ref.question_prior
            and got.stance_hits == ref.stance_hits
            and got.found == ref.found
            and (got.ends, got.alone_like, got.norm) == (ref.ends, ref.alone_like, ref.norm)
        ):
            differ.append(raw)
    assert not differ, differ[:5]
    # the sentences exercise what is compared: patterns, furniture, non-ASCII text
    assert sum(1 for f in rows.found if f) > 50
    names = lexicon.dense_names
    for name in (
        "byline",
        "caption",
        "call to share or comment",
        "concedes (R19)",
        "date",
        *(group for group, _ in cues.GROUPS),
    ):
        assert rows.dense[:, names.index(name)].sum() > 0, name


@pytest.mark.parametrize(
    ("min_df", "chunk", "paired"),
    [
        (1, 16384, True),
        (2, 16384, True),
        (2, 7, True),
        (3, 50, True),
        (0.002, 7, True),
        (2, 16384, False),
        (3, 50, False),
    ],
)
def test_ngram_counts_equal_scikit_learns(
    texts: list[str], min_df: float, chunk: int, paired: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from argmap.suggest import vectors

    monkeypatch.setattr(vectors, "DOC_CHUNK", chunk)  # texts counted a few at a time
    monkeypatch.setattr(vectors, "DF_CHUNK", chunk)  # document frequency in steps too
    if not paired:  # as for codes too large to pair with a text in 64 bits
        monkeypatch.setattr(vectors, "PAIR_KEY_LIMIT", 0)

    norms = T.normalise_many(texts)
    kw = {
        "preprocessor": identity,
        "ngram_range": (1, 2),
        "sublinear_tf": True,
        "token_pattern": r"(?u)\b\w\w+\b",
        "min_df": min_df,
        "dtype": np.float32,
    }
    fit = norms[: len(norms) * 2 // 3]
    slow, fast = TfidfVectorizer(**kw).fit(fit), NgramTfidf(**kw).fit(tokenise(fit))
    assert fast.vocabulary_ == slow.vocabulary_
    assert np.array_equal(fast.idf_, slow.idf_)
    want = slow.transform(norms)
    for got in (fast.transform(norms), fast.transform(tokenise(norms))):
        assert got.dtype == want.dtype
        assert np.array_equal(got.indptr, want.indptr)
        assert np.array_equal(got.indices, want.indices)
        assert np.array_equal(got.data, want.data)
    # fitting cuts the rare n-grams before naming them: the fitted matrix is the same too
    # (entries within a row may come in another order, as before that change)
    got, want = NgramTfidf(**kw).fit_transform(fit), TfidfVectorizer(**kw).fit_transform(fit)
    got, want = got.sorted_indices(), want.sorted_indices()
    assert np.array_equal(got.indptr, want.indptr)
    assert np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data, want.data)
    assert type(fast._tfidf).__name__ == "_Idf"  # the chunked document frequency ran


def reference_context(ctx: Context, lexicon: F.Lexicon) -> list[float]:
    """The per-context ``context__`` columns as they were computed before."""
    n_s = len(lexicon.stance_ids)
    prev_row = reference_row(ctx.prev, lexicon) if ctx.prev else None
    prev = prev_row.stance_hits if prev_row else (0,) * n_s
    nxt = reference_row(ctx.next, lexicon).stance_hits if ctx.next else (0,) * n_s
    para = [0.0] * n_s
    for t in ctx.para:
        for k, h in enumerate(reference_row(t, lexicon).stance_hits):
            para[k] += h
    m = max(len(ctx.para), 1)
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


@pytest.mark.parametrize("chunk", [16384, 37])
def test_context_columns_equal_the_per_context_reference(
    lexicon: F.Lexicon, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(F, "FEATURE_CHUNK", chunk)  # rows assembled a few at a time
    paras = _sentences()[:400]
    flat = [s for p in paras for s in p]
    ctxs, k = [], 0
    for p in paras:
        for j, s in enumerate(p):
            ctxs.append(
                Context(
                    text=s,
                    prev=flat[k - 1] if k else "",
                    next=flat[k + 1] if k + 1 < len(flat) else "",
                    para=tuple(t for i, t in enumerate(p) if i != j),
                    alone=len(p) == 1,
                    first=k == 0,
                    para_pos=j,
                )
            )
            k += 1
    ctxs = list(dict.fromkeys(ctxs))
    feats = F.Featuriser(lexicon, large=True)
    got = feats.fit_transform([c.text for c in ctxs], ctxs)
    width = len(lexicon.context_names)
    want = np.asarray([reference_context(c, lexicon) for c in ctxs], dtype=np.float32)
    assert np.array_equal(got.x[:, -width:].toarray(), want)
    dense = np.asarray([reference_row(c.text, lexicon).dense for c in ctxs])
    n_dense = len(lexicon.dense_names)
    assert np.array_equal(got.x[:, -width - n_dense : -width].toarray(), dense)
    assert got.norms == [T.normalise(c.text) for c in ctxs]
    monkeypatch.setattr(F, "FEATURE_CHUNK", 10**9)
    whole = F.Featuriser(lexicon, large=True).fit_transform([c.text for c in ctxs], ctxs).x
    for a in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(got.x, a), getattr(whole, a)), a


@pytest.mark.parametrize("large", [True, False])
def test_fitting_rows_equal_the_rows_of_a_fitted_featuriser(
    lexicon: F.Lexicon, large: bool
) -> None:
    """``fit_transform`` reuses the word rows fitting weighed (counting the training texts
    once): they are the rows ``transform`` gives the same contexts after ``fit``, number
    for number, also for contexts whose neighbours were not fitted on."""
    paras = _sentences()[:300]
    flat = [s for p in paras for s in p]
    ctxs = [
        Context(text=s, prev=flat[k - 1] if k else "", next=flat[(k + 1) % len(flat)])
        for k, s in enumerate(flat)
    ]
    texts = flat[: len(flat) * 2 // 3] * 2  # repeats: small mode counts them
    ctxs = list(dict.fromkeys(c for c in ctxs if c.text in set(texts)))
    assert any(c.next not in texts for c in ctxs)  # neighbours never fitted on
    got = F.Featuriser(lexicon, large=large).fit_transform(texts, ctxs).x
    want = F.Featuriser(lexicon, large=large).fit(texts).transform(ctxs).x
    for a in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(got, a), getattr(want, a)), a


def test_suggest_all_reports_progress_up_to_done(tmp_path: Path) -> None:
    """Long work says what it is doing: stages in order, fractions rising to 1."""
    from argmap import suggest as S
    from argmap.project import Project
    from bench import distinct

    distinct.ensure(tmp_path / "p", 6, per_source=30, long_source=40)
    project = Project.open(tmp_path / "p")
    S._CACHE.clear()
    heard: list[tuple[str, float]] = []
    got = S.suggest_all(project, progress=lambda what, done: heard.append((what, done)))
    assert got
    fractions = [d for _, d in heard]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    stages = [w.split(":")[0].split(" ")[0] for w, _ in heard]
    for stage in ("collecting", "reading", "fitting", "suggesting", "done"):
        assert stage in stages, stage
    # the same suggestions as without a listener
    S._CACHE.clear()
    assert [g.to_json() for g in S.suggest_all(project)] == [g.to_json() for g in got]


def test_suggest_all_order_is_by_source_then_claim_whatever_the_prediction_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``suggest_all`` predicting in small groups (many of them) gives the same suggestions,
    number for number and in the same order, as in one group; the order is by source, then
    strongest claim first, then text order."""
    from argmap import suggest as S
    from argmap.project import Project
    from argmap.suggest import suggestions
    from bench import distinct

    distinct.ensure(tmp_path / "p", 8, per_source=30, long_source=60)
    project = Project.open(tmp_path / "p")
    got = {}
    for chunk in (10**9, 45):
        monkeypatch.setattr(suggestions, "PREDICT_CHUNK", chunk)
        S._CACHE.clear()
        got[chunk] = S.suggest_all(project)
    whole = got[10**9]
    assert len(whole) > 4 * 45
    assert [g.to_json() for g in got[45]] == [g.to_json() for g in whole]
    keys = [(g.source, -g.claim, g.start) for g in whole]
    assert keys == sorted(keys) and len({g.source for g in whole}) > 1


def test_terminal_progress_waits_then_rewrites_one_line() -> None:
    import io

    from argmap.commands.suggest import TerminalProgress

    out = io.StringIO()
    quiet = TerminalProgress(out, after=3600)
    quiet("fitting the models", 0.5)
    quiet.close()
    assert out.getvalue() == ""
    shown = TerminalProgress(out, after=0)
    shown("fitting the models", 0.5)
    shown("done", 1.0)
    shown.close()
    assert out.getvalue() == (
        "\r\x1b[Ksuggest: fitting the models (50 %)\r\x1b[Ksuggest: done (100 %)\r\x1b[K"
    )


def test_paused_collector_resumes_and_still_collects_cycles() -> None:
    """After ``paused_gc`` the collector runs again and a cycle made while it was paused is
    collected (its objects were moved to the oldest generation, not frozen); a program's
    own frozen objects stay frozen."""
    import gc
    import weakref

    class Node:
        pass

    assert gc.isenabled()
    with F.paused_gc():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        gone = weakref.ref(a)
        del a, b
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone() is None
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with F.paused_gc():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_postings_and_take_equal_the_texts_words(texts: list[str]) -> None:
    """``Tokens.postings`` lists each text holding a word once, in order; ``take`` of every
    text in order is the same words (the tokens themselves), of some texts theirs."""
    norms = T.normalise_many(texts)
    tokens = tokenise(norms)
    words = [tokens.index[w] for w in ("the", "europe", "nato", "usa")] + [0, 0]
    post = tokens.postings(words)
    for w in words:
        want = [i for i, t in enumerate(norms) if tokens.vocab[w] in re.findall(r"\w+", t)]
        assert post[w].tolist() == want
    assert tokens.take(range(len(norms))) is tokens
    some = tokens.take([3, 1, 1])
    assert [[some.vocab[i] for i in some.ids[some.doc == k]] for k in range(3)] == [
        re.findall(r"\w+", norms[i]) for i in (3, 1, 1)
    ]


def test_stacked_rows_equal_scipys_vstack() -> None:
    """The feature matrix's chunks joined while they are freed are ``sparse.vstack``'s
    matrix: the same numbers, index type and class."""
    from scipy import sparse

    rng = np.random.default_rng(0)
    blocks = [
        sparse.random(n, 40, density=0.2, format="csr", dtype=np.float32, random_state=rng)
        for n in (5, 0, 17, 1)
    ]
    blocks = [sparse.csr_matrix(b) for b in blocks]
    want = sparse.vstack(blocks, format="csr")
    parts = list(blocks)
    got = F._stacked(parts)
    assert not parts  # emptied as copied
    assert type(got) is type(want) and got.shape == want.shape
    for a in ("indptr", "indices", "data"):
        assert getattr(got, a).dtype == getattr(want, a).dtype, a
        assert np.array_equal(getattr(got, a), getattr(want, a)), a


@pytest.mark.parametrize("chunk", [1 << 18, 7])
def test_exact_functions_equal_pythons_math(chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """``_exact`` gives ``math``'s own numbers, however many values it takes at a time,
    and keeps the sign of a zero where -0.0 and 0.0 both occur."""
    monkeypatch.setattr(F, "EXACT_CHUNK", chunk)
    rng = np.random.default_rng(1)
    values = np.round(rng.random((50, 3)) * 4, 1)
    counts = rng.integers(0, 40, (50, 3)).astype(float)  # whole numbers: looked up
    beyond = np.array([[2.0, float(F.EXACT_TABLE)], [np.inf, 1.0], [np.nan, 0.0]])
    for fn in (math.log1p, math.exp):
        for arr in (values, counts, beyond[:, :1] if fn is math.exp else beyond):
            got = F._exact(fn, arr)
            assert got.shape == arr.shape
            want = [[fn(v) for v in row] for row in arr.tolist()]
            assert np.array_equal(got, np.asarray(want), equal_nan=True)
    zeros = np.array([[0.0, -0.0], [1.0, -0.0]])
    want = F._exact(math.sin, zeros)
    monkeypatch.setattr(F, "EXACT_CHUNK", 1 << 18)
    assert np.array_equal(np.signbit(want), np.signbit(F._exact(math.sin, zeros)))


def test_probs_read_back_the_probabilities_they_were_made_from() -> None:
    """A suggestion's probabilities, packed in ``Probs``, read back as the same mapping:
    the same labels in order, the same doubles to the last bit, and an unknown label is
    missing (``get`` gives the default)."""
    from argmap.suggest.suggestions import Probs

    given = {"pro": 0.1 + 0.2, "against": 1 / 3, "hedged": 0.0, "mixed": 1e-300}
    probs = Probs(given)
    assert list(probs) == list(given) and len(probs) == 4
    assert dict(probs) == given
    assert all(probs[k].hex() == v.hex() for k, v in given.items())
    assert probs.get("unknown", -1.0) == -1.0
    with pytest.raises(KeyError):
        probs["unknown"]
    assert dict(Probs({})) == {}


def test_the_pattern_leans_read_once_equal_those_read_alone() -> None:
    """Fitting learns the patterns' leans from its own reading of the texts
    (``Featuriser.fit_transform(units=...)``): the leans are those the units give read
    on their own, and the features those of a featuriser given the learnt leans."""
    from argmap.project import Project
    from argmap.suggest import data as D

    project = Project.open(REPO)
    items = D.examples(project)
    lexicon = F.build_lexicon(project.codebook)
    units = [e for e in items if e.unit and e.stance]
    args = ([e.text for e in units], [e.stance or "" for e in units], [1.0] * len(units))
    ctxs = list(dict.fromkeys(e.ctx for e in items))
    texts = [e.text for e in items]
    feats = F.Featuriser(lexicon)
    got = feats.fit_transform(texts, ctxs, args)
    alone = F.learn_pattern_leans(lexicon, *args)
    assert alone.pattern_lean and feats.lexicon.pattern_lean == alone.pattern_lean
    want = F.Featuriser(alone).fit_transform(texts, ctxs)
    assert (got.x != want.x).nnz == 0
    assert np.array_equal(got.stance_prior, want.stance_prior)


def test_longest_first_finds_what_the_sorted_alternation_finds(
    lexicon: F.Lexicon, texts: list[str]
) -> None:
    """``text.longest_first`` (the words as a tree of characters) finds, with ``findall``,
    exactly what ``w1|w2|...`` sorted longest first finds: words that are prefixes of
    others, phrases, a longest word that fails the word boundary after it, and the cues
    of every group and of the seeds' codebook on every seed sentence."""
    import random

    rng = random.Random(7)
    letters = "ab -'"
    for _ in range(300):
        words = {"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(8)}
        words = sorted(w for w in words if w.strip())
        text = "".join(rng.choice(letters) for _ in range(60))
        for wrap in (r"\b({})\b", r"(?:{})", r"\b(?:{})"):
            plain = re.compile(wrap.format("|".join(map(re.escape, sorted(words, key=len)[::-1]))))
            tree = re.compile(wrap.format(T.longest_first(words)))
            assert tree.findall(text) == plain.findall(text), (words, text, wrap)
    phrases = [lexicon.cues, *(words for _, words in cues.GROUPS)]
    norms = [T.normalise(t) for t in texts]
    for words in phrases:
        words = [w for w in words if w]
        plain = re.compile(r"\b(" + "|".join(map(re.escape, sorted(words, key=len)[::-1])) + r")\b")
        tree = re.compile(r"\b(" + T.longest_first(words) + r")\b")
        assert [tree.findall(n) for n in norms] == [plain.findall(n) for n in norms]


@pytest.mark.parametrize("paired", [True, False])
def test_texts_without_a_known_ngram_count_nothing(
    paired: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts none of whose n-grams was fitted (a neighbour's words only) give empty rows,
    as scikit-learn's do; a source whose context was all such texts made ``argmap suggest``
    fail with an IndexError."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from argmap.suggest import vectors

    if not paired:
        monkeypatch.setattr(vectors, "PAIR_KEY_LIMIT", 0)
    kw = {"preprocessor": identity, "ngram_range": (1, 2), "token_pattern": r"(?u)\b\w\w+\b"}
    fit = ["nato spending rises", "europe builds its own defence"]
    new = ["zebras quietly graze", "", "unheard-of words only"]
    slow, fast = TfidfVectorizer(**kw).fit(fit), NgramTfidf(**kw).fit(tokenise(fit))
    for texts in (new, [*new, fit[0]]):
        want, got = slow.transform(texts), fast.transform(tokenise(texts))
        assert got.shape == want.shape
        assert np.array_equal(got.indptr, want.indptr)
        assert np.array_equal(got.data, want.data)


def test_suggestions_let_go_of_the_texts_they_read_and_keep_their_rows(tmp_path: Path) -> None:
    """``suggest_all`` reads every source's text to split it, then holds only its rows
    and contexts (the texts of 1,000 sources were 41 MB); a text read before is kept, and
    a text let go reads again the same, with the same rows and contexts."""
    from argmap import suggest as S
    from argmap.project import Project
    from argmap.suggest import data as D
    from bench import distinct

    distinct.ensure(tmp_path / "p", 6, per_source=30, long_source=40)
    for f in (tmp_path / "p").rglob("*"):  # written long enough ago for the load cache
        os.utime(f, (f.stat().st_mtime - 60,) * 2)
    Project.open(tmp_path / "p")  # its load cache filled: texts are read when needed
    project = Project.open(tmp_path / "p")
    docs = [project.sources[s] for s in sorted(project.sources)]
    assert not any(d.text_loaded for d in docs)
    held = docs[0].text
    S._CACHE.clear()
    first = [g.to_json() for g in S.suggest_all(project)]
    assert docs[0].text is held
    assert not any(d.text_loaded for d in docs[1:])
    rows, ctxs = docs[1].sentence_rows, D.doc_contexts(docs[1])
    assert not docs[1].text_loaded  # made once, kept without the text
    S._CACHE.clear()
    assert [g.to_json() for g in S.suggest_all(project)] == first
    assert docs[1].text == docs[1].path.read_text(encoding="utf-8")
    assert docs[1].sentence_rows == rows and D.doc_contexts(docs[1]) == ctxs


def test_predicting_with_release_forgets_the_rows_and_computes_them_again_alike(
    tmp_path: Path,
) -> None:
    """``suggest_all`` lets go of the remembered training rows as it predicts them
    (``release``): those contexts are no longer known (their texts are let go), and
    predicting them again computes their rows afresh, to the same predictions."""
    from argmap import suggest as S
    from argmap.project import Project
    from argmap.suggest import data as D
    from argmap.suggest import models as M
    from bench import distinct

    distinct.ensure(tmp_path / "p", 6, per_source=30, long_source=40)
    project = Project.open(tmp_path / "p")
    S._CACHE.clear()
    models = S.models_for(project)
    feats = models.features
    assert feats is not None
    ctxs = [c for rows in D.reading(project, None).values() for _, c, _, _ in rows][:60]
    assert all(c in feats._known for c in ctxs)
    kept = M.predict(models, ctxs)
    assert all(c in feats._known for c in ctxs)  # without release: still remembered
    got = M.predict(models, ctxs, release=True)
    assert not any(c in feats._known for c in ctxs) and feats._known  # the others stay
    assert got == kept
    assert M.predict(models, ctxs) == kept  # computed afresh: the same


def test_reasons_are_the_same_however_far_a_row_is_read_ahead(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``_explain_all`` turns only the first ``EXPLAIN_AHEAD`` entries of a row into Python
    numbers, and the rest of a row only when it needs them: the reasons of every
    suggestion are the same with one entry read ahead (nearly every row reads on) as with
    all of them; and each suggestion holds its questions and reasons as tuples (not a
    list of each: 18 MB of the 91,000 suggestions of 1,000 sources)."""
    from argmap import suggest as S
    from argmap.project import Project
    from argmap.suggest import models as M
    from bench import distinct

    distinct.ensure(tmp_path / "p", 4, per_source=30, long_source=40)
    project = Project.open(tmp_path / "p")
    got = {}
    for ahead in (1, 10**9):
        monkeypatch.setattr(M, "EXPLAIN_AHEAD", ahead)
        S._CACHE.clear()
        got[ahead] = S.suggest_all(project)
    assert [g.to_json() for g in got[1]] == [g.to_json() for g in got[10**9]]
    assert sum(len(g.top_features) > 1 for g in got[1]) > len(got[1]) // 2  # rows read on
    assert all(type(g.questions) is tuple and type(g.top_features) is tuple for g in got[1])


def test_word_leans_are_the_same_whatever_the_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_word_leans`` computes its cross-fitted leans ``LEAN_CHUNK`` (source, n-gram)
    pairs at a time, its counts held as int32 and its distinct pairs found by one sort: the
    leans are the same, number for number, however many pairs are taken at once."""
    from scipy import sparse

    from argmap.suggest import models as M

    rng = np.random.default_rng(3)
    n, n_w = 60, 25
    b = sparse.csr_matrix((rng.random((n, n_w)) < 0.2).astype(np.float32))
    ys = rng.integers(-1, 3, n)
    sources = [f"s{i % 7}" for i in range(n)]
    got = []
    for chunk in (1, 5, 1 << 14):
        monkeypatch.setattr(M, "LEAN_CHUNK", chunk)
        models = M.Models(None, ("a", "b", "c"), ())  # type: ignore[arg-type]
        models.n_word = n_w
        got.append((M._word_leans(models, b, ys, sources), models.word_lean))
    for out, lean in got[1:]:
        assert np.array_equal(out, got[0][0]) and np.array_equal(lean, got[0][1])
    assert np.abs(got[0][0]).sum() > 0


def test_white_space_becomes_single_spaces_as_the_reference_has_it() -> None:
    odd = [" a", "a ", "a  b", "a\tb", "a\nb", "a\u2028b", "a\u3000b", "a\xa0b", "a\x1cb"]
    odd += ["a\x85b", "", " ", "a b", "Europe  must act. ", "\u2014 it can"]
    assert T.normalise_many(odd) == [reference_normalise(t) for t in odd]
    # what lets a printable text skip the splitting: every white space but the space is not
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " "]
    assert len(spaces) > 20 and not any(c.isprintable() for c in spaces)


def test_count_matrix_parts_are_the_same_with_32_and_64_bit_keys() -> None:
    from argmap.suggest.vectors import _csr_parts

    rng = np.random.default_rng(7)
    docs = np.sort(rng.integers(0, 3000, 40_000)).astype(np.int32)
    cols = rng.integers(0, 900, 40_000)
    chunks = [(0, 1000), (1000, 2500), (2500, 3000)]

    def parts() -> list[tuple[int, int, np.ndarray, np.ndarray]]:
        out = []
        for d0, d1 in chunks:
            mine = (docs >= d0) & (docs < d1)
            out.append((d0, d1, docs[mine], cols[mine]))
        return out

    narrow = _csr_parts(iter(parts()), 3000, 900)  # keys of 32 bits
    wide = _csr_parts(iter(parts()), 3000, 2**23)  # 1,500 x 2**23 > 2**32: keys of 64 bits
    for a, b in zip(narrow, wide, strict=True):
        assert np.array_equal(a, b)
    counts = np.zeros((3000, 900), dtype=np.int64)
    np.add.at(counts, (docs, cols), 1)
    data, indices, indptr = narrow
    for r in (0, 999, 1000, 2999):
        row = indices[indptr[r] : indptr[r + 1]]
        assert list(row) == sorted(np.flatnonzero(counts[r]))
        assert list(data[indptr[r] : indptr[r + 1]]) == list(counts[r][row])
