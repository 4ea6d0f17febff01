"""Claims: ``argmap claims``, ``annotate``, ``import``, ``update``, ``relate`` and
``unannotate``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from argmap.cliutil import (
    add_annotator_option,
    add_json_option,
    add_project_option,
    claim_json,
    open_project,
    print_json,
    print_json_items,
    print_table,
    sentence_mark,
    shorten,
    split_values,
)
from argmap.errors import UsageError


def cmd_claims(args: argparse.Namespace) -> int:
    """List claims, filtered by source, question, stance, kind, annotator or voice."""
    project = open_project(args, strict=False)
    claims = project.claims(
        source=args.source,
        question=args.question,
        stance=args.stance,
        kind=args.kind,
        annotator=project.check_annotator(args.by) if args.by is not None else None,
    )
    if args.voice is not None:
        from argmap.model import voice_key

        key = voice_key(_check_voice(project, args.voice))
        claims = [c for c in claims if c.voice and voice_key(c.voice) == key]
    if args.json:
        print_json_items(claim_json(c) for c in claims)
        return 0
    symbols = {s.id: s.symbol for s in project.codebook.stances}
    voiced = any(c.voice for c in claims)  # the column only where someone set a voice
    print_table(
        [
            "id",
            "by",
            "source",
            "sentence",
            "stance",
            *(["voice"] if voiced else []),
            "questions",
            "kind",
            "quote",
            "relations",
        ],
        [
            [
                c.id,
                c.annotator,
                c.source[:12],
                sentence_mark(c),
                f"{symbols.get(c.stance, '?')} {c.stance}",
                *([shorten(c.voice, 24)] if voiced else []),
                ", ".join(c.questions),
                c.kind,
                shorten(c.quote, 70),
                " ".join(f"{r.type[:3]}:{r.target}" for r in c.relations),
            ]
            for c in claims
        ],
    )
    return 0


def _check_voice(project: Any, asked: str) -> str:
    """The project's spelling of the voice ``asked``, or a one-line error naming the voices."""
    from argmap.errors import unknown
    from argmap.model import voice_key

    known = project.voices()
    if voice_key(asked) not in known:
        raise UsageError(unknown("voice", asked, sorted(known.values(), key=str.casefold)))
    return known[voice_key(asked)]


def cmd_annotate(args: argparse.Namespace) -> int:
    """Annotate a sentence, quote or span (updating the annotator's claim there)."""
    if args.start is not None and args.end is None:
        raise UsageError("--start needs --end (the span is --start N --end M)")
    if args.end is not None and args.start is None:
        raise UsageError("--end goes with --start, not with --sentence or --quote")
    project = open_project(args, strict=False, claims_of=[args.source])
    links = [
        (rel, target)
        for rel, targets in (("supports", args.supports), ("attacks", args.attacks))
        for target in targets or []
    ]
    for _, target in links:
        project.claim(target)  # an unknown target fails before anything is saved
    with project.all_or_nothing():
        claim = project.annotate(
            args.source,
            sentence=args.sentence,
            quote=args.quote,
            span=(args.start, args.end) if args.start is not None else None,
            stance=args.stance,
            questions=split_values(args.question),
            kind=args.kind,
            note=args.note,
            voice=args.voice,
        )
        for rel, target in links:
            claim = project.relate(claim.id, rel, target)
    if args.json:
        print_json(claim_json(claim))
    else:
        print(
            f"{claim.id} {claim.source}:{claim.sentence} {claim.stance} {','.join(claim.questions)} {claim.kind}"
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import annotations from a CSV, TSV or JSON Lines file: all rows or none."""
    from argmap.errors import InvalidFile
    from argmap.importer import import_annotations

    project = open_project(args, strict=False)
    try:
        report = import_annotations(
            project, args.file, check=args.check, default_questions=split_values(args.question)
        )
    except InvalidFile as err:
        if not args.check:
            raise
        for line in err.problems:  # all of them: what --check is for
            print("argmap: " + line.replace("\r", "\\r").replace("\n", "\\n"), file=sys.stderr)
        return err.exit_code
    if args.json:
        print_json(
            {
                "annotator": report.annotator,
                "rows": report.rows,
                "blank": report.blank,
                "new": report.new,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "links": report.links,
                "links_added": report.links_added,
                "saved": not args.check,
                "claims": [c.id for c in report.claims],
            }
        )
    elif args.check:
        print(f"{args.file}: {report.rows} annotations and {report.links} links are valid")
    else:
        print(
            f"imported {report.rows} annotations as {report.annotator}: {report.new} new, "
            f"{report.updated} updated, {report.unchanged} unchanged; "
            f"{report.links_added} links added"
        )
    if report.blank and not args.json:
        print(f"{report.blank} rows left blank (no stance, questions or note): not annotations")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    """Change a claim's stance, questions, kind, note or voice."""
    project = open_project(args, strict=False)
    changes: dict[str, object] = {}
    if args.stance:
        changes["stance"] = args.stance
    if args.question:
        changes["questions"] = split_values(args.question)
    if args.kind:
        changes["kind"] = args.kind
    if args.note is not None:
        changes["note"] = args.note
    if args.voice is not None:
        changes["voice"] = args.voice
    if not changes:
        raise UsageError("nothing to change: give --stance, --question, --kind, --note or --voice")
    claim = project.update(args.claim, **changes)
    print_json(claim_json(claim)) if args.json else print(f"updated {claim.id}")
    return 0


def cmd_relate(args: argparse.Namespace) -> int:
    """Record (or remove) a supports/attacks relation between two claims."""
    project = open_project(args, strict=False)
    if args.remove:
        claim = project.unrelate(args.claim, args.remove)
    else:
        rel, target = ("supports", args.supports) if args.supports else ("attacks", args.attacks)
        claim = project.relate(args.claim, rel, target)
    print_json(claim_json(claim)) if args.json else print(
        f"{claim.id}: "
        + (", ".join(f"{r.type} {r.target}" for r in claim.relations) or "no relations")
    )
    return 0


def cmd_unannotate(args: argparse.Namespace) -> int:
    """Delete claims and the links that point at them (listed): all of them, or none."""
    project = open_project(args, strict=False)
    # Every id is checked first, so an unknown or foreign one deletes nothing.
    targets = list(dict.fromkeys(project.claim(ref).id for ref in args.claims))
    for cid in targets:
        project.check_owner(project.claim(cid))
    links = {
        cid: [(c, r) for c, r in project.links_to(cid) if c.id not in targets] for cid in targets
    }
    with project.all_or_nothing():
        for cid in targets:
            project.delete(cid)
    for cid in targets:
        print(f"deleted {cid}")
        for other, rel in links[cid]:
            print(f"  and the link {other.id} ({other.annotator}) {rel.type} {cid}")
    return 0


VOICE_HELP = (
    "whose stance it is when not the writer's: the person or body quoted or reported "
    '("Margit Solheim-Rask"); written in the spelling the project has for it (case and '
    "spaces do not matter), a near-miss of a known voice is reported"
)
CLAIM_HELP = (
    "a claim id (or its first 4+ characters) from `argmap claims`, or SOURCE:SENTENCE as "
    "`annotate` prints it (e.g. wind-first:s0004)"
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``claims``, ``annotate``, ``update``, ``relate`` and ``unannotate`` to the CLI."""
    p = subparsers.add_parser("claims", help="list annotations, filtered")
    p.add_argument("--source", "-s")
    p.add_argument("--question", "-q")
    p.add_argument("--stance")
    p.add_argument("--kind", choices=["claim", "evidence"])
    p.add_argument("--by", metavar="ANNOTATOR", help="only this annotator's claims")
    p.add_argument(
        "--voice", metavar="NAME", help="only claims in this voice (any case or spacing)"
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_claims)

    p = subparsers.add_parser(
        "annotate", help="annotate a sentence or quote (updates your claim there)"
    )
    p.add_argument("source", metavar="SOURCE")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--sentence", metavar="ID", help="sentence id, e.g. s0012")
    where.add_argument("--quote", metavar="TEXT", help="exact words of the claim")
    where.add_argument("--start", type=int, help="start offset (with --end)")
    p.add_argument("--end", type=int, help="end offset (with --start)")
    p.add_argument("--stance", required=True)
    p.add_argument(
        "--question", "-q", action="append", required=True, help="repeat or comma-separate"
    )
    p.add_argument("--kind", choices=["claim", "evidence"])
    p.add_argument("--note")
    p.add_argument("--voice", metavar="NAME", help=VOICE_HELP)
    p.add_argument(
        "--supports", metavar="CLAIM", action="append", help="also record that it supports CLAIM"
    )
    p.add_argument(
        "--attacks", metavar="CLAIM", action="append", help="also record that it attacks CLAIM"
    )
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_annotate)

    p = subparsers.add_parser(
        "import",
        help="import annotations and links from a CSV, TSV or JSON Lines file (all or none)",
        description="Columns (a header row; JSON Lines: the same field names): source, "
        "sentence or quote or start+end, stance, questions (one or more, separated by ; or "
        ",), and optionally kind, note, voice (whose stance it is when not the writer's: "
        "a person or body quoted), id (a label of your own), supports and attacks (ids "
        "of other rows or claim ids). Every row needs a question, as every claim does (a "
        "claim on none would be in no cell of the matrix and no export): a verdict on the "
        "whole debate takes the question its paragraph argues, or a question of its own "
        "(`argmap codebook add-question overall …`, then --question overall). The file "
        "`argmap export --format csv` writes is read back. Rows on words you annotated "
        "already update those claims: importing the same file again changes nothing.",
    )
    p.add_argument("file", metavar="FILE", help="a .csv, .tsv or .jsonl file")
    p.add_argument(
        "--check",
        action="store_true",
        help="check the file only, save nothing, and list every problem (an import shows "
        "the first 20)",
    )
    p.add_argument(
        "--question",
        "-q",
        action="append",
        metavar="QUESTION",
        help="the question(s) of every row whose questions cell is empty (repeat or "
        "comma-separate); rows that name their questions keep them",
    )
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser(
        "update", help="change your claim's stance, questions, kind, note or voice"
    )
    p.add_argument("claim", metavar="CLAIM", help=CLAIM_HELP)
    p.add_argument("--stance")
    p.add_argument("--question", "-q", action="append", help="replaces the questions")
    p.add_argument("--kind", choices=["claim", "evidence"])
    p.add_argument("--note")
    p.add_argument("--voice", metavar="NAME", help=VOICE_HELP + "; --voice '' clears it")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_update)

    p = subparsers.add_parser("relate", help="record that a claim supports or attacks another")
    p.add_argument("claim", metavar="CLAIM", help=CLAIM_HELP)
    rel = p.add_mutually_exclusive_group(required=True)
    rel.add_argument("--supports", metavar="CLAIM")
    rel.add_argument("--attacks", metavar="CLAIM")
    rel.add_argument("--remove", metavar="CLAIM", help="remove the relation to CLAIM")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_relate)

    p = subparsers.add_parser(
        "unannotate",
        help="delete your claims (and the links pointing at them, which it lists)",
    )
    p.add_argument("claims", nargs="+", metavar="CLAIM", help=CLAIM_HELP)
    add_project_option(p)
    add_annotator_option(p)
    p.set_defaults(func=cmd_unannotate)
