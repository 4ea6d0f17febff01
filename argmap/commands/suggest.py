"""``argmap suggest`` (proposals for unannotated sentences) and ``argmap evaluate``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from argmap.cliutil import (
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_json_items,
    print_table,
)
from argmap.errors import UsageError

if TYPE_CHECKING:
    from argmap.project import Project


class TerminalProgress:
    """Long work's progress on one line of a terminal (``suggest`` on stderr): nothing for
    the first ``after`` seconds, then ``suggest: <what> (<n> %)`` rewritten in place;
    ``close`` clears the line."""

    def __init__(self, stream: TextIO, after: float = 1.0) -> None:
        self.stream = stream
        self.after = after
        self.start = time.monotonic()
        self.shown = False

    def __call__(self, what: str, done: float) -> None:
        if time.monotonic() - self.start < self.after:
            return
        self.stream.write(f"\r\x1b[Ksuggest: {what} ({round(done * 100)} %)")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print a suggestion for every unannotated sentence of a source (or, with ``--all``,
    of every source), strongest first; ``--min-confidence`` saves them as annotator
    ``model``'s claims."""
    from argmap.suggest import (
        MODEL_ANNOTATOR,
        preannotate,
        said_argues,
        side,
        suggest_all,
        suggest_source,
    )

    if args.limit is not None and args.limit < 0:
        raise UsageError(f"--limit must be 0 or more, not {args.limit}")
    if args.all == (args.source is not None):
        raise UsageError("give a SOURCE or --all (not both)")
    if args.min_confidence is not None and not args.all:
        raise UsageError("--min-confidence pre-annotates every source: use it with --all")
    argues = getattr(args, "argues", None)
    if argues is not None and args.all:
        raise UsageError("--argues says what one source argues: give a SOURCE, not --all")
    project = open_project(args, strict=False)
    _patterns_compile(project)
    annotator = getattr(args, "annotator", None)
    progress = TerminalProgress(sys.stderr) if sys.stderr.isatty() else None
    try:
        if args.all:
            suggestions = suggest_all(project, annotator=annotator, progress=progress)
            title = f"Suggestions for {len(project.sources)} sources"
        else:
            doc = project.source(args.source)
            if argues is None:
                argues = said_argues(project, annotator).get(doc.id)
            suggestions = suggest_source(
                project, doc.id, annotator=annotator, progress=progress, argues=argues
            )
            title = f"Suggestions for {doc.id}" + (f" (it argues {argues})" if argues else "")
    finally:
        if progress is not None:
            progress.close()
    if args.min_confidence is not None:
        saved = preannotate(project, suggestions, args.min_confidence)
        print(
            f"saved {len(saved)} suggestions with claim probability >= {args.min_confidence} "
            f"as annotator {MODEL_ANNOTATOR!r} (of {len(suggestions)} unannotated sentences); "
            f"adjudicate them like any annotator's"
        )
        return 0
    if args.limit is not None:
        suggestions = suggestions[: args.limit]
    if args.json:
        print_json_items(s.to_json() for s in suggestions)
        return 0
    symbols = {s.id: s.symbol for s in project.codebook.stances}
    rows = []
    for s in suggestions:
        text = s.text if len(s.text) <= 160 else s.text[:157] + "..."
        if s.top_features:
            text += "\n  because: " + ", ".join(s.top_features)
        rows.append(
            (
                s.sentence if not args.all else f"{s.source}/{s.sentence}",
                s.label,
                f"{symbols.get(s.stance, '')} {s.stance_label}",
                "\n".join(f"{q} {round(s.question_probs[q] * 100)} %" for q in s.questions),
                text,
            )
        )
    print_table(
        ["sentence", "claim", "stance", "questions", "text"],
        rows,
        title=f"{title}: {len(rows)} unannotated sentences, not saved",
    )
    if not args.all and argues is None and side.side_view(project, doc.id).needs_proposal:
        print(
            f"hint: nothing says yet which side {doc.id} argues; "
            f"`argmap argues {doc.id} STANCE` and its suggestions follow your reading "
            f"(`argmap argues {doc.id}` proposes one)",
            file=sys.stderr,
        )
    return 0


def _pct(x: float) -> str:
    return f"{x:.3f}"


def _print_single(title: str, model: Any, base: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    t = Table(title=title, header_style="bold")
    for col in ("class", "support", "precision", "recall", "F1", "majority F1"):
        t.add_column(col, justify="left" if col == "class" else "right")
    for label in model.labels:
        c = model.per_class[label]
        b = base.per_class.get(label)
        t.add_row(
            label,
            str(c.support),
            _pct(c.precision),
            _pct(c.recall),
            _pct(c.f1),
            _pct(b.f1) if b else "0.000",
        )
    t.add_row(
        "macro-F1", str(model.n), "", "", f"[bold]{_pct(model.macro_f1)}[/]", _pct(base.macro_f1)
    )
    t.add_row("accuracy", "", "", "", _pct(model.accuracy), _pct(base.accuracy))
    console.print(t)
    cm = Table(title="confusion (rows gold, columns predicted)", header_style="bold")
    cm.add_column("gold \\ predicted")
    for label in model.labels:
        cm.add_column(label, justify="right")
    for label, row in zip(model.labels, model.confusion, strict=True):
        cm.add_row(label, *(str(v) for v in row))
    console.print(cm)


def _print_multi(title: str, model: Any, base: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    t = Table(title=title, header_style="bold")
    for col in ("question", "support", "precision", "recall", "F1", "tp", "fp", "fn", "tn"):
        t.add_column(col, justify="left" if col == "question" else "right")
    for q, c in model.per_question.items():
        k = model.counts[q]
        t.add_row(
            q,
            str(c.support),
            _pct(c.precision),
            _pct(c.recall),
            _pct(c.f1),
            *(str(k[x]) for x in ("tp", "fp", "fn", "tn")),
        )
    console.print(t)
    s = Table(title="questions: summary", header_style="bold")
    for col in ("measure", "model", "majority"):
        s.add_column(col, justify="left" if col == "measure" else "right")
    s.add_row("micro-F1", f"[bold]{_pct(model.micro_f1)}[/]", _pct(base.micro_f1))
    s.add_row("macro-F1", f"[bold]{_pct(model.macro_f1)}[/]", _pct(base.macro_f1))
    s.add_row("mean Jaccard", _pct(model.jaccard), _pct(base.jaccard))
    console.print(s)


def _print_per_source(report: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(
        title="per held-out source, model / majority: macro-F1 (questions: micro-F1)",
        header_style="bold",
    )
    t.add_column("held out")
    for col in ("claim", "stance", "questions (micro)"):
        t.add_column(col, justify="right")
    for src, tasks in report.per_source.items():
        cells = []
        for task in ("claim", "stance", "questions_micro"):
            m_b = tasks.get(task)
            cells.append(f"{m_b[0]:.3f} / {m_b[1]:.3f}" if m_b else "-")
        t.add_row(src, *cells)
    Console(soft_wrap=False).print(t)


def _print_extra(report: Any) -> None:
    """Claims flagged vs gold, the reliability curve and the per-source curve."""
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    console.print(
        f"sentences flagged as claims: model {report.flagged:.1%}, gold {report.gold_flagged:.1%}"
        f"; Brier score of the claim probability {report.brier:.3f} "
        f"(always the training share of claims: {report.brier_baseline:.3f})"
    )
    t = Table(title="reliability of the claim probability", header_style="bold")
    for col in ("probability", "sentences", "mean predicted", "share that are claims"):
        t.add_column(col, justify="right")
    for b in report.reliability:
        t.add_row(f"{b.low:.1f}-{b.high:.1f}", str(b.n), f"{b.predicted:.2f}", f"{b.observed:.2f}")
    console.print(t)
    if report.curve:
        c = Table(
            title="stance macro-F1 on each held-out source's units after its 10th, once its first k "
            "are annotated (baseline: that source's majority so far)",
            header_style="bold",
        )
        for col in ("k", "test units", "model", "baseline"):
            c.add_column(col, justify="right")
        for k, (m, b, n) in report.curve.items():
            c.add_row(str(k), str(n), f"[bold]{m:.3f}[/]", f"{b:.3f}")
        console.print(c)


def _print_stated(report: Any) -> None:
    """Stance with each held-out source's main stance stated (``suggest --argues``)."""
    from rich.console import Console

    if report.stated is None or report.stance is None:
        return
    recall = ", ".join(f"{s} {c.recall:.2f}" for s, c in report.stated.per_class.items())
    Console(soft_wrap=False).print(
        f"stance with each held-out source's main stance stated (suggest --argues; the most "
        f"frequent stance of its units) and nothing of it annotated: macro-F1 "
        f"[bold]{report.stated.macro_f1:.3f}[/] (stated nothing: {report.stance.macro_f1:.3f}); "
        f"recall {recall}"
    )
    if report.confirmed is not None and report.corrected is not None:
        Console(soft_wrap=False).print(
            "stated only where a side is proposed (argues; nothing of it annotated): the "
            f"proposal confirmed where right, nothing said elsewhere [bold]"
            f"{report.confirmed.macro_f1:.3f}[/]; proposed, then corrected where wrong "
            f"{report.corrected.macro_f1:.3f}"
        )


def _print_side_proposal(report: Any) -> None:
    """The side proposed for each held-out source before it is read (``argues``), beside the
    project's most common side."""
    from rich.console import Console

    got = report.side_proposal
    if not got:
        return
    n, k, right = got["sources"], got["proposed"], got["right"]
    prec = f"right in [bold]{right}[/] ({got['precision']:.2f})" if k else "none proposed"
    Console(soft_wrap=False).print(
        f"side proposed before reading (argues; only where its reading leads by "
        f"{got['threshold']:g}): for {k} of {n} held-out sources (coverage "
        f"{got['coverage']:.2f}), {prec}; the most common side of the other sources is "
        f"right in {got['baseline_right']} of {n}"
    )


def _print_source_level(level: dict[str, Any]) -> None:
    """How the annotated sources argue: their stance mix, how one-sided each is, and how
    much stances run in stretches (what makes a source's annotations move the rest of it)."""
    from rich.console import Console

    if not level.get("stance_mix"):
        return
    mix = ", ".join(f"{s} {v:.0%}" for s, v in level["stance_mix"].items())
    conc = level.get("concentration")
    Console(soft_wrap=False).print(
        f"the annotated sources: stances {mix}; concentration of each source's mix around it "
        + (f"{conc:.1f}" if conc is not None else "not learnt (one source)")
        + " (low: each argues mostly one side, so its first annotations move the rest of it; "
        f"high: all mix alike); consecutive units share a stance (kappa) "
        f"{level.get('stickiness', 0.0):.2f}; a source's first annotated units count "
        f"{level.get('evidence_weight', 1.0):.2f} each in its mix (learnt from how well "
        "the first units of each source predict its later ones)"
    )


def _patterns_compile(project: Project) -> None:
    """Stop, naming the codebook file and the stance or question, at a pattern that does
    not compile (a hand-edited codebook): the models stopped on it naming only the pattern."""
    bad = [line for line in project.codebook_problems() if ": pattern " in line]
    if bad:
        raise UsageError(
            f"{bad[0]} (`argmap patterns remove` or edit the file; `argmap validate` lists all)"
        )


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Leave-one-source-out scores of claim detection, stance and questions vs the majority."""
    from rich.console import Console

    from argmap.suggest import evaluate

    project = open_project(args, strict=False)
    _patterns_compile(project)
    report = evaluate(project, annotator=getattr(args, "annotator", None), articles=args.new)
    if args.json:
        print_json(report.to_json())
        return 0
    console = Console(soft_wrap=False)
    if report.claim is None or report.stance is None:
        console.print(
            "Evaluation needs annotations in at least two sources "
            f"(annotated: {', '.join(report.sources) or 'none'})."
        )
        return 0
    console.print(
        f"Leave-one-source-out over {len(report.sources)} annotated sources, "
        f"{report.n_sentences} sentences, {report.n_units} annotated; "
        "majority = most frequent training label in each fold."
    )
    _print_single(
        "claim detection (unit vs none, all sentences)", report.claim, report.claim_baseline
    )
    _print_single("stance (annotated sentences)", report.stance, report.stance_baseline)
    _print_stated(report)
    _print_side_proposal(report)
    assert report.questions is not None and report.questions_baseline is not None
    _print_multi(
        "questions (annotated sentences, multi-label)", report.questions, report.questions_baseline
    )
    if report.kind is not None and report.kind_baseline is not None:
        _print_single(
            "kind (claim vs evidence, annotated sentences)", report.kind, report.kind_baseline
        )
    _print_extra(report)
    _print_source_level(report.source_level)
    _print_per_source(report)
    if report.articles is not None:
        a = report.articles
        console.print(
            f"\n[bold]New articles[/] ({', '.join(a.sources)}): {a.n_sentences} sentences, "
            f"{a.n_units} gold units; trained on this project's annotations only."
        )
        if a.claim is not None and a.claim_baseline is not None:
            _print_single("new articles: claim detection", a.claim, a.claim_baseline)
        if a.stance is not None and a.stance_baseline is not None:
            _print_single("new articles: stance", a.stance, a.stance_baseline)
            _print_stated(a)
            _print_side_proposal(a)
        _print_extra(a)
    console.print(
        f"Retrain on all annotations: {report.train_seconds * 1000:.0f} ms; "
        f"predict every sentence of every source: {report.predict_seconds * 1000:.0f} ms."
    )
    return 0


def _add_learn_from(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--annotator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="learn from this annotator's claims (default: per source the reference claims "
        "if any, else everyone's)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``suggest`` and ``evaluate`` to the CLI."""
    p = subparsers.add_parser(
        "suggest",
        help="propose claim, stance and questions for unannotated sentences",
        description="Train on the project's annotations and propose, for every unannotated "
        "sentence of SOURCE (strongest first): whether it is a claim or evidence, its stance "
        "and its questions, with probabilities and the words that drove the stance. "
        "Nothing is saved.",
    )
    p.add_argument("source", metavar="SOURCE", nargs="?", help="source id (or a unique prefix)")
    p.add_argument("--all", action="store_true", help="every unannotated sentence of every source")
    p.add_argument(
        "--min-confidence",
        type=float,
        metavar="P",
        help="with --all: save the suggestions whose claim probability is at least P "
        "(0-1) as annotator 'model', to adjudicate like any annotator",
    )
    p.add_argument(
        "--argues",
        metavar="STANCE",
        help="the stance SOURCE argues as a whole, as you read it: its suggestions lean "
        "that way (one word for the whole source; often worth more than its first "
        "annotations, see README)",
    )
    p.add_argument("--limit", "-n", type=int, metavar="N", help="show only the first N")
    add_project_option(p)
    _add_learn_from(p)
    add_json_option(p)
    p.set_defaults(func=cmd_suggest)

    p = subparsers.add_parser(
        "evaluate",
        help="leave-one-source-out scores of the suggestion models vs the majority baseline",
        description="Train on all annotated sources but one, predict the held-out one, for "
        "each source in turn; report macro-F1, per-class precision/recall/F1 and the "
        "confusion matrix for claim detection, stance and questions, next to the "
        "majority-class baseline under the same protocol.",
    )
    p.add_argument(
        "--new",
        metavar="DIR",
        type=Path,
        help="also score new articles: DIR/articles/*.txt with gold units in DIR/gold/*.tsv "
        "(e.g. bench/eval), trained on this project only",
    )
    add_project_option(p)
    _add_learn_from(p)
    add_json_option(p)
    p.set_defaults(func=cmd_evaluate)
