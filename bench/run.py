"""argmap benchmark: speed and memory at scale, each figure against its ceiling.

Usage (from the repo root)::

    python -m bench.run                    # 1,000 sources, ~100k sentences, 3 runs each
    python -m bench.run --sources 100 --repeat 1 --long-source 2000   # a quick look

Every case runs in a fresh interpreter (so imports and peak memory are its own) and
reports its median wall time over ``--repeat`` runs, its ceiling where one exists, and
its peak resident memory. The results table is printed as Markdown and saved to
``bench/out/results.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import re
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
CASES: dict[str, Callable[[Path], dict]] = {}
TARGETS = {
    "tui_start": ("start to interactive matrix", 1.5),
    "tui_key_matrix": ("key press in the matrix", 0.050),
    "tui_key_reader": ("key press in the reader (10k sentences)", 0.050),
    "export": ("Markdown export", 3.0),
    "suggest": ("suggest for all sentences", 20.0),
}


def case(func: Callable[[Path], dict]) -> Callable[[Path], dict]:
    CASES[func.__name__.removeprefix("case_")] = func
    return func


def _texts(project_dir: Path) -> list[str]:
    from argmap.corpus import read_source_text

    return [read_source_text(p) for p in sorted((project_dir / "seeds").glob("*.txt"))]


@case
def case_segment(project_dir: Path) -> dict:
    """Sentence segmentation of every source vs a plain regular-expression splitter."""
    from argmap import corpus

    texts = _texts(project_dir)
    corpus.segment("Warm up. Punkt loads here.")
    t0 = time.perf_counter()
    n = sum(len(corpus.segment(t)) for t in texts)
    seconds = time.perf_counter() - t0
    splitter = re.compile(r"(?<=[.!?])\s+|\n+")
    t0 = time.perf_counter()
    m = sum(len(splitter.split(t)) for t in texts)
    ceiling = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "ceiling": ceiling,
        "items": n,
        "unit": "sentences",
        "ceiling_items": m,
    }


@case
def case_load(project_dir: Path) -> dict:
    """Opening and validating the whole project vs bare json.loads of the same files."""
    from argmap.project import Project

    t0 = time.perf_counter()
    project = Project.open(project_dir)
    seconds = time.perf_counter() - t0
    n = len(project.claim_index)
    files = sorted((project_dir / "annotations").glob("*.jsonl")) + sorted(
        (project_dir / "seeds").glob("*.meta.json")
    )
    t0 = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".jsonl":
            for line in text.splitlines():
                json.loads(line)
        else:
            json.loads(text)
    for path in sorted((project_dir / "seeds").glob("*.txt")):
        path.read_text(encoding="utf-8")
    ceiling = time.perf_counter() - t0
    return {"seconds": seconds, "ceiling": ceiling, "items": n, "unit": "annotations"}


@case
def case_matrix(project_dir: Path) -> dict:
    """The sources-by-questions matrix of every claim."""
    from argmap.analysis import matrix
    from argmap.project import Project

    project = Project.open(project_dir)
    t0 = time.perf_counter()
    claims = project.view_claims()
    m = matrix(claims, project.codebook, list(project.sources))
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "items": len(m.cells), "unit": "cells"}


@case
def case_suggest(project_dir: Path) -> dict:
    """Training the suggestion models and predicting every unannotated sentence."""
    from argmap import suggest
    from argmap.project import Project

    project = Project.open(project_dir)
    t0 = time.perf_counter()
    suggestions = suggest.suggest_all(project)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "items": len(suggestions), "unit": "sentences"}


@case
def case_export(project_dir: Path) -> dict:
    """Markdown export of the whole project."""
    from argmap import export
    from argmap.project import Project

    project = Project.open(project_dir)
    t0 = time.perf_counter()
    text = export.render(project, "markdown")
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "items": len(text), "unit": "characters"}


def _tui_measure(project_dir: Path, what: str) -> dict:
    from bench import tui_latency as tui_bench

    return asyncio.run(tui_bench.measure(project_dir, what))


@case
def case_tui_start(project_dir: Path) -> dict:
    """From creating the app to an interactive matrix (headless, first frame composited)."""
    return _tui_measure(project_dir, "start")


@case
def case_tui_key_matrix(project_dir: Path) -> dict:
    """Median latency of a cursor key in the matrix: event to composited, encoded frame."""
    return _tui_measure(project_dir, "key_matrix")


@case
def case_tui_key_reader(project_dir: Path) -> dict:
    """Median latency of a cursor key in the reader of the 10,000-sentence source."""
    return _tui_measure(project_dir, "key_reader")


def _peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss would include the parent's)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(name: str, project_dir: Path) -> None:
    result = CASES[name](project_dir)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def run_case(name: str, project_dir: Path, repeat: int) -> dict:
    """Run one case ``repeat`` times in fresh interpreters; medians of each figure."""
    runs = []
    for _ in range(repeat):
        proc = subprocess.run(
            [sys.executable, "-m", "bench.run", "--child", name, str(project_dir)],
            capture_output=True,
            text=True,
            cwd=Path(__file__).resolve().parent.parent,
        )
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["failed"])[-1]
            return {"error": last}
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    out = dict(runs[0])
    for key in ("seconds", "ceiling", "peak_rss_mb"):
        if key in out:
            out[key] = statistics.median(r[key] for r in runs)
    out["runs"] = len(runs)
    return out


def _fmt_time(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(results: dict[str, dict]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| case | median time | throughput | ceiling | ratio to ceiling | target | peak RSS |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        if "error" in r:
            lines.append(f"| {name} | error: {r['error'][:80]} | | | | | |")
            continue
        rate = f"{r['items'] / r['seconds']:,.0f} {r['unit']}/s" if r.get("items") else ""
        ceiling = _fmt_time(r["ceiling"]) if "ceiling" in r else ""
        ratio = f"{r['seconds'] / r['ceiling']:.1f}x" if r.get("ceiling") else ""
        target = ""
        if name in TARGETS:
            limit = TARGETS[name][1]
            target = f"< {_fmt_time(limit)} {'met' if r['seconds'] < limit else 'MISSED'}"
        lines.append(
            f"| {name} | {_fmt_time(r['seconds'])} | {rate} | {ceiling} | {ratio} | {target} "
            f"| {r['peak_rss_mb']:.0f} MB |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--child", nargs=2, metavar=("CASE", "PROJECT"), help=argparse.SUPPRESS)
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--per-source", type=int, default=108)
    parser.add_argument("--long-source", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cases", nargs="*", default=list(CASES), choices=list(CASES))
    parser.add_argument("--reuse", action="store_true", help="reuse an existing synthetic project")
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return 0
    from bench.synth import generate

    project_dir = OUT / f"project-{args.sources}"
    counts_file = project_dir / "bench-counts.json"
    if args.reuse and counts_file.exists():
        counts = json.loads(counts_file.read_text())
    else:
        t0 = time.perf_counter()
        counts = generate(project_dir, args.sources, args.per_source, args.long_source)
        print(f"generated {counts} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    results = {}
    for name in args.cases:
        print(f"running {name} ...", file=sys.stderr)
        results[name] = run_case(name, project_dir, args.repeat)
    machine = (
        f"{platform.machine()}, {platform.python_implementation()} {platform.python_version()}"
    )
    try:
        import os

        machine += f", {os.cpu_count()} cores"
    except Exception:  # pragma: no cover
        pass
    report = {"counts": counts, "machine": machine, "results": results}
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(report, indent=2) + "\n")
    print(
        f"{counts['sources']} sources, {counts['sentences']:,} sentences, "
        f"{counts['claims']:,} annotations; {machine}; median of {args.repeat} runs\n"
    )
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
