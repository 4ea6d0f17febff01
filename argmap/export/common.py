"""What every exporter works on: the selected claims, questions and sources of a project."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from argmap.analysis import Cell, Contest, Matrix, matrix
from argmap.codebook import scale  # the one order of a scale's stances (places -3..+3)
from argmap.errors import UsageError, choices
from argmap.model import Claim, Codebook, Question, Relation, Stance, voice_key
from argmap.project import quote_as_read
from argmap.voices import VoiceMatrix, voice_matrix

KINDS: tuple[str, ...] = ("claim", "evidence")

if TYPE_CHECKING:
    from argmap.project import Project, SourceDoc


_OPENS_AFTER = frozenset(" \t\n([{<—–-/")
_INNER = {"“": "‘", "”": "’"}


def in_quotes(text: str) -> str:
    """``text`` between curly double quotes, its own double quotes turned into single ones
    (``"Yes," she said`` reads “‘Yes,’ she said”, not “"Yes," she said”)."""
    if '"' not in text and "“" not in text and "”" not in text:
        return f"“{text}”"
    out = []
    for i, ch in enumerate(text):
        if ch == '"':
            ch = "‘" if i == 0 or text[i - 1] in _OPENS_AFTER else "’"
        out.append(_INNER.get(ch, ch))
    return "“" + "".join(out) + "”"


@dataclass
class Selection:
    """The part of a project an export shows.

    ``claims`` are in document order (source id, then offsets); ``questions`` in codebook
    order; ``sources`` sorted by id. Relations whose target is outside the selection are
    dropped by :meth:`relations`, so every exported edge joins two exported claims.
    """

    project: Project
    claims: list[Claim]
    questions: list[str]
    sources: list[str]
    annotator: str | None = None
    filtered: bool = False
    contested: list[Contest] = field(default_factory=list)
    """Sentences the annotators read differently, in the selected sources and questions."""
    by_id: dict[str, Claim] = field(init=False)
    _by_source: dict[str, list[Claim]] = field(init=False, repr=False)
    _by_question: dict[str, list[Claim]] = field(init=False, repr=False)
    _relations: dict[str, list[Relation]] = field(init=False, repr=False)
    _matrix: Matrix | None = field(init=False, repr=False, default=None)
    _cells: dict[tuple[str, str], Cell] = field(init=False, repr=False, default_factory=dict)
    _stances: dict[str, Stance] = field(init=False, repr=False)
    _colours: dict[str, str] = field(init=False, repr=False, default_factory=dict)
    _questions: dict[str, Question] = field(init=False, repr=False)
    _voices: VoiceMatrix | None = field(init=False, repr=False, default=None)
    _speakers: dict[str, dict[str, str]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        # Looked up for every claim an export writes: by id, not a walk of the codebook.
        self._stances = {s.id: s for s in self.codebook.stances}
        self._questions = {q.id: q for q in self.codebook.questions}
        self.by_id = {c.id: c for c in self.claims}
        self._by_source = {}
        self._by_question = {}
        self._relations = {}
        for c in self.claims:
            self._by_source.setdefault(c.source, []).append(c)
            for q in c.questions:
                self._by_question.setdefault(q, []).append(c)

    def matrix(self) -> Matrix:
        """The sources × questions matrix of the selection (contested sentences included)."""
        if self._matrix is None:
            self._matrix = matrix(
                self.claims, self.codebook, self.sources, self.questions, self.contested
            )
        return self._matrix

    def cell(self, source: str, question: str) -> Cell:
        """The matrix cell of ``source`` on ``question`` (indexed once, looked up fast)."""
        if not self._cells:
            self._cells = {(c.source, c.question): c for c in self.matrix().cells}
        return self._cells[(source, question)]

    def colour(self, stance_id: str) -> str:
        """The ``#rrggbb`` colour pictures draw stance ``stance_id`` in: the codebook's,
        made darker or lighter (hue kept) where two stances' colours would look alike to a
        reader, colour-blind ones included (see :func:`argmap.export.colours.distinct`)."""
        if not self._colours:
            from argmap.export.colours import distinct
            from argmap.export.graph import hex_color

            stances = self.codebook.stances
            drawn = distinct([hex_color(s.color) for s in stances])
            self._colours = {s.id: c for s, c in zip(stances, drawn, strict=True)}
        return self._colours.get(stance_id, "#7f7f7f")

    def scale(self) -> list[str] | None:
        """The codebook's stances as points of one scale (``argmap.codebook.scale``), or None."""
        return scale(self.codebook.stances)

    @property
    def stances(self) -> list[Stance]:
        """The codebook's stances in the order pictures list them (legends, counts, who
        stands where): along the scale when they are one (:meth:`scale`), else as listed."""
        points = self.scale()
        if points is None:
            return list(self.codebook.stances)
        return [self.stance(sid) for sid in points]

    def along_scale(self, sources: Sequence[str]) -> list[str]:
        """``sources`` in order along the codebook's scale: by the mean place on it of each
        source's selected claims (a source whose claims sit at both ends lands between
        them), ties in the given order, sources without claims last; unchanged when the
        stances are options, not a scale."""
        points = self.scale()
        if points is None:
            return list(sources)
        place = {sid: k for k, sid in enumerate(points)}

        def mean_place(sid: str) -> float:
            spots = [place[c.stance] for c in self._by_source.get(sid, ()) if c.stance in place]
            return sum(spots) / len(spots) if spots else len(points)

        return sorted(sources, key=mean_place)

    @property
    def codebook(self) -> Codebook:
        return self.project.codebook

    @property
    def name(self) -> str:
        return self.project.config.name

    def source(self, source_id: str) -> SourceDoc:
        return self.project.sources[source_id]

    def quote(self, claim: Claim) -> str:
        """``claim``'s quote as a reader should see it: without Markdown syntax when its
        source is a Markdown file ("**Summary.**" reads "Summary.")."""
        return quote_as_read(claim, self.project.sources)

    def speaker(self, claim: Claim) -> str:
        """Who says ``claim``'s words, in a transcript read by reader 3 (else "")."""
        doc = self.project.sources.get(claim.source)
        if doc is None or doc.reader is None or not claim.sentence:
            return ""  # a source read before reader 3 has no speakers: not segmented here
        said = self._speakers.get(claim.source)
        if said is None:  # asked for each claim of each picture and list: once per source
            said = self._speakers[claim.source] = {s.id: s.speaker for s in doc.sentences}
        return said.get(claim.sentence, "")

    def voice(self, claim: Claim) -> str:
        """Whose stance ``claim`` is when not its writer's (a quoted person or body), in the
        project's spelling of that voice; "" for the writer's own."""
        if not claim.voice:
            return ""
        return self.project.voices().get(voice_key(claim.voice), claim.voice)

    def voices(self) -> VoiceMatrix:
        """Who argues what: the selected claims' voices by question (:mod:`argmap.voices`),
        a sentence counted once per voice and stance; empty when no claim has a voice."""
        if self._voices is None and not any(c.voice for c in self.claims):
            self._voices = VoiceMatrix(voices=[], questions=self.questions, cells=[])
        if self._voices is None:
            wanted = set(self.sources)
            everyone = (
                self.claims
                if self.annotator
                else [c for c in self.project.claims() if c.source in wanted]
            )
            self._voices = voice_matrix(
                self.claims,
                everyone,
                self.codebook,
                reference=self.project.config.reference_annotator,
                questions=self.questions,
                contested=self.contested,
                spellings=self.project.voices(),
            )
        return self._voices

    def voice_order(self) -> list[str]:
        """The voices of :meth:`voices` as a "who argues what" table lists them: along the
        scale (by the mean place of their counted stances, as :meth:`along_scale` orders
        sources; options: by the stance most of their sentences take, in codebook order),
        then the most quoted first, then by name."""
        vm = self.voices()
        points = self.scale()
        order = points or [s.id for s in self.codebook.stances]
        place = {sid: k for k, sid in enumerate(order)}

        def key(voice: str) -> tuple[float, int, str]:
            counts: dict[str, int] = {}
            for q in vm.questions:
                for sid, n in vm.cell(voice, q).counts.items():
                    counts[sid] = counts.get(sid, 0) + n
            total = sum(counts.values())
            if not total:
                return (len(order), 0, voice.casefold())
            if points:
                spot = sum(place[s] * n for s, n in counts.items() if s in place) / total
            else:
                spot = min(
                    place.get(s, len(order)) for s in counts if counts[s] == max(counts.values())
                )
            return (spot, -total, voice.casefold())

        return sorted(vm.voices, key=key)

    def stance(self, stance_id: str) -> Stance:
        return self._stances[stance_id]

    def question(self, question_id: str) -> Question:
        return self._questions[question_id]

    def relations(self, claim: Claim) -> list[Relation]:
        """``claim``'s relations to selected claims, sorted by type then target."""
        if not claim.relations:
            return []  # most claims: asked for on every question and section they are in
        done = self._relations.get(claim.id)
        if done is None:
            # a claim's relations are the same in every copy of it (copies narrow questions)
            rels = {(r.type, r.target): r for r in claim.relations if r.target in self.by_id}
            done = self._relations[claim.id] = [rels[k] for k in sorted(rels)]
        return done

    def claims_on(self, question: str) -> list[Claim]:
        """Selected claims on ``question``, in document order."""
        return list(self._by_question.get(question, ()))

    def claims_of(self, source: str) -> list[Claim]:
        """Selected claims of ``source``, in document order."""
        return list(self._by_source.get(source, ()))

    def sentence_id(self, claim: Claim) -> str:
        """The claim's sentence id ("" when it has none; offsets still place it).

        Not looked up from the offset: that would segment every source (seconds on a big
        corpus) for claims that only synthetic or hand-written files lack.
        """
        return claim.sentence


@dataclass(frozen=True)
class MainLine:
    """A source's main line as the reports show it: the dominant stance of all its claims,
    its claim on that line that its own claims back most, and the evidence backing it."""

    stance: str
    on_line: int
    """How many of the source's claims take ``stance``."""
    total: int
    claim: Claim | None
    """The source's claim of kind *claim* on ``stance`` that most of its own claims
    support, directly or through one another (the first in the source on a tie; debate33's
    long sources back their thesis through intermediate claims), or None when it has no
    such claim."""
    evidence: list[Claim]
    """The source's evidence supporting ``claim``, directly or through its other claims:
    the nearest first, then in document order."""


def main_line(sel: Selection, sid: str) -> MainLine | None:
    """Source ``sid``'s main line (see :class:`MainLine`), or None when it has no claims.
    The dominant stance follows the heat map's rule (most claims, then most of kind
    *claim*, then codebook order), over every selected claim of the source once."""
    from argmap.analysis import position

    claims = list({c.id: c for c in sel.claims_of(sid)}.values())
    if not claims:
        return None
    _, dominant, _ = position(claims, sel.codebook)
    assert dominant is not None
    backers: dict[str, list[Claim]] = {}
    for c in claims:
        for r in sel.relations(c):
            if r.type == "supports":
                backers.setdefault(r.target, []).append(c)
    order = {c.id: i for i, c in enumerate(claims)}

    def backing(claim: Claim) -> list[Claim]:
        """The source's claims that support ``claim``, directly or through one another:
        the nearest first, then in document order."""
        found: dict[str, int] = {claim.id: 0}
        queue = deque([claim.id])
        while queue:
            cur = queue.popleft()
            for b in backers.get(cur, ()):
                if b.id not in found:
                    found[b.id] = found[cur] + 1
                    queue.append(b.id)
        del found[claim.id]
        by_id = {c.id: c for c in claims}
        return [by_id[i] for i in sorted(found, key=lambda i: (found[i], order[i]))]

    on_line = [c for c in claims if c.stance == dominant]
    firm = [c for c in on_line if c.kind == "claim"]
    support = {c.id: backing(c) for c in firm}
    best = max(firm, key=lambda c: len(support[c.id]), default=None)
    evidence = [c for c in support[best.id] if c.kind == "evidence"] if best else []
    return MainLine(dominant, len(on_line), len(claims), best, evidence)


@dataclass
class ContestShown:
    """A contested sentence as the reports show it: the words, where, and each reading."""

    quote: str
    source: str
    sentence: str
    readings: list[tuple[str, str]]
    """(annotator, their reading: "▲ For", "no claim", or "▲ For / ◆ Hedged")."""


def contests_on(sel: Selection, qid: str) -> list[ContestShown]:
    """The sentences of ``qid`` the annotators read differently, every reading by name: the
    reports do not count them, but never hide them."""
    index = sel.project.claim_index
    out = []
    for k in sel.contested:
        if k.question != qid:
            continue
        quoted = [index[cid] for cid in k.claims if cid in index]
        readings = []
        for name, value in sorted(k.readings.items()):
            shown = []
            for sid in value.split("/"):
                try:
                    st = sel.stance(sid)
                    shown.append(f"{st.symbol} {st.label}")
                except KeyError:
                    shown.append("no claim" if sid == "none" else sid)
            readings.append((name, " / ".join(shown)))
        out.append(
            ContestShown(
                quote=sel.quote(quoted[0]) if quoted else "",
                source=sel.source(k.source).title,
                sentence=k.sentence,
                readings=readings,
            )
        )
    return out


def claim_order(claim: Claim) -> tuple[str, int, int, str, str]:
    """Document order: source, offsets, annotator, id."""
    return (claim.source, claim.start, claim.end, claim.annotator, claim.id)


def select(
    project: Project,
    *,
    questions: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    annotator: str | None = None,
    stances: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
) -> Selection:
    """The claims of ``project.view(annotator)`` on ``questions`` from ``sources``,
    of ``stances`` and ``kinds`` (all when empty or ``None``)."""
    qs = [project.check_question(q) for q in questions or ()]
    known = {s.id for s in project.codebook.stances}
    for st in stances or ():
        if st not in known:
            raise UsageError(f"unknown stance {st!r} (valid: {choices(sorted(known))})")
    for kind in kinds or ():
        if kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r} (valid: {choices(KINDS)})")
    wanted_st = set(stances or ())
    wanted_k = set(kinds or ()) or set(KINDS)
    q_order = [q for q in project.codebook.question_ids if not qs or q in qs]
    src = sorted({project.source(s).id for s in sources or ()}) or sorted(project.sources)
    wanted_q, wanted_s = set(q_order), set(src)
    # A damaged annotation file (a claim on a stance the codebook lacks, say) is not drawn:
    # the command names its problems and fails (argmap.cli), the rest is exported.
    wanted_s -= project.unreadable
    view = project.view(annotator)
    claims = sorted(
        (
            c
            for c in view.claims
            if c.source in wanted_s
            and wanted_q.intersection(c.questions)
            and (not stances or c.stance in wanted_st)
            and c.kind in wanted_k
        ),
        key=claim_order,
    )
    return Selection(
        project=project,
        claims=claims,
        questions=q_order,
        sources=src,
        annotator=annotator,
        filtered=bool(questions or sources or stances or kinds),
        contested=[d for d in view.contested if d.source in wanted_s and d.question in wanted_q],
    )


def connected_components(ids: Iterable[str], adjacent: dict[str, set[str]]) -> list[list[str]]:
    """The connected components of an undirected graph, one list of node ids each.

    Components come in the order of their first node in ``ids``; members in the order a
    depth-first walk (neighbours sorted) meets them, so callers sort them as they need.
    """
    seen: set[str] = set()
    comps: list[list[str]] = []
    for start in ids:
        if start in seen:
            continue
        comp, stack = [], [start]
        seen.add(start)
        while stack:
            cur = stack.pop()
            comp.append(cur)
            for nxt in sorted(adjacent[cur]):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        comps.append(comp)
    return comps
