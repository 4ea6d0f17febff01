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

**What an annotator has read.** A sentence counts as read by an annotator when they made a
claim in it (on any question) or marked its source done (``argmap done``): a sentence
someone has not read yet is not a disagreement. A pair is compared on the sentences both
have read, "all together" on the sentences all have read. The reference annotator (``reference_annotator`` in
``argmap.json``, default ``reference``) is the adjudicated result, not a coder, and is left
out unless named explicitly.

**Figures.** Cohen's kappa comes from scikit-learn (``cohen_kappa_score``), Krippendorff's
alpha from nltk (``AnnotationTask``, nominal distance). For three or more annotators the
"kappa" reported for all together is the mean of the pairwise Cohen's kappas (Light's
kappa). Kappa is undefined (``None``) when both annotators used one and the same category
for every unit (scikit-learn's 0/0).

**Kind and links.** On the sentences all compared annotators annotated, the **kind** of a
reading is ``claim``, ``evidence`` or ``mixed`` (claims of both kinds there). A **link** is
(sentence of the claim that holds it, ``supports``/``attacks``, sentence of its target);
only links between sentences every compared annotator annotated count. Their agreement is
the F1 of one annotator's links against the other's (typed, and whatever the type), and
Cohen's kappa on the type where all of them linked the same two sentences, in the same
direction.

**Voices.** A reading's **voice** is whose stance its claims are (:attr:`Claim.voice`,
compared by :func:`argmap.model.voice_key`: ``(writer)`` for the writer's own, ``mixed``
for several). On the sentences all compared annotators annotated it is a figure of its own
(only when some claim there has a voice), and two readings of one sentence in different
voices are a disagreement.

**Severity.** Disagreements are ranked by how far apart two readings are (:func:`severity`):
stances on opposite sides of the axis first, then different stances not on opposite sides
(one side against hedged), then a claim against no claim, then the same stance in other
voices, then the same stance on other questions. Within one severity, the sum of the pairwise :func:`distance` orders them.

**Adjudication.** The reference annotation is written only through this module (inside
:meth:`Project.adjudication`). Adopting an annotator's claim copies it (same span, stance,
questions, kind, note and voice) as a reference claim, with its links: a link to a claim whose
sentence already has a reference reading is re-targeted to the reference claim there;
a link to a sentence not adjudicated yet keeps pointing at the claim that stands for it,
and is re-targeted when that sentence is adjudicated. The matrix and the exports count one
reading per sentence (:meth:`argmap.project.Project.view`).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from argmap.errors import UsageError, choices
from argmap.model import Claim, Codebook, Sentence, voice_key
from argmap.project import Project

NONE = "none"
MIXED = "mixed"
WRITER = "(writer)"
"""The voice label of claims in the writer's own voice, beside readings with a voice."""

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
    def stances(self) -> frozenset[str]:
        return frozenset(c.stance for c in self.claims)

    @property
    def questions(self) -> frozenset[str]:
        return frozenset(q for c in self.claims for q in c.questions)

    @property
    def kind(self) -> str:
        """``none``, the one kind of the claims (``claim``/``evidence``), or ``mixed``."""
        kinds = {c.kind for c in self.claims}
        if not kinds:
            return NONE
        return kinds.pop() if len(kinds) == 1 else MIXED

    @property
    def voices(self) -> frozenset[str]:
        """The voices of the claims, compared as :func:`argmap.model.voice_key` ("" for the
        writer's own)."""
        return frozenset(voice_key(c.voice) for c in self.claims)

    @property
    def voice(self) -> str:
        """``none``, the one voice of the claims (its key; :data:`WRITER` for the writer's
        own), or ``mixed``."""
        voices = self.voices
        if not voices:
            return NONE
        return (next(iter(voices)) or WRITER) if len(voices) == 1 else MIXED

    @property
    def voiced(self) -> bool:
        """Whether a claim of the reading is in a voice other than the writer's."""
        return any(c.voice for c in self.claims)

    def voice_shown(self) -> str:
        """The voices of the claims as spelled, joined by `` / `` (:data:`WRITER` for the
        writer's own); "" when not annotated."""
        shown: dict[str, str] = {}
        for c in self.claims:
            shown.setdefault(voice_key(c.voice), c.voice or WRITER)
        return " / ".join(shown[k] for k in sorted(shown))

    def describe(self, voices: bool = False) -> str:
        """``stance [q1, q2]`` for display (``voices``: then ``voice: NAME``), ``-`` when not
        annotated."""
        if not self.claims:
            return "-"
        text = f"{self.stance} [{', '.join(sorted(self.questions))}]"
        return f"{text} voice: {self.voice_shown()}" if voices else text


@dataclass
class Readings:
    """Every annotator's readings of the sentences of the sources they have read."""

    project: Project
    annotators: list[str]
    read: dict[str, list[str]]
    """Per annotator, the sources they have read some of (a claim in it, or marked done)."""
    by_unit: dict[UnitKey, dict[str, tuple[Claim, ...]]]
    question: str | None = None
    touched: dict[str, set[UnitKey]] = field(default_factory=dict)
    """Per annotator, the sentences they made a claim in (on any question)."""
    done: dict[str, set[str]] = field(default_factory=dict)
    """Per annotator, the sources they marked done."""

    def reading(self, annotator: str, key: UnitKey) -> Reading:
        return Reading(self.by_unit.get(key, {}).get(annotator, ()))

    def has_read(self, annotator: str, key: UnitKey) -> bool:
        """Whether ``annotator`` annotated the sentence or marked its source done."""
        return key[0] in self.done.get(annotator, ()) or key in self.touched.get(annotator, ())

    def common_sources(self, annotators: Sequence[str]) -> list[str]:
        """The sources every one of ``annotators`` has read some of, sorted."""
        sets = [set(self.read.get(a, ())) for a in annotators]
        return sorted(set.intersection(*sets)) if sets else []

    def readers(self, key: UnitKey) -> list[str]:
        """The annotators who have read the sentence ``key``, sorted."""
        return [a for a in self.annotators if self.has_read(a, key)]

    def units(
        self, sources: Iterable[str], annotators: Sequence[str] | None = None
    ) -> list[tuple[UnitKey, Sentence]]:
        """The sentences of ``sources`` (read by all ``annotators``), source then document order."""
        out = []
        for sid in sorted(sources):
            for s in self.project.sources[sid].sentences:
                key = (sid, s.id)
                if annotators is None or all(self.has_read(a, key) for a in annotators):
                    out.append((key, s))
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
    touched: dict[str, set[UnitKey]] = {a: set() for a in coders}
    done: dict[str, set[str]] = {a: set() for a in coders}
    for sid, names in project.done_map().items():
        for a in names:
            if a in done and sid in wanted:
                done[a].add(sid)
                read[a].add(sid)
    by_unit: dict[UnitKey, dict[str, list[Claim]]] = {}
    for c in project.claims():
        if c.annotator not in read or c.source not in wanted or c.orphan is not None:
            continue
        sent = project.sources[c.source].sentence_at(c.start)
        if sent is None:
            continue
        read[c.annotator].add(c.source)
        touched[c.annotator].add((c.source, sent.id))
        if question is not None and question not in c.questions:
            continue
        by_unit.setdefault((c.source, sent.id), {}).setdefault(c.annotator, []).append(c)
    return Readings(
        project=project,
        annotators=coders,
        read={a: sorted(s) for a, s in read.items()},
        by_unit={k: {a: tuple(cs) for a, cs in v.items()} for k, v in by_unit.items()},
        question=question,
        touched=touched,
        done=done,
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
    other different stances; plus 1 - Jaccard of the questions when both saw a claim, and 1
    when they gave it different voices.
    """
    if not a.annotated and not b.annotated:
        return 0.0
    if a.annotated != b.annotated:
        return 2.0
    score = 0.0
    if a.stance != b.stance:
        score = 3.0 if _opposite(a.stance, b.stance, codebook) else 1.0
    voice = 1.0 if a.voices != b.voices else 0.0
    return score + voice + 1.0 - jaccard(a.questions, b.questions)


def _opposite(s1: str, s2: str, codebook: Codebook) -> bool:
    ids = set(codebook.stance_ids)
    if s1 not in ids or s2 not in ids:
        return False
    return codebook.stance(s1).axis * codebook.stance(s2).axis < 0


OPPOSITE, OTHER_STANCE, CLAIM_OR_NOT, VOICE, QUESTIONS = 5, 4, 3, 2, 1
SEVERITY_LABELS: dict[int, str] = {
    OPPOSITE: "opposite sides",
    OTHER_STANCE: "side vs hedged",
    CLAIM_OR_NOT: "claim vs none",
    VOICE: "voice",
    QUESTIONS: "questions",
    0: "same",
}
SEVERITY_HELP = (
    "worst first: opposite sides of the axis, then a side against hedged (or other "
    "different stances), then a claim against no claim, then the same stance in another voice "
    "(whose stance it is), then the same stance on other questions"
)


def severity(a: Reading, b: Reading, codebook: Codebook) -> int:
    """How serious the difference of two readings is: 5 (worst) to 0 (the same reading).

    5 stances on opposite sides of the axis; 4 other different stances (one side against
    hedged); 3 a claim against no claim; 2 the same stances in other voices (the stance is
    someone else's: it moves to another row of the matrix by voice); 1 the same stances on
    other questions.
    """
    if not a.annotated and not b.annotated:
        return 0
    if a.annotated != b.annotated:
        return CLAIM_OR_NOT
    if a.stances != b.stances:
        if any(_opposite(x, y, codebook) for x in a.stances for y in b.stances):
            return OPPOSITE
        return OTHER_STANCE
    if a.voices != b.voices:
        return VOICE
    return QUESTIONS if a.questions != b.questions else 0


def group_severity(readings: dict[str, Reading], codebook: Codebook) -> tuple[int, float]:
    """The worst pairwise :func:`severity` of a sentence's readings and the summed distance."""
    pairs = list(itertools.combinations(readings.values(), 2))
    worst = max((severity(a, b, codebook) for a, b in pairs), default=0)
    return worst, sum(distance(a, b, codebook) for a, b in pairs)


@dataclass
class Disagreement:
    """A sentence the annotators read differently, with each one's reading."""

    source: str
    sentence: Sentence
    score: float
    readings: dict[str, Reading]
    severity: int = 0

    @property
    def voiced(self) -> bool:
        """Whether a reading of the sentence names a voice (then each one's is shown)."""
        return any(r.voiced for r in self.readings.values())

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "sentence": self.sentence.id,
            "text": self.sentence.text,
            "severity": SEVERITY_LABELS[self.severity],
            "score": round(self.score, 4),
            "readings": {
                a: {
                    "stance": r.stance,
                    "questions": sorted(r.questions),
                    "voice": r.voice_shown(),
                    "claims": [
                        {
                            "id": c.id,
                            "quote": c.quote,
                            "stance": c.stance,
                            "questions": list(c.questions),
                            "kind": c.kind,
                            "voice": c.voice,
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
class RelationFigures:
    """Agreement on support/attack links between sentences every compared annotator marked.

    A link is (sentence of the claim that holds it, type, sentence of its target); links
    from or to a sentence some of the annotators left unmarked are not compared.
    """

    links: dict[str, int]
    """Per annotator, their links between such sentences."""
    matched: int
    """Links every annotator made alike (same two sentences, same direction and type)."""
    f1: float | None
    """F1 of one annotator's links against the other's (for more: mean of the pairs)."""
    pair_f1: float | None
    """The same, counting a link to the same two sentences whatever its type."""
    type: Metric
    """Support or attack, on the sentence pairs every annotator linked."""

    def to_json(self) -> dict:
        return {
            "links": self.links,
            "matched": self.matched,
            "f1": _round(self.f1),
            "pair_f1": _round(self.pair_f1),
            "type": self.type.to_json(),
        }


Link = tuple[UnitKey, UnitKey]


def _links(
    readings: Readings, table: dict[UnitKey, dict[str, Reading]], coder: str, marked: set[UnitKey]
) -> dict[Link, str]:
    """``coder``'s links between ``marked`` sentences: the type per (from, to) pair
    (``mixed`` when they linked the pair both ways)."""
    project = readings.project
    index = project.claim_index
    types: dict[Link, set[str]] = {}
    for key in marked:
        for c in table[key][coder].claims:
            for r in c.relations:
                target = index.get(r.target)
                if target is None or target.orphan is not None:
                    continue
                doc = project.sources.get(target.source)
                sent = doc.sentence_at(target.start) if doc is not None else None
                if sent is None or (target.source, sent.id) not in marked:
                    continue
                to = (target.source, sent.id)
                if to != key:
                    types.setdefault((key, to), set()).add(r.type)
    return {link: ts.pop() if len(ts) == 1 else MIXED for link, ts in types.items()}


def _f1(a: set, b: set) -> float | None:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else None


def relation_figures(
    readings: Readings,
    table: dict[UnitKey, dict[str, Reading]],
    coders: Sequence[str],
    marked: Sequence[UnitKey],
) -> RelationFigures:
    """:class:`RelationFigures` of ``coders`` on the sentences all of them ``marked``."""
    keys = set(marked)
    links = {a: _links(readings, table, a, keys) for a in coders}
    typed = {a: {(f, t, ty) for (f, t), ty in links[a].items()} for a in coders}
    pairs = list(itertools.combinations(coders, 2))
    f1s = [x for a, b in pairs if (x := _f1(typed[a], typed[b])) is not None]
    pf1s = [x for a, b in pairs if (x := _f1(set(links[a]), set(links[b]))) is not None]
    common = sorted(set.intersection(*(set(links[a]) for a in coders))) if coders else []
    return RelationFigures(
        links={a: len(links[a]) for a in coders},
        matched=len(set.intersection(*typed.values())) if coders else 0,
        f1=sum(f1s) / len(f1s) if f1s else None,
        pair_f1=sum(pf1s) / len(pf1s) if pf1s else None,
        type=metric({a: [links[a][p] for p in common] for a in coders}),
    )


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
    kind: Metric | None = None
    """Claim or evidence (``mixed``: both), only sentences every annotator annotated."""
    relations: RelationFigures | None = None
    """Support/attack links between sentences every annotator annotated."""
    voice: Metric | None = None
    """Whose stance (the voice's key, ``(writer)`` for the writer's own, ``mixed``), only
    sentences every annotator annotated; None when none of their claims there has a voice."""

    def to_json(self, top: int | None = None) -> dict:
        shown = self.disagreements if top is None else self.disagreements[:top]
        return {
            "annotators": self.annotators,
            "sources": self.sources,
            "stance": self.stance.to_json(),
            "stance_annotated": self.stance_annotated.to_json(),
            "claim": self.claim.to_json(),
            "questions": self.questions.to_json(),
            "kind": self.kind.to_json() if self.kind else None,
            "voice": self.voice.to_json() if self.voice else None,
            "relations": self.relations.to_json() if self.relations else None,
            "disagreements_total": len(self.disagreements),
            "disagreements": [d.to_json() for d in shown],
        }


def compare(readings: Readings, annotators: Sequence[str]) -> Comparison:
    """Every agreement figure of ``annotators`` on the sources they have all read."""
    coders = sorted(annotators)
    codebook = readings.project.codebook
    sources = readings.common_sources(coders)
    units = readings.units(sources, coders)
    table = {key: {a: readings.reading(a, key) for a in coders} for key, _ in units}
    stance = {a: [table[k][a].stance for k, _ in units] for a in coders}
    claim = {a: ["claim" if table[k][a].annotated else NONE for k, _ in units] for a in coders}
    both = [k for k, _ in units if all(table[k][a].annotated for a in coders)]
    stance_both = {a: [table[k][a].stance for k in both] for a in coders}
    kind_both = {a: [table[k][a].kind for k in both] for a in coders}
    voiced = any(table[k][a].voiced for k in both for a in coders)
    voice_both = {a: [table[k][a].voice for k in both] for a in coders}
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
        worst, score = group_severity(rs, codebook)
        if worst > 0:
            disagreements.append(Disagreement(key[0], sent, score, rs, worst))
    index = {key: i for i, (key, _) in enumerate(units)}
    disagreements.sort(key=lambda d: (-d.severity, -d.score, index[(d.source, d.sentence.id)]))
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
        kind=metric(kind_both),
        relations=relation_figures(readings, table, coders, both),
        voice=metric(voice_both) if voiced else None,
    )


@dataclass
class CellAgreement:
    """Agreement on one matrix cell: a source's sentences, labelled with one question.

    The units are the sentences of the source read by two or more annotators; each reader's
    label of a unit is their stance on the question there (``none`` without a claim on it,
    stances joined by ``/`` when they gave several). ``annotators`` read some of the source.
    """

    source: str
    question: str
    annotators: list[str]
    n: int
    agreed: int
    kappa: float | None
    alpha: float | None

    def to_json(self) -> dict:
        return {
            "source": self.source,
            "question": self.question,
            "annotators": self.annotators,
            "n": self.n,
            "agreed": self.agreed,
            "kappa": _round(self.kappa),
            "alpha": _round(self.alpha),
        }


def _cell_label(readings: Readings, annotator: str, key: UnitKey, question: str) -> str:
    stances = {
        c.stance
        for c in readings.by_unit.get(key, {}).get(annotator, ())
        if question in c.questions
    }
    return "/".join(sorted(stances)) or NONE


def cell_agreement(readings: Readings, *, kappa: bool = True) -> list[CellAgreement]:
    """Agreement per source × question, for every cell someone gave a stance (sorted).

    The units of a cell are the source's sentences read by at least two annotators; each
    is compared among those who read it. Kappa is the mean of Cohen's kappas of the pairs
    over the sentences both read; alpha is Krippendorff's, which allows a different set of
    readers per unit. Both are ``None`` where undefined (one category only).
    """
    project = readings.project
    qids = [readings.question] if readings.question else project.codebook.question_ids
    out = []
    for sid in sorted(project.sources):
        readers = [a for a in readings.annotators if sid in readings.read.get(a, ())]
        if len(readers) < 2:
            continue
        units = []
        for key, _ in readings.units([sid]):
            who = [a for a in readers if readings.has_read(a, key)]
            if len(who) >= 2:
                units.append((key, who))
        if not units:
            continue
        for q in qids:
            labels = {key: {a: _cell_label(readings, a, key, q) for a in who} for key, who in units}
            if all(x == NONE for per in labels.values() for x in per.values()):
                continue
            kappas = []
            for a, b in itertools.combinations(readers, 2) if kappa else ():
                both = [per for per in labels.values() if a in per and b in per]
                if both:
                    kappas.append(cohen_kappa([p[a] for p in both], [p[b] for p in both]))
            defined = [k for k in kappas if k is not None]
            out.append(
                CellAgreement(
                    source=sid,
                    question=q,
                    annotators=readers,
                    n=len(units),
                    agreed=sum(1 for per in labels.values() if len(set(per.values())) == 1),
                    kappa=sum(defined) / len(defined) if defined else None,
                    alpha=_alpha_units(labels),
                )
            )
    return out


def _alpha_units(labels: dict[UnitKey, dict[str, str]]) -> float | None:
    """Krippendorff's alpha (nltk, nominal) of units each labelled by two or more coders."""
    from nltk.metrics.agreement import AnnotationTask

    data = [
        (coder, f"{key[0]}:{key[1]}", lab)
        for key, per in labels.items()
        for coder, lab in per.items()
    ]
    if len({lab for _, _, lab in data}) < 2:
        return None
    try:
        return float(AnnotationTask(data=data).alpha())
    except (ZeroDivisionError, ValueError):
        return None


def cell_agreements(
    project: Project, *, kappa: bool = True
) -> dict[tuple[str, str], CellAgreement]:
    """:func:`cell_agreement` of everyone but the reference, by (source, question).

    Without ``kappa`` only alpha is computed (scikit-learn is not imported).
    """
    return {(c.source, c.question): c for c in cell_agreement(collect(project), kappa=kappa)}


@dataclass
class AgreementReport:
    """Agreement for every pair of annotators and, with three or more, for all together."""

    annotators: list[str]
    read: dict[str, list[str]]
    question: str | None
    pairs: list[Comparison]
    all: Comparison | None
    cells: list[CellAgreement] = field(default_factory=list)
    """Agreement per matrix cell (source × question)."""
    suggestions: SuggestionUptake | None = None
    """How often annotators accepted, corrected or rejected the model's suggestions."""

    def to_json(self, top: int | None = 10) -> dict:
        return {
            "suggestions": self.suggestions.to_json() if self.suggestions else None,
            "annotators": self.annotators,
            "read": self.read,
            "question": self.question,
            "pairs": [p.to_json(top) for p in self.pairs],
            "all": self.all.to_json(top) if self.all else None,
            "cells": [c.to_json() for c in self.cells],
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
    cells = cell_agreement(readings) if len(coders) > 1 else []
    return AgreementReport(
        coders, readings.read, question, pairs, together, cells, suggestion_uptake(project)
    )


@dataclass
class SuggestionUptake:
    """What people did with the model's proposals.

    ``accepted``/``corrected``: claims made from a suggestion (``Claim.suggested``) whose
    stance, questions and kind still equal / differ from the proposal. ``rejected``: the
    suggestions a person rejected (``x`` in the reader, ``argmap reject``), one per
    sentence and stance, as they said it. For the ``model`` annotator's pre-annotations
    (``argmap suggest --all --min-confidence``), per sentence of a source a person has
    annotated: ``accepted`` if that person's claim there agrees on stance and questions,
    ``corrected`` if it differs, ``left_out`` if they neither annotated nor rejected it
    (inferred, not said: it is counted apart from ``rejected``).
    """

    accepted: int = 0
    corrected: int = 0
    rejected: int = 0
    left_out: int = 0

    @property
    def total(self) -> int:
        return self.accepted + self.corrected + self.rejected + self.left_out

    def rate(self, n: int) -> float | None:
        return n / self.total if self.total else None

    def to_json(self) -> dict:
        return {
            "accepted": self.accepted,
            "corrected": self.corrected,
            "rejected": self.rejected,
            "left_out": self.left_out,
            "accept_rate": _round(self.rate(self.accepted)),
            "correct_rate": _round(self.rate(self.corrected)),
            "reject_rate": _round(self.rate(self.rejected)),
            "left_out_rate": _round(self.rate(self.left_out)),
        }


def suggestion_uptake(project: Project, model: str = "model") -> SuggestionUptake:
    """Count accepted, corrected and rejected suggestions (see ``SuggestionUptake``)."""
    out = SuggestionUptake()
    claims = [c for c in project.claims() if c.orphan is None]
    reference = project.config.reference_annotator
    people = [c for c in claims if c.annotator not in (model, reference)]
    for c in people:
        g = c.suggested
        if g is None:
            continue
        same = (g.stance, tuple(g.questions), g.kind) == (c.stance, c.questions, c.kind)
        if same:
            out.accepted += 1
        else:
            out.corrected += 1
    said = {
        name: got for name, got in project.rejected_map().items() if name not in (model, reference)
    }
    out.rejected = sum(len(v) for got in said.values() for by in got.values() for v in by.values())
    by_person: dict[tuple[str, str], dict[str, list[Claim]]] = {}
    read: dict[str, set[str]] = {}
    for c in people:
        by_person.setdefault((c.source, c.sentence), {}).setdefault(c.annotator, []).append(c)
        read.setdefault(c.annotator, set()).add(c.source)
    for m in (c for c in claims if c.annotator == model):
        for person, sources in read.items():
            if m.source not in sources:
                continue
            theirs = by_person.get((m.source, m.sentence), {}).get(person, [])
            if any(c.suggested is not None for c in theirs):
                continue  # already counted as accepted or corrected above
            if not theirs:
                rejected = said.get(person, {}).get(m.source, {}).get(m.sentence, ())
                if m.stance not in rejected:  # a rejection said is counted above
                    out.left_out += 1
            elif any((c.stance, set(c.questions)) == (m.stance, set(m.questions)) for c in theirs):
                out.accepted += 1
            else:
                out.corrected += 1
    return out


# --------------------------------------------------------------------------- adjudication


@dataclass
class Case:
    """A sentence to adjudicate: each annotator's reading and the reference's, if any."""

    source: str
    sentence: Sentence
    score: float
    readings: dict[str, Reading]
    reference: Reading
    severity: int = 0
    title: str = ""
    """The source's title."""

    @property
    def settled(self) -> bool:
        return self.reference.annotated

    @property
    def why(self) -> str:
        """The severity in words (``opposite sides``, ``claim vs none``, ...)."""
        return SEVERITY_LABELS[self.severity]


def cases(
    project: Project,
    *,
    question: str | None = None,
    sources: Sequence[str] | None = None,
) -> list[Case]:
    """Sentences that the annotators who read them read differently, worst first.

    Each sentence is compared among the annotators who have read it (annotated it or marked
    its source done; at least two); it counts when any two of them disagree. Sorted by
    :func:`severity`, then summed distance, then source and place.
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
        if len(readers[sid]) < 2:
            continue
        title = project.sources[sid].title
        for key, sent in readings.units([sid]):
            coders = readings.readers(key)
            if len(coders) < 2:
                continue
            rs = {a: readings.reading(a, key) for a in coders}
            worst, score = group_severity(rs, project.codebook)
            if worst > 0:
                reference_reading = Reading(tuple(refs.get(key, ())))
                out.append(Case(sid, sent, score, rs, reference_reading, worst, title))
    out.sort(key=lambda c: (-c.severity, -c.score, c.source, c.sentence.index))
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


def _sentence_of(project: Project, c: Claim) -> str | None:
    sent = project.sources[c.source].sentence_at(c.start)
    return sent.id if sent is not None else None


def _reference_in_sentence(project: Project, c: Claim) -> Claim | None:
    """The reference claim that stands for ``c``'s sentence, if it is adjudicated.

    The one on the same span, else one sharing a question, else the first.
    """
    reference = project.config.reference_annotator
    where = _sentence_of(project, c)
    refs = [
        o
        for o in project.claims(source=c.source, annotator=reference)
        if _sentence_of(project, o) == where
    ]
    same = [o for o in refs if (o.start, o.end) == (c.start, c.end)]
    shared = [o for o in refs if set(o.questions) & set(c.questions)]
    return (same or shared or refs or [None])[0]


def _retarget_pending(project: Project, settled: Claim) -> None:
    """Reference links to annotators' claims in ``settled``'s sentence now point at the reference."""
    reference = project.config.reference_annotator
    where = (settled.source, _sentence_of(project, settled))
    index = project.claim_index
    for r_claim in project.claims(annotator=reference):
        for rel in r_claim.relations:
            target = index.get(rel.target)
            if (
                target is None
                or target.annotator == reference
                or (target.source, _sentence_of(project, target)) != where
            ):
                continue
            dest = _reference_in_sentence(project, target)
            if dest is None or dest.id == r_claim.id:
                continue
            project.unrelate(r_claim.id, target.id)
            project.relate(r_claim.id, rel.type, dest.id)


def adopt(
    project: Project, ref: str, *, incoming: dict[str, list[tuple[Claim, str]]] | None = None
) -> Claim:
    """Copy an annotator's claim as a reference claim (updating one on the same span).

    Its links come along: a link to a claim in an adjudicated sentence is re-targeted to the
    reference claim there; a link into a sentence not adjudicated yet points at the claim it
    pointed at until that sentence is adjudicated. Links to the claim from claims whose
    reference copies exist are copied too. ``incoming`` (from a bulk caller) saves a scan.
    """
    claim = project.claim(ref)
    reference = project.config.reference_annotator
    if claim.annotator == reference:
        raise UsageError(f"claim {claim.id} is already a {reference} claim")
    sources = _incoming(project) if incoming is None else incoming
    with project.adjudication():
        new = project.annotate(
            claim.source,
            stance=claim.stance,
            questions=claim.questions,
            span=(claim.start, claim.end),
            kind=claim.kind,
            note=claim.note,
            voice=claim.voice,  # whose stance: the matrix by voice counts the reference
        )
        wanted: dict[str, str] = {}
        for r in claim.relations:
            target = project.claim_index.get(r.target)
            if target is None:
                continue
            dest = target
            if target.annotator != reference:
                dest = _reference_in_sentence(project, target) or target
            if dest.id != new.id:
                wanted[dest.id] = r.type
        for r in new.relations:  # links of a reading adopted earlier on this span
            if wanted.get(r.target) != r.type:
                new = project.unrelate(new.id, r.target)
        for target_id, rtype in sorted(wanted.items()):
            new = project.relate(new.id, rtype, target_id)
        for other, rtype in sources.get(claim.id, ()):
            copy = _reference_copy(project, other)
            if copy is not None and copy.id != new.id:
                project.relate(copy.id, rtype, new.id)
        _retarget_pending(project, new)
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
    kept: list[tuple[str, str]] = []  # reference links into the replaced reading
    with project.adjudication():
        for c in project.claims(source=doc.id, annotator=reference):
            if _in_sentence(project, c, sent) and (c.start, c.end) not in spans:
                kept.extend((o.id, r.type) for o, r in project.links_to(c.id))
                project.delete(c.id)
    written = [adopt(project, c.id) for c in theirs]
    if written:
        with project.adjudication():
            for source_id, rtype in kept:
                if source_id in project.claim_index and source_id != written[0].id:
                    project.relate(source_id, rtype, written[0].id)
    return [project.claim_index[c.id] for c in written]


def write_reference(
    project: Project,
    source: str,
    sentence: str,
    *,
    stance: str,
    questions: Sequence[str],
    kind: str = "claim",
    note: str = "",
    voice: str = "",
) -> Claim:
    """Write the reference claim of a sentence by hand (the whole sentence, or its one span);
    ``voice``: whose stance it is ("" the writer's own).

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
                mine[0].id,
                stance=stance,
                questions=tuple(questions),
                kind=kind,
                note=note,
                voice=voice,
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
            voice=voice,
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

    A sentence qualifies when at least two annotators have read it, each of them annotated
    it, and all gave it the same stance, questions and voices; the alphabetically first
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
        coders = readings.readers(key)
        if len(coders) < 2 or key in settled:
            continue
        rs = [readings.reading(a, key) for a in coders]
        if (
            all(r.annotated for r in rs)
            and len({(r.stance, r.questions, r.voices) for r in rs}) == 1
        ):
            for c in rs[0].claims:
                written.append(adopt(project, c.id, incoming=incoming))
    return written
