"""Debate-general stance cues (``argmap.suggest.cues``): what they find, and that a project
whose codebook has no hedge cues and few matching patterns still gets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap import store
from argmap.project import Project
from argmap.suggest import cues
from argmap.suggest import evaluation as E
from argmap.suggest import features as F
from argmap.suggest import models as M

REPO = Path(__file__).resolve().parents[1]
DEBATE2 = REPO / "bench" / "debate2"


@pytest.fixture(scope="module")
def rent_lexicon() -> F.Lexicon:
    """The rent-cap debate's codebook: its own stances, no hedge cues at all."""
    codebook = store.load_codebook(DEBATE2 / "annotations" / "codebook.json")
    assert not codebook.hedge_cues
    return F.build_lexicon(codebook)


def general(lexicon: F.Lexicon, text: str) -> dict[str, float]:
    row = F.codebook_row(text, lexicon)
    names = lexicon.dense_names
    return {name: row.dense[names.index(name)] for name, _ in cues.GROUPS}


def test_cues_are_counted_and_a_negator_turns_an_evaluation(rent_lexicon: F.Lexicon) -> None:
    works = general(rent_lexicon, "The cap works and helps tenants.")
    fails = general(rent_lexicon, "The cap does not work and will not help tenants.")
    assert works["positive evaluation"] > 0 and works["negative evaluation"] == 0
    assert fails["negative evaluation"] > 0 and fails["positive evaluation"] == 0
    two_sided = general(
        rent_lexicon, "While a cap may help for now, it works only if the city builds."
    )
    assert two_sided["contrast or concession"] > 0
    assert two_sided["condition"] > 0 and two_sided["hedges (Hyland)"] > 0
    assert general(rent_lexicon, "Rents rose by a third.") == {n: 0 for n, _ in cues.GROUPS}


def test_a_two_sided_sentence_leans_to_the_middle_stance_without_hedge_cues(
    rent_lexicon: F.Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rent-cap codebook has no hedge cues and none of its patterns is in this
    sentence: the general cues of a two-sided sentence still make its prior hedged."""
    text = "A short freeze could give tenants time, but whether it works will turn on building."
    plain = "A short freeze gives tenants time to find their feet."

    def prior(t: str) -> dict[str, float]:
        row = F.codebook_row(t, rent_lexicon)
        assert not row.found  # no codebook pattern
        return dict(zip(rent_lexicon.stance_ids, row.stance_prior, strict=True))

    p, q = prior(text), prior(plain)
    assert max(p, key=p.__getitem__) == "hedged"
    assert p["hedged"] > q["hedged"] + 0.2
    monkeypatch.setattr(F, "TWO_SIDED_PRIOR", 0.0)
    assert prior(text)["hedged"] < p["hedged"] - 0.2


def test_saying_a_proposal_works_or_fails_leans_to_the_side_for_or_against(
    rent_lexicon: F.Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No pattern of the rent-cap codebook is in these sentences: the evaluation words
    alone (turned by a negator) lean them to the stance for (axis > 0) or against."""

    def top(t: str) -> str:
        row = F.codebook_row(t, rent_lexicon)
        assert not row.found
        p = dict(zip(rent_lexicon.stance_ids, row.stance_prior, strict=True))
        return max(p, key=p.__getitem__)

    good = "The freeze works and will help the families in our street."
    bad = "The freeze will fail and do real damage to the families in our street."
    turned = "The freeze does not work and will not help the families in our street."
    assert (top(good), top(bad), top(turned)) == ("pro-cap", "anti-cap", "anti-cap")
    monkeypatch.setattr(F, "EVALUATION_PRIOR", 0.0)
    assert top(good) != "pro-cap" or top(bad) != "anti-cap"


def test_question_models_do_not_see_the_stance_cues() -> None:
    """The cues say how a sentence argues, not what about: the question models' weights
    on them are zero, so adding the cues left the question figures as they were."""
    from argmap.suggest.data import examples

    project = Project.open(REPO)
    models = M._train(examples(project), project.codebook)
    names = list(models.feature_names)
    cols = [names.index(f"codebook__{n}") for n, _ in cues.GROUPS]
    for est in models.classifiers["questions"].estimators_:
        assert not est.coef_[0, cols].any()
    stance = models.classifiers["stance"]
    assert abs(stance.coef_[:, cols]).sum() > 0


def test_the_rent_cap_debate_meets_the_stance_targets_without_hedge_cues() -> None:
    """On the held-out rent-cap debate (its own codebook, no hedge cues, patterns on 20 of
    180 units), leave-one-source-out stance was 0.385 macro-F1 with hedged recall 0.26
    before the general cues; the issue's targets are 0.60 and 0.5 on every stance."""
    report = E.evaluate(Project.open(DEBATE2), curve=())
    assert report.stance is not None
    assert report.stance.macro_f1 >= 0.6
    assert all(c.recall >= 0.5 for c in report.stance.per_class.values())
