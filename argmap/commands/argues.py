"""What a source argues as a whole: ``argmap argues SOURCE STANCE`` (``--undo``; no
STANCE: the side the models propose and how to confirm it; no SOURCE: list, with the
proposals). Where a side is proposed is one rule, ``side.SideView.needs_proposal``; only
saying a side needs an annotator."""

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
    """Every annotator's word per source and, where a side is proposed to you
    (``side.SideView.needs_proposal``), the side the models propose (not kept)."""
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
        due = [sid for sid, view in side.side_views(project).items() if view.needs_proposal]
        try:
            proposals = side.propose_all(project, due)
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
            "proposed: the side a source's likely claims lean to, where nothing of it is "
            f"annotated and {_whose(project)} no side; nothing is kept until you confirm it "
            f"(argmap argues SOURCE STANCE); {side.HELD_OUT}"
        )
    if why_none:
        print(why_none)
    return 0


def _whose(project: Project) -> str:
    """Who has said no side where a side is proposed: "you have said" or "nobody has said"."""
    from argmap.suggest import side

    return "nobody has said" if side.you(project) is None else "you have said"


def _propose(project: Project, args: argparse.Namespace) -> int:
    """``argues SOURCE`` without a STANCE (read-only, no annotator needed): what you said,
    or the side proposed and how to confirm it, or why none is."""
    from argmap.suggest import side

    doc = project.source(args.source)
    view = side.side_view(project, doc.id)
    got = side.propose(project, doc.id) if view.needs_proposal else None
    if args.json:
        print_json(
            {"annotator": view.you, "source": doc.id, "argues": view.yours, "said": view.words}
            | (got.to_json() if got is not None else {"proposed": None})
        )
        return 0
    label = side.stance_label(project.codebook)
    stances = ", ".join(project.codebook.stance_ids)
    others = ", ".join(f"{a}: {label(s)}" for a, s in view.others.items())
    if view.yours is not None:
        print(
            f"{view.you}: {doc.id}: argues {view.yours} "
            f"(argmap argues {doc.id} --undo takes it back)"
        )
        if others:
            print(f"said by others: {others}")
        return 0
    confirm = f"argmap argues {doc.id} STANCE ({stances})"
    if view.you is None:
        confirm += " --annotator NAME"
    if not view.needs_proposal:
        print(f"{doc.id}: nothing proposed ({view.why_not(label)}); to say its side: {confirm}")
        return 0
    if got is None or not got.confident:
        why = "no likely claim to read" if got is None else f"too even: {got.reason(label)}"
        print(f"{doc.id}: nothing proposed ({why}); once you have read it: {confirm}")
    else:
        print(
            f"{doc.id}: proposed {label(got.stance)} (not kept): {got.reason(label)}; "
            f"{side.HELD_OUT}"
        )
        also = " --annotator NAME" if view.you is None else ""
        print(f"confirm: argmap argues {doc.id} {got.stance}{also}   (or another of: {stances})")
    if others:
        print(f"said by others (kept apart from yours): {others}")
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
        "Without STANCE it shows the side the models propose (the side its likely claims "
        "lean to) for a source nothing of which is annotated and whose side you have not "
        "said (with no annotator set: nobody has), which nothing keeps until you confirm "
        "it; reading needs no annotator, saying does.",
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
