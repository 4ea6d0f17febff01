"""``argmap matrix``: each source's position on each question."""

from __future__ import annotations

import argparse

from argmap.cliutil import (
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_table,
    split_values,
)


def cmd_matrix(args: argparse.Namespace) -> int:
    """Print the source × question matrix of positions."""
    from argmap.analysis import project_matrix

    project = open_project(args, strict=False)
    questions = list(dict.fromkeys(split_values(args.question)))  # -q a -q a: one column
    for q in questions:
        project.check_question(q)
    by = project.check_annotator(args.by) if args.by is not None else None
    m = project_matrix(project, by, questions or None)
    if args.json:
        print_json(m.to_json())
        return 0
    from argmap.codebook import scale

    # along the scale when the stances are one (the TUI's and the exports' order), else listed
    by_id = {s.id: s for s in project.codebook.stances}
    stances = {sid: by_id[sid] for sid in scale(project.codebook.stances) or by_id}
    rows = []
    for sid in m.sources:
        row = [sid[:16]]
        for q in m.questions:
            cell = m.cell(sid, q)
            contested = f" !{cell.contested}" if cell.contested else ""
            if cell.dominant is None:
                row.append(contested.strip())
                continue
            counts = "/".join(str(cell.counts[s]) for s in stances)
            symbol = stances[cell.dominant].symbol
            row.append(f"{symbol}{'±' if cell.mixed else ''} {counts}{contested}")
        row.append(", ".join(m.done.get(sid, ())))
        rows.append(row)
    legend = "  ".join(f"{s.symbol} {s.id}" for s in stances.values())
    view = f"{args.by}'s reading" if args.by else "one vote per sentence"
    print_table(
        ["source", *m.questions, "done by"],
        rows,
        title=f"positions, {view} ({legend}; ± mixed; counts {'/'.join(stances)}; "
        "!N sentences annotators read differently)",
    )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``matrix`` to the CLI."""
    p = subparsers.add_parser("matrix", help="each source's position on each question")
    p.add_argument(
        "--question",
        "-q",
        action="append",
        help="only these questions (repeatable or comma-separated)",
    )
    p.add_argument(
        "--by",
        metavar="ANNOTATOR",
        help="one annotator's reading (the reference annotator's: the adjudicated one) "
        "instead of everyone's, one vote per sentence",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_matrix)
