"""Reader 4: a text's head and foot read as metadata, not sentences (:func:`head4`).

A dateline ("*Velden Courier · Letters · 21 November 2026*"), a byline, a bare line of
names under the title, an italic bio, a speech's "Speech by NAME, …" line, a letter's
salutation and signature. :class:`Head` is what every reader from 4 on reads there."""

from __future__ import annotations

import re
from typing import NamedTuple

from argmap.readers.dates import _ANY_DATE, READING_TIME, is_date_part
from argmap.readers.names import HONORIFICS, person_name, person_names
from argmap.readers.plain import _LINE, _emphasised, _plain_line, shorten_at_word

_SECTION_WORDS = (
    "opinion|comment|commentary|letters?(?: to the editor)?|letters page|editorial|analysis|"
    "news|interview|feature|features|review|column|blog|blog post|guest post|essay|"
    "explainer|long read|briefing(?: paper)?|policy (?:brief|paper)|research (?:brief|paper)|"
    "working paper|discussion paper|report|official report|press release|statement|"
    "transcript|speech|op-ed|perspective|viewpoint|debate|newsletter|podcast|episode|"
    "issue|edition|submission|consultation response|evidence"
)
_SECTION = re.compile(
    rf"(?:{_SECTION_WORDS})(?:\s+(?:no\.?\s*)?[\w/.-]*\d[\w/.-]*)?(?:\s*\([^)]*\))?", re.I
)
_BY_PART = re.compile(
    r"(?:(?:Interview(?:ed)?|Words|Text|Report(?:ed|ing)?|Written|Posted|Photos?) by|By|"
    r"Authors?:)\s+(?P<names>[^\d·|•]{2,100})",
    re.I,
)
_HEAD_SEP = re.compile(r"\s+[·|•]\s+|\s+[–—]\s+")
_COMMA_PARTS = re.compile(r",\s+(?!\d{4}\b)")


class Dateline(NamedTuple):
    outlet: str
    author: str


def dateline(plain: str) -> Dateline | None:
    """A line of parts (split by ``·``, ``|``, a dash, or commas) one of which is a date and
    none a sentence: "Velden Courier · Letters to the editor · 21 November 2026", "Energy
    Week, 23 November 2026". The outlet is the first part that is no date, section label
    ("Opinion", "Briefing 7") or byline; a "By …"/"Interview by …"/"Authors: …" part is the
    author."""
    if len(plain) > 200 or plain.endswith((".", "!", "?", ":", ";")):
        return None
    parts = [p.strip(" *_") for p in _HEAD_SEP.split(plain)]
    if len(parts) < 2:
        parts = [p.strip() for p in _COMMA_PARTS.split(plain)]
        if not 2 <= len(parts) <= 4 or any(len(p.split()) > 8 for p in parts):
            return None
    if not any(is_date_part(p) for p in parts):
        return None
    outlet = author = ""
    others = []
    for part in parts:
        if not part or part == "…" or is_date_part(part) or READING_TIME.fullmatch(part):
            continue
        if _SECTION.fullmatch(part):
            continue
        by = _BY_PART.fullmatch(part)
        if by:
            names = person_names(by["names"].split(",")[0]) or person_names(by["names"])
            author = author or ", ".join(names) or by["names"].strip()
            continue
        others.append(part)
    if len(others) > 1:
        return None  # "Full Council, 14 January 2027, Item 7: …": a heading, not a dateline
    if others and others[0][:1].isupper() and len(others[0].split()) <= 10:
        outlet = others[0]
    return Dateline(outlet, author)


_SPEECH = re.compile(
    r"(?:Speech|Remarks|Address|Keynote(?: speech| address)?|Statement|Lecture) by\s+"
    r"(?P<rest>.+)",
)
_DELIVERY = re.compile(
    r"\(?\[?(?:As delivered|Check against delivery|As prepared for delivery|"
    r"Speech as delivered)\.?\]?\)?\.?",
    re.I,
)
_BYLINE_LINE = re.compile(
    r"(?:(?:Interview(?:ed)?|Words|Text|Report(?:ed|ing)?|Written) by|By|Written by:)\s+"
    r"(?P<names>[^.!?]{2,120})",
)
_BIO = re.compile(r"(?P<name>[^,.]{4,60}?)\s+(?:is|was|has been)\s+(?:a|an|the|one)\b")
_CONTACT = re.compile(r"(?:Press |Media )?(?:Contact|Enquiries|Inquiries)\s*:", re.I)
_DOWNLOAD = re.compile(r"(?:Download|Read)\b.{0,80}\((?:PDF|pdf|DOCX?|docx?)\b[^)]*\)")
_SALUTATION = re.compile(
    r"(?:Dear\s+)?(?:Sir|Madam|Sirs|Editor|Sir or Madam|Sir/Madam|Sir, Madam|the Editor)"
    r"\s*[,:]?|To the Editor\s*[,:]?",
    re.I,
)
_SIGN_OFF = re.compile(
    r"(?:Yours (?:faithfully|sincerely|truly)|(?:With )?(?:Kind|Best|Warm) (?:regards|wishes)|"
    r"Regards|Sincerely(?: yours)?|Respectfully(?: yours)?)\s*,?",
    re.I,
)


def _speech_title(head: str, parts: list[str]) -> str:
    """ "Speech by Per Halvorsen at the rally on Harbour Square, Harwick" from the parts of
    "Speech by Per Halvorsen, chair of …, at the rally on Harbour Square, Harwick, 28
    November 2026": the place, without the speaker's role and the date."""
    at = next((i for i, p in enumerate(parts) if p.split()[:1] in (["at"], ["in"], ["on"])), None)
    place = []
    for p in parts[at:] if at is not None else []:
        if is_date_part(p):
            break
        place.append(p)
    return shorten_at_word(" ".join([head, *place[:1]]) + "".join(f", {p}" for p in place[1:]))


class Head(NamedTuple):
    """What reader 4 reads in a text's head and foot as metadata (offsets into the text)."""

    skip: frozenset[int]
    """Starts of lines that are metadata, no sentence."""
    author: str = ""
    outlet: str = ""
    title: str = ""
    date: str = ""
    """Reader 5: the text's own date, read from its metadata lines (ISO)."""
    prefix: tuple[tuple[int, int], ...] = ()
    """Reader 5: (line start, where its words begin) of a line that opens with a dateline
    ("Kessling, 24 November 2026 – The Chamber…")."""
    turns: tuple[tuple[int, str], ...] = ()
    """Reader 7: (where a turn begins, who speaks) in a pasted thread whose comments are
    headed by their writer's name, headline and time ("Eva Ström" / "Landlord" / "1d")."""
    alone: frozenset[int] = frozenset()
    """Reader 8: starts of lines never joined to their neighbours (a chat's messages)."""


HEAD_LINES = 12
"""How many non-empty lines at the top of a text :func:`text_head` reads."""


def head4(text: str) -> Head:
    """The metadata lines of a text's head and foot as reader 4 reads them, and what they say.

    In the first 12 lines: a dateline (:func:`dateline`), a byline, a bare line of names
    under the title, an italic bio opening with a name, a speech's "Speech by NAME, role,
    place, date" line and "As delivered.", a line that is only a date or a reading time, a
    series label ("Policy paper 2026/4") above the title, a contact line and a "Download
    (PDF)" link. Anywhere: a letter's salutation ("Sir,", "Dear Editor,"); at the foot, a
    sign-off ("Yours faithfully,") and the lines under it, or a letter's last line when it
    is a name ("Helga Fink, Sankt Aurel"). Headings, and the title line itself, stay.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    skip: set[int] = set()
    author = outlet = title = ""
    authors: list[str] = []
    letter = False
    title_seen = body = False
    for n, (s, e) in enumerate(filled[:HEAD_LINES]):
        if s > 3000:
            break
        raw = text[s:e]
        plain = _plain_line(raw)
        if not plain:
            continue
        if raw.lstrip().startswith("#"):
            body = body or title_seen
            title_seen = True
            continue
        if n == 0 and (speech := _SPEECH.fullmatch(plain)):
            parts = [p.strip() for p in _COMMA_PARTS.split(speech["rest"])]
            name = person_name(parts[0])
            if name:
                authors.append(name)
                title = _speech_title(plain[: speech.start("rest")] + parts[0], parts[1:])
                skip.add(s)
                continue
        if _DELIVERY.fullmatch(plain) or _CONTACT.match(plain) or _DOWNLOAD.fullmatch(plain):
            skip.add(s)
            continue
        if _SALUTATION.fullmatch(plain):
            break  # a letter's body begins
        if is_date_part(plain) or READING_TIME.fullmatch(plain):
            skip.add(s)
            continue
        if not title_seen and _SECTION.fullmatch(plain):
            skip.add(s)  # "Policy paper 2026/4" above the title
            continue
        byline = _BYLINE_LINE.fullmatch(plain)
        if byline and not byline["names"].rstrip().endswith(tuple(".!?")):
            names = person_names(byline["names"].split(",")[0]) or person_names(byline["names"])
            if names:
                authors.extend(names)
                skip.add(s)
                continue
        line = dateline(plain)
        if line is not None:
            outlet = outlet or line.outlet
            if line.author:
                authors.append(line.author)
            letter = letter or "letter" in plain.lower()
            skip.add(s)
            continue
        if READING_TIME.search(plain) and len(plain.split()) <= 14:
            # "Anton Marek 17 November 2026, 19:00 6 min read": a byline glued together
            dated = next((m for p in _ANY_DATE if (m := p.search(plain))), None)
            if dated is not None:
                names = person_names(plain[: dated.start()].strip(" ,·|•"))
                authors.extend(names)
                skip.add(s)
                continue
        if _emphasised(raw) and (bio := _BIO.match(plain)):
            name = person_name(bio["name"])
            if name:
                authors.append(" ".join(w for w in name.split() if w not in HONORIFICS))
                skip.add(s)
                continue
        if not title_seen:
            title_seen = True
            continue
        if not body and not authors and (names := person_names(plain)) and len(plain) <= 80:
            authors.extend(names)  # "Felix Amundsen and Grace Mbeki" under the title
            skip.add(s)
            continue
        if len(plain) > 120 or plain.endswith((".", "!", "?", ":")):
            body = True
    # a letter: its salutation, and its signature at the foot
    for s, e in filled[:40]:
        if s > 4000:
            break
        if _SALUTATION.fullmatch(_plain_line(text[s:e])):
            skip.add(s)
            letter = True
    tail = filled[-6:]
    sign = next(
        (i for i, (s, e) in enumerate(tail) if _SIGN_OFF.fullmatch(_plain_line(text[s:e]))),
        None,
    )
    if sign is not None:
        under = tail[sign + 1 :]
        if all(len(_plain_line(text[s:e])) <= 80 for s, e in under):
            skip.update(s for s, _ in tail[sign:])
            if under and not authors:
                first = _plain_line(text[under[0][0] : under[0][1]])
                authors.extend(person_names(first.split(",")[0]))
    elif letter and tail:
        s, e = tail[-1]
        last = _plain_line(text[s:e])
        name = person_name(last.split(",")[0])
        if name and len(last) <= 80 and not last.endswith((".", "!", "?")):
            skip.add(s)
            authors = authors or [name]
    author = ", ".join(dict.fromkeys(authors))
    return Head(frozenset(skip), author, outlet, title)
