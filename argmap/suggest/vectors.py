"""Step 4a: the words of many texts at once, and word n-gram counts built from them.

scikit-learn's ``CountVectorizer`` counts n-grams one document at a time in Python; on a
project of 100,000 distinct sentences that was a third of the featurising time. Here the
texts are tokenised in a few passes, every word becomes an integer id (``Tokens``), an
n-gram becomes a number made of its words' ids, and counting is a handful of numpy
operations. ``NgramTfidf`` is a ``TfidfVectorizer`` that counts so: the same parameters,
vocabulary and matrices as scikit-learn's (``tests/test_suggest_fast.py`` compares them),
falling back to scikit-learn's own counting for settings it does not cover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Integral
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

#: scikit-learn's default token pattern: words of two or more word characters.
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_SEP = "\x00"
_WORD_OR_SEP = re.compile(r"\w+|\x00")
_WORD = re.compile(r"\w+")
#: Texts tokenised per pass (bounds the memory of the word strings in flight).
CHUNK = 16384


def identity(text: str) -> str:
    """The preprocessor that leaves a text as it is (texts arrive normalised)."""
    return text


@dataclass
class Tokens:
    """The ``\\w+`` words of ``n_docs`` texts: ``ids[i]`` (an index into ``vocab``) is the
    i-th word in text order, and ``doc[i]`` the text it belongs to (non-decreasing)."""

    vocab: list[str]
    ids: Any  # int32 array
    doc: Any  # int32 array
    n_docs: int

    @property
    def index(self) -> dict[str, int]:
        """Word -> its id."""
        got = self.__dict__.get("_index")
        if got is None:
            got = self.__dict__["_index"] = {t: i for i, t in enumerate(self.vocab)}
        return got

    def postings(self, words: Sequence[int]) -> dict[int, Any]:
        """For each word id of ``words``: the texts it occurs in (sorted, distinct)."""
        if not len(words) or not len(self.ids):
            return {int(w): np.zeros(0, dtype=np.int32) for w in words}
        need = np.zeros(len(self.vocab), dtype=bool)
        need[np.asarray(words, dtype=np.int64)] = True
        sel = np.flatnonzero(need[self.ids])
        ids, doc = self.ids[sel], self.doc[sel]
        order = np.argsort(ids, kind="stable")  # texts stay in order within a word
        ids, doc = ids[order], doc[order]
        out = {}
        for w in words:
            lo, hi = np.searchsorted(ids, [w, w + 1])
            d = doc[lo:hi]
            out[int(w)] = d[np.concatenate(([True], d[1:] != d[:-1]))] if len(d) else d
        return out

    def counts(self, flag: Any) -> Any:
        """Per text, how many of its words have ``flag[word id]`` set."""
        if not len(self.ids):
            return np.zeros(self.n_docs, dtype=np.int64)
        return np.bincount(self.doc[flag[self.ids]], minlength=self.n_docs)

    def take(self, docs: Sequence[int] | Any) -> Tokens:
        """The words of the texts ``docs`` (indices, repeats allowed), as texts 0, 1, ..."""
        docs = np.asarray(docs, dtype=np.int64)
        starts = np.searchsorted(self.doc, np.arange(self.n_docs + 1))
        lens = (starts[1:] - starts[:-1])[docs]
        total = int(lens.sum())
        first = np.repeat(starts[:-1][docs] - np.concatenate(([0], np.cumsum(lens)[:-1])), lens)
        pos = np.arange(total, dtype=np.int64) + first
        return Tokens(
            self.vocab,
            self.ids[pos],
            np.repeat(np.arange(len(docs), dtype=np.int32), lens),
            len(docs),
        )


def tokenise(texts: Sequence[str]) -> Tokens:
    """The words (``\\w+``) of ``texts``, as ids into one vocabulary (first seen first)."""
    index: dict[str, int] = {}
    ids_parts: list[Any] = []
    doc_parts: list[Any] = []
    for lo in range(0, len(texts), CHUNK):
        chunk = texts[lo : lo + CHUNK]
        joined = _SEP.join(chunk)
        if joined.count(_SEP) == len(chunk) - 1:
            toks = _WORD_OR_SEP.findall(joined)
        else:  # a text holds the separator itself: one text at a time
            toks = []
            for k, text in enumerate(chunk):
                if k:
                    toks.append(_SEP)
                toks += _WORD.findall(text)
        for t in dict.fromkeys(toks):
            if t not in index and t != _SEP:
                index[t] = len(index)
        index[_SEP] = -1
        ids = np.fromiter(map(index.__getitem__, toks), dtype=np.int32, count=len(toks))
        del index[_SEP]
        sep = ids < 0
        doc = np.cumsum(sep, dtype=np.int32)
        keep = ~sep
        ids_parts.append(ids[keep])
        doc_parts.append(doc[keep] + lo)
    return Tokens(
        list(index),
        np.concatenate(ids_parts) if ids_parts else np.zeros(0, dtype=np.int32),
        np.concatenate(doc_parts).astype(np.int32) if doc_parts else np.zeros(0, dtype=np.int32),
        len(texts),
    )


def _grams(ids: Any, doc: Any, n: int, base: int) -> tuple[Any, Any, Any]:
    """(doc, code, first word's position) of every n-gram of consecutive words of one
    text; code = the n ids as digits in base ``base``."""
    if n == 1:
        return doc, ids.astype(np.int64), np.arange(len(ids))
    m = len(ids) - n + 1
    if m <= 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    start = np.flatnonzero(doc[:m] == doc[n - 1 :])
    code = ids[start].astype(np.int64)
    for k in range(1, n):
        code = code * base + ids[start + k]
    return doc[start], code, start


def _select(grams: list[tuple[int, Any, int]], kept: Any) -> list[tuple[int, Any, int]]:
    """``grams`` (per n: the codes of consecutive columns, and their base) restricted to the columns ``kept``
    (sorted)."""
    out = []
    at = 0
    for n, codes, base in grams:
        mine = kept[(kept >= at) & (kept < at + len(codes))] - at
        out.append((n, codes[mine], base))
        at += len(codes)
    return out


def _terms(vocab: list[str], grams: list[tuple[int, Any, int]]) -> dict[str, int]:
    """The n-grams' strings (words joined by a space), numbered in column order."""
    terms: list[str] = []
    for n, codes, base in grams:
        parts = []
        rest = codes
        for _ in range(n):
            parts.append(rest % base)
            rest = rest // base
        words = [[vocab[i] for i in p.tolist()] for p in reversed(parts)]
        terms += [" ".join(t) for t in zip(*words, strict=True)] if n > 1 else words[0]
    return dict(zip(terms, range(len(terms)), strict=True))


class NgramTfidf(TfidfVectorizer):
    """``TfidfVectorizer`` whose word n-gram counting is vectorised (see the module doc).

    Takes a list of texts or a ``Tokens`` of them; the fast counting applies to word
    n-grams with the default token pattern, no stop words and ``identity`` as the
    preprocessor, and otherwise scikit-learn counts.
    """

    def _fast(self) -> bool:
        lo, hi = self.ngram_range
        return (
            self.analyzer == "word"
            and self.tokenizer is None
            and self.preprocessor is identity
            and self.stop_words is None
            and self.token_pattern == TOKEN_PATTERN
            and self.input == "content"
            and 1 <= lo <= hi <= 3
        )

    def _count_vocab(self, raw_documents: Any, fixed_vocab: bool) -> Any:
        if not self._fast():
            if isinstance(raw_documents, Tokens):
                raise TypeError("pre-tokenised texts need the vectorised counting")
            return super()._count_vocab(raw_documents, fixed_vocab)
        tokens = raw_documents if isinstance(raw_documents, Tokens) else tokenise(raw_documents)
        long = np.fromiter(map(len, tokens.vocab), dtype=np.int64, count=len(tokens.vocab)) >= 2
        keep = long[tokens.ids] if len(tokens.ids) else np.zeros(0, dtype=bool)
        ids, doc = tokens.ids[keep], tokens.doc[keep]
        if fixed_vocab:
            docs, cols, n_cols, vocabulary = self._fixed_cols(tokens.vocab, ids, doc)
            return vocabulary, self._matrix(docs, cols, tokens.n_docs, n_cols)
        docs, cols, grams = self._new_cols(ids, doc, len(tokens.vocab))
        x = self._matrix(docs, cols, tokens.n_docs, sum(len(codes) for _, codes, _ in grams))
        low = self._min_count(tokens.n_docs)
        if low > 1 and x.shape[1]:
            # the n-grams too rare to keep (``_limit_features`` would cut them) are cut
            # here, before each gets its string: most n-grams of distinct text occur once
            kept = np.flatnonzero(np.bincount(x.indices, minlength=x.shape[1]) >= low)
            if len(kept):  # else all are kept, and scikit-learn says that none remain
                x = x[:, kept]
                grams = _select(grams, kept)
        vocabulary = _terms(tokens.vocab, grams)
        if not vocabulary:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        return vocabulary, x

    def _min_count(self, n_docs: int) -> float:
        """The document count ``fit`` keeps an n-gram from (``min_df`` as scikit-learn
        reads it), or 1 where it also limits the features by count (then it cuts alone)."""
        if self.max_features is not None:
            return 1
        min_df = self.min_df
        return min_df if isinstance(min_df, Integral) else min_df * n_docs

    def _new_cols(
        self, ids: Any, doc: Any, n_vocab: int
    ) -> tuple[Any, Any, list[tuple[int, Any, int]]]:
        """(doc, column) of every n-gram occurrence, and per n (n, the codes of its
        columns in column order, their base): columns numbered by n, then code."""
        lo, hi = self.ngram_range
        base = max(n_vocab, 1)
        if base**hi >= 2**62:
            raise OverflowError("vocabulary too large for n-gram codes")
        grams: list[tuple[int, Any, int]] = []
        docs_parts, cols_parts = [], []
        at = 0
        for n in range(lo, hi + 1):
            d, code, _ = _grams(ids, doc, n, base)
            if n == 1:  # word ids: which occur, numbered in id order
                present = np.bincount(code, minlength=base) > 0
                uniq = np.flatnonzero(present)
                inv = (np.cumsum(present) - 1)[code]
            else:
                uniq, inv = np.unique(code, return_inverse=True)
            docs_parts.append(d)
            cols_parts.append(inv.reshape(-1) + at)
            grams.append((n, uniq, base))
            at += len(uniq)
        return np.concatenate(docs_parts), np.concatenate(cols_parts), grams

    def _fixed_cols(self, vocab: list[str], ids: Any, doc: Any) -> tuple[Any, Any, int, dict]:
        table = self._vocab_table()
        words, codes = table["words"], table["codes"]
        wid = np.fromiter((words.get(t, -1) for t in vocab), dtype=np.int64, count=len(vocab))
        v = wid[ids] if len(ids) else np.zeros(0, dtype=np.int64)
        known = v >= 0
        base = max(len(words), 1)
        lo, hi = self.ngram_range
        docs_parts, cols_parts = [], []
        for n in range(lo, hi + 1):
            sorted_codes, cols = codes[n]
            d, code, start = _grams(v, doc, n, base)
            ok = known[start]
            for k in range(1, n):
                ok &= known[start + k]
            d, code = d[ok], code[ok]
            pos = np.searchsorted(sorted_codes, code)
            pos[pos >= len(sorted_codes)] = 0
            hit = sorted_codes[pos] == code if len(sorted_codes) else np.zeros(len(code), bool)
            docs_parts.append(d[hit])
            cols_parts.append(cols[pos[hit]])
        n_cols = len(self.vocabulary_)
        return np.concatenate(docs_parts), np.concatenate(cols_parts), n_cols, self.vocabulary_

    def _vocab_table(self) -> dict[str, Any]:
        """The fitted vocabulary as word ids and sorted n-gram codes (built once)."""
        cached = getattr(self, "_table", None)
        if cached is not None and cached[0] is self.vocabulary_:
            return cached[1]
        words: dict[str, int] = {}
        for term in self.vocabulary_:
            for w in term.split(" "):
                words.setdefault(w, len(words))
        base = max(len(words), 1)
        lo, hi = self.ngram_range
        by_n: dict[int, tuple[list[int], list[int]]] = {n: ([], []) for n in range(lo, hi + 1)}
        for term, col in self.vocabulary_.items():
            parts = term.split(" ")
            code = 0
            for w in parts:
                code = code * base + words[w]
            entry = by_n.get(len(parts))
            if entry is not None:
                entry[0].append(code)
                entry[1].append(int(col))
        codes = {}
        for n, (cs, cols) in by_n.items():
            c = np.asarray(cs, dtype=np.int64)
            order = np.argsort(c, kind="stable")
            codes[n] = (c[order], np.asarray(cols, dtype=np.int64)[order])
        table = {"words": words, "codes": codes}
        self._table = (self.vocabulary_, table)
        return table

    def _matrix(self, docs: Any, cols: Any, n_docs: int, n_cols: int) -> Any:
        """The document-term count matrix, as scikit-learn builds it (sorted indices)."""
        import scipy.sparse as sp

        # coo -> csr sums the repeated (text, term) pairs in C, rows sorted by term
        ones = np.ones(len(cols), dtype=np.intc)
        counts = sp.csr_array(
            (ones, (docs.astype(np.int64), cols.astype(np.int64))), shape=(n_docs, n_cols)
        )
        counts.sum_duplicates()
        idx_dtype = np.int32 if counts.nnz <= np.iinfo(np.int32).max else np.int64
        x = sp.csr_array(
            (
                counts.data.astype(np.intc),
                counts.indices.astype(idx_dtype),
                counts.indptr.astype(idx_dtype),
            ),
            shape=(n_docs, n_cols),
            dtype=self.dtype,
        )
        x.sort_indices()
        from sklearn.feature_extraction import text as sk_text

        align = getattr(sk_text, "_align_api_if_sparse", None)
        return align(x) if align is not None else sp.csr_matrix(x)
