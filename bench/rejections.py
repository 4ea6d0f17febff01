"""Suggestions that learn from rejected ones (``sequence.rule_out``), with a simulated user.

    python3 -m bench.rejections . bench/debate2 ... bench/debate15 --new bench/eval

For every project (a folder with ``argmap.json``; ``--new``: the new articles of the first
one, trained on its annotations as ``evaluate --new`` does) it runs ``evaluate``'s
leave-one-source-out folds with nothing of the held-out source annotated (k = 0). A
simulated user reads the held-out source in text order and rejects the first N suggestions
shown as likely claims (claim probability >= 0.5) that the gold says are wrong (not a unit,
or a unit of another stance), annotating nothing. The source is then suggested again with
the rejections read as ``suggest`` reads them (``rule_out`` before ``in_order``), and
scored against the suggestions made without them on the same units: those after the N-th
rejection (pooled stance macro-F1 per project; a source with fewer than N wrong likely
claims is left out at that N). "stance only" rules the stance out without lowering the
claim probability. Last, leave one project out: the rule with the best mean on the other
projects, scored on the one left out.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
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
    read_gold,
)
from argmap.suggest.sequence import rule_out
from bench.source_reading import _copy

#: How many wrong suggestions the simulated user rejects.
REJECTED = (3, 5, 10)
RULES = ("off", "rule_out", "stance only")


def _stance_only(pred: M.Prediction, rejected: Sequence[str]) -> M.Prediction:
    """``rule_out`` without its change of the claim probability."""
    got = rule_out(pred, rejected)
    return type(got)(
        pred.claim,
        *(
            getattr(got, f)
            for f in (
                "kind",
                "stance",
                "stance_probs",
                "questions",
                "question_probs",
                "top_features",
            )
        ),
    )


def _fold(
    models: M.Models,
    held: Sequence[Example],
    rows: dict[tuple[int, str], list[tuple[str, str]]],
) -> None:
    """Add one held-out source's scored units per (N, rule) to ``rows`` (gold, suggested)."""
    raw = _raw_predictions(models, held)
    base = _predict_source(models, held, raw=raw)
    wrong = [
        (i, p.stance)
        for i, (e, p) in enumerate(zip(held, base, strict=True))
        if p.claim >= 0.5 and (not e.unit or p.stance != (e.stance or ""))
    ]
    for n in REJECTED:
        if len(wrong) < n:
            continue
        said = dict(wrong[:n])
        rest = range(max(said) + 1, len(held))
        for rule in RULES:
            if rule == "off":
                out = base
            else:
                ruled = rule_out if rule == "rule_out" else _stance_only
                made = [
                    ruled(p, [said[i]]) if i in said and p is not None else p
                    for i, p in enumerate(raw)
                ]
                out = _predict_source(models, held, raw=made)
            rows.setdefault((n, rule), []).extend(
                (held[i].stance or "", out[i].stance) for i in rest if held[i].unit
            )


def measure(root: Path, new: Path | None = None) -> dict[tuple[int, str], float]:
    """(N, rule) -> pooled stance macro-F1 of the scored units of ``root`` (or of the new
    articles in ``new``, trained on ``root``'s annotations)."""
    project = Project.open(root)
    items = examples(project, None)
    stances = project.codebook.stance_ids
    rows: dict[tuple[int, str], list[tuple[str, str]]] = {}
    if new is not None:
        models = M._train(items, project.codebook)
        for path in sorted((new / "articles").glob("*.txt")):
            gold = new / "gold" / f"{path.stem}.tsv"
            _fold(models, read_gold(gold, corpus.read_source_text(path), path.stem), rows)
    else:
        by_key = {e.key: e for e in items}
        for fold in loso_folds(items):
            train = [by_key[k] for k in fold.train]
            models = M._train(train, project.codebook)
            _fold(models, [by_key[k] for k in fold.test], rows)
    return {
        key: Scores.compute([g for g, _ in got], [p for _, p in got], stances).macro_f1
        for key, got in rows.items()
        if got
    }


def main(argv: list[str] | None = None) -> None:
    """Print, per N, each project's stance macro-F1 of the rest under each rule, the mean,
    and the leave-one-project-out choice."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--new", type=Path, help="new articles of the first project")
    args = parser.parse_args(argv)
    table: dict[str, dict[tuple[int, str], float]] = {}
    for i, folder in enumerate(args.projects):
        name = str(folder).removeprefix("bench/")
        with tempfile.TemporaryDirectory() as tmp:
            root = _copy(folder, Path(tmp) / "project")
            table[name if name != "." else "seeds"] = measure(root)
            if i == 0 and args.new is not None:
                table[str(args.new).removeprefix("bench/")] = measure(root, args.new)
    for n in REJECTED:
        names = [p for p in table if (n, "off") in table[p]]
        print(f"\n{n} rejected: stance macro-F1 of the rest, off -> rule_out (stance only)")
        for p in names:
            got = table[p]
            print(
                f"  {p:10} {got[(n, 'off')]:.3f} -> {got[(n, 'rule_out')]:.3f}"
                f" ({got[(n, 'stance only')]:.3f})"
            )
        mean = {r: sum(table[p][(n, r)] for p in names) / len(names) for r in RULES}
        up = sum(table[p][(n, "rule_out")] > table[p][(n, "off")] + 1e-9 for p in names)
        down = sum(table[p][(n, "rule_out")] < table[p][(n, "off")] - 1e-9 for p in names)
        print(
            f"  mean of {len(names)}: "
            + ", ".join(f"{r} {v:.4f}" for r, v in mean.items())
            + f"; rule_out up on {up}, down on {down}"
        )
        held, base, picks = [], [], []
        for p in names:
            others = [o for o in names if o != p]
            pick = max(RULES, key=lambda r: sum(table[o][(n, r)] for o in others))
            picks.append(pick)
            held.append(table[p][(n, pick)])
            base.append(table[p][(n, "off")])
        print(
            f"  leave one project out: held out {sum(held) / len(held):.4f} vs off "
            f"{sum(base) / len(base):.4f}; chosen: "
            + ", ".join(f"{r} {picks.count(r)}" for r in RULES if picks.count(r))
        )


if __name__ == "__main__":
    main()
