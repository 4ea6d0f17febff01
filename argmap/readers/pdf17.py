"""Reader 17: a PDF's footnotes, as ``pdftotext`` leaves them at the foot of each page, read
as notes after the text (:func:`footnotes_to_end`).

``pdftotext`` puts a page's footnotes between the last line of its text and the page's
number and running head, often inside a sentence that goes on over the page ("… the
monitoring data of Nereid's 2026" / "1 We had access to …" / "1" / "Valcourt-Mbeki &
Ardelle — …" / "collector test, and …"). Reader 10 reads the sentence across the page
furniture but not across the footnote, which it splices into the sentence; and the note's
mark stays glued to the word it follows ("record.1"). Reader 17 moves each footnote to a
"Notes" section at the end of the text, numbered as on the page, and drops its mark from
the text, so the sentence reads whole and the note is read as its own sentences.
"""

from __future__ import annotations

import re

from argmap.readers.columns import unfold17
from argmap.readers.text10 import page_furniture

__all__ = ["REFERENCES_HEADING", "footnotes_to_end", "pdf_text17"]

REFERENCES_HEADING = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]+)?(?:\d{1,2}\.?[ \t]+)?(?:References|Bibliography|Works cited|"
    r"Literature cited|Sources cited)[ \t]*"
)
"""A references list's heading on a line of its own."""
_NOTE_START = re.compile(r"(?P<n>\d{1,2})[ \t]+(?=[A-Z(“\"])")


def _pages_feet(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of page furniture and blank lines (a page break)."""
    furniture, _ = page_furniture(text, 17)
    if not furniture:
        return []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\n?", text) if m.group()]
    runs: list[tuple[int, int]] = []
    start = None
    for s, e in lines:
        quiet = s in furniture or not text[s:e].strip(" \t\f\r\n")
        if quiet and start is None:
            start = s
        elif not quiet and start is not None:
            if any(start <= f < s for f in furniture):
                runs.append((start, s))
            start = None
    return runs


def footnotes_to_end(text: str) -> str | None:
    """``text`` with the footnotes at its pages' feet moved to a "Notes" section at its end
    and their marks dropped from the text; None when it has no pages or no such footnote
    (a note is a line "N Capital…" right above a page break, whose mark N is glued after a
    word or a stop earlier in the text, with the lines under it up to the break)."""
    feet = _pages_feet(text)
    if not feet:
        return None
    cuts: list[tuple[int, int]] = []  # spans of the text that are footnotes
    notes: list[tuple[int, str]] = []
    for foot, _ in feet:
        lines = []
        at = foot
        while at > 0:  # the lines above the break, up to a blank line
            s = text.rfind("\n", 0, at - 1) + 1
            line = text[s : at - 1] if text[at - 1] == "\n" else text[s:at]
            if not line.strip():
                break
            lines.insert(0, (s, line))
            at = s
            if len(lines) > 8:
                break
        first = next(
            (i for i, (_, line) in enumerate(lines) if _NOTE_START.match(line.strip())), None
        )
        if first is None:
            continue
        block = lines[first:]
        found: list[tuple[int, list[str]]] = []
        for _, line in block:
            m = _NOTE_START.match(line.strip())
            if m and (not found or int(m["n"]) == found[-1][0] + 1):
                found.append((int(m["n"]), [line.strip()[m.end() :]]))
            elif found:
                found[-1][1].append(line.strip())
        marked = [
            n
            for n, _ in found
            if re.search(
                rf"(?<=[a-z)\]%][.,;:]){n}(?=\s)|(?<=[a-z]){n}(?=[\s.,;:])", text[: block[0][0]]
            )
        ]
        if not found or len(marked) != len(found):
            continue
        cuts.append((block[0][0], foot))
        notes.extend((n, " ".join(words)) for n, words in found)
    if not notes:
        return None
    out, last = [], 0
    for s, e in cuts:
        out.append(text[last:s])
        last = e
    out.append(text[last:])
    body = "".join(out)
    for n, _ in notes:  # the mark, once: "record.1 Section" -> "record. Section"
        body = re.sub(
            rf"(?<=[a-z)\]%][.,;:]){n}(?=\s)|(?<=[a-z]){n}(?=[\s.,;:])", "", body, count=1
        )
    listed = "\n\n".join(f"{n}. {words}" for n, words in notes)
    return f"{body.rstrip()}\n\nNotes\n\n{listed}\n"


def join_references(text: str) -> str | None:
    """``text`` with each entry of its references list (the paragraphs under a
    "References" line, up to "Notes" or the end) on one line, so that reader 17 reads each
    as one sentence; None when it has no such list."""
    furniture, _ = page_furniture(text, 17)
    heading = None
    for m in re.finditer(r"[^\n]+", text):
        if REFERENCES_HEADING.fullmatch(m.group()):
            heading = m
    if heading is None:
        return None
    tail = text[heading.end() :]
    stop = re.search(r"(?m)^[ \t]*Notes[ \t]*$", tail)
    end = heading.end() + (stop.start() if stop else len(tail))
    out, changed = [], False
    at = heading.end()
    for para in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[heading.end() : end]):
        s = heading.end() + para.start()
        lines = para.group().rstrip("\n").split("\n")
        if len(lines) < 2 or any(
            (heading.end() + para.start() + sum(len(x) + 1 for x in lines[:i])) in furniture
            for i in range(len(lines))
        ):
            continue
        joined = re.sub(r"-\n(?=[a-z])", "", "\n".join(line.strip() for line in lines))
        out.append(text[at:s])
        out.append(joined.replace("\n", " ") + "\n")
        at = s + len(para.group().rstrip("\n")) + 1
        changed = True
    if not changed:
        return None
    out.append(text[at:])
    return text[: heading.end()] + "".join(out)


def pdf_text17(text: str) -> str | None:
    """A PDF's text as reader 17 stores it: a page of two columns read column by column
    (:func:`columns.unfold17`), its page-foot footnotes as notes at the end
    (:func:`footnotes_to_end`) and each reference of its list on one line; None for a text
    with no pages or nothing to move."""
    if (unfolded := unfold17(text)) is not None:
        return unfolded[0]
    if not page_furniture(text, 17)[0]:
        return None
    moved = footnotes_to_end(text) or text
    joined = join_references(moved) or moved
    return joined if joined != text else None
