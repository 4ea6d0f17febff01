"""Which side a source argues, proposed before anyone has read it: candidate predictors
measured against the majority baseline (issue 13, session 11).

    python3 -m bench.side_proposal . bench/debate2 ... bench/debate15 --new bench/eval

For every project (a folder with ``argmap.json``) each annotated source is held out in turn
(leave-one-source-out, as ``evaluate`` does) and nothing of it is annotated; ``--new``: the
new articles of the first project, predicted by a model trained on all of it (as ``evaluate
--new`` does), scored as one more project. A predictor names one stance per source and a
confidence; it is right where that stance is the source's main stance (its units' most
frequent stance, ``evaluation.main_stance``: what ``evaluate``'s "side stated" states).

The baseline names the most common main stance of the project's *other* sources (for the new
articles: of the training project's sources); its confidence is that stance's share of them.

The predictors (``PREDICTORS``) read the held-out source's sentences as the models give them
(claim probability, stance probabilities before and after ``sequence.in_order``), the
codebook's stance patterns and a few general English discourse markers (``CONCLUSION``).

Then, for a predictor to be worth preselecting, a confidence threshold: chosen leave one
project out (on the other projects, the threshold with the most right minus twice wrong
proposals: a wrong proposal preselected costs more than a right one saves; the 16th is
scored). The table gives per project right / sources for every predictor, then for the
chosen thresholds precision and coverage on the projects left out.

``--cache DIR`` keeps each project's fold outputs (a pickle per project) so that a second
run only re-scores. The project folders are read, not written (each is copied first).
"""

from __future__ import annotations

import argparse
import pickle
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argmap import corpus
from argmap.project import Project
from argmap.suggest import models as M
from argmap.suggest.data import Context, Example, examples
from argmap.suggest.evaluation import (
    _predict_source,
    _raw_predictions,
    loso_folds,
    main_stance,
    read_gold,
)
from argmap.suggest.patterns import match
from argmap.suggest.sequence import _is_heading
from argmap.suggest.text import normalise
from bench.source_reading import _copy


@dataclass
class Sent:
    """One sentence of a held-out source as the models read it."""

    text: str
    norm: str
    claim: float
    raw: list[float]  # stance probabilities before in_order
    final: list[float]  # after in_order (nothing annotated, no side stated)
    para: int  # paragraph number in the source
    heading: bool
    hits: list[int]  # stance pattern hits in the main clause


@dataclass
class Source:
    """A held-out source: its main gold stance and its sentences."""

    sid: str
    main: str | None
    title: Sent | None
    sents: list[Sent]


@dataclass
class ProjectReading:
    """A project's held-out sources and the models' stance facts per fold."""

    name: str
    stances: list[str]
    sources: list[Source] = field(default_factory=list)
    # per source: (stance_mix, stance_reference) of the model that predicted it
    mixes: dict[str, tuple[list[float], list[float]]] = field(default_factory=dict)
    # main stances of the sources the baseline may use, per held-out source
    others: dict[str, list[str]] = field(default_factory=dict)


def _sent(models: M.Models, ctx: Context, raw: M.Prediction, final: M.Prediction, para: int):
    stances = models.stance_ids
    norm = normalise(ctx.text)
    return Sent(
        text=ctx.text,
        norm=norm,
        claim=raw.claim,
        raw=[raw.stance_probs.get(s, 0.0) for s in stances],
        final=[final.stance_probs.get(s, 0.0) for s in stances],
        para=para,
        heading=_is_heading(ctx),
        hits=list(match(models.lexicon.patterns, norm, raw=ctx.text).stance),
    )


def _read_source(models: M.Models, sid: str, held: Sequence[Example], title: str) -> Source:
    """One held-out source as the models read it (nothing of it annotated)."""
    raw = _raw_predictions(models, held)
    final = _predict_source(models, held, raw=raw)
    sents, para = [], -1
    for e, r, f in zip(held, raw, final, strict=True):
        if e.ctx.para_pos == 0:
            para += 1
        assert r is not None
        sents.append(_sent(models, e.ctx, r, f, para))
    t = None
    if title.strip():
        ctx = Context(text=title, alone=True, first=True)
        (p,) = M.predict(models, [ctx], explain=False)
        t = _sent(models, ctx, p, p, -1)
    return Source(sid, main_stance(held, models.stance_ids), t, sents)


def read_project(folder: Path, new: Path | None = None) -> ProjectReading:
    """Every annotated source of the project at ``folder`` held out in turn (``new``: the
    articles of that directory instead, predicted by a model trained on the project)."""
    project = Project.open(folder)
    items = examples(project, None)
    by_key = {e.key: e for e in items}
    stances = list(project.codebook.stance_ids)
    folds = loso_folds(items)
    mains = {f.held_out: main_stance([by_key[k] for k in f.test], stances) for f in folds}
    if new is not None:
        out = ProjectReading(str(new), stances)
        models = M._train(items, project.codebook)
        for path in sorted((new / "articles").glob("*.txt")):
            text = corpus.read_source_text(path)
            held = read_gold(new / "gold" / f"{path.stem}.tsv", text, path.stem)
            out.sources.append(_read_source(models, path.stem, held, corpus.guess_title(text)))
            out.mixes[path.stem] = (list(models.stance_mix), list(models.stance_reference))
            out.others[path.stem] = [m for m in mains.values() if m]
        return out
    out = ProjectReading(str(folder), stances)
    for fold in folds:
        models = M._train([by_key[k] for k in fold.train], project.codebook)
        held = [by_key[k] for k in fold.test]
        title = project.sources[fold.held_out].title
        out.sources.append(_read_source(models, fold.held_out, held, title))
        out.mixes[fold.held_out] = (list(models.stance_mix), list(models.stance_reference))
        out.others[fold.held_out] = [m for s, m in mains.items() if m and s != fold.held_out]
    return out


def collect(folders: Sequence[Path], new: Path | None, cache: Path | None) -> list[ProjectReading]:
    """Every project's reading (from ``cache`` where it holds one)."""
    out = []
    jobs: list[tuple[Path, Path | None]] = [(f, None) for f in folders]
    if new is not None and folders:
        jobs.insert(1, (folders[0], new))
    for folder, articles in jobs:
        name = str(articles or folder).removeprefix("bench/").strip("/") or "seeds"
        name = "seeds" if name == "." else name
        hit = cache / f"{name.replace('/', '_')}.pkl" if cache else None
        if hit is not None and hit.exists():
            out.append(pickle.loads(hit.read_bytes()))
            continue
        with tempfile.TemporaryDirectory() as tmp:
            got = read_project(_copy(folder, Path(tmp) / "project"), articles)
        got.name = name
        if hit is not None:
            hit.parent.mkdir(parents=True, exist_ok=True)
            hit.write_bytes(pickle.dumps(got))
        out.append(got)
    return out


# --------------------------------------------------------------------------- predictors

#: Where an author states a verdict: general English conclusion and recommendation markers
#: (not taken from any article of the benchmark).
CONCLUSION = re.compile(
    r"^(so|thus|hence|therefore|in short|in the end|ultimately|in sum|to sum up|overall"
    r"|in conclusion|to conclude|for these reasons|for all these reasons|on balance"
    r"|all in all|the bottom line)\b"
    r"|\b(that is why|this is why|which is why|the answer is|the truth is|the point is"
    r"|the case for|the case against|my verdict|our verdict|bottom line)\b"
    r"|\b(we|you|i|the council|the government|parliament|they|it) (should|must|ought to"
    r"|need to|have to)\b|\b(should|must) (be|not|never|now)\b"
    r"|\bi (will|would|shall|am going to) vote\b|\bvote (yes|no|for|against)\b"
    r"|\b(i|we) (urge|call on|ask|recommend|support|oppose|back|reject)\b"
    r"|\bin (my|our) (view|opinion|judgement|judgment)\b|\bit is time\b"
)
#: A sentence counts as a likely claim from this claim probability on.
LIKELY = 0.5

Named = tuple[str, float] | None
Predictor = Callable[[ProjectReading, Source], Named]


def _likely(src: Source) -> list[Sent]:
    return [s for s in src.sents if s.claim >= LIKELY and not s.heading]


def _shares(pr: ProjectReading, src: Source, rows: Sequence[Sent], final: bool = False):
    """The stance shares a reading of ``rows`` tilts toward: the claim-weighted mean of their
    probabilities (re-based on the mix as ``sequence.mix`` does) over the project's mix."""
    import numpy as np

    if not rows:
        return None
    m = np.asarray(pr.mixes[src.sid][0])
    ref = np.asarray(pr.mixes[src.sid][1] or pr.mixes[src.sid][0])
    p = np.asarray([s.final if final else s.raw for s in rows])
    if not final:
        p = p * (m / np.maximum(ref, 1e-9))
        p /= np.maximum(p.sum(axis=1, keepdims=True), 1e-12)
    w = np.asarray([max(s.claim, 1e-3) for s in rows])
    factor = (w @ p / w.sum()) / np.maximum(m, 1e-9)
    return factor / factor.sum()


def _margin(shares: Any, stances: Sequence[str]) -> Named:
    """The top stance of ``shares`` and its margin over the second (the confidence)."""
    import numpy as np

    if shares is None:
        return None
    order = np.argsort(-shares)
    second = shares[order[1]] if len(order) > 1 else 0.0
    return stances[int(order[0])], float(shares[order[0]] - second)


def tilt(pick: Callable[[Source], list[Sent]], final: bool = False) -> Predictor:
    """The stance a reading of ``pick``'s sentences tilts toward."""
    return lambda pr, src: _margin(_shares(pr, src, pick(src), final), pr.stances)


def plain(pick: Callable[[Source], list[Sent]], final: bool = False) -> Predictor:
    """The argmax of the claim-weighted mean probabilities of ``pick``'s sentences (no
    division by the mix)."""
    import numpy as np

    def f(pr: ProjectReading, src: Source) -> Named:
        rows = pick(src)
        if not rows:
            return None
        p = np.asarray([s.final if final else s.raw for s in rows])
        w = np.asarray([max(s.claim, 1e-3) for s in rows])
        return _margin(w @ p / w.sum(), pr.stances)

    return f


def votes(pick: Callable[[Source], list[Sent]], final: bool = True) -> Predictor:
    """The stance most of ``pick``'s sentences are called (confidence: its vote share
    minus the runner-up's)."""

    def f(pr: ProjectReading, src: Source) -> Named:
        rows = pick(src)
        if not rows:
            return None
        c = Counter(
            max(range(len(pr.stances)), key=(s.final if final else s.raw).__getitem__) for s in rows
        )
        top = c.most_common(2)
        second = top[1][1] if len(top) > 1 else 0
        return pr.stances[top[0][0]], (top[0][1] - second) / len(rows)

    return f


def pattern_votes(pick: Callable[[Source], list[Sent]]) -> Predictor:
    """The stance whose codebook patterns ``pick``'s sentences hit most (none: no hit or
    a tie)."""

    def f(pr: ProjectReading, src: Source) -> Named:
        total = [0] * len(pr.stances)
        for s in pick(src):
            total = [a + b for a, b in zip(total, s.hits, strict=True)]
        n = sum(total)
        ranked = sorted(range(len(total)), key=lambda j: -total[j])
        if not n or (len(ranked) > 1 and total[ranked[0]] == total[ranked[1]]):
            return None
        return pr.stances[ranked[0]], (total[ranked[0]] - total[ranked[1]]) / n

    return f


def strongest(n: int) -> Callable[[Source], list[Sent]]:
    """The ``n`` likely claims whose re-based reading is most one-sided."""

    def pick(src: Source) -> list[Sent]:
        rows = _likely(src)
        return sorted(rows, key=lambda s: -max(s.final))[:n]

    return pick


def _closing(k: int) -> Callable[[Source], list[Sent]]:
    def pick(src: Source) -> list[Sent]:
        rows = _likely(src)
        paras = sorted({s.para for s in rows})[-k:]
        return [s for s in rows if s.para in paras]

    return pick


def _lede(src: Source) -> list[Sent]:
    rows = _likely(src)
    first = sorted({s.para for s in rows})[:1]
    return ([src.title] if src.title else []) + [s for s in rows if s.para in first]


def _concluding(src: Source) -> list[Sent]:
    return [s for s in _likely(src) if CONCLUSION.search(s.norm)]


def baseline(pr: ProjectReading, src: Source) -> Named:
    """The most common main stance of the project's other sources (ties: codebook order)."""
    c = Counter(pr.others[src.sid])
    if not c:
        return None
    best = max(pr.stances, key=lambda s: (c.get(s, 0), -pr.stances.index(s)))
    return best, c[best] / sum(c.values())


def agree(a: Predictor, b: Predictor) -> Predictor:
    """``a``'s stance where ``b`` names the same (confidence: the smaller of the two)."""

    def f(pr: ProjectReading, src: Source) -> Named:
        x, y = a(pr, src), b(pr, src)
        if x is None or y is None or x[0] != y[0]:
            return None
        return x[0], min(x[1], y[1])

    return f


def mean_of(*ps: Predictor) -> Predictor:
    """The stance with the most summed confidence among ``ps``' namings."""

    def f(pr: ProjectReading, src: Source) -> Named:
        score: Counter[str] = Counter()
        for p in ps:
            got = p(pr, src)
            if got:
                score[got[0]] += got[1] + 1e-6
        if not score:
            return None
        top = score.most_common(2)
        return top[0][0], (top[0][1] - (top[1][1] if len(top) > 1 else 0.0)) / len(ps)

    return f


_whole = _likely
PREDICTORS: dict[str, Predictor] = {
    "baseline: project's majority side": baseline,
    "(a) pooled, plain argmax": plain(_whole),
    "(a) pooled, tilt over the mix": tilt(_whole),
    "(a) final reading, mean": plain(_whole, final=True),
    "(a) final reading, votes": votes(_whole),
    "(b) title": plain(lambda s: [s.title] if s.title else []),
    "(b) title, tilt": tilt(lambda s: [s.title] if s.title else []),
    "(b) title + lede, tilt": tilt(_lede),
    "(b) title + lede, final": plain(_lede, final=True),
    "(b) closing paragraph, tilt": tilt(_closing(1)),
    "(b) closing 2 paragraphs, tilt": tilt(_closing(2)),
    "(b) closing paragraph, final": plain(_closing(1), final=True),
    "(b) conclusion markers, tilt": tilt(_concluding),
    "(b) conclusion markers, final": plain(_concluding, final=True),
    "(b) patterns, whole source": pattern_votes(lambda s: s.sents),
    "(b) patterns, title + lede": pattern_votes(_lede),
    "(b) patterns, closing 2": pattern_votes(_closing(2)),
    "(b) patterns, conclusions": pattern_votes(_concluding),
    "(c) strongest 5, votes": votes(strongest(5)),
    "(c) strongest 10, votes": votes(strongest(10)),
    "(c) strongest 10, tilt": tilt(strongest(10)),
}
PREDICTORS["(d) tilt = final votes"] = agree(tilt(_whole), votes(_whole))
PREDICTORS["(d) tilt = baseline"] = agree(tilt(_whole), baseline)
PREDICTORS["(d) tilt + closing + lede + patterns"] = mean_of(
    tilt(_whole), tilt(_closing(2)), tilt(_lede), pattern_votes(lambda s: s.sents)
)
PREDICTORS["(d) tilt + final votes + patterns"] = mean_of(
    tilt(_whole), votes(_whole), pattern_votes(lambda s: s.sents)
)


# --------------------------------------------------------------------------- scoring


def named(
    projects: Sequence[ProjectReading],
) -> dict[str, dict[str, list[tuple[Named, str | None]]]]:
    """Per predictor and project: (named, main) per source."""
    return {
        name: {pr.name: [(p(pr, src), src.main) for src in pr.sources] for pr in projects}
        for name, p in PREDICTORS.items()
    }


#: The predictor whose precision against coverage the report details.
CURVE = "(a) pooled, tilt over the mix"
#: A wrong proposal preselected costs this many right ones.
WRONG_COST = 2.0


def _utility(rows: Sequence[tuple[Named, str | None]], threshold: float) -> float:
    right = sum(1 for n, m in rows if n and n[1] >= threshold and n[0] == m)
    wrong = sum(1 for n, m in rows if n and n[1] >= threshold and n[0] != m)
    return right - WRONG_COST * wrong


def choose_threshold(rows: Sequence[tuple[Named, str | None]]) -> float:
    """The confidence from which proposing gains most (right − WRONG_COST × wrong) on
    ``rows``; infinity (never propose) if nothing gains. Ties: the higher threshold."""
    best, best_u = float("inf"), 0.0
    for t in sorted({n[1] for n, _ in rows if n}, reverse=True):
        u = _utility(rows, t)
        if u > best_u + 1e-9:
            best, best_u = t, u
    return best


def lopo(
    table: dict[str, list[tuple[Named, str | None]]],
) -> dict[str, tuple[float, int, int, int]]:
    """Per project left out: the threshold chosen on the others, and on the one left out
    (proposed, right, sources)."""
    out = {}
    for name, rows in table.items():
        rest = [r for other, rs in table.items() if other != name for r in rs]
        t = choose_threshold(rest)
        proposed = [(n, m) for n, m in rows if n and n[1] >= t]
        out[name] = (t, len(proposed), sum(1 for n, m in proposed if n[0] == m), len(rows))
    return out


def report(projects: Sequence[ProjectReading]) -> str:
    """The tables: right / sources per predictor and project; then, leave one project out,
    precision and coverage at the chosen thresholds."""
    got = named(projects)
    names = [pr.name for pr in projects]
    lines = [
        "right / sources (the named stance is the source's main stance), every source:",
        f"{'predictor':40}"
        + "".join(f"{n.removeprefix('debate')[:6]:>7}" for n in names)
        + f"{'total':>9}",
    ]
    for pred, table in got.items():
        cells, hits, n_all = [], 0, 0
        for n in names:
            rows = table[n]
            h = sum(1 for x, m in rows if x and x[0] == m)
            cells.append(f"{h}/{len(rows)}")
            hits, n_all = hits + h, n_all + len(rows)
        lines.append(f"{pred[:40]:40}" + "".join(f"{c:>7}" for c in cells) + f"{hits:>5}/{n_all}")
    lines += [
        "",
        f"leave one project out: threshold chosen on the others (most right - {WRONG_COST:g} x"
        " wrong), scored on the one left out; totals over the projects left out:",
        f"{'predictor':40}{'proposed':>9}{'right':>7}{'precision':>10}{'coverage':>9}"
        f"{'gain':>7}  projects where the chosen threshold proposes",
    ]
    for pred, table in got.items():
        res = lopo(table)
        proposed = sum(r[1] for r in res.values())
        right = sum(r[2] for r in res.values())
        n_all = sum(r[3] for r in res.values())
        prec = f"{right / proposed:.2f}" if proposed else "-"
        gain = right - WRONG_COST * (proposed - right)
        where = " ".join(
            f"{n.removeprefix('debate')}:{r[2]}/{r[1]}" for n, r in res.items() if r[1]
        )
        lines.append(
            f"{pred[:40]:40}{proposed:>9}{right:>7}{prec:>10}{proposed / n_all:>9.2f}"
            f"{gain:>7g}  {where}"
        )
    whole = [r for rows in got[CURVE].values() for r in rows]
    lines += ["", f"precision against coverage, {CURVE}, every source:"]
    for t in (0.0, 0.025, 0.045, 0.075, 0.1, 0.15, 0.2):
        p = [(n, m) for n, m in whole if n and n[1] >= t]
        right = sum(1 for n, m in p if n[0] == m)
        prec = f"{right / len(p):.2f}" if p else "-"
        lines.append(
            f"  margin >= {t:<6g} proposed {len(p):>3}/{len(whole)} ({len(p) / len(whole):.2f})"
            f"  right {right:>3}  precision {prec}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the tables for the projects named."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("projects", nargs="+", type=Path)
    parser.add_argument("--new", type=Path, help="new articles of the first project")
    parser.add_argument("--cache", type=Path, help="keep each project's fold outputs here")
    args = parser.parse_args(argv)
    print(report(collect(args.projects, args.new, args.cache)))


if __name__ == "__main__":
    main()
