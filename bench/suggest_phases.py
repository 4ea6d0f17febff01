"""Where ``suggest.suggest_all`` spends its process time, step by step (not part of the tests).

    python3 -m bench.suggest_phases bench/out/distinct-1000

Each step below is wrapped in a timer of process time (user + system of this process), so
the figures add up the way the work nests (a step's time includes the steps it calls);
the steps are called a few times to a few thousand times, so the timers cost little,
unlike a profiler's. Run it on a project ``bench.run`` generated (``bench/out/``).
``--cold`` removes what earlier runs kept of the sources first (``argmap.suggest.readcache``,
``rowcache`` and ``sourcecache``: ``.argmap-cache/reading-v1``, ``rows-v1``, ``source-v1``),
as a first run finds it. The last suggestions kept (``resultcache``: ``suggest-v1``) are
always removed first: with nothing changed since they were kept, the run would read them
back and train nothing (what ``bench.run``'s ``suggest_again`` row measures).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import resource
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

#: (module, attribute) of every step timed, in the order they first run.
STEPS = (
    ("argmap.suggest.suggestions", "examples"),
    ("argmap.suggest.data", "contexts"),
    ("argmap.suggest.data", "labelled"),
    ("argmap.suggest.suggestions", "reading"),
    ("argmap.suggest.resultcache", "inputs_key"),
    ("argmap.suggest.models", "training_key"),
    ("argmap.suggest.models", "_train"),
    ("argmap.suggest.features", "Featuriser.fit_transform"),
    ("argmap.suggest.features", "read"),
    ("argmap.suggest.readcache", "ReadingCache.stored"),
    ("argmap.suggest.readcache", "ReadingCache.keep"),
    ("argmap.suggest.readcache", "read_checked"),
    ("argmap.suggest.readcache", "write_checked"),
    ("argmap.suggest.features", "normalise_many"),
    ("argmap.suggest.vectors", "tokenise"),
    ("argmap.suggest.features", "match_many"),
    ("argmap.suggest.rowcache", "codebook_rows"),
    ("argmap.suggest.features", "codebook_rows"),
    ("argmap.suggest.features", "_shape"),
    ("argmap.suggest.features", "Featuriser._features"),
    ("argmap.suggest.features", "Featuriser._fit_word"),
    ("argmap.suggest.features", "Featuriser._context"),
    ("argmap.suggest.models", "_fit_task"),
    ("sklearn.multiclass", "OneVsRestClassifier.fit"),
    ("argmap.suggest.models", "_word_leans"),
    ("argmap.suggest.decision", "learn_offsets"),
    ("argmap.suggest.suggestions", "_suggestions"),
    ("argmap.suggest.models", "predict_read"),
    ("argmap.suggest.features", "Featuriser.transform"),
    ("argmap.suggest.models", "_decide"),
    ("argmap.suggest.models", "_explain_all"),
    ("argmap.suggest.models", "_voice_reasons"),
    ("argmap.suggest.suggestions", "in_order"),
    ("argmap.suggest.sourcecache", "SourceCache.aligned"),
    ("argmap.suggest.resultcache", "keep"),
    ("argmap.suggest.resultcache", "_encode"),
)


def _name(module: str, attr: str) -> str:
    """How a step is shown: its attribute, with its module's last part where another step
    has the same attribute."""
    if sum(a == attr for _, a in STEPS) > 1:
        return f"{module.rsplit('.', 1)[-1]}.{attr}"
    return attr


def _wrap(module: str, attr: str, spent: dict[str, float], calls: dict[str, int]) -> None:
    """Replace ``module.attr`` (a function, or ``Class.method``) by a timed one."""
    owner: Any = importlib.import_module(module)
    *path, last = attr.split(".")
    for part in path:
        owner = getattr(owner, part)
    fn = getattr(owner, last)
    name = _name(module, attr)

    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
            calls[name] += 1

    setattr(owner, last, timed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "project", type=Path, help="an argmap project (e.g. bench/out/distinct-1000)"
    )
    parser.add_argument(
        "--cold", action="store_true", help="no reading kept from an earlier run (a first run)"
    )
    args = parser.parse_args(argv)
    import shutil

    for kept in ("suggest-v1", *(("reading-v1", "rows-v1", "source-v1") if args.cold else ())):
        shutil.rmtree(args.project / ".argmap-cache" / kept, ignore_errors=True)
    start = time.process_time()
    # scikit-learn is imported by the first fit: here, so that its time is counted apart
    # (after ``argmap.suggest``, which defers ``scipy.stats`` as in any argmap process)
    for module in ("argmap.suggest", "sklearn.linear_model", "sklearn.multiclass"):
        importlib.import_module(module)

    from argmap import suggest
    from argmap.project import Project

    imports = time.process_time() - start
    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    for module, attr in STEPS:
        _wrap(module, attr, spent, calls)
    start = time.process_time()
    project = Project.open(args.project)
    opened = time.process_time() - start
    start = time.process_time()
    got = suggest.suggest_all(project)
    total = time.process_time() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(got):,} suggestions; process time: imports {imports:.2f} s, opening "
        f"{opened:.2f} s, suggest_all {total:.2f} s; peak RSS {rss:,.0f} MB"
    )
    for module, attr in STEPS:
        name = _name(module, attr)
        if calls[name]:
            print(f"  {name:32s} {spent[name]:6.2f} s  ({calls[name]:,} calls)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
