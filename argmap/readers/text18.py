"""Reader 18's reading of any text (:mod:`argmap.readers.segment` and
:mod:`argmap.readers.layout` call these behind ``reader >= 18``).

- A row of tick boxes ("[ ] Agree   [X] Partly agree   [ ] Disagree") is the option ticked,
  not the row with its first box dropped (which read as the first option chosen).
- A hearing's question number before its speaker ("Q101 THE CHAIR:") no part of the name.
- A sentence cut after an abbreviation that numbers or goes on ("Sect. 7", "l. 212", "s.
  14", "Figs. 2", "incl. on PubPeer", initials "F.E.-L. for") read whole.
"""

from __future__ import annotations

import re

_BOX_18 = re.compile(r"\[(?P<tick>[ xX✓✔✗])\][ \t]+")
"""A tick box and the blanks after it."""


def box_rows18(text: str, lines: list[tuple[int, int]]) -> dict[int, tuple[int, int] | None]:
    """Reader 18: lines that are a row of two tick boxes or more, each with its option
    ("[ ] Yes   [X] No   [ ] Don't know"): each line's start and the span of the option(s)
    ticked (from the first ticked option to the end of the last), None where none is."""
    out: dict[int, tuple[int, int] | None] = {}
    for s, e in lines:
        at = s
        while at < e and text[at] in " \t":
            at += 1
        boxes = list(_BOX_18.finditer(text, at, e))
        if len(boxes) < 2 or boxes[0].start() != at:
            continue
        options: list[tuple[int, int, bool]] = []
        for box, nxt in zip(boxes, [*boxes[1:], None], strict=True):
            end = nxt.start() if nxt is not None else e
            while end > box.end() and text[end - 1] in " \t":
                end -= 1
            if end <= box.end():
                break  # "[ ] [X]": boxes with no option between them, no row of options
            options.append((box.end(), end, box["tick"] != " "))
        else:
            ticked = [(a, b) for a, b, tick in options if tick]
            out[s] = (ticked[0][0], ticked[-1][1]) if ticked else None
    return out


_HEARING_Q_18 = re.compile(r"Q[ \t]?\d{1,4}[a-z]?[ \t]+(?=\S)")


def hearing_name18(name: str) -> str:
    """Reader 18: "Q101 THE CHAIR" is "THE CHAIR": a hearing's question number (the
    record's paragraph) opens the label, and names no one."""
    m = _HEARING_Q_18.match(name)
    return name[m.end() :] if m and re.search(r"[A-Za-z]{2}", name[m.end() :]) else name


_NUMBERING_ABBREVIATION_18 = re.compile(
    r"(?<![\w.])(?:[Ss]ects?|[Ss]ecs?|[Ff]igs?|[Ee]qs?|[Tt]abs?|[Cc]haps?|[Rr]efs?|[Aa]pps?|"
    r"[Ss]chs?|[Pp]ts?|[Pp]aras?|[Aa]rts?|[Ll]l?|[Ss]s?|[Pp]p?|[Nn]os?|[Vv]ols?|[Ee]xs?)\.$"
)
"""An abbreviation that a number follows ("Sect. 7", "l. 212", "s. 14", "Figs. 2")."""
_GOING_ON_ABBREVIATION_18 = re.compile(
    r"(?<![\w.])(?:incl|esp|resp|approx|excl|cf|viz|ca|vs|e\.g|i\.e|etc|al|"
    r"(?:[A-Z]\.){1,3}-[A-Z])\.$"
)
"""An abbreviation that the same sentence goes on after ("incl. on PubPeer", "F.E.-L.
for")."""
_ADDRESS_18 = re.compile(r"To [^,.!?;:\n]{2,80},")
_SAYS_18 = re.compile(r"(?:I|we|We) (?:say|would say|ask|want to say|would ask)\b")
"""An address inside a paragraph, not a letter's salutation ("To Brakke, I say this: …")."""
_THREAD_MARK_18 = re.compile(r"/end|\(end\)|\d{1,2}/\d{1,2}|🧵")
"""A thread's mark after a post's last sentence ("… does. /end"): no sentence of its own."""
_NUMBER_START_18 = re.compile(r"\(?\d{1,4}(?:[.–-]\d{1,4})*[a-z]?\b")


def abbreviations18(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 18: a sentence Punkt ended at an abbreviation joined to the next where that
    goes on with a number ("… reviewed in Sect." + "7.2 (e.g., …) points …", "l." + "212-230:
    the sulphur …") or a word in lower case ("… comments, incl." + "on PubPeer; …")."""
    merged: list[tuple[int, int]] = []
    for s, e in block:
        if merged:
            prev = body[merged[-1][0] : merged[-1][1]].rstrip()
            word = prev.rsplit(None, 1)[-1].lstrip("(")
            between = body[merged[-1][1] : s]
            joined = "\n" not in between and (
                (_NUMBERING_ABBREVIATION_18.search(word) and _NUMBER_START_18.match(body, s))
                or (_GOING_ON_ABBREVIATION_18.search(word) and body[s : s + 1].islower())
            )
            addressed = _ADDRESS_18.fullmatch(prev) and _SAYS_18.match(body, s)
            if joined or addressed or _THREAD_MARK_18.fullmatch(body, s, e):
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    return merged
