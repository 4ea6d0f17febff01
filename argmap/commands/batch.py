"""``argmap batch FILE``: many argmap commands in one process.

A script that builds a project (``bench/debate*/make.sh``) runs ~50 commands; as separate
processes each pays Python's start and argmap's imports again. ``batch`` reads one command a
line (what follows ``argmap``), runs them in order in this process and stops at the first
that fails, naming its line.
"""

from __future__ import annotations

import argparse
import shlex
import sys
import time

from argmap.cliutil import add_annotator_option, add_project_option
from argmap.errors import UsageError


def read_commands(text: str, name: str) -> list[tuple[int, list[str]]]:
    """The commands of a batch file: (line number, words) for each line that is not blank
    or a ``#`` comment; a line ending in ``\\`` goes on on the next one. An unclosed quote
    is a one-line error naming the line."""
    out: list[tuple[int, list[str]]] = []
    pending, start = "", 0
    for number, line in enumerate(text.splitlines(), 1):
        if not pending:
            start = number
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        whole, pending = pending + line, ""
        try:
            words = shlex.split(whole, comments=True)
        except ValueError as err:
            raise UsageError(f"{name}:{start}: {err} (a quote not closed?)") from None
        if words:
            if words[0] == "argmap":
                words = words[1:]
            out.append((start, words))
    if pending:
        raise UsageError(f"{name}:{start}: the last line ends in '\\' with nothing after it")
    return out


def _has(words: list[str], *options: str) -> bool:
    return any(w in options or w.startswith(tuple(f"{o}=" for o in options)) for w in words)


def cmd_batch(args: argparse.Namespace) -> int:
    """Run the file's commands in order; stop at the first that fails (its exit code)."""
    from argmap.cli import main

    name = "<stdin>" if args.file == "-" else args.file
    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as err:
            raise UsageError(f"{args.file}: cannot read ({err.strerror or err})") from None
        except UnicodeDecodeError as err:
            raise UsageError(f"{args.file}: not UTF-8 text (byte {err.start})") from None
    commands = read_commands(text, name)
    project = getattr(args, "project", None)
    annotator = getattr(args, "annotator", None)
    began = time.perf_counter()
    for number, words in commands:
        if words[:1] == ["batch"]:
            raise UsageError(f"{name}:{number}: a batch cannot run another batch")
        argv = list(words)
        if annotator and not _has(argv, "--annotator"):
            argv = ["--annotator", annotator, *argv]
        if project and not _has(argv, "--project", "-p") and argv[:1] != ["init"]:
            argv = ["--project", project, *argv]
        if args.echo:
            print(f"$ argmap {shlex.join(words)}", flush=True)
        sys.stdout.flush()
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: a usage error in the line
            code = int(exc.code or 0) if not isinstance(exc.code, str) else 2
        sys.stdout.flush()
        if code != 0:
            print(
                f"argmap: {name}:{number}: `argmap {shlex.join(words)}` failed (exit {code}); "
                "the commands after it were not run",
                file=sys.stderr,
            )
            return code
    print(
        f"batch: {len(commands)} commands from {name} in {time.perf_counter() - began:.1f} s",
        file=sys.stderr,
    )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``batch`` to the CLI."""
    p = subparsers.add_parser(
        "batch",
        help="run many argmap commands from a file in one process (a project's build script)",
        description="Read one argmap command a line (without the word `argmap`; `#` starts a "
        "comment, a line ending in `\\` goes on), run them in order in this one process and "
        "stop at the first that fails, naming its line. --project and --annotator given to "
        "batch apply to every line that does not give its own. A script of 50 commands "
        "pays Python's start and argmap's imports once instead of 50 times.",
    )
    p.add_argument("file", metavar="FILE", help="the commands, one a line ('-': standard input)")
    p.add_argument("--echo", action="store_true", help="print each command before it runs")
    add_project_option(p)
    add_annotator_option(p)
    p.set_defaults(func=cmd_batch)
