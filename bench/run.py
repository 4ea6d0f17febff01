"""argmap benchmark: what users wait for, on distinct text, at 1,000 and 5,000 sources.

Usage (from the repo root)::

    python -m bench.run                          # 1,000 sources, distinct text, 3 runs each
    python -m bench.run --scales 1000 5000       # both scales of the README table
    python -m bench.run --corpus resampled       # the older resampled-sentences corpus
    python -m bench.run --rows matrix_json annotate --repeat 5
    python -m bench.run --scales 100 --repeat 1  # a quick look

Every row is a whole process, timed from launch to exit: the ``argmap`` command itself
(``python -m argmap ...``) or, for the TUI and ``suggest_all``, a fresh interpreter that
imports what it needs and ends as the TUI's or the command's process does (no teardown,
where the measured checkout has ``tui.app.leave`` / ``cli.leave``). Each row reports the median wall time of ``--repeat`` runs, the CPU
time (user + system, from ``wait4``) and the median peak resident memory: of the process
and any processes it starts, together (``TreeMemory``). Before the rows
of a project, one untimed ``argmap validate`` and ``argmap sources`` fill argmap's caches,
as any earlier use would have, and Python's bytecode cache of the measured checkout (its
``__pycache__`` directories, as an installed package has them: ``PYTHONDONTWRITEBYTECODE``
is removed from the children's environment).

The corpora are generated once and kept under ``bench/out/`` (git-ignored):
``distinct-N`` (an order-2 word Markov chain over the seeds, nearly every sentence distinct,
see ``bench/distinct.py``) and ``resampled-N`` (the seeds' sentences resampled, so per-text
caches hit; ``bench/synth.py``). Results are saved to ``bench/out/results-<corpus>.json``
and printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
#: What ``argmap.suggest.readcache`` keeps, under a project.
READING_CACHE = Path(".argmap-cache") / "reading-v1"
#: Where each checkout's suggest caches are set aside while another's run (``Bench._own_caches``).
STASH = Path(".argmap-cache") / "bench-stash"
#: Every folder the suggestions keep between runs (a first run finds none of them):
#: ``readcache``'s, ``rowcache``'s, ``sourcecache``'s and ``resultcache``'s.
SUGGEST_CACHES = (
    READING_CACHE,
    Path(".argmap-cache") / "rows-v1",
    Path(".argmap-cache") / "source-v1",
    Path(".argmap-cache") / "suggest-v1",
)
PY = sys.executable
ARGMAP = [PY, "-m", "argmap"]
EDITOR = "benchedit"  # the annotator of the benchmark's own edits, undone afterwards

# Bare json.loads of the files `argmap validate` reads: the ceiling of the validate row.
BARE_LOAD = """
import json, sys
from pathlib import Path
root = Path(sys.argv[1])
for p in sorted((root / "annotations").glob("*.jsonl")):
    for line in p.read_text(encoding="utf-8").splitlines():
        json.loads(line)
for p in sorted((root / "seeds").glob("*.meta.json")):
    json.loads(p.read_text(encoding="utf-8"))
for p in sorted((root / "seeds").glob("*.txt")):
    p.read_text(encoding="utf-8")
json.loads((root / "annotations" / "codebook.json").read_text(encoding="utf-8"))
json.loads((root / "argmap.json").read_text(encoding="utf-8"))
"""


@dataclass(frozen=True)
class Target:
    """A row's ceiling: absolute seconds, or a factor of / offset from a bare-Python run."""

    seconds: float | None = None
    factor: float | None = None  # of the ceiling run's time
    offset: float | None = None  # above the ceiling run's time
    rss_mb: float | None = None

    def limit(self, ceiling: float | None) -> float | None:
        if self.seconds is not None:
            return self.seconds
        if ceiling is None:
            return None
        return ceiling * self.factor if self.factor is not None else ceiling + (self.offset or 0)

    def text(self) -> str:
        out = []
        if self.seconds is not None:
            out.append(f"≤ {_fmt_time(self.seconds)}")
        if self.factor is not None:
            out.append(f"≤ {self.factor:g}× ceiling")
        if self.offset is not None:
            out.append(f"≤ ceiling + {_fmt_time(self.offset)}")
        if self.rss_mb is not None:
            out.append(f"≤ {self.rss_mb:,.0f} MB")
        return ", ".join(out)


# Targets of issue 17, at 1,000 sources; where the issue names one at 5,000, that one too.
TARGETS: dict[str, dict[int, Target]] = {
    "help": {0: Target(offset=0.15)},
    "usage_error": {0: Target(offset=0.15)},
    "matrix_json": {1000: Target(0.8)},
    "validate": {0: Target(factor=2.0)},
    "sources": {1000: Target(0.8)},
    "claims_json": {1000: Target(1.0)},
    "annotate": {0: Target(0.3)},
    "add": {1000: Target(0.6)},
    "export_markdown": {1000: Target(2.0)},
    "suggest_all": {1000: Target(10.0, rss_mb=500), 5000: Target(60.0, rss_mb=2000)},
    "suggest_again": {1000: Target(10.0, rss_mb=500), 5000: Target(60.0, rss_mb=2000)},
    "suggest_annotated": {1000: Target(10.0, rss_mb=500), 5000: Target(60.0, rss_mb=2000)},
    "tui_start": {1000: Target(1.0), 5000: Target(3.0)},
    "tui_key_matrix": {0: Target(0.016)},
    "tui_key_reader": {0: Target(0.016)},
    "tui_quit": {0: Target(0.3)},
    "tui_reader_open": {1000: Target(1.0), 5000: Target(2.0)},
    "tui_search": {0: Target(0.25)},
}


def target_for(row: str, scale: int) -> Target | None:
    """The row's target at ``scale`` (0 = at every scale)."""
    by_scale = TARGETS.get(row, {})
    return by_scale.get(scale) or by_scale.get(0)


# --------------------------------------------------------------------------- running


LAST_CPU = [0.0]
LAST_TREE: list[TreeMemory | None] = [None]
CODE = [REPO]  # where the measured argmap is imported from (--code, for before/after runs)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(CODE[0])
    env.pop("ARGMAP_ANNOTATOR", None)
    # argmap as installed: its modules compiled once to __pycache__ (git-ignored), as pip
    # does at install time, not compiled again in every run (this machine's environment
    # sets PYTHONDONTWRITEBYTECODE, which cost every command ~70 ms of compiling).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["NO_COLOR"] = "1"
    return env


#: How often the memory of a process tree is read (``TreeMemory``), in seconds.
TREE_POLL = 0.05


class TreeMemory:
    """The peak memory of a process and the processes it starts (argmap itself runs in one;
    a child process would count here), read from ``/proc/PID/smaps_rollup`` every
    ``TREE_POLL`` seconds while it runs.

    ``peak_mb``: the largest sum, at one reading, of the process's resident memory and the
    memory of each descendant that is its own (``Private_Clean + Private_Dirty``: the pages
    a forked child shares with its parent are counted once, in the parent). ``peak_pss_mb``:
    the largest sum of their proportional set sizes (``Pss``). ``ru_maxrss`` alone would
    report only the largest single process. Linux only; elsewhere nothing is read."""

    def __init__(self, pid: int) -> None:
        import threading

        self.pid = pid
        self.peak_mb = 0.0
        self.peak_pss_mb = 0.0
        self.most_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        if Path(f"/proc/{pid}/smaps_rollup").exists():
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _watch(self) -> None:
        while not self._stop.is_set():
            self.read()
            self._stop.wait(TREE_POLL)

    def read(self) -> None:
        """One reading of the tree (processes that end meanwhile are skipped)."""
        pids = [self.pid]
        for pid in pids:  # grows as children are found
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                try:
                    pids += [int(c) for c in task.read_text().split()]
                except OSError:
                    continue
        own = pss = 0.0
        for k, pid in enumerate(pids):
            try:
                fields = _smaps_rollup(pid)
            except OSError:
                continue
            own += fields["Rss"] if k == 0 else fields["Private_Clean"] + fields["Private_Dirty"]
            pss += fields["Pss"]
        self.peak_mb = max(self.peak_mb, own / 1024)
        self.peak_pss_mb = max(self.peak_pss_mb, pss / 1024)
        self.most_processes = max(self.most_processes, len(pids))


def _smaps_rollup(pid: int) -> dict[str, float]:
    """The kB fields of ``/proc/PID/smaps_rollup``."""
    out = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[-1] == "kB":
            out[key] = float(parts[0])
    return out


def spawn(cmd: list[str], *, expect: int = 0, stdout: int | None = None) -> tuple[float, float]:
    """Run ``cmd`` to the end: its wall time in seconds and peak resident memory in MB (of
    the process and its child processes together: ``TreeMemory``).

    The CPU time (user + system) of the process and of its children is kept in ``LAST_CPU``:
    on a shared machine the wall time includes waiting for a core, the CPU time does not.
    ``LAST_TREE`` keeps the tree's readings (``TreeMemory``).
    """
    with tempfile.TemporaryFile() as errors:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            cmd,
            cwd=OUT,  # not the repo: argmap must come from CODE
            env=_env(),
            stdout=subprocess.DEVNULL if stdout is None else stdout,
            stderr=errors,
        )
        tree = TreeMemory(proc.pid)
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            tree.stop()
        seconds = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read().decode(errors="replace")
    LAST_CPU[0] = usage.ru_utime + usage.ru_stime
    LAST_TREE[0] = tree
    if proc.returncode != expect:
        last = (err.strip().splitlines() or ["(no output)"])[-1]
        raise RuntimeError(f"{' '.join(cmd[2:])}: exit {proc.returncode}: {last}")
    return seconds, max(usage.ru_maxrss / 1024, tree.peak_mb)


def child(name: str, project: Path) -> dict:
    """Run an in-interpreter case in a fresh process; its JSON result plus wall and RSS."""
    out = OUT / f".child-{os.getpid()}.json"
    script = str(REPO / "bench" / "run.py")
    cmd = [PY, script, "--child", name, str(project), str(out), repr(time.time())]
    seconds, rss = spawn(cmd)
    ended = time.time()
    result = json.loads(out.read_text())
    out.unlink()
    return {"wall": seconds, "rss": rss, "ended": ended, **result}


def _stash_name(code: Path) -> str:
    """A checkout's folder name under ``STASH``."""
    return hashlib.blake2b(str(code).encode(), digest_size=8).hexdigest()


class Bench:
    """The rows of one project, each a callable returning one run's measurement."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.runs = 0
        self.warmed: set[Path] = set()  # checkouts whose suggest caches are kept
        self.caches_of: Path | None = None  # whose suggest caches are in place
        counts = json.loads((project / "bench-counts.json").read_text())
        self.sources = counts["sources"]

    def argmap(self, *args: str, expect: int = 0) -> dict:
        seconds, rss = spawn([*ARGMAP, *args, "--project", str(self.project)], expect=expect)
        return {"seconds": seconds, "rss": rss, "cpu": LAST_CPU[0]}

    # ------------------------------------------------------------------ rows

    def row_help(self) -> dict:
        seconds, rss = spawn([*ARGMAP, "--help"])
        cpu = LAST_CPU[0]
        return {"seconds": seconds, "rss": rss, "cpu": cpu, "ceiling": spawn([PY, "-c", "pass"])[0]}

    def row_usage_error(self) -> dict:
        seconds, rss = spawn([*ARGMAP, "matrix", "--no-such-option"], expect=2)
        cpu = LAST_CPU[0]
        return {"seconds": seconds, "rss": rss, "cpu": cpu, "ceiling": spawn([PY, "-c", "pass"])[0]}

    def row_matrix_json(self) -> dict:
        return self.argmap("matrix", "--json")

    def row_validate(self) -> dict:
        out = self.argmap("validate")
        out["ceiling"] = spawn([PY, "-c", BARE_LOAD, str(self.project)])[0]
        return out

    def row_sources(self) -> dict:
        return self.argmap("sources")

    def row_claims_json(self) -> dict:
        return self.argmap("claims", "--json")

    def row_annotate(self) -> dict:
        """One new claim on a sentence of a source in the middle of the project."""
        self.runs += 1
        source = f"s{self.sources // 2:05d}"
        return self.argmap(
            "annotate",
            source,
            "--sentence",
            f"s{10 + self.runs:04d}",
            "--stance",
            self.codebook_first("stances"),
            "-q",
            self.codebook_first("questions"),
            "--annotator",
            EDITOR,
        )

    def row_add(self) -> dict:
        """Adding one new ~100-sentence article of distinct text (segmented on the way)."""
        self.runs += 1
        article = self.project / "bench-articles" / f"article-{self.runs % 5}.txt"
        out = self.argmap("add", str(article), "--id", f"benchadd-{self.runs}")
        self._undo_add(f"benchadd-{self.runs}", article)
        return out

    def row_export_markdown(self) -> dict:
        return self.argmap("export", "--format", "markdown")

    def row_export_graphml(self) -> dict:
        return self.argmap("export", "--format", "graphml")

    def row_suggest_all(self) -> dict:
        """The first run: nothing kept of an earlier one (``SUGGEST_CACHES``)."""
        for folder in (*SUGGEST_CACHES, STASH):
            shutil.rmtree(self.project / folder, ignore_errors=True)
        self.warmed.clear()
        self.caches_of = None
        return self._suggest_all()

    def row_suggest_again(self) -> dict:
        """A later run over the same texts: what an earlier run read of them kept
        (``_warm`` first)."""
        self._warm()
        return self._suggest_all()

    def row_suggest_annotated(self) -> dict:
        """The run a user waits for as they annotate: one more claim (a sentence of the
        source in the middle of the project, by the benchmark's annotator, untimed) since
        the run before (``_warm`` first)."""
        self._warm()
        self.runs += 1
        self.argmap(
            "annotate",
            f"s{self.sources // 2:05d}",
            "--sentence",
            f"s{50 + self.runs:04d}",
            "--stance",
            self.codebook_first("stances"),
            "-q",
            self.codebook_first("questions"),
            "--annotator",
            EDITOR,
        )
        return self._suggest_all()

    def _warm(self) -> None:
        """One untimed ``suggest_all`` by the checkout measured now unless what it keeps
        between runs is in place (it ran since the caches were last removed): the timed
        run then finds them as a user's earlier run left them."""
        if CODE[0] not in self.warmed:
            self._suggest_all()

    def _own_caches(self) -> None:
        """Put in place the suggest caches of the checkout measured now, the others' set
        aside (``STASH``): checkouts whose code differs would each find the other's files
        stale and read everything again, and a warm row would measure a cold run."""
        code = CODE[0]
        if self.caches_of == code:
            return
        stash = self.project / STASH
        if self.caches_of is not None:
            mine = stash / _stash_name(self.caches_of)
            for folder in SUGGEST_CACHES:
                if (self.project / folder).exists():
                    mine.mkdir(parents=True, exist_ok=True)
                    os.replace(self.project / folder, mine / folder.name)
        for folder in SUGGEST_CACHES:
            kept = stash / _stash_name(code) / folder.name
            shutil.rmtree(self.project / folder, ignore_errors=True)
            if kept.exists():
                os.replace(kept, self.project / folder)
        self.caches_of = code

    def _suggest_all(self) -> dict:
        self._own_caches()
        r = child("suggest_all", self.project)
        self.warmed.add(CODE[0])
        tree = LAST_TREE[0]
        return {
            "seconds": r["wall"],
            "rss": r["rss"],
            "cpu": LAST_CPU[0],
            "items": r["items"],
            "pss": tree.peak_pss_mb if tree else None,
            "processes": tree.most_processes if tree else 1,
        }

    def row_tui_start(self) -> dict:
        r = child("tui_start", self.project)
        return {"seconds": r["seconds"], "rss": r["rss"], "cpu": LAST_CPU[0]}

    def row_tui_quit(self) -> dict:
        """ctrl+q on the matrix to the end of the process (app shut down, interpreter gone)."""
        r = child("tui_quit", self.project)
        return {"seconds": r["ended"] - r["quit_pressed"], "rss": r["rss"]}

    def row_tui_key_matrix(self) -> dict:
        r = child("tui_key_matrix", self.project)
        return {"seconds": r["p90"], "median": r["seconds"], "rss": r["rss"]}

    def row_tui_key_reader(self) -> dict:
        r = child("tui_key_reader", self.project)
        return {"seconds": r["p90"], "median": r["seconds"], "rss": r["rss"]}

    def row_tui_reader_open(self) -> dict:
        r = child("tui_reader_open", self.project)
        return {"seconds": r["seconds"], "rss": r["rss"]}

    def row_tui_search(self) -> dict:
        """The slowest key of a word typed in the search until its hits are drawn."""
        r = child("tui_search", self.project)
        return {"seconds": r["seconds"], "median": r["median"], "rss": r["rss"]}

    # ------------------------------------------------------------------ helpers

    def codebook_first(self, key: str) -> str:
        data = json.loads((self.project / "annotations" / "codebook.json").read_text())
        return data[key][0]["id"]

    def _undo_add(self, sid: str, article: Path) -> None:
        from argmap.corpus import read_source_text, text_sha256

        for suffix in (".txt", ".meta.json"):
            (self.project / "seeds" / f"{sid}{suffix}").unlink(missing_ok=True)
        sha = text_sha256(read_source_text(article))
        for cached in (self.project / ".argmap-cache").rglob(f"*{sha}*"):
            cached.unlink()


ROWS: dict[str, str] = {
    "help": "`argmap --help` (ceiling: bare `python -c pass`)",
    "usage_error": "`argmap matrix --no-such-option` (ceiling: bare Python)",
    "matrix_json": "`argmap matrix --json`",
    "validate": "`argmap validate` (ceiling: bare `json.loads` of the same files)",
    "sources": "`argmap sources`",
    "claims_json": "`argmap claims --json`",
    "annotate": "one `argmap annotate` (new claim)",
    "add": "one `argmap add` (100-sentence article)",
    "export_markdown": "`argmap export --format markdown`",
    "export_graphml": "`argmap export --format graphml` (no target; issue 15's leftover)",
    "suggest_all": "suggest: train + every unannotated sentence (`suggest.suggest_all`)",
    "suggest_again": "the same, again (nothing changed: the last suggestions read back)",
    "suggest_annotated": "the same, after one more annotation (what the run before kept)",
    "tui_start": "TUI launch → interactive matrix",
    "tui_key_matrix": "TUI key in the matrix, p90 (arrows, PageDown)",
    "tui_key_reader": "TUI key in the reader of the long source, p90",
    "tui_quit": "TUI quit: ctrl+q → process ended",
    "tui_reader_open": "TUI reader opened on the long source → first frame",
    "tui_search": "TUI search: a word typed, slowest key → its hits drawn",
}


def measure_row(bench: Bench, name: str, repeat: int, codes: list[Path]) -> list[dict]:
    """Median of ``repeat`` runs of one row for each checkout in ``codes``.

    The checkouts take turns run by run, so that they share the machine's load alike.
    An error is reported in the row, not raised.
    """
    func: Callable[[], dict] = getattr(bench, f"row_{name}")
    runs: list[list[dict]] = [[] for _ in codes]
    errors: list[str | None] = [None for _ in codes]
    for _ in range(repeat):
        for i, code in enumerate(codes):
            if errors[i] is not None:
                continue
            CODE[0] = code
            try:
                runs[i].append(func())
            except Exception as err:  # a failing row is reported in the table, not fatal
                errors[i] = str(err)[:200]
    out = []
    for mine, error in zip(runs, errors, strict=True):
        if error is not None:
            out.append({"error": error})
            continue
        row: dict = {"runs": len(mine), "all_seconds": [round(r["seconds"], 4) for r in mine]}
        for key in ("seconds", "ceiling", "rss", "median", "cpu", "pss", "processes"):
            if mine[0].get(key) is not None:
                row[key] = statistics.median(r[key] for r in mine)
        out.append(row)
    return out


def warm_up(project: Path, codes: list[Path]) -> None:
    """Fill each checkout's caches as a first use would (untimed)."""
    for code in codes:
        CODE[0] = code
        for cmd in (["validate"], ["sources"]):
            spawn([*ARGMAP, *cmd, "--project", str(project)], expect=0)


# --------------------------------------------------------------------------- children


def _child_main(name: str, project: Path, out: Path, spawned: float) -> None:
    import argmap  # noqa: F401  from --code (PYTHONPATH) before this repo joins the path

    sys.path.insert(0, str(REPO))
    if name == "suggest_all":
        from argmap import suggest
        from argmap.project import Project

        opened = Project.open(project)
        result = {"items": len(suggest.suggest_all(opened))}
    else:
        import asyncio

        from bench import tui_latency

        what = name.removeprefix("tui_")
        result = asyncio.run(tui_latency.measure(project, what))
        if what == "start":
            # From the launch of this process: imports and interpreter start included.
            result["seconds"] = time.time() - spawned
    out.write_text(json.dumps(result))
    if name == "tui_quit":
        try:  # the process ends as the TUI's own does after its app closed
            from argmap.tui.app import leave
        except ImportError:
            return
        leave(0)
    if name == "suggest_all":
        try:  # the process ends as the `argmap` command's own does (`argmap suggest --all`)
            from argmap.cli import leave as leave_cli
        except ImportError:  # a checkout from before the command ended so: a full teardown
            return
        leave_cli(0)


# --------------------------------------------------------------------------- projects


def ensure_project(corpus: str, sources: int, per_source: int, long_source: int) -> Path:
    """The cached benchmark project (generated on first use) and a few articles to add."""
    from bench import distinct, synth

    project = OUT / f"{corpus}-{sources}"
    if corpus == "distinct":
        distinct.ensure(project, sources, per_source, long_source)
    else:
        counts = project / "bench-counts.json"
        params = {"sources": sources, "per_source": per_source, "long_source": long_source}
        current = json.loads(counts.read_text()) if counts.exists() else {}
        if current.get("params") != params:
            made = synth.generate(project, sources, per_source, long_source)
            counts.write_text(json.dumps({**made, "params": params}) + "\n")
    articles = project / "bench-articles"
    if not articles.is_dir():
        import random

        chain = distinct.MarkovChain(distinct.seed_material()[0])
        rng = random.Random(sources)
        articles.mkdir()
        for i in range(5):
            lines = [f"Added article {i}", ""]
            for _ in range(20):
                lines.append(" ".join(chain.sentence(rng) for _ in range(5)))
                lines.append("")
            (articles / f"article-{i}.txt").write_text("\n".join(lines), encoding="utf-8")
    return project


def snapshot(path: Path) -> tuple[bytes, int] | None:
    return (path.read_bytes(), path.stat().st_mtime_ns) if path.exists() else None


def restore(path: Path, saved: tuple[bytes, int] | None) -> None:
    """Put a file back as it was, content and modification time (the edits are undone)."""
    if saved is None:
        path.unlink(missing_ok=True)
        return
    path.write_bytes(saved[0])
    os.utime(path, ns=(saved[1], saved[1]))


def run_project(project: Path, rows: list[str], repeat: int, codes: list[Path]) -> list[dict]:
    """Every row on one project, for each checkout: one ``{row: result}`` per checkout."""
    bench = Bench(project)
    annotated = project / "annotations" / f"s{bench.sources // 2:05d}.jsonl"
    saved = snapshot(annotated)
    warm_up(project, codes)
    results: list[dict] = [{} for _ in codes]
    try:
        for name in rows:
            print(f"  {project.name}: {name} ...", file=sys.stderr, flush=True)
            for i, r in enumerate(measure_row(bench, name, repeat, codes)):
                results[i][name] = r
    finally:
        restore(annotated, saved)
        shutil.rmtree(project / STASH, ignore_errors=True)
    return results


# --------------------------------------------------------------------------- report


def _label(code: Path) -> str:
    """A checkout's short name: its commit, else its directory."""
    proc = subprocess.run(
        ["git", "-C", str(code), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    dirty = subprocess.run(
        ["git", "-C", str(code), "diff", "--quiet", "HEAD", "--", "argmap"], check=False
    ).returncode
    name = proc.stdout.strip() or code.name
    return name + ("+" if proc.returncode == 0 and dirty else "")


def _fmt_time(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _fmt_cell(r: dict | None, row: str, scale: int) -> str:
    if r is None:
        return "–"
    if "error" in r:
        return f"error: {r['error'][:60]}"
    text = _fmt_time(r["seconds"])
    if "cpu" in r:
        text += f" (cpu {_fmt_time(r['cpu'])})"
    if "ceiling" in r:
        text += f" [ceiling {_fmt_time(r['ceiling'])}, {r['seconds'] / r['ceiling']:.1f}×]"
    if row.startswith("suggest_") or r.get("rss", 0) > 400:
        text += f", {r['rss']:,.0f} MB"
        if r.get("processes", 1) > 1:
            text += f" ({r['processes']:.0f} processes)"
    target = target_for(row, scale)
    if target is not None:
        limit = target.limit(r.get("ceiling"))
        ok = limit is None or r["seconds"] <= limit
        if target.rss_mb is not None:
            ok = ok and r["rss"] <= target.rss_mb
        text += " ✓" if ok else " ✗"
    return text


def table(results: dict[int, list[dict]], rows: list[str], labels: list[str]) -> str:
    """The Markdown table: a column per scale (and checkout), targets, met or not (✓/✗)."""
    scales = sorted(results)
    columns = [(s, i) for s in scales for i in range(len(labels))]
    heads = [f"{s:,} sources" + (f", {labels[i]}" if len(labels) > 1 else "") for s, i in columns]
    lines = ["| row | " + " | ".join(heads) + " | target |", "|---" * (len(columns) + 2) + "|"]
    for row in rows:
        cells = [_fmt_cell(results[s][i].get(row), row, s) for s, i in columns]
        targets = {s: t.text() for s in scales if (t := target_for(row, s)) is not None}
        if len(set(targets.values())) <= 1:
            target_text = next(iter(targets.values()), "")
        else:
            target_text = "; ".join(f"{t} at {s:,}" for s, t in targets.items())
        lines.append(f"| {ROWS[row]} | " + " | ".join(cells) + f" | {target_text} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--scales", type=int, nargs="+", default=[1000], metavar="N")
    parser.add_argument("--corpus", choices=["distinct", "resampled"], default="distinct")
    parser.add_argument("--per-source", type=int, default=100)
    parser.add_argument("--long-source", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", nargs="+", default=list(ROWS), choices=list(ROWS))
    parser.add_argument(
        "--code",
        type=Path,
        nargs="+",
        default=[REPO],
        metavar="DIR",
        help="measure the argmap package in DIR (e.g. a worktree of an older commit); "
        "several DIRs take turns run by run, side by side in one table",
    )
    args = parser.parse_args(argv)
    codes = [c.resolve() for c in args.code]
    CODE[0] = codes[0]
    if args.child:
        name, project, out, spawned = args.child
        _child_main(name, Path(project), Path(out), float(spawned))
        return 0
    sys.path.insert(0, str(REPO))
    OUT.mkdir(exist_ok=True)
    results: dict[int, list[dict]] = {}
    counts: dict[int, dict] = {}
    for scale in args.scales:
        t0 = time.perf_counter()
        project = ensure_project(args.corpus, scale, args.per_source, args.long_source)
        counts[scale] = json.loads((project / "bench-counts.json").read_text())
        print(
            f"{project}: {counts[scale]} (ready in {time.perf_counter() - t0:.1f} s)",
            file=sys.stderr,
        )
        results[scale] = run_project(project, args.rows, args.repeat, codes)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    load = os.getloadavg()
    report = {
        "corpus": args.corpus,
        "counts": counts,
        "machine": machine,
        "load_average_at_end": load,
        "repeat": args.repeat,
        "results": results,
    }
    labels = [_label(c) for c in codes]
    report["code"] = [f"{c} ({label})" for c, label in zip(codes, labels, strict=True)]
    (OUT / f"results-{args.corpus}.json").write_text(json.dumps(report, indent=2) + "\n")
    for scale, c in counts.items():
        print(
            f"{scale:,} sources ({args.corpus}): {c['sentences']:,} sentences, "
            f"{c['claims']:,} claims"
        )
    print(
        f"argmap from {'; '.join(report['code'])}; {machine}; "
        f"median of {args.repeat} whole-process runs; "
        f"load average at the end {load[0]:.1f}\n"
    )
    print(table(results, args.rows, labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
