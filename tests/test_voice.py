"""The voice of a sentence in the stance model: a sentence that reports, concedes or
refutes the other side uses that side's words, and the model learns which way that turns
(``features.voice_flags``, ``models._word_leans``, the voice model in ``models._stance``).

A made-up debate (a bypass road: build it or stop it), written here and not taken from any
shipped debate: the articles against the road report what the road's supporters say, in
their words, and the annotators mark those sentences as arguing against it."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from argmap import suggest as S
from argmap.model import Codebook, Question, Sentence, Stance
from argmap.project import Project
from argmap.suggest import features as F
from argmap.suggest import models as M
from argmap.suggest.data import Context, Example
from argmap.suggest.text import normalise

ROAD = Codebook(
    stances=(
        Stance(
            id="build",
            label="Build",
            symbol="B",
            axis=1,
            description="The bypass should be built.",
            patterns=(),
        ),
        Stance(
            id="stop",
            label="Stop",
            symbol="S",
            axis=-1,
            description="The bypass should be stopped.",
            patterns=(),
        ),
    ),
    questions=(Question(id="road", label="Road", text="Should the bypass be built?"),),
)

# Each article argues one side. The articles against the road report the road's backers'
# case in their words ("backers say ... lorries ... around the village") and are annotated
# "stop" there too; the articles for it report the opponents' ("the meadow", "the wetland").
UNITS = {
    "for-1": [
        ("The bypass will take the lorries around the village.", "build"),
        ("The lorries will go around the village and not through it.", "build"),
        ("Its opponents claim the road will cross the meadow where the birds nest.", "build"),
    ],
    "for-2": [
        ("Lorries will go around the village instead of through it.", "build"),
        ("Critics claim the concrete will cover the wetland.", "build"),
        ("The bus journey to town will take ten minutes.", "build"),
    ],
    "for-3": [
        ("Around the village the lorries will have a road of their own.", "build"),
        ("The journey by bus will be shorter.", "build"),
        ("Opponents say the birds will lose the meadow.", "build"),
    ],
    "against-1": [
        ("The road will cross the meadow where the birds nest.", "stop"),
        ("Concrete will cover the wetland.", "stop"),
        ("Its backers claim the lorries will go around the village.", "stop"),
    ],
    "against-2": [
        ("The birds nest in the meadow the road will cross.", "stop"),
        ("Its backers claim the bus journey will be shorter.", "stop"),
        ("The wetland will be under concrete.", "stop"),
    ],
    "against-3": [
        ("Backers say the lorries will go around the village.", "stop"),
        ("The meadow and the wetland will be gone.", "stop"),
        ("The birds will lose the meadow for ever.", "stop"),
    ],
}


def _examples(units: dict[str, list[tuple[str, str]]] = UNITS) -> list[Example]:
    out = []
    for source, rows in units.items():
        for i, (text, stance) in enumerate(rows):
            sentence = Sentence(id=f"s{i:04d}", index=i, start=i, end=i + 1, text=text)
            out.append(Example(source, sentence, True, stance, "claim", (), Context(text)))
    return out


REPORTED = "Its advocates argue the lorries will go around the village."
PLAIN = "The lorries will go around the village."


def _predict(models: M.Models, text: str) -> M.Prediction:
    return M.predict(models, [Context(text)])[0]


def test_the_voices_of_a_sentence_are_found() -> None:
    """Reported speech, concession, refutation, negation and a turn, by their words; a
    sentence before one that turns ("But ...") is flagged too."""

    def voices(text: str, nxt: str = "") -> list[str]:
        return [v for v, _ in F.voice_cues(normalise(text), normalise(nxt))]

    assert voices("Critics say the cap will shrink supply.") == ["reported"]
    assert voices("We are told that landlords will flee.") == ["reported"]
    assert voices("Of course the city needs more homes.") == ["conceded"]
    assert voices("It is a myth that caps empty the market.") == ["refuted"]
    assert voices("The homes did not disappear.") == ["negated"]
    assert voices("But the homes are still there.") == ["turn"]
    assert voices("Landlords will sell.", "But buyers live in them.") == ["before a turn"]
    assert voices("The cap applies to every flat.") == []
    flags = F.voice_flags(
        [normalise("Critics say it fails."), normalise("It works.")],
        [normalise("However, it works."), ""],
    )
    assert flags.tolist() == [[1, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0]]


def test_reported_words_of_one_side_are_read_as_the_side_that_reports_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Trained on articles against the road that report the supporters' case in the
    supporters' words, a new sentence reporting that case is suggested "stop", and the
    voice is shown as the reason; the same words said plainly stay "build". Without the
    voice flags (every sentence read as plain) the reported sentence is read by its words,
    as "build": the turn comes from the voice."""
    models = M._train(_examples(), ROAD)
    reported, plain = _predict(models, REPORTED), _predict(models, PLAIN)
    assert reported.stance == "stop"
    assert plain.stance == "build"
    assert '"advocates argue" [reported: counts for stop]' in reported.top_features
    assert not any("counts for" in r for r in plain.top_features)

    monkeypatch.setattr(F, "_voice_columns", lambda norms, tokens: np.zeros((len(norms), 5), "f"))
    M._CACHE.clear()
    unvoiced = M._train(_examples(), ROAD)
    assert _predict(unvoiced, REPORTED).stance == "build"


def test_a_units_word_lean_is_learnt_from_the_other_sources_only() -> None:
    """The lean the stance model is trained on for a unit is cross-fitted: exactly the
    lean learnt from the other sources' units, and unmoved by the stances of its own
    source's units (flipping them changes nothing for that source)."""
    items = sorted(_examples(), key=lambda e: (e.source, e.sentence.index))
    models = M._train(items, ROAD)
    assert models.features is not None
    x = models.features.transform([e.ctx for e in items]).x
    b = M._presence(models, x)
    col = {"build": 0, "stop": 1}
    ys = np.asarray([col[e.stance or ""] for e in items])
    sources = [e.source for e in items]
    lean = M._word_leans(models, b, ys, sources)

    flipped = ys.copy()
    mine = np.asarray([s == "against-1" for s in sources])
    flipped[mine] = 1 - flipped[mine]
    assert np.allclose(M._word_leans(models, b, flipped, sources)[mine], lean[mine])

    others = ~mine
    M._word_leans(models, b[others], ys[others], [s for s in sources if s != "against-1"])
    direct = M._mean_lean(b[mine], models.word_lean)
    assert np.allclose(lean[mine], direct, atol=1e-5)
    assert np.abs(lean).max() > 0.1


# --------------------------------------------------------------------------- a lede of the other side

# The two sides' cases, in their own words. Each article below opens with three sentences of
# the other side's case (a lede, annotated as that side), then argues its own, reporting the
# other side's case now and then ("Critics say that ...", annotated as its own side).
CASE = {
    "build": (
        "The bypass will take the lorries around the village.",
        "Lorries will no longer rumble down the high street.",
        "The bus journey to town will be ten minutes shorter.",
        "Traffic in the village will fall by half.",
        "Children will walk to school on quiet streets.",
        "The shops on the high street will see more custom.",
        "Ambulances will reach the hospital faster.",
        "The lorries will have a road of their own.",
        "The village square will be free of fumes.",
        "Deliveries to the farms will be quicker.",
    ),
    "stop": (
        "The road will cross the meadow where the birds nest.",
        "Concrete will cover the wetland.",
        "The river will carry the run-off from the road.",
        "The hedgerows along the meadow will be torn out.",
        "The curlews will lose their nesting ground.",
        "The wetland will be drained for the embankment.",
        "The valley will hear the road day and night.",
        "The oldest oaks of the parish will be felled.",
        "The water meadows will flood less and dry out.",
        "The footpath across the fields will be cut in two.",
    ),
}
SAY = (
    "Its backers claim that",
    "Critics say that",
    "We are told that",
    "Supporters insist that",
    "Opponents argue that",
)
REPORTED_AT = (2, 5, 8, 10, 11)  # the body's sentences that report the other side


def _lede_article(side: str, n: int) -> list[tuple[str, str]]:
    """Article ``n`` of ``side``: (sentence, annotated stance) in text order."""
    other = "stop" if side == "build" else "build"
    rows = [(CASE[other][(n + i) % 10], other) for i in range(3)]
    for i in range(12):
        if i in REPORTED_AT:
            said = CASE[other][(n + i + 4) % 10]
            rows.append((f"{SAY[(n + i) % len(SAY)]} {said[0].lower()}{said[1:]}", side))
        else:
            rows.append((CASE[side][(n + i) % 10], side))
    return rows


def test_annotating_a_lede_that_quotes_the_other_side_does_not_worsen_the_rest(
    tmp_path: Path,
) -> None:
    """Articles that open with the other side's case: a user who annotates an article's
    first three units (the lede) must not see the suggestions for the rest of it get worse.
    Its first units say little about its side here (evidence weight 0), so what the voice
    model reads ("critics say that ...") keeps counting; switched off once a source had
    units, the curve fell from 1.0 to 0.95 at 3 units and 0.925 at 5 and 10."""
    S._CACHE.clear()
    root = tmp_path / "road"
    Project.init(root, codebook=ROAD)
    project = Project.open(root, annotator="analyst")
    for side in ("build", "stop"):
        for n in range(4):
            sid = f"{side}-{n}"
            rows = _lede_article(side, n)
            text = f"The bypass: {sid}\n\n" + " ".join(t for t, _ in rows[:3])
            text += "\n\n" + " ".join(t for t, _ in rows[3:]) + "\n"
            path = tmp_path / f"{sid}.txt"
            path.write_text(text, encoding="utf-8")
            project.add_source(path, source_id=sid)
            by_text = {s.text: s.id for s in project.sources[sid].sentences}
            for t, stance in rows:
                project.annotate(sid, stance=stance, questions=["road"], sentence=by_text[t])
    report = S.evaluate(Project.open(root))
    assert report.source_level["evidence_weight"] == 0.0
    values = [report.curve[k][0] for k in S.evaluation.CURVE]
    assert values[0] >= 0.9, values
    assert all(b >= a for a, b in itertools.pairwise(values)), values
