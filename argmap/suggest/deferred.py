"""``scipy.stats`` imported on first use rather than with scikit-learn.

scikit-learn's ``sklearn.utils.fixes`` (which every estimator imports) runs ``import
scipy.stats`` at its top, and a few of its modules ``from scipy.stats import gmean`` or
``rankdata``, for functions that fitting and predicting the suggestions' models never call:
importing ``scipy.stats`` was ~0.3 s of process time and 17 MB of memory of every process
that trains (``argmap suggest``, the TUI's warm-up), a fifth of its scikit-learn import.

``defer_scipy_stats`` puts a stand-in for ``scipy.stats`` in ``sys.modules`` (it imports
nothing). The stand-in hands out ``gmean`` and ``rankdata`` as small functions that call
the real ones, and on any other attribute imports the real ``scipy.stats`` (which then
replaces it in ``sys.modules`` and on the ``scipy`` package) and answers from it: code
that uses ``scipy.stats`` gets the real module's objects, one import later.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Names scikit-learn's modules take ``from scipy.stats`` when imported.
_FUNCTIONS = frozenset(["gmean", "rankdata"])
_LOCK = threading.RLock()


class _DeferredStats(types.ModuleType):
    """Stands for ``scipy.stats`` until one of its attributes is needed."""

    def _real(self) -> types.ModuleType:
        """The real ``scipy.stats``, imported (once) now."""
        with _LOCK:
            loaded = self.__dict__.get("_loaded")
            if loaded is not None:
                return loaded
            if sys.modules.get("scipy.stats") is self:
                del sys.modules["scipy.stats"]
            scipy = sys.modules.get("scipy")
            if scipy is not None and scipy.__dict__.get("stats") is self:
                del scipy.__dict__["stats"]
            real = importlib.import_module("scipy.stats")
            scipy = sys.modules["scipy"]
            scipy.__dict__["stats"] = real
            self.__dict__["_loaded"] = real
            return real

    def __getattr__(self, name: str) -> Any:
        if name in _FUNCTIONS and "_loaded" not in self.__dict__:
            return _calling(self, name)
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)  # copy, pickle and introspection probe these
        return getattr(self._real(), name)


def _calling(stand_in: _DeferredStats, name: str) -> Callable[..., Any]:
    """A function that calls the real ``scipy.stats.<name>``."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(stand_in._real(), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__module__ = "scipy.stats"
    return call


def defer_scipy_stats() -> None:
    """Put the stand-in for ``scipy.stats`` in place, unless it is imported already (or
    scipy is not installed). Imports nothing."""
    with _LOCK:
        if "scipy.stats" in sys.modules:
            return
        try:
            spec = importlib.util.find_spec("scipy")
        except (ImportError, ValueError):
            return
        if spec is None or not spec.submodule_search_locations:
            return
        stats_dir = Path(next(iter(spec.submodule_search_locations))) / "stats"
        if not (stats_dir / "__init__.py").is_file():
            return
        stand_in = _DeferredStats("scipy.stats")
        # a package path, so that ``from scipy.stats import gmean`` asks the stand-in for
        # the name (a module without one is asked for ``__path__`` first)
        stand_in.__dict__["__path__"] = [str(stats_dir)]
        sys.modules["scipy.stats"] = stand_in
        scipy = sys.modules.get("scipy")
        if scipy is not None:
            scipy.__dict__["stats"] = stand_in
