"""The k = 0 decision (``argmap/suggest/decision.py``) re-checked, leave one project out.

    python3 -m bench.k0_decision . bench/debate2 ... bench/debate13 --new bench/eval

For every project (a folder with ``argmap.json``; ``--new``: the new articles of the first
one, scored as ``evaluate --new`` does) it runs ``evaluate``'s plain folds with nothing of the
held-out source annotated, and scores stance macro-F1 (lowest recall) under a few decision
rules: the shift as shipped, no shift, half the shift and a stricter veto. Each rule is
applied as ``sequence.in_order`` applies the shipped one (the same models, the same inner
cross-fit: its units' gold stances and probabilities are read where ``decision.choose``
judges the shipped candidate). The shipped figures are ``evaluate``'s.

Then, leave one project out: the rule with the best mean macro-F1 on the other projects is
scored on the one left out. Last, per project, the stances the shipped rule recalls below
0.5, with their support and what they are called instead.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

from argmap import corpus
from argmap.project import Project
from argmap.suggest import decision
from argmap.suggest import models as M
from argmap.suggest.data import Example, examples
from argmap.suggest.evaluation import (
    Scores,
    _predict_source,
    _raw_predictions,
    loso_folds,
    read_gold,
)
from bench.source_reading import _copy

#: The decision rules compared: keyword arguments of ``decision.prior_offsets`` and
#: ``decision.choose`` (``veto``), or None for no shift.
RULES: dict[str, dict[str, float] | None] = {
    "as shipped": {},
    "off": None,
    "half shift": {"gamma": decision.PRIOR_GAMMA / 2, "middle": decision.MIDDLE_OFFSET / 2},
    "veto 0": {"veto": 0.0},
}


def _offsets(models: M.Models, inner: tuple[Any, Any] | None, rule: dict[str, float] | None):
    """The offsets ``rule`` gives ``models`` (whose inner cross-fit read ``inner``)."""
    import numpy as np

    if rule is None or inner is None:
        return ()
    kw = {k: v for k, v in rule.items() if k != "veto"}
    candidate = decision.prior_offsets(models.stance_mix, models.lexicon.stance_axes, **kw)
    if not np.any(candidate) or not decision.choose(*inner, candidate, veto=rule.get("veto")):
        return ()
    return tuple(float(v) for v in np.round(candidate, 4))


def _train(items: Sequence[Example], project: Project) -> tuple[M.Models, tuple[Any, Any] | None]:
    """Models trained on ``items``, and what their inner cross-fit read (None if it did not
    run)."""
    seen: list[tuple[Any, Any]] = []
    real = decision.choose

    def record(gold: Any, probs: Any, candidate: Any, veto: float | None = None) -> bool:
        seen.append((gold, probs))
        return real(gold, probs, candidate, veto)

    with mock.patch.object(decision, "choose", record):
        models = M._train(items, project.codebook)
    return models, (seen[-1] if seen else None)


@dataclass
class Pooled:
    """Pooled gold and predicted stances of one project's units, per rule."""

    stances: tuple[str, ...]
    gold: list[str] = field(default_factory=list)
    pred: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in RULES})

    def add(self, models: M.Models, inner: tuple[Any, Any] | None, held: list[Example]) -> None:
        raw = _raw_predictions(models, held)
        for name, rule in RULES.items():
            models.stance_offsets = _offsets(models, inner, rule)
            preds = _predict_source(models, held, raw=raw)
            self.pred[name] += [p.stance for e, p in zip(held, preds, strict=True) if _scored(e)]
        self.gold += [e.stance or "" for e in held if _scored(e)]

    def scores(self, rule: str) -> Scores:
        return Scores.compute(self.gold, self.pred[rule], self.stances)


def _scored(e: Example) -> bool:
    return e.unit and bool(e.stance)


def _projects(folder: Path, new: Path | None) -> Iterator[tuple[str, Pooled]]:
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.open(_copy(folder, Path(tmp) / "project"))
        items = examples(project, None)
        by_key = {e.key: e for e in items}
        stances = tuple(project.codebook.stance_ids)
        out = Pooled(stances)
        for fold in loso_folds(items):
            models, inner = _train([by_key[k] for k in fold.train], project)
            out.add(models, inner, [by_key[k] for k in fold.test])
        yield str(folder), out
        if new is not None:
            models, inner = _train(items, project)
            articles = Pooled(stances)
            for path in sorted((new.resolve() / "articles").glob("*.txt")):
                gold = new.resolve() / "gold" / f"{path.stem}.tsv"
                articles.add(
                    models, inner, read_gold(gold, corpus.read_source_text(path), path.stem)
                )
            yield str(new), articles


def _fig(s: Scores) -> str:
    return f"{s.macro_f1:.3f} ({min(c.recall for c in s.per_class.values() if c.support):.2f})"


def main(argv: list[str] | None = None) -> None:
    """Print the table of rules, the leave-one-project-out choice and the low recalls."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--new", type=Path, help="new articles of the first project")
    args = parser.parse_args(argv)
    done: dict[str, Pooled] = {}
    for i, folder in enumerate(args.projects):
        new = args.new if i == 0 else None
        for name, p in _projects(folder, new):
            done[name] = p
            print(name, " ".join(f"{r}: {_fig(p.scores(r))}" for r in RULES), flush=True)
    f1 = {r: {n: p.scores(r).macro_f1 for n, p in done.items()} for r in RULES}
    held = {}
    for n in done:
        others = [m for m in done if m != n]
        best = max(RULES, key=lambda r: sum(f1[r][m] for m in others))
        held[n] = (best, f1[best][n])
        print(f"left out {n}: chosen {best!r} on the others, held out {f1[best][n]:.3f}")
    mean = sum(v for _, v in held.values()) / len(held)
    fixed = ", ".join(f"{r} {sum(f1[r].values()) / len(done):.4f}" for r in RULES)
    print(f"held-out mean {mean:.4f}; every project with one rule: {fixed}")
    for n, p in done.items():
        s = p.scores("as shipped")
        for stance, c in s.per_class.items():
            if c.support and c.recall < 0.5:
                instead = {
                    t: sum(
                        1
                        for g, q in zip(p.gold, p.pred["as shipped"], strict=True)
                        if g == stance and q == t
                    )
                    for t in p.stances
                    if t != stance
                }
                named = ", ".join(f"{t} {v}" for t, v in instead.items() if v)
                print(f"{n}: {stance} recall {c.recall:.2f} of {c.support}; called {named}")


if __name__ == "__main__":
    main()
