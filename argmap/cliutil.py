"""Helpers shared by the command-line handlers: options, opening, printing.

Building the parser imports only this module and :mod:`argmap.errors`: the project, its
pydantic models and rich are imported by the handlers when a command runs, so that
``argmap --help`` and usage errors stay fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.project import Project


def add_project_option(parser: argparse.ArgumentParser) -> None:
    """``--project DIR``: the project directory (default: the current one or above)."""
    parser.add_argument(
        "--project",
        "-p",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="project directory (default: the current directory or the nearest above it)",
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: machine-readable output."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


def add_annotator_option(parser: argparse.ArgumentParser) -> None:
    """``--annotator NAME``: who makes the edit (else $ARGMAP_ANNOTATOR or argmap.json)."""
    parser.add_argument(
        "--annotator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="who makes the edit (default: $ARGMAP_ANNOTATOR, then argmap.json)",
    )


_OPENED: list[Project] = []


def open_project(args: argparse.Namespace, *, strict: bool = True, report: bool = True) -> Project:
    """Open the project named by ``--project`` (or found from the current directory).

    With ``strict=False`` a damaged file does not stop the command: it works on the healthy
    files (edits that would touch a damaged one are refused by the project), and, unless
    ``report=False`` (the command reports problems itself), :func:`argmap.cli.main` names
    the damaged files on stderr afterwards and exits 1 if nothing was saved.
    """
    from argmap.project import Project

    project = Project.open(
        getattr(args, "project", None), annotator=getattr(args, "annotator", None), strict=strict
    )
    if report and not strict:
        _OPENED.append(project)
    return project


def take_unreported_problems() -> tuple[list[str], bool]:
    """Problems of the projects opened with ``strict=False`` since the last call, and
    whether any of those projects saved something; forgets them."""
    problems = [line for p in _OPENED for line in p.problems]
    wrote = any(p.writes for p in _OPENED)
    _OPENED.clear()
    return problems, wrote


def split_values(values: Sequence[str] | None) -> list[str]:
    """Values of a repeatable option that may also be comma-separated, in order."""
    return [v for group in values or [] for v in group.split(",") if v]


def shorten(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON (UTF-8, stable key order as given)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str | None = None
) -> None:
    """Print a readable table (rich), wrapping long cells to the terminal width."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False, header_style="bold")
    for col in columns:
        no_wrap = col in ("id", "start", "end", "sentence", "source", "stance")
        table.add_column(col, overflow="fold", no_wrap=no_wrap)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        # Piped output has no width to fit; 80 columns would squeeze text letter by letter.
        console = Console(soft_wrap=False, width=max(console.width, 200))
    console.print(table)


def claim_json(claim: Any) -> dict[str, Any]:
    """The documented JSON shape of a claim for scripts."""
    return {
        "id": claim.id,
        "source": claim.source,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "stance": claim.stance,
        "questions": list(claim.questions),
        "kind": claim.kind,
        "relations": [{"type": r.type, "target": r.target} for r in claim.relations],
        "note": claim.note,
        "annotator": claim.annotator,
        "orphan": claim.orphan is not None,
    }


def sentence_mark(claim: Any) -> str:
    """The sentence column of a claim in a table: its id, or ``orphan`` when its quote is
    gone (its old sentence id would now name another sentence)."""
    return "⚠ orphan" if claim.orphan is not None else claim.sentence
