"""Where the stance suggestions go wrong, with nothing of a source annotated and after its
first 3 units, and a leave-one-project-out check of a constant.

    python3 -m bench.stance_errors run OUT.json . bench/debate2 ... bench/debate18 \\
        --new bench/eval [--set models.FOCUS_WEIGHT=1]
    python3 -m bench.stance_errors report OUT.json
    python3 -m bench.stance_errors lopo A.json B.json ...

``run`` predicts every project as ``argmap evaluate`` does (each source held out; with
``--new``, the new articles of the first project, trained on it) and writes one record per
unit and ``k`` in (0, 3, 5, 10): its gold and suggested stance, its source's main stance
(the most frequent of its units) and the majority of the source's first three units. With
``k = 0`` every unit is recorded (``evaluate``'s stance figure); with ``k > 0`` the units
after the source's tenth, once its first ``k`` are annotated (``evaluate``'s curve).
``--set MODULE.NAME=VALUE`` sets a constant of ``argmap.suggest.MODULE`` for the run.

``report`` sorts the errors: (a) a unit of its source's main stance called another side,
(b) a unit of a minority side called the source's main stance, (c) the middle stance
(axis 0) in gold or suggested, other errors; after 3 units, (d) an error whose suggestion
is the first three units' majority where that is not the source's main stance, and how
many of those the suggestion with nothing annotated had right.

``lopo`` reads runs of the same projects under different values (one file per value) and,
leaving one project out, scores on it the value with the best mean on the others (by the
mean of stance macro-F1 after 0, 3, 5 and 10 units).

The project folders are read, not written: each is copied to a temporary folder first.
"""

from __future__ import annotations

import argparse
import importlib
import json
import tempfile
from collections import Counter
from collections.abc import Sequence
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
    loso_folds,
    main_stance,
    read_gold,
)
from bench.source_reading import _copy


def _majority(stances: Sequence[str], order: Sequence[str]) -> str | None:
    counts = Counter(stances)
    if not counts:
        return None
    return max(order, key=lambda s: (counts.get(s, 0), -order.index(s)))


def _source(
    project: str,
    train: Sequence[Example],
    held: Sequence[Example],
    codebook: Any,
    k0_models: M.Models | None,
) -> list[dict[str, Any]]:
    """The records of one held-out source (``held``, in text order)."""
    order = list(codebook.stance_ids)
    units = [e for e in held if e.unit and e.stance]
    main = main_stance(held, order)
    first3 = _majority([e.stance or "" for e in units[:3]], order)
    base = {"project": project, "source": held[0].source, "main": main, "first3": first3}
    out: list[dict[str, Any]] = []
    pos = {e.key: i for i, e in enumerate(units)}
    preds = _predict_source(k0_models, held) if k0_models is not None else []
    for e, p in zip(held, preds, strict=False):
        if e.key in pos:
            out.append({**base, "k": 0, "pos": pos[e.key], "gold": e.stance, "pred": p.stance})
    last = max(CURVE)
    if len(units) <= last:
        return out
    rest = {e.key for e in units[last:]}
    for k in CURVE:
        if k == 0:
            continue
        given = units[:k]
        models = M._train([*train, *given], codebook, focus=held[0].source)
        for e, p in zip(held, _predict_source(models, held, given), strict=True):
            if e.key in rest:
                out.append({**base, "k": k, "pos": pos[e.key], "gold": e.stance, "pred": p.stance})
    return out


def run_project(folder: Path, new: Path | None, k0: bool = True) -> dict[str, Any]:
    """Every record of the project at ``folder`` (and of its new articles)."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.open(_copy(folder, Path(tmp) / "project"))
        items = examples(project, None)
        by_key = {e.key: e for e in items}
        codebook = project.codebook
        axes = {s.id: int(s.axis) for s in codebook.stances}
        name = str(folder).removeprefix("bench/")
        records: list[dict[str, Any]] = []
        for fold in loso_folds(items):
            train = [by_key[k] for k in fold.train]
            held = [by_key[k] for k in fold.test]
            models = M._train(train, codebook) if k0 else None
            records += _source(name if name != "." else "seeds", train, held, codebook, models)
        out = {name if name != "." else "seeds": {"stances": list(codebook.stance_ids)}}
        out[next(iter(out))]["axes"] = axes
        out[next(iter(out))]["records"] = records
        if new is not None:
            models = M._train(items, codebook) if k0 else None
            recs: list[dict[str, Any]] = []
            for path in sorted((new.resolve() / "articles").glob("*.txt")):
                gold = new.resolve() / "gold" / f"{path.stem}.tsv"
                held = read_gold(gold, corpus.read_source_text(path), path.stem)
                recs += _source(str(new).removeprefix("bench/"), items, held, codebook, models)
            out[str(new).removeprefix("bench/")] = {
                "stances": list(codebook.stance_ids),
                "axes": axes,
                "records": recs,
            }
        return out


def _apply_sets(sets: Sequence[str]) -> None:
    for item in sets:
        target, value = item.split("=", 1)
        module, name = target.rsplit(".", 1)
        mod = importlib.import_module(f"argmap.suggest.{module}")
        setattr(mod, name, type(getattr(mod, name))(value))


def figures(entry: dict[str, Any]) -> dict[str, float]:
    """Stance macro-F1 with nothing annotated, its lowest recall, and the curve."""
    stances = entry["stances"]
    out: dict[str, float] = {}
    for k in CURVE:
        recs = [r for r in entry["records"] if r["k"] == k]
        if k == 0:
            s = Scores.compute([r["gold"] for r in recs], [r["pred"] for r in recs], stances)
            out["k0"] = s.macro_f1
            out["low"] = min(c.recall for c in s.per_class.values() if c.support)
            recs = [r for r in recs if r["pos"] >= max(CURVE) and _curved(entry, r)]
        if recs:
            got = Scores.compute([r["gold"] for r in recs], [r["pred"] for r in recs], stances)
            out[f"c{k}"] = got.macro_f1
    return out


def _curved(entry: dict[str, Any], r: dict[str, Any]) -> bool:
    """Whether ``r``'s source is in the curve (it has units recorded with k > 0)."""
    return any(x["k"] and x["source"] == r["source"] for x in entry["records"])


def report(data: dict[str, Any]) -> None:
    """Print the error categories per project and in total, at k = 0 and k = 3."""
    tot: Counter[str] = Counter()
    head = (
        "project        k0   low | c0    c3    c5    c10  | k=0: n err a a_misread b c o"
        " | k=3: n err a a_misread b c o d d0 lost gained"
    )
    print(head)
    for name, entry in data.items():
        mid = {s for s, a in entry["axes"].items() if a == 0}
        f = figures(entry)
        row = [f"{name:12} {f['k0']:.3f} {f['low']:.2f} |"]
        row.append(" ".join(f"{f.get(f'c{k}', float('nan')):.3f}" for k in CURVE) + " |")
        k0 = {(r["source"], r["pos"]): r for r in entry["records"] if r["k"] == 0}
        for k in (0, 3):
            recs = [r for r in entry["records"] if r["k"] == k]
            c = _categories(recs, mid, k0 if k else None)
            for key, v in c.items():
                tot[f"{k}{key}"] += v
            cells = "n err a a_misread b c o" + (" d d0 lost gained" if k else "")
            row.append(" ".join(str(c[x]) for x in cells.split()) + " |")
        print(" ".join(row))
    print("total k=0:", {k[1:]: v for k, v in tot.items() if k[0] == "0"})
    print("total k=3:", {k[1:]: v for k, v in tot.items() if k[0] == "3"})


def _categories(
    recs: Sequence[dict[str, Any]], mid: set[str], k0: dict[Any, dict[str, Any]] | None
) -> Counter[str]:
    c: Counter[str] = Counter()
    # per source, the stance its units are suggested most (its side as read)
    read: dict[str, Counter[str]] = {}
    for r in recs:
        read.setdefault(r["source"], Counter())[r["pred"]] += 1
    for r in recs:
        c["n"] += 1
        if k0 is not None:
            before = k0[(r["source"], r["pos"])]["pred"] == r["gold"]
            c["lost"] += before and r["pred"] != r["gold"]
            c["gained"] += not before and r["pred"] == r["gold"]
        if r["gold"] == r["pred"]:
            continue
        c["err"] += 1
        if r["gold"] in mid or r["pred"] in mid:
            c["c"] += 1
        elif r["gold"] == r["main"]:
            c["a"] += 1
            c["a_misread"] += read[r["source"]].most_common(1)[0][0] != r["main"]
        elif r["pred"] == r["main"]:
            c["b"] += 1
        else:
            c["o"] += 1
        if k0 is not None and r["pred"] == r["first3"] and r["first3"] != r["main"]:
            c["d"] += 1
            if k0[(r["source"], r["pos"])]["pred"] == r["gold"]:
                c["d0"] += 1
    return c


def lopo(paths: Sequence[Path]) -> None:
    """Leave one project out over the runs in ``paths`` (one per value)."""
    runs = {p.stem: json.loads(p.read_text()) for p in paths}
    names = list(next(iter(runs.values())))
    figs = {v: {n: figures(d[n]) for n in names} for v, d in runs.items()}

    def score(f: dict[str, float]) -> float:
        return sum(f[f"c{k}"] for k in CURVE) / len(CURVE)

    keys = ["k0", "low", *(f"c{k}" for k in CURVE)]
    print("value  " + " ".join(f"{k:>6}" for k in keys) + "  (mean over the projects)")
    for v, f in figs.items():
        print(
            f"{v:6} " + " ".join(f"{sum(f[n][k] for n in names) / len(names):6.3f}" for k in keys)
        )
    held: dict[str, dict[str, float]] = {}
    for n in names:
        others = [m for m in names if m != n]
        best = max(figs, key=lambda v: sum(score(figs[v][m]) for m in others))
        held[n] = figs[best][n]
        row = " ".join(f"{held[n][k]:.3f}" for k in keys)
        print(f"left out {n:10} chose {best:6} held out {row}")
    print(
        "held-out mean "
        + " ".join(f"{k} {sum(held[n][k] for n in names) / len(names):.3f}" for k in keys)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("projects", nargs="+", type=Path)
    r.add_argument("--new", type=Path)
    r.add_argument("--set", action="append", default=[])
    r.add_argument(
        "--k0-from", type=Path, help="a run whose k = 0 records to reuse (a change at k > 0)"
    )
    p = sub.add_parser("report")
    p.add_argument("run", type=Path)
    lo = sub.add_parser("lopo")
    lo.add_argument("runs", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "run":
        _apply_sets(args.set)
        data: dict[str, Any] = {}
        k0_from = json.loads(args.k0_from.read_text()) if args.k0_from else None
        for i, folder in enumerate(args.projects):
            got = run_project(folder, args.new if i == 0 else None, k0=k0_from is None)
            for name, entry in got.items():
                if k0_from is not None:
                    entry["records"] += [r for r in k0_from[name]["records"] if r["k"] == 0]
            data.update(got)
            args.out.write_text(json.dumps(data))
            last = list(data)[-1]
            f = figures(data[last])
            print(last, " ".join(f"{k} {v:.3f}" for k, v in f.items()), flush=True)
    elif args.cmd == "report":
        report(json.loads(args.run.read_text()))
    else:
        lopo(args.runs)


if __name__ == "__main__":
    main()
