"""Reader 14: what a text's head says that earlier readers did not take.

- A consultation response's head block ("Response ref: SCC-FL-014", "Respondent: Ingrid
  Solheim", "Received: 03/12/2026 21:14"): the respondent is the author, the day received
  the date (day/month/year), and the title names the response and its respondent
  ("Consultation response SCC-FL-014: Ingrid Solheim"), so that eight responses to one form
  are eight titles, not one.
- A meeting note's "Taken by Lena Brandt, secretary, 21 October 2026" (or "Notes taken
  by …", "Minutes taken by …") line: the note-taker is the author, no sentence.
"""

from __future__ import annotations

import re

from argmap.readers.dates import any_date
from argmap.readers.head4 import Head
from argmap.readers.names import person_name
from argmap.readers.plain import _LINE, _plain_line

__all__ = ["head14"]

_FORM_KEY = re.compile(
    r"[ \t]*(?P<key>Response ref(?:erence)?|Response (?:no|number|id)\.?|Ref(?:erence)?|"
    r"Respondent(?: name)?|Name of respondent|Submitted by|Responding as|Received|"
    r"Date received|Submitted|Postcode|Publish|Email|Organisation)[ \t]*:[ \t]*(?P<value>.*)",
    re.I,
)
_DMY = re.compile(r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})\b")
_TAKEN_BY = re.compile(
    r"(?:(?:Notes|Minutes)[ \t]+)?[Tt]aken[ \t]+by[ \t]+(?P<name>[^,;\n]+)(?P<rest>[,;].*)?"
)
_HEAD_CHARS = 1500


def _form_block(text: str) -> dict[str, tuple[int, str]]:
    """The "Key: value" lines of a response form's head, by key in lower case (their line
    start and value), when it has a respondent and a reference or a received date."""
    found: dict[str, tuple[int, str]] = {}
    for m in _LINE.finditer(text, 0, _HEAD_CHARS):
        line = _FORM_KEY.fullmatch(m.group())
        if line and line["value"].strip():
            found.setdefault(line["key"].lower(), (m.start(), line["value"].strip()))
    respondent = next(
        (k for k in found if k.startswith(("respondent", "name of", "submitted by"))), ""
    )
    dated = any(k.startswith(("received", "date received")) for k in found)
    refs = any(k.startswith(("response", "ref")) for k in found)
    return found if respondent and (dated or refs) else {}


def head14(text: str, head: Head) -> Head:
    """``head`` with a response form's head block and a "Taken by" line read (module doc)."""
    block = _form_block(text)
    if block:
        skip = set(head.skip) | {s for s, _ in block.values()}
        who = next(
            v
            for k, (_, v) in block.items()
            if k.startswith(("respondent", "name of", "submitted by"))
        )
        ref = next((v for k, (_, v) in block.items() if k.startswith(("response", "ref"))), "")
        day = next(
            (v for k, (_, v) in block.items() if k.startswith(("received", "date received"))), ""
        )
        date = head.date
        if m := _DMY.search(day):
            d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
            if 1 <= d <= 31 and 1 <= mo <= 12:
                date = f"{y:04d}-{mo:02d}-{d:02d}"
        kind = "Consultation response" if "consultation" in text[:400].lower() else "Response"
        title = f"{kind} {ref}: {who}" if ref else f"{kind}: {who}"
        return head._replace(skip=frozenset(skip), author=who, date=date, title=title)
    for m in _LINE.finditer(text, 0, _HEAD_CHARS):
        taken = _TAKEN_BY.fullmatch(_plain_line(m.group()).strip())
        if taken and person_name(taken["name"].strip()) and not head.author:
            day = head.date or any_date(taken["rest"] or "")
            return head._replace(
                skip=head.skip | {m.start()},
                author=person_name(taken["name"].strip()),
                date=day,
            )
    return head
