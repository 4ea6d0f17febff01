"""The codebook's columns of each source's sentences, kept on disk between runs.

Every training featurises every sentence of the project with the codebook
(``features.codebook_rows``: hedge cues, keyword overlaps, debate-general cues, shape, the
codebook's stance and question priors), about 1 s of CPU at 1,000 sources. All of it is a
function of the sentence's reading (``features.read``, itself kept by ``readcache``) and
of the codebook, except the stance prior of a sentence where a stance pattern is found:
the patterns' leans are learnt from the annotations (``features.learn_pattern_leans``).
So the columns are kept per source in ``.argmap-cache/rows-v1/<source id>.bin`` (derived
data, safe to delete, git-ignored), beside the reading, and the next run computes only the
sentences of sources changed since and those with a stance pattern hit.

A file is used only if all of these are what they were when it was written: its format;
the code (``sourcecache.code_fingerprint``: every ``argmap.suggest`` module and shipped
model, argmap's, Python's, numpy's and scipy's versions; and scikit-learn's version and
the VADER lexicon, whose stop words and evaluation words the columns read); the codebook as
the features read it (every field of ``features.Lexicon`` but the learnt leans); and the
source's sentence texts in order (``readcache.texts_fingerprint``). The file's bytes carry
their own hash: a damaged or partial file is ignored and written again, never read. Files
of sources no longer in the project are deleted with the reading's (``prune``).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.suggest.features import Lexicon, Reading, Rows
    from argmap.suggest.readcache import ReadingCache

#: Where the files are, under the project's root.
CACHE_DIR = ".argmap-cache/rows-v1"
#: The layout of a file (changed with it).
FORMAT = 1


@cache
def code_fingerprint() -> str:
    """What names the code that computes the columns (see the module doc)."""
    import sklearn

    from argmap.suggest import sourcecache

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{sourcecache.code_fingerprint()}|{sklearn.__version__}|{FORMAT}".encode())
    try:
        from importlib.resources import files

        h.update((files("vaderSentiment") / "vader_lexicon.txt").read_bytes())
    except (ImportError, OSError):
        h.update(b"no VADER lexicon")
    return h.hexdigest()


def lexicon_fingerprint(lexicon: Lexicon) -> str:
    """What names the codebook as the columns read it: every field of ``lexicon`` but the
    learnt ``pattern_lean`` (a value whose text is not its content, such as an object's
    address, never matches again: its files are not served)."""
    from argmap.suggest.readcache import patterns_fingerprint

    parts = []
    for f in fields(lexicon):
        value = getattr(lexicon, f.name)
        if f.name == "pattern_lean":
            continue
        if f.name == "patterns":
            text = patterns_fingerprint(value)
        elif isinstance(value, re.Pattern):
            text = repr((value.pattern, value.flags))
        elif isinstance(value, (set, frozenset)):
            text = repr(sorted(value))
        else:
            text = repr(value)
        parts.append(f"{f.name}={text}")
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).hexdigest()


def codebook_rows(reading: Reading, lexicon: Lexicon) -> Rows:
    """``features.codebook_rows(reading.texts, lexicon, reading=reading)``: within
    ``readcache.using``, the columns of the sentences of sources whose file is sound read
    from it (but for the sentences with a stance pattern hit, whose stance prior follows
    the learnt leans), the others computed, and the files of stale sources written."""
    from argmap.suggest import features, readcache

    kept = readcache.active()
    if kept is None or not reading.texts:
        return features.codebook_rows(reading.texts, lexicon, reading=reading)
    return _Columns(kept, lexicon).rows(reading)


class _Columns:
    """The kept columns of ``cache``'s sources for ``lexicon``."""

    def __init__(self, cache: ReadingCache, lexicon: Lexicon) -> None:
        self.cache = cache
        self.folder = cache.folder.parent.parent / CACHE_DIR
        self.lexicon = lexicon
        self.key = lexicon_fingerprint(lexicon)
        self.widths = (
            len(lexicon.dense_names),
            len(lexicon.stance_ids),
            len(lexicon.question_ids),
        )

    def prune(self) -> None:
        """Delete the files of sources not in the project (as ``ReadingCache.prune``)."""
        known = self.cache.project_sources
        if known is None:
            return
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            sid, dot, ext = name.rpartition(".")
            if dot and ext == "bin" and sid not in known:
                try:
                    os.unlink(self.folder / name)
                except OSError:
                    continue

    def rows(self, reading: Reading) -> Rows:
        import numpy as np

        from argmap.suggest import features

        self.prune()
        n, pos = len(reading.texts), reading.pos
        columns: list[Any] = []  # dense, stance prior, question prior, ends, alone-like
        have = np.zeros(n, dtype=bool)
        stale = []
        for sid, texts in self.cache.sources.items():
            got = self._read(sid, texts)
            if got is None:
                stale.append(sid)
                continue
            at = [pos.get(t, -1) for t in texts]
            mine = [k for k, r in enumerate(at) if r >= 0]
            if not mine:
                continue
            if not columns:  # as the code that wrote the files made them (type and width)
                columns = [np.zeros((n, *a.shape[1:]), dtype=a.dtype) for a in got]
            rows = np.asarray([at[k] for k in mine], dtype=np.int64)
            for column, block in zip(columns, got, strict=True):
                column[rows] = block[mine]
            have[rows] = True
        if not columns:  # nothing kept (a first run): every row computed at once
            out = features.codebook_rows(reading.texts, self.lexicon, reading=reading)
            self._keep(stale, pos, out)
            return out
        dense, sprior, qprior, ends, alone = columns
        del columns
        # the stance prior of a sentence with a stance pattern follows the learnt leans
        need = np.flatnonzero(~have | reading.hits.stance.any(axis=1))
        if len(need):
            fresh = features.codebook_rows(
                [reading.texts[i] for i in need.tolist()],
                self.lexicon,
                reading=_part(reading, need),
            )
            dense[need] = fresh.dense
            sprior[need] = fresh.stance_prior
            qprior[need] = fresh.question_prior
            ends[need] = fresh.ends
            alone[need] = fresh.alone_like
            del fresh
        voice = reading.voice
        if voice is None:
            voice = features._voice_columns(reading.norms, reading.tokens)
        out = features.Rows(
            norms=reading.norms,
            dense=dense,
            stance_prior=sprior,
            question_prior=qprior,
            stance_hits=reading.hits.stance,
            found=reading.hits.found,
            ends=ends,
            alone_like=alone,
            tokens=reading.tokens,
            voice=voice,
        )
        self._keep(stale, pos, out)
        return out

    def _keep(self, stale: list[str], pos: dict[str, int], rows: Rows) -> None:
        """Write the files of the sources ``stale`` whose every text is among ``pos``."""
        import numpy as np

        for sid in stale:
            at = [pos.get(t, -1) for t in self.cache.sources[sid]]
            if at and all(r >= 0 for r in at):
                ix = np.asarray(at, dtype=np.int64)
                arrays = (rows.dense, rows.stance_prior, rows.question_prior, rows.ends)
                self._write(sid, [a[ix] for a in (*arrays, rows.alone_like)])

    def _head(self, sid: str) -> tuple[Any, ...]:
        from argmap.suggest.readcache import texts_fingerprint

        texts = self.cache.sources[sid]
        return (FORMAT, code_fingerprint(), self.key, texts_fingerprint(texts), len(texts))

    def _read(self, sid: str, texts: list[str]) -> list[Any] | None:
        """The columns of source ``sid`` (dense, stance prior, question prior, ends,
        alone-like), if its file is whole and of these texts, codebook and code."""
        import numpy as np

        from argmap.suggest.readcache import read_checked

        value = read_checked(self.folder / f"{sid}.bin")
        if value is None:
            return None
        try:
            head, arrays = value
            if head != self._head(sid) or len(arrays) != 5:
                return None
            n, (n_d, n_s, n_q) = len(texts), self.widths
            out = []
            for (dtype, width, data), want in zip(
                arrays, [(n_d,), (n_s,), (n_q,), (), ()], strict=True
            ):
                if tuple(width) != want:
                    return None
                out.append(np.frombuffer(data, dtype=np.dtype(dtype)).reshape((n, *want)))
            return out
        except (EOFError, ValueError, TypeError):
            return None

    def _write(self, sid: str, arrays: list[Any]) -> None:
        """Write the file of source ``sid`` whole or not at all (best effort)."""
        packed = [(a.dtype.str, a.shape[1:], a.tobytes()) for a in arrays]
        from argmap.suggest.readcache import write_checked

        write_checked(self.folder / f"{sid}.bin", (self._head(sid), packed))


def _part(reading: Reading, ix: Any) -> Reading:
    """The ``Reading`` of the texts ``ix`` of ``reading`` (in that order)."""
    from argmap.suggest.features import Reading
    from argmap.suggest.patterns import ManyHits

    rows = ix.tolist()
    texts = [reading.texts[i] for i in rows]
    hits = reading.hits
    return Reading(
        texts,
        {t: k for k, t in enumerate(texts)},
        [reading.norms[i] for i in rows],
        reading.tokens.take(ix),
        ManyHits(
            hits.stance[ix], hits.conceded[ix], hits.question[ix], [hits.found[i] for i in rows]
        ),
        None if reading.shape is None else reading.shape[ix],
        None if reading.voice is None else reading.voice[ix],
    )
