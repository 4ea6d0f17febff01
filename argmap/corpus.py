"""The old entry point of argmap's readers, kept so that ``from argmap import corpus`` and
``from argmap.corpus import …`` keep working: everything is in :mod:`argmap.readers` (read
its docstring first)."""

from __future__ import annotations

from argmap.readers import *  # noqa: F403
from argmap.readers import __all__ as _readers_all
from argmap.readers.segment import _tokenizer

__all__ = [*_readers_all, "_tokenizer"]
