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
_PAGE_OF_15 = re.compile(r"\b(?:Page|p\.)\s+\d{1,4}(?:\s+of\s+\d{1,4})?$", re.I)


def page_furniture(text: str, reader: int = 10) -> tuple[frozenset[int], frozenset[int]]:
    """Starts of ``text``'s page furniture (its running heads and feet, page numbers), and
    of the lines a sentence is read across: a page break's furniture and blank lines where
    the line before it does not end a sentence. Empty for a text with no pages. Reader 15: a
    foot that comes back with another page number ("site | charity no. 44-1187   Page 1 of
    3") is furniture too; reader 18: a foot of two parts far apart counted without the
    blanks between them ("MoH press briefing, 24.11.2026      Transcript, not checked …")."""
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
        # reader 18: a foot laid out in two parts far apart is as long as its words
        short = len(words) <= 100 or (
            reader >= 18 and len(re.sub(r"[ \t]{3,}", "  ", words)) <= 100
        )
        if len(words.split()) >= 2 and short and not _ENDS_SENTENCE.search(words):
            key = _PAGE_OF_15.sub("Page # of #", words) if reader >= 15 else words
            seen.setdefault(key, []).append(s)
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


_SIGNATURE = re.compile(
    r"[ \t]*(?:\*\*|__|\*|_)?(?P<name>[^,*_\n]{3,50}?)(?P<rest>(?:,[ \t]*[^,*_\n.!?]{2,40}){1,3})"
    r"\.?(?:\*\*|__|\*|_)?[ \t]*"
)
_HEADING = re.compile(r"[ \t]{0,3}(?:#{1,6}[ \t]+\S|(?:[-*_][ \t]*){3,}$)")
"""A heading, or a rule ("---") between two letters."""


def letter_writers(text: str) -> tuple[list[tuple[int, str]], frozenset[int]]:
    """A letters page's writers: each letter ends with its writer's name and town on a line
    of its own ("Pat Lennox, Riverside", "**Anders Krogh, teacher, Lillevik**") followed by
    the next letter's heading or the page's end (the last letter's, by the page's footer).
    Returns where each letter's words begin with its writer (and where its signature
    begins, with nobody), and the signatures' starts (no sentences); nothing for a text
    with fewer than two such letters."""
    from argmap.readers.names import person_name

    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m[0].strip()]
    signed: list[tuple[int, str, bool]] = []  # (signature's line, writer, a letter ends there)
    for i, (s, e) in enumerate(lines):
        m = _SIGNATURE.fullmatch(text, s, e)
        if not m or i == 0 or not person_name(m["name"].strip()):
            continue
        if _HEADING.match(text, *lines[i - 1]):
            continue  # a heading's subtitle, not the end of a letter
        after = lines[i + 1] if i + 1 < len(lines) else None
        # followed by the next letter's heading or the end; else a name in a letter's text,
        # or the last letter's signature above the page's footer ("Have your say: …")
        signed.append((i, m["name"].strip(), after is None or bool(_HEADING.match(text, *after))))
    strict = [i for i, _, ends in signed if ends]
    if len(strict) < 2:
        return [], frozenset()
    last = next((i for i, _, ends in signed if i > strict[-1] and not ends), strict[-1])
    signed = [(i, name) for i, name, ends in signed if ends or i == last]
    speakers: list[tuple[int, str]] = []
    done = -1  # the line index where the last letter ended
    for i, name in signed:
        start = i
        while start - 1 > done and not _HEADING.match(text, *lines[start - 1]):
            start -= 1  # back to the letter's heading, or to the letter before
        if start < i:
            speakers.extend([(lines[start][0], name), (lines[i][0], "")])
        done = i
    return speakers, frozenset(lines[i][0] for i, _ in signed)


def letter_names(text: str) -> str:
    """A letters page's writers, in order, as its author ("Pat Lennox, Anne Varley, …"), or
    ``""`` for a text that is no letters page (:func:`letter_writers`)."""
    names = [name for _, name in letter_writers(text)[0] if name]
    return ", ".join(dict.fromkeys(names))
