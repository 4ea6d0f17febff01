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
    from argmap.analysis import matrix

    project = open_project(args, strict=False)
    questions = list(dict.fromkeys(split_values(args.question)))  # -q a -q a: one column
    for q in questions:
        project.check_question(q)
    by = project.check_annotator(args.by) if args.by is not None else None
    m = matrix(project.view_claims(by), project.codebook, list(project.sources), questions or None)
    if args.json:
        print_json(m.to_json())
        return 0
    stances = {s.id: s for s in project.codebook.stances}
    rows = []
    for sid in m.sources:
        row = [sid[:16]]
        for q in m.questions:
            cell = m.cell(sid, q)
            if cell.dominant is None:
                row.append("")
                continue
            counts = "/".join(str(cell.counts[s]) for s in stances)
            row.append(f"{stances[cell.dominant].symbol}{'±' if cell.mixed else ''} {counts}")
        rows.append(row)
    legend = "  ".join(f"{s.symbol} {s.id}" for s in stances.values())
    print_table(
        ["source", *m.questions],
        rows,
        title=f"positions ({legend}; ± mixed; counts {'/'.join(stances)})",
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
        "--by", metavar="ANNOTATOR", help="one annotator's view instead of the reference"
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_matrix)
