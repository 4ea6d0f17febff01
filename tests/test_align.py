"""The debate-independent alignment model (``argmap/suggest/align.py``): what it reads, and
that no debate it is measured on ever taught it."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from conftest import HELD_OUT

from argmap.project import Project
from argmap.suggest import align, sequence
from argmap.suggest.data import Context, contexts

ROOT = Path(__file__).resolve().parents[1]


def _shipped() -> dict:
    return json.loads(align.PATH.read_text(encoding="utf-8"))


def _debates() -> list[tuple[str, Path]]:
    """Every shipped project with annotations: the seeds and bench/debateN."""
    out = [("seeds", ROOT)]
    for folder in sorted((ROOT / "bench").glob("debate*")):
        if (folder / "argmap.json").exists():
            out.append((folder.name, folder))
    return out


def test_no_debate_is_read_by_a_model_trained_on_it() -> None:
    """``argmap evaluate`` in any shipped project (the reading in order asks ``model_for``
    with the project's stance ids) reads it with a model that never saw its units, and the
    debates held out from model work are in no shipped model at all."""
    raw = _shipped()
    assert not set(HELD_OUT) & set(raw["all"]["trained_on"])
    for model in raw["without"].values():
        assert not set(HELD_OUT) & set(model["trained_on"])
    seen = 0
    for name, folder in _debates():
        stance_ids = Project.open(folder).codebook.stance_ids
        model = align.model_for(stance_ids)
        assert model is not None
        assert name not in model.trained_on, (name, model.trained_on)
        if name in raw["all"]["trained_on"]:
            seen += 1
            # the model for a tuning debate is the one trained on all the others
            others = [d for d in raw["all"]["trained_on"] if d != name]
            assert list(model.trained_on) == others
    assert seen == len(raw["all"]["trained_on"])


def test_a_new_project_gets_the_model_trained_on_every_debate() -> None:
    model = align.model_for(("lower-fees", "keep-fees", "undecided-here"))
    assert model is not None
    assert list(model.trained_on) == _shipped()["all"]["trained_on"]


def test_reporting_another_side_reads_as_less_aligned_than_the_writers_own_line() -> None:
    """A sentence that reports what critics say, or stands before a "But", reads as less
    likely to argue its source's side than one that concludes in the writer's voice."""
    text = (
        "Critics say the tram will never pay for itself.\n"
        "But that is why we should build it now, and build it well.\n"
        "Of course, some residents have said that the works will be noisy.\n"
        "I think the city must not wait another decade.\n"
    )
    sents = []
    at = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\n")
        sents.append(SimpleNamespace(start=at, end=at + len(body), text=body))
        at += len(line)
    ctxs = contexts(text, sents)
    model = align.model_for(("build", "do-not-build"))
    assert model is not None
    lean = align.alignment(model, ctxs)
    reported, own, conceded, verdict = lean.tolist()
    assert own > reported and verdict > reported
    assert own > conceded


def test_alignment_turns_a_reported_sentence_away_from_the_source_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stance within a source = the source's side x the sentence's alignment: with the side
    said, a sentence that reads as the writer's own line moves towards it, one that reports
    the other side away from it, each from the same stance probabilities."""
    fixed = {"Critics say it fails.": -2.0, "We should do it.": 2.0}
    monkeypatch.setattr(
        align, "alignment", lambda model, ctxs, read=None: np.array([fixed[c.text] for c in ctxs])
    )
    models = SimpleNamespace(stance_ids=("for", "against"), stance_mix=(0.5, 0.5))
    ctxs = [Context("Critics say it fails."), Context("We should do it.")]
    probs = np.array([[0.55, 0.45], [0.45, 0.55]])
    got = sequence._aligned(models, ctxs, np.arange(2), probs, np.ones(2), "for")
    assert got is not None
    out, side = got
    assert side[0] > 0 > side[1]
    assert out[0, 0] < probs[0, 0]  # the reported sentence leaves the side said
    assert out[1, 0] > probs[1, 0]  # the own-voice sentence joins it
    assert out[1].argmax() == 0 and out[0].argmax() == 1
    # without a model (none shipped) nothing changes
    monkeypatch.setattr(align, "model_for", lambda stance_ids: None)
    assert sequence._aligned(models, ctxs, np.arange(2), probs, np.ones(2), "for") is None


def test_the_file_is_what_the_build_writes_from_the_same_units() -> None:
    """``bench/alignment.py`` fits deterministically, and a model fitted without a debate
    uses no word that only that debate's units use."""
    from bench.alignment import fit

    def rows(texts: list[str], labels: list[int]) -> tuple:
        ctxs = [Context(t) for t in texts]
        cues, norms = align.cue_rows(ctxs)
        return cues, [align.words_of(n) for n in norms], labels

    shared = ["critics say the plan fails", "we should act now", "but the plan works"]
    data = [
        (f"d{i}", *rows([*shared, f"only{chr(97 + i) * 3} words here"], [0, 1, 1, i % 2]))
        for i in range(align.MIN_DEBATES + 1)
    ]
    union = sorted(set().union(*(set().union(*d[2]) for d in data)))
    first, again = fit(data, union), fit(data, union)
    assert first == again
    used = {w for w, c in zip(union, first["word_coef"], strict=True) if c != 0.0}
    assert {"critics", "should", "plan"} <= used
    assert not any(w.startswith("only") for w in used)
    assert first["trained_on"] == [d[0] for d in data]


def test_the_features_reading_of_predicted_sentences_gives_the_same_alignment(
    tmp_path: Path,
) -> None:
    """``in_order`` takes the predicted sentences' normalised texts and voices from the
    features (``models.predict_read``) rather than reading them again: the same alignment
    and the same suggestions, on every source of a project with annotated sentences."""
    import argmap.suggest as S
    from argmap.suggest import models as M
    from argmap.suggest.data import reading
    from tests.test_suggest import build

    S._CACHE.clear()
    project = Project.open(build(tmp_path))
    models = S.models_for(project)
    model = align.model_for(models.stance_ids)
    assert model is not None
    for rows in reading(project, None).values():
        ctxs = [c for _, c, _, _ in rows]
        todo = [i for i, (_, _, covered, _) in enumerate(rows) if not covered]
        preds, read = M.predict_read(models, [ctxs[i] for i in todo])
        assert read is not None and len(todo) < len(ctxs)
        fast = align.alignment(model, ctxs, (todo, read.norms, read.voices))[todo]
        assert fast.tolist() == align.alignment(model, ctxs)[todo].tolist()
        mine: list[M.Prediction | None] = [None] * len(ctxs)
        for i, p in zip(todo, preds, strict=True):
            mine[i] = p
        known = [stance for *_, stance in rows]
        assert sequence.in_order(models, ctxs, mine, known, read=read) == sequence.in_order(
            models, ctxs, mine, known
        )
