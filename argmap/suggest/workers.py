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
import io
import os
import pickle
import signal
import struct
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
    processes (default ``jobs()``): this one and children forked from it, each taking the
    next block not yet taken until none is left. ``fn`` must depend only on the state this
    process holds when it is called (children are forked then) and return a picklable
    result; its side effects in a child are lost. A child sends each block's result as soon
    as it has it (it holds no more than one), read here by a thread as it comes."""
    workers = jobs() if workers is None else workers
    workers = min(workers, n_blocks)
    if workers < 2 or not can_fork():
        return [fn(b) for b in range(n_blocks)]
    sys.stdout.flush()
    sys.stderr.flush()
    # the blocks to take, one 4-byte number each (all written before any is taken)
    take_end, give_end = os.pipe()
    os.write(give_end, b"".join(_BLOCK.pack(b) for b in range(n_blocks)))
    os.close(give_end)
    children: list[_Child] = []
    try:
        for _ in range(1, workers):
            read_end, write_end = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: its blocks, pickled down the pipe, then gone
                os.close(read_end)
                _child(fn, take_end, write_end)
            os.close(write_end)
            children.append(_Child(pid, read_end))
        for child in children:  # reading once every child is forked (a fork copies no thread)
            child.thread.start()
        results: dict[int, Any] = {}
        while (b := _take(take_end)) is not None:
            results[b] = fn(b)
        for child in children:
            results.update(child.results())
            if child.failure:
                warnings.warn(
                    f"an argmap worker process failed ({child.failure}); "
                    "its blocks were computed by the main process",
                    RuntimeWarning,
                    stacklevel=2,
                )
        children.clear()
        # blocks a failed child took (or never sent) are computed here
        return [results[b] if b in results else fn(b) for b in range(n_blocks)]
    finally:
        os.close(take_end)
        for child in children:  # an error here: the children are ended
            child.end()


_BLOCK = struct.Struct("<i")


def _take(take_end: int) -> int | None:
    """The next block not yet taken, or None when none is left."""
    got = os.read(take_end, _BLOCK.size)
    while got and len(got) < _BLOCK.size:  # not expected: numbers are written whole
        more = os.read(take_end, _BLOCK.size - len(got))
        if not more:
            return None
        got += more
    return _BLOCK.unpack(got)[0] if got else None


def _child(fn: Callable[[int], Any], take_end: int, write_end: int) -> None:
    """Run in a forked child: compute blocks as long as some are left, sending each result
    as ``(block, result)``, then exit without cleaning up (the parent's objects, files and
    exit handlers are the parent's)."""
    code = 1
    _IN_WORKER.append(True)  # a worker forks no workers of its own
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        with os.fdopen(write_end, "wb") as pipe:
            try:
                while (b := _take(take_end)) is not None:
                    pickle.dump((b, fn(b)), pipe, protocol=pickle.HIGHEST_PROTOCOL)
                    pipe.flush()
                code = 0
            except BaseException as err:  # said to the parent, which computes the block
                pickle.dump((-1, f"{type(err).__name__}: {err}"), pipe)
    finally:
        os._exit(code)


class _Child:
    """A forked child and what it sent, read by a thread as it comes."""

    def __init__(self, pid: int, read_end: int) -> None:
        self.pid = pid
        self.read_end = read_end
        self.received = io.BytesIO()
        self.failure = ""
        self.thread = threading.Thread(target=self._read, name="argmap-worker-reader", daemon=True)

    def _read(self) -> None:
        with contextlib.suppress(OSError):
            while data := os.read(self.read_end, 1 << 20):
                self.received.write(data)

    def results(self) -> dict[int, Any]:
        """The blocks the child sent whole, once it has ended."""
        self.thread.join()
        os.close(self.read_end)
        self.read_end = -1
        _, status = os.waitpid(self.pid, 0)
        out: dict[int, Any] = {}
        self.received.seek(0)
        with contextlib.suppress(Exception):  # a truncated last message: computed here
            while self.received.tell() < len(self.received.getbuffer()):
                b, result = pickle.load(self.received)
                if b < 0:
                    self.failure = result
                else:
                    out[b] = result
        self.received = io.BytesIO()
        code = os.waitstatus_to_exitcode(status)
        if code and not self.failure:
            self.failure = f"exit status {code}"
        return out

    def end(self) -> None:
        """Stop the child (no longer wanted) and wait for it."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        if self.read_end >= 0:
            if self.thread.is_alive():
                self.thread.join()
            with contextlib.suppress(OSError):
                os.close(self.read_end)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


def in_background(fn: Callable[[], T], workers: int | None = None) -> Callable[[], T]:
    """Start ``fn`` in a thread when there are several workers (default ``jobs()``), else
    call it now; return a function that waits for its result (raising what it raised).

    For work that releases the GIL (scikit-learn's fitting loops): it runs beside the
    caller's own. While the thread runs, ``map_blocks`` forks nothing (``can_fork``)."""
    workers = jobs() if workers is None else workers
    if workers < 2 or _IN_WORKER:
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
