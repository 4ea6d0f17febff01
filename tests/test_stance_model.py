"""The sentence-level stance model on a debate it was not written for: what the project's
own annotated units teach it about the codebook's patterns (``features.learn_pattern_leans``).

A made-up debate (a power plant: run on, close, undecided), written here and not taken from
any shipped debate."""

from __future__ import annotations

import pytest

from argmap.model import Codebook, Question, Sentence, Stance
from argmap.suggest import features as F
from argmap.suggest import models as M
from argmap.suggest.data import Context, Example

PLANT = Codebook(
    stances=(
        Stance(
            id="run-on",
            label="Run on",
            symbol="R",
            axis=1,
            description="The plant should keep running for twenty more years: its power "
            "and jobs are worth the upgrade.",
            patterns=("keep * running", "twenty more years", "worth the upgrade"),
        ),
        Stance(
            id="close",
            label="Close",
            symbol="C",
            axis=-1,
            description="The plant should close on schedule: it is old, its waste piles "
            "up and wind can replace it.",
            patterns=("close on schedule", "shut * down", "waste piles up"),
        ),
        Stance(
            id="unsure",
            label="Undecided",
            symbol="U",
            axis=0,
            description="Takes no side: the evidence is mixed or not yet in.",
            patterns=("evidence is mixed", "too early to say"),
        ),
    ),
    questions=(Question(id="future", label="Future", text="Should the plant run on?"),),
)

# Both sides name the proposal ("twenty more years"): those who want the plant closed say
# what twenty more years would cost. The annotators' stances, by source.
UNITS = {
    "letter": [
        ("Twenty more years means tonnes more spent fuel in the yard.", "close"),
        ("Twenty more years of leaks is a price the town cannot pay.", "close"),
        ("The plant should close on schedule, as the law says.", "close"),
    ],
    "report": [
        ("Twenty more years would double the stock of waste on the coast.", "close"),
        ("Nobody has said where twenty more years of fuel would go.", "close"),
        ("We should keep the reactors running, because the jobs are real.", "run-on"),
    ],
    "speech": [
        ("Keep the plant running and the lights stay on.", "run-on"),
        ("The inspections are not finished, so it is too early to say.", "unsure"),
        ("The upgrade is worth it for the jobs alone.", "run-on"),
    ],
}


def _examples() -> list[Example]:
    out = []
    for source, units in UNITS.items():
        for i, (text, stance) in enumerate(units):
            sentence = Sentence(id=f"s{i:04d}", index=i, start=i, end=i + 1, text=text)
            out.append(Example(source, sentence, True, stance, "claim", (), Context(text)))
    return out


NEW = "Twenty more years of operation would pile up spent fuel nobody can store."


def _stance_probs(models: M.Models, text: str) -> dict[str, float]:
    return M.predict(models, [Context(text)], explain=False)[0].stance_probs


def test_a_pattern_the_other_side_uses_in_the_annotations_no_longer_speaks_for_its_stance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The pattern "twenty more years" was written as a run-on pattern; the project's units use it in
    four arguments for closing the plant. A new sentence with it is not suggested run-on,
    while a pattern the units use as written ("keep * running") still speaks for its stance.
    With the leans not learnt (the codebook's stance counting for thousands of units) the
    same sentence is suggested run-on: the pattern alone decided it."""
    models = M._train(_examples(), PLANT)
    lean = models.lexicon.pattern_lean
    col = {s: j for j, s in enumerate(PLANT.stance_ids)}
    assert lean[("run-on", "twenty more years")][col["close"]] > 0.6
    assert lean[("run-on", "keep * running")][col["run-on"]] == 1.0
    probs = _stance_probs(models, NEW)
    assert max(probs, key=probs.__getitem__) != "run-on"
    assert probs["close"] > probs["run-on"]
    keep = _stance_probs(models, "They should keep the old plant running for the grid.")
    assert max(keep, key=keep.__getitem__) == "run-on"

    monkeypatch.setattr(F, "PATTERN_PSEUDO_UNITS", 10_000.0)
    written = M._train(_examples(), PLANT)
    assert written.lexicon.pattern_lean[("run-on", "twenty more years")][col["run-on"]] > 0.99
    as_written = _stance_probs(written, NEW)
    assert max(as_written, key=as_written.__getitem__) == "run-on"


def test_the_leans_are_learnt_from_the_training_units_only() -> None:
    """A pattern never found in the training units keeps its stance as written, and a
    source left out of training does not move any lean (nothing learnt from held-out
    annotations)."""
    items = _examples()
    without = [e for e in items if e.source != "letter"]
    lean_all = M._train(items, PLANT).lexicon.pattern_lean
    lean_without = M._train(without, PLANT).lexicon.pattern_lean
    assert ("close", "close on schedule") in lean_all
    assert ("close", "close on schedule") not in lean_without
    twenty = ("run-on", "twenty more years")
    assert lean_all[twenty] != lean_without[twenty]
    # the same as learning from the training units alone, directly
    direct = F.learn_pattern_leans(
        F.build_lexicon(PLANT), [e.text for e in without], [e.stance or "" for e in without]
    )
    assert direct.pattern_lean == lean_without


def test_a_pattern_the_units_use_for_the_other_side_is_shown_as_its_reason() -> None:
    """The reasons shown with a suggestion follow what was learnt: the run-on pattern
    "twenty more years" is not a reason for run-on once the units use it for close; it is
    shown for close, saying whose pattern it was."""
    models = M._train(_examples(), PLANT)
    found = (("run-on", "twenty more years"), ("run-on", "keep * running"))
    assert M._pattern_reasons(models.lexicon, found, "run-on") == ('"keep * running" [pattern]',)
    assert M._pattern_reasons(models.lexicon, found, "close") == (
        '"twenty more years" [pattern of run-on, used for close]',
    )
    # as written when nothing was learnt
    plain = F.build_lexicon(PLANT)
    assert len(M._pattern_reasons(plain, found, "run-on")) == 2


def test_the_first_half_of_a_contraction_is_not_an_evaluation_word() -> None:
    """The contraction "won't" reads as the words "won" and "t": "won" (a victory, positive
    in the published lexicon) must not count as praise, nor be shown as a positive
    evaluation."""
    from argmap.suggest import cues
    from argmap.suggest.text import normalise

    lexicon = F.build_lexicon(PLANT)
    names = lexicon.dense_names

    def positive(text: str) -> float:
        return F.codebook_row(text, lexicon).dense[names.index("positive evaluation")]

    assert positive("The town won the vote.") > 0
    assert positive("The agency won't cover the cost.") == 0
    pos = cues.POLARITY[0]
    assert cues.found(normalise("The agency won't cover it."), pos) == []
    assert cues.found(normalise("The town won the vote."), pos) == ["won"]
