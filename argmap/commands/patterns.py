"""``argmap patterns``: list, add and remove the codebook's phrase patterns.

Patterns belong to a stance or a question (``Stance.patterns``, ``Question.patterns``);
the suggestions use them as features and reasons. The list shows each pattern's precision
on the project's annotations, so that a pattern that misleads can be seen and removed.
"""

from __future__ import annotations

import argparse

from argmap.cliutil import add_json_option, add_project_option, open_project, print_json


def cmd_patterns(args: argparse.Namespace) -> int:
    """Print every pattern with the annotated units it matches and its precision."""
    from argmap.suggest.data import examples
    from argmap.suggest.evaluation import pattern_scores

    project = open_project(args)
    scores = pattern_scores(project.codebook, examples(project))
    if args.json:
        print_json([s.to_json() for s in scores])
        return 0
    from argmap.cliutil import print_table

    rows = [
        (
            s.target,
            s.id,
            s.pattern,
            f"{s.correct}/{s.units}",
            "-" if s.precision is None else f"{round(s.precision * 100)} %",
            str(s.others),
        )
        for s in scores
    ]
    print_table(
        ["for", "id", "pattern", "right/units", "precision", "non-units"],
        rows,
        title=f"{len(rows)} codebook patterns, on the annotated sentences of the project",
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add a pattern to a stance or question of the project's codebook."""
    from argmap.suggest.patterns import with_pattern

    project = open_project(args)
    project.change_codebook(
        lambda codebook, _claims: with_pattern(codebook, args.target, args.id, args.pattern),
        f"add pattern to {args.target} {args.id}",
    )
    print(f"{args.target} {args.id}: pattern {' '.join(args.pattern.split())!r} added")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove a pattern from a stance or question of the project's codebook."""
    from argmap.suggest.patterns import without_pattern

    project = open_project(args)
    project.change_codebook(
        lambda codebook, _claims: without_pattern(codebook, args.target, args.id, args.pattern),
        f"remove pattern from {args.target} {args.id}",
    )
    print(f"{args.target} {args.id}: pattern {' '.join(args.pattern.split())!r} removed")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``patterns`` (with ``add`` and ``remove``) to the CLI."""
    p = subparsers.add_parser(
        "patterns",
        help="list, add or remove the codebook's phrase patterns (used by suggestions)",
        description="Without a subcommand: list every stance and question pattern with the "
        "annotated units it matches and how many of them carry its stance or question. "
        "Syntax: words in order; word* matches words it begins; a lone * allows up to three "
        "words between; matched on normalised text (US, U.S. and American read 'usa').",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_patterns)
    sub = p.add_subparsers(dest="patterns_command", metavar="{add,remove}")
    for name, func, verb in (("add", cmd_add, "add"), ("remove", cmd_remove, "remove")):
        q = sub.add_parser(name, help=f"{verb} a pattern of a stance or question")
        q.add_argument("target", choices=["stance", "question"])
        q.add_argument("id", metavar="ID", help="stance or question id")
        q.add_argument("pattern", metavar="PATTERN", help='e.g. "european pillar" or "depend* on"')
        add_project_option(q)
        q.set_defaults(func=func)
