"""``argmap init``: create an empty project with a codebook of one's choice."""

from __future__ import annotations

import argparse

DEFAULT_CODEBOOK = "blank"


def cmd_init(args: argparse.Namespace) -> int:
    """Create the project directory with the chosen codebook."""
    from argmap.codebook import load_codebook_spec
    from argmap.project import Project

    codebook = load_codebook_spec(args.codebook)
    project = Project.init(args.dir, name=args.name, codebook=codebook)
    cb = project.codebook
    print(f"created project {project.config.name!r} in {project.root}")
    print(
        f"codebook {args.codebook!r}: {len(cb.stances)} stances "
        f"({', '.join(cb.stance_ids)}), {len(cb.questions)} questions"
    )
    if args.codebook == DEFAULT_CODEBOOK:
        print(
            "stances: make them your debate's: argmap codebook rename stance for ID, "
            "codebook add-stance ID --label L, codebook remove stance ID "
            f"(each with --project {args.dir})"
        )
    if not cb.questions:
        print(
            "next: argmap codebook add-question ID --label L --text 'The question?' "
            f"--project {args.dir}"
        )
    print(f"then: argmap add ARTICLE.txt --project {args.dir}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``init`` to the CLI."""
    p = subparsers.add_parser(
        "init", help="create an empty project (blank codebook unless --codebook says otherwise)"
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--name", help="project name (default: the directory name)")
    p.add_argument(
        "--codebook",
        default=DEFAULT_CODEBOOK,
        metavar="blank|defence|PATH",
        help="blank (default): no questions, stances for/against/hedged to rename; "
        "defence: the shipped European-defence codebook; PATH: copy another project's "
        "codebook (its directory or codebook.json)",
    )
    p.set_defaults(func=cmd_init)
