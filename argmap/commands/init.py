"""``argmap init``: create an empty project."""

from __future__ import annotations

import argparse


def cmd_init(args: argparse.Namespace) -> int:
    """Create the project directory with the default codebook."""
    from argmap.project import Project

    project = Project.init(args.dir, name=args.name)
    print(f"created project {project.config.name!r} in {project.root}")
    print("next: argmap add ARTICLE.txt --project", args.dir)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``init`` to the CLI."""
    p = subparsers.add_parser("init", help="create an empty project with the default codebook")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--name", help="project name (default: the directory name)")
    p.set_defaults(func=cmd_init)
