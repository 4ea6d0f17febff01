"""Reader 16: a spreadsheet saved as CSV, as a consultation's free-text export is: one row a
respondent, its written answers the text, each row's answers spoken by the respondent.

- The first row names the columns. A column of written answers is one whose answers run to
  several words on average (:data:`FREE_TEXT_WORDS`); the others describe the respondent.
- The speaker of a row: its name column's value ("name", "full name", "organisation") if it
  has one, else its id ("respondent_id": "R-00017"), with the columns that say who the
  respondent is ("respondent_type", "region": "R-00017 (Individual, Velsgard)"). With neither,
  "Row 4".
- A row with no written answer, or only "no comment", "n/a", "see attached", is no text.
- A file with no column of written answers is refused, saying how to save the answers.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from argmap.errors import ArgmapError

__all__ = ["FREE_TEXT_WORDS", "read_csv"]

FREE_TEXT_WORDS = 6
"""A column whose filled answers average this many words or more holds written answers."""
_NAME = re.compile(
    r"(?:full[ _]?|your[ _]?|respondent[ _]?|contact[ _]?)?name|author|submitted[ _]by|"
    r"organi[sz]ation(?:[ _]name)?|signed[ _]by",
    re.I,
)
_ID = re.compile(
    r"(?:respondent|response|submission|row|entry)?[ _]?(?:id|ref|reference|no|number)", re.I
)
_WHO = re.compile(
    r"(?:respondent[ _])?(?:type|category|role|occupation|sector|group|capacity|region|area|"
    r"town|city|county|district|location|place|postcode[ _]area|constituency|ward)",
    re.I,
)
_NOTHING = re.compile(
    r"(?:no comments?|none|n/?a|nil|nothing( to add)?|see attached|see attachment|-+|\.+|x)\.?",
    re.I,
)


def read_csv(text: str, src: Path | str) -> tuple[str, dict[str, str], str]:
    """``text`` of a CSV file as (the text to read: each row's "SPEAKER:" head and its
    written answers, what it says of itself, "txt"); a one-line error naming ``src`` when
    it cannot be read or holds no written answers."""
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        rows = [row for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as err:
        raise ArgmapError(f"{src}: line {reader.line_num}: not CSV ({err})") from err
    if len(rows) < 2:
        raise ArgmapError(f"{src}: a CSV file with a header row and rows of answers is needed")
    header = [" ".join(cell.split()) for cell in rows[0]]
    body = [row + [""] * (len(header) - len(row)) for row in rows[1:]]
    free = [i for i in range(len(header)) if _mean_words(body, i) >= FREE_TEXT_WORDS]
    if not free:
        raise ArgmapError(
            f"{src}: no column of written answers (a row's answer of several words) to read; "
            "save the answers as .txt, one paragraph each"
        )
    name = next((i for i, h in enumerate(header) if i not in free and _NAME.fullmatch(h)), None)
    ident = next((i for i, h in enumerate(header) if i not in free and _ID.fullmatch(h)), None)
    who = [i for i, h in enumerate(header) if i not in free and _WHO.fullmatch(h)]
    out: list[str] = []
    for number, row in enumerate(body, start=2):
        answers = [" ".join(row[i].split()) for i in free]
        answers = [a for a in answers if a and not _NOTHING.fullmatch(a)]
        if not answers:
            continue
        speaker = row[name].strip() if name is not None else ""
        speaker = speaker or (row[ident].strip() if ident is not None else "")
        speaker = speaker.replace(":", " ") or f"Row {number}"
        # "Organisation (please name below)": the form's hint is no part of who answers
        details = [re.sub(r"\s*\([^()]*\)|[():]", "", row[i]).strip() for i in who]
        details = [d for d in details if d]
        if details:
            speaker = f"{speaker} ({', '.join(details)})"
        out.extend([f"{speaker}:", *answers])
    if not out:
        raise ArgmapError(f"{src}: no row has a written answer")
    title = re.sub(r"[-_]+", " ", Path(src).stem).strip()
    return "\n\n".join(out) + "\n", {"title": title[:1].upper() + title[1:]}, "txt"


def _mean_words(rows: list[list[str]], column: int) -> float:
    """The mean number of words of a column's filled answers."""
    filled = [len(row[column].split()) for row in rows if row[column].strip()]
    return sum(filled) / len(filled) if filled else 0.0
