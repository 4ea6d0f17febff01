"""``argmap agreement`` (inter-annotator agreement) and ``argmap adopt`` (adjudication).

The reference annotation is written only here (or in the TUI's adjudication screen): to
write a sentence's reference reading by hand,
``argmap adopt --sentence SOURCE:s0003 --stance hedged -q us-guarantee``.
"""

from __future__ import annotations

import argparse

from argmap.cliutil import add_json_option, add_project_option, open_project, print_json
from argmap.errors import UsageError


def _split(values: list[str] | None) -> list[str]:
    return [v for group in values or [] for v in group.split(",") if v]


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "n/a"
    return f"{x:.0%}" if pct else f"{x:.3f}"


def cmd_agreement(args: argparse.Namespace) -> int:
    """Print agreement figures for every pair of annotators and for all together."""
    from argmap.agreement import agreement

    project = open_project(args, strict=False)
    if args.question:
        project.check_question(args.question)
    report = agreement(
        project,
        question=args.question,
        sources=_split(args.source) or None,
        annotators=_split([*(args.annotators or []), *args.names]) or None,
    )
    if args.json:
        print_json(report.to_json(top=args.top))
        return 0
    _print_report(report, args.top)
    return 0


def _print_report(report, top: int) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from argmap.agreement import SEVERITY_HELP, SEVERITY_LABELS

    console = Console(soft_wrap=False)
    up = report.suggestions
    if up is not None and up.total:
        console.print(
            f"Model suggestions: {up.total} acted on: accepted {up.accepted} "
            f"({_fmt(up.rate(up.accepted), pct=True)}), corrected {up.corrected} "
            f"({_fmt(up.rate(up.corrected), pct=True)}), rejected {up.rejected} "
            f"({_fmt(up.rate(up.rejected), pct=True)}), pre-annotations left out "
            f"{up.left_out} ({_fmt(up.rate(up.left_out), pct=True)})"
        )
    if len(report.annotators) < 2:
        console.print(
            f"Agreement needs at least two annotators; found: {', '.join(report.annotators) or 'none'}."
        )
        return
    scope = f" on question {report.question}" if report.question else ""
    read = Table(title="Sources read (with a claim in them, or marked done)", header_style="bold")
    read.add_column("annotator")
    read.add_column("sources", overflow="fold")
    for a in report.annotators:
        read.add_row(a, ", ".join(report.read[a]) or "-")
    console.print(read)

    groups = list(report.pairs) + ([report.all] if report.all else [])
    summary = Table(
        title=f"Agreement per sentence{scope}",
        header_style="bold",
        pad_edge=False,  # 80 columns show every heading whole ("annotato…" with the pads)
        caption_justify="left",
        caption="stance: every sentence, 'none' where no claim; stance, annotated: only "
        "sentences all annotated; kind: claim or evidence there; voice (when claims have one): "
        "whose stance, (writer) for the writer's own; questions: mean Jaccard there; "
        "links: support/attack links between such sentences (units: each one's links, agreed: "
        "alike in all, F1 of one against the other); link type: support or attack where all "
        "linked the same two sentences. kappa: Cohen's (for all: mean of the pairs); alpha: "
        "Krippendorff's, nominal; n/a: undefined (one category only)",
    )
    for col in ("annotators", "measure", "units", "agreed", "observed", "kappa", "alpha"):
        left = col in ("annotators", "measure")
        summary.add_column(col, justify="left" if left else "right", no_wrap=col == "measure")
    for g in groups:
        who = " + ".join(g.annotators) if g is not report.all else "all"
        rows = [
            ("stance", g.stance),
            ("stance, annotated", g.stance_annotated),
            ("claim or not", g.claim),
        ]
        if g.kind is not None:
            rows.append(("kind, annotated", g.kind))
        if g.voice is not None:
            rows.append(("voice, annotated", g.voice))
        for i, (name, m) in enumerate(rows):
            summary.add_row(
                who if i == 0 else "",
                name,
                str(m.n),
                str(m.agreed),
                _fmt(m.observed, pct=True),
                _fmt(m.kappa),
                _fmt(m.alpha),
            )
        q = g.questions
        summary.add_row("", "questions, Jaccard", str(q.n), "", _fmt(q.mean_jaccard), "", "")
        r = g.relations
        if r is not None:
            summary.add_row(
                "",
                "links, F1",
                " / ".join(str(r.links[a]) for a in g.annotators),
                str(r.matched),
                _fmt(r.f1),
                "",
                "",
            )
            t = r.type
            summary.add_row(
                "",
                "link type, same pair",
                str(t.n),
                str(t.agreed),
                _fmt(t.observed, pct=True),
                _fmt(t.kappa),
                _fmt(t.alpha),
            )
        summary.add_section()
    console.print(summary)

    qtable = Table(
        title="Questions, on sentences all compared annotators annotated", header_style="bold"
    )
    qtable.add_column("annotators")
    qtable.add_column("question")
    qtable.add_column("units", justify="right")
    qtable.add_column("tagged by each", justify="right")
    qtable.add_column("agreed", justify="right")
    qtable.add_column("kappa", justify="right")
    for g in groups:
        who = " + ".join(g.annotators) if g is not report.all else "all"
        used = [
            (q, m)
            for q, m in g.questions.per_question.items()
            if m.agreed < m.n or any(m.counts[a].get(q, 0) for a in g.annotators)
        ]
        for i, (qid, m) in enumerate(used):
            tagged = " / ".join(str(m.counts[a].get(qid, 0)) for a in g.annotators)
            qtable.add_row(
                who if i == 0 else "", qid, str(m.n), tagged, str(m.agreed), _fmt(m.kappa)
            )
        qtable.add_section()
    if qtable.row_count:
        console.print(qtable)

    if report.cells:
        cells = Table(
            title="Agreement per matrix cell (source × question), weakest first",
            header_style="bold",
            caption_justify="left",
            caption="units: the source's sentences every reader of it has read (annotated, or "
            "marked the source done); label: the stance on the question, or none",
        )
        for col in ("source", "question", "readers", "units", "agreed", "kappa", "alpha"):
            cells.add_column(
                col, justify="left" if col in ("source", "question", "readers") else "right"
            )
        ranked = sorted(
            report.cells,
            key=lambda c: (c.alpha if c.alpha is not None else 2.0, c.source, c.question),
        )
        for c in ranked[:top]:
            cells.add_row(
                c.source[:20],
                c.question,
                ", ".join(c.annotators),
                str(c.n),
                str(c.agreed),
                _fmt(c.kappa),
                _fmt(c.alpha),
            )
        console.print(cells)

    worst = report.all or (report.pairs[0] if len(report.pairs) == 1 else None)
    shown = [worst] if worst else report.pairs
    for g in shown:
        if not g.disagreements:
            continue
        dis = Table(
            title=f"Most different sentences ({' + '.join(g.annotators)}): "
            f"{min(top, len(g.disagreements))} of {len(g.disagreements)}",
            header_style="bold",
            show_lines=True,
        )
        dis.caption = f"ranked {SEVERITY_HELP}"
        # The sentence's SOURCE:ID and how they differ above its text, in one column: with
        # source ids of 40 characters, columns of their own left the text a few letters wide
        # in 80 columns.
        dis.add_column("sentence (how different)", overflow="fold", ratio=1)
        for a in g.annotators:
            wide = max(12, console.width * 11 // 20 // len(g.annotators) - 3)  # text: 45 %
            dis.add_column(a, overflow="fold", max_width=wide)
        for d in g.disagreements[:top]:
            where = Text(f"{d.source}:{d.sentence.id}", style="bold")
            where.append(f" ({SEVERITY_LABELS[d.severity]})\n", style="italic")
            where.append(d.sentence.text)
            voices = d.voiced
            dis.add_row(where, *(Text(d.readings[a].describe(voices)) for a in g.annotators))
        console.print(dis)


def cmd_adopt(args: argparse.Namespace) -> int:
    """Copy annotators' claims, a sentence's reading, or every agreed sentence to the reference."""
    from argmap.agreement import (
        adopt,
        adopt_agreed,
        adopt_reading,
        clear_reference,
        write_reference,
    )
    from argmap.cliutil import claim_json, print_table

    project = open_project(args)
    modes = sum(bool(x) for x in (args.claims, args.agreed, args.sentence))
    if modes != 1:
        raise UsageError(
            "give claim ids, or --agreed, or --sentence SOURCE:ID with --from NAME, "
            "--stance and --question, or --none"
        )
    before = {c.id: c for c in project.claims(annotator=project.config.reference_annotator)}
    if args.voice is not None and not args.stance:
        raise UsageError(
            "--voice goes with --stance (a reading adopted --from, or --agreed, keeps its "
            "claims' voices)"
        )
    if args.sentence:
        ways = sum(bool(x) for x in (args.from_, args.stance, args.none))
        if ways != 1:
            raise UsageError(
                "--sentence needs one of --from ANNOTATOR (adopt their reading), "
                "--stance with --question (write it by hand) or --none (not a claim)"
            )
        if ":" not in args.sentence:
            raise UsageError(
                f"--sentence {args.sentence!r}: expected SOURCE:SENTENCE, e.g. alpha:s0003"
            )
        source, sentence = args.sentence.rsplit(":", 1)
        if args.from_:
            written = adopt_reading(project, source, sentence, args.from_)
        elif args.none:
            removed = clear_reference(project, source, sentence)
            print(
                f"{source}:{sentence}: not a claim in the reference"
                + (f" ({removed} reference claims removed)" if removed else " (nothing to remove)")
            )
            return 0
        else:
            questions = _split(args.question)
            if not questions:
                raise UsageError("--stance needs --question (repeat or comma-separate)")
            written = [
                write_reference(
                    project,
                    source,
                    sentence,
                    stance=args.stance,
                    questions=questions,
                    kind=args.kind or "claim",
                    note=args.note or "",
                    voice=args.voice or "",
                )
            ]
    elif args.agreed:
        with project.all_or_nothing():  # every agreed sentence, or none (issue 16)
            written = adopt_agreed(project, sources=_split(args.source) or None)
    else:
        with project.all_or_nothing():  # several claims: all adopted, or none (issue 16)
            written = [adopt(project, ref) for ref in args.claims]
    if args.json:
        print_json([claim_json(c) for c in written])
        return 0
    reference = project.config.reference_annotator
    changed = [c for c in written if before.get(c.id) != c]
    if not changed:
        print(
            "nothing adopted: no sentence that two or more annotators read has the same "
            "reading from all of them and no reference reading yet"
            if args.agreed
            else f"nothing changed: the {reference} reading was already so"
        )
        return 0
    print_table(
        ["id", "source", "sentence", "stance", "questions", "quote"],
        [
            (c.id, c.source, c.sentence, c.stance, ", ".join(c.questions), c.quote[:80])
            for c in written
        ],
        title=f"{len(written)} {reference} claims written",
    )
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``agreement`` and ``adopt`` to the CLI."""
    p = subparsers.add_parser(
        "agreement",
        help="inter-annotator agreement (kappa, alpha) per pair and for all",
        description="Agreement between annotators, per sentence and per matrix cell "
        "(source × question), on the sentences each pair (or all) have read: a sentence is "
        "read by an annotator who made a claim in it or marked its source done (`argmap "
        "done`). The reference annotator is left out unless named in --annotators.",
    )
    p.add_argument(
        "names",
        nargs="*",
        metavar="ANNOTATOR",
        help="compare only these annotators (as --annotators: `argmap agreement alice bob`)",
    )
    p.add_argument("--question", "-q", metavar="Q", help="only claims on this question")
    p.add_argument(
        "--source", "-s", action="append", metavar="S", help="only these sources (repeatable)"
    )
    p.add_argument(
        "--annotators",
        "-a",
        action="append",
        metavar="NAMES",
        help="compare only these annotators (comma-separated; default: all but the reference)",
    )
    p.add_argument(
        "--top", type=int, default=10, metavar="N", help="how many disagreements to list (10)"
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_agreement)

    p = subparsers.add_parser(
        "adopt",
        help="copy annotators' claims into the reference annotation",
        description="Adjudicate: copy claims (with their links) as the reference "
        "annotator's, or write a sentence's reference reading by hand (--stance, -q) or as "
        "not a claim (--none). The matrix and exports use a sentence's reference reading "
        "wherever it has one; this (and the TUI's adjudication screen) is the only way to "
        "write it.",
    )
    p.add_argument("claims", nargs="*", metavar="CLAIM", help="claim ids to copy")
    p.add_argument(
        "--agreed", action="store_true", help="copy every sentence all its readers annotated alike"
    )
    p.add_argument(
        "--sentence",
        metavar="SOURCE:ID",
        help="make this sentence's reference reading that of --from (none = not a claim)",
    )
    p.add_argument("--from", dest="from_", metavar="ANNOTATOR", help="with --sentence")
    p.add_argument("--stance", help="with --sentence: write the reference reading by hand")
    p.add_argument(
        "--question", "-q", action="append", metavar="Q", help="with --stance (repeatable)"
    )
    p.add_argument("--kind", choices=["claim", "evidence"], help="with --stance")
    p.add_argument("--note", help="with --stance")
    p.add_argument(
        "--voice", metavar="NAME", help="with --stance: whose stance it is (default: the writer's)"
    )
    p.add_argument("--none", action="store_true", help="with --sentence: not a claim")
    p.add_argument("--source", "-s", action="append", metavar="S", help="with --agreed")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_adopt)
