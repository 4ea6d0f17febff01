"""The debate-independent pairwise model (``argmap/suggest/pairs.py``): what it moves, and
that no debate it is measured on ever taught it."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from conftest import HELD_OUT

from argmap.project import Project
from argmap.suggest import align, pairs, sequence
from argmap.suggest.data import Context

ROOT = Path(__file__).resolve().parents[1]


def _shipped() -> dict:
    return json.loads(pairs.PATH.read_text(encoding="utf-8"))


def _names(trained_on: tuple[str, ...] | list[str]) -> set[str]:
    """The projects a model was trained on (the seeds and bench/eval are one debate:
    ``seeds+eval``)."""
    return {name for debate in trained_on for name in debate.split("+")}


def test_no_debate_is_read_by_a_pair_model_trained_on_it() -> None:
    """Every shipped project is read with the pair model trained without it (the seeds and
    bench/eval without both), and the held-out debates are in no shipped model."""
    raw = _shipped()
    assert not set(HELD_OUT) & _names(raw["all"]["trained_on"])
    for model in raw["without"].values():
        assert not set(HELD_OUT) & _names(model["trained_on"])
    folders = [("seeds", ROOT)] + [
        (f.name, f)
        for f in sorted((ROOT / "bench").glob("debate*"))
        if (f / "argmap.json").exists()
    ]
    seen = set()
    for name, folder in folders:
        model = pairs.model_for(Project.open(folder).codebook.stance_ids)
        assert model is not None
        assert name not in _names(model.trained_on), (name, model.trained_on)
        if name in _names(raw["all"]["trained_on"]):
            seen.add(name)
            assert len(model.trained_on) == len(raw["all"]["trained_on"]) - 1
    assert seen | {"eval"} == _names(raw["all"]["trained_on"])
    # a new project: the model trained on every tuning debate
    new = pairs.model_for(("lower-fees", "keep-fees"))
    assert new is not None and list(new.trained_on) == raw["all"]["trained_on"]


def _source() -> list[Context]:
    texts = [
        "The tram should be built.",
        "It would cut the traffic in the centre.",
        "Critics say the tram will never pay for itself.",
        "The city has the money.",
    ]
    return [Context(t, para_pos=i) for i, t in enumerate(texts)]


def test_a_unit_moves_an_undecided_sentence_towards_its_stance(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the reading of a sentence is nearly flat, an annotated unit whose stance the
    model says carries to it turns it (less so a sentence that reports another's view);
    with ``WEIGHT`` 0 nothing moves."""
    model = pairs.model_for(("build", "do-not-build"))
    assert model is not None
    ctxs = _source()
    probs = np.array([[0.48, 0.52], [0.45, 0.55], [0.47, 0.53]])
    args = (model, ctxs, probs, [(0, 0)], [1, 2, 3], (0.5, 0.5), np.zeros(4))
    monkeypatch.setattr(pairs, "WEIGHT", 0.0)
    assert np.allclose(pairs.transfer(*args), probs)
    monkeypatch.setattr(pairs, "WEIGHT", 0.85)
    moved = pairs.transfer(*args)
    gain = moved[:, 0] - probs[:, 0]
    assert gain[0] > 0 and gain[2] > 0  # the writer's own sentences after the unit
    assert moved[0].argmax() == 0  # the next sentence turns to the unit's stance
    assert gain[1] < gain[0]  # a reported one takes it less


def test_the_unit_stance_the_reading_rejects_carries_less() -> None:
    """The pair model trusts the reading: a unit's stance the sentence reads as unlikely is
    less likely to be the sentence's than one it reads as likely."""
    model = pairs.model_for(("build", "do-not-build"))
    assert model is not None
    ctxs = _source()
    probs = np.zeros((4, 2))
    probs[1] = [0.9, 0.1]
    probs[3] = [0.1, 0.9]
    rows = pairs.pair_rows(ctxs, probs, [(0, 0)], [1, 3], (0.5, 0.5), np.zeros(4))
    q = pairs.same_stance(model, rows)
    assert q[0, 0] > q[1, 0]


def test_nothing_annotated_leaves_the_reading_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pairwise step acts only through annotated units."""
    models = SimpleNamespace(stance_ids=("build", "do-not-build"), stance_mix=(0.5, 0.5))
    probs = np.array([[0.48, 0.52], [0.45, 0.55]])
    ctxs = _source()[:2]
    lean = sequence._alignment(models, ctxs)
    got = sequence._paired(models, ctxs, np.arange(2), probs, [None, None], lean)
    assert got is probs
    got = sequence._paired(models, ctxs, np.arange(1, 2), probs[1:], ["build", None], lean)
    assert got[0, 0] > probs[1, 0]


def test_the_build_fits_deterministically() -> None:
    from bench.pairwise import fit

    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, len(pairs.PAIR_NAMES)))
    y = (x[:, 0] + rng.normal(size=200) > 0).astype(float)
    data = [("d1", x[:100], y[:100]), ("d2", x[100:], y[100:])]
    first, again = fit(data), fit(data)
    assert first == again
    assert first["coef"][0] > 0
    assert first["trained_on"] == ["d1", "d2"]


def test_pairs_made_a_block_at_a_time_score_as_made_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A long source's pairs are made a block of targets at a time, each column
    standardised before it is spread over the pairs: each sentence's moved reading and
    each pair's P(same) are exactly those of every pair made at once, and the shared-words
    column is the share of content words the two sentences share."""
    model = pairs.model_for(("build", "do-not-build"))
    assert model is not None
    texts = [
        "The tram should be built through the centre.",
        "Critics say the tram will never repay its building costs.",
        "Building costs may rise every year in the centre, it seems.",
        "It is.",
        "However, the council's budget has the money for building it.",
        "The centre would see less traffic and cleaner streets.",
    ]
    ctxs = [Context(t, para_pos=i % 2) for i, t in enumerate(texts)]
    rng = np.random.default_rng(3)
    targets = [1, 2, 3, 5]
    probs = rng.dirichlet((1.0, 1.0), size=len(targets))
    units = [(0, 0), (4, 1)]
    lean = rng.normal(size=len(texts))
    args = (model, ctxs, probs, units, targets, (0.6, 0.4), lean)
    monkeypatch.setattr(pairs, "BLOCK_PAIRS", 10**6)
    at_once = pairs.transfer(*args)
    monkeypatch.setattr(pairs, "BLOCK_PAIRS", 1)
    assert np.array_equal(pairs.transfer(*args), at_once)
    full = np.zeros((len(texts), 2))
    full[targets] = probs
    rows = pairs.pair_rows(ctxs, full, units, targets, (0.6, 0.4), lean)
    src = pairs._source(ctxs, None)
    assert np.array_equal(
        pairs._same_stance(model, src, full, units, targets, (0.6, 0.4), lean),
        pairs.same_stance(model, rows),
    )
    norms = align.cue_rows(ctxs)[1]
    words = [{w for w in n.split() if len(w) >= pairs.MIN_WORD} for n in norms]
    hedged = pairs.PAIR_NAMES.index("sentence hedged")
    want = [float(bool(pairs.HEDGE.search(norms[i]))) for i in targets]
    assert rows[:, 0, hedged].tolist() == want == [0.0, 1.0, 0.0, 0.0]
    shared = pairs.PAIR_NAMES.index("shared words")
    for a, i in enumerate(targets):
        for b, (j, _) in enumerate(units):
            both = words[i] | words[j]
            want = len(words[i] & words[j]) / len(both) if both else 0.0
            assert rows[a, b, shared] == want
    assert rows[:, :, shared].any()
    assert rows[targets.index(3), :, shared].tolist() == [0.0, 0.0]  # "It is.": no word


def test_a_sentence_reads_only_its_nearest_units_where_a_source_has_many(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where a source has more annotated units than ``NEAREST``, each sentence is moved by
    its ``NEAREST`` units nearest in text order alone (ties: the earlier), as if they were
    the only ones (their share of stances still that of every unit); far units no longer
    count, and the reading does not depend on how the targets are blocked."""
    model = pairs.model_for(("build", "do-not-build"))
    assert model is not None
    texts = [
        "The tram should be built through the centre.",
        "Critics say the tram will never repay its building costs.",
        "Building costs may rise every year in the centre, it seems.",
        "However, the council's budget has the money for building it.",
        "The centre would see less traffic and cleaner streets.",
    ] * 4
    ctxs = [Context(t, para_pos=i % 3) for i, t in enumerate(texts)]
    rng = np.random.default_rng(5)
    units = [(0, 0), (3, 1), (7, 1), (12, 0), (18, 1)]
    targets = [i for i in range(len(texts)) if i not in {u for u, _ in units}]
    probs = rng.dirichlet((1.0, 1.0), size=len(targets))
    lean = rng.normal(size=len(texts))
    every = pairs.transfer(model, ctxs, probs, units, targets, (0.6, 0.4), lean)
    monkeypatch.setattr(pairs, "NEAREST", 2)
    near = pairs.transfer(model, ctxs, probs, units, targets, (0.6, 0.4), lean)
    assert not np.allclose(near, every)
    want = {1: [0, 1], 5: [1, 2], 10: [2, 3], 15: [3, 4], 19: [3, 4], 2: [0, 1]}
    for t, picked in want.items():
        assert pairs._nearest(units, [t], 2)[0].tolist() == picked
    # sentence 10 (units at 7 and 12 nearest): as the full rule on those two units, with
    # the share of each stance among all five units
    a = targets.index(10)
    full = np.zeros((len(texts), 2))
    full[targets] = probs
    src = pairs._source(ctxs, None)
    q = pairs._same_stance(model, src, full, units, [10], (0.6, 0.4), lean, np.array([[2, 3]]))
    logp = np.log(np.clip(probs[a], 1e-6, 1.0))
    for b, (_, c) in enumerate([units[2], units[3]]):
        pc, qc = probs[a, c], q[0, b]
        excess = np.log(qc / (1 - qc)) - np.log(pc / (1 - pc))
        logp[c] += pairs.WEIGHT * max(excess, 0.0) / 2
    want_row = np.exp(logp - logp.max())
    assert np.allclose(near[a], want_row / want_row.sum())
    monkeypatch.setattr(pairs, "BLOCK_PAIRS", 3)
    assert np.array_equal(
        pairs.transfer(model, ctxs, probs, units, targets, (0.6, 0.4), lean), near
    )
    # as many units as ``NEAREST`` or more: every unit counts, exactly as before
    monkeypatch.setattr(pairs, "NEAREST", len(units))
    assert np.array_equal(
        pairs.transfer(model, ctxs, probs, units, targets, (0.6, 0.4), lean), every
    )
