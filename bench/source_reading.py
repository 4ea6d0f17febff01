"""Which side the source level reads each held-out source as arguing, from which sentences.

For each source of a project, train on the others (leave-one-source-out, as ``evaluate``
does), predict the held-out source's sentences, and pool the stance probabilities of a
*reading* (a subset of its sentences likely to be claims, each weighted by its claim
probability, re-based on the project's mix as ``sequence.mix`` does). The reading names the
stance whose share most exceeds the project's mix (the stance ``sequence.in_order`` tilts the
source toward); the table counts the sources where that is the source's main gold stance
(``evaluation.main_stance``, what ``argmap argues`` would say).

The readings: the whole source; its closing paragraph, its last 8 claims, its first 3
claims; and sentences in the author's own voice: prescriptive ("should", "must", "it is
time"), first-person verdicts ("I think", "in my view"), conclusions ("that is why", "the
answer is"), a contrast that opens the sentence ("But", "Yet", "In fact"), their union, and
the whole source without sentences that report or concede another's view ("critics say",
"of course"). The cue lists are general English discourse markers, not taken from any
article. Issue 13, note v7: on debates 2-7 the whole source names the main stance in 26 of
42 sources and every other reading in fewer.

    python3 -m bench.source_reading . bench/debate2 bench/debate3

The project folders are read, not written: each is copied to a temporary folder first.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from argmap.project import Project
from argmap.suggest import models as M
from argmap.suggest.data import Example, examples
from argmap.suggest.evaluation import _raw_predictions, loso_folds, main_stance
from argmap.suggest.text import normalise

PRESCRIPTIVE = re.compile(
    r"\b(should|must|need to|needs to|ought|it is time|let us|we have to|has to|have to"
    r"|the answer is|the solution is|the only way)\b"
)
FIRST_PERSON = re.compile(
    r"\b(i|we) (think|believe|argue|urge|support|oppose|reject|propose|disagree|agree)\b"
    r"|\bin (my|our) (view|opinion)\b|\bmy (view|position|verdict)\b"
)
CONCLUSION = re.compile(
    r"^(so|that is why|this is why|in short|in the end|ultimately|in sum|to sum up"
    r"|in conclusion|for these reasons|which is why)\b|\b(the answer is|the truth is|the point is)\b"
)
CONTRAST = re.compile(
    r"^(but|yet|however|still|nonetheless|nevertheless|and yet|even so|that said|in fact)\b"
)
REPORTED = re.compile(
    r"\b(critics|opponents|supporters|proponents|advocates|campaigners|sceptics|skeptics"
    r"|some|others|they) (say|says|said|argue|argues|claim|claims|insist|insists|contend"
    r"|warn|warns|believe|maintain|fear|fears)\b|\bwe are (told|assured|warned)\b"
    r"|\bit is (said|argued|claimed)\b|\baccording to\b|\bthe argument (goes|is that)\b"
    r"|^(of course|granted|admittedly|to be sure|it is true)\b"
)
#: A sentence counts as a likely claim from this claim probability on.
LIKELY = 0.5

Reading = Callable[[Sequence[Example], list[int], list[str]], list[int]]


def _paragraphs(held: Sequence[Example], likely: list[int]) -> list[list[int]]:
    """The likely claims grouped by paragraph, in order."""
    out: list[list[int]] = []
    for i in likely:
        if not out or held[i].ctx.para_pos == 0 or i != out[-1][-1] + 1:
            out.append([])
        out[-1].append(i)
    return out


def _marked(rx: re.Pattern[str]) -> Reading:
    return lambda held, likely, norms: [i for i in likely if rx.search(norms[i])]


def _voice(held: Sequence[Example], likely: list[int], norms: list[str]) -> list[int]:
    cues = (PRESCRIPTIVE, FIRST_PERSON, CONCLUSION, CONTRAST)
    return [i for i in likely if any(rx.search(norms[i]) for rx in cues)]


READINGS: dict[str, Reading] = {
    "whole source": lambda held, likely, norms: likely,
    "closing paragraph": lambda held, likely, norms: (_paragraphs(held, likely) or [[]])[-1],
    "last 8 claims": lambda held, likely, norms: likely[-8:],
    "first 3 claims": lambda held, likely, norms: likely[:3],
    "prescriptive": _marked(PRESCRIPTIVE),
    "first-person verdict": _marked(FIRST_PERSON),
    "conclusion marker": _marked(CONCLUSION),
    "opens with a contrast": _marked(CONTRAST),
    "author's voice (union)": _voice,
    "without reported views": lambda held, likely, norms: [
        i for i in likely if not REPORTED.search(norms[i])
    ],
}


def _named(
    models: M.Models, raw: Sequence[M.Prediction | None], idx: Sequence[int]
) -> tuple[str, float] | None:
    """The stance a reading over ``idx`` names and how far its share exceeds the project's
    mix (1: not at all); None for an empty reading."""
    import numpy as np

    rows = [raw[i] for i in idx]
    if not rows or not models.stance_mix:
        return None
    stances = models.stance_ids
    m = np.asarray(models.stance_mix)
    ref = np.asarray(models.stance_reference) if models.stance_reference else m
    p = np.asarray([[r.stance_probs.get(s, 0.0) for s in stances] for r in rows if r])
    w = np.asarray([r.claim for r in rows if r])
    p = p * (m / np.maximum(ref, 1e-9))
    p /= np.maximum(p.sum(axis=1, keepdims=True), 1e-12)
    factor = (w @ p / w.sum()) / m
    share = factor / factor.sum()
    j = int(share.argmax())
    return stances[j], float(share[j] * len(stances))


def readings(root: Path) -> dict[str, Any]:
    """Per source of the project at ``root``: its main gold stance and, per reading, the
    stance named (None if the reading has no sentence) and its strength."""
    project = Project.open(root)
    items = examples(project, None)
    by_key = {e.key: e for e in items}
    out: dict[str, Any] = {}
    for fold in loso_folds(items):
        held = [by_key[k] for k in fold.test]
        models = M._train([by_key[k] for k in fold.train], project.codebook)
        raw = _raw_predictions(models, held)
        likely = [i for i, r in enumerate(raw) if r is not None and r.claim >= LIKELY]
        norms = [normalise(e.text) for e in held]
        out[fold.held_out] = {
            "main": main_stance(held, project.codebook.stance_ids),
            **{
                name: _named(models, raw, pick(held, likely, norms))
                for name, pick in READINGS.items()
            },
        }
    return out


def _copy(folder: Path, to: Path) -> Path:
    """The project at ``folder`` (its ``argmap.json`` and the folders it names) copied to
    ``to``."""
    config = json.loads((folder / "argmap.json").read_text(encoding="utf-8"))
    to.mkdir()
    shutil.copy2(folder / "argmap.json", to / "argmap.json")
    for key in ("sources_dir", "annotations_dir"):
        shutil.copytree(
            folder / config[key], to / config[key], ignore=shutil.ignore_patterns(".argmap-cache")
        )
    return to


def main(argv: list[str] | None = None) -> None:
    """Print, per reading and project, in how many sources it names the main stance."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--sources", action="store_true", help="one line per source too")
    args = parser.parse_args(argv)
    table: dict[str, dict[str, Any]] = {}
    for folder in args.projects:
        name = str(folder).removeprefix("bench/")
        with tempfile.TemporaryDirectory() as tmp:
            table[name] = readings(_copy(folder, Path(tmp) / "project"))
    names = list(table)
    print(f"{'reading':24}" + "".join(f"{n[:12]:>13}" for n in names) + f"{'total':>9}")
    for reading in READINGS:
        cells, hit_all, n_all = [], 0, 0
        for n in names:
            got = [(s["main"], s[reading]) for s in table[n].values()]
            hits = sum(1 for main, r in got if r is not None and r[0] == main)
            cells.append(f"{hits}/{len(got)}")
            hit_all, n_all = hit_all + hits, n_all + len(got)
        print(f"{reading:24}" + "".join(f"{c:>13}" for c in cells) + f"{hit_all:>5}/{n_all}")
    if args.sources:
        for n in names:
            for sid, s in table[n].items():
                whole = s["whole source"]
                named = "-" if whole is None else f"{whole[0]} x{whole[1]:.2f}"
                print(f"{n}: {sid}: argues {s['main']}; whole source reads {named}")


if __name__ == "__main__":
    main()
