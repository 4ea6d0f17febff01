"""Sources: ``argmap add``, ``sources``, ``sentences`` and ``meta``."""

from __future__ import annotations

import argparse

from argmap.cliutil import (
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_table,
)

META_FIELDS = ("title", "author", "outlet", "date", "url", "note")


def cmd_add(args: argparse.Namespace) -> int:
    """Copy articles into the project and print their ids."""
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
    """List the sources with sentence and claim counts."""
    project = open_project(args)
    done = project.done_map()
    by: dict[str, dict[str, int]] = {}
    for c in project.claims():
        per = by.setdefault(c.source, {})
        per[c.annotator] = per.get(c.annotator, 0) + 1
    rows = []
    for sid, doc in project.sources.items():
        claims = by.get(sid, {})
        rows.append(
            {
                "id": sid,
                "title": doc.meta.title,
                "author": doc.meta.author,
                "outlet": doc.meta.outlet,
                "date": doc.meta.date,
                "sentences": len(doc.sentences),
                "claims": sum(claims.values()),
                "claims_by": dict(sorted(claims.items())),
                "done_by": done.get(sid, []),
                "note": doc.meta.note,
            }
        )
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "title", "date", "sentences", "claims", "annotators (✓ done)"],
            [[r["id"], r["title"], r["date"], r["sentences"], r["claims"], _who(r)] for r in rows],
        )
    return 0


def _who(row: dict) -> str:
    """``analyst 27 ✓, bob 2``: claims per annotator, ✓ for those who marked it done."""
    names = sorted(set(row["claims_by"]) | set(row["done_by"]))
    return ", ".join(
        f"{n} {row['claims_by'].get(n, 0)}{' ✓' if n in row['done_by'] else ''}" for n in names
    )


def cmd_sentences(args: argparse.Namespace) -> int:
    """List one source's sentences with ids and offsets."""
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


def cmd_meta(args: argparse.Namespace) -> int:
    """Show a source's metadata, or set the fields given."""
    project = open_project(args)
    fields = {k: getattr(args, k) for k in META_FIELDS}
    meta = project.set_meta(args.source, **fields)
    if args.json or not any(v is not None for v in fields.values()):
        print_json(meta.model_dump(by_alias=True))
    else:
        print(f"updated metadata of {meta.id}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``add``, ``sources``, ``sentences`` and ``meta`` to the CLI."""
    p = subparsers.add_parser("add", help="add articles (.txt, .md, .html) to the project")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--id", help="source id (with a single file; default from the title)")
    p.add_argument("--encoding", default="utf-8", help="encoding of the files (default utf-8)")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_add)

    p = subparsers.add_parser("sources", help="list sources with sentence and claim counts")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_sources)

    p = subparsers.add_parser("sentences", help="list a source's sentences with ids and offsets")
    p.add_argument("source", metavar="SOURCE", help="source id or unique prefix")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_sentences)

    p = subparsers.add_parser("meta", help="show or set a source's metadata and position note")
    p.add_argument("source", metavar="SOURCE")
    for name in META_FIELDS:
        p.add_argument(f"--{name}")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_meta)
