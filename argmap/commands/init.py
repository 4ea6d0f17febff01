"""``argmap init``: create an empty project with a codebook of one's choice."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cliutil import add_annotator_option

DEFAULT_CODEBOOK = "blank"
CONFIG_FILE = "argmap.json"  # store.CONFIG_FILE: `--help` imports no pydantic model


def cmd_init(args: argparse.Namespace) -> int:
    """Create the project directory with the chosen codebook."""
    from argmap.codebook import load_codebook_spec
    from argmap.errors import UsageError
    from argmap.model import ANNOTATOR_RULE, annotator_name
    from argmap.project import Project

    annotator = getattr(args, "annotator", None)
    if (Path(args.dir) / CONFIG_FILE).is_file():
        return _reconfigure(args, annotator)
    if annotator is not None and annotator_name(annotator) is None:
        raise UsageError(f"annotator {annotator!r} is not a valid name: {ANNOTATOR_RULE}")
    codebook = load_codebook_spec(args.codebook or DEFAULT_CODEBOOK)
    project = Project.init(args.dir, name=args.name, codebook=codebook)
    if annotator is not None:
        project.set_config(annotator=annotator)
    cb = project.codebook
    print(f"created project {project.config.name!r} in {project.root}")
    print(
        f"codebook {args.codebook or DEFAULT_CODEBOOK!r}: {len(cb.stances)} stances "
        f"({', '.join(cb.stance_ids)}), {len(cb.questions)} questions"
    )
    if annotator is not None:
        from argmap.store import user_config_path

        print(
            f"annotator: {annotator}, your name in every project on this machine (kept in "
            f"{user_config_path()}, not in the project: a colleague's clone or synced copy "
            "does not take it; --annotator or $ARGMAP_ANNOTATOR still choose another)"
        )
    if args.codebook in (None, DEFAULT_CODEBOOK):
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


def _reconfigure(args: argparse.Namespace, annotator: str | None) -> int:
    """``argmap init DIR --name N`` (or ``--annotator A``) on a project that exists: change
    its name or default annotator, nothing else."""
    from argmap.errors import ArgmapError
    from argmap.project import Project

    where = Path(args.dir) / CONFIG_FILE
    if args.codebook is not None or (args.name is None and annotator is None):
        raise ArgmapError(
            f"{where}: a project already exists here (`argmap init {args.dir} --name NAME` "
            "or `--annotator NAME` changes its name or default annotator; `argmap codebook` "
            "edits its codebook)"
        )
    project = Project.open(args.dir)
    said = project.set_config(name=args.name, annotator=annotator)
    print("\n".join(said) if said else f"{where}: nothing changed")
    if annotator is not None:
        print(
            "  the annotator is your name in every project on this machine, not kept in the "
            "project (a colleague's clone or synced copy does not take it)"
        )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``init`` to the CLI."""
    p = subparsers.add_parser(
        "init",
        help="create an empty project (blank codebook unless --codebook says otherwise); on "
        "a project that exists, --name changes its name; --annotator sets your name",
    )
    p.add_argument("dir", metavar="DIR")
    p.add_argument(
        "--name",
        help="project name, the title of its reports (default: the directory name; on a "
        "project that exists: its new name)",
    )
    add_annotator_option(
        p,
        "your name as annotator, kept on this machine for every project (not in the "
        "project, so that colleagues sharing it through git or a synced folder keep theirs)",
    )
    p.add_argument(
        "--codebook",
        default=None,
        metavar="blank|defence|PATH",
        help="blank (default): no questions, stances for/against/hedged to rename (options "
        "A/B/C instead: `argmap codebook --help`); "
        "defence: the shipped European-defence codebook; PATH: copy another project's "
        "codebook (its directory or codebook.json)",
    )
    p.set_defaults(func=cmd_init)
