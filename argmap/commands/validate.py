"""Checking and repair: ``argmap validate``, ``reanchor``, ``orphans`` and ``reattach``."""

from __future__ import annotations

import argparse
import sys

from argmap.cliutil import (
    add_annotator_option,
    add_json_option,
    add_project_option,
    claim_json,
    open_project,
    print_json,
    print_table,
    shorten,
)
from argmap.errors import UsageError


def cmd_validate(args: argparse.Namespace) -> int:
    """Check every file of the project; exit 1 when anything is wrong."""
    # Files unchanged since the load cache found them sound are not read again (see
    # argmap.loadcache): every other file is read and checked.
    if args.repair:
        _repair(args)
    project = open_project(args, strict=False, report=False, claims_of=[], summary=True)
    problems = project.validate()
    n_claims = project.claim_count()
    near_voices = _near_voices(project)
    # not problems (the files are sound) but text the user may not know is missing
    left_out = {sid: n for sid, d in project.sources.items() if (n := d.left_out_count)}
    stale = [
        (sid, fix)
        for sid, d in project.sources.items()
        if d.speaker_fixes
        for fix in d.stale_speakers()
    ]
    if args.json:
        print_json(
            {
                "ok": not problems,
                "problems": problems,
                "sources": len(project.sources),
                "claims": n_claims,
                "left_out": left_out,
                "links_to_deleted": project.links_to_deleted,
                "near_voices": [list(pair) for pair in near_voices],
                "stale_speakers": [{"source": sid, **f.model_dump()} for sid, f in stale],
            }
        )
    else:
        for line in problems:
            print(line, file=sys.stderr)
        for line in project.links_to_deleted:
            print(f"note: {line}")
        for sid, fix in stale:
            print(
                f"note: {sid}: the speaker set for {fix.sentence} ({fix.speaker or 'nobody'}) "
                f"is not applied: the sentence's text changed (argmap speaker {sid})"
            )
        for a, b in near_voices:
            print(
                f"note: voices {a!r} and {b!r} are spelled almost alike: one voice mistyped? "
                f"(`argmap voices --rename {b!r} {a!r}` gives your claims the other spelling)"
            )
        for sid, n in left_out.items():
            print(
                f"note: {sid}: {n} passage{'s' if n != 1 else ''} of its saved page "
                f"{'were' if n != 1 else 'was'} not read (argmap leftout {sid})"
            )
        if not problems:
            print(f"ok: {len(project.sources)} sources, {n_claims} claims, codebook valid")
    return 1 if problems else 0


def _near_voices(project) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Pairs of the project's voices spelled almost alike (as ``argmap voices`` lists them):
    not a problem (two people may be named so), a note; none read when no claim has a voice."""
    from argmap.voices import near_duplicates

    return near_duplicates(project.voices())


def cmd_reanchor(args: argparse.Namespace) -> int:
    """Save the claims re-anchored after their source was edited, every source that can be,
    and the rejections placed on their sentences anew (see :mod:`argmap.rejections`).

    A source whose annotation file has problems or cannot be written is left as it was and
    named on stderr (exit 1); the others are saved all the same.
    """
    project = open_project(args, strict=False, report=False)
    reports = {r.source: r for r in project.anchor_reports}
    saved = project.save_reanchored()
    for sid in saved:
        r = reports[sid]
        print(
            f"{r.source}: {r.moved} moved, {r.modified} fuzzily re-anchored, {len(r.orphans)} orphans kept"
        )
    placed = project.save_placed_rejections()
    for name, (on_sentences, unplaced) in placed.items():
        print(
            f"{project.progress_dir / name}.json: rejections in edited sources saved where "
            f"they are now: {on_sentences} on their sentences, {unplaced} kept unplaced"
        )
    for line in project.reanchor_failures:
        print(f"argmap: {line}", file=sys.stderr)
    if not reports and not placed:
        print("nothing to re-anchor: every source is unchanged since it was annotated")
    return 1 if project.reanchor_failures else 0


def cmd_orphans(args: argparse.Namespace) -> int:
    """List the orphans: claims whose quote is gone from their edited source."""
    project = open_project(args, strict=False)
    orphans = project.orphans(args.source)
    if args.json:
        print_json(
            [{**claim_json(c), "reason": c.orphan.reason if c.orphan else ""} for c in orphans]
        )
        return 0
    if not orphans:
        print("no orphans: every claim's quote is in its source")
        return 0
    print_table(
        ["id", "source", "annotator", "stance", "questions", "quote", "reason"],
        [
            [
                c.id,
                c.source[:16],
                c.annotator,
                c.stance,
                ", ".join(c.questions),
                shorten(c.quote, 60),
                c.orphan.reason if c.orphan else "",
            ]
            for c in orphans
        ],
        title=f"{len(orphans)} orphans: `argmap reattach ID --sentence S` or `argmap unannotate ID`",
    )
    return 0


def cmd_reattach(args: argparse.Namespace) -> int:
    """Anchor an orphan to a sentence, quote or span of its (edited) source."""
    if (args.start is None) != (args.end is None):
        raise UsageError("--start and --end go together (the span is --start N --end M)")
    project = open_project(args, strict=False)
    claim = project.reattach(
        args.claim,
        sentence=args.sentence,
        quote=args.quote,
        span=(args.start, args.end) if args.start is not None else None,
    )
    if args.json:
        print_json(claim_json(claim))
    else:
        print(f"reattached {claim.id} to {claim.source}:{claim.sentence}")
    return 0


def _repair(args: argparse.Namespace) -> None:
    """``validate --repair``: mend what merging two copies left (see argmap.merging)."""
    from argmap.merging import repair_merged
    from argmap.project import Project

    project = Project.open(getattr(args, "project", None), strict=False)
    done = repair_merged(project.annotations_dir)
    for line in done.changed:
        print(f"repaired: {line}")
    for line in done.skipped:
        print(f"not repaired (left as is): {line}", file=sys.stderr)
    if not done.changed:
        print("repair: no claim changed in two copies, no link to a deleted claim")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``validate``, ``reanchor``, ``orphans`` and ``reattach`` to the CLI."""
    p = subparsers.add_parser(
        "validate",
        help="check every file of the project (--repair: mend what merging two copies left)",
    )
    p.add_argument(
        "--repair",
        action="store_true",
        help="first mend what merging two copies of the project left: a claim the merge "
        "brought back as two lines (the version modified last is kept, else one the codebook "
        "can read; the others named) and links to claims deleted in the other copy (dropped, "
        "each named)",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_validate)

    p = subparsers.add_parser(
        "reanchor",
        help="save claims (and rejected suggestions) re-anchored after their source was edited",
    )
    add_project_option(p)
    p.set_defaults(func=cmd_reanchor)

    p = subparsers.add_parser(
        "orphans", help="list claims whose quote is gone from their edited source"
    )
    p.add_argument("--source", "-s", help="only this source")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_orphans)

    p = subparsers.add_parser("reattach", help="anchor an orphaned claim to a new place")
    p.add_argument("claim", metavar="CLAIM")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--sentence", metavar="ID", help="sentence id, e.g. s0012")
    where.add_argument("--quote", metavar="TEXT", help="exact words of the claim")
    where.add_argument("--start", type=int, help="start offset (with --end)")
    p.add_argument("--end", type=int, help="end offset (with --start)")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_reattach)
