"""A plain text's title, author, outlet and date (``guess_*``), as each reader reads them."""

from __future__ import annotations

import re

from argmap.readers.dates import (
    _DATELINE_SPLIT,
    _DAY_MONTH,
    _MONTH_YEAR,
    _MONTHS,
    DATELINE_WORDS,
    _guess_day,
    _guess_short_day,
    any_date,
)
from argmap.readers.head4 import Head
from argmap.readers.head8 import _TRANSCRIPT_NOTE
from argmap.readers.layout import text_layout
from argmap.readers.plain import _LINE, markdown_plain, shorten_at_word
from argmap.readers.segment import segment
from argmap.readers.text10 import letter_names
from argmap.readers.versions import RECORDED_READER


def guess_date(text: str, reader: int | None = None) -> str:
    """An ISO date found near the top of a text (``2026-03-12``; ``2026-02`` for a dateline
    that names only a month), or ``""``.

    From reader 3 on, also a month written short ("Nov 24, 2026", "24 Sept 2026"), and a
    month and year that is one part of a dateline of parts split by ``·`` or ``|``
    ("Centre for Urban Mobility · Briefing paper 14 · November 2026").

    From reader 5 on, only the text's own date: a memo's "Date:", a dateline, a date line,
    "last updated on …", a heading or title line (:func:`_head5`); never a date in a
    sentence ("from 1 April 2028 private cars…")."""
    if reader is not None and reader >= 5:
        layout = text_layout(text, reader)
        return any_date(layout.header.get("Date", "")) or (layout.head or Head(frozenset())).date
    head = text[:1500]
    full = _guess_day(head)
    if full:
        return full
    if reader is not None and reader >= RECORDED_READER:
        short = _guess_short_day(head)
        if short:
            return short
        for line in head.splitlines():
            plain = " ".join(markdown_plain(line).strip(" *_#>").split())
            parts = [p.strip(" *_") for p in _DATELINE_SPLIT.split(plain)]
            if len(parts) < 2:
                continue
            for part in parts:
                m = _MONTH_YEAR.fullmatch(part)
                if m:
                    return f"{int(m[2]):04d}-{_MONTHS[m[1]]:02d}"
    for line in head.splitlines():
        plain = " ".join(markdown_plain(line).strip(" *_#>").split())
        m = _MONTH_YEAR.search(plain)
        if (
            m
            and len((plain[: m.start()] + plain[m.end() :]).split()) <= DATELINE_WORDS
            and not _DAY_MONTH.search(plain)
            and not plain.endswith((".", "!", "?"))
        ):
            return f"{int(m[2]):04d}-{_MONTHS[m[1]]:02d}"
    return ""


def guess_title(text: str, reader: int | None = None) -> str:
    """A short title: the first line if it reads as one, else the first sentence, cut.

    A title line is a Markdown heading, or a first line of at most 120 characters that
    does not end like a sentence. Either way the result is at most 90 characters, cut at
    a word, without Markdown syntax. From reader 3 on, a memo that opens with its header
    takes its "Subject:" (or "Re:"), and a header's lines are no title. From reader 4
    on, no line :func:`text_head` reads as metadata is the title (a letters page's
    "Letters to the Editor, Harwick Herald, 24 November 2026" line), and a speech's
    title is "Speech by NAME at PLACE".
    """
    if reader is not None and reader >= RECORDED_READER:
        layout = text_layout(text, reader)
        if layout.head is not None and layout.head.title:
            return layout.head.title  # "Speech by NAME at PLACE"
        first = next(
            (m.start() for m in _LINE.finditer(text) if text[m.start() : m.end()].strip()), -1
        )
        subject = layout.header.get("Subject") or layout.header.get("Re")
        if first in layout.skip and subject:
            return shorten_at_word(subject)
        if layout.skip:
            kept = [m[0] for m in _LINE.finditer(text) if m.start() not in layout.skip]
            text = "\n".join(kept)
        opening = next((line for line in text.split("\n") if line.strip()), "")
        if (
            reader >= 8
            and (layout.bridge or _TURN_MARKS.search(text[:3000]))
            and (_TRANSCRIPT_NOTE.fullmatch(opening) or opening.lstrip().startswith(">>"))
        ):
            # a caption transcript opening with a note ("[Music]") or a mark (">>"): no note
            # is its title, and its first line is no title but the start of a sentence
            kept = [line for line in text.split("\n") if not _TRANSCRIPT_NOTE.fullmatch(line)]
            text = _TURN_MARKS.sub("", "\n".join(kept)).strip()
            spans = segment(text[:4000])
            first = text[spans[0][0] : spans[0][1]] if spans else text
            return shorten_at_word(markdown_plain(first))
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        heading = stripped.startswith("#")
        plain = " ".join(markdown_plain(stripped.lstrip("#").strip()).split())
        if heading or (len(plain) <= 120 and not plain.endswith((".", "!", "?", ":", ";", ","))):
            return shorten_at_word(plain)
        break
    spans = segment(text[: text.find("\n\n", 0, 4000) if "\n\n" in text[:4000] else 4000])
    first = text[spans[0][0] : spans[0][1]] if spans else text
    return shorten_at_word(markdown_plain(first))


_TURN_MARKS = re.compile(r"(?:^|(?<=\s))>>(?=\s)", re.MULTILINE)
# "By …" on a line of its own, also as a list item ("• By Jen Marlowe" from a blog's <li>)
_BYLINE = re.compile(r"^\s*(?:[•*-]\s+)?(?:By|Author:)\s+([A-Z][^\n,]{2,80})", re.MULTILINE)


_SENT_BY_12 = re.compile(
    r"(?:An? |The )?(?:Open )?(?:Letter|Statement|Submission|Message|Response|Note) from (?:the )?",
    re.I,
)


def _sent_by12(value: str, reader: int | None) -> str:
    """Reader 12: "Letter from the Norvania Farmers' Union" (a dateline) names the union."""
    if reader is None or reader < 12 or not (m := _SENT_BY_12.match(value)):
        return value
    rest = value[m.end() :].strip()
    return rest if rest[:1].isupper() else value


def guess_author(text: str, reader: int | None = None) -> str:
    """The author a text names (see :func:`_guess_author`); reader 12: not "Letter from";
    reader 14: no byline label ("From …", "Text: …")."""
    author = _sent_by12(_guess_author(text, reader), reader)
    if reader is not None and reader >= 14:
        from argmap.readers.html14 import author14

        author = author14(author, text)  # "From Knut Rasmussen", "Text: Ida Foss"
    return author


def _guess_author(text: str, reader: int | None = None) -> str:
    """An author named on a "By ..." line near the top of a text, or ``""``.

    From reader 3 on, also a memo header's "Authors:" or "From:" line, or "Authors: …" as
    one part of a dateline ("Policy brief · April 2026 · Authors: Ines Marchetti"). From
    reader 4 on, also what :func:`text_head` reads: a bare line of names under the title, a
    byline, an italic bio, a speech's speaker, a letter's signature. From reader 10 on, a
    letters page's writers, in order."""
    if reader is not None and reader >= RECORDED_READER:
        layout = text_layout(text, reader)
        header = layout.header
        if header.get("Authors"):
            return header["Authors"]
        if header.get("From"):
            return _sender(header["From"])[0]
        if reader >= 10 and (writers := letter_names(text)):
            return writers  # a letters page: its writers, not the last one's signature
        if layout.head is not None and layout.head.author:
            return layout.head.author
        m = _AUTHORS_PART.search(markdown_plain(text[:2000]))
        if m:
            return m[1].strip()
        m = _INTERVIEW_BY.search(markdown_plain(text[:2000]))
        if m:
            return m[1].strip()
    m = _BYLINE.search(text[:2000])
    return m[1].strip() if m else ""


def guess_outlet(text: str, reader: int | None = None) -> str:
    """The organisation a memo comes from, when its "From:" line says name, role and
    organisation ("From: Sunita Rao, Chief Executive, Castlebridge Chamber of Commerce");
    from reader 3 on, else ``""``. From reader 4 on, else a dateline's outlet."""
    if reader is None or reader < RECORDED_READER:
        return ""
    layout = text_layout(text, reader)
    sender = layout.header.get("From", "")
    outlet = _sender(sender)[1] if sender else ""
    if not outlet and layout.head is not None:
        outlet = layout.head.outlet  # reader 4: "*Velden Courier · Letters · 21 Nov 2026*"
    return _sent_by12(outlet, reader)


def _sender(value: str) -> tuple[str, str]:
    """A "From:" value as (author, organisation): "Name, Role, Organisation" gives the name
    and the organisation; anything else is the author as written."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) >= 3 and all(parts):
        return parts[0], parts[-1]
    return value, ""


# "Interview by Sam Ferreira", "Words by …", "Reported by …" on a line of its own
_INTERVIEW_BY = re.compile(
    r"^[ \t]*(?:[•*-][ \t]+)?(?:Interview|Interviewed|Words|Text|Report|Reported|Reporting)"
    r" by[ \t]+([A-Z][^\n,·|]{2,80})",
    re.MULTILINE,
)
# "… · Authors: Dr Ines Marchetti and Tom Alder" in a dateline
_AUTHORS_PART = re.compile(
    r"(?:^|[·|•—–]\s*)(?:\*\*|__)?Authors?:(?:\*\*|__)?\s+([A-Z][^\n·|•*_]{2,80})", re.MULTILINE
)
