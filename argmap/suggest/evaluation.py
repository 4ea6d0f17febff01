"""Step 6b: how good the suggestions are, measured as a user meets them.

``evaluate`` holds out each annotated source in turn, trains on the others only, and
scores the held-out source's sentences (leave-one-source-out; the scores pool all
held-out predictions), beside a majority-class baseline under the same protocol:

- claim detection (and the share of sentences flagged as claims against the gold share),
  with a reliability curve of the claim probability (is "claim 70 %" right 70 % of the time);
- stance (macro-F1 and recall per stance), questions, kind;
- the *per-source curve*: stance macro-F1 on the held-out source's units after its tenth,
  once its first 0, 3, 5, 10 units are annotated (they join the training data, weighted up as
  ``suggest_source`` does), beside the baseline of that source's own majority so far;
- stance with each held-out source's main stance *stated* (``suggest --argues``, the most
  frequent stance of its gold units, as a reader who has read it would say) and nothing
  else of it annotated;
- the same with the side said only where one is *proposed*: *confirmed* where the
  proposal is right, nothing elsewhere (a user who presses Enter on right proposals), and
  *corrected* (the main stance wherever a proposal is made);
- the side *proposed* for each held-out source before it is read (``side.read_side``,
  above ``side.THRESHOLD``): for how many sources, how many right (its main stance), beside
  the project's most common side (of the other sources) named for every source;
- the precision of each codebook pattern on the annotations.

``evaluate_articles`` does the same for articles outside the project with gold units in a
small TSV format (``bench/eval``): trained on the project only, as a user's ``argmap add``
then ``argmap suggest`` would be.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.errors import ArgmapError
from argmap.suggest import models as M
from argmap.suggest.data import Context, Example, contexts, examples
from argmap.suggest.models import NOT_UNIT, UNIT
from argmap.suggest.patterns import compile_patterns, split_concession
from argmap.suggest.sequence import in_order
from argmap.suggest.side import THRESHOLD, read_side
from argmap.suggest.text import normalise

if TYPE_CHECKING:
    from argmap.model import Codebook
    from argmap.project import Project

#: Annotated units of the held-out source given before predicting the rest of it.
CURVE = (0, 3, 5, 10)
#: Bins of the claim probability in the reliability curve.
RELIABILITY_BINS = 5


@dataclass
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "support": self.support,
        }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class Scores:
    """Single-label scores: macro-F1 over the labels seen in gold or predictions."""

    labels: list[str]
    n: int
    accuracy: float
    macro_f1: float
    per_class: dict[str, ClassScores]
    confusion: list[list[int]]  # rows gold, columns predicted, in ``labels`` order

    @classmethod
    def compute(cls, gold: Sequence[str], pred: Sequence[str], order: Sequence[str]) -> Scores:
        present = set(gold) | set(pred)
        labels = [lab for lab in order if lab in present] + sorted(present - set(order))
        ix = {lab: i for i, lab in enumerate(labels)}
        m = [[0] * len(labels) for _ in labels]
        for g, p in zip(gold, pred, strict=True):
            m[ix[g]][ix[p]] += 1
        per = {}
        for lab, i in ix.items():
            tp = m[i][i]
            fp = sum(m[r][i] for r in range(len(labels))) - tp
            fn = sum(m[i]) - tp
            p, r, f = _prf(tp, fp, fn)
            per[lab] = ClassScores(p, r, f, sum(m[i]))
        n = len(gold)
        acc = sum(m[i][i] for i in range(len(labels))) / n if n else 0.0
        macro = sum(c.f1 for c in per.values()) / len(per) if per else 0.0
        return cls(labels, n, acc, macro, per, m)

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "macro_f1": round(self.macro_f1, 4),
            "labels": self.labels,
            "per_class": {k: v.to_json() for k, v in self.per_class.items()},
            "confusion": self.confusion,
        }


@dataclass
class MultiScores:
    """Multi-label scores for questions: per-question P/R/F1 and 2x2 counts, micro/macro F1."""

    n: int
    micro_f1: float
    macro_f1: float
    jaccard: float
    per_question: dict[str, ClassScores]
    counts: dict[str, dict[str, int]]  # question -> tp, fp, fn, tn

    @classmethod
    def compute(
        cls, gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]], order: Sequence[str]
    ) -> MultiScores:
        per, counts = {}, {}
        ttp = tfp = tfn = 0
        for q in order:
            tp = sum(1 for g, p in zip(gold, pred, strict=True) if q in g and q in p)
            fp = sum(1 for g, p in zip(gold, pred, strict=True) if q not in g and q in p)
            fn = sum(1 for g, p in zip(gold, pred, strict=True) if q in g and q not in p)
            tn = len(gold) - tp - fp - fn
            ttp, tfp, tfn = ttp + tp, tfp + fp, tfn + fn
            if tp + fp + fn == 0:
                continue
            p, r, f = _prf(tp, fp, fn)
            per[q] = ClassScores(p, r, f, tp + fn)
            counts[q] = {"tp": tp, "fp": fp, "fn": fn, "tn": tn}
        jac = [
            len(set(g) & set(p)) / len(set(g) | set(p)) if set(g) | set(p) else 1.0
            for g, p in zip(gold, pred, strict=True)
        ]
        return cls(
            n=len(gold),
            micro_f1=_prf(ttp, tfp, tfn)[2],
            macro_f1=sum(c.f1 for c in per.values()) / len(per) if per else 0.0,
            jaccard=sum(jac) / len(jac) if jac else 0.0,
            per_question=per,
            counts=counts,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "micro_f1": round(self.micro_f1, 4),
            "macro_f1": round(self.macro_f1, 4),
            "jaccard": round(self.jaccard, 4),
            "per_question": {k: v.to_json() for k, v in self.per_question.items()},
            "counts": self.counts,
        }


# --------------------------------------------------------------------------- folds


@dataclass(frozen=True)
class Fold:
    """One leave-one-source-out fold: train on every other annotated source."""

    held_out: str
    train: tuple[tuple[str, str], ...]
    test: tuple[tuple[str, str], ...]


def loso_folds(items: Sequence[Example]) -> list[Fold]:
    """Leave-one-source-out folds over the annotated sources, in source order."""
    sources = sorted({e.source for e in items})
    return [
        Fold(
            held_out=s,
            train=tuple(e.key for e in items if e.source != s),
            test=tuple(e.key for e in items if e.source == s),
        )
        for s in sources
    ]


# --------------------------------------------------------------------------- calibration


@dataclass(frozen=True)
class ReliabilityBin:
    """Sentences whose claim probability fell in [low, high): their mean probability and
    the share of them that gold marks as units."""

    low: float
    high: float
    n: int
    predicted: float
    observed: float

    def to_json(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "n": self.n,
            "predicted": round(self.predicted, 4),
            "observed": round(self.observed, 4),
        }


def reliability(
    probs: Sequence[float], gold: Sequence[bool], bins: int = RELIABILITY_BINS
) -> list[ReliabilityBin]:
    """The reliability curve of ``probs`` against ``gold`` in ``bins`` equal-width bins."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        inside = [
            (p, g)
            for p, g in zip(probs, gold, strict=True)
            if lo <= p < hi or (b == bins - 1 and p == 1.0)
        ]
        n = len(inside)
        out.append(
            ReliabilityBin(
                round(lo, 4),
                round(hi, 4),
                n,
                sum(p for p, _ in inside) / n if n else 0.0,
                sum(1 for _, g in inside if g) / n if n else 0.0,
            )
        )
    return out


def brier(probs: Sequence[float], gold: Sequence[bool]) -> float:
    """Mean squared error of the probabilities (0 is perfect; always saying 0.5 gives 0.25)."""
    if not probs:
        return 0.0
    return sum((p - (1.0 if g else 0.0)) ** 2 for p, g in zip(probs, gold, strict=True)) / len(
        probs
    )


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class PatternScore:
    """How a codebook pattern fares on the annotations: annotated units it matches, how many
    of them carry its stance or question, and sentences it matches that are not units."""

    target: str  # "stance" or "question"
    id: str
    pattern: str
    units: int
    correct: int
    others: int

    @property
    def precision(self) -> float | None:
        return self.correct / self.units if self.units else None

    def to_json(self) -> dict[str, Any]:
        p = self.precision
        return {
            "target": self.target,
            "id": self.id,
            "pattern": self.pattern,
            "units": self.units,
            "correct": self.correct,
            "non_units": self.others,
            "precision": None if p is None else round(p, 4),
        }


def pattern_scores(codebook: Codebook, items: Sequence[Example]) -> list[PatternScore]:
    """The precision of every pattern of ``codebook`` on the labelled ``items`` (stance
    patterns are looked for in the main clause, as the models do)."""
    ps = compile_patterns(codebook)
    norms = []
    for e in items:
        norm = normalise(e.text)
        norms.append((e, norm, split_concession(norm)[1]))
    out = []
    for target, ids, groups in (
        ("stance", ps.stance_ids, ps.stance),
        ("question", ps.question_ids, ps.question),
    ):
        for item_id, pats in zip(ids, groups, strict=True):
            for pat in pats:
                text, rx = pat.text, pat.regex
                units = correct = others = 0
                for e, norm, main in norms:
                    if not rx.search(main if target == "stance" else norm):
                        continue
                    if not pat.cased_ok(e.text):  # a word with capitals written otherwise
                        continue
                    if not e.unit:
                        others += 1
                        continue
                    units += 1
                    ok = e.stance == item_id if target == "stance" else item_id in e.questions
                    correct += 1 if ok else 0
                out.append(PatternScore(target, item_id, text, units, correct, others))
    return out


# --------------------------------------------------------------------------- the report


@dataclass
class EvaluationReport:
    """Scores of the models and of the majority-class baseline under one protocol."""

    sources: list[str]
    folds: list[Fold]
    protocol: str = "leave-one-source-out; pooled out-of-fold predictions"
    claim: Scores | None = None
    claim_baseline: Scores | None = None
    flagged: float = 0.0  # share of sentences predicted to be units
    gold_flagged: float = 0.0  # share of sentences gold marks as units
    reliability: list[ReliabilityBin] = field(default_factory=list)
    brier: float = 0.0
    brier_baseline: float = 0.0  # always the training share of units
    stance: Scores | None = None
    stance_baseline: Scores | None = None
    questions: MultiScores | None = None
    questions_baseline: MultiScores | None = None
    kind: Scores | None = None
    kind_baseline: Scores | None = None
    # stance with each held-out source's main stance stated (``suggest --argues``)
    stated: Scores | None = None
    # ... stated where the side proposed is right, nothing elsewhere (``_Stated``)
    confirmed: Scores | None = None
    # ... stated wherever a side is proposed, nothing elsewhere (``_Stated``)
    corrected: Scores | None = None
    # the side proposed for each held-out source before it is read (``side.read_side``)
    # against its main stance, beside the project's most common side (``_Sides.result``)
    side_proposal: dict[str, Any] = field(default_factory=dict)
    # units of the held-out source given -> (model macro-F1, baseline macro-F1, test units)
    curve: dict[int, tuple[float, float, int]] = field(default_factory=dict)
    # held-out source -> task -> (model macro-F1, majority macro-F1)
    per_source: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
    patterns: list[PatternScore] = field(default_factory=list)
    # how the annotated sources argue, as the models learn it from all of them: their pooled
    # stance mix, its concentration (``data.source_mix``), ``stickiness`` and what a
    # source's first annotated units count for in its mix (``data.evidence_weight``)
    source_level: dict[str, Any] = field(default_factory=dict)
    articles: EvaluationReport | None = None
    train_seconds: float = 0.0
    predict_seconds: float = 0.0
    n_sentences: int = 0
    n_units: int = 0

    def to_json(self) -> dict[str, Any]:
        def j(x: Scores | MultiScores | None) -> dict[str, Any] | None:
            return None if x is None else x.to_json()

        out = {
            "protocol": self.protocol,
            "sources": self.sources,
            "folds": [
                {"held_out": f.held_out, "train": len(f.train), "test": len(f.test)}
                for f in self.folds
            ],
            "sentences": self.n_sentences,
            "units": self.n_units,
            "claim": {
                "model": j(self.claim),
                "majority": j(self.claim_baseline),
                "flagged": round(self.flagged, 4),
                "gold_flagged": round(self.gold_flagged, 4),
                "reliability": [b.to_json() for b in self.reliability],
                "brier": round(self.brier, 4),
                "brier_baseline": round(self.brier_baseline, 4),
            },
            "stance": {"model": j(self.stance), "majority": j(self.stance_baseline)},
            "stated": j(self.stated),
            "confirmed": j(self.confirmed),
            "corrected": j(self.corrected),
            "side_proposal": self.side_proposal,
            "questions": {"model": j(self.questions), "majority": j(self.questions_baseline)},
            "kind": {"model": j(self.kind), "majority": j(self.kind_baseline)},
            "curve": {
                str(k): {"model": round(m, 4), "baseline": round(b, 4), "units": n}
                for k, (m, b, n) in self.curve.items()
            },
            "per_source": {
                src: {
                    task: {"model": round(m, 4), "majority": round(b, 4)}
                    for task, (m, b) in tasks.items()
                }
                for src, tasks in self.per_source.items()
            },
            "patterns": [p.to_json() for p in self.patterns],
            "source_level": self.source_level,
            "timing": {
                "train_all_seconds": round(self.train_seconds, 4),
                "predict_all_seconds": round(self.predict_seconds, 4),
            },
        }
        if self.articles is not None:
            out["articles"] = self.articles.to_json()
        return out


def _predict_source(
    models: M.Models,
    held: Sequence[Example],
    given: Sequence[Example] = (),
    argues: str | None = None,
    raw: Sequence[M.Prediction | None] | None = None,
) -> list[M.Prediction]:
    """Predictions for the sentences of one source (``held``, in text order) as
    ``suggest_source`` makes them: the ``given`` units are annotated (not predicted; their
    stances count for their neighbours), every other sentence is predicted and then read in
    order (``sequence.in_order``; ``argues``: the stance the source is said to argue). The
    given units keep a placeholder prediction of their own stance (callers score only the
    others). ``raw``: the models' predictions before the reading in order, if made already
    (``_raw_predictions``)."""
    known = {e.key: e.stance for e in given}
    preds = _raw_predictions(models, held, given) if raw is None else list(raw)
    adjusted = in_order(
        models, [e.ctx for e in held], preds, [known.get(e.key) for e in held], argues
    )
    return [
        p if p is not None else M.Prediction(1.0, "claim", known[e.key] or "", {}, (), {}, ())
        for e, p in zip(held, adjusted, strict=True)
    ]


def _with_unrefit(
    preds: Sequence[M.Prediction],
    k0_models: M.Models,
    held: Sequence[Example],
    given: Sequence[Example],
    k0_raw: Sequence[M.Prediction | None] | None = None,
) -> list[M.Prediction]:
    """``preds`` (the refitted models' reading of ``held`` after the ``given`` units) with
    the reading of ``k0_models`` (trained without the source) mixed in where the units
    agree with it (``unrefit``, as ``suggest_source`` does)."""
    from argmap.suggest import unrefit

    stances = {e.key: e.stance for e in given}
    raw = None if k0_raw is None or any(p is None for p in k0_raw) else list(k0_raw)
    other = unrefit.second_reading(
        k0_models,
        [e.ctx for e in held],
        [e.key in stances for e in held],
        [stances.get(e.key) for e in held],
        raw=raw,  # type: ignore[arg-type]
    )
    if other is None:
        return list(preds)
    order = k0_models.stance_ids
    return [
        p if e.key in stances else unrefit.mixed(p, o, order)
        for e, p, o in zip(held, preds, other, strict=True)
    ]


def _raw_predictions(
    models: M.Models, held: Sequence[Example], given: Sequence[Example] = ()
) -> list[M.Prediction | None]:
    """The models' predictions of the sentences of ``held`` that are not ``given`` (None
    for those), before ``sequence.in_order``."""
    known = {e.key for e in given}
    todo = [e for e in held if e.key not in known]
    got = iter(M.predict(models, [e.ctx for e in todo], explain=False))
    return [None if e.key in known else next(got) for e in held]


def main_stance(held: Sequence[Example], order: Sequence[str]) -> str | None:
    """The most frequent stance of the units of ``held`` (ties: the first in ``order``):
    what a reader who has read the source would say it argues."""
    counts = Counter(e.stance for e in held if e.unit and e.stance in order)
    if not counts:
        return None
    return max(order, key=lambda s: (counts.get(s, 0), -order.index(s)))


class _Stated:
    """Pooled stance predictions of the held-out sources' units with a side said as a user
    would say it, nothing of the source annotated: ``stated``, its main stance everywhere;
    ``confirmed``, where the side proposed (``side.read_side``, above ``THRESHOLD``) is its
    main stance, that side (the user presses Enter), nothing elsewhere; ``corrected``, its
    main stance wherever a side is proposed (confirmed where right, corrected where wrong by
    a user who read it), nothing elsewhere."""

    WAYS = ("stated", "confirmed", "corrected")

    def __init__(self) -> None:
        self.gold: list[str] = []
        self.pred: dict[str, list[str]] = {way: [] for way in self.WAYS}

    def add(
        self,
        models: M.Models,
        held: Sequence[Example],
        raw: Sequence[M.Prediction | None],
    ) -> None:
        if not held:
            return
        main = main_stance(held, models.stance_ids)
        got = read_side(models, held[0].source, [e.ctx for e in held], raw)
        proposed = got.stance if got is not None and got.confident else None
        said = {
            "stated": main,
            "confirmed": main if proposed == main else None,
            "corrected": main if proposed is not None else None,
        }
        preds = {
            argues: _predict_source(models, held, argues=argues, raw=raw)
            for argues in dict.fromkeys(said.values())
        }
        units = [i for i, e in enumerate(held) if e.unit and e.stance]
        self.gold += [held[i].stance or "" for i in units]
        for way, argues in said.items():
            self.pred[way] += [preds[argues][i].stance for i in units]

    def result(self, stances: Sequence[str], way: str = "stated") -> Scores | None:
        return Scores.compute(self.gold, self.pred[way], stances) if self.gold else None


class _Sides:
    """Per held-out source: the side proposed before it is read (``side.read_side``, only
    above ``side.THRESHOLD``), its main stance, and the baseline's side (the most common
    main stance of the other sources)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str | None, str, str | None]] = []

    def add(
        self,
        models: M.Models,
        held: Sequence[Example],
        raw: Sequence[M.Prediction | None],
        others: Sequence[str | None],
    ) -> None:
        main = main_stance(held, models.stance_ids)
        if main is None or not held:
            return
        got = read_side(models, held[0].source, [e.ctx for e in held], raw)
        counts = Counter(m for m in others if m)
        base = (
            max(models.stance_ids, key=lambda s: (counts.get(s, 0), -models.stance_ids.index(s)))
            if counts
            else None
        )
        self.rows.append((got.stance if got is not None and got.confident else None, main, base))

    def result(self) -> dict[str, Any]:
        """Sources, proposals, right ones, precision, coverage, and the baseline's right
        ones (it names a side for every source)."""
        if not self.rows:
            return {}
        n = len(self.rows)
        proposed = [(p, m) for p, m, _ in self.rows if p is not None]
        right = sum(1 for p, m in proposed if p == m)
        return {
            "sources": n,
            "proposed": len(proposed),
            "right": right,
            "precision": round(right / len(proposed), 4) if proposed else None,
            "coverage": round(len(proposed) / n, 4),
            "threshold": THRESHOLD,
            "baseline_right": sum(1 for _, m, b in self.rows if b == m),
        }


def _source_level(models: M.Models) -> dict[str, Any]:
    """What ``EvaluationReport.source_level`` holds (a concentration that was not learnt,
    with fewer than two annotated sources, is None)."""
    import math

    conc = models.concentration
    return {
        "stance_mix": {
            s: round(v, 4) for s, v in zip(models.stance_ids, models.stance_mix, strict=True)
        },
        "concentration": round(conc, 4) if math.isfinite(conc) else None,
        "stickiness": round(models.stickiness, 4),
        "evidence_weight": round(models.evidence_weight, 4),
    }


def _majority(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


@dataclass
class _Pool:
    """Pooled gold, model and baseline labels of every held-out prediction."""

    cg: list[str] = field(default_factory=list)
    cp: list[str] = field(default_factory=list)
    cb: list[str] = field(default_factory=list)
    prob: list[float] = field(default_factory=list)
    base_prob: list[float] = field(default_factory=list)
    sg: list[str] = field(default_factory=list)
    sp: list[str] = field(default_factory=list)
    sb: list[str] = field(default_factory=list)
    qg: list[tuple[str, ...]] = field(default_factory=list)
    qp: list[tuple[str, ...]] = field(default_factory=list)
    qb: list[tuple[str, ...]] = field(default_factory=list)
    kg: list[str] = field(default_factory=list)
    kp: list[str] = field(default_factory=list)
    kb: list[str] = field(default_factory=list)

    def add(
        self,
        models: M.Models,
        train_items: Sequence[Example],
        test_items: Sequence[Example],
        preds: Sequence[M.Prediction],
    ) -> tuple[dict[str, tuple[float, float]], int, int]:
        """Pool one fold; return its per-task (model, majority) macro-F1."""
        c0, s0 = len(self.cg), len(self.sg)
        claim_major = _majority(UNIT if e.unit else NOT_UNIT for e in train_items)
        unit_share = sum(1 for e in train_items if e.unit) / max(len(train_items), 1)
        units = [e for e in train_items if e.unit]
        stance_major = _majority(e.stance or "" for e in units) if units else None
        kind_major = _majority(e.kind or "claim" for e in units) if units else "claim"
        for e, p in zip(test_items, preds, strict=True):
            self.cg.append(UNIT if e.unit else NOT_UNIT)
            self.cp.append(UNIT if p.claim >= 0.5 else NOT_UNIT)
            self.cb.append(claim_major)
            self.prob.append(p.claim)
            self.base_prob.append(unit_share)
            if e.unit and stance_major is not None:
                self.sg.append(e.stance or "")
                self.sp.append(p.stance)
                self.sb.append(stance_major)
                self.qg.append(e.questions)
                self.qp.append(p.questions)
                self.qb.append((models.majority_question,) if models.majority_question else ())
                self.kg.append(e.kind or "claim")
                self.kp.append(p.kind)
                self.kb.append(kind_major)
        order = [UNIT, NOT_UNIT]
        tasks = {
            "claim": (
                Scores.compute(self.cg[c0:], self.cp[c0:], order).macro_f1,
                Scores.compute(self.cg[c0:], self.cb[c0:], order).macro_f1,
            )
        }
        if len(self.sg) > s0:
            stances = list(models.stance_ids)
            tasks["stance"] = (
                Scores.compute(self.sg[s0:], self.sp[s0:], stances).macro_f1,
                Scores.compute(self.sg[s0:], self.sb[s0:], stances).macro_f1,
            )
            questions = list(models.question_ids)
            tasks["questions_micro"] = (
                MultiScores.compute(self.qg[s0:], self.qp[s0:], questions).micro_f1,
                MultiScores.compute(self.qg[s0:], self.qb[s0:], questions).micro_f1,
            )
        return tasks, c0, s0

    def fill(self, report: EvaluationReport, codebook: Codebook) -> None:
        stances, questions = codebook.stance_ids, codebook.question_ids
        if self.cg:
            report.claim = Scores.compute(self.cg, self.cp, [UNIT, NOT_UNIT])
            report.claim_baseline = Scores.compute(self.cg, self.cb, [UNIT, NOT_UNIT])
            n = len(self.cg)
            report.flagged = sum(1 for c in self.cp if c == UNIT) / n
            report.gold_flagged = sum(1 for c in self.cg if c == UNIT) / n
            gold = [c == UNIT for c in self.cg]
            report.reliability = reliability(self.prob, gold)
            report.brier = brier(self.prob, gold)
            report.brier_baseline = brier(self.base_prob, gold)
        if self.sg:
            report.stance = Scores.compute(self.sg, self.sp, stances)
            report.stance_baseline = Scores.compute(self.sg, self.sb, stances)
            report.questions = MultiScores.compute(self.qg, self.qp, questions)
            report.questions_baseline = MultiScores.compute(self.qg, self.qb, questions)
            report.kind = Scores.compute(self.kg, self.kp, ["claim", "evidence"])
            report.kind_baseline = Scores.compute(self.kg, self.kb, ["claim", "evidence"])


class _Curve:
    """Pooled stance predictions on the held-out sources' units after their first
    ``max(ks)``, once their first k units were annotated, per k (sources with no more than
    ``max(ks)`` units are left out)."""

    def __init__(self, ks: Sequence[int]) -> None:
        self.ks = tuple(ks)
        self.gold: dict[int, list[str]] = {k: [] for k in ks}
        self.pred: dict[int, list[str]] = {k: [] for k in ks}
        self.base: dict[int, list[str]] = {k: [] for k in ks}

    def add(
        self,
        train_items: Sequence[Example],
        held: Sequence[Example],
        codebook: Codebook,
        large_threshold: int | None,
        k0_preds: Sequence[M.Prediction] | None = None,
        k0_models: M.Models | None = None,
        k0_raw: Sequence[M.Prediction] | None = None,
    ) -> None:
        """``held``: the held-out source's examples in text order (units and others).
        ``k0_models`` (trained without the source) and their predictions ``k0_raw`` of
        ``held``: after k units, their reading is mixed in as ``suggest_source`` does
        (``unrefit``)."""
        units = [e for e in held if e.unit]
        base_units = [e for e in train_items if e.unit]
        if not base_units or not self.ks:
            return
        major = _majority(e.stance or "" for e in base_units)
        # one test set for every k: the units after the largest k, so that the curve
        # compares like with like (a source's later sections often argue differently)
        last = max(self.ks)
        if len(units) <= last:
            return
        rest = units[last:]
        for k in self.ks:
            given = units[:k]
            if k == 0 and k0_preds is not None:
                by_key = {e.key: p for e, p in zip(held, k0_preds, strict=True)}
                preds = [by_key[e.key] for e in rest]
            else:
                source = held[0].source
                models = M._train(
                    [*train_items, *given],
                    codebook,
                    large_threshold=large_threshold,
                    focus=source if k else None,
                )
                got = _predict_source(models, held, given)
                if k and k0_models is not None:
                    got = _with_unrefit(got, k0_models, held, given, k0_raw)
                by_key = {e.key: p for e, p in zip(held, got, strict=True)}
                preds = [by_key[e.key] for e in rest]
            own = _majority(e.stance or "" for e in given) if given else major
            self.gold[k] += [e.stance or "" for e in rest]
            self.pred[k] += [p.stance for p in preds]
            self.base[k] += [own] * len(rest)

    def result(self, stances: Sequence[str]) -> dict[int, tuple[float, float, int]]:
        return {
            k: (
                Scores.compute(self.gold[k], self.pred[k], stances).macro_f1,
                Scores.compute(self.gold[k], self.base[k], stances).macro_f1,
                len(self.gold[k]),
            )
            for k in self.ks
            if self.gold[k]
        }


def evaluate(
    project: Project,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
    curve: Sequence[int] = CURVE,
    articles: Path | None = None,
) -> EvaluationReport:
    """Leave-one-source-out evaluation of claim detection, stance, questions and kind, the
    per-source curve, and the patterns' precision (see the module doc).

    The majority baseline predicts, in each fold, the most frequent training label (for
    questions: the most frequent question alone; for the curve: the most frequent stance
    among the held-out source's units given so far). ``articles``: a directory of new
    articles with gold units, evaluated as ``evaluate_articles`` does. Also times a full
    retrain and prediction. ``large_threshold``: as for ``models._train``.
    """
    items = examples(project, annotator)
    by_key = {e.key: e for e in items}
    folds = loso_folds(items)
    report = EvaluationReport(sources=[f.held_out for f in folds], folds=folds)
    report.n_sentences = len(items)
    report.n_units = sum(1 for e in items if e.unit)
    pool = _Pool()
    curve_pool = _Curve(curve)
    stated = _Stated()
    sides = _Sides()
    mains = {
        f.held_out: main_stance([by_key[k] for k in f.test], project.codebook.stance_ids)
        for f in folds
    }
    for fold in folds if len(folds) > 1 else []:
        train_items = [by_key[k] for k in fold.train]
        test_items = [by_key[k] for k in fold.test]
        models = M._train(train_items, project.codebook, large_threshold=large_threshold)
        raw = _raw_predictions(models, test_items)
        preds = _predict_source(models, test_items, raw=raw)
        report.per_source[fold.held_out] = pool.add(models, train_items, test_items, preds)[0]
        curve_pool.add(
            train_items, test_items, project.codebook, large_threshold, preds, models, raw
        )
        stated.add(models, test_items, raw)
        sides.add(models, test_items, raw, [m for s, m in mains.items() if s != fold.held_out])
    pool.fill(report, project.codebook)
    report.stated = stated.result(project.codebook.stance_ids)
    report.confirmed = stated.result(project.codebook.stance_ids, "confirmed")
    report.corrected = stated.result(project.codebook.stance_ids, "corrected")
    report.side_proposal = sides.result()
    report.curve = curve_pool.result(project.codebook.stance_ids)
    report.patterns = pattern_scores(project.codebook, items)
    if items:
        t0 = time.perf_counter()
        models = M._train(items, project.codebook, large_threshold=large_threshold)
        t1 = time.perf_counter()
        report.source_level = _source_level(models)
        everything = [
            c
            for doc in project.sources.values()
            for c in contexts(doc.text, doc.sentences, doc.title)
        ]
        M.predict(models, everything)
        t2 = time.perf_counter()
        report.train_seconds, report.predict_seconds = t1 - t0, t2 - t1
    if articles is not None:
        report.articles = evaluate_articles(
            project, articles, annotator, large_threshold=large_threshold, curve=curve
        )
    return report


# --------------------------------------------------------------------------- new articles


def read_gold(path: Path, text: str, source: str) -> list[Example]:
    """The examples of an article from its gold TSV (see ``bench/eval/README.md``): every
    sentence, labelled from the row whose text starts it."""
    from argmap import corpus
    from argmap.model import Sentence

    sents: list[Sentence] = corpus.sentences(text)
    ctxs = contexts(text, sents)
    labels: dict[int, tuple[str, tuple[str, ...], str]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ArgmapError(f"{path}:{lineno}: expected 4 tab-separated fields, not {len(parts)}")
        stance, questions, kind, start = parts
        hits = [i for i, s in enumerate(sents) if s.text.startswith(start.strip())]
        if len(hits) != 1:
            raise ArgmapError(
                f"{path}:{lineno}: {start!r} starts {len(hits)} sentences of the article, not 1"
            )
        labels[hits[0]] = (stance, tuple(q for q in questions.split(",") if q), kind)
    out = []
    for i, (s, c) in enumerate(zip(sents, ctxs, strict=True)):
        if i in labels:
            stance, qs, kind = labels[i]
            out.append(Example(source, s, True, stance, kind, qs, c))
        else:
            out.append(Example(source, s, False, context=c))
    return out


def evaluate_articles(
    project: Project,
    directory: Path,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
    curve: Sequence[int] = CURVE,
) -> EvaluationReport:
    """Scores on new articles (``directory/articles/*.txt`` with ``directory/gold/*.tsv``):
    the models learn from the project's annotations only, and then, for the curve, from the
    first k gold units of the article being predicted."""
    directory = Path(directory)
    paths = sorted((directory / "articles").glob("*.txt"))
    if not paths:
        raise ArgmapError(f"{directory}/articles: no *.txt articles to evaluate on")
    items = examples(project, annotator)
    report = EvaluationReport(
        sources=[p.stem for p in paths],
        folds=[],
        protocol="trained on the project's annotations; new articles predicted",
    )
    models = M._train(items, project.codebook, large_threshold=large_threshold)
    pool = _Pool()
    curve_pool = _Curve(curve)
    stated = _Stated()
    sides = _Sides()
    by_source: dict[str, list[Example]] = {}
    for e in items:
        by_source.setdefault(e.source, []).append(e)
    mains = [main_stance(held, project.codebook.stance_ids) for held in by_source.values()]
    for path in paths:
        gold = directory / "gold" / f"{path.stem}.tsv"
        if not gold.exists():
            raise ArgmapError(f"{gold}: missing (the gold units of {path.name})")
        from argmap import corpus

        held = read_gold(gold, corpus.read_source_text(path), path.stem)
        raw = _raw_predictions(models, held)
        preds = _predict_source(models, held, raw=raw)
        report.per_source[path.stem] = pool.add(models, items, held, preds)[0]
        curve_pool.add(items, held, project.codebook, large_threshold, preds, models, raw)
        stated.add(models, held, raw)
        sides.add(models, held, raw, mains)
        report.n_sentences += len(held)
        report.n_units += sum(1 for e in held if e.unit)
    pool.fill(report, project.codebook)
    report.stated = stated.result(project.codebook.stance_ids)
    report.confirmed = stated.result(project.codebook.stance_ids, "confirmed")
    report.corrected = stated.result(project.codebook.stance_ids, "corrected")
    report.side_proposal = sides.result()
    report.curve = curve_pool.result(project.codebook.stance_ids)
    return report


__all__ = [
    "CURVE",
    "ClassScores",
    "Context",
    "EvaluationReport",
    "Fold",
    "MultiScores",
    "PatternScore",
    "ReliabilityBin",
    "Scores",
    "evaluate",
    "evaluate_articles",
    "loso_folds",
    "main_stance",
    "pattern_scores",
    "read_gold",
    "reliability",
]
