"""The debate-independent middle-stance model (``argmap/suggest/middle.py``): what it reads,
when a project uses it, and that no debate it is measured on ever taught it."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from conftest import HELD_OUT

from argmap.project import Project
from argmap.suggest import middle
from argmap.suggest.data import Context

ROOT = Path(__file__).resolve().parents[1]


def _shipped() -> dict:
    return json.loads(middle.PATH.read_text(encoding="utf-8"))


def _debates() -> list[tuple[str, Path]]:
    """Every shipped project with annotations: the seeds and bench/debateN."""
    out = [("seeds", ROOT)]
    for folder in sorted((ROOT / "bench").glob("debate*")):
        if (folder / "argmap.json").exists():
            out.append((folder.name, folder))
    return out


def test_no_debate_is_read_by_a_middle_model_trained_on_it() -> None:
    """``argmap evaluate`` in any shipped project reads it with a middle model that never
    saw its units, and the debates held out from model work are in no shipped model."""
    raw = _shipped()
    assert not set(HELD_OUT) & set(raw["all"]["trained_on"])
    for model in raw["without"].values():
        assert not set(HELD_OUT) & set(model["trained_on"])
    seen = 0
    for name, folder in _debates():
        model = middle.model_for(Project.open(folder).codebook.stance_ids)
        assert model is not None
        assert name not in model.trained_on, (name, model.trained_on)
        if name in raw["all"]["trained_on"]:
            seen += 1
            others = [d for d in raw["all"]["trained_on"] if d != name]
            assert list(model.trained_on) == others
    assert seen == len(raw["all"]["trained_on"])


def test_weighing_both_sides_reads_as_more_middle_than_a_verdict() -> None:
    """A sentence that withholds a verdict until the evidence is in reads as more likely
    the middle stance than one that takes a side, in a debate the model never saw."""
    model = middle.model_for(("build", "wait-and-see", "do-not-build"))
    assert model is not None
    got = middle.scores(
        model,
        [
            Context("Whether the tram pays for itself depends on evidence we do not have yet."),
            Context("Honestly, there are good arguments on both sides and I have not decided."),
            Context("The tram is a waste of money and the council must scrap it."),
            Context("Build the tram now: the city cannot wait another decade."),
        ],
    )
    depends, both, scrap, build = got.tolist()
    assert min(depends, both) > max(scrap, build)


def test_the_weight_is_used_only_where_the_model_reads_the_projects_middle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A project whose annotated middle units the model tells apart gets ``WEIGHT``; one
    whose middle it cannot tell apart (a third policy, not a verdict withheld), or with
    no middle stance, or too few middle units, gets none."""
    ids = ("yes", "unsure", "no")
    axes = (1, 0, -1)
    ctxs = [Context(f"s{i}") for i in range(20)]
    stances = ["unsure"] * 6 + ["yes"] * 7 + ["no"] * 7
    monkeypatch.setattr(middle, "model_for", lambda stance_ids: object())
    monkeypatch.setattr(
        middle, "scores", lambda model, cs: np.array([1.0] * 6 + [-1.0] * 14)[: len(cs)]
    )
    assert middle.learn_weight(ids, axes, ctxs, stances) == middle.WEIGHT
    monkeypatch.setattr(middle, "scores", lambda model, cs: np.zeros(len(cs)))
    assert middle.learn_weight(ids, axes, ctxs, stances) == 0.0  # AUC 0.5
    assert middle.learn_weight(("yes", "no"), (1, -1), ctxs, ["yes"] * 10 + ["no"] * 10) == 0.0
    few = ["unsure"] * 2 + ["yes"] * 18
    monkeypatch.setattr(middle, "scores", lambda model, cs: np.arange(len(cs), 0, -1.0))
    assert middle.learn_weight(ids, axes, ctxs, few) == 0.0


def test_lean_moves_only_the_middle_stances() -> None:
    probs = np.array([[0.5, 0.3, 0.2], [0.2, 0.3, 0.5]])
    out = middle.lean(probs, np.array([2.0, -2.0]), [1], 0.5)
    assert np.allclose(out.sum(axis=1), 1.0)
    assert out[0, 1] > probs[0, 1] and out[1, 1] < probs[1, 1]
    # the side stances keep their ratio
    assert np.isclose(out[0, 0] / out[0, 2], probs[0, 0] / probs[0, 2])
    assert np.array_equal(middle.lean(probs, np.array([2.0, -2.0]), [1], 0.0), probs)


def test_the_file_is_what_the_build_writes() -> None:
    """``bench/middle.py`` fits deterministically, and a model fitted without a debate uses
    no word that only that debate's units use."""
    from bench.middle import fit

    def rows(texts: list[str], labels: list[int]) -> tuple:
        cues, norms = middle.cue_rows([Context(t) for t in texts])
        return cues, [set(n.split()) for n in norms], labels

    shared = (
        ["It depends on the evidence.", "We must build it.", "Not yet: wait for data."] * 4,
        [1, 0, 1] * 4,
    )
    data = [(f"d{i}", *rows(*shared)) for i in range(middle.MIN_DEBATES)]
    data.append(("only", *rows(["Zebras depend on the trams."] * 2 + ["Go."] * 2, [1, 1, 0, 0])))
    union = sorted({w for _, _, words, _ in data for ws in words for w in ws})
    first = fit(data, union)
    assert first == fit(data, union)
    used = {w for w, c in zip(union, first["word_coef"], strict=True) if c != 0.0}
    assert "zebras" not in used and "depends" in used


def test_the_gate_reads_a_bounded_share_of_a_large_projects_units(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a project with many annotated units the gate scores at most ``MAX_UNITS`` of them
    (every n-th), so training a large project does not pay for the middle model per unit."""
    seen: list[int] = []

    def scores(model: object, cs: list) -> np.ndarray:
        seen.append(len(cs))
        return np.arange(len(cs), dtype=float)

    monkeypatch.setattr(middle, "model_for", lambda stance_ids: object())
    monkeypatch.setattr(middle, "scores", scores)
    n = 3 * middle.MAX_UNITS + 1
    stances = ["unsure" if i % 3 == 0 else "yes" for i in range(n)]
    middle.learn_weight(("yes", "unsure", "no"), (1, 0, -1), [Context("s")] * n, stances)
    assert 0 < seen[0] <= middle.MAX_UNITS


def test_a_codebook_of_options_teaches_the_middle_model_nothing() -> None:
    """A debate whose stances are all on axis 0 (options, no sides: debate27, debate30)
    adds no units to the middle model's training: every one of them would be labelled
    "middle" and teach it that debate's topic words (as it did before session 18)."""
    from types import SimpleNamespace

    from bench.middle import labelled

    texts = ["A second runway is the answer.", "It depends on the evidence.", "No more flights."]
    units = [
        [SimpleNamespace(unit=True, stance=s, ctx=Context(t))]
        for s, t in zip(("runway", "regional", "none"), texts, strict=True)
    ]
    ids = ("runway", "regional", "none")
    cues, words, labels = labelled(units, (0, 0, 0), ids)
    assert (len(cues), words, labels) == (0, [], [])
    cues, words, labels = labelled(units, (1, 0, -1), ids)
    assert labels == [0, 1, 0] and len(cues) == len(words) == 3
