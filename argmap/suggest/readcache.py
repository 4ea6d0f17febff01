"""How the features read each source's sentences, kept on disk between runs.

Every training (``suggest``, ``suggest --all``, the reader's ``S`` and its warm-up) reads
every sentence of the project: normalises it (``text.normalise``), finds the codebook's
patterns in it (``patterns.match_many``), its shape and furniture (``features._shape``)
and its voices (``features._voice_columns``), about 3 s of CPU at 1,000 sources. All of
that is a function of the sentence's text alone, given argmap's code and the codebook's
patterns, so it is kept per source in ``.argmap-cache/reading-v1/<source id>.bin``
(derived data, safe to delete, git-ignored) and the next run reads only what changed. An
edited source's file is written again in its place; a removed source's is deleted by the
next training (``ReadingCache.prune``).

A file is used only if all of these are what they were when it was written: its format;
the code that computes it (a hash of the modules' source, ``argmap.__version__`` and the
Python and numpy versions: an upgrade recomputes); the codebook's patterns and stance and
question ids; and the source's sentence texts, in order (a hash of them: an edited source,
or one the reader now splits otherwise, is read again). The file's bytes carry their own
hash: a damaged or partial file is ignored and written again, never read.
"""

from __future__ import annotations

import contextvars
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.project import Project
    from argmap.suggest.patterns import PatternSet

#: Where the files are, under the project's root.
CACHE_DIR = ".argmap-cache/reading-v1"
#: The layout of a file (changed with it).
FORMAT = 1
#: The modules whose code computes what is kept (their source is hashed).
_MODULES = ("text", "patterns", "features", "vectors", "readcache")
_DIGEST = 32  # bytes of blake2b heading each file
_SHAPE_COLUMNS = 10
_VOICE_COLUMNS = 5

_ACTIVE: contextvars.ContextVar[ReadingCache | None] = contextvars.ContextVar(
    "argmap_reading_cache", default=None
)


@cache
def code_fingerprint() -> str:
    """What names the code that computes a reading: the source of the modules that do,
    argmap's version and the Python and numpy versions."""
    import numpy as np

    import argmap

    h = hashlib.blake2b(digest_size=16)
    here = Path(__file__).resolve().parent
    for name in _MODULES:
        h.update((here / f"{name}.py").read_bytes())
    h.update(f"{argmap.__version__}|{sys.version}|{np.__version__}|{FORMAT}".encode())
    return h.hexdigest()


def patterns_fingerprint(patterns: PatternSet) -> str:
    """What names the codebook's part in a reading: its stance and question ids and
    their patterns, in order."""
    parts = [
        "\x01".join(patterns.stance_ids),
        "\x01".join(patterns.question_ids),
        *("\x02".join(p.text for p in pats) for pats in patterns.stance),
        "\x03",
        *("\x02".join(p.text for p in pats) for pats in patterns.question),
    ]
    return hashlib.blake2b("\x00".join(parts).encode(), digest_size=16).hexdigest()


def texts_fingerprint(texts: Sequence[str]) -> str:
    """What names a source's distinct sentence texts, in order."""
    h = hashlib.blake2b(digest_size=16)
    h.update(len(texts).to_bytes(8, "little"))
    h.update("\x00".join(texts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def read_checked(path: Path) -> Any | None:
    """The value marshalled in file ``path`` if the file is whole (headed by the blake2b
    digest of the rest) and readable; else None."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    body = raw[_DIGEST:]
    if len(raw) <= _DIGEST or hashlib.blake2b(body, digest_size=_DIGEST).digest() != raw[:_DIGEST]:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def write_checked(path: Path, value: Any) -> None:
    """Write ``value`` marshalled to file ``path``, headed by its digest, whole or not at all
    (best effort: a file that cannot be written is left out)."""
    body = marshal.dumps(value)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(hashlib.blake2b(body, digest_size=_DIGEST).digest())
                handle.write(body)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return


@dataclass
class Stored:
    """Readings of distinct texts: ``index[text]`` is the text's row in the others."""

    index: dict[str, int]
    norms: list[str]
    stance: Any  # int64, texts x stances (main clause)
    conceded: Any  # int64, texts x stances
    question: Any  # int64, texts x questions
    found: list[tuple[tuple[str, str], ...]]
    shape: Any  # int64, texts x 10 (``features._shape``)
    voice: Any  # float32, texts x 5 (``features._voice_columns``)


class ReadingCache:
    """The kept readings of a project's sources (``folder``: where the files are;
    ``sources``: per source id, its sentence texts in order), loaded on first use.
    ``project_sources``: every source id of the project, where known: the files of other
    ids (sources removed) are deleted when the files are first read (``prune``)."""

    def __init__(
        self,
        folder: Path,
        sources: Mapping[str, Sequence[str]],
        project_sources: Collection[str] | None = None,
    ) -> None:
        self.folder = folder
        self._sources = sources
        self._project_sources = project_sources
        #: files of sources no longer in the project deleted (since made)
        self.pruned = 0
        self._texts: dict[str, list[str]] | None = None
        self._loaded: dict[str, Stored] = {}
        self._stale: dict[str, list[str]] = {}  # per patterns fingerprint: sources to write
        #: texts served from the files and read afresh (since made)
        self.served = 0
        self.computed = 0

    @property
    def project_sources(self) -> Collection[str] | None:
        """Every source id of the project, where known."""
        return self._project_sources

    @property
    def sources(self) -> dict[str, list[str]]:
        """Per source id, its distinct sentence texts in order."""
        if self._texts is None:
            self._texts = {sid: list(dict.fromkeys(texts)) for sid, texts in self._sources.items()}
        return self._texts

    def stored(self, patterns: PatternSet) -> Stored:
        """Every kept reading that is still sound, for ``patterns``."""
        import numpy as np

        key = patterns_fingerprint(patterns)
        got = self._loaded.get(key)
        if got is not None:
            return got
        if not self._loaded and not self._stale:  # once, before the first files are read
            self.prune()
        n_s, n_q = len(patterns.stance_ids), len(patterns.question_ids)
        index: dict[str, int] = {}
        norms: list[str] = []
        found: list[tuple[tuple[str, str], ...]] = []
        blocks: list[tuple[Any, ...]] = []
        stale = []
        shared: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
        for sid, texts in self.sources.items():
            arrays = self._load(sid, key, texts, n_s, n_q)
            if arrays is None:
                stale.append(sid)
                continue
            got_norms, got_found, *rest = arrays
            at = len(norms)
            for k, t in enumerate(texts):
                index[t] = at + k
            norms += got_norms
            found += [shared.setdefault(f, f) if f else () for f in got_found]
            blocks.append(tuple(rest))
        stance, conceded, question, shape, voice = (
            np.concatenate([b[j] for b in blocks]) if blocks else np.zeros((0, w), dtype=dt)
            for j, (w, dt) in enumerate(
                [
                    (n_s, np.int64),
                    (n_s, np.int64),
                    (n_q, np.int64),
                    (_SHAPE_COLUMNS, np.int64),
                    (_VOICE_COLUMNS, np.float32),
                ]
            )
        )
        got = Stored(index, norms, stance, conceded, question, found, shape, voice)
        self._loaded[key] = got
        self._stale[key] = stale
        return got

    def _load(
        self, sid: str, key: str, texts: Sequence[str], n_s: int, n_q: int
    ) -> tuple[Any, ...] | None:
        """The file of source ``sid``, if it is whole and of these texts, patterns and
        code; else None."""
        import numpy as np

        value = read_checked(self.folder / f"{sid}.bin")
        if value is None:
            return None
        try:
            head, norms, found, *arrays = value
            if head != (FORMAT, code_fingerprint(), key, texts_fingerprint(texts), len(texts)):
                return None
            n = len(texts)
            out = []
            for data, (w, dt) in zip(
                arrays,
                [
                    (n_s, np.int64),
                    (n_s, np.int64),
                    (n_q, np.int64),
                    (_SHAPE_COLUMNS, np.int64),
                    (_VOICE_COLUMNS, np.float32),
                ],
                strict=True,
            ):
                out.append(np.frombuffer(data, dtype=dt).reshape(n, w).copy())
            if len(norms) != n or len(found) != n:
                return None
            return (list(norms), [tuple(map(tuple, f)) for f in found], *out)
        except (OSError, ValueError, EOFError, TypeError):
            return None

    def prune(self) -> None:
        """Delete the files of sources not in the project (``project_sources``; nothing
        without it): a source removed (``argmap remove``) leaves nothing behind at the next
        training. A source that comes back is read again. Best effort: a file that cannot
        be deleted is left."""
        if self._project_sources is None:
            return
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            sid, dot, ext = name.rpartition(".")
            if dot and ext == "bin" and sid not in self._project_sources:
                try:
                    os.unlink(self.folder / name)
                    self.pruned += 1
                except OSError:
                    continue

    def forget(self, patterns: PatternSet) -> None:
        """Let go of what ``stored`` loaded for ``patterns`` (the next use loads again)."""
        self._loaded.pop(patterns_fingerprint(patterns), None)

    def keep(self, patterns: PatternSet, texts: Sequence[str], reading: Stored) -> None:
        """Write the files of the sources found stale by ``stored`` whose every text is
        among ``texts`` (``reading``: their reading, ``index`` by text). Best effort: a
        file that cannot be written is left out."""
        key = patterns_fingerprint(patterns)
        stale = self._stale.get(key, [])
        left = []
        for sid in stale:
            rows = [reading.index.get(t, -1) for t in self.sources[sid]]
            if any(r < 0 for r in rows):
                left.append(sid)
                continue
            self._write(sid, key, rows, reading)
        self._stale[key] = left

    def _write(self, sid: str, key: str, rows: list[int], reading: Stored) -> None:
        texts = self.sources[sid]
        head = (FORMAT, code_fingerprint(), key, texts_fingerprint(texts), len(texts))
        write_checked(
            self.folder / f"{sid}.bin",
            (
                head,
                [reading.norms[r] for r in rows],
                [reading.found[r] for r in rows],
                *(
                    a[rows].tobytes()
                    for a in (
                        reading.stance,
                        reading.conceded,
                        reading.question,
                        reading.shape,
                        reading.voice,
                    )
                ),
            ),
        )


def active() -> ReadingCache | None:
    """The cache ``features.read`` uses now (in this thread), if any."""
    return _ACTIVE.get()


def using(project: Project) -> AbstractContextManager[ReadingCache]:
    """Readings kept in ``project``'s cache folder, used by ``features.read`` within."""
    return activated(ReadingCache(project.root / CACHE_DIR, _LazyTexts(project), project.sources))


@contextmanager
def activated(cache: ReadingCache) -> Iterator[ReadingCache]:
    """``cache`` used by ``features.read`` within (in this thread)."""
    token = _ACTIVE.set(cache)
    try:
        yield cache
    finally:
        _ACTIVE.reset(token)


class _LazyTexts(Mapping[str, Sequence[str]]):
    """Per source of ``project`` that the suggestions have read (``data.read_sources``),
    its sentence texts; found when first asked."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._got: dict[str, list[str]] | None = None

    @property
    def _texts(self) -> dict[str, list[str]]:
        if self._got is None:
            from argmap.suggest.data import read_sources

            self._got = read_sources(self.project)
        return self._got

    def __getitem__(self, sid: str) -> Sequence[str]:
        return self._texts[sid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)
