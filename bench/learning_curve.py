"""How stance suggestions grow with the annotated articles of one debate.

For each source of a project, train on ``k`` of the *other* sources (three random draws of
``k``, fixed seeds; all of them once for the largest ``k``), predict the held-out source as
``evaluate`` does, and pool the stance macro-F1 over its units. The largest ``k`` is
``evaluate``'s own leave-one-source-out figure. A curve still rising at the end says more
annotated articles would help; a flat one says the model, not the data, is the limit.

    python3 -m bench.learning_curve bench/debate4 bench/debate5

The project folders are read, not written: each is copied to a temporary folder first
(opening a project writes its cache).
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

from argmap.project import Project
from argmap.suggest import models as M
from argmap.suggest.data import examples
from argmap.suggest.evaluation import Scores, _predict_source

#: Random draws of ``k`` training sources per held-out source (below the largest ``k``).
DRAWS = 3


def curve(root: Path, ks: list[int] | None = None) -> dict[int, tuple[float, int]]:
    """``k`` -> (pooled stance macro-F1 over held-out units, units scored)."""
    project = Project.open(root)
    items = examples(project, None)
    sources = sorted({e.source for e in items})
    most = len(sources) - 1
    ks = sorted({k for k in (ks or [1, 2, 4, most]) if 1 <= k <= most})
    out: dict[int, tuple[float, int]] = {}
    for k in ks:
        gold: list[str] = []
        pred: list[str] = []
        for held in sources:
            others = [s for s in sources if s != held]
            test = [e for e in items if e.source == held]
            for draw in range(DRAWS if k < most else 1):
                picked = set(random.Random(f"{held}-{k}-{draw}").sample(others, k))
                models = M._train([e for e in items if e.source in picked], project.codebook)
                for e, p in zip(test, _predict_source(models, test), strict=True):
                    if e.unit and e.stance:
                        gold.append(e.stance)
                        pred.append(p.stance)
        out[k] = (Scores.compute(gold, pred, project.codebook.stance_ids).macro_f1, len(gold))
    return out


def main(argv: list[str] | None = None) -> None:
    """Print the curve of each project folder given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--k", type=int, nargs="*", help="training sources (default 1 2 4 all)")
    args = parser.parse_args(argv)
    for folder in args.projects:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / folder.name
            shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".argmap-cache", "raw"))
            for k, (f1, units) in curve(copy, args.k).items():
                print(
                    f"{folder.name}: trained on {k} sources: stance macro-F1 {f1:.3f} ({units} units)"
                )


if __name__ == "__main__":
    main()
