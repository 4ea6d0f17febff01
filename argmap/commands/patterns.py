"""``argmap patterns``: list, add and remove the codebook's phrase patterns.

Patterns belong to a stance or a question (``Stance.patterns``, ``Question.patterns``);
the suggestions use them as features and reasons. The list shows each pattern's precision
on the project's annotations, so that a pattern that misleads can be seen and removed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from argmap.cliutil import add_json_option, add_project_option, open_project, print_json
from argmap.errors import UsageError
from argmap.exit_codes import OK, USAGE

if TYPE_CHECKING:
    from argmap.model import Codebook


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
    """Add patterns to a stance or question of the project's codebook (one undoable edit)."""
    from argmap.suggest.patterns import with_pattern

    return _change(args, with_pattern, "add", "to", "added")


def cmd_remove(args: argparse.Namespace) -> int:
    """Remove patterns from a stance or question of the project's codebook."""
    from argmap.suggest.patterns import without_pattern

    return _change(args, without_pattern, "remove", "from", "removed")


def _change(
    args: argparse.Namespace, edit: Callable[..., Codebook], verb: str, to: str, done: str
) -> int:
    """Apply ``edit`` for every pattern given, in one codebook change (one undo). A pattern
    refused (not valid; on removal, not there) is named on its own line and the others are
    saved; exit 2 then, so that a script notices."""
    from argmap.suggest.patterns import check_item

    refused: list[str] = []
    made: list[str] = []
    there: list[str] = []  # (add) patterns the stance or question had already
    twice: list[str] = []  # patterns given more than once in this command
    elsewhere: list[str] = []  # (add) lines: a pattern another stance or question has too

    def make(codebook: Codebook, _claims: object) -> Codebook:
        for found in (refused, made, there, twice, elsewhere):
            found.clear()
        check_item(codebook, args.target, args.id)  # an unknown id refuses them all
        seen: set[str] = set()
        for given in args.pattern:
            pattern = " ".join(given.split())
            if pattern in seen:
                twice.append(pattern)
                continue
            seen.add(pattern)
            if verb == "add" and pattern in _patterns_of(codebook, args.target, args.id):
                there.append(pattern)
                continue
            try:
                codebook = edit(codebook, args.target, args.id, pattern)
            except UsageError as err:
                refused.append(str(err))
            else:
                made.append(pattern)
                if verb == "add":
                    others = _others_with(codebook, pattern, (args.target, args.id))
                    if others:
                        elsewhere.append(
                            f"pattern {pattern!r} is also {' and '.join(others)}'s: it "
                            "speaks for each (a set of the codebook's patterns counts it once)"
                        )
        if not made and there and not refused:
            return codebook  # all there already: nothing to change, and no error
        if not made:
            raise UsageError(
                "; ".join(refused)
                if len(refused) == 1
                else f"none of the {len(refused)} patterns {done}: {'; '.join(refused)}"
            )
        return codebook

    project = open_project(args)
    n = len(args.pattern)
    what = "pattern" if n == 1 else f"{n} patterns"
    project.change_codebook(make, f"{verb} {what} {to} {args.target} {args.id}")
    for pattern in made:
        print(f"{args.target} {args.id}: pattern {pattern!r} {done}")
    for pattern in there:
        print(f"{args.target} {args.id}: pattern {pattern!r} was there already")
    for pattern in dict.fromkeys(twice):
        print(f"{args.target} {args.id}: pattern {pattern!r} given twice: {done} once")
    for line in elsewhere:
        print(f"  {line}")
    for reason in refused:
        print(f"argmap: {reason} (not {done}; the {len(made)} other{'s' * (len(made) > 1)} "
              f"{'were' if len(made) > 1 else 'was'} {done})", file=sys.stderr)  # fmt: skip
    return USAGE if refused else OK


def _patterns_of(codebook: Codebook, target: str, item_id: str) -> tuple[str, ...]:
    items = codebook.stances if target == "stance" else codebook.questions
    return next(i.patterns for i in items if i.id == item_id)


def _others_with(codebook: Codebook, pattern: str, mine: tuple[str, str]) -> list[str]:
    """The stances and questions other than ``mine`` that have ``pattern`` ("question
    money")."""
    return [
        f"{target} {item.id}"
        for target, items in (("stance", codebook.stances), ("question", codebook.questions))
        for item in items
        if (target, item.id) != mine and pattern in item.patterns
    ]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``patterns`` (with ``add`` and ``remove``) to the CLI."""
    p = subparsers.add_parser(
        "patterns",
        help="list, add or remove the codebook's phrase patterns (used by suggestions)",
        description="Without a subcommand: list every stance and question pattern with the "
        "annotated units it matches and how many of them carry its stance or question. "
        "Syntax: words in order; word* matches words it begins; a lone * allows up to three "
        "words between; matched on normalised text (US, U.S. and American read 'usa'); a word "
        "written with capitals must appear so written (SEND, NATO: not 'send', 'Nato'), "
        "words in lower case match any case.",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_patterns)
    sub = p.add_subparsers(dest="patterns_command", metavar="{add,remove}")
    for name, func, verb, done in (
        ("add", cmd_add, "add", "added"),
        ("remove", cmd_remove, "remove", "removed"),
    ):
        q = sub.add_parser(
            name,
            help=f"{verb} patterns of a stance or question",
            description=f"{verb.capitalize()} one or more patterns in one change (one undo). "
            f"A pattern that cannot be {done} is named and the others are {done} (exit 2). "
            "A pattern is words in a row: `european pillar`; `depend*` matches every word "
            "it begins; a lone `*` lets up to three words in between (`reduce * "
            "dependence`); a word in lower case matches any case, one with capitals only as "
            "written (`NATO`, `SEND`); punctuation next to a word is matched as written "
            "(`cat. 1`, `the product, not the process`), and a pattern without it never "
            "matches across punctuation.",
        )
        q.add_argument("target", choices=["stance", "question"])
        q.add_argument("id", metavar="ID", help="stance or question id")
        q.add_argument(
            "pattern",
            metavar="PATTERN",
            nargs="+",
            help='e.g. "european pillar" or "depend* on"; several may follow',
        )
        add_project_option(q)
        q.set_defaults(func=func)
