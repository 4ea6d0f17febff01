"""The voice of a sentence in the stance model: a sentence that reports, concedes or
refutes the other side uses that side's words, and the model learns which way that turns
(``features.voice_flags``, ``models._word_leans``, the voice model in ``models._stance``).

A made-up debate (a bypass road: build it or stop it), written here and not taken from any
shipped debate: the articles against the road report what the road's supporters say, in
their words, and the annotators mark those sentences as arguing against it."""

from __future__ import annotations

import numpy as np
import pytest

from argmap.model import Codebook, Question, Sentence, Stance
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
