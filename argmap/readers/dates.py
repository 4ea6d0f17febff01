"""Dates written in a text ("24 November 2026", "Nov 24, 2026", "24.11.2026", "2026-11-24"),
read as ISO, and whether a part of a line is a date and nothing else."""

from __future__ import annotations

import re

_DATE_PATTERNS = (
    re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
    re.compile(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|"
        r"December) (\d{1,2}), (\d{4})\b"
    ),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(
        r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
        r"November|December),? (\d{4})\b"
    ),
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    )
}
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES}),? (\d{{4}})\b")
_DAY_MONTH = re.compile(rf"\d\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+\d{{1,2}}\b(?!\d)")
DATELINE_WORDS = 4
"""A month without a day is read as the date only on a line of its own with at most this
many other words (a dateline: "February 2026", "Policy brief · February 2026"), not in
running text ("Rents rose in February 2026, the council said.")."""
_DATELINE_SPLIT = re.compile(r"\s+[·|•]\s+")
_SHORT_MONTHS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_SHORT = "|".join(_SHORT_MONTHS)
_SHORT_DATES = (
    re.compile(rf"\b({_SHORT})\.? (\d{{1,2}}), (\d{{4}})\b"),  # Nov 24, 2026
    re.compile(rf"\b(\d{{1,2}}) ({_SHORT})\.?,? (\d{{4}})\b"),  # 24 Nov 2026
)


def _guess_short_day(head: str) -> str:
    """The first date of ``head`` with its month written short (reader 3)."""
    found = sorted((m.start(), i, m) for i, p in enumerate(_SHORT_DATES) for m in p.finditer(head))
    for _, i, m in found:
        if i == 0:
            day, month, year = int(m[2]), _SHORT_MONTHS[m[1]], int(m[3])
        else:
            day, month, year = int(m[1]), _SHORT_MONTHS[m[2]], int(m[3])
        if 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def _guess_day(head: str) -> str:
    """The first full date of ``head`` in reading order, whichever way it is written."""
    found = sorted(
        (m.start(), i, m)
        for i, pattern in enumerate(_DATE_PATTERNS)
        for m in pattern.finditer(head)
    )
    for _, i, m in found:
        if i == 0:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
        elif i == 1:
            day, month, year = int(m[2]), _MONTHS[m[1]], int(m[3])
        elif i == 2:
            year, month, day = int(m[1]), int(m[2]), int(m[3])
        else:
            day, month, year = int(m[1]), _MONTHS[m[2]], int(m[3])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def any_date(text: str) -> str:
    """The first full date in ``text`` as ISO, whichever way it is written, or ``""``."""
    return _guess_day(text) or _guess_short_day(text)


_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_EXTRAS = re.compile(
    rf"\b(?:{_WEEKDAYS}|[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast|on|at)\b|"
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:UTC|GMT|CET|CEST|BST)\b|[\s,.:;–—-]+"
)
_ANY_DATE = (*_DATE_PATTERNS, *_SHORT_DATES, _MONTH_YEAR)
READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)", re.I)


def is_date_part(part: str) -> bool:
    """Whether ``part`` is a date and nothing else ("Saturday 28 November 2026", "Nov 22,
    2026", "Updated 21 November 2026, 19:00")."""
    for pattern in _ANY_DATE:
        m = pattern.search(part)
        if m:
            rest = part[: m.start()] + " " + part[m.end() :]
            return not _DATE_EXTRAS.sub("", rest)
    return False
