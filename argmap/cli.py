"""The ``argmap`` command line: assembles the parser from :mod:`argmap.commands` and runs it.

Every command lives in a module of :mod:`argmap.commands` (one per command group) that
exposes ``register(subparsers)``. Building the parser imports none of the project's
models, so ``argmap --help`` and usage errors answer at once; handlers import what they
need when they run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from argmap import __version__, exit_codes
from argmap.cliutil import add_annotator_option, add_project_option
from argmap.errors import ArgmapError, InvalidFile

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
    """The full argument parser, with every subcommand from :mod:`argmap.commands`."""
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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the process exit code (see :mod:`argmap.exit_codes`)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None) or _default_action
    try:
        return func(args)
    except InvalidFile as err:
        for line in err.problems:
            print(f"argmap: {line}", file=sys.stderr)
        return err.exit_code
    except ArgmapError as err:
        print(f"argmap: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    except BrokenPipeError:
        return exit_codes.OK


if __name__ == "__main__":
    sys.exit(main())
