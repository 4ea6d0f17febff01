"""Pydantic models: the single source of truth of every argmap file and record.

Offsets are Python ``str`` offsets (Unicode code points) into the source text after
CRLF/CR line endings are normalised to LF.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

SCHEMA_VERSION = 1
AXIS_REACH = 3
"""How far from the middle a stance's place on the scale goes: -3..+3 (a 7-point scale)."""

Identifier = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", min_length=1, max_length=80)
]
ANNOTATOR_PATTERN = r"^[^\W_][\w.-]*$"
"""An annotator's name: one word of Unicode letters and digits (``zoë``, ``李``,
``jean-luc.picard``), also ``.``, ``_`` and ``-`` after the first character; no spaces,
``@`` or symbols. Names are compared in Unicode NFC form (see :func:`annotator_name`)."""
AnnotatorName = Annotated[
    str, StringConstraints(pattern=ANNOTATOR_PATTERN, min_length=1, max_length=80)
]
ClaimId = Annotated[str, StringConstraints(pattern=r"^c[0-9a-f]{6,40}$")]
Kind = Literal["claim", "evidence"]
RelationType = Literal["supports", "attacks"]
KINDS: tuple[str, ...] = ("claim", "evidence")
VOICE_MAX = 200
"""The longest voice (characters): a name or a body's, not a sentence."""
RELATION_TYPES: tuple[str, ...] = ("supports", "attacks")


class Frozen(BaseModel):
    """Base for immutable records: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- codebook


class Stance(Frozen):
    """One position on the debate's single axis."""

    id: Identifier
    label: str
    description: str = ""
    symbol: str = Field(min_length=1, max_length=2)
    color: str = "white"
    axis: int = Field(0, ge=-AXIS_REACH, le=AXIS_REACH)
    """Place on the debate's scale: its sign is the side (claims on opposite sides make a
    source mixed), its size how far out (an ordered scale's "abolish" +2 beyond "phase in"
    +1); 0 the middle, or an option when no stance takes a side."""
    patterns: tuple[str, ...] = ()
    """Phrase patterns an analyst wrote for this stance (see ``argmap.suggest.patterns``)."""


class Question(Frozen):
    """A recurring question of the debate."""

    id: Identifier
    label: str
    text: str
    patterns: tuple[str, ...] = ()
    """Phrase patterns an analyst wrote for this question (see ``argmap.suggest.patterns``)."""


class Rename(Frozen):
    """A stance or question id renamed (``argmap codebook rename``), kept in the codebook."""

    kind: Literal["stance", "question"]
    old: Identifier
    new: Identifier


class Codebook(Frozen):
    """The annotation scheme: stances on one axis and the recurring questions."""

    schema_version: int = Field(SCHEMA_VERSION, alias="schema")
    name: str = "codebook"
    stances: tuple[Stance, ...] = Field(min_length=1)
    questions: tuple[Question, ...] = ()
    """May be empty: a new debate's codebook starts with no questions."""
    hedge_cues: tuple[str, ...] = ()
    renamed: tuple[Rename, ...] = Field((), exclude_if=lambda v: not v)
    """The ids renamed so far: a copy of the project that annotated with an old id before
    a merge has its claims moved to the new one by the next command that opens it
    (:func:`argmap.codebook.catch_up`)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("stances", "questions")
    @classmethod
    def _unique_ids(cls, items: tuple[Stance | Question, ...]) -> tuple:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"duplicate id {item.id!r}")
            seen.add(item.id)
        return items

    @property
    def stance_ids(self) -> list[str]:
        return [s.id for s in self.stances]

    @property
    def question_ids(self) -> list[str]:
        return [q.id for q in self.questions]

    def stance(self, stance_id: str) -> Stance:
        for s in self.stances:
            if s.id == stance_id:
                return s
        raise KeyError(stance_id)

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)


# --------------------------------------------------------------------------- project & sources


class ProjectConfig(Frozen):
    """``argmap.json`` at the project root."""

    schema_version: int = Field(SCHEMA_VERSION, alias="schema")
    name: str
    sources_dir: str = "seeds"
    annotations_dir: str = "annotations"
    annotator: str | None = None
    reference_annotator: str = "reference"

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class SpeakerFix(Frozen):
    """A speaker a user set for one sentence (``argmap speaker``), over the reader's."""

    sentence: str
    speaker: str
    """Who says it ("" for nobody: a line the reader gave a speaker wrongly)."""
    text: str
    """The sentence's words when it was set: applied only while the sentence reads so."""


class SourceMeta(Frozen):
    """``<sources_dir>/<id>.meta.json``: what is known about one source text."""

    schema_version: int = Field(SCHEMA_VERSION, alias="schema")
    id: Identifier
    file: str
    title: str = ""
    author: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    note: str = ""
    reader: int | None = Field(None, exclude_if=lambda v: v is None)
    """How the text is cut into sentences (``argmap add --reader``, see
    :data:`argmap.readers.READER`); None for a source added before reader 3, read as then
    (and not written: such a source's files stay as they were)."""
    left_out: tuple[str, ...] = Field((), exclude_if=lambda v: not v)
    """Passages of the saved page that the text does not hold, found when it was added
    (``argmap leftout``, see :mod:`argmap.leftout`): argued text a reader did not read."""

    speakers: tuple[SpeakerFix, ...] = Field((), exclude_if=lambda v: not v)
    """Speakers set by hand (``argmap speaker``), in sentence order."""
    added_from: str = Field("", exclude_if=lambda v: not v)
    """The name of the file the text was added from (``argmap add``, ``--replace``), so a
    folder's files can be matched to their ids; "" for a source added before session 19."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @property
    def byline(self) -> str:
        """Author and outlet joined for display, whichever exist."""
        return ", ".join(p for p in (self.author, self.outlet) if p)


class Sentence(Frozen):
    """A sentence of a source, with stable id and character offsets."""

    id: str
    index: int
    start: int
    end: int
    text: str
    speaker: str = Field("", exclude_if=lambda v: v == "")
    """Who says it, in a transcript read by reader 3 (the turn's ``NAME:`` label)."""


# --------------------------------------------------------------------------- annotations


class Anchor(Frozen):
    """Where a claim stands: W3C TextPositionSelector + TextQuoteSelector in one."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    exact: str = Field(min_length=1)
    prefix: str = ""
    suffix: str = ""

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, end: int, info) -> int:  # type: ignore[no-untyped-def]
        start = info.data.get("start")
        if start is not None and end <= start:
            raise ValueError(f"end ({end}) must be greater than start ({start})")
        return end


class Relation(Frozen):
    """A support or attack link from the claim that holds it to ``target``."""

    type: RelationType
    target: ClaimId


class Orphan(Frozen):
    """Set on a claim whose quote could not be found again in an edited source."""

    reason: str
    since_sha256: str


class Provenance(Frozen):
    """Where an accepted suggestion came from: the model and what it proposed.

    A claim whose stance, questions and kind still equal the proposal was accepted as it
    was; one that differs was corrected.
    """

    model: str = Field(min_length=1)
    probability: float = Field(ge=0.0, le=1.0)
    """The model's probability of the proposed stance."""
    claim_probability: float = Field(1.0, ge=0.0, le=1.0)
    """The model's probability that the sentence is a claim or evidence at all."""
    stance: Identifier
    questions: tuple[Identifier, ...] = ()
    kind: Kind = "claim"


def voice_name(text: str) -> str:
    """A voice as written once: Unicode NFC, runs of spaces, tabs and line breaks one space,
    none at the ends, and quotes or a trailing comma/colon left from copying a sentence
    dropped (``"  Margit  Solheim-Rask,"`` -> ``Margit Solheim-Rask``). Case is kept: two
    voices that differ only in case are one voice (:func:`voice_key`)."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text.strip(" \"'“”‘’«»").rstrip(",:;").strip()


def voice_key(text: str) -> str:
    """What two spellings of one voice share: its :func:`voice_name` case-folded."""
    return voice_name(text).casefold()


class Claim(Frozen):
    """One annotated unit: a claim or a piece of evidence with its stance and questions."""

    id: ClaimId
    source: Identifier
    anchor: Anchor
    sentence: str = ""
    stance: Identifier
    questions: tuple[Identifier, ...] = Field(min_length=1)
    kind: Kind = "claim"
    relations: tuple[Relation, ...] = ()
    note: str = ""
    voice: str = Field("", max_length=VOICE_MAX, exclude_if=lambda v: not v)
    """Whose stance it is when not the writer's own: the person or body quoted or reported
    ("Margit Solheim-Rask", "the federation"); "" for the writer's. Spaces are normalised
    (:func:`voice_name`); not written when empty, so older files read and save unchanged."""
    annotator: AnnotatorName
    created: datetime
    modified: datetime
    orphan: Orphan | None = None
    suggested: Provenance | None = None
    """Set when the claim was made by accepting a model's suggestion."""

    @field_validator("voice")
    @classmethod
    def _normal_voice(cls, voice: str) -> str:
        return voice_name(voice)

    @field_validator("questions")
    @classmethod
    def _unique_questions(cls, qs: tuple[str, ...]) -> tuple[str, ...]:
        return qs if len(qs) < 2 or len(set(qs)) == len(qs) else tuple(dict.fromkeys(qs))

    @property
    def start(self) -> int:
        return self.anchor.start

    @property
    def end(self) -> int:
        return self.anchor.end

    @property
    def quote(self) -> str:
        return self.anchor.exact

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.anchor.start, self.anchor.end, self.annotator, self.id)


#: Per record type, the sets of given fields that ``share_fields_sets`` hands out.
_FIELDS_SETS: dict[type, list[set[str]]] = {}


def _share_fields_set(record: BaseModel) -> None:
    given = record.__pydantic_fields_set__
    known = _FIELDS_SETS.setdefault(type(record), [])
    for shared in known:
        if shared == given:
            if shared is not given:
                object.__setattr__(record, "__pydantic_fields_set__", shared)
            return
    if len(known) < 32:  # a handful in practice: the optional fields given or not
        known.append(set(given))
        object.__setattr__(record, "__pydantic_fields_set__", known[-1])


def share_fields_sets(claim: Claim) -> Claim:
    """``claim`` with pydantic's record of the fields it was given (``model_fields_set``,
    a set of 700 bytes per record) shared with every claim given the same fields, and so
    for its anchor and relations: two fifths of a loaded claim's memory (35 MB of the
    22,000 claims of 1,000 sources). Safe because the records are frozen: pydantic
    never changes that set in place (``model_copy`` copies it first)."""
    _share_fields_set(claim)
    _share_fields_set(claim.anchor)
    for relation in claim.relations:
        _share_fields_set(relation)
    return claim


class Rejection(Frozen):
    """The suggestions an annotator rejected on one sentence (``x`` in the reader, ``argmap
    reject``): their stances, and the sentence's text as it was, anchored like a claim's
    quote, so that the rejection follows its sentence when the source is edited or cut into
    sentences anew (see :mod:`argmap.rejections`).
    """

    sentence: Identifier
    """The sentence's id when the rejection was last placed (ids shift when a source is
    edited or read by another reader: the ``anchor`` says which sentence it is)."""
    stances: tuple[Identifier, ...] = Field(min_length=1)
    anchor: Anchor | None = Field(None, exclude_if=lambda v: v is None)
    """The sentence's span and text; None in a progress file written before argmap kept it
    (the sentence id alone): filled in on the file's next save."""


def _rejections_by_sentence(value: object) -> object:
    """``rejected`` of a progress file as written before anchors (per source, sentence id ->
    stances) made into the current form (per source, a list of :class:`Rejection`)."""
    if not isinstance(value, dict):
        return value
    out: dict[object, object] = {}
    for source, got in value.items():
        if isinstance(got, dict):
            got = [{"sentence": sentence, "stances": stances} for sentence, stances in got.items()]
        out[source] = got
    return out


class Progress(Frozen):
    """``annotations/progress/<annotator>.json``: the sources an annotator has marked done.

    A source marked done counts as read in full: its sentences without a claim of theirs are
    read as "no claim" when annotators are compared, not as "not read yet". ``argues`` is
    the annotator's reading of what a source argues as a whole (a stance id per source):
    the suggestions of its sentences lean on it. ``rejected``: per source, the sentences
    where the annotator rejected suggestions (``x`` in the reader, ``argmap reject``), each
    with the stances rejected there and its text's anchor: the sentence is not suggested to
    them again, and their suggestions read it as "not a unit of that stance"
    (``sequence.rule_out``). A file of the older form (per source, sentence id -> stances)
    is read as rejections without anchors.
    """

    schema_version: int = Field(SCHEMA_VERSION, alias="schema")
    annotator: AnnotatorName
    done: dict[Identifier, datetime] = Field(default_factory=dict)
    argues: dict[Identifier, Identifier] = Field(default_factory=dict, exclude_if=lambda v: not v)
    rejected: dict[Identifier, tuple[Rejection, ...]] = Field(
        default_factory=dict, exclude_if=lambda v: not v
    )

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("rejected", mode="before")
    @classmethod
    def _older_rejected(cls, value: object) -> object:
        return _rejections_by_sentence(value)


class AnnotationHeader(Frozen):
    """First line of ``annotations/<source>.jsonl``."""

    schema_version: int = Field(SCHEMA_VERSION, alias="schema")
    type: Literal["header"] = "header"
    source: Identifier
    source_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Deletion(Frozen):
    """A claim deleted: a line after the claims of ``annotations/<source>.jsonl``.

    The deleted claim's line stays in the file unchanged and this line is appended, so that
    a deletion never touches the lines a colleague's copy may be changing (git merges the
    two without a conflict). A version of the claim modified at or before ``deleted`` is
    deleted, wherever a merge put it; one modified after (an edit made in another copy
    after the deletion) is the claim again. See :func:`argmap.store.parse_annotation_file`.
    """

    type: Literal["deleted"] = "deleted"
    id: ClaimId
    deleted: datetime

    def sort_key(self) -> tuple[datetime, str]:
        return (self.deleted, self.id)


_ANNOTATOR_RE = re.compile(ANNOTATOR_PATTERN)


ANNOTATOR_RULE = (
    "one word of letters and digits (any alphabet, e.g. zoë), also '.', '_' and '-' inside"
)
"""What a valid annotator name is, in words (for errors)."""


def annotator_name(name: str) -> str | None:
    """``name`` in NFC form if it is a valid annotator name (see ``ANNOTATOR_PATTERN``)."""
    import unicodedata

    name = unicodedata.normalize("NFC", name)
    return name if len(name) <= 80 and _ANNOTATOR_RE.fullmatch(name) else None


_SLUG_RE = re.compile(r"[^a-z0-9]+")
_APOSTROPHES = re.compile(r"(?<=\w)['\u2019\u02bc](?=\w)")
# Letters that Unicode does not decompose into a Latin letter and a mark.
_FOLD = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def ascii_fold(text: str) -> str:
    """``text`` in ASCII where it is Latin: accents dropped (``Économie`` -> ``Economie``)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Where a title's phrases end: "Renters cannot wait: cap the rents now", "Why I sold (and why)".
_PHRASE_BREAK = re.compile(r"[:;?!|()\[\]{}\"“”«»]|,\s|\.\s|\s[-–—·•/]+\s")
# Words an id should not end on ("…what-the", "…of-a"): cut before them.
_SLUG_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "its",
        "it",
        "this",
        "that",
        "these",
        "those",
        "their",
        "our",
        "my",
        "your",
        "his",
        "her",
        "what",
        "why",
        "how",
        "when",
        "who",
        "which",
        "whose",
        "than",
        "then",
        "into",
        "over",
        "about",
        "vs",
        "via",
        "not",
        "no",
        # "…-as-they", "…-because-we": a pronoun, an auxiliary or a conjunction ends no
        # meaningful id either
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "him",
        "she",
        "they",
        "them",
        "there",
        "if",
        "so",
        "because",
        "while",
        "where",
        "whether",
        "will",
        "would",
        "can",
        "could",
        "should",
        "shall",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "any",
        "some",
        "all",
        "each",
        "every",
        "more",
        "most",
        "such",
        "very",
        "just",
        "only",
        "also",
        "still",
    ]
)


_INITIALISM_DOT = re.compile(r"(?<=\b[a-z])\.(?=[a-z]\b)")


def _slug_words(text: str) -> list[str]:
    folded = _INITIALISM_DOT.sub("", _APOSTROPHES.sub("", ascii_fold(text.lower())))
    return [w for w in (_SLUG_RE.sub("-", part).strip("-") for part in folded.split()) if w]


def slugify(text: str, max_length: int = 40) -> str:
    """Lower-case ASCII slug usable as an identifier (empty input gives ``source``).

    Accented Latin letters keep their base letter: ``Économie européenne`` gives
    ``economie-europeenne``; an apostrophe joins its word (``Why I’m selling`` gives
    ``why-im-selling``, not ``why-i-m-selling``). A text longer than ``max_length`` is cut
    where a phrase of it ends ("Renters cannot wait any longer: cap the rents now" gives
    ``renters-cannot-wait-any-longer``), else after a whole word that is not a small word
    like "the" or "of" (never mid-word, never ``…-what-the``).
    """
    phrases = [words for words in map(_slug_words, _PHRASE_BREAK.split(text)) if words]
    words = [w for phrase in phrases for w in phrase]
    whole = "-".join(words)
    if len(whole) <= max_length:
        return whole or "source"
    kept: list[str] = []
    best: list[str] = []
    for phrase in phrases:
        if len("-".join(kept + phrase)) > max_length:
            break
        kept += phrase
        best = list(kept)
    if len(best) >= 2:
        return "-".join(best)
    kept = []
    for w in words:
        if len("-".join([*kept, w])) > max_length:
            break
        kept.append(w)
    while len(kept) > 1 and kept[-1] in _SLUG_STOP_WORDS:
        kept.pop()
    return "-".join(kept) or words[0][:max_length].strip("-") or "source"


def has_latin_letters(text: str) -> bool:
    """Whether ``text`` holds a letter a slug can keep (a-z after folding accents)."""
    return any("a" <= ch <= "z" for ch in ascii_fold(text.lower()))
