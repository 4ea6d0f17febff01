"""Progress: ``argmap done SOURCE… [--undo]`` marks sources read in full by you."""

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


def cmd_done(args: argparse.Namespace) -> int:
    """Mark a source done (or not, with --undo) for you; without SOURCE, list who has done what."""
    project = open_project(args)
    if not args.source:
        done = project.done_map()
        if args.json:
            print_json({sid: done.get(sid, []) for sid in project.sources})
            return 0
        print_table(
            ["source", "title", "done by"],
            [
                [sid, doc.title, ", ".join(done.get(sid, [])) or "-"]
                for sid, doc in project.sources.items()
            ],
            title="sources marked done (read in full) per annotator",
        )
        return 0
    docs = [project.source(ref) for ref in dict.fromkeys(args.source)]  # all known first
    me = project.annotator
    made = []
    with project.all_or_nothing():
        for doc in dict.fromkeys(docs):
            changed = project.mark_done(doc.id, done=not args.undo)
            made.append((doc, changed, len(project.done_sources(me))))
    mine = project.done_sources(me)
    if args.json:
        out = [
            {"annotator": me, "source": doc.id, "changed": changed, "done": mine}
            for doc, changed, _ in made
        ]
        print_json(out[0] if len(out) == 1 else out)
        return 0
    state = "not done" if args.undo else "done"
    for doc, changed, n_done in made:
        if changed:
            print(
                f"{me}: {doc.id} marked {state} ({n_done} of {len(project.sources)} sources done)"
            )
        else:
            print(f"{me}: {doc.id} was already {state}; nothing changed")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``done`` to the CLI."""
    p = subparsers.add_parser(
        "done",
        help="mark a source read in full by you (--undo to take it back); no SOURCE: list",
        description="Mark a source done: you have read all of it, so each of its sentences "
        "without a claim of yours counts as 'no claim' when annotators are compared (until "
        "then, only the sentences you annotated count). Stored per annotator in "
        "annotations/progress/NAME.json.",
    )
    p.add_argument(
        "source",
        nargs="*",
        metavar="SOURCE",
        help="source ids or unique prefixes (several: one change)",
    )
    p.add_argument("--undo", action="store_true", help="mark the sources as not done")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_done)
