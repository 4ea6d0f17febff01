"""``argmap export``: write the argument map as a report, a picture, a graph or a data file.

Also ``argmap schema``: the JSON Schema of the project export, generated from the models.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from argmap.cliutil import add_project_option, open_project
from argmap.errors import ArgmapError, UsageError
from argmap.export import DETAILS, FORMATS

if TYPE_CHECKING:
    from argmap.project import Project


def _values(values: list[str] | None) -> list[str]:
    return [q for group in values or [] for q in group.split(",") if q]


def _write(text: str, output: str | None, bom: bool = False) -> None:
    if output is None or output == "-":
        if bom:
            sys.stdout.write("\ufeff")
        sys.stdout.write(text)
        return
    from argmap.store import atomic_write

    path = Path(output)
    try:
        atomic_write(path, ("\ufeff" if bom else "") + text)
        # the temporary file behind the atomic write is private (0600); an export is not
        mask = os.umask(0)
        os.umask(mask)
        path.chmod(0o666 & ~mask)
    except OSError as err:
        raise ArgmapError(f"{path}: cannot write the export ({err.strerror or err})") from None


SUFFIX_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "markdown",
    ".html": "html",
    ".htm": "html",
    ".svg": "svg",
    ".dot": "dot",
    ".gv": "dot",
    ".graphml": "graphml",
    ".argdown": "argdown",
    ".ad": "argdown",
    ".csv": "csv",
    ".json": "json",
}
"""The format an ``-o FILE`` without ``--format`` is written in, by its suffix (aif and ova
are JSON too: they need their ``--format``)."""


def format_for(output: str | None) -> str:
    """The export format of ``-o output`` when no ``--format`` is given: the one its suffix
    names, Markdown for standard output or no suffix; a suffix no format writes (``.docx``,
    ``.pdf``) is refused, so that no file holds what its name does not say."""
    if output in (None, "-"):
        return "markdown"
    suffix = Path(output).suffix.lower()
    if not suffix:
        return "markdown"
    if suffix not in SUFFIX_FORMATS:
        named = ", ".join(dict.fromkeys(f".{s[1:]}" for s in SUFFIX_FORMATS if s != ".txt"))
        raise UsageError(
            f"{output}: no export format writes {suffix!r} files: name it {named}, or give "
            "--format (a word processor opens the .html report)"
        )
    return SUFFIX_FORMATS[suffix]


def heatmap_path(output: Path) -> Path:
    """Where the Markdown report written to ``output`` keeps its heat map picture."""
    return output.with_name(output.stem + "-heatmap.svg")


PICTURE_FORMATS = frozenset(("dot", "graphml", "html", "markdown", "svg"))
"""Formats a reader sees the stance colours in (the others are data)."""


def _advise_colours(project: Project) -> None:
    """Say on stderr which two stance colours a reader cannot tell apart, and the codebook
    edits that would give them Okabe-Ito colours (the user's colours are left as chosen)."""
    from argmap.export.colours import collision_advice
    from argmap.export.graph import hex_color

    stances = project.codebook.stances
    advice = collision_advice(
        [(s.id, s.symbol, hex_color(s.color)) for s in stances], [s.axis for s in stances]
    )
    if advice:
        print(advice, file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    """Render the project's map in the chosen format to stdout or ``-o FILE``.

    Written to a file, the Markdown report gets its heat map picture beside it
    (``NAME-heatmap.svg``) and the JSON export its schema (``argmap-export.schema.json``),
    so that the image shows and ``$schema`` resolves.
    """
    from argmap.export import render

    if args.output is not None and not args.output.strip():
        raise UsageError("--output needs a file name (or - for stdout)")
    if args.format is None:
        args.format = format_for(args.output)
    project = open_project(args, strict=False)
    to_file = args.output not in (None, "-")
    options = {
        "questions": _values(args.question),
        "sources": _values(args.source),
        "annotator": args.by,
        "stances": _values(args.stance),
        "kinds": _values(args.kind),
    }
    heatmap = picture = schema = None
    if args.format == "markdown" and to_file:
        picture = heatmap_path(Path(args.output))
        heatmap = picture.name
    if args.format == "json" and to_file:
        from argmap.export.json_export import SCHEMA_FILE

        schema = Path(args.output).with_name(SCHEMA_FILE)
    text = render(project, args.format, detail=args.detail, heatmap=heatmap, **options)
    _write(text, args.output, bom=args.bom)
    if args.format == "dot" and not any(ln.startswith("digraph") for ln in text.splitlines()):
        # Graphviz draws nothing from a file of comments, and says nothing either.
        print(
            f"{args.output if to_file else 'argmap export'}: no graph to draw: no claim "
            "supports or attacks another among those exported (link them with `argmap relate "
            "CLAIM --supports OTHER`)",
            file=sys.stderr,
        )
    if picture is not None:
        _write(render(project, "svg", **options), str(picture))
        print(
            f"wrote {args.output} and {picture}, its heat map picture: share them together "
            "(--format html is one file)"
        )
    if schema is not None:
        from argmap.export.json_export import export_schema

        _write(
            json.dumps(export_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n",
            str(schema),
        )
        print(f"wrote {args.output} and {schema}, the schema its $schema names")
    if args.format in PICTURE_FORMATS:
        _advise_colours(project)
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
        help="write the argument map: report, heat map, graphs or data",
        description=(
            "Write the argument map (default: Markdown to stdout). markdown and html are "
            "reports; svg is the positions heat map; dot (Graphviz), graphml (yEd, Gephi) "
            "and argdown are argument graphs; aif and ova are for AIFdb and OVA3; csv and "
            "json are data."
        ),
    )
    p.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        help="output format (default: the one -o FILE's suffix names, .html html, .csv csv …; "
        "else markdown)",
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
    p.add_argument(
        "--stance",
        action="append",
        metavar="STANCE",
        help="only claims of these stances (repeatable or comma-separated)",
    )
    p.add_argument(
        "--kind",
        action="append",
        metavar="KIND",
        help="only claims of this kind: claim or evidence (repeatable or comma-separated)",
    )
    p.add_argument(
        "--detail",
        choices=DETAILS,
        default="full",
        help="markdown: full (quotes and diagrams) or summary (positions only)",
    )
    p.add_argument(
        "--bom",
        action="store_true",
        help="start the text with a UTF-8 byte order mark (for spreadsheets opening a CSV)",
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
