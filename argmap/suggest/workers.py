"""Work shared among the processor cores: blocks computed by forked worker processes.

``suggest_all`` (and the training of any large project) spends seconds on work that is
independent block by block: reading and matching the training texts, their codebook rows,
predicting and explaining groups of sentences. ``map_blocks`` computes such blocks in
``jobs()`` processes at once: this one and children forked from it, one per block (they
inherit everything already computed, nothing is sent to them), each sending its block's
result back pickled. The results come back in block order, and each block is the same
computation whatever the number of workers, so the output is the same byte for byte with
1 worker or many.

``ARGMAP_JOBS`` limits the workers (``1``: none forked); by default, as many as the cores
this process may run on (``os.sched_getaffinity``). Workers are forked only where it is
safe and pays: on Linux-like systems with ``fork``, from a process running no other Python
thread (the TUI computes its suggestions in a thread: it never forks), and for at least two
blocks. A child that fails (killed, out of memory) has its block computed here instead,
with a ``RuntimeWarning`` saying why.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
import warnings
from collections.abc import Callable
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
    return (
        hasattr(os, "fork")
        and sys.platform != "win32"
        and not _IN_WORKER
        and threading.active_count() == 1
    )


_IN_WORKER: list[bool] = []


def map_blocks(fn: Callable[[int], T], n_blocks: int, workers: int | None = None) -> list[T]:
    """``[fn(0), fn(1), ..., fn(n_blocks - 1)]``, the blocks shared among ``workers``
    processes (default ``jobs()``), in rounds: this process computes the first block of a
    round while each of ``workers - 1`` children forked for the round computes one of the
    next, sends it back pickled and exits. A child lives for one block: it copies only the
    memory that block touches (a long-lived one copied, page by page, everything its blocks
    had touched: 200 MB more at 1,000 sources). ``fn`` must depend only on the state this
    process holds when it is called and return a picklable result; its side effects in a
    child are lost."""
    workers = jobs() if workers is None else workers
    workers = min(workers, n_blocks)
    if workers < 2 or not can_fork():
        return [fn(b) for b in range(n_blocks)]
    results: list[Any] = [None] * n_blocks
    for first in range(0, n_blocks, workers):
        others = range(first + 1, min(n_blocks, first + workers))
        children: list[tuple[int, int, int]] = []  # (block, pid, read end)
        try:
            sys.stdout.flush()
            sys.stderr.flush()
            for b in others:
                read_end, write_end = os.pipe()
                pid = os.fork()
                if pid == 0:  # the child: its block, pickled down the pipe, then gone
                    os.close(read_end)
                    _child(fn, b, write_end)
                os.close(write_end)
                children.append((b, pid, read_end))
            results[first] = fn(first)
            while children:
                b, pid, read_end = children.pop(0)
                ok, got = _collect(pid, read_end)
                if not ok:  # the child failed: its block is computed here
                    warnings.warn(
                        f"an argmap worker process failed ({got}); "
                        "its block was computed by the main process",
                        RuntimeWarning,
                        stacklevel=2,
                    )
                    got = fn(b)
                results[b] = got
        finally:
            for _, pid, read_end in children:  # an error here: the children are ended
                _end(pid, read_end)
    return results


def _child(fn: Callable[[int], Any], block: int, write_end: int) -> None:
    """Run in a forked child: compute ``block``, send ``(True, result)`` (or ``(False,
    why)``), and exit without cleaning up (the parent's objects, files and exit handlers
    are the parent's)."""
    _IN_WORKER.append(True)  # a worker forks no workers of its own
    code = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        with os.fdopen(write_end, "wb") as pipe:
            try:
                data = pickle.dumps((True, fn(block)), protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            except BaseException as err:  # said to the parent, which computes the block
                data = pickle.dumps((False, f"{type(err).__name__}: {err}"))
            pipe.write(data)
    finally:
        os._exit(code)


def _collect(pid: int, read_end: int) -> tuple[bool, Any]:
    """``(True, result)`` from a child, or ``(False, why it failed)``; it is waited for."""
    got: Any = (False, "sent nothing")
    try:
        with os.fdopen(read_end, "rb") as pipe:
            got = pickle.load(pipe)
    except Exception as err:  # nothing or a truncated message: computed here instead
        got = (False, f"{type(err).__name__}: {err}")
    finally:
        _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code and got[0]:
        got = (False, f"exit status {code}")
    return got


def _end(pid: int, read_end: int) -> None:
    """Stop a child that is no longer wanted and wait for it."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    with contextlib.suppress(OSError):
        os.close(read_end)
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
