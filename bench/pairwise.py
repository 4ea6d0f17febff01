"""Write ``argmap/data/pairs.json``: the debate-independent pairwise model "this sentence
argues the same stance as this annotated unit of its source" (``argmap/suggest/pairs.py``)
trained on the tuning debates' gold, and one model per debate trained without it.

    python3 -m bench.reading_screen cache DIR . bench/debate2 ... bench/debate27 --new bench/eval
    python3 -m bench.pairwise DIR [--out PATH]

It reads a ``bench/reading_screen`` cache (the models of every held-out source, trained
once): per source of more than 10 units and k of 3, 5 and 10, the shipped reading in order
of the source after its first k units (with ``pairs.WEIGHT`` 0) gives the features of every
pair (a later unit, one of the first k), labelled by whether their gold stances are the
same. The seeds and bench/eval are one debate (they share the codebook). The debates held
out from model work (debate28 onwards) must not be in DIR. Deterministic: the same cache
gives the same file.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from argmap.suggest import align, pairs
from bench.reading_screen import _load, _reading

#: The inverse regularisation of the pairwise regression.
C = 1.0
#: Decimals kept of each coefficient in the file.
DECIMALS = 5
#: The numbers of first units the pairs are read after.
KS = (3, 5, 10)


def project_rows(entry: Mapping[str, Any]) -> tuple[Any, Any]:
    """The pair features and labels of one cached project."""
    import numpy as np

    stances = entry["stances"]
    col = {s: j for j, s in enumerate(stances)}
    lean_model = align.model_for(stances)
    xs, ys = [], []
    saved, pairs.WEIGHT = pairs.WEIGHT, 0.0
    try:
        for rec in entry["sources"]:
            held = rec["held"]
            ctxs = [e.ctx for e in held]
            lean = align.alignment(lean_model, ctxs) if lean_model else np.zeros(len(ctxs))
            order = [i for i, e in enumerate(held) if e.unit and e.stance in col]
            for k in KS:
                if k not in rec:
                    continue
                preds = _reading(rec, k)
                units = [(i, col[held[i].stance]) for i in order[:k]]
                targets = order[k:]
                probs = np.zeros((len(held), len(stances)))
                for i in targets:
                    probs[i] = [preds[i].stance_probs.get(s, 0.0) for s in stances]
                mix = rec[k][0].stance_mix
                rows = pairs.pair_rows(ctxs, probs, units, targets, mix, lean)
                xs.append(rows.reshape(-1, rows.shape[2]))
                same = [[held[t].stance == held[u].stance for u, _ in units] for t in targets]
                ys.append(np.asarray(same, dtype=float).reshape(-1))
    finally:
        pairs.WEIGHT = saved
    return np.vstack(xs), np.concatenate(ys)


def fit(data: list[tuple[str, Any, Any]]) -> dict[str, Any]:
    """One pairwise model trained on ``data`` (per debate: name, features, labels)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.vstack([d[1] for d in data])
    y = np.concatenate([d[2] for d in data])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=5000).fit((x - mean) / scale, y)
    return {
        "trained_on": [name for name, *_ in data],
        "pairs": len(y),
        "mean": [round(float(v), DECIMALS) for v in mean],
        "scale": [round(float(v), DECIMALS) for v in scale],
        "coef": [round(float(v), DECIMALS) for v in clf.coef_[0]],
        "intercept": round(float(clf.intercept_[0]), DECIMALS),
    }


def build(folder: Path) -> dict[str, Any]:
    """The file's content from the cache in ``folder``."""
    grouped: dict[str, list[tuple[str, Any, Any]]] = {}
    for name, entry in _load(folder).items():
        x, y = project_rows(entry)
        grouped.setdefault(align.fingerprint(entry["stances"]), []).append((name, x, y))
    import numpy as np

    data = [
        (
            "+".join(n for n, *_ in rows),
            np.vstack([r[1] for r in rows]),
            np.concatenate([r[2] for r in rows]),
        )
        for rows in grouped.values()
    ]
    return {
        "about": "argmap/suggest/pairs.py; written by python3 -m bench.pairwise",
        "features": list(pairs.PAIR_NAMES),
        "all": fit(data),
        "without": {
            key: fit([d for d in data if d[0] != data[i][0]]) for i, key in enumerate(grouped)
        },
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path)
    parser.add_argument("--out", type=Path, default=pairs.PATH)
    args = parser.parse_args(argv)
    out = build(args.cache)
    args.out.write_text(json.dumps(out, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{args.out}: {out['all']['pairs']} pairs, {len(out['without'])} debates")


if __name__ == "__main__":
    main()
