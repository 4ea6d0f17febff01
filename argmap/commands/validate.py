"""Checking and repair: ``argmap validate`` and ``argmap reanchor``."""

from __future__ import annotations

import argparse
import sys

from argmap.cliutil import add_json_option, add_project_option, open_project, print_json


def cmd_validate(args: argparse.Namespace) -> int:
    """Check every file of the project; exit 1 when anything is wrong."""
    project = open_project(args, strict=False)
    problems = project.validate()
    n_claims = len(project.claim_index)
    if args.json:
        print_json(
            {
                "ok": not problems,
                "problems": problems,
                "sources": len(project.sources),
                "claims": n_claims,
            }
        )
    else:
        for line in problems:
            print(line, file=sys.stderr)
        if not problems:
            print(f"ok: {len(project.sources)} sources, {n_claims} claims, codebook valid")
    return 1 if problems else 0


def cmd_reanchor(args: argparse.Namespace) -> int:
    """Save the claims re-anchored after their source was edited."""
    project = open_project(args, strict=False)
    reports = list(project.anchor_reports)
    saved = project.save_reanchored()
    for r in reports:
        print(
            f"{r.source}: {r.moved} moved, {r.modified} fuzzily re-anchored, {len(r.orphans)} orphans kept"
        )
    if not saved:
        print("nothing to re-anchor: every source is unchanged since it was annotated")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``validate`` and ``reanchor`` to the CLI."""
    p = subparsers.add_parser("validate", help="check every file of the project")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_validate)

    p = subparsers.add_parser(
        "reanchor", help="save claims re-anchored after their source was edited"
    )
    add_project_option(p)
    p.set_defaults(func=cmd_reanchor)
