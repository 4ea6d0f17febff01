"""Helpers shared by the command-line handlers: options, opening, printing.

Building the parser imports only this module and :mod:`argmap.errors`: the project, its
pydantic models and rich are imported by the handlers when a command runs, so that
``argmap --help`` and usage errors stay fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.project import Project


def add_project_option(parser: argparse.ArgumentParser) -> None:
    """``--project DIR``: the project directory (default: the current one or above)."""
    parser.add_argument(
        "--project",
        "-p",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="project directory (default: the current directory or the nearest above it)",
    )


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json``: machine-readable output."""
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


ANNOTATOR_HELP = (
    "who makes the edit (default: $ARGMAP_ANNOTATOR, then your name on this machine: "
    "`argmap init DIR --annotator NAME` keeps it)"
)


def add_annotator_option(parser: argparse.ArgumentParser, help_text: str = ANNOTATOR_HELP) -> None:
    """``--annotator NAME``: who makes the edit (else $ARGMAP_ANNOTATOR or the name kept on
    this machine)."""
    parser.add_argument("--annotator", metavar="NAME", default=argparse.SUPPRESS, help=help_text)


_OPENED: list[Project] = []
_EDITING: list[Project] = []


def open_project(
    args: argparse.Namespace,
    *,
    strict: bool = True,
    report: bool = True,
    claims_of: Sequence[str] | None = None,
    summary: bool = False,
) -> Project:
    """Open the project named by ``--project`` (or found from the current directory).

    With ``strict=False`` a damaged file does not stop the command: it works on the healthy
    files (edits that would touch a damaged one are refused by the project), and, unless
    ``report=False`` (the command reports problems itself), :func:`argmap.cli.main` names
    the damaged files on stderr afterwards and exits 1 if nothing was saved.
    ``claims_of``: the command needs only these sources' claims (see ``Project.open``);
    ``summary``: it needs only counts and problems (``claims_of`` empty).
    """
    import gc

    from argmap.errors import InvalidFile
    from argmap.project import Project

    def opened() -> Project:
        return Project.open(
            getattr(args, "project", None),
            annotator=getattr(args, "annotator", None),
            strict=strict,
            claims_of=claims_of,
            summary=summary,
        )

    try:
        project = opened()
    except InvalidFile:
        if not catch_up_renames(args):
            raise
        project = opened()
    else:
        if project.problems and project.codebook.renamed and catch_up_renames(args, project):
            project = opened()
    if report and not strict:
        _OPENED.append(project)
    _EDITING.append(project)
    # The loaded project lives until the command ends: keep its objects out of the cyclic
    # collector's full scans, which otherwise cost more than the command's own work at 1,000
    # sources (argmap.cli.main unfreezes them at the end, for callers that go on).
    gc.freeze()
    return project


def catch_up_renames(args: argparse.Namespace, project: Project | None = None) -> bool:
    """Move the claims and progress still on ids the codebook records as renamed (a copy of
    the project annotated with the old id, then the copies were merged), saying so on
    stderr; whether anything moved. ``project``: the project as opened (not strictly) by
    the command, else it is opened here. A project that cannot be read this far is left to
    the command's own error."""
    from argmap import store
    from argmap.codebook import catch_up_report
    from argmap.errors import ArgmapError
    from argmap.project import Project

    try:
        if project is None:
            root = store.find_project_root(Path(getattr(args, "project", None) or "."))
            if root is None:
                return False
            config = store.load_config(root)
            if not store.load_codebook(root / config.annotations_dir / store.CODEBOOK_FILE).renamed:
                return False
            annotator = getattr(args, "annotator", None)
            project = Project.open(root, annotator=annotator, strict=False)
        codebook = project.codebook
        made = project.catch_up_renames()
    except ArgmapError:
        return False
    if made is None:
        return False
    for line in catch_up_report(codebook, made, project.codebook_path):
        print(f"argmap: {line}", file=sys.stderr)
    return True


def shared_annotator_notes() -> list[str]:
    """For each project this command saved to under the annotator name argmap.json keeps
    for everyone who opens it (argmap before session 16), how to keep one's own, and each
    file an edit saved with its claims re-anchored on a source's changed text; forgets the
    projects opened."""
    from argmap.store import CONFIG_FILE

    notes = [
        f"argmap: saved as {p.config.annotator!r}, the name {p.root / CONFIG_FILE} gives "
        "everyone who opens this project (a colleague's clone too): "
        f"`argmap init {p.root} --annotator YOURNAME` keeps yours on this machine instead"
        for p in _EDITING
        if p.writes and p.annotator_from == CONFIG_FILE
    ]
    notes += [f"argmap: {note}" for p in _EDITING for note in p.saved_reanchored]
    notes += [f"argmap: {note}" for p in _EDITING for note in p.voice_notes]
    _EDITING.clear()
    return list(dict.fromkeys(notes))


def take_unreported_problems() -> tuple[list[str], bool]:
    """Problems of the projects opened with ``strict=False`` since the last call, and
    whether any of those projects saved something; forgets them."""
    problems = [line for p in _OPENED for line in p.problems]
    wrote = any(p.writes for p in _OPENED)
    _OPENED.clear()
    return problems, wrote


def split_values(values: Sequence[str] | None) -> list[str]:
    """Values of a repeatable option that may also be comma-separated, in order."""
    return [v for group in values or [] for v in group.split(",") if v]


def shorten(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON (UTF-8, stable key order as given).

    pydantic-core's serializer writes the same text as ``json.dumps(indent=2)`` (floats
    aside, e.g. ``0.00001`` for ``1e-05``) about six times faster: ``json`` indents in pure
    Python, which took a second for the matrix of 1,000 sources.
    """
    from pydantic_core import to_json

    text = to_json(data, indent=2, fallback=str, inf_nan_mode="constants").decode("utf-8")
    sys.stdout.write(text + "\n")


#: Items of a JSON list serialised at once by ``print_json_items``.
JSON_CHUNK = 1024


def print_json_items(items: Iterable[Any]) -> None:
    """``print_json(list(items))``, the same text, written ``JSON_CHUNK`` items at a time:
    neither every item nor the whole text is held at once (``argmap suggest --all --json``
    on 1,000 sources held the dicts of 91,000 suggestions and three copies of a 130 MB
    text: 1 GB)."""
    import itertools

    from pydantic_core import to_json

    out = sys.stdout
    opened = False
    rest = iter(items)
    while chunk := list(itertools.islice(rest, JSON_CHUNK)):
        text = to_json(chunk, indent=2, fallback=str, inf_nan_mode="constants").decode("utf-8")
        # "[\n  item,\n  item\n]": its items as they are indented inside the whole list
        out.write(("," if opened else "[") + text[1:-2])
        opened = True
    out.write("\n]\n" if opened else "[]\n")


NO_WRAP_COLUMNS = frozenset(["id", "start", "end", "sentence", "source", "stance"])


def print_table(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], *, title: str | None = None
) -> None:
    """Print a readable table, wrapping long cells to the terminal width.

    Drawn like rich's default table (heavy head, light body) but by hand: rich lays a table
    out cell by cell, which took 1.5 s for the 1,000 rows of ``argmap sources``.
    """
    import os
    import shutil
    import textwrap

    from rich.cells import cell_len

    if sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    else:
        # Piped output has no width to fit; 80 columns would squeeze text letter by letter.
        width = max(shutil.get_terminal_size().columns, 200)
    texts = [["" if v is None else " ".join(str(v).split()) for v in row] for row in rows]
    widths = [cell_len(c) for c in columns]
    for row in texts:
        for i, cell in enumerate(row):
            n = cell_len(cell)
            if n > widths[i]:
                widths[i] = n
    # Narrow the widest wrappable columns until the table fits (as rich's overflow="fold").
    wrappable = [i for i, c in enumerate(columns) if c not in NO_WRAP_COLUMNS]
    excess = sum(widths) + 3 * len(widths) + 1 - width
    floors = {i: max(cell_len(columns[i]), 8) for i in wrappable}
    while excess > 0:
        shrinkable = [i for i in wrappable if widths[i] > floors[i]]
        if not shrinkable:
            break
        widths[max(shrinkable, key=lambda j: widths[j])] -= 1  # the widest gives first
        excess -= 1

    def pad(text: str, w: int) -> str:
        return text + " " * (w - cell_len(text))

    def lines_of(row: Sequence[str]) -> list[str]:
        parts = [
            textwrap.wrap(cell, w, break_long_words=True) or [""] if cell_len(cell) > w else [cell]
            for cell, w in zip(row, widths, strict=True)
        ]
        height = max(len(p) for p in parts)
        return [
            "│ "
            + " │ ".join(
                pad(p[k] if k < len(p) else "", w) for p, w in zip(parts, widths, strict=True)
            )
            + " │"
            for k in range(height)
        ]

    bold = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    out = []
    total = sum(widths) + 3 * len(widths) + 1
    if title:
        out.extend(line.center(total).rstrip() for line in textwrap.wrap(title, total))
    out.append("┏" + "┳".join("━" * (w + 2) for w in widths) + "┓")
    heads = [
        f"\x1b[1m{pad(c, w)}\x1b[0m" if bold else pad(c, w)
        for c, w in zip(columns, widths, strict=True)
    ]
    out.append("┃ " + " ┃ ".join(heads) + " ┃")
    out.append("┡" + "╇".join("━" * (w + 2) for w in widths) + "┩")
    for row in texts:
        out.extend(lines_of(row))
    out.append("└" + "┴".join("─" * (w + 2) for w in widths) + "┘")
    sys.stdout.write("\n".join(out) + "\n")


def claim_json(claim: Any) -> dict[str, Any]:
    """The documented JSON shape of a claim for scripts."""
    return {
        "id": claim.id,
        "source": claim.source,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "stance": claim.stance,
        "questions": list(claim.questions),
        "kind": claim.kind,
        "relations": [{"type": r.type, "target": r.target} for r in claim.relations],
        "note": claim.note,
        "voice": claim.voice,
        "annotator": claim.annotator,
        "orphan": claim.orphan is not None,
    }


def sentence_mark(claim: Any) -> str:
    """The sentence column of a claim in a table: its id, or ``orphan`` when its quote is
    gone (its old sentence id would now name another sentence)."""
    return "⚠ orphan" if claim.orphan is not None else claim.sentence
