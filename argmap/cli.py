"""The ``argmap`` command line: parse, call the project, print a table or JSON."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from argmap import __version__
from argmap.cliutil import (
    add_annotator_option,
    add_json_option,
    add_project_option,
    claim_json,
    open_project,
    print_json,
    print_table,
)
from argmap.errors import ArgmapError, InvalidFile, UsageError


def _shorten(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- handlers


def cmd_init(args: argparse.Namespace) -> int:
    from argmap.project import Project

    project = Project.init(args.dir, name=args.name)
    print(f"created project {project.config.name!r} in {project.root}")
    print("next: argmap add ARTICLE.txt --project", args.dir)
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    project = open_project(args)
    added = []
    for path in args.files:
        meta = project.add_source(
            path, source_id=args.id if len(args.files) == 1 else None, encoding=args.encoding
        )
        doc = project.sources[meta.id]
        added.append((meta, len(doc.sentences)))
    if args.json:
        print_json([{**m.model_dump(by_alias=True), "sentences": n} for m, n in added])
    else:
        for meta, n in added:
            print(f"added {meta.id}: {meta.title!r} ({n} sentences)")
    return 0


def cmd_sources(args: argparse.Namespace) -> int:
    project = open_project(args)
    rows = []
    for sid, doc in project.sources.items():
        claims = project.claims(source=sid)
        rows.append(
            {
                "id": sid,
                "title": doc.meta.title,
                "author": doc.meta.author,
                "outlet": doc.meta.outlet,
                "date": doc.meta.date,
                "sentences": len(doc.sentences),
                "claims": len(claims),
                "note": doc.meta.note,
            }
        )
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "title", "date", "sentences", "claims"],
            [[r["id"], r["title"], r["date"], r["sentences"], r["claims"]] for r in rows],
        )
    return 0


def cmd_sentences(args: argparse.Namespace) -> int:
    project = open_project(args)
    doc = project.source(args.source)
    rows = [s.model_dump() for s in doc.sentences]
    if args.json:
        print_json(
            [{"source": doc.id, **{k: r[k] for k in ("id", "start", "end", "text")}} for r in rows]
        )
    else:
        print_table(
            ["id", "start", "end", "text"],
            [[r["id"], r["start"], r["end"], r["text"]] for r in rows],
            title=f"{doc.id}: {doc.title}",
        )
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    project = open_project(args)
    claims = project.claims(
        source=args.source,
        question=args.question,
        stance=args.stance,
        kind=args.kind,
        annotator=args.by,
    )
    if args.json:
        print_json([claim_json(c) for c in claims])
        return 0
    symbols = {s.id: s.symbol for s in project.codebook.stances}
    print_table(
        ["id", "source", "sentence", "stance", "questions", "kind", "quote", "relations"],
        [
            [
                c.id,
                c.source[:12],
                c.sentence,
                f"{symbols.get(c.stance, '?')} {c.stance}",
                ", ".join(c.questions),
                c.kind,
                _shorten(c.quote, 70),
                " ".join(f"{r.type[:3]}:{r.target}" for r in c.relations),
            ]
            for c in claims
        ],
    )
    return 0


def cmd_matrix(args: argparse.Namespace) -> int:
    from argmap.analysis import matrix

    project = open_project(args)
    for q in args.question or []:
        project.check_question(q)
    m = matrix(
        project.view_claims(args.by), project.codebook, list(project.sources), args.question or None
    )
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


def _questions(args: argparse.Namespace) -> list[str]:
    return [q for group in args.question or [] for q in group.split(",") if q]


def cmd_annotate(args: argparse.Namespace) -> int:
    project = open_project(args)
    claim = project.annotate(
        args.source,
        sentence=args.sentence,
        quote=args.quote,
        span=(args.start, args.end) if args.start is not None else None,
        stance=args.stance,
        questions=_questions(args),
        kind=args.kind,
        note=args.note,
    )
    for rel, targets in (("supports", args.supports), ("attacks", args.attacks)):
        for target in targets or []:
            claim = project.relate(claim.id, rel, target)
    if args.json:
        print_json(claim_json(claim))
    else:
        print(
            f"{claim.id} {claim.source}:{claim.sentence} {claim.stance} {','.join(claim.questions)} {claim.kind}"
        )
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    project = open_project(args)
    changes: dict[str, object] = {}
    if args.stance:
        changes["stance"] = args.stance
    if args.question:
        changes["questions"] = _questions(args)
    if args.kind:
        changes["kind"] = args.kind
    if args.note is not None:
        changes["note"] = args.note
    if not changes:
        raise UsageError("nothing to change: give --stance, --question, --kind or --note")
    claim = project.update(args.claim, **changes)
    print_json(claim_json(claim)) if args.json else print(f"updated {claim.id}")
    return 0


def cmd_relate(args: argparse.Namespace) -> int:
    project = open_project(args)
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
    project = open_project(args)
    for ref in args.claims:
        claim = project.delete(ref)
        print(f"deleted {claim.id}")
    return 0


def cmd_meta(args: argparse.Namespace) -> int:
    project = open_project(args)
    fields = {k: getattr(args, k) for k in ("title", "author", "outlet", "date", "url", "note")}
    meta = project.set_meta(args.source, **fields)
    if args.json or not any(v is not None for v in fields.values()):
        print_json(meta.model_dump(by_alias=True))
    else:
        print(f"updated metadata of {meta.id}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
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


# --------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, including subcommands from :mod:`argmap.commands`."""
    parser = argparse.ArgumentParser(
        prog="argmap",
        description="Map a policy debate: who argues what, on which questions, with what evidence. "
        "Without a command, opens the terminal UI on the project.",
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    add_project_option(parser)
    add_annotator_option(parser)
    parser.set_defaults(project=None, annotator=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create an empty project with the default codebook")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--name", help="project name (default: the directory name)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("add", help="add articles (.txt, .md, .html) to the project")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--id", help="source id (with a single file; default from the title)")
    p.add_argument("--encoding", default="utf-8", help="encoding of the files (default utf-8)")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("sources", help="list sources with sentence and claim counts")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("sentences", help="list a source's sentences with ids and offsets")
    p.add_argument("source", metavar="SOURCE", help="source id or unique prefix")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_sentences)

    p = sub.add_parser("claims", help="list annotations, filtered")
    p.add_argument("--source", "-s")
    p.add_argument("--question", "-q")
    p.add_argument("--stance")
    p.add_argument("--kind", choices=["claim", "evidence"])
    p.add_argument("--by", metavar="ANNOTATOR", help="only this annotator's claims")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_claims)

    p = sub.add_parser("matrix", help="each source's position on each question")
    p.add_argument("--question", "-q", action="append", help="only these questions")
    p.add_argument(
        "--by", metavar="ANNOTATOR", help="one annotator's view instead of the reference"
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_matrix)

    p = sub.add_parser("annotate", help="annotate a sentence or quote (updates your claim there)")
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

    p = sub.add_parser("update", help="change a claim's stance, questions, kind or note")
    p.add_argument("claim", metavar="CLAIM")
    p.add_argument("--stance")
    p.add_argument("--question", "-q", action="append", help="replaces the questions")
    p.add_argument("--kind", choices=["claim", "evidence"])
    p.add_argument("--note")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("relate", help="record that a claim supports or attacks another")
    p.add_argument("claim", metavar="CLAIM")
    rel = p.add_mutually_exclusive_group(required=True)
    rel.add_argument("--supports", metavar="CLAIM")
    rel.add_argument("--attacks", metavar="CLAIM")
    rel.add_argument("--remove", metavar="CLAIM", help="remove the relation to CLAIM")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_relate)

    p = sub.add_parser("unannotate", help="delete claims (and relations pointing at them)")
    p.add_argument("claims", nargs="+", metavar="CLAIM")
    add_project_option(p)
    add_annotator_option(p)
    p.set_defaults(func=cmd_unannotate)

    p = sub.add_parser("meta", help="show or set a source's metadata and position note")
    p.add_argument("source", metavar="SOURCE")
    for name in ("title", "author", "outlet", "date", "url", "note"):
        p.add_argument(f"--{name}")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_meta)

    p = sub.add_parser("validate", help="check every file of the project")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("reanchor", help="save claims re-anchored after their source was edited")
    add_project_option(p)
    p.set_defaults(func=cmd_reanchor)

    import argmap.commands

    for info in sorted(pkgutil.iter_modules(argmap.commands.__path__), key=lambda i: i.name):
        importlib.import_module(f"argmap.commands.{info.name}").register(sub)
    return parser


def _default_action(args: argparse.Namespace) -> int:
    """No command: open the TUI when there is one, else print the matrix."""
    try:
        from argmap.tui.app import run as run_tui
    except ImportError:
        args.question, args.by, args.json = None, None, False
        return cmd_matrix(args)
    return run_tui(project=args.project, annotator=args.annotator)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: returns the process exit code (0 ok, 1 error, 2 usage)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None) or _default_action
    try:
        return func(args)
    except InvalidFile as err:
        for line in err.problems:
            print(f"argmap: {line}", file=sys.stderr)
        return err.exit_code
    except ArgmapError as err:
        print(f"argmap: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
