"""Work shared among worker processes gives the same results, in the same order, as one
process: ``workers.map_blocks`` itself, the reading and codebook rows of many texts in
blocks, and ``suggest_all``'s groups of sentences."""

from __future__ import annotations

import os
import re
import threading
import warnings
from pathlib import Path

import numpy as np
import pytest

from argmap import store
from argmap.errors import UsageError
from argmap.suggest import features as F
from argmap.suggest import workers as W

REPO = Path(__file__).resolve().parent.parent


def test_blocks_come_back_in_order_whatever_the_number_of_workers() -> None:
    """Block ``b``'s result is at place ``b`` with 1 to 4 workers; with several, the blocks
    go in rounds: this process computes the first of each round, and a child forked for
    it each of the others (a child per block: its copied memory is one block's)."""
    here = os.getpid()

    def block(b: int) -> tuple[int, int, list[int]]:
        return b, os.getpid(), list(range(b * 3))

    for workers in (1, 2, 3, 4):
        got = W.map_blocks(block, 10, workers)
        assert [b for b, _, _ in got] == list(range(10))
        assert [data for _, _, data in got] == [list(range(b * 3)) for b in range(10)]
        if W.can_fork():  # no thread left running by another test
            assert [pid == here for _, pid, _ in got] == [b % workers == 0 for b in range(10)]
            children = [pid for _, pid, _ in got if pid != here]
            assert len(set(children)) == len(children)


def test_the_blocks_of_a_failed_worker_are_computed_here(tmp_path: Path) -> None:
    """A worker that dies (killed, out of memory) or fails loses nothing: its blocks are
    computed by the parent, with a warning saying why."""
    here = os.getpid()
    taken = tmp_path / "taken"

    def wait_for_a_worker() -> None:
        for _ in range(3000):  # at most 30 s: a worker takes a block
            if taken.exists():
                return
            threading.Event().wait(0.01)

    def dies(b: int) -> int:
        if os.getpid() != here:
            taken.touch()
            os._exit(3)
        wait_for_a_worker()
        return b * b

    def fails(b: int) -> object:
        if os.getpid() != here:
            taken.touch()
            return threading.Lock()  # a lock cannot be pickled
        wait_for_a_worker()
        return b

    if not W.can_fork():
        pytest.skip("another test left a thread running: nothing is forked")
    with pytest.warns(RuntimeWarning, match="worker process failed"):
        assert W.map_blocks(dies, 7, 3) == [b * b for b in range(7)]
    taken.unlink()
    with pytest.warns(RuntimeWarning, match="cannot pickle"):
        assert W.map_blocks(fails, 7, 2) == list(range(7))


def test_no_worker_is_forked_while_another_thread_runs() -> None:
    """The TUI computes suggestions in a thread: from there everything is computed in the
    process itself (a fork would copy only the calling thread)."""
    here = os.getpid()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        got = W.map_blocks(lambda b: os.getpid(), 4, 4)
    finally:
        stop.set()
        other.join()
    assert got == [here] * 4


def test_the_number_of_workers_comes_from_argmap_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(W.JOBS_VARIABLE, raising=False)
    assert W.jobs() == W.available_cores() >= 1
    monkeypatch.setenv(W.JOBS_VARIABLE, " 3 ")
    assert W.jobs() == 3
    for bad in ("0", "-2", "two", "1.5"):
        monkeypatch.setenv(W.JOBS_VARIABLE, bad)
        with pytest.raises(UsageError, match="ARGMAP_JOBS"):
            W.jobs()


def _texts() -> list[str]:
    """Every sentence of the seeds and the new articles, and a few awkward ones."""
    files = sorted((REPO / "seeds").glob("*.txt")) + sorted(
        (REPO / "bench" / "eval").rglob("*.txt")
    )
    lines = [ln for p in files for ln in p.read_text(encoding="utf-8").splitlines()]
    sentences = [s for ln in lines for s in re.split(r"(?<=[.!?])\s+", ln.strip()) if s]
    return [*sentences, "", "x\x00y zz", "While Washington wavers, Europe must act."]


@pytest.mark.parametrize("jobs", ["1", "3"])
def test_reading_and_rows_in_blocks_equal_all_at_once(
    jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many texts are read (normalised, split into words, patterns found) and made codebook
    rows in blocks, by 1 or 3 processes: the words are numbered, and every row and hit is
    at its place, exactly as when all the texts are read at once."""
    lexicon = F.build_lexicon(store.load_codebook(REPO / "annotations" / "codebook.json"))
    texts = _texts()
    monkeypatch.setenv(W.JOBS_VARIABLE, jobs)
    monkeypatch.setattr(F, "READ_BLOCK", 10**9)
    whole = F.read(texts, lexicon.patterns)
    whole_rows = F.codebook_rows(whole.texts, lexicon, reading=whole)
    monkeypatch.setattr(F, "READ_BLOCK", 37)
    assert len(whole.texts) > 6 * 37
    parts = F.read(texts, lexicon.patterns)
    rows = F.codebook_rows(parts.texts, lexicon, reading=parts)

    assert parts.texts == whole.texts and parts.pos == whole.pos and parts.norms == whole.norms
    assert parts.tokens.vocab == whole.tokens.vocab and parts.tokens.n_docs == whole.tokens.n_docs
    for name in ("ids", "doc"):
        a, b = getattr(parts.tokens, name), getattr(whole.tokens, name)
        assert a.dtype == b.dtype and np.array_equal(a, b)
    for name in ("stance", "conceded", "question"):
        assert np.array_equal(getattr(parts.hits, name), getattr(whole.hits, name))
    assert parts.hits.found == whole.hits.found
    for name in ("dense", "stance_prior", "question_prior", "stance_hits", "ends", "alone_like"):
        a, b = getattr(rows, name), getattr(whole_rows, name)
        assert a.dtype == b.dtype and a.tobytes() == b.tobytes(), name
    assert rows.voice.tobytes() == whole_rows.voice.tobytes()
    assert rows.found == whole_rows.found and rows.norms == whole_rows.norms
    assert rows.tokens.vocab == whole_rows.tokens.vocab


def test_suggest_all_is_the_same_with_one_worker_and_several(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``suggest_all`` in small blocks and groups (many of each), with 1 and with 3
    processes: the same suggestions, number for number and in the same order, as in one
    block and group."""
    from argmap import suggest as S
    from argmap.project import Project
    from argmap.suggest import suggestions
    from bench import distinct

    distinct.ensure(tmp_path / "p", 8, per_source=30, long_source=60)
    project = Project.open(tmp_path / "p")
    got = {}
    for jobs, block, chunk in (("1", 10**9, 10**9), ("1", 97, 45), ("3", 97, 45)):
        monkeypatch.setenv(W.JOBS_VARIABLE, jobs)
        monkeypatch.setattr(F, "READ_BLOCK", block)
        monkeypatch.setattr(suggestions, "PREDICT_CHUNK", chunk)
        S._CACHE.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a worker that failed (its blocks done here)
            got[jobs, block] = [g.to_json() for g in S.suggest_all(project)]
    assert len(got["1", 10**9]) > 4 * 45
    assert got["1", 97] == got["1", 10**9]
    assert got["3", 97] == got["1", 10**9]
