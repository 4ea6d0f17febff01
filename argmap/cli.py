"""The ``argmap`` command line: assembles the parser from :mod:`argmap.commands` and runs it.

Every command lives in a module of :mod:`argmap.commands` (one per command group) that
exposes ``register(subparsers)``. Building the parser imports none of the project's
models, so ``argmap --help`` and usage errors answer at once; handlers import what they
need when they run.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from argmap import __version__, exit_codes
from argmap.cliutil import (
    add_annotator_option,
    add_project_option,
    shared_annotator_notes,
    take_unreported_problems,
)
from argmap.errors import ArgmapError, InvalidFile, UsageError

COMMAND_MODULES: tuple[str, ...] = ("init", "codebook", "sources", "claims", "matrix", "validate")
"""Command groups in the order ``--help`` lists them; other modules follow by name."""


def _command_modules() -> list[str]:
    import argmap.commands

    # A directory listing, not pkgutil: pkgutil imports inspect (~8 ms of every start).
    directory = argmap.commands.__path__[0]
    found = sorted(
        name.removesuffix(".py") for name in os.listdir(directory) if name.endswith(".py")
    )
    return [m for m in COMMAND_MODULES if m in found] + [
        m for m in found if m not in COMMAND_MODULES and not m.startswith("_")
    ]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every subcommand from :mod:`argmap.commands`.

    While it is built, argparse's few words to translate ("options", "show this help
    message and exit") are looked up once each: argparse asks gettext for them 1,200 times,
    and each lookup searches the locale files (4 ms of a command's 10 ms building it).
    """
    import functools
    import gettext

    plain = getattr(argparse, "_", None)
    if plain is not gettext.gettext:  # not the argparse this was measured on: leave it
        return _build_parser()
    argparse._ = functools.lru_cache(maxsize=64)(plain)  # type: ignore[attr-defined]
    try:
        return _build_parser()
    finally:
        argparse._ = plain  # type: ignore[attr-defined]


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="argmap",
        description="Map a policy debate: who argues what, on which questions, with what evidence. "
        "Without a command, opens the terminal UI on the project.",
        epilog=exit_codes.HELP_EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    add_project_option(parser)
    add_annotator_option(parser)
    parser.set_defaults(project=None, annotator=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in _command_modules():
        importlib.import_module(f"argmap.commands.{name}").register(sub)
    return parser


def _default_action(args: argparse.Namespace) -> int:
    """No command: open the TUI when there is one, else print the matrix."""
    try:
        from argmap.tui.app import run as run_tui
    except ImportError:
        from argmap.commands.matrix import cmd_matrix

        args.question, args.by, args.json = None, None, False
        return cmd_matrix(args)
    return run_tui(project=args.project, annotator=args.annotator)


def import_domain() -> None:
    """Import the project layer and its pydantic models without loading asyncio.

    ``typing_extensions.deprecated``, which pydantic and pydantic-core apply to a few
    functions, imports ``asyncio.coroutines`` only to ask whether each is a coroutine
    function: 25 ms of CPU, a tenth of an ``argmap annotate``. A command has no event
    loop, so while these modules load, a stand-in ``asyncio`` answers that question with
    :mod:`inspect`; anything else asked of it loads the real package, and it is removed
    afterwards, so that a later ``import asyncio`` gets the real one. Nothing is done when
    asyncio or pydantic-core is already loaded (the TUI, tests, a calling program).
    """
    if "asyncio" in sys.modules or "pydantic_core" in sys.modules:
        return
    import inspect
    import types

    package = types.ModuleType("asyncio")
    coroutines = types.ModuleType("asyncio.coroutines")
    stand_ins = {"asyncio": package, "asyncio.coroutines": coroutines}

    def remove() -> None:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]

    def real(module: str) -> Any:
        def attribute(name: str) -> Any:
            remove()
            return getattr(importlib.import_module(module), name)

        return attribute

    coroutines.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    coroutines.__getattr__ = real("asyncio.coroutines")  # type: ignore[method-assign]
    package.coroutines = coroutines  # type: ignore[attr-defined]
    package.__getattr__ = real("asyncio")  # type: ignore[method-assign]
    sys.modules.update(stand_ins)
    try:
        importlib.import_module("argmap.project")
    finally:
        remove()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the process exit code (see :mod:`argmap.exit_codes`)."""
    if sys.stdout is None:  # the shell closed it (`>&-`): the output goes nowhere, as print's
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the process's)
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        func = _default_action  # the TUI: its event loop needs the real asyncio anyway
    else:
        import_domain()
    take_unreported_problems()
    shared_annotator_notes()
    try:
        _check_text(args)
        code = func(args)
    except InvalidFile as err:
        _report(err.problems)
        code = err.exit_code
    except ArgmapError as err:
        _report([str(err)])
        code = err.exit_code
    except KeyboardInterrupt:
        code = exit_codes.INTERRUPTED
    except BrokenPipeError:
        code = exit_codes.OK
    except OSError as err:
        # Last resort: every expected I/O failure is an ArgmapError naming its file.
        where = f"{err.filename}: " if err.filename else ""
        _report([f"{where}{err.strerror or err}"])
        code = exit_codes.ERROR
    for note in shared_annotator_notes():
        print(note, file=sys.stderr)
    problems, wrote = take_unreported_problems()
    if problems:
        # A read worked on the healthy files: its output is incomplete, so it fails (1).
        # An edit that was saved (it touched no damaged file) keeps its 0.
        _report(problems)
        if code == exit_codes.OK and not wrote:
            code = exit_codes.ERROR
    if argv is not None:
        # Called in-process (tests, scripts): give back the project that
        # cliutil.open_project froze.
        gc.unfreeze()
        return code
    leave(code)


def leave(code: int) -> NoReturn:
    """End the process (``main`` without ``argv`` is its entry point) with ``code`` once
    the output is flushed, without the interpreter's teardown: freeing every module and
    object one by one was ~55 ms of CPU of each command (a fifth of ``argmap meta``), more
    after a large project was loaded. Every write is made and closed (atomically) before."""
    for stream in (sys.stdout, sys.stderr):
        # a reader that went away (as in the commands), or a stream closed or absent
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)


PATH_OPTIONS = frozenset({"files", "file", "dir", "output", "project", "codebook"})
"""Arguments that name files: any bytes the system allows are fine there."""


def _check_text(args: argparse.Namespace) -> None:
    """Refuse arguments that are not UTF-8 text (bytes a shell passed through undecoded).

    They would be stored in UTF-8 files (a note, a title, a label), so they are a usage
    error here rather than a failure halfway through a save.
    """
    for key, value in vars(args).items():
        if key in PATH_OPTIONS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    shown = item.encode("utf-8", "backslashreplace").decode("utf-8")
                    name = key.rstrip("_")
                    raise UsageError(f"{name} '{shown}': not valid UTF-8 text") from None


MAX_REPORTED = 20


def _report(lines: list[str]) -> None:
    """Print problems on stderr, one line each, ``argmap: `` first (at most 20, then a count)."""
    shown = lines if len(lines) <= MAX_REPORTED + 1 else lines[:MAX_REPORTED]
    for line in shown:
        # one line per problem, even when it quotes a value holding a line break
        line = line.replace("\r", "\\r").replace("\n", "\\n")
        print(f"argmap: {line}", file=sys.stderr)
    if len(shown) < len(lines):
        print(
            f"argmap: (+{len(lines) - len(shown)} more problems; `argmap validate` lists all)",
            file=sys.stderr,
        )


if __name__ == "__main__":
    sys.exit(main())
