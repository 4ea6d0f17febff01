"""Reader 14: who speaks in a meeting's minutes or notes (a council's minute, a HackMD note
of a working lunch).

A minute names who was there ("Present: Cllr Nora Vik (SD), Kari Mjelde (HPEU), …") and
then reports each of them by surname, in a label ("Mjelde: the estimate ignores…", also
after another's words on the same line: "… What do I tell her?" Vik: "Tell her…"") or in
reported speech ("Fjell replied that…", "Cllr Berg said he could not support a levy.",
"The Chair said…"). Each such turn is that person's (named in full, as the list names them)
up to the next turn or the end of its paragraph (a line wrapped inside a paragraph goes
on with it); a quotation block right after it is theirs too; a paragraph that reports
nobody is nobody's. A transcript (every turn a label at a
line's start, speeches running over paragraphs) is no minute: :func:`minutes_turns` returns
nothing for it.
"""

from __future__ import annotations

import re

from argmap.readers.names import HONORIFICS, NOT_NAMES, person_name

_ROSTER_LINE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?P<key>Present|Attendees|Attending|In attendance|"
    r"Members present|Chair|Chaired by|Also present)(?::(?:\*\*|__)|(?:\*\*|__):|:)"
    r"(?P<value>[^\n]+)",
    re.M | re.I,
)
_PIECES = re.compile(r"[;,](?![^()]*\))")
_PAREN = re.compile(r"[ \t]*\(([^()]*)\)")
_ROLE_WORDS = frozenset(["Chair", "Clerk", "Secretary", "Treasurer", "Convener", "Minutes"])
_REPORTING = (
    r"(?:said|says|asked|told|felt|thought|spoke|put|gave|wrote|proposed|noted|opened|"
    r"replied|added|argued|agreed|answered|summarised|summarized|declared|advised|reported|"
    r"warned|suggested|explained|insisted|countered|accepted|welcomed|objected|urged|"
    r"thanked|walked|questioned|disagreed|responded|stressed|pointed|confirmed|"
    r"would|wanted|supported|opposed)\b"
)
_MARKERS = r"(?:[ \t]*[-*+][ \t]+)?(?:\*\*|__)?"
_NEW_BLOCK = re.compile(r"[ \t]*(?:[-*+>#]|\d+[.)])[ \t]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*[ \t]+|^" + _MARKERS, re.M)


def roster(text: str, reader: int = 14) -> dict[str, str]:
    """The people a minute's attendance lines name, by what the minute may call them: each
    full name ("Nora Vik"), its surname when only one person has it ("Vik"), and a role it
    gives in brackets or its key ("Chair")."""
    people: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for line in _ROSTER_LINE.finditer(text[:4000]):
        key = line["key"].lower()
        for piece in _PIECES.split(line["value"]):
            piece = piece.strip(" \t*_.")
            roles = [r.strip() for r in _PAREN.findall(piece)]
            if reader >= 18:  # "(Chair; Law)": a role and what else the list says
                roles = [part.strip() for r in roles for part in re.split(r"[;,]", r)]
            bare = _PAREN.sub("", piece).strip()
            name = person_name(bare)
            if not name:
                continue
            people[name] = name
            surnames.setdefault(name.split()[-1], set()).add(name)
            for role in roles:
                if role in _ROLE_WORDS:
                    people.setdefault(role, name)
            if key.startswith("chair"):
                people.setdefault("Chair", name)
    for surname, names in surnames.items():
        if len(names) == 1 and surname not in NOT_NAMES:
            people.setdefault(surname, next(iter(names)))
    return people


def _turn_pattern(people: dict[str, str], reader: int = 14) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(people, key=len, reverse=True))
    titles = "|".join(re.escape(h) for h in sorted(HONORIFICS | {"The", "the"}))
    opener = _OPENER_18 if reader >= 18 else ""
    reporting = _REPORTING_18 if reader >= 18 else _REPORTING
    dot = r"\.?" if reader >= 18 else ""  # reader 18: "Prof. Oduya said"
    return re.compile(
        rf"{opener}(?:(?:{titles}){dot}[ \t]+)?(?P<who>{names})(?:[ \t]+\((?P<inner>[^()\n]{{1,40}})\))?"
        rf"(?:(?P<colon>(?::(?:\*\*|__)|(?:\*\*|__):|:)[ \t]+)|[ \t]+(?:\([^()\n]*\)[ \t]+)?"
        rf"{reporting})"
    )


_BODY_18 = re.compile(
    r"The (?:Board|Committee|Council|Panel|Group|Meeting|meeting|Assembly|Trust) "
    r"(?:agreed|noted|resolved|decided|recorded|approved|invited|deferred|DEFERRED|was|considered)\b"
)
"""Reader 18: a sentence reporting what the meeting itself did ("The Board agreed that…"),
after a member's words: nobody's."""
_OPENER_18 = (
    r"(?:(?:In reply|In response|Responding|Finally|However|For (?:his|her|their) part),[ \t]+)?"
)
"""Reader 18: a minute's turn opened by a phrase before its name ("In reply, Prof. X said")."""
_REPORTING_18 = (
    _REPORTING[: -len(r")\b")]
    + r"|recalled|presented|considered|observed|cautioned|doubted|feared)\b"
)
"""Reader 18: more verbs that report a member's words ("The Chair recalled that…")."""
_NUMBERED_18 = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){1,2}[ \t]+")
"""Reader 18: a minute's paragraph number ("4.3 Prof. Oduya said …"), no part of its turn."""
_TITLE_STOP_18 = re.compile(r"(?:^|(?<=\s))(?:Prof|Dr|Mr|Mrs|Ms|Cllr|Rev|Sen|Rep|Hon)\.$")


def minutes_turns(
    text: str, lines: list[tuple[int, int]], skip: set[int] | frozenset[int], reader: int = 14
) -> tuple[list[tuple[int, str]], dict[int, int], dict[int, int]]:
    """``(speakers, labels, cuts)`` of a minute: where each turn starts and whose it is (""
    where nobody speaks); for a label opening a line, where its words start (by the line's
    start), and for a label after another's words, the same by the label's start. Empty
    when ``text`` names fewer than two people present or reports fewer than two turns, or
    when it reads as a transcript (labels opening half its lines or more). Reader 18: a
    paragraph's number ("4.3 Prof. Oduya said…") opens its turn, a title's full stop
    ("Prof.") ends no sentence before the name, and :data:`_REPORTING_18`'s verbs report."""
    people = roster(text, reader)
    if len(set(people.values())) < 2:
        return [], {}, {}
    turn = _turn_pattern(people, reader)
    speakers: list[tuple[int, str]] = []
    labels: dict[int, int] = {}
    cuts: dict[int, int] = {}
    line_labels = others = prose = 0
    current = ""
    prev_end = -2
    for s, e in lines:
        if s in skip or _ROSTER_LINE.match(text, s, e):
            if current:
                speakers.append((s, ""))
                current = ""
            continue
        if not text[s:e].strip():
            continue
        wrapped = prev_end + 1 == s and not _NEW_BLOCK.match(text, s, e)  # a paragraph's next line
        prev_end = e
        if text[s:e].lstrip().startswith(">") and current:
            continue  # a quotation block right after a turn: the same person's
        prose += not wrapped
        turns = []
        for cut in _SENTENCE_END.finditer(text, s, e):
            at = cut.end()
            if reader >= 18 and cut.start() > s and _TITLE_STOP_18.search(text, s, cut.start()):
                continue  # "Prof. Oduya said": no sentence ends at "Prof."
            if reader >= 18 and cut.start() == s and (number := _NUMBERED_18.match(text, at, e)):
                at = number.end()  # "4.3 Prof. Oduya said": the paragraph's number
            m = turn.match(text, at, e)
            if m and (cut.start() > s or not wrapped):
                turns.append((cut.start() == s, m))
            elif reader >= 18 and turns and _BODY_18.match(text, at, e):
                turns.append((False, _BODY_18.match(text, at, e)))  # the Board's, nobody's
        if current and not wrapped and (not turns or not turns[0][0]):
            speakers.append((s, ""))  # a paragraph that opens with nobody's words
            current = ""
        for opens, m in turns:
            if m.re is _BODY_18:
                speakers.append((m.start(), ""))
                current = ""
                continue
            who = people[m["who"]]
            if m["who"] in _ROLE_WORDS and m["inner"] in people:
                who = people[m["inner"]]  # "Chair (Brekke):"
            speakers.append((s if opens else m.start(), who))
            current = who
            if m["colon"] and opens:
                labels[s] = m.end()
                line_labels += 1
            else:
                if m["colon"]:
                    cuts[m.start()] = m.end()
                others += 1
    if others < 2 or line_labels * 2 >= prose:
        return [], {}, {}
    return speakers, labels, cuts
