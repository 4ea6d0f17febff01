"""Write ``argmap/data/middle.json``: the debate-independent middle-stance model
(``argmap/suggest/middle.py``) trained on the tuning debates' gold, and one model per
debate trained without it.

    python3 -m bench.middle . bench/debate2 ... bench/debate27 --new bench/eval [--out PATH]

Each project's units (and bench/eval's gold articles, one debate with the seeds: they share
the codebook) are read; a unit's label is whether its stance is on its codebook's axis 0
(the codebook says which stance is the middle one; a debate without one adds no units).
The debates written blind and held out from model work (debate28 onwards) must not be
passed. Deterministic: the same projects give the same file. The project folders are
read, not written.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from argmap.suggest import middle
from bench import alignment

#: The inverse regularisation of the middle regression (chosen with ``middle.WEIGHT``).
C = 0.1


def labelled(sources: Sequence[Sequence[Any]], axes: Sequence[int], stance_ids: Sequence[str]):
    """The cue rows, word sets and labels (1: a middle stance) of every unit with a stance
    (none where the codebook has no stance off axis 0)."""
    import numpy as np

    from argmap.suggest.align import words_of

    mids = {stance_ids[j] for j in middle.middle_columns(axes)}
    units = [e for held in sources for e in held if e.unit and e.stance in stance_ids]
    # a codebook of options (every stance on axis 0: debate27, debate30) has no sides to
    # weigh; its units would all be "middle" and teach the model its topic words
    if not units or not mids or len(mids) == len(stance_ids):
        return np.zeros((0, len(middle.CUE_NAMES))), [], []
    rows, norms = middle.cue_rows([e.ctx for e in units])
    return rows, [words_of(n) for n in norms], [int(e.stance in mids) for e in units]


def fit(
    data: Sequence[tuple[str, Any, list[set[str]], list[int]]], union: Sequence[str]
) -> dict[str, Any]:
    """One middle model trained on ``data`` (per debate: name, cues, words, labels), with
    the words used in at least ``middle.MIN_DEBATES`` of its debates; its word
    coefficients given per word of ``union`` (0 for a word it does not use)."""
    return alignment.fit(
        data, union, min_debates=middle.MIN_DEBATES, cues=len(middle.CUE_NAMES), c=C
    )


def build(projects: Sequence[Path], new: Path | None = None) -> dict[str, Any]:
    """The file's content: the model trained on every project's debate and, per debate
    fingerprint, the one trained without it."""
    from argmap.project import Project

    data: list[tuple[str, Any, list[set[str]], list[int]]] = []
    keys: list[str] = []
    for i, folder in enumerate(projects):
        key, sources = alignment.debate_rows(folder, new if i == 0 else None)
        axes = [int(s.axis) for s in Project.open(folder).codebook.stances]
        name = "seeds" if str(folder) == "." else str(folder).removeprefix("bench/")
        cues, words, labels = labelled(sources, axes, key.split("|"))
        data.append((name, cues, words, labels))
        keys.append(key)
    about = "argmap/suggest/middle.py; written by python3 -m bench.middle"
    return alignment.shipped_file(data, keys, about, middle.CUE_NAMES, fit, middle.MIN_DEBATES)


def main(argv: list[str] | None = None) -> None:
    alignment.run(__doc__.splitlines()[0], build, middle.PATH, argv)


if __name__ == "__main__":
    main()
