"""``argmap export``: write the argument map as Markdown, Argdown, AIF, CSV or JSON.

Also ``argmap schema``: the JSON Schema of the project export, generated from the models.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from argmap.cliutil import add_project_option, open_project
from argmap.errors import ArgmapError
from argmap.export import FORMATS


def _questions(values: list[str] | None) -> list[str]:
    return [q for group in values or [] for q in group.split(",") if q]


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    from argmap.store import atomic_write

    path = Path(output)
    try:
        atomic_write(path, text)
        # the temporary file behind the atomic write is private (0600); an export is not
        mask = os.umask(0)
        os.umask(mask)
        path.chmod(0o666 & ~mask)
    except OSError as err:
        raise ArgmapError(f"{path}: cannot write the export ({err.strerror or err})") from None


def cmd_export(args: argparse.Namespace) -> int:
    """Render the project's map in the chosen format to stdout or ``-o FILE``."""
    from argmap.export import render

    project = open_project(args, strict=False)
    text = render(
        project,
        args.format,
        questions=_questions(args.question),
        sources=_questions(args.source),
        annotator=args.by,
    )
    _write(text, args.output)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of ``argmap export --format json``."""
    from argmap.export.json_export import export_schema

    _write(
        json.dumps(export_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n",
        args.output,
    )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``export`` and ``schema`` to the CLI."""
    p = subparsers.add_parser(
        "export",
        help="write the argument map as Markdown, Argdown, AIF, CSV or JSON",
        description="Write the argument map (default: Markdown to stdout).",
    )
    p.add_argument(
        "--format", "-f", choices=FORMATS, default="markdown", help="output format (markdown)"
    )
    p.add_argument(
        "--question",
        "-q",
        action="append",
        metavar="Q",
        help="only these questions (repeatable or comma-separated)",
    )
    p.add_argument(
        "--source",
        "-s",
        action="append",
        metavar="S",
        help="only these sources: ids or unique prefixes (repeatable or comma-separated)",
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically)")
    p.add_argument(
        "--by", metavar="ANNOTATOR", help="one annotator's claims instead of the reference view"
    )
    add_project_option(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "schema", help="print the JSON Schema of `argmap export --format json`"
    )
    p.add_argument("--output", "-o", metavar="FILE", help="write to FILE (atomically)")
    p.set_defaults(func=cmd_schema)
