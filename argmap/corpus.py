"""The old entry point of argmap's readers, kept so that ``from argmap import corpus`` and
``from argmap.corpus import …`` keep working: everything is in :mod:`argmap.readers` (read
its docstring first). Like it, each name's module is imported on first use."""

from __future__ import annotations

from typing import Any

from argmap import readers
from argmap.readers import __all__ as _readers_all

__all__ = [*_readers_all, "_tokenizer"]  # noqa: F822 (names of __getattr__)


def __getattr__(name: str) -> Any:
    """A name of :mod:`argmap.readers` (or its segmenter's ``_tokenizer``), kept once used."""
    if name == "_tokenizer":
        from argmap.readers.segment import _tokenizer as value
    elif name in _readers_all:
        value = getattr(readers, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
