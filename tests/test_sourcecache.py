"""What each source's sentences give the last steps, kept between runs
(``argmap/suggest/sourcecache.py``): a later run suggests exactly what a run without it
does, after one more annotation too; a source edited in any way, a file damaged or
written by other code or for other stances is never served."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import argmap.suggest as S
from argmap.project import Project
from argmap.suggest import sourcecache
from argmap.suggest.data import Context, contexts
from tests.test_suggest import build


@pytest.fixture
def root(tmp_path: Path) -> Path:
    S._CACHE.clear()
    return build(tmp_path)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[sourcecache.SourceCache]:
    """Every cache a run uses, in order."""
    got: list[sourcecache.SourceCache] = []
    using = sourcecache.using

    @contextlib.contextmanager
    def spy(project: Project, prune: bool = False) -> Iterator[sourcecache.SourceCache]:
        with using(project, prune) as cache:
            got.append(cache)
            yield cache

    monkeypatch.setattr(sourcecache, "using", spy)
    return got


def fresh(root: Path) -> list[S.Suggestion]:
    """``suggest_all`` in a new process's state: no models trained, the project reopened."""
    S._CACHE.clear()
    return S.suggest_all(Project.open(root))


def uncached(root: Path, monkeypatch: pytest.MonkeyPatch) -> list[S.Suggestion]:
    """``suggest_all`` computing every source's values (no cache at all)."""
    with monkeypatch.context() as m:
        m.setattr(sourcecache, "using", lambda project, prune=False: contextlib.nullcontext())
        return fresh(root)


def files(root: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (root / sourcecache.CACHE_DIR).iterdir()}


def test_a_later_run_and_one_after_another_annotation_suggest_as_without_it(
    root: Path, made: list[sourcecache.SourceCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = uncached(root, monkeypatch)
    first = fresh(root)
    assert made[-1].served == 0 and made[-1].computed == 4  # every source has units
    assert len(files(root)) == 4
    again = fresh(root)
    assert made[-1].computed == 0 and made[-1].served == 4
    assert first == plain and again == plain
    # one more annotation: the models change, the sources' sentences do not
    project = Project.open(root, annotator="analyst")
    target = next(g for g in plain if g.source == "src1")
    project.annotate(
        "src1",
        stance=target.stance,
        questions=[project.codebook.question_ids[0]],
        sentence=target.sentence,
    )
    after = fresh(root)
    assert made[-1].computed == 0 and made[-1].served == 4
    assert after == uncached(root, monkeypatch) and after != plain


def test_a_source_edited_by_another_program_with_its_old_mtime_is_read_again(
    root: Path, made: list[sourcecache.SourceCache], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As ``git checkout`` or an editor would change it, the clock set back: the file's
    name is the hash of the source's sentences, not of its file's stat."""
    fresh(root)
    before = files(root)
    path = next((root / "seeds").glob("src2.*"))
    st = path.stat()
    path.write_text(path.read_text(encoding="utf-8") + "\nA new closing line.\n", "utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))  # older than it was
    plain = uncached(root, monkeypatch)
    got = fresh(root)
    assert made[-1].computed == 1 and made[-1].served == 3
    assert got == plain
    after = files(root)
    # src2's old file deleted (pruned), its new one written, the others untouched
    assert made[-1].pruned == 1 and len(after) == 4
    assert len(set(after) - set(before)) == 1
    assert all(after[name] == body for name, body in before.items() if name in after)


def test_a_removed_sources_file_is_deleted_by_the_next_run(
    root: Path, made: list[sourcecache.SourceCache]
) -> None:
    fresh(root)
    project = Project.open(root, annotator="tester")
    project.remove_source("src3", with_claims=True)
    fresh(root)
    assert made[-1].pruned == 1 and made[-1].computed == 0 and len(files(root)) == 3


def _ctxs() -> list[Context]:
    text = "A first line.\nTwo. Three here. Four!\nFive and five.\n"

    class Row:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end, self.text = start, end, text[start:end]

    spans = [(0, 13), (14, 18), (19, 30), (31, 36), (37, 51)]
    return contexts(text, [Row(a, b) for a, b in spans])  # type: ignore[arg-type]


def _values(n: int, seed: float) -> tuple[object, object]:
    """An alignment and a pairs ``_Source`` of ``n`` sentences (made by ``pairs``)."""
    from argmap.suggest.pairs import source_of

    ctxs = _ctxs()
    assert len(ctxs) == n
    return np.arange(n) * seed, source_of(ctxs)


def _same(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    from dataclasses import fields

    if not np.array_equal(a[0], b[0]) or a[0].dtype != b[0].dtype:
        return False
    for f in fields(a[1]):
        x, y = getattr(a[1], f.name), getattr(b[1], f.name)
        if hasattr(x, "toarray"):
            x, y = x.toarray(), y.toarray()
        if x.dtype != y.dtype or not np.array_equal(x, y):
            return False
    return True


def test_other_sentences_stances_code_or_damaged_files_are_never_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctxs = _ctxs()
    computed: list[int] = []

    def compute(seed: float = 1.5) -> tuple[object, object]:
        computed.append(1)
        return _values(len(ctxs), seed)

    def run(cs: list[Context] = ctxs, stances: tuple[str, ...] = ("for", "against")) -> tuple:  # type: ignore[type-arg]
        return sourcecache.SourceCache(tmp_path).aligned(cs, stances, compute)

    want = compute()
    assert _same(run(), want) and len(computed) == 2
    assert _same(run(), want) and len(computed) == 2  # served
    name = next(tmp_path.glob("*.bin"))
    # the same texts in another layout, or one text changed: another source
    joined = [Context(c.text, c.prev, c.next, (), c.alone, c.first, 0, c.title) for c in ctxs]
    assert sourcecache.contexts_fingerprint(joined) != sourcecache.contexts_fingerprint(ctxs)
    edited = [Context("Two!", *[getattr(ctxs[1], f) for f in Context.__slots__[1:]]), *ctxs[2:]]
    assert sourcecache.contexts_fingerprint(edited) != sourcecache.contexts_fingerprint(ctxs[1:])
    # other stance ids (other shipped models): computed, and kept in their turn
    run(stances=("yes", "no"))
    assert len(computed) == 3
    run()
    assert len(computed) == 4
    # argmap upgraded (its code changed): computed again
    monkeypatch.setattr(sourcecache, "code_fingerprint", lambda: "another version")
    run()
    assert len(computed) == 5
    monkeypatch.undo()
    run()
    assert len(computed) == 6
    # damaged: cut short, one byte changed, empty, not ours
    whole = name.read_bytes()
    flipped = bytearray(whole)
    flipped[-3] ^= 0xFF
    for damaged in (whole[: len(whole) // 2], bytes(flipped), b"", b"x" * 100):
        name.write_bytes(damaged)
        before = len(computed)
        assert _same(run(), want) and len(computed) == before + 1
        assert name.read_bytes() == whole  # written again whole
    assert _same(run(), want) and len(computed) == 6 + 4


def test_an_unwritable_folder_still_gives_the_values(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    ctxs = _ctxs()
    got = sourcecache.SourceCache(blocked / "sub").aligned(
        ctxs, ("for",), lambda: _values(len(ctxs), 2.0)
    )
    assert _same(got, _values(len(ctxs), 2.0))
