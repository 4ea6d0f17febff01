"""``argmap codebook``: print the codebook, and add, edit, move, rename or remove its entries."""

from __future__ import annotations

import argparse
import contextlib

from argmap.cliutil import add_json_option, add_project_option, open_project, print_json

#: ``--axis`` in the help (argmap.codebook.AXIS_HELP's words; that module loads pydantic).
AXIS_HELP = (
    "place on the scale, -3 to +3: the sign is the side (+ for, - against, 0 neither: the "
    "middle, or an option among several), the size how far out (+2 beyond +1: an ordered "
    "scale's 'abolish' beyond 'phase in')"
)


def _print_codebook(args: argparse.Namespace) -> int:
    from argmap.codebook import describe, usage_counts

    project = open_project(args, strict=False)  # printed, and any damaged file named after
    cb = project.codebook
    counts = usage_counts(cb, project.claims())
    if args.json:
        data = describe(cb)
        for key, kind in (("stances", "stance"), ("questions", "question")):
            for item in data[key]:  # type: ignore[union-attr]
                item["claims"] = counts[(kind, item["id"])]
        print_json(data)
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(soft_wrap=False)
    if not console.is_terminal:
        console = Console(soft_wrap=False, width=max(console.width, 160))
    stances = Table(title=f"{cb.name}: stances", header_style="bold")
    for col in ("symbol", "id", "label", "axis", "color", "claims", "description"):
        stances.add_column(col, overflow="fold", no_wrap=col in ("id", "symbol"))
    for s in cb.stances:
        stances.add_row(
            Text(s.symbol, style=s.color),
            s.id,
            s.label,
            f"{s.axis:+d}" if s.axis else "0",
            s.color,
            str(counts[("stance", s.id)]),
            s.description,
        )
    console.print(stances)
    if not cb.questions:
        console.print(
            "no questions yet: add one with "
            "`argmap codebook add-question ID --label L --text 'The question?'`"
        )
        return 0
    questions = Table(title="questions", header_style="bold")
    for col in ("id", "label", "claims", "text"):
        questions.add_column(col, overflow="fold", no_wrap=col == "id")
    for q in cb.questions:
        questions.add_row(q.id, q.label, str(counts[("question", q.id)]), q.text)
    console.print(questions)
    return 0


def _change(args: argparse.Namespace, make, label: str = "edit codebook") -> int:  # type: ignore[no-untyped-def]
    # Not strict: a project whose files name a stance the codebook lacks (codebook.json
    # edited by hand) is repaired here, by adding it back or renaming; the change itself
    # re-reads every file it rewrites and refuses when one is damaged.
    project = open_project(args, strict=False, report=False)
    change = project.change_codebook(make, label)
    files = len({sid for sid, _, _ in change.claims})
    n = len(change.claims)
    rewritten = (
        [f"{n} claim{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''}"]
        if n
        else []
    )
    if change.progress:
        rewritten.append(f"progress of {', '.join(change.progress)}")
    print(change.label + (f" ({' and '.join(rewritten)} rewritten)" if rewritten else ""))
    return 0


def cmd_codebook(args: argparse.Namespace) -> int:
    """Without a subcommand: print the codebook."""
    return _print_codebook(args)


def cmd_add_stance(args: argparse.Namespace) -> int:
    """Add a stance; what is not given takes a default, and a line says how to change it."""
    from argmap import codebook as cbk

    added: list = []

    def make(cb, _claims):  # type: ignore[no-untyped-def]
        new = cbk.add_stance(
            cb,
            args.id,
            label=args.label,
            symbol=args.symbol,
            axis=0 if args.axis is None else args.axis,
            color=args.color,
            description=args.description or "",
        )
        added.append(new.stances[-1])
        if args.position is not None:
            new = cbk.move(new, "stance", args.id, args.position)
        return new

    code = _change(args, make, f"add stance {args.id}")
    given = {"label": args.label, "symbol": args.symbol, "axis": args.axis, "color": args.color}
    if added and any(v is None for v in given.values()):
        s = added[-1]
        print(
            f"  label {s.label!r}, symbol {s.symbol}, axis {s.axis}, colour {s.color}: change "
            f"with `argmap codebook edit stance {s.id} --label … --symbol … --axis -3..3 "
            "--color …`"
        )
    return code


def cmd_add_question(args: argparse.Namespace) -> int:
    from argmap import codebook as cbk

    def make(cb, _claims):  # type: ignore[no-untyped-def]
        new = cbk.add_question(cb, args.id, label=args.label, text=args.text)
        return new if args.position is None else cbk.move(new, "question", args.id, args.position)

    return _change(args, make, f"add question {args.id}")


def cmd_edit(args: argparse.Namespace) -> int:
    from argmap import codebook as cbk

    fields = {
        k: getattr(args, k)
        for k in ("label", "text", "description", "symbol", "color", "axis")
        if getattr(args, k, None) is not None
    }
    return _change(
        args,
        lambda cb, _claims: cbk.edit(cb, args.kind, args.id, **fields),
        f"edit {args.kind} {args.id}",
    )


def cmd_move(args: argparse.Namespace) -> int:
    from argmap import codebook as cbk

    return _change(
        args,
        lambda cb, _claims: cbk.move(cb, args.kind, args.id, args.position),
        f"move {args.kind} {args.id} to position {args.position}",
    )


def cmd_rename(args: argparse.Namespace) -> int:
    from argmap import codebook as cbk

    made: list[cbk.CodebookChange] = []

    def make(cb, claims):  # type: ignore[no-untyped-def]
        made.append(cbk.rename(cb, claims, args.kind, args.old, args.new))
        return made[-1]

    code = _change(args, make)
    placeholder = {s.id: s for s in cbk.blank_codebook().stances}.get(args.old)
    if args.kind == "stance" and placeholder is not None and made and not made[-1].catch_up:
        now = next(s for s in made[-1].codebook.stances if s.id == args.new)
        kept = [
            f"{name} {getattr(now, name)!r}"
            for name in ("label", "description")
            if getattr(now, name) == getattr(placeholder, name)
        ]
        if kept:
            print(
                f"  still the blank codebook's {' and '.join(kept)}: change with `argmap "
                f"codebook edit stance {args.new} --label … --description …`"
            )
    return code


def cmd_remove(args: argparse.Namespace) -> int:
    from argmap import codebook as cbk

    return _change(
        args, lambda cb, claims: cbk.remove(cb, claims, args.kind, args.id, into=args.into)
    )


def cmd_merge(args: argparse.Namespace) -> int:
    """Mend a codebook.json a merge of two copies left with conflict markers."""
    import json
    import subprocess
    from pathlib import Path

    from pydantic import ValidationError

    from argmap import store
    from argmap.codebook import conflict_sides, merge_codebooks
    from argmap.errors import ArgmapError, UsageError

    start = Path(args.project) if getattr(args, "project", None) else Path.cwd()
    root = store.find_project_root(start)
    if root is None:
        raise UsageError(f"{start}: no argmap project here or above (no argmap.json)")
    config = store.load_config(root)
    path = root / config.annotations_dir / store.CODEBOOK_FILE
    text = store.read_text(path)  # not UTF-8: one line naming the byte, not a traceback
    if store.conflict_marker_line(text) is None:
        print(f"{path}: no merge conflict in it: nothing to merge")
        return 0
    sides = conflict_sides(text)
    base_text = sides[2]
    if base_text is None:  # git keeps the common version while the conflict is open
        relative = path.relative_to(root).as_posix()
        with contextlib.suppress(OSError):
            shown = subprocess.run(
                ["git", "show", f":1:./{relative}"],
                cwd=root,
                capture_output=True,
                text=True,
                check=False,
            )
            base_text = shown.stdout if shown.returncode == 0 else None
    parsed = []
    for name, side in zip(
        ("this copy's", "the other copy's", "the common"), (*sides[:2], base_text), strict=True
    ):
        if side is None:
            parsed.append(None)
            continue
        try:
            parsed.append(json.loads(side))
        except json.JSONDecodeError as err:
            raise ArgmapError(
                f"{path}: {name} version is not valid JSON once the markers are taken out "
                f"(line {err.lineno}: {err.msg}); mend it by hand"
            ) from None
    try:
        codebook, notes = merge_codebooks(parsed[0], parsed[1], parsed[2])
    except ValidationError as err:
        problems = store.format_validation_error(err, str(path))
        raise ArgmapError(f"{problems[0]} (in the merged codebook); mend it by hand") from None
    with store.project_lock(root / config.annotations_dir):
        store.atomic_write(path, store.dump_json(codebook))
    print(
        f"{path}: merged: {len(codebook.stances)} stances ({', '.join(codebook.stance_ids)}), "
        f"{len(codebook.questions)} questions ({', '.join(codebook.question_ids)})"
        + ("" if parsed[2] is not None else "; the common version unknown: nothing removed")
    )
    for note in notes:
        print(f"  {note}")
    print(
        "  next: `argmap validate` (claims on an id renamed in one copy: "
        "`argmap codebook rename stance|question OLD NEW`); in git: `git add` the file"
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``codebook`` and its subcommands."""
    p = sub.add_parser(
        "codebook",
        help="print the codebook, or edit it (add-stance, add-question, edit, move, rename, "
        "remove; merge: after a git merge left conflict markers in it)",
        description="Print the codebook (stances, questions, how many claims use each). "
        "Subcommands edit it; rename and remove rewrite the claims that use an entry in one "
        "all-or-nothing change. A debate between options (route A, B or C) rather than for "
        "and against: one stance per option, each on axis 0 (no option is another's "
        "opposite, so a source weighing two is not marked mixed): rename the blank "
        "codebook's for, against and hedged to three options (`codebook rename stance for "
        "option-a`), set `codebook edit stance option-a --axis 0` for the two sided ones, "
        "and `codebook add-stance option-d` (axis 0 by default) for more.",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_codebook)
    verbs = p.add_subparsers(dest="codebook_command", metavar="SUBCOMMAND")

    q = verbs.add_parser(
        "add-stance",
        help="add a stance to the axis (an option among several: axis 0, the default)",
    )
    q.add_argument("id", metavar="ID")
    q.add_argument("--label", help="default: the id in words")
    q.add_argument(
        "--symbol",
        help="one character one cell wide, e.g. ▲ (default: the first of ● ▲ ▼ ■ ◆ free)",
    )
    q.add_argument(
        "--axis",
        type=int,
        help=f"{AXIS_HELP} (default 0)",
    )
    q.add_argument(
        "--color",
        help="a colour name (CSS's like orange or teal, or the terminal's like bright_blue), "
        "#rrggbb or rgb(r,g,b) (default: the first of blue, purple, teal, brown, pink, grey no "
        "stance has)",
    )
    q.add_argument("--description")
    q.add_argument(
        "--position",
        type=int,
        metavar="N",
        help="its place in the order of stances, 1 = first (default: last)",
    )
    add_project_option(q)
    q.set_defaults(func=cmd_add_stance)

    q = verbs.add_parser("add-question", help="add a recurring question")
    q.add_argument("id", metavar="ID")
    q.add_argument("--label", required=True, help="short name shown in the matrix")
    q.add_argument("--text", required=True, help="the question itself")
    q.add_argument(
        "--position",
        type=int,
        metavar="N",
        help="its place in the order of questions, 1 = first (default: last)",
    )
    add_project_option(q)
    q.set_defaults(func=cmd_add_question)

    q = verbs.add_parser("edit", help="change a stance's or question's label, text, colour…")
    q.add_argument("kind", choices=["stance", "question"])
    q.add_argument("id", metavar="ID")
    q.add_argument("--label", help="the short name shown in tables, legends and exports")
    q.add_argument("--text", help="(questions) the question itself")
    q.add_argument(
        "--description", help="(stances) what a claim of this stance says, for annotators"
    )
    q.add_argument("--symbol", help="(stances) one character one cell wide, e.g. ▲")
    q.add_argument(
        "--color",
        help="(stances) a colour name (CSS's like orange or teal, or the terminal's like "
        "bright_blue), #rrggbb or rgb(r,g,b)",
    )
    q.add_argument(
        "--axis",
        type=int,
        help=f"(stances) {AXIS_HELP}; a source with claims on both sides of a question is "
        "marked mixed",
    )
    add_project_option(q)
    q.set_defaults(func=cmd_edit)

    q = verbs.add_parser(
        "move", help="put a stance or question at another place in the order (1 = first)"
    )
    q.add_argument("kind", choices=["stance", "question"])
    q.add_argument("id", metavar="ID")
    q.add_argument("position", metavar="POSITION", type=int, help="1 = first")
    add_project_option(q)
    q.set_defaults(func=cmd_move)

    q = verbs.add_parser("rename", help="change an id, rewriting every claim that uses it")
    q.add_argument("kind", choices=["stance", "question"])
    q.add_argument("old", metavar="OLD")
    q.add_argument("new", metavar="NEW")
    add_project_option(q)
    q.set_defaults(func=cmd_rename)

    q = verbs.add_parser(
        "merge",
        help="mend a codebook.json that a merge of two copies of the project (git) left with "
        "conflict markers: every stance and question of both, each copy's changes",
    )
    add_project_option(q)
    q.set_defaults(func=cmd_merge)

    q = verbs.add_parser(
        "remove",
        help="remove a stance or question (refused while claims use it, unless --into)",
    )
    q.add_argument("kind", choices=["stance", "question"])
    q.add_argument("id", metavar="ID")
    q.add_argument(
        "--into",
        metavar="OTHER",
        help="move its claims to OTHER (a question is only dropped from claims with others)",
    )
    add_project_option(q)
    q.set_defaults(func=cmd_remove)
