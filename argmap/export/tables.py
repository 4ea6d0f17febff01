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
    "sentence",
    "start",
    "end",
    "stance",
    "questions",
    "kind",
    "quote",
    "note",
    "annotator",
    "supports",
    "attacks",
)
"""The CSV header; ``questions``, ``supports`` and ``attacks`` hold ids joined by ``;``."""


def to_csv(sel: Selection) -> str:
    """The claims of ``sel`` as CSV text (RFC 4180 quoting, ``\\n`` line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for c in sel.claims:
        rels = sel.relations(c)
        writer.writerow(
            [
                c.id,
                c.source,
                sel.sentence_id(c),
                c.start,
                c.end,
                c.stance,
                ";".join(c.questions),
                c.kind,
                c.quote,
                c.note,
                c.annotator,
                ";".join(r.target for r in rels if r.type == "supports"),
                ";".join(r.target for r in rels if r.type == "attacks"),
            ]
        )
    return out.getvalue()
