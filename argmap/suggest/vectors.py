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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from numbers import Integral
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfTransformer, TfidfVectorizer

#: scikit-learn's default token pattern: words of two or more word characters.
TOKEN_PATTERN = r"(?u)\b\w\w+\b"
_SEP = "\x00"
_WORD_OR_SEP = re.compile(r"\w+|\x00")
_WORD = re.compile(r"\w+")
#: Texts tokenised per pass (bounds the memory of the word strings in flight, and how long
#: one pass holds the interpreter: its ``findall`` and id lookups are single C calls, and
#: at 16,384 texts each held the reader's keys for ~0.2 s while it fitted in the background;
#: 2,048 costs no more time).
CHUNK = 2048
#: Texts whose n-grams are counted per step (bounds the memory of the arrays in flight; at
#: 8,192 more of them stay below ``features.MMAP_THRESHOLD`` and in the heap: 0-28 MB more
#: at the peak of ``suggest_all``, 1,000 sources).
DOC_CHUNK = 16384
#: An n-gram's code times ``DOC_CHUNK`` below this: (code, text) pairs are sorted as one
#: 64-bit number (else the n-grams are looked up among the distinct ones, slower).
PAIR_KEY_LIMIT = 2**63
#: Entries of a count matrix per step of its document frequency (``document_frequency``).
DF_CHUNK = 1 << 20


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
        # each (word, text) once: a text repeated within a word's run is dropped
        first = np.ones(len(ids), dtype=bool)
        first[1:] = (ids[1:] != ids[:-1]) | (doc[1:] != doc[:-1])
        ids, doc = ids[first], doc[first]
        w = np.asarray(words, dtype=np.int64)
        bounds = np.searchsorted(ids, np.concatenate((w, w + 1))).tolist()
        k = len(w)
        return {
            int(word): doc[lo:hi]
            for word, lo, hi in zip(w.tolist(), bounds[:k], bounds[k:], strict=True)
        }

    def counts(self, flag: Any) -> Any:
        """Per text, how many of its words have ``flag[word id]`` set."""
        if not len(self.ids):
            return np.zeros(self.n_docs, dtype=np.int64)
        return np.bincount(self.doc[flag[self.ids]], minlength=self.n_docs)

    def take(self, docs: Sequence[int] | Any) -> Tokens:
        """The words of the texts ``docs`` (indices, repeats allowed), as texts 0, 1, ..."""
        docs = np.asarray(docs, dtype=np.int64)
        if len(docs) == self.n_docs and np.array_equal(docs, np.arange(self.n_docs)):
            return self  # every text in order (fitting on all of them): no copy
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


def distinct(a: Any) -> Any:
    """``np.unique(a)`` by sorting: numpy 2's hashing ``unique`` takes 0.7 s for a million
    mostly distinct integers, sorting 0.01 s."""
    a = np.sort(a)
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if len(a) else a


def _piece(ids: Any, doc: Any, long: Any, a: int, b: int) -> tuple[Any, Any]:
    """The words ``a:b`` of ``ids``/``doc`` without those ``long`` (per word id) leaves out
    (None: every word). Taken per chunk: a filtered copy of every word of every text was
    held for the whole counting (24 MB at 1,000 sources)."""
    i, d = ids[a:b], doc[a:b]
    if long is None:
        return i, d
    keep = long[i]
    return i[keep], d[keep]


def _chunks(doc: Any, n_docs: int) -> list[tuple[int, int, int, int]]:
    """(first text, end text, first word, end word) of ``DOC_CHUNK`` texts at a time."""
    out = []
    for d0 in range(0, n_docs, DOC_CHUNK):
        d1 = min(d0 + DOC_CHUNK, n_docs)
        lo, hi = np.searchsorted(doc, [d0, d1])
        out.append((d0, d1, int(lo), int(hi)))
    return out


def _csr_parts(
    parts: Iterator[tuple[int, int, Any, Any]], n_docs: int, n_cols: int, dtype: Any = np.intc
) -> tuple[Any, Any, Any]:
    """(data, indices, indptr) of the count matrix of ``parts``: per chunk of texts
    ``d0..d1``, the text and column of every n-gram occurrence in it (columns sorted
    within each row, repeats summed, as ``coo -> csr`` and ``sort_indices`` give them), the
    counts in ``dtype`` (the matrix's own: no converted copy)."""
    width = max(n_cols, 1)
    small = np.int32 if n_cols <= np.iinfo(np.int32).max else np.int64
    data, indices, lens = [], [], []
    for d0, d1, docs, cols in parts:
        if (d1 - d0) * width <= np.iinfo(np.uint32).max:
            # 32-bit keys where they fit (a chunk of 16,384 texts under 262,144 columns):
            # sorted in half the memory and ~40% less time than 64-bit ones
            key = (docs - d0).astype(np.uint32)
            key *= np.uint32(width)
            key += cols.astype(np.uint32)
            key.sort()
        else:
            key = np.sort((docs.astype(np.int64) - d0) * width + cols)
        # the first of each run of equal keys (none in a chunk without a known n-gram)
        first = np.flatnonzero(np.concatenate(([len(key) > 0], key[1:] != key[:-1])))
        data.append(np.diff(np.append(first, len(key))).astype(dtype))
        key = key[first]
        rows = key // width
        indices.append((key - rows * width).astype(small))
        lens.append(np.bincount(rows, minlength=d1 - d0))
    indptr = np.zeros(n_docs + 1, dtype=np.int64)
    if lens:
        np.cumsum(np.concatenate(lens), out=indptr[1:])
    return _joined(data, dtype), _joined(indices, small), indptr


def _joined(blocks: list[Any], dtype: Any) -> Any:
    """``np.concatenate(blocks)``, emptying ``blocks`` as it copies them: a block's memory
    goes back as the result's pages are first written, so the two are not held at once."""
    out = np.empty(sum(len(b) for b in blocks), dtype=dtype)
    at = 0
    blocks.reverse()
    while blocks:
        b = blocks.pop()
        out[at : at + len(b)] = b
        at += len(b)
    return out


def _sorted_rows(x: Any) -> Any:
    """``x`` (csr) with the columns of each row in order (its indices may have been
    renumbered in place, so the matrix's own flag is not trusted)."""
    if isinstance(x, tuple):  # scikit-learn versions whose _limit_features also returns stop words
        return (_sorted_rows(x[0]), *x[1:])
    x.has_sorted_indices = False
    x.sort_indices()
    return x


def document_frequency(x: Any) -> Any:
    """The number of rows each column of the CSR matrix ``x`` occurs in (int64), as
    scikit-learn's ``np.bincount(x.indices)`` counts it, ``DF_CHUNK`` entries at a time:
    bincount copies the whole of its input to int64 first (45 MB when fitting 1,000
    sources, at the peak of ``suggest_all``)."""
    n = x.shape[1]
    df = np.zeros(n, dtype=np.int64)
    indices = x.indices
    for lo in range(0, len(indices), DF_CHUNK):
        df += np.bincount(indices[lo : lo + DF_CHUNK], minlength=n)
    return df


class _Idf(TfidfTransformer):
    """``TfidfTransformer`` whose fit counts the document frequency of a CSR matrix in
    chunks (``document_frequency``); the same idf, number for number."""

    def fit(self, X: Any, y: Any = None) -> _Idf:
        from scipy import sparse
        from sklearn.utils.validation import validate_data

        if not (self.use_idf and sparse.issparse(X) and X.format == "csr"):
            return super().fit(X, y)
        X = validate_data(self, X, accept_sparse=("csr", "csc"))  # n_features_in_
        dtype = X.dtype if X.dtype in (np.float64, np.float32) else np.float64
        # scikit-learn's arithmetic, step for step
        n_samples = X.shape[0]
        df = document_frequency(X).astype(dtype, copy=False)
        df += float(self.smooth_idf)
        n_samples += int(self.smooth_idf)
        self.idf_ = np.full_like(df, fill_value=n_samples, dtype=dtype)
        self.idf_ /= df
        np.log(self.idf_, out=self.idf_)
        self.idf_ += 1.0
        return self


def _term_list(vocab: list[str], grams: list[tuple[int, Any, int]]) -> list[str]:
    """The n-grams' strings (words joined by a space), by n and then by code."""
    terms: list[str] = []
    for n, codes, base in grams:
        parts = []
        rest = codes
        for _ in range(n):
            parts.append(rest % base)
            rest = rest // base
        words = [[vocab[i] for i in p.tolist()] for p in reversed(parts)]
        terms += [" ".join(t) for t in zip(*words, strict=True)] if n > 1 else words[0]
    return terms


def _find(codes: Any, code: Any) -> tuple[Any, Any]:
    """Where each of ``code`` is in the sorted ``codes``, and whether it is there at all."""
    pos = np.searchsorted(codes, code)
    if not len(codes):
        return pos, np.zeros(len(code), dtype=bool)
    pos[pos >= len(codes)] = 0
    return pos, codes[pos] == code


def _codes_and_df(
    ids: Any,
    doc: Any,
    chunks: list[tuple[int, int, int, int]],
    n: int,
    base: int,
    long: Any = None,
) -> tuple[Any, Any]:
    """The distinct codes of the n-grams of the texts (sorted) and in how many texts each
    occurs, from sorting each chunk's (code, text) pairs as one number: code x chunk size
    + text (``PAIR_KEY_LIMIT`` keeps it in 64 bits; ``long``: see ``_piece``)."""
    codes, counts = [], []
    for d0, d1, a, b in chunks:
        d, code, _ = _grams(*_piece(ids, doc, long, a, b), n, base)
        span = d1 - d0
        key = distinct(code * span + (d - d0))
        del d, code
        code = key // span
        del key
        if not len(code):
            continue
        start = np.flatnonzero(np.concatenate(([True], code[1:] != code[:-1])))
        codes.append(code[start])
        counts.append(np.diff(np.append(start, len(code))))
    return _merged(codes, counts)


def _codes_and_df_searched(
    ids: Any,
    doc: Any,
    chunks: list[tuple[int, int, int, int]],
    n: int,
    base: int,
    long: Any = None,
) -> tuple[Any, Any]:
    """``_codes_and_df`` for codes too large to be paired with a text in 64 bits: the
    distinct codes first, then each chunk's n-grams looked up among them."""
    seen = [distinct(_grams(*_piece(ids, doc, long, a, b), n, base)[1]) for *_, a, b in chunks]
    uniq = distinct(np.concatenate(seen)) if seen else np.zeros(0, dtype=np.int64)
    del seen
    df = np.zeros(len(uniq), dtype=np.int64)
    for d0, _, a, b in chunks:
        d, code, _ = _grams(*_piece(ids, doc, long, a, b), n, base)
        col = np.searchsorted(uniq, code)
        pairs = distinct((d.astype(np.int64) - d0) * max(len(uniq), 1) + col)
        df += np.bincount(pairs % max(len(uniq), 1), minlength=len(uniq))
    return uniq, df


def _merged(codes: list[Any], counts: list[Any]) -> tuple[Any, Any]:
    """The distinct codes of several sorted lists, and the sum of their counts."""
    if not codes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if len(codes) == 1:
        return codes[0], counts[0]
    code = np.concatenate(codes)
    count = np.concatenate(counts)
    order = np.argsort(code, kind="stable")
    code, count = code[order], count[order]
    start = np.flatnonzero(np.concatenate(([True], code[1:] != code[:-1])))
    return code[start], np.add.reduceat(count, start)


class NgramTfidf(TfidfVectorizer):
    """``TfidfVectorizer`` whose word n-gram counting is vectorised (see the module doc).

    Takes a list of texts or a ``Tokens`` of them; the fast counting applies to word
    n-grams with the default token pattern, no stop words and ``identity`` as the
    preprocessor, and otherwise scikit-learn counts.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        # the idf transformer ``fit`` makes counts its document frequency in chunks
        if name == "_tfidf" and type(value) is TfidfTransformer:
            value = _Idf(**value.get_params())
        super().__setattr__(name, value)

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
        # the token pattern's words: two or more characters (one-letter words are left out
        # chunk by chunk, ``_piece``)
        long = np.fromiter(map(len, tokens.vocab), dtype=np.int64, count=len(tokens.vocab)) >= 2
        if long.all():
            long = None
        ids, doc = tokens.ids, tokens.doc
        if fixed_vocab:
            return self.vocabulary_, self._fixed_counts(tokens.vocab, ids, doc, tokens.n_docs, long)
        return self._new_counts(tokens.vocab, ids, doc, tokens.n_docs, long)

    # ``fit_transform``'s count matrix is weighed as it comes out of these two steps: with
    # its columns sorted in each row, it is exactly the matrix ``transform`` counts for the
    # same texts, so the TF-IDF rows of the fitted texts are ``transform``'s, number for
    # number, and need not be counted again (``Featuriser.fit_transform``).
    def _sort_features(self, X: Any, vocabulary: dict[str, int]) -> Any:
        if getattr(self, "_presorted", None) is vocabulary:
            # ``_new_counts`` numbered the n-grams in the order of their strings already
            self._presorted = None
            return X
        return _sorted_rows(super()._sort_features(X, vocabulary))

    def _limit_features(
        self, X: Any, vocabulary: Any, high: Any = None, low: Any = None, limit: Any = None
    ) -> Any:
        # nothing to cut (``_new_counts`` cut the n-grams under min_df already): X itself,
        # not a copy of all its columns
        if limit is None and X.shape[1] and (high is not None or low is not None):
            df = document_frequency(X)
            if (high is None or df.max() <= high) and (low is None or df.min() >= low):
                return _sorted_rows(X)
        return _sorted_rows(super()._limit_features(X, vocabulary, high, low, limit))

    def _min_count(self, n_docs: int) -> float:
        """The document count ``fit`` keeps an n-gram from (``min_df`` as scikit-learn
        reads it), or 1 where it also limits the features by count (then it cuts alone)."""
        if self.max_features is not None:
            return 1
        min_df = self.min_df
        return min_df if isinstance(min_df, Integral) else min_df * n_docs

    def _new_counts(
        self, vocab: list[str], ids: Any, doc: Any, n_docs: int, long: Any = None
    ) -> tuple[dict[str, int], Any]:
        """The vocabulary of every n-gram of the texts (``long``: the words kept, see
        ``_piece``; the n-grams in fewer than
        ``min_df`` texts cut before they are named: most n-grams of distinct text occur
        once) and the count matrix, ``DOC_CHUNK`` texts at a time.

        The kept n-grams are numbered in the order of their strings, which is the order
        ``_sort_features`` gives them, so that the matrix is built with its final columns
        (in order within each row) and needs no renumbering nor sorting afterwards.
        """
        lo, hi = self.ngram_range
        base = max(len(vocab), 1)
        if base**hi >= 2**62:
            raise OverflowError("vocabulary too large for n-gram codes")
        chunks = _chunks(doc, n_docs)
        by_pairs = base**hi * DOC_CHUNK < PAIR_KEY_LIMIT
        # per n: the distinct codes (sorted) and the texts each occurs in
        seen = {
            n: (_codes_and_df if by_pairs else _codes_and_df_searched)(
                ids, doc, chunks, n, base, long
            )
            for n in range(lo, hi + 1)
        }
        low = self._min_count(n_docs)
        grams = [(n, codes, base) for n, (codes, _) in seen.items()]
        if low > 1:
            kept = [(n, codes[df >= low], base) for n, (codes, df) in seen.items()]
            if any(len(codes) for _, codes, _ in kept):
                grams = kept  # else all are kept, and scikit-learn says that none remain
        del seen
        terms = _term_list(vocab, grams)
        # each kept n-gram's column: the place of its string among them all
        rank = np.empty(len(terms), dtype=np.int64)
        rank[np.asarray(sorted(range(len(terms)), key=terms.__getitem__), dtype=np.int64)] = (
            np.arange(len(terms))
        )
        offset = np.cumsum([0] + [len(codes) for _, codes, _ in grams])

        # a word's column as a table (the codes of single words are their ids)
        word_col = None
        if grams[0][0] == 1:
            word_col = np.full(base, -1, dtype=np.int64)
            word_col[grams[0][1]] = rank[: len(grams[0][1])]

        def parts() -> Iterator[tuple[int, int, Any, Any]]:
            for d0, d1, a, b in chunks:
                ids_c, doc_c = _piece(ids, doc, long, a, b)
                ds, cs = [], []
                for k, (n, codes, _) in enumerate(grams):
                    if n == 1 and word_col is not None:
                        c = word_col[ids_c]
                        hit = c >= 0
                        ds.append(doc_c[hit])
                        cs.append(c[hit])
                        continue
                    d, code, _ = _grams(ids_c, doc_c, n, base)
                    pos, hit = _find(codes, code)
                    ds.append(d[hit])
                    cs.append(rank[pos[hit] + offset[k]])
                yield d0, d1, np.concatenate(ds), np.concatenate(cs)

        x = self._matrix(_csr_parts(parts(), n_docs, len(terms), self.dtype), n_docs, len(terms))
        vocabulary = dict(zip(terms, rank.tolist(), strict=True))
        if not vocabulary:
            raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
        self._presorted = vocabulary
        return vocabulary, x

    def _fixed_counts(
        self, vocab: list[str], ids: Any, doc: Any, n_docs: int, long: Any = None
    ) -> Any:
        """The count matrix of the texts over the fitted vocabulary, ``DOC_CHUNK`` texts at
        a time (``long``: the words kept, see ``_piece``)."""
        table = self._vocab_table()
        words, codes = table["words"], table["codes"]
        wid = np.fromiter((words.get(t, -1) for t in vocab), dtype=np.int64, count=len(vocab))
        base = max(len(words), 1)
        lo, hi = self.ngram_range

        def parts() -> Iterator[tuple[int, int, Any, Any]]:
            for d0, d1, a, b in _chunks(doc, n_docs):
                ids_c, doc_c = _piece(ids, doc, long, a, b)
                v = wid[ids_c]
                mine = v >= 0
                ds, cs = [], []
                for n in range(lo, hi + 1):
                    sorted_codes, cols = codes[n]
                    d, code, start = _grams(v, doc_c, n, base)
                    ok = mine[start]
                    for k in range(1, n):
                        ok &= mine[start + k]
                    d, code = d[ok], code[ok]
                    pos = np.searchsorted(sorted_codes, code)
                    pos[pos >= len(sorted_codes)] = 0
                    hit = (
                        sorted_codes[pos] == code
                        if len(sorted_codes)
                        else np.zeros(len(code), dtype=bool)
                    )
                    ds.append(d[hit])
                    cs.append(cols[pos[hit]])
                yield d0, d1, np.concatenate(ds), np.concatenate(cs)

        n_cols = len(self.vocabulary_)
        return self._matrix(_csr_parts(parts(), n_docs, n_cols, self.dtype), n_docs, n_cols)

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

    def _matrix(self, parts: tuple[Any, Any, Any], n_docs: int, n_cols: int) -> Any:
        """The document-term count matrix from ``_csr_parts``, as scikit-learn builds it."""
        import scipy.sparse as sp

        data, indices, indptr = parts
        nnz = len(indices)
        idx_dtype = np.int32 if nnz <= np.iinfo(np.int32).max else np.int64
        x = sp.csr_array(
            (
                data.astype(self.dtype, copy=False),  # whole counts: exact in float32
                indices.astype(idx_dtype, copy=False),
                indptr.astype(idx_dtype, copy=False),
            ),
            shape=(n_docs, n_cols),
            dtype=self.dtype,
        )
        x.sort_indices()
        from sklearn.feature_extraction import text as sk_text

        align = getattr(sk_text, "_align_api_if_sparse", None)
        return align(x) if align is not None else sp.csr_matrix(x)
