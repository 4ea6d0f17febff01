"""Write ``argmap/data/alignment.json``: the debate-independent alignment model
(``argmap/suggest/align.py``) trained on the tuning debates' gold, and one model per debate
trained without it.

    python3 -m bench.alignment . bench/debate2 ... bench/debate27 --new bench/eval [--out PATH]

Each project's units (and bench/eval's gold articles, one debate with the seeds: they share
the codebook) are read in their sources' text order; a unit's label is whether its stance
is its source's main stance (``evaluation.main_stance``). The debates written blind and
held out from model work (debate28 onwards) must not be passed. Deterministic: the same
projects give the same file. The project folders are read, not written.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from argmap import corpus
from argmap.project import Project
from argmap.suggest import align
from argmap.suggest.data import Example, examples
from argmap.suggest.evaluation import main_stance, read_gold
from bench.source_reading import _copy

#: The inverse regularisation of the alignment regression (chosen with ``align.WEIGHT``).
C = 0.1
#: Decimals kept of each coefficient in the file.
DECIMALS = 4


def _sources(items: Sequence[Example]) -> list[list[Example]]:
    """``items`` grouped by source, each in text order."""
    out: dict[str, list[Example]] = {}
    for e in items:
        out.setdefault(e.source, []).append(e)
    return list(out.values())


def debate_rows(folder: Path, new: Path | None = None) -> tuple[str, list[list[Example]]]:
    """A project's fingerprint (``align.fingerprint``) and its sources' examples (with its
    new articles ``new``, if given)."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Project.open(_copy(folder, Path(tmp) / "project"))
        stance_ids = list(project.codebook.stance_ids)
        sources = _sources(examples(project, None))
    if new is not None:
        for path in sorted((new.resolve() / "articles").glob("*.txt")):
            gold = new.resolve() / "gold" / f"{path.stem}.tsv"
            sources.append(read_gold(gold, corpus.read_source_text(path), path.stem))
    return align.fingerprint(stance_ids), sources


def labelled(
    sources: Sequence[Sequence[Example]], stance_ids: Sequence[str]
) -> tuple[Any, list[set[str]], list[int]]:
    """The cue rows, word sets and labels (1: the unit argues its source's main stance) of
    every unit with a stance."""
    import numpy as np

    cues, words, labels = [], [], []
    for held in sources:
        main = main_stance(held, stance_ids)
        rows, norms = align.cue_rows([e.ctx for e in held])
        for i, e in enumerate(held):
            if e.unit and e.stance in stance_ids:
                cues.append(rows[i])
                words.append(align.words_of(norms[i]))
                labels.append(int(e.stance == main))
    return np.asarray(cues), words, labels


def fit(
    data: Sequence[tuple[str, Any, list[set[str]], list[int]]],
    union: Sequence[str],
    *,
    min_debates: int = align.MIN_DEBATES,
    cues: int = len(align.CUE_NAMES),
    c: float = C,
) -> dict[str, Any]:
    """One logistic regression trained on ``data`` (per debate: name, cue rows, word sets,
    labels; a debate without labels adds nothing) over its ``cues`` cue columns and the words
    of at least ``min_debates`` of its debates, with inverse regularisation ``c``; its word
    coefficients given per word of ``union`` (0 for a word it does not use). The alignment
    model's defaults; ``bench/middle.py`` passes the middle model's."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    used: dict[str, int] = {}
    for _, _, words, _ in data:
        for w in set().union(*words):
            used[w] = used.get(w, 0) + 1
    vocab = sorted(w for w, n in used.items() if n >= min_debates)
    col = {w: j for j, w in enumerate(vocab)}
    rows, y = [], []
    for _, cue_rows, words, labels in data:
        if not labels:
            continue
        bag = np.zeros((len(labels), len(vocab)))
        for i, ws in enumerate(words):
            bag[i, [col[w] for w in sorted(ws) if w in col]] = 1.0
        rows.append(np.hstack([cue_rows, bag]))
        y += labels
    clf = LogisticRegression(C=c, max_iter=5000).fit(np.vstack(rows), y)
    coef = clf.coef_[0]
    share = float(np.mean(y))
    return {
        "trained_on": [name for name, *_ in data],
        "units": len(y),
        "base": round(float(np.log(share / (1.0 - share))), DECIMALS),
        "intercept": round(float(clf.intercept_[0]), DECIMALS),
        "cue_coef": [round(float(x), DECIMALS) for x in coef[:cues]],
        "word_coef": [
            round(float(coef[cues + col[w]]), DECIMALS) if w in col else 0.0 for w in union
        ],
    }


def shipped_file(
    data: Sequence[tuple[str, Any, list[set[str]], list[int]]],
    keys: Sequence[str],
    about: str,
    cue_names: Sequence[str],
    fit_one: Callable[[Sequence[tuple[str, Any, list[set[str]], list[int]]], Sequence[str]], Any],
    min_debates: int,
) -> dict[str, Any]:
    """A shipped file of models across debates (``align.shipped`` reads it): the model
    ``fit_one`` trains on every debate of ``data`` and, per debate fingerprint of ``keys``
    (one per debate, in order), the one trained without it; ``words``: every word some model
    uses (in ``min_debates`` of the debates but at most one)."""
    if len(set(keys)) != len(keys):
        raise SystemExit("two projects share their stance ids: each debate once")
    used: dict[str, int] = {}
    for _, _, words, _ in data:
        for w in set().union(*words):
            used[w] = used.get(w, 0) + 1
    union = sorted(w for w, n in used.items() if n >= min_debates - 1)
    return {
        "about": about,
        "cues": list(cue_names),
        "words": union,
        "all": fit_one(data, union),
        "without": {
            key: fit_one([d for d in data if d[0] != data[i][0]], union)
            for i, key in enumerate(keys)
        },
    }


def build(projects: Sequence[Path], new: Path | None = None) -> dict[str, Any]:
    """The file's content: the model trained on every project's debate and, per debate
    fingerprint, the one trained without it."""
    data: list[tuple[str, Any, list[set[str]], list[int]]] = []
    keys: list[str] = []
    for i, folder in enumerate(projects):
        key, sources = debate_rows(folder, new if i == 0 else None)
        name = "seeds" if str(folder) == "." else str(folder).removeprefix("bench/")
        cues, words, labels = labelled(sources, key.split("|"))
        data.append((name, cues, words, labels))
        keys.append(key)
    about = "argmap/suggest/align.py; written by python3 -m bench.alignment"
    return shipped_file(data, keys, about, align.CUE_NAMES, fit, align.MIN_DEBATES)


def run(
    description: str,
    build_file: Callable[[Sequence[Path], Path | None], dict[str, Any]],
    default_out: Path,
    argv: list[str] | None = None,
) -> None:
    """The command line of a bench script writing a model file shipped across debates
    (this one's and bench/middle.py's): ``build_file(projects, new)`` written to ``--out``."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--new", type=Path, help="the first project's new articles (gold)")
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args(argv)
    out = build_file(args.projects, args.new)
    args.out.write_text(json.dumps(out, sort_keys=True) + "\n", encoding="utf-8")
    used = sum(c != 0.0 for c in out["all"]["word_coef"])
    print(f"{args.out}: {out['all']['units']} units, {used} words")


def main(argv: list[str] | None = None) -> None:
    run(__doc__.splitlines()[0], build, align.PATH, argv)


if __name__ == "__main__":
    main()
