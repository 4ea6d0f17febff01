"""What a source argues as a whole: ``argmap argues SOURCE STANCE`` (``--undo``; no
STANCE: the side the models propose and how to confirm it; no SOURCE: list, with the
proposals for the sources nobody has placed)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from argmap.cliutil import (
    add_annotator_option,
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_table,
)
from argmap.errors import UsageError

if TYPE_CHECKING:
    from argmap.project import Project


def _list(project: Project, args: argparse.Namespace) -> int:
    """Every annotator's word per source and, for the sources nobody has placed, the side
    the models propose (not kept)."""
    from argmap.suggest import side
    from argmap.suggest.suggestions import NotEnoughData

    said = project.argued_map()
    if args.json:
        print_json({sid: said.get(sid, {}) for sid in project.sources})
        return 0
    label = side.stance_label(project.codebook)
    proposals: dict[str, side.Proposal] = {}
    why_none = ""
    if not args.no_proposals:
        try:
            proposals = side.propose_all(
                project,
                side.unstated(project, getattr(args, "annotator", None)),
                getattr(args, "annotator", None),
            )
        except NotEnoughData as err:
            why_none = f"no proposals yet: {err}"

    def proposed(sid: str) -> str:
        got = proposals.get(sid)
        if got is None:
            return "-"
        if not got.confident:
            return f"- (too even to propose: {got.reason(label)})"
        return f"{label(got.stance)}? {got.reason(label)}"

    print_table(
        ["source", "title", "argues (annotator: stance)", "proposed (not kept)"],
        [
            [
                sid,
                doc.title,
                ", ".join(f"{a}: {s}" for a, s in said.get(sid, {}).items()) or "-",
                proposed(sid),
            ]
            for sid, doc in project.sources.items()
        ],
        title="what each source argues as a whole, per annotator",
    )
    if any(p.confident for p in proposals.values()):
        print(
            "proposed: the side a source's likely claims lean to; nothing is kept until you "
            f"confirm it (argmap argues SOURCE STANCE); {side.HELD_OUT}"
        )
    if why_none:
        print(why_none)
    return 0


def _propose(project: Project, args: argparse.Namespace) -> int:
    """``argues SOURCE`` without a STANCE: what you said, or the side proposed and how to
    confirm it."""
    from argmap.suggest import side

    doc = project.source(args.source)
    me = project.annotator
    now = project.argued(me).get(doc.id)
    mine = [c.stance for c in project.view_claims(me) if c.source == doc.id and c.stance]
    got = None if now or mine else side.propose(project, doc.id, getattr(args, "annotator", None))
    if args.json:
        print_json(
            {"annotator": me, "source": doc.id, "argues": now}
            | (got.to_json() if got is not None else {"proposed": None})
        )
        return 0
    if now:
        print(f"{me}: {doc.id}: argues {now} (argmap argues {doc.id} --undo takes it back)")
        return 0
    label = side.stance_label(project.codebook)
    stances = ", ".join(project.codebook.stance_ids)
    if mine:
        most = max(project.codebook.stance_ids, key=mine.count)
        print(
            f"{doc.id}: nothing proposed (proposals are for sources nothing of which is "
            f"annotated; your {len(mine)} annotated claims there are most often {label(most)}); "
            f"to say its side: argmap argues {doc.id} STANCE ({stances})"
        )
        return 0
    if got is None or not got.confident:
        why = "no likely claim to read" if got is None else f"too even: {got.reason(label)}"
        print(
            f"{doc.id}: nothing proposed ({why}); once you have read it: "
            f"argmap argues {doc.id} STANCE ({stances})"
        )
        return 0
    print(
        f"{doc.id}: proposed {label(got.stance)} (not kept): {got.reason(label)}; {side.HELD_OUT}"
    )
    print(f"confirm: argmap argues {doc.id} {got.stance}   (or another of: {stances})")
    return 0


def cmd_argues(args: argparse.Namespace) -> int:
    """Say which stance a source argues as a whole, in your reading; without STANCE, the
    side proposed for it; without SOURCE, list every annotator's word per source."""
    project = open_project(args)
    if args.source is None:
        return _list(project, args)
    if args.stance is None and not args.undo:
        return _propose(project, args)
    if args.stance is not None and args.undo:
        raise UsageError("argues: give a STANCE or --undo, not both")
    doc = project.source(args.source)
    changed = project.set_argued(doc.id, None if args.undo else args.stance)
    me = project.annotator
    now = project.argued(me).get(doc.id)
    if args.json:
        print_json({"annotator": me, "source": doc.id, "changed": changed, "argues": now})
        return 0
    said = f"argues {now}" if now else "no stance said"
    print(f"{me}: {doc.id}: {said}" + ("" if changed else " (unchanged)"))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``argues`` to the CLI."""
    p = subparsers.add_parser(
        "argues",
        help="say which stance a source argues as a whole (--undo to take it back); no "
        "STANCE: the side proposed; no SOURCE: list",
        description="Say which stance a source argues as a whole, in your reading (its main "
        "line). Suggestions for its sentences lean on it: one word here is worth more than "
        "several annotated sentences on a debate the model does not know. Stored per "
        "annotator in annotations/progress/NAME.json; colleagues' words are kept apart. "
        "Without STANCE it shows the side the models propose for a source nobody has "
        "placed (the side its likely claims lean to), which nothing keeps until you "
        "confirm it.",
    )
    p.add_argument("source", nargs="?", metavar="SOURCE", help="source id or unique prefix")
    p.add_argument("stance", nargs="?", metavar="STANCE", help="a stance id of the codebook")
    p.add_argument("--undo", action="store_true", help="take back what you said")
    p.add_argument(
        "--no-proposals",
        action="store_true",
        help="list without the sides the models propose (faster: no training)",
    )
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_argues)
