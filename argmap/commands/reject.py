"""A suggestion the annotator says is wrong: ``argmap reject SOURCE SENTENCE [STANCE]``
(``--undo``; no SOURCE: list)."""

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


def cmd_reject(args: argparse.Namespace) -> int:
    """Reject the suggestion for a sentence, in your reading (kept; ``--undo`` takes it
    back); without SOURCE, list every annotator's rejections."""
    project = open_project(args)
    if args.source is None:
        said = project.rejected_map()
        if args.json:
            print_json(
                {
                    name: {sid: {s: list(v) for s, v in got.items()} for sid, got in by.items()}
                    for name, by in said.items()
                }
            )
            return 0
        rows = []
        for name, by in said.items():
            for sid, got in by.items():
                doc = project.sources[sid]
                for sentence, stances in got.items():
                    text = doc.sentence(sentence).text
                    text = text if len(text) <= 100 else text[:97] + "..."
                    rows.append([name, sid, sentence, ", ".join(stances), text])
        print_table(
            ["annotator", "source", "sentence", "rejected", "text"],
            rows,
            title="suggestions each annotator rejected (hidden from them)",
        )
        unplaced = sum(": rejected: " in line for line in project.progress_problems())
        if unplaced:
            print(
                f"{unplaced} more kept but not on any sentence now (their sources changed): "
                "`argmap validate` names them"
            )
        return 0
    if args.sentence is None:
        raise UsageError("reject: give the SENTENCE whose suggestion you reject, e.g. s0012")
    doc = project.source(args.source)
    sentence = doc.sentence(args.sentence).id
    stance = args.stance
    me = project.annotator
    if stance is None and not args.undo and project.rejected(me).get(doc.id, {}).get(sentence):
        changed = False  # rejected already: nothing is suggested there now
    else:
        if stance is None and not args.undo:
            stance = _suggested_stance(project, doc.id, sentence)
        changed = project.set_rejected(doc.id, sentence, stance, rejected=not args.undo)
    now = project.rejected(me).get(doc.id, {}).get(sentence, ())
    if args.json:
        print_json(
            {
                "annotator": me,
                "source": doc.id,
                "sentence": sentence,
                "changed": changed,
                "rejected": list(now),
            }
        )
        return 0
    said = f"rejected {', '.join(now)}" if now else "nothing rejected"
    print(f"{me}: {doc.id}:{sentence}: {said}" + ("" if changed else " (unchanged)"))
    return 0


def _suggested_stance(project: Project, source: str, sentence: str) -> str:
    """The stance ``argmap suggest SOURCE`` proposes for ``sentence`` now (rejected or not)."""
    from argmap.suggest import suggest_source

    found = suggest_source(project, source, keep_rejected=True)
    for g in found:
        if g.sentence == sentence:
            return g.stance
    raise UsageError(
        f"reject: {source}:{sentence} is annotated, so nothing is suggested there; "
        "give the STANCE to reject"
    )


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``reject`` to the CLI."""
    p = subparsers.add_parser(
        "reject",
        help="reject the suggestion for a sentence, for good (--undo to take it back); no "
        "SOURCE: list",
        description="Say that the suggestion for a sentence is wrong, in your reading (as `x` "
        "in the reader). The sentence is no longer suggested to you (reader, `suggest`, "
        "`suggest --all`), and your suggestions for the rest of the source read it as not a "
        "claim of that stance; `agreement` counts it as rejected. Stored per annotator in "
        "annotations/progress/NAME.json; colleagues' rejections never change your "
        "suggestions.",
    )
    p.add_argument("source", nargs="?", metavar="SOURCE", help="source id or unique prefix")
    p.add_argument("sentence", nargs="?", metavar="SENTENCE", help="sentence id, e.g. s0012")
    p.add_argument(
        "stance",
        nargs="?",
        metavar="STANCE",
        help="the stance suggested there (default: what `suggest` proposes now; with --undo: "
        "every stance rejected there)",
    )
    p.add_argument("--undo", action="store_true", help="take the rejection back")
    add_project_option(p)
    add_annotator_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_reject)
