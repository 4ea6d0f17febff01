"""Reader 10: a plain text's page furniture, read as no sentence (:func:`page_furniture`).

A PDF's text (``pdftotext -layout``, or copied from a viewer) has pages: a form feed
("\\f") between them, a running head or foot on each (the report's name, "Kettleby Harbour
Board · Dock Lane Access Review"), a page number. Reader 7 drops a running head with a page
number in it and lines that are only page numbers counting up; reader 10 also drops a short
line that comes back unchanged on two pages or more of a text that has pages (form feeds,
or page numbers counting up), and reads a sentence, or a word broken by a hyphen
("quie-" / "ter"), across the page break as if the furniture were not there.
"""

from __future__ import annotations

import itertools
import re

_PAGE_NUMBER = re.compile(
    r"(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\[\s*\d{1,4}\s*\]",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?:;,…\"”’)]$")


def page_furniture(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Starts of ``text``'s page furniture (its running heads and feet, page numbers), and
    of the lines a sentence is read across: a page break's furniture and blank lines where
    the line before it does not end a sentence. Empty for a text with no pages."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() < len(text)]
    lines = _unique(lines)
    plain = {s: text[s:e].strip(" \t\f\r") for s, e in lines}
    numbers = [(s, int(re.findall(r"\d+", plain[s])[0])) for s, _ in lines
               if _PAGE_NUMBER.fullmatch(plain[s])]  # fmt: skip
    counted = len(numbers) >= 2 and all(
        b[1] > a[1] for a, b in itertools.pairwise(numbers)
    )  # page numbers counting up
    if "\f" not in text and not counted:
        return frozenset(), frozenset()
    seen: dict[str, list[int]] = {}
    for s, _ in lines:
        words = plain[s]
        if len(words.split()) >= 2 and len(words) <= 100 and not _ENDS_SENTENCE.search(words):
            seen.setdefault(words, []).append(s)
    furniture = {s for found in seen.values() if len(found) >= 2 for s in found}
    if counted:
        furniture.update(s for s, _ in numbers)
    if not furniture:
        return frozenset(), frozenset()
    # the blank lines and form feeds around them, where they stand inside a sentence
    bridge: set[int] = set()
    run: list[int] = []
    before = ""  # the last line of text before the run
    for s, _ in [*lines, (len(text), len(text))]:
        if s < len(text) and (s in furniture or not plain[s]):
            run.append(s)
            continue
        if any(at in furniture for at in run) and before and not _ENDS_SENTENCE.search(before):
            bridge.update(run)
        run = []
        before = plain.get(s, "")
    return frozenset(furniture), frozenset(bridge)


def _unique(lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each line once (``re.finditer`` also gives the empty match after a line's end)."""
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out and s == out[-1][1]:
            continue  # the empty match at the end of a line, not a line
        out.append((s, e))
    return out
