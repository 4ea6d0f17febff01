"""The second reading of a source once its first units are annotated (``suggest.unrefit``):
the models that never saw the source read it, and their reading is mixed into the refitted
models' one only where the user's units agree with what they suggested."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap import suggest as S
from argmap.project import Project
from argmap.suggest import models as SM
from argmap.suggest import unrefit
from tests.test_suggest import PA, PUS, article, build

ORDER = (PA, PUS, "hedged")


def prediction(stance: str, probs: dict[str, float]) -> SM.Prediction:
    return SM.Prediction(0.9, "claim", stance, probs, (), {}, (f"{stance} words",))


def test_agreement_counts_the_units_the_plain_reading_called_right() -> None:
    plain = [prediction(PA, {}), prediction(PUS, {}), prediction(PA, {}), None]
    assert unrefit.agreement(plain, [PA, PA, None, None]) == 0.5
    assert unrefit.agreement(plain, [PA, PUS, PA, None]) == 1.0
    assert unrefit.agreement(plain, [None] * 4) is None  # no unit: nothing to go by


def test_the_other_reading_weighs_its_share_and_turns_the_stance_with_its_reasons() -> None:
    refit = prediction(PA, {PA: 0.55, PUS: 0.45, "hedged": 0.0})
    other = prediction(PUS, {PA: 0.1, PUS: 0.9, "hedged": 0.0})
    got = unrefit.mixed(refit, other, ORDER)
    w = unrefit.WEIGHT
    assert got.stance_probs[PA] == pytest.approx((1 - w) * 0.55 + w * 0.1)
    assert got.stance == PUS and got.top_features == other.top_features
    assert (got.claim, got.kind) == (refit.claim, refit.kind)
    assert unrefit.mixed(refit, None, ORDER) is refit
    level = prediction(PUS, {PA: 0.5, PUS: 0.5, "hedged": 0.0})
    assert unrefit.mixed(level, level, ORDER).stance == PA  # a tie: the codebook's order


def _one_unit(tmp_path: Path, stance_of: dict[str, str] | None = None) -> Project:
    """Sources 0-2 annotated, source 3 with its first unit only (its own stance unless
    ``stance_of`` says another)."""
    root = build(tmp_path, annotate=False)
    project = Project.open(root, annotator="analyst")
    for k in range(3):
        by_text = {s.text: s.id for s in project.sources[f"src{k}"].sentences}
        for text, stance, question in article(k)[1]:
            project.annotate(f"src{k}", stance=stance, questions=[question], sentence=by_text[text])
    text, stance, question = article(3)[1][0]
    first = {s.text: s.id for s in project.sources["src3"].sentences}[text]
    stance = (stance_of or {}).get(stance, stance)
    project.annotate("src3", stance=stance, questions=[question], sentence=first)
    return project


def test_the_second_models_never_see_the_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``suggest SOURCE`` trains twice once the source has a unit: refitted on it, and
    without any of its sentences (the models of "nothing annotated")."""
    S._CACHE.clear()
    project = _one_unit(tmp_path)
    seen: list[tuple[set[str], str | None]] = []
    real = SM.train

    def spy(items, codebook, **kw):  # type: ignore[no-untyped-def]
        seen.append(({e.source for e in items}, kw.get("focus")))
        return real(items, codebook, **kw)

    monkeypatch.setattr(SM, "train", spy)
    S.suggest_source(project, "src3")
    assert seen == [({"src0", "src1", "src2", "src3"}, "src3"), ({"src0", "src1", "src2"}, None)]
    # the reader's warm-up lets S start on a source without units before fitting these
    assert S.has_units(project, "src3")
    assert not S.has_units(Project.open(build(tmp_path / "bare", annotate=False)), "src3")


def test_units_that_agree_with_the_models_without_the_source_bring_their_reading_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first unit annotated as those models suggested it: the suggestions move towards
    their reading; annotated against it: the refitted models' suggestions alone."""
    S._CACHE.clear()
    agreed = _one_unit(tmp_path / "a")
    mixed = S.suggest_source(agreed, "src3")
    monkeypatch.setattr(unrefit, "AGREEMENT", 1.01)  # never
    alone = S.suggest_source(agreed, "src3")
    assert [g.sentence for g in mixed] == [g.sentence for g in alone]
    assert any(a.stance_probs != b.stance_probs for a, b in zip(mixed, alone, strict=True))
    # a suggestion the other reading turns gives that reading's reasons
    assert all(a.top_features for a, b in zip(mixed, alone, strict=True) if a.stance != b.stance)
    monkeypatch.setattr(unrefit, "AGREEMENT", 0.67)
    # the same unit called the other side: the models without the source disagree with it
    against = _one_unit(tmp_path / "b", {PA: PUS, PUS: PA, "hedged": PA})
    got = S.suggest_source(against, "src3")
    monkeypatch.setattr(unrefit, "AGREEMENT", 1.01)
    assert got == S.suggest_source(against, "src3")
