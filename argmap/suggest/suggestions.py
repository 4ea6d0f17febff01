"""Step 6a: suggestions for unannotated sentences, and accepting them.

``suggest_source`` trains on the project's annotations, with the source being annotated
weighted up (``models.FOCUS_WEIGHT``), and proposes, for each of its unannotated
sentences, whether it is a claim or evidence, its stance and its questions, with the
reasons; once the source has units, the models trained without it read it too, and their
reading is mixed in where its units agree with it (``unrefit``). ``suggest_all`` does every source at once; ``preannotate`` saves those above a
confidence into a separate annotator (``model``) that people adjudicate like any other.
Below ``MIN_UNITS`` annotated units there are no suggestions (``NotEnoughData`` says how
many more are needed). Nothing is saved except by ``accept`` and ``preannotate``.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from argmap.errors import ArgmapError, UsageError
from argmap.suggest import models as M
from argmap.suggest import sourcecache
from argmap.suggest.data import (
    MODEL_ANNOTATOR,
    Context,
    Example,
    Progress,
    examples,
    part,
    reading,
)
from argmap.suggest.features import give_back, paused_gc
from argmap.suggest.sequence import in_order, rule_out

if TYPE_CHECKING:
    from argmap.model import Claim, Provenance
    from argmap.project import Project
    from argmap.suggest.data import AnySentence

#: Suggestions need at least this many annotated units, of at least ``MIN_STANCES`` stances.
MIN_UNITS = 10
MIN_STANCES = 2
#: Sentences predicted at once (bounds the memory of ``suggest_all``).
PREDICT_CHUNK = 4096
_DOUBLE = struct.Struct("d")


class NotEnoughData(ArgmapError):
    """Too few annotations to learn from; the message says how many more are needed."""


def check_enough(items: Sequence[Example]) -> None:
    """Raise ``NotEnoughData`` unless ``items`` hold ``MIN_UNITS`` units of ``MIN_STANCES``
    stances."""
    units = [e for e in items if e.unit]
    stances = {e.stance for e in units}
    if len(units) >= MIN_UNITS and len(stances) >= MIN_STANCES:
        return
    more_units = max(0, MIN_UNITS - len(units))
    more_stances = max(0, MIN_STANCES - len(stances))
    need = f"{more_units} more claim{'s' if more_units != 1 else ''}" if more_units else "claims"
    if more_stances:
        need += f" covering {more_stances} more stance{'s' if more_stances != 1 else ''}"
    raise NotEnoughData(
        f"no suggestions yet: they learn from at least {MIN_UNITS} annotated claims covering "
        f"{MIN_STANCES} stances (the project has {len(units)} claim{'s' if len(units) != 1 else ''}"
        f" of {len(stances)} stance{'s' if len(stances) != 1 else ''}); annotate {need}"
    )


class Probs(Mapping[str, float]):
    """A read-only mapping of labels to probabilities, as a suggestion holds them: the labels
    shared by every suggestion, the numbers packed as doubles in one ``bytes`` (one block,
    not an array object and its buffer: a fifth of a dict's memory, for the 400,000
    suggestions of 5,000 sources)."""

    __slots__ = ("_labels", "_values")
    _SHARED: ClassVar[dict[tuple[str, ...], tuple[tuple[str, ...], dict[str, int], Any]]] = {}

    def __init__(self, probs: Mapping[str, float]) -> None:
        shared = self.shared(tuple(probs))
        self._labels = shared
        self._values = shared[2].pack(*probs.values())

    @classmethod
    def shared(cls, labels: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, int], Any]:
        """What every mapping of ``labels`` shares: the labels, their places, their packer."""
        shared = cls._SHARED.get(labels)
        if shared is None:
            index = {k: i for i, k in enumerate(labels)}
            shared = cls._SHARED[labels] = (labels, index, struct.Struct(f"{len(labels)}d"))
        return shared

    def __getitem__(self, label: str) -> float:
        return _DOUBLE.unpack_from(self._values, 8 * self._labels[1][label])[0]

    def __iter__(self) -> Iterator[str]:
        return iter(self._labels[0])

    def __len__(self) -> int:
        return len(self._labels[0])

    def __repr__(self) -> str:
        return repr(dict(self))

    def as_dict(self) -> dict[str, float]:
        """A dict of the same labels and numbers, in order (at once: ``dict(self)`` looks
        each label up)."""
        labels, _, packer = self._labels
        return dict(zip(labels, packer.unpack(self._values), strict=True))


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A proposal for one unannotated sentence; never saved until a user accepts it."""

    source: str
    sentence: str
    start: int
    end: int
    text: str
    claim: float
    kind: str
    stance: str
    stance_probs: Mapping[str, float]
    questions: tuple[str, ...]
    question_probs: Mapping[str, float]
    top_features: tuple[str, ...]
    uncertainty: float

    @property
    def label(self) -> str:
        """What a reader sees: ``claim 69 %``, ``evidence 72 %`` (likely a unit), or the
        chance that it is one at all, ``claim 12 %``."""
        word = self.kind if self.claim >= 0.5 else "claim"
        return f"{word} {round(self.claim * 100)} %"

    @property
    def stance_label(self) -> str:
        """``pro-autonomy 64 %``."""
        return f"{self.stance} {round(self.stance_probs.get(self.stance, 0.0) * 100)} %"

    def provenance(self) -> Provenance:
        """The record kept on a claim made from this suggestion."""
        from argmap.model import Provenance

        return Provenance(
            model=M.MODEL_NAME,
            probability=round(self.stance_probs.get(self.stance, 0.0), 4),
            claim_probability=round(self.claim, 4),
            stance=self.stance,
            questions=tuple(self.questions),
            kind=self.kind,  # type: ignore[arg-type]
        )

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape for scripts."""
        return {
            "source": self.source,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claim": self.claim,
            "kind": self.kind,
            "stance": self.stance,
            "stance_probs": _as_dict(self.stance_probs),
            "questions": list(self.questions),
            "question_probs": _as_dict(self.question_probs),
            "top_features": list(self.top_features),
            "uncertainty": self.uncertainty,
        }


def _as_dict(probs: Mapping[str, float]) -> dict[str, float]:
    return probs.as_dict() if isinstance(probs, Probs) else dict(probs)


def uncertainty(claim: float, stance_probs: Mapping[str, float]) -> float:
    """How unsure the model is (0..1): the mean of the claim and stance margins' complements."""
    claim_u = 1.0 - abs(2.0 * claim - 1.0)
    top = [*sorted(stance_probs.values(), reverse=True), 0.0, 0.0]
    stance_u = 1.0 - (top[0] - top[1])
    return round((claim_u + stance_u) / 2.0, 4)


def _suggestions(
    models: M.Models,
    docs: dict[str, list[tuple[AnySentence, Context, bool, str | None]]],
    progress: Progress | None = None,
    argues: Mapping[str, str] | None = None,
    release: bool = False,
    rejected: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
) -> list[Suggestion]:
    """One suggestion per uncovered sentence of ``docs`` (per source, every sentence in text
    order, as ``data.reading`` gives them), in the same order. ``argues``: per source, the
    stance the user says it argues (``sequence.in_order``). ``release``: the remembered
    training rows are let go as they are predicted (``Featuriser.transform``).
    ``rejected``: per source, per sentence, the stances whose suggestions the user rejected
    there, ruled out before the source is read in order (``sequence.rule_out``).

    Sources are taken in groups of about ``PREDICT_CHUNK`` uncovered sentences: a group is
    predicted (``PREDICT_CHUNK`` at a time, so that intermediate matrices stay small), each
    of its sources read in order (``sequence.in_order``: section headings, neighbours, the
    annotated stances) and made suggestions at once, so that only one group's predictions
    are ever held.
    """
    total = sum(1 for rows in docs.values() for _, _, covered, _ in rows if not covered)
    out: list[Suggestion] = []
    group: list[tuple[str, list[tuple[AnySentence, Context, bool, str | None]]]] = []
    todo: list[Context] = []
    done = 0

    def flush() -> None:
        import numpy as np

        nonlocal done
        give_back()  # the last group's temporaries
        preds: list[M.Prediction] = []
        norms: list[str] = []
        voices: list[Any] = []
        for i in range(0, len(todo), PREDICT_CHUNK):
            if progress is not None:
                progress(f"suggesting: {done + i:,} of {total:,} sentences", (done + i) / total)
            got_preds, got_read = M.predict_read(
                models, todo[i : i + PREDICT_CHUNK], release=release
            )
            preds += got_preds
            if got_read is not None:
                norms += got_read.norms
                voices.append(got_read.voices)
        flags = np.concatenate(voices) if voices and len(norms) == len(preds) else None
        got = iter(preds)
        at = 0
        for sid, rows in group:
            mine = [None if covered else next(got) for _, _, covered, _ in rows]
            n_mine = sum(p is not None for p in mine)
            # the features' reading of this source's predicted sentences (``in_order``)
            mine_read = (
                M.SentenceReading(norms[at : at + n_mine], flags[at : at + n_mine])
                if flags is not None
                else None
            )
            at += n_mine
            said = rejected.get(sid, {}) if rejected else {}
            if said:
                mine = [
                    p if p is None or s.id not in said else rule_out(p, said[s.id])
                    for (s, *_), p in zip(rows, mine, strict=True)
                ]
            read = in_order(
                models,
                [c for _, c, _, _ in rows],
                mine,
                [k for *_, k in rows],
                argues.get(sid) if argues else None,
                read=mine_read,
            )
            out.extend(
                Suggestion(
                    source=sid,
                    sentence=s.id,
                    start=s.start,
                    end=s.end,
                    text=s.text,
                    claim=p.claim,
                    kind=p.kind,
                    stance=p.stance,
                    stance_probs=Probs(p.stance_probs),
                    # the prediction's own tuples (a list of each per suggestion was 18 MB
                    # of the 91,000 suggestions of 1,000 sources)
                    questions=tuple(p.questions),
                    question_probs=Probs(p.question_probs),
                    top_features=tuple(p.top_features),
                    uncertainty=uncertainty(p.claim, p.stance_probs),
                )
                for (s, _, _, _), p in zip(rows, read, strict=True)
                if p is not None
            )
        done += len(todo)
        group.clear()
        todo.clear()

    for sid, rows in docs.items():
        mine = [c for _, c, covered, _ in rows if not covered]
        if not mine:
            continue
        group.append((sid, rows))
        todo.extend(mine)
        if len(todo) >= PREDICT_CHUNK:
            flush()
    if todo:
        flush()
    return out


def models_for(
    project: Project,
    source_id: str | None = None,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
    progress: Progress | None = None,
    items: Sequence[Example] | None = None,
) -> M.Models:
    """The fitted models ``suggest_source`` (or, without a source, ``suggest_all``) uses:
    call it ahead to warm the cache (the TUI does, in a background worker). ``progress``
    hears how far it is (see ``data.Progress``). ``items``: the examples
    (``data.examples``) if collected already."""
    from argmap.suggest import modelcache, readcache

    if progress is not None and items is None:
        progress("collecting the annotations", 0.0)
    # the collector paused from the start: collecting the examples makes millions of
    # objects, and each full collection among them held the reader's keys for ~0.3 s while
    # the TUI fitted in the background
    with paused_gc():
        if items is None:
            items = examples(project, annotator, partial=source_id)
        check_enough(items)

        def train() -> M.Models:
            with readcache.using(project):  # what earlier runs read of unchanged sources
                return M.train(
                    items,
                    project.codebook,
                    large_threshold=large_threshold,
                    focus=source_id,
                    progress=part(progress, 0.1, 1.0),
                )

        if source_id is None:  # ``suggest_all``'s reuse their training rows: not kept
            return train()
        # a source's: kept between runs, read back while the annotations are the same
        return modelcache.trained(
            project,
            items,
            project.codebook,
            large_threshold=large_threshold,
            focus=source_id,
            train=train,
        )


def _inputs_key(
    project: Project,
    items: Sequence[Example],
    docs: Mapping[str, Sequence[tuple[AnySentence, Context, bool, str | None]]],
    large_threshold: int | None,
    focus: str | None,
    argues: Mapping[str, str] | None,
    rejected: Mapping[str, Mapping[str, tuple[str, ...]]] | None,
) -> str:
    """``resultcache.inputs_key`` of what ``suggest_all`` / ``suggest_source`` computes from."""
    from argmap.suggest import resultcache

    threshold = M.LARGE_THRESHOLD if large_threshold is None else large_threshold
    return resultcache.inputs_key(
        items,
        docs,
        project.codebook,
        large=len(items) >= threshold,
        focus=focus,
        argues=argues,
        rejected=rejected,
    )


def unrefit_models(
    project: Project,
    source_id: str,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
    progress: Progress | None = None,
    items: Sequence[Example] | None = None,
) -> M.Models | None:
    """The models trained on the annotations without any of ``source_id`` (as with nothing
    of it annotated), whose reading ``suggest_source`` mixes in where the source's units
    agree with it (``unrefit``); None where they have too little to learn from. They do not
    change while the source is annotated (an in-process cache keeps them, and
    ``modelcache`` between runs). ``items``: the project's examples collected already (any
    ``partial``: the source's own are left out), else collected here."""
    from argmap.suggest import readcache

    with paused_gc():
        if items is None:
            items = examples(project, annotator)
        items = [e for e in items if e.source != source_id]
        try:
            check_enough(items)
        except NotEnoughData:
            return None
        from argmap.suggest import modelcache

        def train() -> M.Models:
            with readcache.using(project):
                return M.train(
                    items, project.codebook, large_threshold=large_threshold, progress=progress
                )

        # kept on disk like a source's own models (the source is not in their training)
        return modelcache.trained(
            project,
            items,
            project.codebook,
            large_threshold=large_threshold,
            focus=None,
            train=train,
        )


def has_units(project: Project, source_id: str, annotator: str | None = None) -> bool:
    """Whether ``source_id`` has a unit with a stance among ``annotator``'s claims (default:
    every annotator's but the model's), so that ``suggest_source`` reads it a second time
    with ``unrefit_models``."""
    from argmap.suggest.data import _human

    claims = _human(project.view_claims(annotator), annotator)
    return any(c.source == source_id and c.stance for c in claims)


def _unrefit(
    models: M.Models,
    rows: Sequence[tuple[AnySentence, Context, bool, str | None]],
    found: Sequence[Suggestion],
    argues: str | None,
    rejected: Mapping[str, tuple[str, ...]],
) -> list[Suggestion]:
    """``found`` (one source's suggestions, ``rows`` its sentences as ``data.reading`` gives
    them) with the reading of ``models`` (trained without the source) mixed in where its
    annotated units agree with that reading (``unrefit``)."""
    from dataclasses import replace

    from argmap.suggest import unrefit

    ctxs = [c for _, c, _, _ in rows]
    known = [k if covered else None for _, _, covered, k in rows]
    at = {s.id: i for i, (s, *_) in enumerate(rows)}
    other = unrefit.second_reading(
        models,
        ctxs,
        [covered for _, _, covered, _ in rows],
        known,
        argues,
        raw=M.predict(models, ctxs) if any(known) else None,  # with reasons, for those turned
        rejected={at[sid]: stances for sid, stances in rejected.items() if sid in at},
    )
    if other is None:
        return list(found)
    out = []
    for g in found:
        o = other[at[g.sentence]]
        mine = M.Prediction(
            g.claim,
            g.kind,
            g.stance,
            dict(g.stance_probs),
            g.questions,
            dict(g.question_probs),
            g.top_features,
        )
        p = unrefit.mixed(mine, o, models.stance_ids)
        out.append(
            replace(
                g,
                stance=p.stance,
                stance_probs=Probs(p.stance_probs),
                top_features=tuple(p.top_features),
                uncertainty=uncertainty(g.claim, p.stance_probs),
            )
        )
    return out


def said_argues(project: Project, annotator: str | None = None) -> dict[str, str]:
    """Per source, the stance it was said to argue as a whole (``argmap argues``, the
    reader's ``A``): ``annotator``'s word, or yours where no annotator is given; with
    neither, the word of every annotator who gave one, where they all agree."""
    if annotator is None:
        try:
            annotator = project.annotator
        except UsageError:  # no annotator set
            said = project.argued_map()
            return {
                sid: next(iter(words.values()))
                for sid, words in said.items()
                if len(set(words.values())) == 1
            }
    return project.argued(annotator)


def rejected_by(
    project: Project, annotator: str | None = None, only: str | None = None
) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per source, per sentence, the stances whose suggestions ``annotator`` (default: you)
    rejected (``x`` in the reader, ``argmap reject``); nothing when no annotator is set: a
    colleague's rejections never hide your suggestions. ``only``: that source alone."""
    try:
        return project.rejected(annotator, only)
    except UsageError:  # no annotator set
        return {}


def drop_rejected(
    project: Project,
    suggestions: Iterable[Suggestion],
    annotator: str | None = None,
    only: str | None = None,
) -> list[Suggestion]:
    """``suggestions`` (of source ``only``, if given) without those of the sentences where
    ``annotator`` (default: you) rejected one: the sentence is not suggested to them again
    until they take it back."""
    rejected = rejected_by(project, annotator, only)
    return [g for g in suggestions if g.sentence not in rejected.get(g.source, {})]


def suggest_source(
    project: Project,
    source_id: str,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
    progress: Progress | None = None,
    argues: str | None = None,
    keep_rejected: bool = False,
) -> list[Suggestion]:
    """One suggestion per unannotated sentence of ``source_id``, strongest claim first.

    Models are trained on ``project.view_claims(annotator)``, the source's own claims
    weighing ``FOCUS_WEIGHT``; its unannotated sentences are not used as negatives (it is
    being annotated now). ``argues``: the stance the user says the source argues as a
    whole (default: what was said with ``argmap argues``, see ``said_argues``); its
    suggestions then lean that way (``sequence.STATED_WEIGHT``; a stance not in the
    codebook raises ``UsageError``). The suggestions ``annotator`` rejected count as
    evidence (``sequence.rule_out``), and their sentences are left out
    (``drop_rejected``) unless ``keep_rejected``. Raises ``NotEnoughData`` below the
    minimum. Nothing is written but the suggestions kept for the next run: asked again with
    nothing they are made from changed, it reads them back (``resultcache``).
    """
    doc = project.source(source_id)
    if argues is None:
        argues = said_argues(project, annotator).get(doc.id)
    if argues is not None and argues not in project.codebook.stance_ids:
        raise UsageError(
            f"{argues!r} is not a stance of the codebook ({', '.join(project.codebook.stance_ids)})"
        )
    from argmap.suggest import resultcache

    if progress is not None:
        progress("collecting the annotations", 0.0)
    with paused_gc():
        items = examples(project, annotator, partial=doc.id)
        docs = reading(project, annotator, only=doc.id)
        said = {doc.id: argues} if argues is not None else None
        rejected = rejected_by(project, annotator, doc.id)
        key = _inputs_key(project, items, docs, large_threshold, doc.id, said, rejected)
        # the same inputs as a run before: its suggestions, read back
        kept = resultcache.load(project, annotator, doc.id, key, docs)
        if kept is not None:
            out = kept
        else:
            models = models_for(
                project,
                doc.id,
                annotator,
                large_threshold=large_threshold,
                progress=part(progress, 0, 0.6),
                items=items,
            )
            # with units of the source annotated: the models without it read it too (``unrefit``)
            other = (
                unrefit_models(
                    project,
                    doc.id,
                    annotator,
                    large_threshold=large_threshold,
                    progress=part(progress, 0.6, 0.8),
                    items=items,  # (its own left out: the same as collected without it)
                )
                if any(k is not None for _, _, covered, k in docs[doc.id] if covered)
                else None
            )
            with sourcecache.using(project):  # what earlier runs read of unchanged sources
                out = _suggestions(models, docs, part(progress, 0.8, 1.0), said, rejected=rejected)
                if other is not None:
                    out = _unrefit(other, docs[doc.id], out, argues, rejected.get(doc.id, {}))
            out.sort(key=lambda g: (-g.claim, g.start))
            resultcache.keep(project, annotator, doc.id, key, docs, out)
    if not keep_rejected:
        out = drop_rejected(project, out, annotator, doc.id)
    if progress is not None:
        progress("done", 1.0)
    return out


def suggest_all(
    project: Project,
    annotator: str | None = None,
    *,
    large_threshold: int | None = None,
    progress: Progress | None = None,
    keep_rejected: bool = False,
) -> list[Suggestion]:
    """One suggestion per unannotated sentence of every source: sorted by source, then
    strongest claim first (ties: text order); what ``annotator`` rejected counts as
    evidence, and its sentences are left out unless ``keep_rejected`` (as
    ``suggest_source``).

    One set of models is fitted on ``project.view_claims(annotator)`` (every annotated
    source's uncovered sentences are negatives) and predicts all sentences, in chunks. For
    a source without any claim this equals ``suggest_source``; what a source was said to
    argue (``said_argues``) counts as there. Nothing is written but the suggestions kept
    for the next run, which reads them back if nothing they are made from changed
    (``resultcache``: nothing is trained then). ``progress`` hears how far it is
    (``data.Progress``).
    """
    from argmap.suggest import resultcache

    if progress is not None:
        progress("collecting the annotations", 0.0)
    with paused_gc():
        items = examples(project, annotator)
        docs = reading(project, annotator)
        argues = said_argues(project, annotator) or None
        rejected = rejected_by(project, annotator)
        key = _inputs_key(project, items, docs, large_threshold, None, argues, rejected)
        # the same inputs as a run before: its suggestions, read back (nothing trained)
        kept = resultcache.load(project, annotator, None, key, docs)
        if kept is not None:
            out = kept
        else:
            models = models_for(
                project,
                None,
                annotator,
                large_threshold=large_threshold,
                progress=part(progress, 0, 0.6),
                items=items,
            )
            # every source read: the files of sources edited or removed since are deleted
            with sourcecache.using(project, prune=True):
                out = _suggestions(
                    models,
                    docs,
                    part(progress, 0.6, 1.0),
                    argues,
                    release=True,  # each sentence is predicted once; its rows forgotten
                    rejected=rejected,
                )
            out.sort(key=lambda g: (g.source, -g.claim, g.start))
            if models.features is not None:
                models.features.forget()  # the training rows it reused: their memory
            resultcache.keep(project, annotator, None, key, docs, out)
    if not keep_rejected:
        out = drop_rejected(project, out, annotator)
    if progress is not None:
        progress("done", 1.0)
    return out


def least_certain(suggestions: Iterable[Suggestion]) -> Suggestion | None:
    """The suggestion the model is least sure of (uncertainty sampling); ties: earliest."""
    return min(suggestions, key=lambda g: (-g.uncertainty, g.start), default=None)


def accept(
    project: Project,
    suggestion: Suggestion,
    *,
    stance: str | None = None,
    questions: Iterable[str] | None = None,
    kind: str | None = None,
) -> Claim:
    """Save a suggestion (optionally corrected) as the project annotator's claim on its
    sentence, recording where it came from (``Claim.suggested``). One undoable edit."""
    return project.annotate(
        suggestion.source,
        stance=stance or suggestion.stance,
        questions=list(questions) if questions is not None else list(suggestion.questions),
        sentence=suggestion.sentence,
        kind=kind or suggestion.kind,
        suggested=suggestion.provenance(),
    )


def preannotate(
    project: Project,
    suggestions: Iterable[Suggestion],
    min_confidence: float = 0.5,
    annotator: str = MODEL_ANNOTATOR,
) -> list[Claim]:
    """Save as ``annotator``'s claims every suggestion whose claim probability is at least
    ``min_confidence``, skipping sentences that annotator has already annotated; one
    undoable edit. People then adjudicate these like any other annotator's."""
    if not 0.0 <= min_confidence <= 1.0:
        raise UsageError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    done = {(c.source, c.sentence) for c in project.claims() if c.annotator == annotator}
    specs = [
        {
            "source": g.source,
            "stance": g.stance,
            "questions": list(g.questions),
            "sentence": g.sentence,
            "kind": g.kind,
            "suggested": g.provenance(),
        }
        for g in suggestions
        if g.claim >= min_confidence and (g.source, g.sentence) not in done
    ]
    previous = project.chosen_annotator
    project.chosen_annotator = annotator
    try:
        return project.annotate_many(specs)
    finally:
        project.chosen_annotator = previous
