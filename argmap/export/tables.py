"""The CSV export: one row per claim, for spreadsheets and data-frame tools.

(Named ``tables`` so that it does not shadow the standard library's ``csv``.)
"""

from __future__ import annotations

import csv
import io

from argmap.export.common import Selection

COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "source_title",
    "sentence",
    "start",
    "end",
    "stance",
    "questions",
    "question_labels",
    "kind",
    "quote",
    "note",
    "annotator",
    "supports",
    "attacks",
    "voice",
)
"""The CSV header; ``questions``, ``question_labels``, ``supports`` and ``attacks`` hold
values joined by ``;`` (labels in the order of the ids); ``voice`` is whose stance a claim is
when a quoted person's or body's, empty for the writer's own (last: older columns keep
their places)."""


def to_csv(sel: Selection) -> str:
    """The claims of ``sel`` as CSV text (RFC 4180 quoting, ``\\n`` line ends).

    ``argmap export --bom`` puts a UTF-8 byte order mark first, for spreadsheets that
    otherwise guess a legacy encoding.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    titles = {sid: sel.source(sid).title for sid in sel.sources}
    labels = {q.id: q.label for q in sel.codebook.questions}
    for c in sel.claims:
        rels = sel.relations(c)
        writer.writerow(
            [
                c.id,
                c.source,
                titles[c.source],
                sel.sentence_id(c),
                c.start,
                c.end,
                c.stance,
                ";".join(c.questions),
                ";".join(labels.get(q, q) for q in c.questions),
                c.kind,
                c.quote,
                c.note,
                c.annotator,
                ";".join(r.target for r in rels if r.type == "supports"),
                ";".join(r.target for r in rels if r.type == "attacks"),
                sel.voice(c),
            ]
        )
    return out.getvalue()
