"""Reader 14: a page's author as a reader names them, and a few more lines of page chrome.

- A byline's label is no part of the name: "From Knut Rasmussen" (a letters page), "Text:
  Ida Foss" (a university's news page), "Words by …" give the person.
- An author given as a profile's address ("https://no.linkedin.com/in/ragnhild-sande", a
  LinkedIn article's ``article:author``) is the person the page names so.
- A letter (on a page that says "letter" or "letters") signed at its foot with its
  writer's name and a place line ("Knut Rasmussen" / "Nordbygd, Skarvoy") is signed by its
  author: the two lines are no sentences, and the
  place is kept with the author ("Knut Rasmussen (Nordbygd, Skarvoy)").
- A tools row's "Gift this article", "Save", "Share" and a responses prompt ("What are your
  thoughts?") are no sentences.
"""

from __future__ import annotations

import re

from argmap.readers.names import person_name

__all__ = ["author14", "lines14", "signature14"]

_BYLINE_LABEL = re.compile(
    r"(?:From|Text|Words|Words by|Written by|Tekst|Av|By)\s*:?\s+(?P<name>.+)", re.I
)
_PROFILE = re.compile(r"https?://[^ ]*/(?:in|pub|people|profile|user|u|author)/(?P<slug>[\w-]+)/?")
_CHROME_LINES_14 = re.compile(
    r"Gift this article|Give this article|Share full article|Save|Share|Listen to this article|"
    r"What are your thoughts\?|\d[\d,.]*K? Followers?",
    re.I,
)
_PLACE = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*)*(?:, [A-ZÀ-Þ][\w'’.-]*(?: [\w'’.-]+)*){0,2}"
)


def author14(author: str, text: str) -> str:
    """The person ``author`` names (module doc): its label dropped, a profile's address as
    the name the page's text gives it; else ``author`` as it is."""
    m = _BYLINE_LABEL.fullmatch(author.strip())
    if m:
        name = m["name"].split(",")[0].strip()
        if person_name(name):
            return name
    m = _PROFILE.fullmatch(author.strip())
    if m:
        words = [w for w in m["slug"].split("-") if w.isalpha()]
        name = " ".join(w.capitalize() for w in words)
        found = re.search(re.escape(name), text, re.I) if person_name(name) else None
        if found:
            return found.group()
    return author


def signature14(lines: list[str], author: str) -> tuple[list[str], str]:
    """``lines`` without a letter's signature at their foot (its writer's name, the
    author's, and a place line), and the author with the place; else both unchanged."""
    kept = [i for i, line in enumerate(lines) if line.strip()]
    if len(kept) < 3 or not author:
        return lines, author
    name, place = lines[kept[-2]].strip(), lines[kept[-1]].strip()
    if name.strip("*_ ") != author or not _PLACE.fullmatch(place) or len(place) > 60:
        return lines, author
    if person_name(place):
        return lines, author  # a second signatory, not a place
    out = [line for i, line in enumerate(lines) if i not in (kept[-2], kept[-1])]
    return out, f"{author} ({place})"


def lines14(lines: list[str]) -> list[str]:
    """Reader 14's lines of a page: no tools-row or responses-prompt lines."""
    return [line for line in lines if not _CHROME_LINES_14.fullmatch(line.strip())]
