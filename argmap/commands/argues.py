"""What a source argues as a whole: ``argmap argues SOURCE STANCE`` (``--undo``; no
SOURCE: list)."""

from __future__ import annotations

import argparse

from argmap.cliutil import (
    add_annotator_option,
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_table,
)
from argmap.errors import UsageError


def cmd_argues(args: argparse.Namespace) -> int:
    """Say which stance a source argues as a whole, in your reading; without SOURCE, list
    every annotator's word per source."""
    project = open_project(args)
    if args.source is None:
        said = project.argued_map()
        if args.json:
            print_json({sid: said.get(sid, {}) for sid in project.sources})
            return 0
        print_table(
            ["source", "title", "argues (annotator: stance)"],
            [
                [
                    sid,
                    doc.title,
                    ", ".join(f"{a}: {s}" for a, s in said.get(sid, {}).items()) or "-",
                ]
                for sid, doc in project.sources.items()
            ],
            title="what each source argues as a whole, per annotator",
        )
        return 0
    if args.stance is None and not args.undo:
        raise UsageError("argues: give the STANCE the source argues, or --undo to take it back")
    if args.stance is not None and args.undo:
        raise UsageError("argues: give a STANCE or --undo, not both")
    doc = project.source(args.source)
    changed = project.set_argued(doc.id, None if args.undo else args.stance)
    me = project.annotator
    now = project.argued(me).get(doc.id)
    if args.json:
        print_json({"annotator": me, "source": doc.id, "changed": changed, "argues": now})
        return 0
    said = f"argues {now}" if now else "no stance said"
    print(f"{me}: {doc.id}: {said}" + ("" if changed else " (unchanged)"))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``argues`` to the CLI."""
    p = subparsers.add_parser(
        "argues",
        help="say which stance a source argues as a whole (--undo to take it back); no "
        "SOURCE: list",
        description="Say which stance a source argues as a whole, in your reading (its main "
        "line). Suggestions for its sentences lean on it: one word here is worth more than "
        "several annotated sentences on a debate the model does not know. Stored per "
        "annotator in annotations/progress/NAME.json; colleagues' words are kept apart.",
    )
    p.add_argument("source", nargs="?", metavar="SOURCE", help="source id or unique prefix")
    p.add_argument("stance", nargs="?", metavar="STANCE", help="a stance id of the codebook")
    p.add_argument("--undo", action="store_true", help="take back what you said")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_argues)
