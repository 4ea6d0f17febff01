"""``argmap matrix``: each source's (or voice's) position on each question; ``argmap
voices``: the voices claims are in, with their claims per source and stance."""

from __future__ import annotations

import argparse
from typing import Any

from argmap.cliutil import (
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_table,
    shorten,
    split_values,
)


def cmd_matrix(args: argparse.Namespace) -> int:
    """Print the source × question matrix of positions."""
    from argmap.analysis import project_matrix

    project = open_project(args, strict=False)
    questions = list(dict.fromkeys(split_values(args.question)))  # -q a -q a: one column
    for q in questions:
        project.check_question(q)
    by = project.check_annotator(args.by) if args.by is not None else None
    if getattr(args, "rows", "source") == "voice":
        return _voice_matrix(project, args, by, questions or None)
    m = project_matrix(project, by, questions or None)
    if args.json:
        print_json(m.to_json())
        return 0
    # along the scale when the stances are one (the TUI's and the exports' order), else listed
    stances = _stances_along_scale(project)
    rows = []
    for sid in m.sources:
        row = [sid[:16]]
        for q in m.questions:
            cell = m.cell(sid, q)
            contested = f" !{cell.contested}" if cell.contested else ""
            if cell.dominant is None:
                row.append(contested.strip())
                continue
            counts = "/".join(str(cell.counts[s]) for s in stances)
            symbol = stances[cell.dominant].symbol
            row.append(f"{symbol}{'±' if cell.mixed else ''} {counts}{contested}")
        row.append(", ".join(m.done.get(sid, ())))
        rows.append(row)
    legend = "  ".join(f"{s.symbol} {s.id}" for s in stances.values())
    view = f"{args.by}'s reading" if args.by else "one vote per sentence"
    print_table(
        ["source", *m.questions, "done by"],
        rows,
        title=f"positions, {view} ({legend}; ± mixed; counts {'/'.join(stances)}; "
        "!N sentences annotators read differently)",
    )
    return 0


def _stances_along_scale(project: Any) -> dict[str, Any]:
    """The codebook's stances by id, along the scale when they are one, else as listed."""
    from argmap.codebook import scale

    by_id = {s.id: s for s in project.codebook.stances}
    return {sid: by_id[sid] for sid in scale(project.codebook.stances) or by_id}


def _voice_matrix(project: Any, args: argparse.Namespace, by: str | None, questions: Any) -> int:
    """``matrix --rows voice``: each voice's position on each question, and its sources."""
    from argmap.voices import project_voice_matrix

    m = project_voice_matrix(project, by, questions)
    if args.json:
        print_json(m.to_json())
        return 0
    stances = _stances_along_scale(project)
    rows = []
    for voice in m.voices:
        row = [shorten(voice, 28)]
        for q in m.questions:
            cell = m.cell(voice, q)
            contested = f" !{cell.contested}" if cell.contested else ""
            if cell.dominant is None:
                row.append(contested.strip())
                continue
            counts = "/".join(str(cell.counts[s]) for s in stances)
            symbol = stances[cell.dominant].symbol
            row.append(f"{symbol}{'±' if cell.mixed else ''} {counts}{contested}")
        found = m.sources[voice]
        row.append(f"{len(found)}: {shorten(', '.join(found), 40)}")
        rows.append(row)
    legend = "  ".join(f"{s.symbol} {s.id}" for s in stances.values())
    view = f"{args.by}'s reading" if args.by else "one vote per sentence"
    if not rows:
        print("no claim has a voice: set one with `argmap annotate … --voice NAME`")
        return 0
    print_table(
        ["voice", *m.questions, "sources"],
        rows,
        title=f"positions by voice, {view} ({legend}; ± mixed; counts {'/'.join(stances)}; "
        "!N sentences annotators read differently, in stance or voice)",
    )
    writer = m.writer_claims
    print(
        f"{writer} claim{'s' if writer != 1 else ''} in the writers' own voice: "
        "`argmap matrix` counts them by source"
    )
    return 0


def cmd_voices(args: argparse.Namespace) -> int:
    """List the voices claims are in: per voice its claims per source and stance."""
    from argmap.model import voice_key
    from argmap.voices import near_duplicates, voices_of

    project = open_project(args, strict=False)
    claims = project.claims(
        source=args.source,
        annotator=project.check_annotator(args.by) if args.by is not None else None,
    )
    spellings = project.voices()
    voiced = [c for c in claims if c.voice]
    per: dict[str, dict[str, dict[str, int]]] = {}
    sentences: dict[str, set[tuple[str, str]]] = {}
    order = list(_stances_along_scale(project))
    for c in voiced:
        key = voice_key(c.voice)
        stances = per.setdefault(key, {}).setdefault(c.source, {})
        stances[c.stance] = stances.get(c.stance, 0) + 1
        sentences.setdefault(key, set()).add((c.source, c.sentence or c.id))
    keys = sorted(per, key=lambda k: (spellings[k].casefold(), spellings[k]))
    near = near_duplicates(voices_of(voiced) if args.source or args.by else spellings)
    if args.json:
        print_json(
            {
                "voices": [
                    {
                        "voice": spellings[k],
                        "spellings": sorted({c.voice for c in voiced if voice_key(c.voice) == k}),
                        "claims": sum(n for st in per[k].values() for n in st.values()),
                        "sentences": len(sentences[k]),
                        "sources": {
                            sid: {s: st[s] for s in sorted(st, key=_rank(order))}
                            for sid, st in sorted(per[k].items())
                        },
                    }
                    for k in keys
                ],
                "writer_claims": len(claims) - len(voiced),
                "near_duplicates": [list(pair) for pair in near],
            }
        )
        return 0
    if not keys:
        print("no claim has a voice: set one with `argmap annotate … --voice NAME`")
        return 0
    rows = []
    for k in keys:
        listed = "; ".join(
            f"{sid}: " + ", ".join(f"{s} {st[s]}" for s in sorted(st, key=_rank(order)))
            for sid, st in sorted(per[k].items())
        )
        total = sum(n for st in per[k].values() for n in st.values())
        rows.append([shorten(spellings[k], 28), str(total), str(len(per[k])), listed])
    print_table(["voice", "claims", "sources", "claims per source and stance"], rows)
    for a, b in near:
        print(f"{a!r} and {b!r}: one voice mistyped? (`argmap update CLAIM --voice NAME`)")
    return 0


def _rank(order: list[str]) -> Any:
    return lambda sid: order.index(sid) if sid in order else len(order)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``matrix`` and ``voices`` to the CLI."""
    p = subparsers.add_parser("matrix", help="each source's position on each question")
    p.add_argument(
        "--question",
        "-q",
        action="append",
        help="only these questions (repeatable or comma-separated)",
    )
    p.add_argument(
        "--by",
        metavar="ANNOTATOR",
        help="one annotator's reading (the reference annotator's: the adjudicated one) "
        "instead of everyone's, one vote per sentence",
    )
    p.add_argument(
        "--rows",
        choices=["source", "voice"],
        default="source",
        help="source (default): each source's position; voice: each voice's (the person or "
        "body a claim's stance belongs to, `annotate --voice`), a sentence counted once, "
        "with the sources it is in",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_matrix)

    p = subparsers.add_parser(
        "voices",
        help="who argues what: each voice's claims per source and stance",
        description="The voices claims are in (`annotate --voice`, an import's voice "
        "column): per voice, how many claims, in which sources, with which stances; two "
        "voices spelled almost alike are named as a likely typo. `argmap matrix --rows voice` "
        "gives each voice's position per question.",
    )
    p.add_argument("--source", "-s", help="only this source's claims")
    p.add_argument("--by", metavar="ANNOTATOR", help="only this annotator's claims")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_voices)
