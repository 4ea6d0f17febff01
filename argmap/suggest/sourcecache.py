"""What each source's sentences give the last steps of a suggestion, kept on disk between runs.

Reading a source in order (``sequence.in_order``) finds, for every sentence of a source
with annotated units, its cue columns (``align.cue_rows``: voices, the sentence's own
cues, where it stands), its alignment (``align.alignment``: the shipped model's log-odds
that it argues its source's side) and what the pairwise step reads of it (``pairs._source``:
paragraph and section numbers, hedges, content words). All of that is a function of the
source's sentences and their layout alone (its contexts, ``data.Context``), given argmap's
code, its shipped models and the codebook's stance ids; never of the annotations or the
fitted models. About 2.7 s of CPU of ``suggest --all`` at 1,000 sources, it is the same in
the run after one more annotation, so it is kept per source in
``.argmap-cache/source-v1/<contexts' hash>.bin`` (derived data, safe to delete,
git-ignored) and read back instead.

A file is named by a hash of its source's contexts (every text, neighbour, paragraph and
flag: ``contexts_fingerprint``), so an edited source, however edited (by argmap, another
program or git, with any clock), has another name and is read afresh; its old file is
deleted by the next ``suggest --all`` (``SourceCache.prune``). A file is used only if its
head is what this run would write: its format, the code (a hash of every
``argmap/suggest`` module's source, the shipped alignment and pair models, argmap's,
Python's, numpy's and scipy's versions) and the codebook's stance ids (which pick the
shipped models). Its bytes carry their own hash: a damaged, partial or foreign file is
ignored and written again, never read.
"""

from __future__ import annotations

import contextvars
import hashlib
import os
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.project import Project
    from argmap.suggest.data import Context

#: Where the files are, under the project's root.
CACHE_DIR = ".argmap-cache/source-v1"
#: The layout of a file (changed with it).
FORMAT = 1
#: The shipped models whose numbers the kept values hold (their bytes are hashed).
_DATA = ("alignment.json", "pairs.json")

_ACTIVE: contextvars.ContextVar[SourceCache | None] = contextvars.ContextVar(
    "argmap_source_cache", default=None
)


@cache
def code_fingerprint() -> str:
    """What names the code that computes the kept values: the source of every
    ``argmap.suggest`` module, the shipped models they read, and argmap's, Python's,
    numpy's and scipy's versions."""
    import numpy as np
    import scipy

    import argmap

    h = hashlib.blake2b(digest_size=16)
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("*.py")):
        h.update(path.name.encode() + b"\x00" + path.read_bytes())
    for name in _DATA:
        h.update((here.parent / "data" / name).read_bytes())
    h.update(
        f"{argmap.__version__}|{sys.version}|{np.__version__}|{scipy.__version__}|{FORMAT}".encode()
    )
    return h.hexdigest()


def contexts_fingerprint(ctxs: Sequence[Context]) -> str:
    """What names a source's sentences and layout: every field of each of its contexts, in
    order. Where every neighbour and paragraph is the usual one (the texts before and
    after it, the others of its run of ``para_pos`` 0, 1, 2, ...), they are written as one
    flag rather than again; else each context's in full."""
    texts = [c.text for c in ctxs]
    n = len(texts)
    h = hashlib.blake2b(digest_size=20)
    h.update(n.to_bytes(8, "little"))
    h.update("\x00".join(texts).encode("utf-8", "surrogatepass"))
    pos = [c.para_pos for c in ctxs]
    paras = [c.para for c in ctxs]
    flags = array("q", map(len, texts))  # (the texts joined by a separator they may hold)
    flags.extend(pos)
    flags.extend(len(p) for p in paras)
    flags.extend(c.alone + 2 * c.first + 4 * c.title for c in ctxs)
    h.update(flags.tobytes())
    if not (
        [c.prev for c in ctxs] == ["", *texts[:-1]]
        and [c.next for c in ctxs] == [*texts[1:], ""]
        and paras == _usual_paras(texts, pos)
    ):
        h.update(b"\x01")
        for c in ctxs:
            parts = (c.prev, c.next, *c.para)
            h.update(array("q", map(len, parts)).tobytes())
            h.update("\x02".join(parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _usual_paras(texts: list[str], pos: list[int]) -> list[tuple[str, ...]]:
    """Per sentence, the other texts of its paragraph where each paragraph is a run of
    sentences whose ``para_pos`` count 0, 1, 2, ... (``data.contexts``'s, in text order)."""
    out: list[tuple[str, ...]] = []
    starts = [i for i, p in enumerate(pos) if p == 0 or i == 0]
    for a, b in zip(starts, [*starts[1:], len(texts)], strict=True):
        group = tuple(texts[a:b])
        out += [group[:k] + group[k + 1 :] for k in range(b - a)]
    return out


def _stance_key(stance_ids: Sequence[str]) -> str:
    return hashlib.blake2b("\x00".join(stance_ids).encode(), digest_size=16).hexdigest()


def _pack(value: Any) -> Any:
    """``value`` (a numpy array or a scipy CSR matrix) as marshal-able builtins."""
    from scipy import sparse

    if sparse.issparse(value):
        csr = value.tocsr()
        return ("csr", csr.shape, _pack(csr.data), _pack(csr.indices), _pack(csr.indptr))
    return ("array", value.dtype.str, value.shape, value.tobytes())


def _unpack(packed: Any) -> Any:
    """The value ``_pack`` gave ``packed`` for (the same dtype, shape and numbers)."""
    import numpy as np
    from scipy import sparse

    if packed[0] == "csr":
        _, shape, data, indices, indptr = packed
        return sparse.csr_matrix((_unpack(data), _unpack(indices), _unpack(indptr)), shape=shape)
    _, dtype, shape, raw = packed
    return np.frombuffer(raw, dtype=np.dtype(dtype)).reshape(shape).copy()


class SourceCache:
    """The kept values of a project's sources, in ``folder``: read and written a source at
    a time (``aligned``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: names of the files used (read or written) since made
        self.used: set[str] = set()
        #: sources served from the files and computed afresh (since made)
        self.served = 0
        self.computed = 0
        #: files of sources no longer as they are deleted (``prune``)
        self.pruned = 0

    def aligned(
        self,
        ctxs: Sequence[Context],
        stance_ids: Sequence[str],
        compute: Callable[[], tuple[Any, Any]],
    ) -> tuple[Any, Any]:
        """The alignment of each sentence of one source (``ctxs``, in text order) and what
        the pairwise step reads of them (``pairs._source``), from the source's file if it
        is sound, else ``compute()``-d and written."""
        from argmap.suggest.pairs import _Source
        from argmap.suggest.resultcache import remembered_fingerprint

        name = remembered_fingerprint(ctxs)  # (hashed already for the run's key)
        head = (FORMAT, code_fingerprint(), _stance_key(stance_ids), name, len(ctxs))
        self.used.add(name)
        got = self._read(name, head)
        if got is not None:
            try:
                every = _unpack(got["every"])
                src = _Source(**{f.name: _unpack(got[f.name]) for f in fields(_Source)})
            except (KeyError, TypeError, ValueError):
                got = None
            else:
                if every.shape == (len(ctxs),) and src.cues.shape[0] == len(ctxs):
                    self.served += 1
                    return every, src
        every, src = compute()
        self.computed += 1
        body = {"every": _pack(every)}
        body.update({f.name: _pack(getattr(src, f.name)) for f in fields(_Source)})
        self._write(name, head, body)
        return every, src

    def _read(self, name: str, head: tuple[Any, ...]) -> dict[str, Any] | None:
        """The body of file ``name`` if it is whole and its head is ``head``; else None."""
        from argmap.suggest.readcache import read_checked

        value = read_checked(self.folder / f"{name}.bin")
        if value is None:
            return None
        try:
            got_head, values = value
        except (ValueError, TypeError):
            return None
        if got_head != head or not isinstance(values, dict):
            return None
        return values

    def _write(self, name: str, head: tuple[Any, ...], values: dict[str, Any]) -> None:
        """Write file ``name`` whole or not at all (best effort: a file that cannot be
        written is left out)."""
        from argmap.suggest.readcache import write_checked

        write_checked(self.folder / f"{name}.bin", (head, values))

    def prune(self) -> None:
        """Delete the files not used since this cache was made (call it after reading every
        source of the project: ``suggest_all``): those of sources edited or removed since.
        Best effort: a file that cannot be deleted is left."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for file in names:
            name, dot, ext = file.rpartition(".")
            if dot and ext in ("bin", "tmp") and name not in self.used:
                try:
                    os.unlink(self.folder / file)
                    self.pruned += 1
                except OSError:
                    continue


def active() -> SourceCache | None:
    """The cache ``aligned`` uses now (in this thread), if any."""
    return _ACTIVE.get()


def aligned(
    ctxs: Sequence[Context], stance_ids: Sequence[str], compute: Callable[[], tuple[Any, Any]]
) -> tuple[Any, Any]:
    """``SourceCache.aligned`` of the active cache (``using``); ``compute()`` without one."""
    cache = _ACTIVE.get()
    return compute() if cache is None else cache.aligned(ctxs, stance_ids, compute)


@contextmanager
def using(project: Project, prune: bool = False) -> Iterator[SourceCache]:
    """Values kept in ``project``'s cache folder, used by ``aligned`` within; ``prune``:
    every source is read within (``suggest_all``), so the files not used are deleted at
    the end."""
    cache = SourceCache(project.root / CACHE_DIR)
    token = _ACTIVE.set(cache)
    try:
        yield cache
    finally:
        _ACTIVE.reset(token)
    if prune:
        cache.prune()
