"""The reading kept between runs (``argmap/suggest/readcache.py``): a later run suggests
exactly what a run without it does, reads again only what changed, and never trusts a
file of other texts, patterns or code, nor a damaged one."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import argmap.suggest as S
from argmap.project import Project
from argmap.suggest import features, readcache
from argmap.suggest.patterns import compile_patterns
from tests.test_suggest import build


@pytest.fixture
def root(tmp_path: Path) -> Path:
    S._CACHE.clear()
    return build(tmp_path)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[readcache.ReadingCache]:
    """Every cache a training uses, in order."""
    got: list[readcache.ReadingCache] = []
    using = readcache.using

    @contextlib.contextmanager
    def spy(project: Project) -> Iterator[readcache.ReadingCache]:
        with using(project) as cache:
            got.append(cache)
            yield cache

    monkeypatch.setattr(readcache, "using", spy)
    return got


def fresh(root: Path) -> list[S.Suggestion]:
    """``suggest_all`` in a new process's state: no models trained, the project reopened."""
    S._CACHE.clear()
    return S.suggest_all(Project.open(root))


def uncached(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[S.Suggestion]:
    """``suggest_all`` reading every sentence (no cache at all)."""
    with monkeypatch.context() as m:
        m.setattr(readcache, "using", lambda project: contextlib.nullcontext())
        return fresh(root)


def test_a_later_run_reads_nothing_again_and_suggests_the_same(
    root: Path, made: list[readcache.ReadingCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = uncached(root, monkeypatch)
    first = fresh(root)
    assert made[-1].served == 0 and made[-1].computed > 0
    assert len(list((root / readcache.CACHE_DIR).glob("*.bin"))) == 4  # one per source
    again = fresh(root)
    assert made[-1].computed == 0 and made[-1].served == made[0].computed
    assert first == plain and again == plain


def test_an_edited_source_alone_is_read_again(
    root: Path, made: list[readcache.ReadingCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh(root)
    path = next((root / "seeds").glob("src2.*"))
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing line.\n", "utf-8")
    plain = uncached(root, monkeypatch)
    got = fresh(root)
    opened = Project.open(root)
    texts = {sid: [s.text for s in doc.sentences] for sid, doc in opened.sources.items()}
    others = {t for sid, ts in texts.items() if sid != "src2" for t in ts}
    # src2's file is stale; its sentences that other sources hold are served from theirs
    assert made[-1].computed == len(set(texts["src2"]) - others) > 0
    assert made[-1].served == len(others)
    assert got == plain
    assert fresh(root) == plain and made[-1].computed == 0  # and kept in its turn
    # in the same file: one per source still
    assert sorted(p.name for p in (root / readcache.CACHE_DIR).iterdir()) == [
        f"src{i}.bin" for i in range(4)
    ]


def test_a_removed_sources_file_is_deleted_by_the_next_training(
    root: Path, made: list[readcache.ReadingCache]
) -> None:
    fresh(root)
    folder = root / readcache.CACHE_DIR
    kept = {p.name: p.read_bytes() for p in folder.glob("*.bin")}
    project = Project.open(root, annotator="tester")
    project.remove_source("src3", with_claims=True)
    assert (folder / "src3.bin").exists()  # removing reads no suggestion
    fresh(root)
    assert made[-1].pruned == 1 and made[-1].computed == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        name: body for name, body in kept.items() if name != "src3.bin"
    }
    project = Project.open(root, annotator="tester")
    project.restore_source("src3")
    fresh(root)  # back: read and kept again
    assert made[-1].pruned == 0 and made[-1].computed > 0 and (folder / "src3.bin").exists()
    fresh(root)
    assert made[-1].computed == 0


def _reading(cache: readcache.ReadingCache | None, texts: list[str], patterns) -> tuple:  # type: ignore[no-untyped-def]
    """What ``features.read`` gives (and the shape and voices) with ``cache`` (or none)."""
    with readcache.activated(cache) if cache else contextlib.nullcontext():
        r = features.read(texts, patterns)
    shape = features._shape(r.texts) if r.shape is None else r.shape
    voice = features._voice_columns(r.norms, r.tokens) if r.voice is None else r.voice
    return (
        r.texts,
        r.norms,
        r.tokens.vocab,
        r.tokens.ids.tolist(),
        r.hits.stance.tolist(),
        r.hits.conceded.tolist(),
        r.hits.question.tolist(),
        r.hits.found,
        shape.tolist(),
        voice.tolist(),
    )


def test_other_patterns_code_or_sentences_are_never_served(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = Project.open(root)
    sources = {sid: [s.text for s in doc.sentences] for sid, doc in project.sources.items()}
    texts = [t for ts in sources.values() for t in ts]
    folder = root / readcache.CACHE_DIR
    patterns = compile_patterns(project.codebook)
    want = _reading(None, texts, patterns)

    def run(srcs: dict[str, list[str]], pats=patterns) -> readcache.ReadingCache:  # type: ignore[no-untyped-def]
        cache = readcache.ReadingCache(folder, srcs)
        assert _reading(cache, [t for ts in srcs.values() for t in ts], pats) == _reading(
            None, [t for ts in srcs.values() for t in ts], pats
        )
        return cache

    assert run(sources).computed == len(set(texts))
    assert run(sources).computed == 0
    assert _reading(readcache.ReadingCache(folder, sources), texts, patterns) == want
    # the codebook's patterns changed: nothing served (and kept for them in its turn)
    other = S.with_pattern(project.codebook, "stance", project.codebook.stance_ids[0], "slogan")
    assert run(sources, compile_patterns(other)).served == 0
    assert run(sources).served == 0  # the first patterns' files were rewritten
    # the reader splits a source otherwise: that source is read again
    split = dict(sources, src1=[" ".join(sources["src1"][:2]), *sources["src1"][2:]])
    others = {t for sid, ts in sources.items() if sid != "src1" for t in ts}
    again = run(split)
    assert again.served == len(others) and again.computed == len(set(split["src1"]) - others)
    # argmap upgraded (its code changed): everything is read again
    run(sources)
    monkeypatch.setattr(readcache, "code_fingerprint", lambda: "another version")
    assert run(sources).served == 0


def test_a_damaged_file_is_ignored_and_written_again(root: Path) -> None:
    project = Project.open(root)
    sources = {sid: [s.text for s in doc.sentences] for sid, doc in project.sources.items()}
    texts = [t for ts in sources.values() for t in ts]
    folder = root / readcache.CACHE_DIR
    patterns = compile_patterns(project.codebook)
    want = _reading(None, texts, patterns)
    assert _reading(readcache.ReadingCache(folder, sources), texts, patterns) == want
    whole = (folder / "src0.bin").read_bytes()
    (folder / "src0.bin").write_bytes(whole[: len(whole) // 2])  # cut short
    body = bytearray((folder / "src1.bin").read_bytes())
    body[-5] ^= 0xFF  # one byte changed
    (folder / "src1.bin").write_bytes(bytes(body))
    (folder / "src2.bin").write_bytes(b"")
    cache = readcache.ReadingCache(folder, sources)
    assert _reading(cache, texts, patterns) == want
    damaged = {t for s in ("src0", "src1", "src2") for t in sources[s]}
    assert cache.computed == len(damaged - set(sources["src3"])) > 0
    again = readcache.ReadingCache(folder, sources)
    assert _reading(again, texts, patterns) == want and again.computed == 0


def test_kept_readings_equal_fresh_ones_row_by_row(root: Path) -> None:
    """The arrays a file gives back are the ones written (types, shapes, values)."""
    project = Project.open(root)
    sources = {sid: [s.text for s in doc.sentences] for sid, doc in project.sources.items()}
    folder = root / readcache.CACHE_DIR
    patterns = compile_patterns(project.codebook)
    readcache.ReadingCache(folder, sources).stored(patterns)
    texts = [t for ts in sources.values() for t in ts]
    with readcache.activated(readcache.ReadingCache(folder, sources)):
        features.read(texts, patterns)
    kept = readcache.ReadingCache(folder, sources).stored(patterns)
    plain = features.read(texts, patterns)
    rows = [kept.index[t] for t in plain.texts]
    assert kept.stance.dtype == plain.hits.stance.dtype
    assert np.array_equal(kept.stance[rows], plain.hits.stance)
    assert np.array_equal(kept.question[rows], plain.hits.question)
    assert np.array_equal(kept.shape[rows], features._shape(plain.texts))
    assert kept.voice.dtype == np.float32
    assert np.array_equal(kept.voice[rows], features._voice_columns(plain.norms, plain.tokens))
