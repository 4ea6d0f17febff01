"""Fitted models kept on disk between runs, keyed by what they were fitted on.

``suggest SOURCE`` fits models on every annotation, the source's weighted up (``models``:
~8 s of CPU at 1,000 sources), and the reader fits the same ones in the background when a
source is opened. Asked again with the same annotations (another run, the reader opened
again, a rejection or a source's side said, which the models do not read), they would be
fitted the very same. So ``models_for`` keeps the models it fitted for a source in
``.argmap-cache/model-v1/<key>.bin`` (derived data, safe to delete, git-ignored; the
``KEPT`` last used are kept) and a later run whose training data hash the same reads them
back (~0.05 s for 2 MB) instead of fitting.

The key (``models_key``) is a hash of the code (``resultcache.code_fingerprint``: every
``argmap`` module, its data, the libraries' versions), the codebook, the mode and the focus
source, and every training example: its sentence, context (``sourcecache.contexts_fingerprint``
per source) and labels; never a file's name, size or time, so an edit by any program or
git, with any clock, gives another key. The file's bytes carry their own hash (a damaged or
partial file is ignored and written again), and it is read with an unpickler that makes
only the classes models are made of (``_Reader``): a foreign file cannot run code.

Only the models are kept, not the training rows ``suggest_all`` reuses (``Featuriser.remember``:
100 MB at 1,000 sources), so ``suggest_all`` fits its own (``resultcache`` keeps its
suggestions instead).
"""

from __future__ import annotations

import copy
import hashlib
import io
import marshal
import os
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.codebook import Codebook
    from argmap.project import Project
    from argmap.suggest.data import Example
    from argmap.suggest.models import Models

#: Where the files are, under the project's root.
CACHE_DIR = ".argmap-cache/model-v1"
#: The layout of a file (changed with it).
FORMAT = 1
#: Files kept: the last used (by their time of use); older ones are deleted.
KEPT = 6

#: Functions and classes outside the prefixes below a file may name (numpy's arrays and
#: dtypes, compiled patterns).
_EXACT = frozenset(
    {
        ("numpy", "dtype"),
        ("numpy", "ndarray"),
        ("numpy._core.numeric", "_frombuffer"),
        ("numpy.core.numeric", "_frombuffer"),
        ("numpy._core.multiarray", "_reconstruct"),
        ("numpy.core.multiarray", "_reconstruct"),
        ("numpy._core.multiarray", "scalar"),
        ("numpy.core.multiarray", "scalar"),
        ("re", "_compile"),
        ("collections", "OrderedDict"),
        ("builtins", "set"),
        ("builtins", "frozenset"),
        ("builtins", "slice"),
        ("argmap.suggest.vectors", "identity"),
    }
)
#: Modules whose classes (only classes: made, never called as functions) a file may name.
_CLASS_MODULES = ("argmap.suggest.", "sklearn.", "scipy.sparse.")
_NUMPY_SCALARS = frozenset(
    f"{kind}{bits}" for kind in ("float", "int", "uint") for bits in (8, 16, 32, 64)
) | {"bool_", "bool", "str_", "bytes_", "object_"}


class _Reader(pickle.Unpickler):
    """An unpickler that makes only what models are made of: the exact functions of
    ``_EXACT``, numpy's scalar types, and classes of ``_CLASS_MODULES``."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _EXACT or (module == "numpy" and name in _NUMPY_SCALARS):
            return super().find_class(module, name)
        if module.startswith(_CLASS_MODULES) and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of fitted models")


def models_key(
    items: Sequence[Example], codebook: Codebook, *, large: bool, focus: str | None
) -> str:
    """A hash of what models are fitted from (see the module's docstring): equal keys,
    equal models."""
    from argmap.suggest.resultcache import code_fingerprint, hash_examples

    h = hashlib.blake2b(digest_size=24)
    h.update(f"models|{FORMAT}|{code_fingerprint()}".encode())
    h.update(codebook.model_dump_json(by_alias=True).encode())
    h.update(marshal.dumps((large, focus), 2))
    hash_examples(h, items, {})
    return h.hexdigest()


def trained(
    project: Project,
    items: Sequence[Example],
    codebook: Codebook,
    *,
    large_threshold: int | None,
    focus: str | None,
    train: Callable[[], Models],
) -> Models:
    """The models ``train()`` fits on ``items`` (with ``codebook``, ``focus`` and
    ``large_threshold``, as ``models.train`` takes them): from memory (``models.train``'s
    cache), else from the project's kept file, else ``train()``-ed and kept."""
    from argmap.suggest import models as M

    threshold = M.LARGE_THRESHOLD if large_threshold is None else large_threshold
    large = len(items) >= threshold
    in_memory = M.training_key(items, codebook, large=large, focus=focus)
    if in_memory in M._CACHE:
        return train()  # (its cache's, at once)
    key = models_key(items, codebook, large=large, focus=focus)
    path = project.root / CACHE_DIR / f"{key}.bin"
    got = _read(path, key)
    if got is not None:
        if len(M._CACHE) >= M._CACHE_SIZE:
            M._CACHE.pop(next(iter(M._CACHE)))
        M._CACHE[in_memory] = got
        _touch(path)
        return got
    models = train()
    _write(path, key, models)
    return models


def _read(path: Path, key: str) -> Models | None:
    """The models in file ``path`` if it is whole and was written for ``key``; else None."""
    from argmap.suggest.models import Models
    from argmap.suggest.readcache import read_checked

    value = read_checked(path)
    try:
        head, body = value  # type: ignore[misc]
        if head != (FORMAT, key) or not isinstance(body, bytes):
            return None
        got = _Reader(io.BytesIO(body)).load()
    except Exception:  # a file not ours: unpickling can fail in any way
        return None
    return got if isinstance(got, Models) else None


def _write(path: Path, key: str, models: Models) -> None:
    """Keep ``models`` (without the training rows they remember) in ``path``, and delete
    the files beyond the ``KEPT`` last used (best effort)."""
    from argmap.suggest.readcache import write_checked

    kept = copy.copy(models)
    if models.features is not None:
        kept.features = copy.copy(models.features)
        kept.features.forget()
    try:
        body = pickle.dumps(kept, protocol=5)
    except (pickle.PicklingError, TypeError, AttributeError):  # (a lambda, a lock): not kept
        return
    write_checked(path, ((FORMAT, key), body))
    try:
        files = [(f.stat().st_mtime_ns, f) for f in path.parent.glob("*.bin")]
    except OSError:
        return
    for _, old in sorted(files, key=lambda t: t[0], reverse=True)[KEPT:]:
        try:
            os.unlink(old)
        except OSError:
            continue


def _touch(path: Path) -> None:
    """Mark ``path`` as used now (the last ``KEPT`` used are kept)."""
    try:
        os.utime(path)
    except OSError:
        return
