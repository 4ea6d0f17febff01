"""Agreement between annotators, and adjudication into the reference annotation.

**Units.** The unit of agreement is the sentence. A claim belongs to the sentence where it
starts (``source.sentence_at(claim.start)``); orphan claims (whose quote was lost after the
source was edited) are left out. One annotator's *reading* of a sentence is the set of their
claims that start in it:

- its **stance label** is ``none`` when they made no claim there, the stance when all their
  claims there share one, and ``mixed`` when they gave it claims of different stances;
- its **questions** are the union of the questions of those claims.

With a question ``Q`` only claims on ``Q`` count, so a sentence annotated on other
questions only is ``none`` for ``Q``.

**What an annotator has read.** A source counts as read by an annotator when they made at
least one claim in it (on any question); every sentence of that source is then a unit for
them, annotated or not. A pair is compared on the sources both have read, "all together"
on the sources all have read. The reference annotator (``reference_annotator`` in
``argmap.json``, default ``reference``) is the adjudicated result, not a coder, and is left
out unless named explicitly.

**Figures.** Cohen's kappa comes from scikit-learn (``cohen_kappa_score``), Krippendorff's
alpha from nltk (``AnnotationTask``, nominal distance). For three or more annotators the
"kappa" reported for all together is the mean of the pairwise Cohen's kappas (Light's
kappa). Kappa is undefined (``None``) when both annotators used one and the same category
for every unit (scikit-learn's 0/0).

**Adjudication.** The reference annotation is written by the reference annotator. Adopting
an annotator's claim copies it (same span, stance, questions, kind and note) as a reference
claim. Its relations are copied only where the claim they point to (or come from) also has
a reference copy, that is a reference claim with the same source and span; other relations
are dropped, since the reference must not point into one annotator's reading. The
matrix and the exports use, per sentence, the reference claims where a sentence has any
and everyone's claims elsewhere (:meth:`argmap.project.Project.view_claims`); adopting what
all annotators agree on first (:func:`adopt_agreed`) keeps the unadjudicated rest from
counting each annotator's reading separately.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from argmap.errors import UsageError, choices
from argmap.model import Claim, Codebook, Sentence
from argmap.project import Project

NONE = "none"
MIXED = "mixed"

UnitKey = tuple[str, str]  # (source id, sentence id)


# --------------------------------------------------------------------------- readings


@dataclass(frozen=True)
class Reading:
    """One annotator's reading of one sentence: the claims of theirs that start in it."""

    claims: tuple[Claim, ...] = ()

    @property
    def annotated(self) -> bool:
        return bool(self.claims)

    @property
    def stance(self) -> str:
        """``none``, the one stance of the claims, or ``mixed``."""
        stances = {c.stance for c in self.claims}
        if not stances:
            return NONE
        return stances.pop() if len(stances) == 1 else MIXED

    @property
    def questions(self) -> frozenset[str]:
        return frozenset(q for c in self.claims for q in c.questions)

    def describe(self) -> str:
        """``stance [q1, q2]`` for display, ``-`` when not annotated."""
        if not self.claims:
            return "-"
        return f"{self.stance} [{', '.join(sorted(self.questions))}]"


@dataclass
class Readings:
    """Every annotator's readings of the sentences of the sources they have read."""

    project: Project
    annotators: list[str]
    read: dict[str, list[str]]
    """Per annotator, the sources they have read (made at least one claim in)."""
    by_unit: dict[UnitKey, dict[str, tuple[Claim, ...]]]
    question: str | None = None

    def reading(self, annotator: str, key: UnitKey) -> Reading:
        return Reading(self.by_unit.get(key, {}).get(annotator, ()))

    def common_sources(self, annotators: Sequence[str]) -> list[str]:
        """The sources every one of ``annotators`` has read, sorted."""
        sets = [set(self.read.get(a, ())) for a in annotators]
        return sorted(set.intersection(*sets)) if sets else []

    def units(self, sources: Iterable[str]) -> list[tuple[UnitKey, Sentence]]:
        """Every sentence of ``sources``, in source then document order."""
        out = []
        for sid in sorted(sources):
            for s in self.project.sources[sid].sentences:
                out.append(((sid, s.id), s))
        return out


def collect(
    project: Project,
    *,
    question: str | None = None,
    sources: Sequence[str] | None = None,
    annotators: Sequence[str] | None = None,
) -> Readings:
    """Group the claims of ``annotators`` (default: all but the reference) by sentence."""
    if question is not None:
        project.check_question(question)
    wanted = {project.source(s).id for s in sources} if sources else set(project.sources)
    reference = project.config.reference_annotator
    everyone = project.annotators()
    if annotators:
        unknown = [a for a in annotators if a not in everyone]
        if unknown:
            raise UsageError(
                f"no claims by annotator {unknown[0]!r} (annotators: {choices(everyone)})"
            )
        coders = sorted(set(annotators))
    else:
        coders = [a for a in everyone if a != reference]
    read: dict[str, set[str]] = {a: set() for a in coders}
    by_unit: dict[UnitKey, dict[str, list[Claim]]] = {}
    for c in project.claims():
        if c.annotator not in read or c.source not in wanted or c.orphan is not None:
            continue
        read[c.annotator].add(c.source)
        if question is not None and question not in c.questions:
            continue
        sent = project.sources[c.source].sentence_at(c.start)
        if sent is None:
            continue
        by_unit.setdefault((c.source, sent.id), {}).setdefault(c.annotator, []).append(c)
    return Readings(
        project=project,
        annotators=coders,
        read={a: sorted(s) for a, s in read.items()},
        by_unit={k: {a: tuple(cs) for a, cs in v.items()} for k, v in by_unit.items()},
        question=question,
    )


# --------------------------------------------------------------------------- figures


@dataclass
class Metric:
    """One agreement figure and the counts it rests on."""

    n: int
    """Units compared."""
    agreed: int
    """Units on which every annotator gave the same label."""
    kappa: float | None
    alpha: float | None
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    """Per annotator, how many units got each label."""

    @property
    def observed(self) -> float | None:
        return self.agreed / self.n if self.n else None

    def to_json(self) -> dict:
        return {
            "units": self.n,
            "agreed": self.agreed,
            "observed": _round(self.observed),
            "kappa": _round(self.kappa),
            "alpha": _round(self.alpha),
            "counts": self.counts,
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    """Cohen's kappa (scikit-learn) of two label sequences; ``None`` when undefined."""
    if not a:
        return None
    if len(set(a) | set(b)) == 1:
        return None  # one category only: chance agreement is 1, kappa is 0/0
    import warnings

    from sklearn.metrics import cohen_kappa_score

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = float(cohen_kappa_score(list(a), list(b)))
    return None if math.isnan(k) else k


def krippendorff_alpha(labels: dict[str, Sequence[str]]) -> float | None:
    """Krippendorff's alpha (nltk, nominal distance) of aligned label sequences per coder."""
    n = len(next(iter(labels.values()), ()))
    if n == 0 or len(labels) < 2:
        return None
    from nltk.metrics.agreement import AnnotationTask

    data = [(coder, str(i), lab) for coder, labs in labels.items() for i, lab in enumerate(labs)]
    try:
        return float(AnnotationTask(data=data).alpha())
    except (ZeroDivisionError, ValueError):
        return None


def metric(labels: dict[str, list[str]]) -> Metric:
    """Kappa (mean pairwise for more than two), alpha and counts of aligned labels per coder."""
    coders = sorted(labels)
    n = len(labels[coders[0]]) if coders else 0
    agreed = sum(1 for i in range(n) if len({labels[c][i] for c in coders}) == 1)
    kappas = [cohen_kappa(labels[a], labels[b]) for a, b in itertools.combinations(coders, 2)]
    defined = [k for k in kappas if k is not None]
    return Metric(
        n=n,
        agreed=agreed,
        kappa=sum(defined) / len(defined) if defined else None,
        alpha=krippendorff_alpha({c: labels[c] for c in coders}),
        counts={c: dict(sorted(Counter(labels[c]).items())) for c in coders},
    )


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Size of the intersection over size of the union (1 for two empty sets)."""
    union = a | b
    return len(a & b) / len(union) if union else 1.0


def distance(a: Reading, b: Reading, codebook: Codebook) -> float:
    """How far apart two readings of a sentence are (used to rank disagreements).

    3 for stances on opposite sides of the axis, 2 when only one of them saw a claim, 1 for
    other different stances; plus 1 - Jaccard of the questions when both saw a claim.
    """
    if not a.annotated and not b.annotated:
        return 0.0
    if a.annotated != b.annotated:
        return 2.0
    score = 0.0
    if a.stance != b.stance:
        score = 3.0 if _opposite(a.stance, b.stance, codebook) else 1.0
    return score + 1.0 - jaccard(a.questions, b.questions)


def _opposite(s1: str, s2: str, codebook: Codebook) -> bool:
    ids = set(codebook.stance_ids)
    if s1 not in ids or s2 not in ids:
        return False
    return codebook.stance(s1).axis * codebook.stance(s2).axis < 0


@dataclass
class Disagreement:
    """A sentence the annotators read differently, with each one's reading."""

    source: str
    sentence: Sentence
    score: float
    readings: dict[str, Reading]

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "sentence": self.sentence.id,
            "text": self.sentence.text,
            "score": round(self.score, 4),
            "readings": {
                a: {
                    "stance": r.stance,
                    "questions": sorted(r.questions),
                    "claims": [
                        {
                            "id": c.id,
                            "quote": c.quote,
                            "stance": c.stance,
                            "questions": list(c.questions),
                            "kind": c.kind,
                        }
                        for c in r.claims
                    ],
                }
                for a, r in self.readings.items()
            },
        }


@dataclass
class QuestionFigures:
    """Agreement on questions, over the sentences all compared annotators annotated."""

    n: int
    mean_jaccard: float | None
    per_question: dict[str, Metric]

    def to_json(self) -> dict:
        return {
            "units": self.n,
            "mean_jaccard": _round(self.mean_jaccard),
            "per_question": {q: m.to_json() for q, m in self.per_question.items()},
        }


@dataclass
class Comparison:
    """Agreement of a group of annotators (a pair, or all) on the sources they all read."""

    annotators: list[str]
    sources: list[str]
    stance: Metric
    """Stance per sentence, ``none`` where an annotator made no claim."""
    stance_annotated: Metric
    """Stance per sentence, only sentences every annotator annotated."""
    claim: Metric
    """Claim (``claim``) or not (``none``) per sentence."""
    questions: QuestionFigures
    disagreements: list[Disagreement]
    """Sentences read differently, most different first."""

    def to_json(self, top: int | None = None) -> dict:
        shown = self.disagreements if top is None else self.disagreements[:top]
        return {
            "annotators": self.annotators,
            "sources": self.sources,
            "stance": self.stance.to_json(),
            "stance_annotated": self.stance_annotated.to_json(),
            "claim": self.claim.to_json(),
            "questions": self.questions.to_json(),
            "disagreements_total": len(self.disagreements),
            "disagreements": [d.to_json() for d in shown],
        }


def compare(readings: Readings, annotators: Sequence[str]) -> Comparison:
    """Every agreement figure of ``annotators`` on the sources they have all read."""
    coders = sorted(annotators)
    codebook = readings.project.codebook
    sources = readings.common_sources(coders)
    units = readings.units(sources)
    table = {key: {a: readings.reading(a, key) for a in coders} for key, _ in units}
    stance = {a: [table[k][a].stance for k, _ in units] for a in coders}
    claim = {a: ["claim" if table[k][a].annotated else NONE for k, _ in units] for a in coders}
    both = [k for k, _ in units if all(table[k][a].annotated for a in coders)]
    stance_both = {a: [table[k][a].stance for k in both] for a in coders}
    per_question: dict[str, Metric] = {}
    qids = [readings.question] if readings.question else codebook.question_ids
    for q in qids:
        labels = {a: [q if q in table[k][a].questions else NONE for k in both] for a in coders}
        if both:
            per_question[q] = metric(labels)
    jaccards = [
        sum(jaccard(table[k][a].questions, table[k][b].questions) for a, b in pairs) / len(pairs)
        for k in both
        if (pairs := list(itertools.combinations(coders, 2)))
    ]
    disagreements = []
    for key, sent in units:
        rs = table[key]
        score = sum(distance(rs[a], rs[b], codebook) for a, b in itertools.combinations(coders, 2))
        if score > 0:
            disagreements.append(Disagreement(key[0], sent, score, rs))
    index = {key: i for i, (key, _) in enumerate(units)}
    disagreements.sort(key=lambda d: (-d.score, index[(d.source, d.sentence.id)]))
    return Comparison(
        annotators=coders,
        sources=sources,
        stance=metric(stance),
        stance_annotated=metric(stance_both),
        claim=metric(claim),
        questions=QuestionFigures(
            n=len(both),
            mean_jaccard=sum(jaccards) / len(jaccards) if jaccards else None,
            per_question=per_question,
        ),
        disagreements=disagreements,
    )


@dataclass
class AgreementReport:
    """Agreement for every pair of annotators and, with three or more, for all together."""

    annotators: list[str]
    read: dict[str, list[str]]
    question: str | None
    pairs: list[Comparison]
    all: Comparison | None

    def to_json(self, top: int | None = 10) -> dict:
        return {
            "annotators": self.annotators,
            "read": self.read,
            "question": self.question,
            "pairs": [p.to_json(top) for p in self.pairs],
            "all": self.all.to_json(top) if self.all else None,
        }


def agreement(
    project: Project,
    *,
    question: str | None = None,
    sources: Sequence[str] | None = None,
    annotators: Sequence[str] | None = None,
) -> AgreementReport:
    """Agreement of the project's annotators (default: everyone but the reference)."""
    readings = collect(project, question=question, sources=sources, annotators=annotators)
    coders = readings.annotators
    pairs = [compare(readings, pair) for pair in itertools.combinations(coders, 2)]
    together = compare(readings, coders) if len(coders) > 2 else None
    return AgreementReport(coders, readings.read, question, pairs, together)


# --------------------------------------------------------------------------- adjudication


@dataclass
class Case:
    """A sentence to adjudicate: each annotator's reading and the reference's, if any."""

    source: str
    sentence: Sentence
    score: float
    readings: dict[str, Reading]
    reference: Reading

    @property
    def settled(self) -> bool:
        return self.reference.annotated


def cases(
    project: Project,
    *,
    question: str | None = None,
    sources: Sequence[str] | None = None,
) -> list[Case]:
    """Sentences that annotators who read their source read differently, worst first.

    Each sentence is compared among the annotators who have read its source (at least two);
    a sentence counts when any two of them disagree. Sorted by score, then source and place.
    """
    readings = collect(project, question=question, sources=sources)
    reference = project.config.reference_annotator
    refs: dict[UnitKey, list[Claim]] = {}
    for c in project.claims(annotator=reference):
        if c.orphan is None and (question is None or question in c.questions):
            sent = project.sources[c.source].sentence_at(c.start)
            if sent is not None:
                refs.setdefault((c.source, sent.id), []).append(c)
    readers: dict[str, list[str]] = {}
    for a, srcs in readings.read.items():
        for s in srcs:
            readers.setdefault(s, []).append(a)
    out: list[Case] = []
    for sid in sorted(readers):
        coders = sorted(readers[sid])
        if len(coders) < 2:
            continue
        for key, sent in readings.units([sid]):
            rs = {a: readings.reading(a, key) for a in coders}
            score = sum(
                distance(rs[a], rs[b], project.codebook)
                for a, b in itertools.combinations(coders, 2)
            )
            if score > 0:
                out.append(Case(sid, sent, score, rs, Reading(tuple(refs.get(key, ())))))
    out.sort(key=lambda c: (-c.score, c.source, c.sentence.index))
    return out


@contextmanager
def as_annotator(project: Project, name: str) -> Iterator[Project]:
    """Make ``project`` edit as ``name`` for the duration of the block.

    As the reference annotator this is adjudication (:meth:`Project.adjudication`), the only
    way the reference annotation is written.
    """
    if name == project.config.reference_annotator:
        with project.adjudication():
            yield project
        return
    saved = project.chosen_annotator
    project.chosen_annotator = name
    try:
        yield project
    finally:
        project.chosen_annotator = saved


def _in_sentence(project: Project, c: Claim, sentence: Sentence) -> bool:
    sent = project.sources[c.source].sentence_at(c.start)
    return sent is not None and sent.id == sentence.id


def _reference_copy(project: Project, c: Claim) -> Claim | None:
    reference = project.config.reference_annotator
    for other in project.claims(source=c.source, annotator=reference):
        if (other.start, other.end) == (c.start, c.end):
            return other
    return None


def _incoming(project: Project) -> dict[str, list[tuple[Claim, str]]]:
    """Per claim id, the non-reference claims that relate to it, with the relation type."""
    reference = project.config.reference_annotator
    out: dict[str, list[tuple[Claim, str]]] = {}
    for other in project.claim_index.values():
        if other.annotator != reference:
            for r in other.relations:
                out.setdefault(r.target, []).append((other, r.type))
    return out


def adopt(
    project: Project, ref: str, *, incoming: dict[str, list[tuple[Claim, str]]] | None = None
) -> Claim:
    """Copy an annotator's claim as a reference claim (updating one on the same span).

    Relations are carried over only between claims that both have reference copies.
    ``incoming`` (from a bulk caller) saves a scan of every claim.
    """
    claim = project.claim(ref)
    reference = project.config.reference_annotator
    if claim.annotator == reference:
        raise UsageError(f"claim {claim.id} is already a {reference} claim")
    sources = _incoming(project) if incoming is None else incoming
    with as_annotator(project, reference):
        new = project.annotate(
            claim.source,
            stance=claim.stance,
            questions=claim.questions,
            span=(claim.start, claim.end),
            kind=claim.kind,
            note=claim.note,
        )
        for r in claim.relations:
            target = project.claim_index.get(r.target)
            copy = _reference_copy(project, target) if target else None
            if copy is not None and copy.id != new.id:
                new = project.relate(new.id, r.type, copy.id)
        for other, rtype in sources.get(claim.id, ()):
            copy = _reference_copy(project, other)
            if copy is not None and copy.id != new.id:
                project.relate(copy.id, rtype, new.id)
    return project.claim_index[new.id]


def adopt_reading(project: Project, source: str, sentence: str, annotator: str) -> list[Claim]:
    """Make the reference reading of a sentence equal to ``annotator``'s.

    Reference claims of the sentence whose span the annotator did not annotate are deleted;
    so adopting the reading of an annotator who made no claim there marks the sentence as
    not a claim. Returns the reference claims of the sentence afterwards.
    """
    doc = project.source(source)
    sent = doc.sentence(sentence)
    reference = project.config.reference_annotator
    if annotator == reference:
        raise UsageError(f"{annotator!r} is the reference annotator; choose another annotator")
    theirs = [
        c
        for c in project.claims(source=doc.id, annotator=annotator)
        if c.orphan is None and _in_sentence(project, c, sent)
    ]
    spans = {(c.start, c.end) for c in theirs}
    with project.adjudication():
        for c in project.claims(source=doc.id, annotator=reference):
            if _in_sentence(project, c, sent) and (c.start, c.end) not in spans:
                project.delete(c.id)
    return [adopt(project, c.id) for c in theirs]


def write_reference(
    project: Project,
    source: str,
    sentence: str,
    *,
    stance: str,
    questions: Sequence[str],
    kind: str = "claim",
    note: str = "",
) -> Claim:
    """Write the reference claim of a sentence by hand (the whole sentence, or its one span).

    When the sentence holds exactly one reference claim, that claim is updated in place;
    otherwise the sentence's reference claims are replaced by one on the whole sentence.
    """
    doc = project.source(source)
    sent = doc.sentence(sentence)
    reference = project.config.reference_annotator
    mine = [
        c
        for c in project.claims(source=doc.id, annotator=reference)
        if _in_sentence(project, c, sent)
    ]
    if len(mine) == 1:
        with as_annotator(project, reference):
            return project.update(
                mine[0].id, stance=stance, questions=tuple(questions), kind=kind, note=note
            )
    with as_annotator(project, reference):
        for c in mine:
            project.delete(c.id)
        return project.annotate(
            doc.id,
            stance=stance,
            questions=questions,
            span=(sent.start, sent.end),
            kind=kind,
            note=note,
        )


def clear_reference(project: Project, source: str, sentence: str) -> int:
    """Mark a sentence as not a claim in the reference: delete its reference claims."""
    doc = project.source(source)
    sent = doc.sentence(sentence)
    reference = project.config.reference_annotator
    gone = [
        c
        for c in project.claims(source=doc.id, annotator=reference)
        if _in_sentence(project, c, sent)
    ]
    with project.adjudication():
        for c in gone:
            project.delete(c.id)
    return len(gone)


def adopt_agreed(project: Project, *, sources: Sequence[str] | None = None) -> list[Claim]:
    """Copy into the reference every sentence all its readers annotated alike.

    A sentence qualifies when at least two annotators have read its source, each of them
    annotated it, and all gave it the same stance and questions; the alphabetically first
    annotator's claims are copied. Sentences that already have reference claims are left
    alone. Returns the reference claims written.
    """
    readings = collect(project, sources=sources)
    reference = project.config.reference_annotator
    settled = set()
    for c in project.claims(annotator=reference):
        sent = project.sources[c.source].sentence_at(c.start)
        if sent is not None:
            settled.add((c.source, sent.id))
    readers: dict[str, list[str]] = {}
    for a, srcs in readings.read.items():
        for s in srcs:
            readers.setdefault(s, []).append(a)
    written = []
    incoming = _incoming(project)
    for key in sorted(readings.by_unit):
        coders = sorted(readers.get(key[0], []))
        if len(coders) < 2 or key in settled:
            continue
        rs = [readings.reading(a, key) for a in coders]
        if all(r.annotated for r in rs) and len({(r.stance, r.questions) for r in rs}) == 1:
            for c in rs[0].claims:
                written.append(adopt(project, c.id, incoming=incoming))
    return written
