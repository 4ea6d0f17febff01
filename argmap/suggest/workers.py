"""Work shared among the processor cores: blocks computed by forked worker processes.

``suggest_all`` (and the training of any large project) spends seconds on work that is
independent block by block: reading and matching the training texts, their codebook rows,
predicting and explaining groups of sentences. ``map_blocks`` computes such blocks in
``jobs()`` processes at once: this one and ``jobs() - 1`` children forked from it (they
inherit everything already computed, nothing is sent to them), each child sending its
blocks' results back pickled. The results come back in block order, and each block is the
same computation whatever the number of workers, so the output is the same byte for byte
with 1 worker or many.

``ARGMAP_JOBS`` limits the workers (``1``: none forked); by default, as many as the cores
this process may run on (``os.sched_getaffinity``). Workers are forked only where it is
safe and pays: on Linux-like systems with ``fork``, from a process running no other Python
thread (the TUI computes its suggestions in a thread: it never forks), and for at least two
blocks. A child that fails (killed, out of memory) has its blocks computed here instead.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from argmap.errors import UsageError

T = TypeVar("T")

#: The environment variable that sets how many processes share the work.
JOBS_VARIABLE = "ARGMAP_JOBS"


def available_cores() -> int:
    """The processor cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def jobs() -> int:
    """How many processes share block work: ``ARGMAP_JOBS`` if set (a whole number from 1),
    else ``available_cores()``. A bad value raises ``UsageError`` naming the variable."""
    raw = os.environ.get(JOBS_VARIABLE, "").strip()
    if not raw:
        return available_cores()
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise UsageError(
            f"{JOBS_VARIABLE}={raw!r}: expected a whole number of processes, 1 or more"
        )
    return n


def can_fork() -> bool:
    """True where forking workers is safe: ``os.fork`` exists and no other Python thread
    runs (a fork copies only the calling thread; locks held by others would stay held)."""
    return hasattr(os, "fork") and sys.platform != "win32" and threading.active_count() == 1


def map_blocks(fn: Callable[[int], T], n_blocks: int, workers: int | None = None) -> list[T]:
    """``[fn(0), fn(1), ..., fn(n_blocks - 1)]``, the blocks shared among ``workers``
    processes (default ``jobs()``): block ``b`` goes to worker ``b % workers``, worker 0
    being this process. ``fn`` must depend only on the state this process holds when it is
    called (children are forked then) and return a picklable result; its side effects in a
    child are lost."""
    workers = jobs() if workers is None else workers
    workers = min(workers, n_blocks)
    if workers < 2 or not can_fork():
        return [fn(b) for b in range(n_blocks)]
    sys.stdout.flush()
    sys.stderr.flush()
    children: list[tuple[int, int, int]] = []  # (worker, pid, read end)
    try:
        for w in range(1, workers):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: its blocks, pickled down the pipe, then gone
                os.close(read_end)
                _child(fn, range(w, n_blocks, workers), write_end)
            os.close(write_end)
            children.append((w, pid, read_end))
        results: list[Any] = [None] * n_blocks
        for b in range(0, n_blocks, workers):
            results[b] = fn(b)
        for w, pid, read_end in children:
            mine = range(w, n_blocks, workers)
            got = _collect(pid, read_end)
            if got is None or len(got) != len(mine):  # the child failed: its blocks here
                got = [fn(b) for b in mine]
            for b, result in zip(mine, got, strict=True):
                results[b] = result
        children.clear()
        return results
    finally:
        for _, pid, read_end in children:  # an error here: the children are ended
            _end(pid, read_end)


def _child(fn: Callable[[int], Any], blocks: Sequence[int], write_end: int) -> None:
    """Run in a forked child: compute ``blocks``, send them, exit without cleaning up (the
    parent's objects, files and exit handlers are the parent's)."""
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        out = [fn(b) for b in blocks]
        with os.fdopen(write_end, "wb") as pipe:
            pickle.dump(out, pipe, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _collect(pid: int, read_end: int) -> list[Any] | None:
    """The results a child sent, or None if it failed; the child is waited for."""
    got: Any = None
    try:
        with os.fdopen(read_end, "rb") as pipe:
            got = pickle.load(pipe)
    except Exception:
        got = None
    finally:
        _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0 or not isinstance(got, list):
        return None
    return got


def _end(pid: int, read_end: int) -> None:
    """Stop a child that is no longer wanted and wait for it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    with contextlib.suppress(OSError):
        os.close(read_end)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)


def in_background(fn: Callable[[], T], workers: int | None = None) -> Callable[[], T]:
    """Start ``fn`` in a thread when there are several workers (default ``jobs()``), else
    call it now; return a function that waits for its result (raising what it raised).

    For work that releases the GIL (scikit-learn's fitting loops): it runs beside the
    caller's own. While the thread runs, ``map_blocks`` forks nothing (``can_fork``)."""
    workers = jobs() if workers is None else workers
    if workers < 2:
        result = fn()
        return lambda: result
    got: list[Any] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            got.append(fn())
        except BaseException as err:
            failed.append(err)

    thread = threading.Thread(target=run, name="argmap-background", daemon=True)
    thread.start()

    def wait() -> T:
        thread.join()
        if failed:
            raise failed[0]
        return got[0]

    return wait
