"""Where the stance errors on a source nobody has annotated (k = 0) come from, and how much
knowing each source's side would give.

For each source of a project, train on the others (leave-one-source-out, as ``evaluate``
does; with ``--new DIR`` also the new articles of ``DIR`` against the whole project, as
``evaluate --new`` does) and predict the held-out source with nothing of it annotated. Each
source is *read right* when the stance its pooled reading tilts toward (the stance whose
share of ``sequence.mix`` most exceeds the project's mix, as ``in_order`` applies it) is its
main gold stance (``evaluation.main_stance``). The wrong units are split three ways:

- **side misread**: a unit of a side stance (axis not 0) in a source read wrong;
- **within a source read right**: a unit of a side stance in a source read right;
- **middle stance**: a unit of the project's middle stance (axis 0: hedged, on-the-fence ...).

Then three stance macro-F1 figures: today's (``evaluate``'s k = 0 figure), every source's
main stance stated (``evaluate``'s ``stated``: ``argmap argues``), and the main stance stated
only where the reading misread it (what a perfect reader of the side would add, keeping
today's predictions where it is right). Issue 13, note s8.

    python3 -m bench.k0_room . bench/debate2 --new bench/eval

The project folders are read, not written: each is copied to a temporary folder first.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from argmap import corpus
from argmap.project import Project
from argmap.suggest import models as M
from argmap.suggest.data import Example, examples
from argmap.suggest.evaluation import (
    Scores,
    _predict_source,
    _raw_predictions,
    loso_folds,
    main_stance,
    read_gold,
)
from argmap.suggest.sequence import PREDICTED_WEIGHT, mix
from bench.source_reading import _copy


def reading(models: M.Models, raw: Sequence[M.Prediction | None]) -> str | None:
    """The stance the source level tilts a source toward from its predicted sentences
    alone (``in_order``'s factor with nothing annotated); None without a learnt mix."""
    import numpy as np

    stances = models.stance_ids
    rows = [r for r in raw if r is not None]
    if not rows or not models.stance_mix:
        return None
    m = np.asarray(models.stance_mix)
    probs = np.asarray([[r.stance_probs.get(s, 0.0) for s in stances] for r in rows])
    weight = PREDICTED_WEIGHT * np.asarray([r.claim for r in rows])
    theta = mix(
        m, models.concentration, np.zeros(len(stances)), probs, weight, models.stance_reference
    )
    return stances[int(np.argmax(theta / m))]


@dataclass
class Room:
    """One project's k = 0 errors by kind and its three figures."""

    stances: tuple[str, ...]
    middle: tuple[str, ...]
    sources: int = 0
    misread: int = 0
    units: int = 0
    side_misread: int = 0
    within: int = 0
    middle_wrong: int = 0
    middle_units: int = 0
    gold: list[str] = field(default_factory=list)
    today: list[str] = field(default_factory=list)
    stated: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)

    def add(self, models: M.Models, held: Sequence[Example]) -> None:
        """Score one held-out source (its examples in text order)."""
        main = main_stance(held, self.stances)
        if main is None:
            return
        raw = _raw_predictions(models, held)
        today = _predict_source(models, held, raw=raw)
        stated = _predict_source(models, held, argues=main, raw=raw)
        right = reading(models, raw) == main
        self.sources += 1
        self.misread += 0 if right else 1
        for e, p, s in zip(held, today, stated, strict=True):
            if not (e.unit and e.stance):
                continue
            self.units += 1
            self.gold.append(e.stance)
            self.today.append(p.stance)
            self.stated.append(s.stance)
            self.fixed.append(p.stance if right else s.stance)
            middle = e.stance in self.middle
            self.middle_units += middle
            if p.stance == e.stance:
                continue
            if middle:
                self.middle_wrong += 1
            elif right:
                self.within += 1
            else:
                self.side_misread += 1

    def scores(self, pred: Sequence[str]) -> Scores:
        return Scores.compute(self.gold, pred, self.stances)


def _folds(root: Path, new: Path | None) -> Iterator[tuple[str, M.Models, list[Example], Room]]:
    """(project name, models, held-out source, its project's Room) for every fold."""
    project = Project.open(root)
    items = examples(project, None)
    by_key = {e.key: e for e in items}
    lexicon = M.build_lexicon(project.codebook)
    middle = tuple(s for s, a in zip(lexicon.stance_ids, lexicon.stance_axes, strict=True) if not a)
    stances = tuple(project.codebook.stance_ids)
    room = Room(stances, middle)
    for fold in loso_folds(items):
        models = M._train([by_key[k] for k in fold.train], project.codebook)
        yield "", models, [by_key[k] for k in fold.test], room
    if new is not None:
        models = M._train(items, project.codebook)
        articles = Room(stances, middle)
        for path in sorted((new / "articles").glob("*.txt")):
            gold = new / "gold" / f"{path.stem}.tsv"
            held = read_gold(gold, corpus.read_source_text(path), path.stem)
            yield str(new), models, held, articles


def rooms(folder: Path, new: Path | None = None) -> dict[str, Room]:
    """The Room of the project at ``folder`` (key ""), and of the new articles of ``new``
    (key: that folder) if given."""
    out: dict[str, Room] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, models, held, room in _folds(_copy(folder, Path(tmp) / "project"), new):
            out.setdefault(name, room).add(models, held)
    return out


def _line(name: str, r: Room) -> str:
    def fig(pred: Sequence[str]) -> str:
        s = r.scores(pred)
        return f"{s.macro_f1:.3f} ({'/'.join(f'{c.recall:.2f}' for c in s.per_class.values())})"

    wrong = r.side_misread + r.within + r.middle_wrong
    return (
        f"{name}: {r.units} units, {wrong} wrong; sources misread {r.misread}/{r.sources}; "
        f"wrong: side misread {r.side_misread}, within a source read right {r.within}, "
        f"middle stance {r.middle_wrong} of {r.middle_units}; macro-F1 (recall) today "
        f"{fig(r.today)}, misread sources stated {fig(r.fixed)}, every source stated "
        f"{fig(r.stated)}"
    )


def main(argv: list[str] | None = None) -> None:
    """Print one line per project (and one for ``--new`` articles)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--new", type=Path, help="new articles of the first project")
    args = parser.parse_args(argv)
    for i, folder in enumerate(args.projects):
        new = args.new.resolve() if args.new is not None and i == 0 else None
        for name, room in rooms(folder, new).items():
            print(_line(name or str(folder), room), flush=True)


if __name__ == "__main__":
    main()
