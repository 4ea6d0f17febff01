"""Which side a source argues, proposed before anyone has read it (``argmap argues``, the
reader's ``A``): the user confirms it with one key or picks another; nothing is kept until
they do. Where a side is proposed is one rule, ``SideView.needs_proposal``: nothing of the
source annotated with a stance, by anyone, and no side said by you (with no annotator set:
by nobody).

The proposal is the stance the source level already leans toward (``sequence.in_order``):
the claim-weighted mean stance probabilities of the source's likely claims (claim
probability at least ``LIKELY``, headings left out), each re-based on the project's mix as
``sequence.mix`` does, divided by the project's mix. Left out: a source's usual stances
count for little, so what is left is what this source says more than the others do. Its
confidence is the lead of the top share over the second; below ``THRESHOLD`` nothing is
proposed.

Measured with ``bench/side_proposal.py`` over 16 projects (the seeds, bench/eval and
bench/debate2..15; 110 sources), leave one source out, nothing of it annotated: this
reading names the source's main stance in 71 of 110 sources, the project's most common
side in 32; of 24 other readings (title, lede, closing paragraphs, conclusion markers, the
codebook's patterns, the strongest sentences, combinations) none does better held out.
``THRESHOLD`` was chosen leave one project out (the most right proposals minus twice the
wrong ones on the other 15): on the projects left out it proposes for 61 of 110 sources,
45 of them right (precision 0.74, coverage 0.55). It fails where every source argues the
same side (the seeds: the mix it divides by is that side).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from argmap.suggest import models as M
from argmap.suggest.data import reading
from argmap.suggest.sequence import _is_heading

if TYPE_CHECKING:
    from argmap.codebook import Codebook
    from argmap.project import Project
    from argmap.suggest.data import Context

#: A sentence counts toward the reading from this claim probability on.
LIKELY = 0.5
#: The lead of the top share over the second from which a side is proposed (chosen leave
#: one project out over 16 projects: 0.043-0.050 in every fold; bench/side_proposal.py).
THRESHOLD = 0.045
#: What the threshold gave held out, for the user (bench/side_proposal.py).
HELD_OUT = "right in 45 of 61 such proposals on 16 test projects"


@dataclass(frozen=True)
class Proposal:
    """The side a source's reading leans to: per stance its share (highest first) and how
    many likely claims were read."""

    source: str
    shares: tuple[tuple[str, float], ...]
    claims: int

    @property
    def stance(self) -> str:
        """The stance the reading leans to most."""
        return self.shares[0][0]

    @property
    def margin(self) -> float:
        """The lead of the top share over the second."""
        second = self.shares[1][1] if len(self.shares) > 1 else 0.0
        return self.shares[0][1] - second

    @property
    def confident(self) -> bool:
        """Clear enough to propose (``THRESHOLD``)."""
        return self.margin >= THRESHOLD

    def reason(self, label: Any = str) -> str:
        """One line saying why, e.g. "its 23 likely claims read ▲ pro-autonomy 45 %,
        ▼ pro-us-primacy 31 % next, beyond the project's usual mix"; ``label`` names a
        stance (default: its id)."""
        top, share = self.shares[0]
        claims = f"its {self.claims} likely claim{'s' if self.claims != 1 else ''}"
        text = f"{claims} read {label(top)} {share * 100:.0f} %"
        if len(self.shares) > 1:
            second, s2 = self.shares[1]
            text += f", {label(second)} {s2 * 100:.0f} % next"
        return text + ", beyond the project's usual mix"

    def to_json(self) -> dict[str, Any]:
        """The proposal as JSON (``proposed``: the stance, or None below the threshold)."""
        return {
            "source": self.source,
            "proposed": self.stance if self.confident else None,
            "leans_to": self.stance,
            "margin": round(self.margin, 4),
            "threshold": THRESHOLD,
            "shares": {s: round(v, 4) for s, v in self.shares},
            "likely_claims": self.claims,
            "reason": self.reason(),
        }


def read_side(
    models: M.Models,
    source: str,
    ctxs: Sequence[Context],
    preds: Sequence[M.Prediction | None],
) -> Proposal | None:
    """The side the models' predictions ``preds`` of a source's sentences (``ctxs``, in
    order; None for an annotated one, left out) lean to; None without a likely claim or a
    stance mix."""
    import numpy as np

    if not models.stance_mix or len(models.stance_ids) < 2:
        return None
    rows = [
        p
        for c, p in zip(ctxs, preds, strict=True)
        if p is not None and p.claim >= LIKELY and not _is_heading(c)
    ]
    if not rows:
        return None
    m = np.asarray(models.stance_mix, dtype=float)
    ref = np.asarray(models.stance_reference or models.stance_mix, dtype=float)
    p = np.asarray([[r.stance_probs.get(s, 0.0) for s in models.stance_ids] for r in rows])
    p = p * (m / np.maximum(ref, 1e-9))
    p /= np.maximum(p.sum(axis=1, keepdims=True), 1e-12)
    w = np.asarray([r.claim for r in rows])
    factor = (w @ p / w.sum()) / np.maximum(m, 1e-9)
    share = factor / factor.sum()
    order = sorted(range(len(share)), key=lambda j: (-share[j], j))
    return Proposal(
        source, tuple((models.stance_ids[j], float(share[j])) for j in order), len(rows)
    )


def propose(project: Project, source_id: str, annotator: str | None = None) -> Proposal | None:
    """How the models read the side of ``source_id`` (all its sentences, as if nothing of it
    were annotated), trained as ``suggest_source`` trains; check ``confident`` before
    proposing it. Raises ``NotEnoughData`` below the minimum of annotations. Nothing is
    written."""
    from argmap.suggest.suggestions import models_for

    doc = project.source(source_id)
    models = models_for(project, doc.id, annotator)
    rows = reading(project, annotator, only=doc.id)[doc.id]
    ctxs = [c for _, c, _, _ in rows]
    return read_side(models, doc.id, ctxs, M.predict(models, ctxs, explain=False))


def propose_all(
    project: Project, sources: Sequence[str], annotator: str | None = None
) -> dict[str, Proposal]:
    """``propose`` for each of ``sources`` with one set of models (trained as
    ``suggest_all`` trains); a source without a reading is left out."""
    from argmap.suggest.suggestions import models_for

    if not sources:
        return {}
    models = models_for(project, None, annotator)
    out: dict[str, Proposal] = {}
    for sid, rows in reading(project, annotator).items():
        if sid not in sources:
            continue
        ctxs = [c for _, c, _, _ in rows]
        got = read_side(models, sid, ctxs, M.predict(models, ctxs, explain=False))
        if got is not None:
            out[sid] = got
    return out


def stance_label(codebook: Codebook) -> Any:
    """A function naming a stance with its codebook symbol ("▼ pro-us-primacy")."""
    symbols = {s.id: s.symbol for s in codebook.stances}
    return lambda sid: f"{symbols[sid]} {sid}" if sid in symbols else sid


@dataclass(frozen=True)
class SideView:
    """What already says which side a source argues, as ``you`` see it (``side_views``), and
    so whether a side is proposed to you (``needs_proposal``: the one rule the list, ``argmap
    argues SOURCE``, the reader's ``A`` and the hints to say a side follow)."""

    source: str
    #: who asks (``project.annotator``); None when no annotator is set (read-only)
    you: str | None
    #: every annotator's word on the side it argues (annotator -> stance)
    words: dict[str, str]
    #: per claim of it with a stance, by anyone but the ``model`` pre-annotator: (who, stance)
    annotated: tuple[tuple[str, str], ...]

    @property
    def yours(self) -> str | None:
        """The side you said it argues (None without an annotator)."""
        return self.words.get(self.you) if self.you is not None else None

    @property
    def others(self) -> dict[str, str]:
        """The words of everyone else (everyone's without an annotator)."""
        return {a: s for a, s in self.words.items() if a != self.you}

    @property
    def needs_proposal(self) -> bool:
        """A side is proposed to you when nothing of the source is annotated with a stance,
        by anyone, and you have not said its side (without an annotator: nobody has).

        A colleague's word leaves yours unsaid: sides are per annotator and your suggestions
        lean on your word alone, so you are still proposed one, their word beside it. A
        colleague's annotated claims do stop it: the proposal reads the source as if nothing
        of it were annotated (what its held-out figure measures), and annotated claims say
        more than that reading; their most frequent stance is named instead (``why_not``).
        """
        if self.annotated:
            return False
        if self.you is None:
            return not self.words
        return self.yours is None

    def why_not(self, label: Any = str) -> str:
        """Why nothing is proposed, in a few words (empty when a proposal is due); ``label``
        names a stance."""
        if self.needs_proposal:
            return ""
        if self.yours is not None:
            return f"you said {label(self.yours)}"
        if self.annotated:
            stances = [s for _, s in self.annotated]
            most = max(dict.fromkeys(stances), key=stances.count)
            n = len(stances)
            who = ", ".join(sorted({a for a, _ in self.annotated}))
            return (
                f"proposals are for sources with nothing annotated; its {n} annotated "
                f"claim{'s' if n != 1 else ''} here {'are' if n != 1 else 'is'} most often "
                f"{label(most)} (by {who})"
            )
        said = ", ".join(f"{a}: {label(s)}" for a, s in self.words.items())
        return f"no annotator set, and its side was said ({said})"


def you(project: Project) -> str | None:
    """Who is asking (``project.annotator``), None when no annotator is set."""
    from argmap.errors import UsageError

    try:
        return project.annotator
    except UsageError:  # no annotator set: read-only
        return None


def side_views(project: Project, sources: Sequence[str] | None = None) -> dict[str, SideView]:
    """Per source (all, or ``sources``, in that order) what says which side it argues, as
    the project's annotator sees it (``SideView``)."""
    from argmap.suggest.data import MODEL_ANNOTATOR

    asker = you(project)
    said = project.argued_map()
    ids = list(project.sources) if sources is None else [project.source(s).id for s in sources]
    claims = project.claims(source=ids[0]) if len(ids) == 1 else project.claims()
    annotated: dict[str, list[tuple[str, str]]] = {}
    for c in claims:
        if c.stance and c.annotator != MODEL_ANNOTATOR:
            annotated.setdefault(c.source, []).append((c.annotator, c.stance))
    return {
        sid: SideView(sid, asker, dict(said.get(sid, {})), tuple(annotated.get(sid, ())))
        for sid in ids
    }


def side_view(project: Project, source_id: str) -> SideView:
    """``side_views`` of one source (an id or a unique prefix)."""
    return next(iter(side_views(project, [source_id]).values()))
