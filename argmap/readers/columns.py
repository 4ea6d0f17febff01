"""Reader 12: a two-column article's text from ``pdftotext -layout`` read column by column.

``pdftotext -layout`` keeps a page's layout: the lines of two columns side by side, a wide
run of spaces between them at the same place on line after line. Read as it is, each line's
left half runs into its right half. :func:`unfold` finds, page by page (pages part at form
feeds), the zones of lines split at one position (the gutter: three spaces or more before
the right column's start on five lines at least, a quarter of the text's lines) and writes
each zone's left column, then its right column; full-width lines (a title, an abstract) stay
where they are. Around the columns it reads:

- the journal's line above the title ("Tollan Journal of Public Policy, Vol. 12, No. 2 (May
  2027), pp. 101-112") as the outlet and date, no sentence;
- the authors' line under the title ("Lena Hartog* and Omar Siddiq") as the author, its
  footnote marks dropped;
- a page's running head (a first line in capitals on a page after the first, a line in
  capitals met twice, a line that heads or foots two pages) and its page number (a line
  that is only a number) as no sentences;
- its reference list one sentence a reference (written as a table's rows), not one at
  every full stop.
"""

from __future__ import annotations

import re
from collections import Counter

from argmap.readers.dates import _MONTH_YEAR, _MONTHS, any_date
from argmap.readers.names import person_names

__all__ = ["unfold", "unfold17"]

_SPLIT = re.compile(r"(?P<left>\S.{14,}?\S)(?P<gap> {3,})(?P<right>\S.*)")
_JOURNAL = re.compile(
    r"[ \t]*(?P<journal>[A-Z][^,\n]{2,80}?),? Vol(?:ume|\.)? ?\d+(?:,? (?:No|Issue)\.? ?\d+)?"
    r"(?:,? \((?P<date>[^)\n]{4,30})\))?[^\n]*"
)
_MARKS = re.compile(r"[*†‡§¶]+|(?<=[a-z])\d(?=\b)")
_PAGE_NUMBER = re.compile(r"[ \t]*(?:\d{1,4}|[ivxlc]{1,6})[ \t]*")
MIN_SPLIT_LINES = 5


def _dedent(lines: list[str]) -> list[str]:
    """A page's lines without the margin they all share (the page's left margin, kept as
    spaces by some ``pdftotext -layout`` outputs)."""
    leads = [len(ln) - len(ln.lstrip(" ")) for ln in lines if len(ln.split()) >= 2]
    margin = min(leads, default=0)
    if not margin:
        return lines
    return [ln[margin:] if ln[:margin].strip() == "" else ln for ln in lines]


def _gutter(lines: list[str]) -> int | None:
    """Where a page's right column starts, if its lines stand in two columns."""
    starts = Counter()
    for line in lines:
        m = _SPLIT.fullmatch(line.rstrip())
        if m and m.start("right") >= 20 and len(m["left"].split()) >= 2:
            starts[m.start("right")] += 1
    if not starts:
        return None
    at, _ = starts.most_common(1)[0]
    count = sum(starts[at + d] for d in (-1, 0, 1))
    filled = sum(1 for line in lines if line.strip())
    if count < MIN_SPLIT_LINES or sum(starts.values()) * 4 < filled:
        return None
    return at


def _gutter17(lines: list[str]) -> int | None:
    """Reader 17: where a page's right column starts, if its lines stand in two columns: the
    leftmost start with five split lines or more starting there or up to 12 characters to
    its right (a right column with a table of its own: "4 March   Year 11 mock results" /
    "          evening, 18:00"), a quarter of the page's lines at least."""
    starts: Counter[int] = Counter()
    for line in lines:
        m = _SPLIT.fullmatch(line.rstrip())
        if m and m.start("right") >= 20 and len(m["left"].split()) >= 2:
            starts[m.start("right")] += 1
    filled = sum(1 for line in lines if line.strip())
    for at in sorted(starts):
        count = sum(starts[x] for x in range(at - 1, at + 13))
        if count >= MIN_SPLIT_LINES and count * 4 >= filled:
            return at
    return None


def _page_gutter(lines: list[str], at: int) -> int:
    """A page's own gutter when it has one (a book's even and odd pages have their columns
    a few characters apart), else the text's."""
    starts = Counter(
        m.start("right")
        for line in lines
        if (m := _SPLIT.fullmatch(line.rstrip())) and m.start("right") >= 20
    )
    if not starts:
        return at
    own, count = starts.most_common(1)[0]
    return own if count >= 4 and abs(own - at) > 1 else at


def _classify(line: str, at: int) -> str:
    """ "B" blank, "S" split at the gutter, "L" left column only, "R" right column only,
    "X" a line across the gutter (or set apart: indented, a lone number)."""
    text = line.rstrip()
    if not text.strip():
        return "B"
    lead = len(text) - len(text.lstrip())
    if lead >= at - 1:
        return "R"
    if _PAGE_NUMBER.fullmatch(text):
        return "X"
    left, right = text[: at - 1].rstrip(), text[at - 1 :].strip()
    if not right:
        return "X" if lead >= 8 else "L"
    if len(left) <= at - 3:  # two spaces at least before the right column
        return "S" if lead < 8 else "X"
    return "X"


def _zones(kinds: list[str]) -> list[tuple[int, int]]:
    """The (start, end) of each run of lines that stand in columns, a paragraph that only
    goes on from a full-width line before or after it left out."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(kinds):
        if kinds[i] == "X":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] != "X":
            j += 1
        a, b = i, j
        if a > 0:  # the first paragraph goes on from the line across the gutter above
            k = a
            while k < b and kinds[k] != "B":
                k += 1
            if all(kinds[n] == "L" for n in range(a, k)):
                a = k
        if b < len(kinds):
            k = b
            while k > a and kinds[k - 1] != "B":
                k -= 1
            if all(kinds[n] == "L" for n in range(k, b)):
                b = k
        if sum(1 for n in range(a, b) if kinds[n] == "S") >= 2:
            out.append((a, b))
        i = j
    return out


def _unfold_page(lines: list[str], at: int, join: bool = False) -> list[str] | None:
    """A page's lines with each zone of columns read left column, then right; ``join``
    (reader 17): each column's paragraph on one line, its hyphen-broken words whole (a
    column's short lines are too short to read as a text's wrapping)."""
    kinds = [_classify(line, at) for line in lines]
    zones = _zones(kinds)
    if not zones:
        return None
    out: list[str] = []
    done = 0
    for a, b in zones:
        out.extend(line.strip() for line in lines[done:a])
        out.append("")
        left = [lines[n][: at - 1].strip() if kinds[n] in "SL" else "" for n in range(a, b)]
        right = [lines[n][at - 1 :].strip() if kinds[n] in "SR" else "" for n in range(a, b)]
        out.extend(_joined(_squeeze(left)) if join else _squeeze(left))
        out.append("")
        out.extend(_joined(_squeeze(right)) if join else _squeeze(right))
        out.append("")
        done = b
    out.extend(line.strip() for line in lines[done:])
    return out


def _joined(lines: list[str]) -> list[str]:
    """Reader 17: each paragraph of a column's ``lines`` on one line."""
    out: list[str] = []
    for line in lines:
        if line and out and out[-1]:
            joint = "" if re.search(r"[a-z]-$", out[-1]) and line[:1].islower() else " "
            out[-1] = (out[-1][:-1] if not joint else out[-1]) + joint + line
        else:
            out.append(line)
    return out


def _squeeze(lines: list[str]) -> list[str]:
    """A column's lines without runs of blank lines (one blank line between paragraphs)."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def unfold(text: str) -> tuple[str, dict[str, str]] | None:
    """``text`` (``pdftotext -layout``'s) read column by column, and what its head says
    (module doc), or None if no page of it stands in two columns."""
    pages = [_dedent(page.split("\n")) for page in text.split("\f")]
    at = _gutter([line for page in pages for line in page])
    if not at:
        return None
    unfolded = [_unfold_page(page, _page_gutter(page, at)) for page in pages]
    return _read_pages(pages, unfolded)


def unfold17(text: str) -> tuple[str, dict[str, str]] | None:
    """Reader 17: as :func:`unfold`, with each page's gutter found on that page alone, so a
    newsletter whose first page is one column and whose second is two is read column by
    column on its second page (:func:`unfold` looks for the columns in all the text's lines
    at once, and finds too few); None if the text has no pages or none in columns."""
    if "\f" not in text:
        return None
    pages = [_dedent(page.split("\n")) for page in text.split("\f")]
    unfolded = [
        _unfold_page(page, at, join=True) if (at := _gutter17(page)) else None for page in pages
    ]
    return _read_pages(pages, unfolded)


def _read_pages(
    pages: list[list[str]], unfolded: list[list[str] | None]
) -> tuple[str, dict[str, str]] | None:
    """The text of ``pages`` with those ``unfolded`` read column by column, its running
    lines dropped, and what its head says; None if no page was unfolded."""
    if not any(page is not None for page in unfolded):
        return None
    pages = [
        new if new is not None else [line.rstrip() for line in old]
        for new, old in zip(unfolded, pages, strict=True)
    ]
    _drop_running_lines(pages)
    info: dict[str, str] = {}
    first = pages[0]
    filled = [n for n, line in enumerate(first) if line.strip()]
    for n in filled[:3]:
        m = _JOURNAL.fullmatch(first[n])
        if m:
            info["outlet"] = m["journal"].strip()
            day = any_date(m["date"] or "")
            month = _MONTH_YEAR.search(m["date"] or "")
            day = day or (f"{int(month[2]):04d}-{_MONTHS[month[1]]:02d}" if month else "")
            if day:
                info["date"] = day
            first[n] = ""
            break
    for n in filled[:10]:
        names = person_names(_MARKS.sub("", first[n]).strip())
        if names and first[n].strip() and len(first[n].strip()) <= 100:
            info["author"] = ", ".join(names)
            first[n] = ""
            break
    lines = _references([line for page in pages for line in page])
    body = "\n".join(lines)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    return body + "\n", info


def _running_caps(line: str) -> bool:
    """Whether a line reads as a running head: in capitals, short, no sentence's end."""
    return (
        line.upper() == line
        and sum(c.isalpha() for c in line) >= 6
        and len(line) <= 90
        and not line.endswith(".")
    )


def _drop_running_lines(pages: list[list[str]]) -> None:
    """Blank each page's running head and page number (module doc), in place."""

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split())).lower()

    for page in pages:  # pages pasted without form feeds: the head beside a page number
        filled = [n for n, line in enumerate(page) if line.strip()]
        for i, n in enumerate(filled):
            if not _PAGE_NUMBER.fullmatch(page[n]):
                continue
            for m in filled[max(i - 1, 0) : i] + filled[i + 1 : i + 2]:
                if _running_caps(page[m].strip()):
                    page[m] = ""
    caps_lines = Counter(
        key(line) for page in pages for line in page if _running_caps(line.strip())
    )
    for page in pages:
        for n, line in enumerate(page):
            lone_number = bool(line.strip()) and bool(_PAGE_NUMBER.fullmatch(line))
            if lone_number or (_running_caps(line.strip()) and caps_lines[key(line)] >= 2):
                page[n] = ""
    tops: Counter[str] = Counter()
    for page in pages:
        filled = [line for line in page if line.strip()]
        for line in filled[:1] + filled[-1:]:
            tops[key(line)] += 1
    for p, page in enumerate(pages):
        filled = [n for n, line in enumerate(page) if line.strip()]
        for n in filled[:1] + filled[-1:]:
            line = page[n].strip()
            caps = line.upper() == line and any(c.isalpha() for c in line) and len(line) <= 90
            if (
                _PAGE_NUMBER.fullmatch(line)
                or (p > 0 and n == filled[0] and caps and not line.endswith("."))
                or (tops[key(line)] >= 2 and len(line) <= 90)
            ):
                page[n] = ""


_REFERENCES = re.compile(r"(?:\d+\.?\s+)?(?:References|Bibliography|Works cited|Literature)", re.I)
_REFERENCE = re.compile(
    r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)*,(?: [A-Z]\.)+|[A-Z][^()\n]{1,80}? \(\d{4}[a-z]?\)"
)
"""A reference's start: "Bradwell, K." or "Haldmark Rail Regulator (2026)"."""


def _references(lines: list[str]) -> list[str]:
    """A reference list's entries each one row of a table (one sentence each, not one at
    every full stop): the entries under a "References" heading, each from a line that
    starts like one ("Bradwell, K. (2025). …") to the next, up to a paragraph that does not."""
    at = next((n for n, ln in enumerate(lines) if _REFERENCES.fullmatch(ln.strip())), None)
    if at is None:
        return lines
    entries: list[str] = []
    n = at + 1
    while n < len(lines):
        line = lines[n].strip()
        if not line:
            n += 1
            continue
        if _REFERENCE.match(line) and "|" not in line:
            entries.append(line)
        elif entries and lines[n - 1].strip() and "|" not in line:
            joint = "" if entries[-1].endswith("-") else " "
            entries[-1] = entries[-1] + joint + line
        else:
            break
        n += 1
    if len(entries) < 2:
        return lines
    table = [f"| {lines[at].strip()} |", "|---|", *(f"| {entry} |" for entry in entries)]
    return [*lines[:at], *table, "", *lines[n:]]
