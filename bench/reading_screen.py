"""Screen changes of the reading in order (``argmap/suggest/sequence.py``) in seconds: the
models of every fold are trained once and kept, and only the reading is re-run per variant.

    python3 -m bench.reading_screen cache DIR . bench/debate2 ... bench/debate18 --new bench/eval
    python3 -m bench.reading_screen screen DIR --variant word3=sequence.STATED_WEIGHT=3 \\
        [--variant NAME=MODULE.NAME=VALUE[,MODULE.NAME=VALUE...]] [--by stated,confirmed]
    python3 -m bench.reading_screen oracle DIR
    python3 -m bench.reading_screen turned DIR [--k 3]

``cache`` trains, per project and held-out source, the models ``argmap evaluate`` trains:
with nothing of the source (k = 0), and for the curve with its first 3, 5 and 10 units
annotated (the source in focus), and keeps each with its raw predictions of the source's
sentences (no feature matrices nor classifiers: ``sequence.in_order`` does not need them);
one file per project in DIR (~18 projects: ~5 min CPU alone; a project already cached is
skipped). ``screen`` reads them and prints, per project and variant, what ``evaluate``
prints for the stance: macro-F1 with nothing annotated and its lowest recall, the curve
after 0 / 3 / 5 / 10 units, the side stated, its lowest recall, confirmed and corrected;
then, leaving one project out, the variant with the best mean of ``--by`` on the others,
scored on the one left out. A variant sets constants of ``argmap.suggest.MODULE`` for the
reading only: a change of the models (their training) needs a new cache. ``oracle`` bounds
what any per-source rule that moves a source's reading between the one with nothing
annotated and the one after k units can gain (each source given the better of the two).
``turned`` says, per project whose curve falls from 0 to k units, what turns the scored units
that are right with nothing annotated and wrong after k: how many are right again where the
models that never saw the source read its k units in order (the refit turned them), and how
many with the offsets of those models on the refitted ones (the decision turned them).

The figures equal ``argmap evaluate``'s on the same commit (checked on the 19 projects
against ``bench/stance_errors.py``, session 13; the curve with the second reading of
``unrefit`` since session 20: the 39 rows of the lead's final19.json). The project folders are read, not written.
"""

from __future__ import annotations

import argparse
import copy
import pickle
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from argmap import corpus
from argmap.project import Project
from argmap.suggest import models as M
from argmap.suggest.data import Example, examples
from argmap.suggest.evaluation import (
    CURVE,
    Scores,
    _predict_source,
    _with_unrefit,
    loso_folds,
    main_stance,
    read_gold,
)
from argmap.suggest.side import read_side
from bench.source_reading import _copy
from bench.stance_errors import _apply_sets

#: The figures ``screen`` prints, in order.
KEYS = (
    "k0",
    "low",
    *(f"c{k}" for k in CURVE),
    "stated",
    "stated_low",
    "confirmed",
    "corrected",
)


def _light(models: M.Models) -> M.Models:
    """``models`` without what only ``predict`` needs (the reading in order reads the rest)."""
    out = copy.copy(models)
    out.features = None
    out.classifiers = {}
    out.feature_names = out.eligible = out.question_mask = out.word_lean = None
    out.reason_names = []
    return out


def _source(
    train: Sequence[Example], held: Sequence[Example], codebook: Any, k0: M.Models
) -> dict[Any, Any]:
    """One held-out source: its examples, and per k its models and raw predictions."""
    ctxs = [e.ctx for e in held]
    out: dict[Any, Any] = {"held": list(held), 0: (_light(k0), M.predict(k0, ctxs, explain=False))}
    units = [e for e in held if e.unit]
    if len(units) > max(CURVE):
        for k in CURVE:
            if k:
                models = M._train([*train, *units[:k]], codebook, focus=held[0].source)
                out[k] = (_light(models), M.predict(models, ctxs, explain=False))
    return out


def cache(out: Path, folder: Path, new: Path | None = None) -> list[str]:
    """Cache the project at ``folder`` (and its new articles ``new``) in ``out``; the names
    written."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.open(_copy(folder, Path(tmp) / "project"))
        items = examples(project, None)
        by_key = {e.key: e for e in items}
        codebook = project.codebook
        axes = {s.id: int(s.axis) for s in codebook.stances}
        name = str(folder).removeprefix("bench/")
        name = "seeds" if name == "." else name
        entries: dict[str, list[dict[Any, Any]]] = {name: []}
        for fold in loso_folds(items):
            train = [by_key[k] for k in fold.train]
            held = [by_key[k] for k in fold.test]
            entries[name].append(_source(train, held, codebook, M._train(train, codebook)))
        if new is not None:
            models = M._train(items, codebook)
            arts = entries[str(new).removeprefix("bench/")] = []
            for path in sorted((new.resolve() / "articles").glob("*.txt")):
                gold = new.resolve() / "gold" / f"{path.stem}.tsv"
                held = read_gold(gold, corpus.read_source_text(path), path.stem)
                arts.append(_source(items, held, codebook, models))
    for n, sources in entries.items():
        data = {"stances": list(codebook.stance_ids), "axes": axes, "sources": sources}
        (out / f"{n}.pkl").write_bytes(pickle.dumps(data))
    return list(entries)


def _given(rec: Mapping[Any, Any], k: int) -> tuple[M.Models, list[Any], list[Example]]:
    """The models, raw predictions (None for the annotated) and annotated units at ``k``."""
    held = rec["held"]
    models, raw = rec[k]
    given = [e for e in held if e.unit][:k]
    keys = {e.key for e in given}
    return models, [None if e.key in keys else p for e, p in zip(held, raw, strict=True)], given


def _reading(rec: Mapping[Any, Any], k: int) -> list[M.Prediction]:
    """The reading after ``k`` units as ``argmap evaluate``'s curve makes it: the refitted
    models' with the second reading of the models without the source mixed in (``unrefit``)."""
    models, raw, given = _given(rec, k)
    preds = _predict_source(models, rec["held"], given, raw=raw)
    plain_models, plain_raw = rec[0]
    return _with_unrefit(preds, plain_models, rec["held"], given, plain_raw)


def figures(entry: Mapping[str, Any]) -> dict[str, float]:
    """The stance figures of one cached project (``KEYS``) under the constants as set."""
    stances = entry["stances"]
    gold: list[str] = []
    pred: dict[str, list[str]] = {w: [] for w in ("k0", "stated", "confirmed", "corrected")}
    curve: dict[int, tuple[list[str], list[str]]] = {k: ([], []) for k in CURVE}
    for rec in entry["sources"]:
        held = rec["held"]
        models, raw = rec[0]
        units = [i for i, e in enumerate(held) if e.unit and e.stance]
        plain = _predict_source(models, held, raw=raw)
        main = main_stance(held, models.stance_ids)
        got = read_side(models, held[0].source, [e.ctx for e in held], raw)
        proposed = got.stance if got is not None and got.confident else None
        said = _predict_source(models, held, argues=main, raw=raw)
        ways = {
            "k0": plain,
            "stated": said,
            "confirmed": said if proposed == main else plain,
            "corrected": said if proposed is not None else plain,
        }
        gold += [held[i].stance or "" for i in units]
        for way, preds in ways.items():
            pred[way] += [preds[i].stance for i in units]
        if max(CURVE) not in rec:
            continue
        rest = {e.key for e in [e for e in held if e.unit][max(CURVE) :]}
        for k in CURVE:
            preds = plain if k == 0 else _reading(rec, k)
            for e, p in zip(held, preds, strict=True):
                if e.key in rest:
                    curve[k][0].append(e.stance or "")
                    curve[k][1].append(p.stance)
    out: dict[str, float] = {}
    for way, preds in pred.items():
        s = Scores.compute(gold, preds, stances)
        out[way] = s.macro_f1
        if way in ("k0", "stated"):
            low = min(c.recall for c in s.per_class.values() if c.support)
            out["low" if way == "k0" else "stated_low"] = low
    for k, (g, p) in curve.items():
        if g:
            out[f"c{k}"] = Scores.compute(g, p, stances).macro_f1
    return out


def _order(name: str) -> tuple[int, str]:
    """The seeds, their new articles, then the debates by number."""
    head = {"seeds": -2, "eval": -1}
    digits = "".join(ch for ch in name if ch.isdigit())
    return (head.get(name, int(digits) if digits else 10**6), name)


def _load(folder: Path) -> dict[str, dict[str, Any]]:
    paths = sorted(folder.glob("*.pkl"), key=lambda p: _order(p.stem))
    return {p.stem: pickle.loads(p.read_bytes()) for p in paths}


def screen(
    data: Mapping[str, Mapping[str, Any]], variants: Mapping[str, Sequence[str]]
) -> dict[str, dict[str, dict[str, float]]]:
    """Per variant (its ``MODULE.NAME=VALUE`` settings, undone after), per project, its
    figures."""
    import importlib

    out: dict[str, dict[str, dict[str, float]]] = {}
    for name, sets in variants.items():
        before: dict[str, tuple[Any, str, Any]] = {}
        for item in sets:
            target = item.split("=", 1)[0]
            module, attr = target.rsplit(".", 1)
            mod = importlib.import_module(f"argmap.suggest.{module}")
            before.setdefault(target, (mod, attr, getattr(mod, attr)))
        try:
            _apply_sets(sets)
            out[name] = {n: figures(entry) for n, entry in data.items()}
        finally:
            for mod, attr, value in before.values():
                setattr(mod, attr, value)
    return out


def lopo(
    runs: Mapping[str, Mapping[str, Mapping[str, float]]], score: Callable[[Mapping], float]
) -> dict[str, tuple[str, Mapping[str, float]]]:
    """Per project: the variant with the best sum of ``score`` over the other projects (ties:
    the first variant), and its figures on the project left out."""
    names = list(next(iter(runs.values())))
    held: dict[str, tuple[str, Mapping[str, float]]] = {}
    for n in names:
        best = max(runs, key=lambda v: sum(score(runs[v][m]) for m in names if m != n))
        held[n] = (best, runs[best][n])
    return held


def _row(label: str, f: Mapping[str, float]) -> str:
    return f"{label:14} " + " ".join(f"{f.get(k, float('nan')):10.3f}" for k in KEYS)


def _mean(figs: Sequence[Mapping[str, float]]) -> dict[str, float]:
    return {k: sum(f.get(k, 0.0) for f in figs) / len(figs) for k in KEYS}


def oracle(data: Mapping[str, Mapping[str, Any]]) -> None:
    """Print, per k, the mean curve as shipped and with each source given the better (more
    of its scored units right) of its reading with nothing annotated and after k units."""
    for k in CURVE[1:]:
        shipped, best = [], []
        for entry in data.values():
            gold: list[str] = []
            got: list[str] = []
            top: list[str] = []
            for rec in entry["sources"]:
                if k not in rec:
                    continue
                held = rec["held"]
                rest = [i for i, e in enumerate(held) if e.unit][max(CURVE) :]
                models, raw = rec[0]
                plain = _predict_source(models, held, raw=raw)
                moved = _reading(rec, k)
                right = [sum(p[i].stance == held[i].stance for i in rest) for p in (plain, moved)]
                pick = moved if right[1] >= right[0] else plain
                gold += [held[i].stance or "" for i in rest]
                got += [moved[i].stance for i in rest]
                top += [pick[i].stance for i in rest]
            if gold:
                shipped.append(Scores.compute(gold, got, entry["stances"]).macro_f1)
                best.append(Scores.compute(gold, top, entry["stances"]).macro_f1)
        print(
            f"after {k} units: shipped {sum(shipped) / len(shipped):.4f}, "
            f"each source the better of k=0 and k={k} {sum(best) / len(best):.4f}"
        )


def _with_offsets(models: M.Models, offsets: Sequence[float]) -> M.Models:
    """``models`` with the decision offsets ``offsets``."""
    out = copy.copy(models)
    out.stance_offsets = tuple(offsets)
    return out


def turned_units(rec: Mapping[Any, Any], k: int) -> dict[str, int]:
    """One curve source's scored units (after its tenth) by how they turn between nothing
    annotated and ``k`` units (see ``turned``)."""
    held = rec["held"]
    rest = [i for i, e in enumerate(held) if e.unit][max(CURVE) :]
    plain_models, plain_raw = rec[0]
    plain = _predict_source(plain_models, held, raw=plain_raw)
    shipped = _reading(rec, k)
    _, raw0, given = _given({"held": held, k: rec[0]}, k)
    unrefit = _predict_source(plain_models, held, given, raw=raw0)
    models, raw, given = _given(rec, k)
    offsets = _with_offsets(models, plain_models.stance_offsets)
    decided = _predict_source(offsets, held, given, raw=raw)
    firsts = {e.stance for e in given}
    out = dict.fromkeys(("right_wrong", "wrong_right", "unrefit", "offsets", "first"), 0)
    for i in rest:
        gold = held[i].stance
        if plain[i].stance == gold and shipped[i].stance != gold:
            out["right_wrong"] += 1
            out["unrefit"] += unrefit[i].stance == gold
            out["offsets"] += decided[i].stance == gold
            out["first"] += shipped[i].stance in firsts
        elif plain[i].stance != gold and shipped[i].stance == gold:
            out["wrong_right"] += 1
    return out


def turned(data: Mapping[str, Mapping[str, Any]], k: int = 3) -> None:
    """Print, per project whose curve falls from 0 to ``k`` units, its scored units right
    with nothing annotated and wrong after ``k`` (and the reverse), and of the first: right
    again read by the models without the source (``unrefit``), right again with those
    models' offsets on the refitted ones (``offsets``), turned to a stance of the first ``k``
    units (``first``)."""
    shipped = screen(data, {"shipped": []})["shipped"]
    total: dict[str, int] = {}
    heads = ("right->wrong", "wrong->right", "unrefit", "offsets", "first")
    print(f"{'':14} {'c0':>6} {'c' + str(k):>6}  " + " ".join(f"{h:>12}" for h in heads))
    for name, entry in data.items():
        f = shipped[name]
        if f.get(f"c{k}", 1.0) >= f.get("c0", 0.0):
            continue
        counts: dict[str, int] = {}
        for rec in entry["sources"]:
            if k in rec:
                for key, n in turned_units(rec, k).items():
                    counts[key] = counts.get(key, 0) + n
        for key, n in counts.items():
            total[key] = total.get(key, 0) + n
        print(f"{name:14} {f['c0']:6.3f} {f[f'c{k}']:6.3f}  " + _counts_row(counts))
    print(f"{'total':28}  " + _counts_row(total))


def _counts_row(counts: Mapping[str, int]) -> str:
    keys = ("right_wrong", "wrong_right", "unrefit", "offsets", "first")
    return " ".join(f"{counts.get(key, 0):12}" for key in keys)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("cache")
    c.add_argument("dir", type=Path)
    c.add_argument("projects", nargs="+", type=Path)
    c.add_argument("--new", type=Path)
    s = sub.add_parser("screen")
    s.add_argument("dir", type=Path)
    s.add_argument("--variant", action="append", default=[], help="NAME=MOD.X=V[,MOD.Y=V]")
    s.add_argument("--by", default="c0,c3,c5,c10", help="figures the folds choose by (mean)")
    o = sub.add_parser("oracle")
    o.add_argument("dir", type=Path)
    t = sub.add_parser("turned")
    t.add_argument("dir", type=Path)
    t.add_argument("--k", type=int, default=3, choices=CURVE[1:])
    args = parser.parse_args(argv)
    if args.cmd == "cache":
        args.dir.mkdir(parents=True, exist_ok=True)
        for i, folder in enumerate(args.projects):
            name = "seeds" if str(folder) == "." else str(folder).removeprefix("bench/")
            if not (args.dir / f"{name}.pkl").exists():
                print(", ".join(cache(args.dir, folder, args.new if i == 0 else None)), flush=True)
        return
    data = _load(args.dir)
    if args.cmd == "oracle":
        oracle(data)
        return
    if args.cmd == "turned":
        turned(data, args.k)
        return
    variants: dict[str, list[str]] = {"shipped": []}
    for item in args.variant:
        name, sets = item.split("=", 1)
        variants[name] = sets.split(",")
    runs = screen(data, variants)
    print(f"{'':14} " + " ".join(f"{k:>10}" for k in KEYS))
    for name, figs in runs.items():
        print(f"-- {name}")
        for n, f in figs.items():
            print(_row(n, f))
        print(_row("mean", _mean(list(figs.values()))))
    by = args.by.split(",")
    held = lopo(runs, lambda f: sum(f.get(k, 0.0) for k in by) / len(by))
    print(f"-- leave one project out, chosen by the mean of {', '.join(by)}")
    for n, (best, f) in held.items():
        print(_row(n, f) + f"  ({best})")
    print(_row("held-out mean", _mean([f for _, f in held.values()])))


if __name__ == "__main__":
    main()
