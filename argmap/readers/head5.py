"""Reader 5: more kinds of text read in their head and foot (:func:`head5`).

A letterhead (a press release's, a council's), a notes' dateline with a name, a
transcript's header line ("*Presenter: NAME · Station · date*"), a press dateline opening
the first paragraph, attendance lines, "ENDS" and what follows it, and the text's own date
(never one from a sentence of the body)."""

from __future__ import annotations

import re

from argmap.readers.dates import READING_TIME, any_date, is_date_part
from argmap.readers.head4 import (
    _BY_PART,
    _CONTACT,
    _HEAD_SEP,
    _SECTION,
    HEAD_LINES,
    Head,
)
from argmap.readers.names import person_name, person_names
from argmap.readers.plain import (
    _LINE,
    _LINE_STOP,
    LIST_MARKER,
    _emphasised,
    _plain_line,
    shorten_at_word,
)

_RELEASE = re.compile(
    r"(?:(?:press|news|media) release|for immediate release|embargoed\b.*|"
    r"(?:press|media) statement)",
    re.I,
)
_ENDS = re.compile(r"[-–—#*\s]*(?:ENDS?|Ends|-ends-|###)[-–—#*\s.]*")
_AFTER_ENDS = re.compile(
    r"(?:notes? (?:to|for) (?:editors|the editor)|editor'?s'? notes?)\s*:?", re.I
)
ATTENDANCE = re.compile(
    r"(?:Present|Officers|Officers present|In attendance|Also present|Also in attendance|"
    r"Apologies(?: for absence)?|Absent|Members of the public|Attendees|Attending|"
    r"Witnesses|Guests|Minute taker|Clerk)\s*:.*",
    re.I,
)
_BLANKS = re.compile(r".*[._…]{5,}.*")
_UPDATED = re.compile(
    r"(?:This (?:page|article|guidance|post) was )?(?:last )?(?:updated|reviewed|modified)"
    r"(?: on)?:?\s+(?P<date>.{6,40}?)\.?",
    re.I,
)
_PRESS_DATELINE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:,[ \t]+[A-Z]"
    r"[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?),[ \t]+(?P<date>[^–—\n]{6,30}?)(?:\*\*|__)?"
    r"[ \t]+[–—-]{1,2}[ \t]+(?=\S)"
)
_HEAD_KEYS = {
    "presenter": "author", "host": "author", "presented by": "author", "hosted by": "author",
    "programme": "outlet", "program": "outlet", "show": "outlet", "station": "outlet",
    "channel": "outlet", "series": "outlet", "broadcast": "date", "aired": "date",
    "recorded": "date", "date": "date", "producer": "", "guest": "", "guests": "",
    "reporter": "", "interviewer": "", "duration": "", "transcript": "", "episode": "",
    "editor": "", "transcribed by": "",
}  # fmt: skip
_HEAD_KEY = re.compile(rf"(?P<key>{'|'.join(_HEAD_KEYS)})\s*:?\s+(?P<value>.+)", re.I)
_BIO_FOOT = re.compile(
    r"(?P<name>[A-Z][^,.]{3,50}?)\s+(?:(?:is|was|has been)\s+(?:a|an|the|one)|writes|"
    r"has written|lives|works|teaches|reports|covers)\b"
)
_STATUS = re.compile(r"(?:provisional|draft|uncorrected|unrevised|final)(?: text| version)?", re.I)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|CET|BST))?", re.I)


def _title_case(line: str) -> str:
    """ "KESSLING CHAMBER OF TRADE" as "Kessling Chamber of Trade"; other lines as they are."""
    if not line.isupper():
        return line
    small = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an"}
    words = line.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def dateline5(plain: str) -> tuple[str, str, str] | None:
    """A reader-5 dateline of parts split by ``·``/``|``: (outlet, author, date), or None.

    Beyond :func:`dateline`: a part that is a date inside words ("started 3 Nov 2026, last
    edit 19 Nov"), a time ("07:40"), a status ("Provisional text"), a description in lower
    case ("notes for the residents' meeting": then a name among the parts is the author, not
    an outlet), "Presenter: NAME"/"Host: NAME" (the author) and "Programme: …" (the outlet).
    """
    if len(plain) > 240:
        return None
    parts = [p.strip(" *_") for p in _HEAD_SEP.split(plain.rstrip("."))]
    if len(parts) < 2:
        return None
    outlet = author = day = ""
    others: list[str] = []
    personal = False
    for part in parts:
        found = any_date(part)
        if not part or part == "…" or _TIME.fullmatch(part) or _STATUS.fullmatch(part):
            continue
        if found and (is_date_part(part) or part[:1].islower()):
            day = day or found
            personal = personal or part[:1].islower()
            continue
        if is_date_part(part) or READING_TIME.fullmatch(part) or _SECTION.fullmatch(part):
            continue
        keyed = _HEAD_KEY.fullmatch(part)
        if keyed and part[:1].isupper():
            role, value = _keyed(keyed)
            if role == "author":
                author = author or value
            elif role == "outlet":
                outlet = outlet or value
            elif role == "date":
                day = day or value
            continue
        by = _BY_PART.fullmatch(part)
        if by:
            author = author or ", ".join(person_names(by["names"].split(",")[0]))
            continue
        if part[:1].islower():
            personal = True  # "notes for the residents' meeting"
            continue
        others.append(part)
    if not day and not author:
        return None
    if personal and len(others) == 1 and person_name(others[0]) and not author:
        return "", person_name(others[0]), day
    if len(others) > 1:
        return None
    if others and len(others[0].split()) <= 10 and not outlet:
        outlet = others[0]
    return outlet, author, day


def head5(text: str, head: Head) -> Head:
    """Reader 5's head and foot, on top of reader 4's ``head`` (:func:`head4`).

    - A letterhead: a plain first line above a ``#`` heading ("Kessling City Council"), or a
      press release's lines above its "PRESS RELEASE" mark (the organisation, its address):
      metadata, the first line the author and outlet; a press release's headline the title.
    - A dateline of parts with a name, a date in words, a presenter or a programme
      (:func:`dateline5`), or a transcript's header line of "Key: value." parts.
    - Attendance lines ("Present:", "Officers:"), a signature with blanks ("Chair: ……"),
      contact lines, "last updated on DATE", "ENDS" and all below it, "Notes to editors"
      and all below it, and an author's bio as the last line: no sentences.
    - The text's date: from these lines, else from a heading or the title line; never from
      a sentence of the body.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    skip = set(head.skip)
    author, outlet, title, day = head.author, head.outlet, head.title, ""
    prefix: list[tuple[int, int]] = []
    plains = [(s, e, _plain_line(text[s:e])) for s, e in filled]
    top = plains[:HEAD_LINES]
    # a letterhead, and a press release's marks
    marks = [i for i, (_, _, p) in enumerate(top[:8]) if _RELEASE.fullmatch(p)]
    first_heading = next(
        (i for i, (s, e, _) in enumerate(top) if text[s:e].lstrip().startswith("#")), None
    )
    if marks and marks[0] > 0:
        letterhead = top[0][2]
        skip.update(s for s, _, _ in top[: marks[-1] + 1])
        rest = [p for s, _, p in top[marks[-1] + 1 :] if s not in skip]
        title = title or (shorten_at_word(rest[0]) if rest else "")
    elif (
        first_heading == 1
        and len(top[0][2]) <= 80
        and not _LINE_STOP.search(top[0][2])
        and all(w[:1].isupper() for w in top[0][2].split() if len(w) > 3)
    ):
        letterhead = top[0][2]
        skip.add(top[0][0])
    else:
        letterhead = ""
    if letterhead and not dateline5(letterhead):
        author = author or _title_case(letterhead)
        outlet = outlet or _title_case(letterhead)
    # datelines, header lines, a press dateline opening the first paragraph
    presenter = False
    for s, e, plain in top:
        if s in skip:
            day = day or any_date(plain)
            continue
        raw = text[s:e]
        if raw.lstrip().startswith("#"):
            continue
        read = dateline5(plain) or _header_line(plain)
        if read is not None and (not plain.endswith((".", "!", "?")) or _emphasised(raw)):
            skip.add(s)
            outlet, day = outlet or read[0], day or read[2]
            if read[1] and not head.author:
                author = author or read[1]
                presenter = presenter or "presenter" in plain.lower() or "host" in plain.lower()
            continue
        press = _PRESS_DATELINE.match(raw)
        if press and any_date(press["date"]):
            prefix.append((s, press.end()))
            day = day or any_date(press["date"])
    # anywhere: attendance, signature blanks, contact lines, "last updated"; the foot
    ends = next(
        (
            i
            for i, (_, _, p) in enumerate(plains)
            if i > 2 and (_ENDS.fullmatch(p) or _AFTER_ENDS.fullmatch(p))
        ),
        None,
    )
    for i, (s, _, plain) in enumerate(plains):
        updated = _UPDATED.fullmatch(plain)
        blanks = _BLANKS.fullmatch(plain) and len(plain.split()) <= 12 and ":" in plain
        after_ends = ends is not None and i >= ends
        if after_ends or blanks or ATTENDANCE.fullmatch(plain) or _CONTACT.match(plain):
            skip.add(s)
        elif updated and any_date(updated["date"]):
            skip.add(s)
            day = day or any_date(updated["date"])
    if len(plains) > 3 and (bio := _BIO_FOOT.match(plains[-1][2])) and person_name(bio["name"]):
        skip.add(plains[-1][0])
        author = author or person_name(bio["name"])
    if presenter and not head.outlet and first_heading is not None and outlet == head.outlet:
        outlet = outlet or top[first_heading][2]  # a radio programme's heading
    if not day:  # a heading or the title line: "Minutes of the meeting of 12 November 2026"
        titles = [
            plain
            for s, e, plain in top
            if text[s:e].lstrip().startswith("#")
            or (
                s not in skip
                and len(plain) <= 120
                and not _LINE_STOP.search(plain)
                and not LIST_MARKER.match(text[s:e])
            )
        ]
        day = next((d for plain in titles if (d := any_date(plain))), "")
    return Head(frozenset(skip), author, outlet, title, day, tuple(prefix))


def _header_line(plain: str) -> tuple[str, str, str] | None:
    """A transcript's header line of "Key: value." parts ("Presenter: Clara Nyquist.
    Programme: The Morning Desk. Broadcast 3 December 2026."): (outlet, author, date)."""
    parts = [p.strip(" *_") for p in re.split(r"(?<=[.])\s+|\s+[·|]\s+", plain) if p.strip(" *_.")]
    keyed = [m for p in parts if (m := _HEAD_KEY.fullmatch(p.rstrip(".")))]
    if len(keyed) < 2 or len(keyed) < len(parts) - 1:
        return None
    got = {"author": "", "outlet": "", "date": ""}
    for m in keyed:
        role, value = _keyed(m)
        if role and not got[role]:
            got[role] = value
    return got["outlet"], got["author"], got["date"]


def _keyed(m: re.Match[str]) -> tuple[str, str]:
    """A "Key: value" header part (``_HEAD_KEY``) as (its role, the value read for it: a
    person's name for the author, ISO for the date); role "" for keys that say nothing."""
    role, value = _HEAD_KEYS[m["key"].lower()], m["value"].strip()
    if role == "author":
        return role, person_name(value) or value
    if role == "date":
        return role, any_date(value)
    return role, value
