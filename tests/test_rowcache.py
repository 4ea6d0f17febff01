"""The codebook's columns kept between runs (``argmap/suggest/rowcache.py``): the rows a
training featurises are those computed afresh (the stance prior of a sentence with a
stance pattern following the leans learnt now), after an edit or one more annotation too;
a file of other texts, codebook or code, or a damaged one, is never served."""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pytest

import argmap.suggest as S
from argmap.project import Project
from argmap.suggest import features, readcache, rowcache
from tests.test_suggest import build


@pytest.fixture
def root(tmp_path: Path) -> Path:
    S._CACHE.clear()
    return build(tmp_path)


def _sources(root: Path) -> dict[str, list[str]]:
    project = Project.open(root)
    return {sid: [s.text for s in doc.sentences] for sid, doc in project.sources.items()}


def _rows(
    root: Path, sources: dict[str, list[str]], lexicon: features.Lexicon, cached: bool
) -> features.Rows:
    """The rows of every text of ``sources``, as a training makes them (with or without
    the kept files)."""
    texts = [t for ts in sources.values() for t in ts]
    cache = readcache.ReadingCache(root / readcache.CACHE_DIR, sources, list(sources))
    with readcache.activated(cache) if cached else contextlib.nullcontext():
        reading = features.read(texts, lexicon.patterns)
        if cached:
            return rowcache.codebook_rows(reading, lexicon)
        return features.codebook_rows(reading.texts, lexicon, reading=reading)


def _same(a: features.Rows, b: features.Rows) -> None:
    for name in ("dense", "stance_prior", "question_prior", "stance_hits", "ends", "alone_like"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and x.shape == y.shape, name
        assert np.array_equal(x, y), name
    assert a.norms == b.norms and a.found == b.found
    assert np.array_equal(a.voice, b.voice)


def _files(root: Path) -> dict[str, bytes]:
    folder = root / rowcache.CACHE_DIR
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def test_kept_columns_are_the_computed_ones_with_any_learnt_leans(root: Path) -> None:
    sources = _sources(root)
    project = Project.open(root)
    # a stance pattern that some sentences hold (a word of the first source's first one)
    word = max(sources["src0"][0].split(), key=len).strip(".,;:").lower()
    codebook = S.with_pattern(project.codebook, "stance", project.codebook.stance_ids[0], word)
    plain = features.build_lexicon(codebook)
    want = _rows(root, sources, plain, cached=False)
    _same(_rows(root, sources, plain, cached=True), want)  # written
    assert sorted(_files(root)) == [f"src{i}.bin" for i in range(4)]
    kept = _files(root)
    _same(_rows(root, sources, plain, cached=True), want)  # served
    assert _files(root) == kept
    # the leans learnt from the units: every pattern leans the other way (the priors of
    # the sentences with a stance pattern change; the files stay as written)
    ids = plain.stance_ids
    found = {key for f in want.found for key in f if key[0] in ids}
    assert found  # the fixture's sentences hold the codebook's patterns
    flipped = {key: tuple(float(s != key[0]) for s in ids) for key in found}
    leaning = features.Lexicon(**{**plain.__dict__, "pattern_lean": flipped})
    fresh = _rows(root, sources, leaning, cached=False)
    assert not np.array_equal(fresh.stance_prior, want.stance_prior)
    _same(_rows(root, sources, leaning, cached=True), fresh)
    assert _files(root) == kept


def test_another_codebook_code_or_text_and_damaged_files_are_not_served(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = _sources(root)
    project = Project.open(root)
    lexicon = features.build_lexicon(project.codebook)
    _rows(root, sources, lexicon, cached=True)
    kept = _files(root)
    # another hedge cue: another codebook; every file written again
    other = project.codebook.model_copy(
        update={"hedge_cues": (*project.codebook.hedge_cues, "as it were")}
    )
    assert rowcache.lexicon_fingerprint(features.build_lexicon(other)) != (
        rowcache.lexicon_fingerprint(lexicon)
    )
    other_lex = features.build_lexicon(other)
    _same(_rows(root, sources, other_lex, cached=True), _rows(root, sources, other_lex, False))
    assert all(_files(root)[name] != body for name, body in kept.items())
    _rows(root, sources, lexicon, cached=True)
    assert _files(root) == kept
    # argmap upgraded: written again for the new code
    monkeypatch.setattr(rowcache, "code_fingerprint", lambda: "another version")
    _rows(root, sources, lexicon, cached=True)
    assert all(_files(root)[name] != body for name, body in kept.items())
    monkeypatch.undo()
    _rows(root, sources, lexicon, cached=True)
    assert _files(root) == kept
    # one source edited (its texts, whatever its files' dates say): that file alone
    edited = dict(sources, src1=[*sources["src1"][:-1], sources["src1"][-1] + " Indeed."])
    _same(_rows(root, edited, lexicon, cached=True), _rows(root, edited, lexicon, False))
    now = _files(root)
    assert now["src1.bin"] != kept["src1.bin"]
    assert all(now[name] == body for name, body in kept.items() if name != "src1.bin")
    _rows(root, sources, lexicon, cached=True)
    # damaged: cut short, one byte changed, empty: ignored and written again whole
    folder = root / rowcache.CACHE_DIR
    whole = kept["src0.bin"]
    flipped = bytearray(whole)
    flipped[-3] ^= 0xFF
    want = _rows(root, sources, lexicon, cached=False)
    for damaged in (whole[: len(whole) // 2], bytes(flipped), b""):
        (folder / "src0.bin").write_bytes(damaged)
        _same(_rows(root, sources, lexicon, cached=True), want)
        assert (folder / "src0.bin").read_bytes() == whole


def test_suggestions_with_the_kept_columns_are_those_without(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fresh() -> list[S.Suggestion]:
        S._CACHE.clear()
        return S.suggest_all(Project.open(root))

    with monkeypatch.context() as m:
        m.setattr(
            rowcache,
            "codebook_rows",
            lambda reading, lexicon: features.codebook_rows(
                reading.texts, lexicon, reading=reading
            ),
        )
        plain = fresh()
    assert fresh() == plain and len(_files(root)) == 4
    assert fresh() == plain  # served
    project = Project.open(root, annotator="tester")
    project.remove_source("src3", with_claims=True)
    got = fresh()
    assert sorted(_files(root)) == [f"src{i}.bin" for i in range(3)]  # src3's deleted
    with monkeypatch.context() as m:
        m.setattr(
            rowcache,
            "codebook_rows",
            lambda reading, lexicon: features.codebook_rows(
                reading.texts, lexicon, reading=reading
            ),
        )
        assert got == fresh()
