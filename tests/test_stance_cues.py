"""Debate-general stance cues (``argmap.suggest.cues``): what they find, and that a project
whose codebook has no hedge cues and few matching patterns still gets them."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap import store
from argmap.model import Codebook, Stance
from argmap.project import Project
from argmap.suggest import cues
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
    monkeypatch.setattr(F, "TARGET_PRIOR", 0.0)
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


@pytest.fixture(scope="module")
def tram_lexicon() -> F.Lexicon:
    """A made-up debate: two stances on the same side of the axis (both want to spend),
    told apart only by what each stands for."""
    codebook = Codebook(
        stances=(
            Stance(
                id="trams",
                label="Trams",
                symbol="T",
                axis=1,
                description="The city should build a tram line: trams are quiet, clean and "
                "carry commuters reliably.",
            ),
            Stance(
                id="buses",
                label="Buses",
                symbol="B",
                axis=1,
                description="The city should buy electric buses instead: buses are cheaper, "
                "flexible and reach every suburb.",
            ),
            Stance(
                id="neither",
                label="Neither",
                symbol="N",
                axis=-1,
                description="The city should spend the transport budget on neither and keep "
                "the roads as they are.",
            ),
        )
    )
    return F.build_lexicon(codebook)


def test_praising_what_a_stance_stands_for_leans_to_it_and_negation_turns_it(
    tram_lexicon: F.Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No pattern, no hedge cue: an evaluation word leans a sentence to the stance whose
    description names what it evaluates ("wonderful" ... "commuters": trams), and away
    from it when negated or negative. The side of the axis alone cannot tell trams from
    buses, so without the evaluation of a target the prior barely moves."""

    def prior(t: str) -> dict[str, float]:
        row = F.codebook_row(t, tram_lexicon)
        assert not row.found
        return dict(zip(tram_lexicon.stance_ids, row.stance_prior, strict=True))

    praise = prior("Trams would be wonderful for commuters.")
    turned = prior("Trams would not be wonderful for commuters.")
    buses = prior("Electric buses are excellent.")
    awful = prior("Electric buses are awful.")
    assert max(praise, key=praise.__getitem__) == "trams"
    assert praise["trams"] > turned["trams"] + 0.3
    assert buses["buses"] > buses["trams"] + 0.4
    assert awful["buses"] < buses["buses"] - 0.3
    monkeypatch.setattr(F, "TARGET_PRIOR", 0.0)
    assert prior("Trams would be wonderful for commuters.")["trams"] < praise["trams"] - 0.1
    assert prior("Trams would not be wonderful for commuters.")["trams"] > turned["trams"] + 0.05
    off = prior("Electric buses are excellent.")
    assert off["buses"] < off["trams"] + 0.4


def test_the_evaluation_words_are_a_published_lexicon_and_a_stance_name_is_not_one() -> None:
    """The evaluation words are VADER's (not a list written after reading our articles):
    words of no earlier list count ("disastrous", "excellent"); but a word that names a
    stance of the debate ("ban" rates -2.6 in VADER) is not read as an evaluation there."""
    phones = store.load_codebook(REPO / "bench" / "debate3" / "annotations" / "codebook.json")
    lexicon = F.build_lexicon(phones)
    assert "ban" in cues.NEGATIVE and {"ban", "banned"} <= lexicon.naming
    assert len(cues.POSITIVE) > 1000 and len(cues.NEGATIVE) > 1000

    def evaluation(lex: F.Lexicon, text: str) -> tuple[float, float]:
        g = general(lex, text)
        return g["positive evaluation"], g["negative evaluation"]

    assert evaluation(lexicon, "The ban is excellent.")[0] > 0
    assert evaluation(lexicon, "The ban is excellent.")[1] == 0
    assert evaluation(lexicon, "The ban was a disastrous mistake.")[1] > 0
    # in another debate, "ban" is an evaluation word like any other
    tram = F.build_lexicon(Codebook(stances=(Stance(id="trams", label="Trams", symbol="T"),)))
    assert evaluation(tram, "They want to ban cars.")[1] > 0
