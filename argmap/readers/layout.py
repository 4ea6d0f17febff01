"""Reader 3 on: a text's layout beyond its sentences (:func:`text_layout`).

Table rows, a memo header, a transcript's speaker labels, headings; from reader 4 on, the
head and foot's metadata lines (:func:`text_head`) and lines that read as a title or a
caption."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

from argmap.readers.head4 import Head, head4
from argmap.readers.head5 import ATTENDANCE, head5
from argmap.readers.head6 import head6
from argmap.readers.head7 import head7, mask_front_matter
from argmap.readers.head8 import head8
from argmap.readers.head12 import head12
from argmap.readers.head14 import head14
from argmap.readers.head15 import head15, zoom_chat15
from argmap.readers.head16 import head16
from argmap.readers.head17 import head17
from argmap.readers.minutes14 import minutes_turns
from argmap.readers.names import NOT_NAMES, person_name
from argmap.readers.plain import (
    _HAS_WORD,
    _LINE,
    _LINE_STOP,
    LIST_MARKER,
    _plain_line,
    _strip_emphasis,
)
from argmap.readers.text10 import letter_writers, page_furniture
from argmap.readers.text18 import box_rows18, hearing_name18

_CELL_BAR = re.compile(r"(?<!\\)\|")
_TABLE_LINE = re.compile(r"[ \t]*\|.*\|[ \t]*")
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*")
# "From: …", "**Subject:** …", "__To__: …": a key of a header line and its value
_KEY_LINE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<key>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?P<value>\S.*?))?[ \t]*$"
)
MEMO_KEYS = frozenset(["From", "To", "Cc", "Bcc", "Subject", "Re", "Date"])
"""Header keys that make a run of "Key: value" lines at the top of a text a memo header."""
AUTHOR_KEYS = frozenset(["Author", "Authors", "By"])
HEADER_KEYS = MEMO_KEYS | AUTHOR_KEYS | frozenset(["Status", "Ref", "Reference", "Attn", "Copy"])
_HEADER_ZONE = 2000
_HEADING_OR_RULE = re.compile(r"[ \t]*(?:#|(?:[-*_=•][ \t]*){3,}$)")


class Layout(NamedTuple):
    """What reader 3 sees in a text beyond its sentences (offsets into the text)."""

    alone: frozenset[int]
    """Starts of lines never joined to their neighbours (table rows, header lines, turns)."""
    skip: frozenset[int]
    """Starts of lines that are no sentence: a memo header, a table's rule, a bare label."""
    rows: dict[int, tuple[int, int]]
    """A table row's line start: the row's span without its outer bars."""
    labels: dict[int, int]
    """A turn's line start: where the words after its speaker label begin."""
    speakers: list[tuple[int, str]]
    """Where each turn begins and who speaks ("" after a heading: nobody)."""
    header: dict[str, str]
    """The memo header's fields by key ("From", "Subject", "Authors")."""
    headings: frozenset[int] = frozenset()
    """Starts of Markdown heading lines: each is one sentence, full stops and all."""
    whole: frozenset[int] = frozenset()
    """Reader 4: starts of lines that do not end like a sentence (a title, a caption, "Table
    1. Voting at 16"): each, on a line of its own, is one sentence."""
    head: Head | None = None
    """Reader 4: the metadata of the text's head and foot (:func:`text_head`)."""
    bridge: frozenset[int] = frozenset()
    """Reader 7: starts of a transcript's timestamp lines ("0:15", "[00:01:15]"): no
    sentence, and the lines on either side of one join as if it were not there."""
    cuts: dict[int, int] | None = None
    """Reader 14: a minute's label after another's words on its line ("… her?" Vik: "Tell
    her…""): where the label starts, where its words start."""


@lru_cache(maxsize=64)
def text_layout(text: str, reader: int = 3) -> Layout:
    """Table rows, a memo header and a transcript's speaker labels in ``text`` (reader 3).

    - A table is a run of lines that begin and end with ``|`` and hold a rule row
      (``|---|---|``): each other row is one sentence, its cells read ``a · b``.
    - A memo header is a run of "Key: value" lines in the first 2,000 characters that has
      a "From", "To", "Subject" or "Re" line, or a run of "Author(s):"/"By:" lines: its
      lines are metadata (author, title, date), not sentences.
    - A transcript has at least three lines that start with a ``NAME:`` label (``**NAME:**``
      and ``Cllr Ann Peel (Castle, Labour):`` too), one name at least twice: the label is
      the speaker of that turn and of the paragraphs after it up to the next label or
      heading, and no part of a sentence.
    - A Markdown heading is one sentence, even with a full stop inside.

    Reader 4 (``reader`` 4) adds :func:`text_head`'s metadata lines to what is skipped, the
    lines that do not end like a sentence (``whole``), and reads speakers as
    :func:`_speakers4` says.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    alone: set[int] = set()
    skip: set[int] = set()
    rows: dict[int, tuple[int, int]] = {}
    # tables
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_LINE.fullmatch(text, *lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) >= 2 and any(_TABLE_RULE.fullmatch(text, s, e) for s, e in run):
            for s, e in run:
                alone.add(s)
                if _TABLE_RULE.fullmatch(text, s, e):
                    skip.add(s)
                    continue
                a, b = text.index("|", s) + 1, text.rindex("|", s, e)
                while a < b and text[a] in " \t":
                    a += 1
                while b > a and text[b - 1] in " \t":
                    b -= 1
                if _HAS_WORD.search(text, a, b):
                    rows[s] = (a, b)
                else:
                    skip.add(s)
        i = max(j, i + 1)
    # a memo header
    header: dict[str, str] = {}
    run_lines: list[tuple[int, str, str]] = []
    for s, e in [*lines, (len(text) + 1, len(text) + 1)]:
        m = _KEY_LINE.fullmatch(text, s, e) if s < _HEADER_ZONE else None
        if m and m["key"] in HEADER_KEYS and m["value"] and s not in rows:
            if run_lines and text[run_lines[-1][0] : s].count("\n") > 1:
                run_lines = []  # a blank line between: another run
            run_lines.append((s, m["key"], _strip_emphasis(m["value"])))
            continue
        keys = {k for _, k, _ in run_lines}
        memo = len(run_lines) >= 2 and keys & {"From", "To", "Subject", "Re"}
        if memo or (run_lines and keys <= AUTHOR_KEYS):
            for at, key, value in run_lines:
                skip.add(at)
                alone.add(at)
                header.setdefault("Authors" if key in AUTHOR_KEYS else key, value)
            break
        run_lines = []
        if s >= _HEADER_ZONE:
            break
    if reader >= 9:
        for block in _PLUGIN_BLOCK_9.finditer(text):
            # an Obsidian plugin's query ("```dataview"): the app's, no sentence of the note
            skip.update(s for s, _ in lines if block.start() <= s < block.end())
    head = text_head(text, reader) if reader >= 4 else None
    if head is not None:
        skip.update(head.skip)
        alone.update(head.skip)
    if reader >= 18 and head is not None:
        # "Witnesses: DR ARNTZEN, …" wrapped over lines: all of it attendance, as its first
        skip.update(_attendance_lines18(text, lines, skip))
    if reader >= 16:  # "👍 23", "👍😆 31": a comment's reactions, no sentence
        reactions = {s for s, e in lines if _REACTIONS_16.fullmatch(text, s, e)}
        skip.update(reactions)
        alone.update(reactions)
    if reader >= 14:
        unticked, options = unticked_options(text, lines)
        skip.update(unticked)
        alone.update(options)  # each option a line of its own
        rules = {s for s, e in lines if _RULE_LINE_14.fullmatch(text, s, e)}
        skip.update(rules)  # "=====" under a form's title: no part of the title
        alone.update(rules)
        alone.update(head.alone)  # reader 8: a chat's messages
    if reader >= 18:  # "[ ] Yes   [X] No   [ ] Don't know": the option ticked, or nothing
        for s, ticked in box_rows18(text, lines).items():
            alone.add(s)
            if ticked is None:
                skip.add(s)
            else:
                rows[s] = ticked
    slugs: set[int] = set()
    irc: dict[int, re.Match[str]] = {}
    if reader >= 18:  # a news script's item slugs, timings and cues: no sentences, nobody's
        slugs = {s for s, e in lines if _SCRIPT_LINE_18.fullmatch(text, s, e)}
        skip.update(slugs)
        alone.update(slugs)
        # an IRC log: "19:02 <nick> words" each its nick's, "-!-" and "* nick" lines nobody's
        irc = {s: m for s, e in lines if (m := _IRC_LINE_18.fullmatch(text, s, e))}
        if len(irc) >= 3:
            system = {s for s, e in lines if _IRC_SYSTEM_18.fullmatch(text, s, e)}
            skip.update(system)
            alone.update(system | set(irc))
        else:
            irc = {}
    # speaker labels
    labelled: list[tuple[int, int, str, bool]] = []
    loose: list[tuple[int, int, str, bool]] = []  # reader 13: "Pelle from the quay:"
    nobody = NOT_SPEAKERS | NOT_SPEAKERS_4 if head is not None else NOT_SPEAKERS
    if reader >= 7:
        nobody = nobody | NOT_SPEAKERS_7
    if reader >= 10:
        nobody = nobody | NOT_SPEAKERS_10
    if reader >= 14:
        nobody = nobody | NOT_SPEAKERS_14
    for s, e in lines:
        if s in skip or s in rows:
            continue
        label = _SPEAKER_LABEL_9 if reader >= 9 else _SPEAKER_LABEL_8
        label = _SPEAKER_LABEL_10 if reader >= 10 else label
        label = label if reader >= 8 else _SPEAKER_LABEL_5
        m = (label if reader >= 5 else _SPEAKER_LABEL).match(text, s, e)
        if s in irc:
            labelled.append((s, irc[s].start("words"), f"@{irc[s]['nick']}", False))
            continue
        if reader >= 12 and not m:
            m = _CALLER_LABEL_12.match(text, s, e)  # "MIRELA, TESSIN:" (a phone-in's caller)
        if reader >= 14 and not m:
            m = next((got for got in (c.match(text, s, e) for c in _CALLER_LABELS_14) if got), None)
        if m and reader >= 16 and _NOT_NAME_16.match(m["name"]):
            m = None  # "On Oskaria: yes, …": a post's topic, not a speaker
        if reader >= 17 and not m:
            m = _NUMBERED_LABEL_17.match(text, s, e)  # "WOMAN 1 (Ivana, 52, runs a stall):"
        if m and reader >= 17 and _HEAD_FIELD_17.fullmatch(text, s, e) and s < _HEADER_ZONE:
            m = None  # "Reporter: Vojtěch Malý": a transcript's head, nobody speaking
        if m and reader >= 18 and s < _HEADER_ZONE and not labelled and _head_line18(text, s, e):
            m = None  # "Speakers: NAME, role", "PRESS BRIEFING: THE LEVY BILL": its head
            alone.add(s)
        if m and m["name"] not in HEADER_KEYS and m["name"] not in nobody:
            name = _caller_name14(m["name"]) if reader >= 14 else m["name"]
            # reader 18: "Mikkel Dahl: 00:04", a transcript's head: the turn's time no words
            bare = m.end() >= e or (reader >= 18 and bool(TIMESTAMP.fullmatch(text, m.end(), e)))
            labelled.append((s, e if bare else m.end(), name, bare))
        elif reader >= 7 and (
            h := (_HANDLE_LABEL_9 if reader >= 9 else _HANDLE_LABEL).fullmatch(text, s, e)
        ):
            labelled.append((s, e, h["name"], True))  # "u/pensions_pleb:", "@rowan_t:"
        elif (
            reader >= 13
            and (b := _BARE_LABEL_13.fullmatch(text, s, e))
            and len(b["name"]) <= 40
            and b["name"] not in nobody | HEADER_KEYS
            and not _QUOTE_INTRO_13.search(b["name"])
        ):
            loose.append((s, e, b["name"], True))
    scored = False
    if reader >= 18 and not labelled and not loose:
        # "blockcbjorn 1,204 pts", "Trine M. 500 kr": a comment's or a gift's head, its writer
        heads18 = [
            (s, e, h["name"]) for s, e in lines if (h := _SCORE_HEAD_18.fullmatch(text, s, e))
        ]
        after = {s: lines[i + 1] for i, (s, _) in enumerate(lines[:-1])}
        if (
            len(heads18) >= 2
            and all(s not in skip for s, _, _ in heads18)
            # each over a comment's words, not a price list ("Tickets 300 kr", "Students …")
            and all(s in after and len(text[slice(*after[s])].split()) >= 3 for s, _, _ in heads18)
            and not any(after[s][0] in {h for h, _, _ in heads18} for s, _, _ in heads18)
        ):
            labelled = [(s, e, name, True) for s, e, name in heads18]
            scored = True
    if reader >= 8:
        labelled = _members_as_named(labelled, reader)
    if head is not None:
        labelled = _one_name_per_speaker(labelled)
    if reader >= 17:
        labelled = [(s, end, _vox_name17(name), bare) for s, end, name, bare in labelled]
    if reader >= 18:  # "Q101 THE CHAIR": the hearing's question number names no one
        labelled = [(s, end, hearing_name18(name), bare) for s, end, name, bare in labelled]
    if reader >= 12:
        labelled = _thread_labels12(labelled)
    if loose:
        labelled = _loose_heads13(labelled, loose, reader)
    names = [name for _, _, name, _ in labelled]
    labels: dict[int, int] = {}
    speakers: list[tuple[int, str]] = []
    repeated = len(labelled) >= 3 and len(set(names)) < len(names)
    # reader 7: two lines or more that are only a person's name and a colon, and no other
    # label ("Eva Ström:" heading each comment of a thread)
    heads = [name for *_, name, bare in labelled if bare]
    thread = (
        (
            len(heads) >= (1 if reader >= 8 else 2)  # reader 8: a page's one comment, its writer
            and len(heads) == len(labelled)
            and all(
                person_name(h)
                or h.startswith(("@", "u/"))
                or (reader >= 10 and _JOINED.search(h))
                or (
                    reader >= 11
                    and _NAME_AND_PART_11.fullmatch(h)
                    and h.split()[0] not in NOT_NAMES
                )
                for h in heads
            )
            and (reader < 10 or not all(_JOINED.search(h) for h in heads))
            and (reader < 11 or any(person_name(h) or h.startswith(("@", "u/")) for h in heads))
        )
        or (
            reader >= 13
            and bool(heads)
            and len(heads) == len(labelled)
            and (_writers13(heads) or (reader >= 15 and _desk_writers15(heads)))
        )
        or (
            reader >= 16
            and len(heads) >= 2
            and len(heads) == len(labelled)
            and all(_RESPONDENT_16.fullmatch(h) for h in heads)
        )
    )
    if repeated or (reader >= 7 and thread) or scored:
        starts = {s: (end, name, bare) for s, end, name, bare in labelled}
        # reader 18: a script's newsreader, who reads each item's words after its slug
        newsreader = next((n for n in names if _NEWSREADER_18.search(n)), "")
        before_act = ""  # reader 18: who spoke before a script's clip ("[ACT: OSEI]")
        for s, e in lines:
            got = starts.get(s)
            if got is not None:
                end, name, bare = got
                speakers.append((s, name))
                alone.add(s)
                if bare:
                    skip.add(s)
                else:
                    labels[s] = end
            elif speakers and speakers[-1][1] and _HEADING_OR_RULE.match(text, s, e):
                speakers.append((s, ""))
            elif reader >= 18 and speakers and (act := _ACT_18.fullmatch(text, s, e)):
                # "[ACT: OSEI — 0'11"]" … "[END ACT]": the clip's voice ends with it
                if act["end"]:
                    speakers.extend([(s, ""), (e + 1, before_act)])
                else:
                    before_act = speakers[-1][1]
                    speakers.append((s, ""))
            elif reader >= 18 and s in slugs and _ITEM_18.match(text, s, e):
                speakers.append((s, newsreader))  # "ITEM 2 — SHOPPERS": the newsreader's
            elif head is not None and speakers and _STAGE.fullmatch(_plain_line(text[s:e])):
                # "*(The sitting closed at 16:38.)*": nobody's words; the turn goes on after
                speakers.extend([(s, ""), (e + 1, speakers[-1][1])])
            elif reader >= 9 and speakers and _PROCEDURE_9.fullmatch(_plain_line(text[s:e])):
                speakers.append((s, ""))  # "Motion agreed to.": the record's, nobody's
            elif reader >= 15 and speakers and _PROCEDURE_15.fullmatch(_plain_line(text[s:e])):
                speakers.append((s, ""))  # "The Assembly divided: Ayes 97, Noes 74."
        if reader >= 9 and not slugs:  # reader 18: a news script's voices take turns
            speakers = _interjections(text, lines, labelled, speakers, skip)
    if head is not None and head.turns and not speakers:
        speakers = list(head.turns)  # reader 7: a pasted thread's comment heads
    if reader >= 10 and not speakers:
        # a letters page: each letter's writer, signed under it ("Pat Lennox, Riverside")
        speakers, signatures = letter_writers(text)
        skip.update(signatures)
        alone.update(signatures)
    cuts: dict[int, int] | None = None
    if reader >= 14:
        # a minute: people named as present, each reported by a label or a reporting verb
        turns, minute_labels, cuts = minutes_turns(text, lines, skip, reader)
        if turns:
            speakers, labels = turns, minute_labels
            alone.update(labels)
    if head is not None:
        for s, n in head.prefix:  # reader 5: "Kessling, 24 November 2026 – " opening a line
            labels.setdefault(s, s + n)
    headings = frozenset(
        s for s, e in lines if _MD_HEADING.match(text, s, e) and s not in skip and s not in rows
    )
    alone.update(headings)
    whole: frozenset[int] = frozenset()
    if head is not None:
        whole = frozenset(
            s
            for s, e in lines
            if s not in skip and s not in rows and s not in labels and s not in headings
            and _is_whole_line(text[s:e])
        )  # fmt: skip
    if reader >= 18 and whole and speakers:
        # a chat message or a turn of speech ("NO RULE. give us a new stadium"): its
        # sentences, though its last has no stop
        whole = whole - _spoken_lines18(text, lines, speakers)
    if reader >= 17:  # "Speaker notes:" opening a slide's notes: no part of the sentence
        for s, e in lines:
            if s not in labels and (note := _NOTES_LABEL_17.match(text, s, e)) and note.end() < e:
                labels[s] = note.end()
    if reader >= 17:  # a references list's entries, each on a line: one sentence each
        entries = references17(text, lines, reader)
        whole = whole | entries
        alone.update(entries)
    if head is not None and head.alone and 8 <= reader < 11:
        # reader 11: a chat's message is cut into sentences, each its writer's
        # a chat's message of up to 280 characters is one unit, as its writer sent it
        ends = dict(lines)
        whole = whole | {s for s in head.alone if s not in skip and ends.get(s, s) - s <= 280}
    bridge: frozenset[int] = frozenset()
    if reader >= 7:
        stamps = [s for s, e in lines if TIMESTAMP.fullmatch(text, s, e)]
        if len(stamps) >= 3:
            bridge = frozenset(stamps)
            skip.update(bridge)
    if reader >= 10:
        # a PDF's running heads and feet, page numbers, and a page break inside a sentence
        furniture, across = page_furniture(text, reader)
        skip.update(furniture | across)
        bridge = bridge | across
    return Layout(
        frozenset(alone),
        frozenset(skip),
        rows,
        labels,
        speakers,
        header,
        headings,
        whole,
        head,
        bridge,
        cuts or None,
    )


TIMESTAMP = re.compile(r"[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*")
"""Reader 7: a line that is only a timestamp ("0:15", "1:02:33", "[00:12]")."""


NOT_SPEAKERS_4 = frozenset(
    ["Present", "Absent", "Apologies", "Attendees", "Attending", "Witnesses", "Contact",
     "Venue", "Location", "Time", "Agenda", "Topics", "Keywords", "Photo", "Photos",
     "Credit", "Image", "Correction", "Disclosure", "Also", "Members", "Chair and members"]
)  # fmt: skip
"""Reader 4: more words that label a line but name no speaker ("Present: Ilse Moser…")."""
NOT_SPEAKERS_7 = frozenset(["Edit", "EDIT", "Edited", "ETA", "PS", "P.S", "TL;DR", "TLDR"])
"""Reader 7: a post's own labels, no speakers ("Edit: didn't expect this to blow up")."""
NOT_SPEAKERS_10 = frozenset(
    ["BREAKING", "Breaking", "UPDATE", "UPDATED", "LIVE", "WATCH", "EXCLUSIVE", "ALERT", "NEW",
     "JUST IN", "READ", "LISTEN", "THREAD", "Thread", "PSA", "FYI", "NB", "N.B"]
)  # fmt: skip
"""Reader 10: a news kicker opening a post ("BREAKING: the council has voted…"), nobody."""
_NOT_NAME_16 = re.compile(
    r"(?:On|About|Re|Regarding|As for|As to|For|To|In|At|From|With|Of|By|Against|After|Before)"
    r"[ \t]"
)
"""Reader 16: a label opening with a preposition ("On Oskaria:") names a topic, no speaker."""
_RESPONDENT_16 = re.compile(
    r"(?:[A-Z]{1,5}[-_]?\d{1,7}|Row \d{1,7}|[^\n:()]{2,60}? \([^():\n]{1,80}\))"
    r"(?: \([^():\n]{1,80}\))?"
)
"""Reader 16: a respondent's head in a CSV export's text ("R-00017 (Individual, Velsgard)",
"Row 4", a petition's signer "Kristin (Nordmark)"), a writer when two or more head the text
and nothing else labels it."""
_REACTIONS_16 = re.compile(
    r"[ \t]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]{1,6}[ \t]*\d[\d.,]*[KkMm]?[ \t]*)+"
)
"""Reader 16: a line of reaction emoji and their count ("👍😆 31"), no sentence."""
NOT_SPEAKERS_14 = frozenset(["Topic", "Theme", "Segment", "Programme", "Episode", "Item"])
"""Reader 14: a programme's or a minute's labels, nobody ("Topic: "Should the library…"")."""
_STAGE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_INNER_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s")


def _is_whole_line(line: str) -> bool:
    """Whether a line reads as a title or a caption, not as running sentences: at most 120
    characters, not ending like a sentence, with a stop inside ("Should Harwick run to
    2048? An old reactor physicist changes her mind twice")."""
    stripped = line.strip()
    if LIST_MARKER.match(stripped) or len(stripped) > 120:
        return False
    end = stripped.rstrip("\"'”’)]*_ ")
    if not end or _LINE_STOP.search(end) or _CREDIT.search(end):
        return False
    return bool(_INNER_STOP.search(stripped))


# a caption's credit after its sentence: "… from the estuary path. Photo: Herald/Anna Lund"
_CREDIT = re.compile(
    r"[.!?]\s+(?:Photo|Photograph|Picture|Image|Illustration|Credit|Source)s?"
    r"(?:\s+(?:source|credit|by))?\s*[:,]"
)


def _one_name_per_speaker(
    labelled: list[tuple[int, int, str, bool]],
) -> list[tuple[int, int, str, bool]]:
    """ "CHAIR" as "CHAIR (Ilse Moser)" when that is the only "CHAIR (…)" label (reader 4)."""
    full: dict[str, set[str]] = {}
    for _, _, name, _ in labelled:
        base, paren, _rest = name.partition(" (")
        if paren:
            full.setdefault(base, set()).add(name)
    return [
        (s, end, next(iter(full[name])) if len(full.get(name, ())) == 1 else name, bare)
        for s, end, name, bare in labelled
    ]


_SPEAKER_LABEL = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}"
    r"(?:[ \t]+\([^():\n]{1,60}\))?)"  # "Cllr Graham Peel (Harlow Fields, Conservative):"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
# Reader 5: also an office with "of"/"for": "**The Minister of Health (Karin Albrecht):**"
_SPEAKER_LABEL_5 = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?"
    r"[A-Z][\w.'’-]*){0,5}(?:[ \t]+\([^():\n]{1,60}\))?)"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
# Reader 8: a member with a constituency and a party: "Councillor Fiona Tait (Skerra and the
# Small Isles) (Independent):", "Mr Peter Hain (Neath) (Lab):"
_SPEAKER_LABEL_8 = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?"
    r"[A-Z][\w.'’-]*){0,5}(?:[ \t]+\([^():\n]{1,60}\)){0,2})"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)


# Reader 9: a name with accented capitals ("Sven Åberg:", "Senator VIKSTRÖM") and up to three
# parentheses ("Senator VIKSTRÖM (Leader of the Government) (Civic Union) (by leave):")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_SPEAKER_LABEL_9 = re.compile(
    rf"[ \t]*(?:\*\*|__)?(?P<name>[{_UPPER}][\w.'’-]*(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?"
    rf"[{_UPPER}][\w.'’-]*){{0,5}}(?:[ \t]+\([^():\n]{{1,60}}\)){{0,3}})"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
# Reader 10: a name that joins words with "&" ("Wexcombe & District Chamber of Commerce:",
# "Ana & Co:"): an organisation's or a shop's account heading its post
_SPEAKER_LABEL_10 = re.compile(
    rf"[ \t]*(?:\*\*|__)?(?P<name>[{_UPPER}][\w.'’-]*(?:[ \t]+(?:(?:of|for|the|and|&)[ \t]+)?"
    rf"[{_UPPER}][\w.'’-]*){{0,5}}(?:[ \t]+\([^():\n]{{1,60}}\)){{0,3}})"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
_NAME_AND_PART_11 = re.compile(rf"[{_UPPER}][\w.'’-]{{1,40}} \([^():\n]{{1,40}}\)")
"""Reader 11: a one-word name with its part in a thread ("Tove (listener)", a podcast's
voice note), a writer when another writer of the thread has a person's name or a handle."""
_JOINED = re.compile(rf"\S[ \t]+&[ \t]+[{_UPPER}]")
"""Reader 10: a name joined by "&": in a thread, a commenter as well as people named so."""
_PROCEDURE_9 = re.compile(
    r"(?:Question put(?: and agreed to| and negatived)?|Motion (?:agreed to|negatived|withdrawn)|"
    r"Sitting (?:suspended|resumed)(?: at .{1,20})?|Debate adjourned|The (?:Senate|House|"
    r"Chamber|Council|Assembly) (?:adjourned|divided)(?: at .{1,20})?|Bill read a "
    r"(?:first|second|third) time|Amendment (?:agreed to|negatived|withdrawn))\.?"
)
"""Reader 9: a record's procedure line, nobody's words ("Question put and agreed to.")."""
_PROCEDURE_15 = re.compile(
    r"(?:Question put, That .{5,200}|The (?:Senate|House|Chamber|Council|Assembly|Diet) "
    r"divided(?::? Ayes \d+, Noes \d+)?|(?:Amendment \d+|Motion|Bill|Clause \d+|Bill, as "
    r"amended,) accordingly (?:agreed to|negatived|read a (?:[Ff]irst|[Ss]econd|[Tt]hird) "
    r"time)|Order for (?:[Ff]irst|[Ss]econd|[Tt]hird) [Rr]eading read|Ayes \d+, Noes \d+)\.?"
)
"""Reader 15: more of a record's procedure lines, nobody's ("Question put, That the amendment
be made.", "The Assembly divided: Ayes 97, Noes 74.", "Amendment 7 accordingly agreed to.")."""


_PLUGIN_BLOCK_9 = re.compile(
    r"^[ \t]*(?P<fence>```+|~~~+)[ \t]*(?:dataview|dataviewjs|query|tasks|button|mermaid|"
    r"chart|meta-bind|tracker)\b[^\n]*\n(?:.*\n)*?[ \t]*(?P=fence)[ \t]*$",
    re.M,
)
"""Reader 9: a fenced block an Obsidian plugin runs ("```dataview", "```tasks")."""


def _interjections(
    text: str,
    lines: list[tuple[int, int]],
    labelled: list[tuple[int, int, str, bool]],
    speakers: list[tuple[int, str]],
    skip: set[int],
) -> list[tuple[int, str]]:
    """Reader 9: in a record whose speeches open with a label on its own line ("Senator
    RUDBERG (Crossbench):"), a label with its words on the same line inside another's
    speech is an interjection ("Senator FARRANT: And no member…"): one line, and the
    speech it broke into goes on after it."""
    if not any(alone for *_, alone in labelled):
        return speakers
    starts = {s for s, *_ in labelled}
    inline = {s for s, _, _, alone in labelled if not alone}
    ends = dict(lines)
    out: list[tuple[int, str]] = []
    before = ""  # who was speaking before the current turn
    for at, name in speakers:
        if at in inline and out and out[-1][1] and out[-1][1] != name:
            before = out[-1][1]
            out.append((at, name))
            after = next((s for s, _ in lines if s > at and s not in skip), None)
            if after is not None and after not in starts:
                out.append((ends[at] + 1, before))
            continue
        out.append((at, name))
    return out


def _members_as_named(
    labelled: list[tuple[int, int, str, bool]],
    reader: int = 8,
) -> list[tuple[int, int, str, bool]]:
    """Reader 8: "Councillor Fiona Tait (Skerra…) (Independent)" is "Councillor Fiona Tait"
    when the record also names her so (a record names a member in full once); reader 9:
    whatever the number of parentheses ("Senator VIKSTRÖM (Leader…) (Party) (by leave)")."""
    names = {name for _, _, name, _ in labelled}
    out = []
    for s, end, name, bare in labelled:
        base = re.sub(r"(?:[ \t]+\([^()]*\)){2}$", "", name)  # a seat and a party
        if reader >= 9 and re.search(r"(?:[ \t]+\([^()]*\)){2,}$", name):
            # a member, a role, a party and more ("(Leader…) (Civic Union) (by leave)"): the
            # member, whether or not the record names them so elsewhere
            out.append((s, end, re.sub(r"(?:[ \t]+\([^()]*\))+$", "", name), bare))
            continue
        out.append((s, end, base if base != name and base in names else name, bare))
    return out


_CALLER_LABEL_12 = re.compile(
    rf"[ \t]*(?:\*\*|__)?(?P<name>[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+)?,"
    rf"[ \t]+[{_UPPER}][{_UPPER}'’.-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’.-]+){{0,2}}"
    r"(?:[ \t]+\([^():\n]{1,40}\))?)(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
"""Reader 12: a caller's label, a name and a town in capitals ("MIRELA, TESSIN:", "DEV,
MARROWBY (text):"), as a phone-in's or a hearing's transcript writes it."""


_TIMED_LABEL_14 = re.compile(
    rf"[ \t]*[\[(](?:\d{{1,2}}:)?\d{{1,2}}:\d{{2}}[\])][ \t]+(?:\*\*|__)?"
    rf"(?P<name>[{_UPPER}][\w.'’-]*(?:[ \t]+[{_UPPER}][\w.'’-]*){{0,3}}"
    r"(?:[ \t]+\([^():\n]{1,60}\))?)(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
"""Reader 14: a label after the turn's time ("[09:14] Caller (Arne, Brennholm):")."""
_CALLER_LABELS_14 = (
    _TIMED_LABEL_14,
    # "GEIR MOEN, SANDVIK, SKARVOY:": a caller, a village and an island in capitals
    re.compile(
        rf"[ \t]*(?:\*\*|__)?(?P<name>[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+)?"
        rf"(?:,[ \t]+[{_UPPER}][{_UPPER}'’.-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’.-]+){{0,2}}){{2}}"
        r"(?:[ \t]+\([^():\n]{1,40}\))?)(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
    ),
    # "Silje from Skarvoy:", "Bjarne Lie in Brennholm:": a caller and where they call from
    re.compile(
        rf"[ \t]*(?:\*\*|__)?(?P<name>[{_UPPER}][a-zà-ÿ'’-]+(?:[ \t]+[{_UPPER}][a-zà-ÿ'’-]+)?"
        rf"[ \t]+(?:from|in|on)[ \t]+[{_UPPER}][\w'’-]+(?:[ \t]+[{_UPPER}][\w'’-]+)?)"
        r"(?::(?:\*\*|__)|(?:\*\*|__):|:)[ \t]+(?=\S)"
    ),
)
"""Reader 14: a phone-in's callers labelled with more than a name and a town."""
_ROLE_14 = frozenset(
    ["Caller", "Presenter", "Host", "Guest", "Listener", "Moderator", "Interviewer", "Texter"]
)
_ROLE_NAME_14 = re.compile(r"(?P<role>\w+)[ \t]+\((?P<who>[^()]+)\)")


_NUMBERED_LABEL_17 = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>(?:[A-Z]{2,}[ \t]+){1,2}\d{1,2}(?:[ \t]+\([^():\n]{1,80}\))?)"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
"""Reader 17: a vox pop's numbered voice ("WOMAN 1 (Ivana, 52, runs a flower stall):",
"MAN 2:", "CALLER 3:")."""
_HEAD_FIELD_17 = re.compile(
    r"[ \t]*(?:Broadcast|Aired|Recorded|Reporter|Producer|Presenter|Host|Transcribed by|"
    r"Transcript|Programme|Show|Duration|Date):[ \t]+[^.!?\n]{1,80}[ \t]*"
)
"""Reader 17: a transcript's head line naming its reporter or date ("Reporter: Vojtěch
Malý", "Broadcast: Tuesday 25 November 2027, 17:40"), no turn of speech."""
_VOX_17 = re.compile(r"(?:[A-Z]{2,}[ \t]+){1,2}\d{1,2}[ \t]+\((?P<who>[^()]+)\)")


_SCORE_HEAD_18 = re.compile(
    r"[ \t]*(?P<name>[^\W\d][\w.'’-]*(?:[ \t]+[\w.'’&-]+){0,3}?)[ \t]+"
    r"(?:[+−-]?\d[\d,. ]*[ \t]*(?:pts|points|kr|NOK|SEK|DKK|EUR|USD|GBP)|[€$£][ \t]?\d[\d,.]*)[ \t]*"
)
"""Reader 18: a comment's head with its score ("blockcbjorn 1,204 pts") or a gift's with its
amount ("Trine M. 500 kr", "Kilns Supporters' Trust 180,000 kr"), a line of its own."""
_IRC_LINE_18 = re.compile(
    r"[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+<[@+%~&]?[ \t]?(?P<nick>[^\s<>]{1,32})>[ \t]+(?P<words>\S.*)"
)
"""Reader 18: an IRC log's message line ("19:02 <torbjorn_farm> the second phase …")."""
_IRC_SYSTEM_18 = re.compile(
    r"[ \t]*(?:---[ \t]+(?:Log|Day)[ \t].*|\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:-!-|\*\*\*|\*[ \t]).*)"
)
"""Reader 18: an IRC log's own lines: joins, quits, topic, "--- Log opened", "* nick sighs"."""
_ITEM_18 = re.compile(r"[ \t]*ITEM[ \t]+\d{1,2}\b")
_SCRIPT_LINE_18 = re.compile(
    r"[ \t]*(?:ITEM[ \t]+\d{1,2}\b[^a-z\n]*|DUR[ \t]+\d{1,2}'\d{2}\"?(?:[ \t]+.*)?|"
    r"CUE:[^a-z\n]*)"
)
"""Reader 18: a news script's item slug ("ITEM 2 — SHOPPERS"), its timing line ("DUR 0'40"
IN: "In Vennby..." OUT: …") and a cue ("CUE: SINDRE VIK (PACKAGE) — 1'31"")."""
_ACT_18 = re.compile(r"[ \t]*\[(?P<end>END[ \t]+)?(?:ACT|CLIP|SOT|INSERT)\b[^\]\n]*\][ \t]*")
"""Reader 18: a script's clip start ("[ACT: AALUND — 0'14"]") or end ("[END ACT]")."""
_NEWSREADER_18 = re.compile(r"\((?:READER|NEWSREADER|PRESENTER|ANCHOR)\)", re.I)
_HEAD_FIELD_18 = re.compile(
    r"[ \t]*(?:Speakers?|Panel|Panell?ists?|Moderator|Chairs?|Chaired by|Interviewer|"
    r"Interviewees?|Guests?|Participants|Editor|Sub|Newsreader|Reader|Cue|CUE|Item|ITEM):"
    r"[ \t]+[^\n]{1,140}"
)
"""Reader 18: a transcript's or a script's head line listing who takes part ("Speakers:
Signe Halvorsrud, Minister of Health", "Moderator: Ane Brekke, Head of Communications")."""
_CAPITALS_LINE_18 = re.compile(r"[ \t]*[^a-z\n.!?]{3,60}:[ \t]+[^a-z\n.!?]{3,120}")
"""Reader 18: a title in capitals with a colon ("PRESS BRIEFING: THE HEALTHY FOOD LEVY BILL")."""


def _head_line18(text: str, s: int, e: int) -> bool:
    """Reader 18: a head line before a transcript's first turn that names who takes part,
    or a title in capitals: no label of a speaker."""
    line = text[s:e]
    if _HEAD_FIELD_18.fullmatch(line) and not re.search(r"[a-z][.!?]", line):
        return True
    return bool(_CAPITALS_LINE_18.fullmatch(line))


def _attendance_lines18(text: str, lines: list[tuple[int, int]], skip: set[int]) -> set[int]:
    """Reader 18: the lines that go on an attendance line read as no sentence ("Witnesses:
    DR SOLVEIG ARNTZEN, Senior Lecturer, Halsfjord" then "University; TOR HAGEN, …"), up
    to a blank line."""
    out: set[int] = set()
    going_on = False
    end = -2
    for s, e in lines:
        if s in skip and ATTENDANCE.fullmatch(text[s:e].strip()):
            going_on = True
        elif going_on and s == end + 1 and text[s:e].strip() and s not in skip:
            out.add(s)
        else:
            going_on = False
        end = e
    return out


def _spoken_lines18(
    text: str, lines: list[tuple[int, int]], speakers: list[tuple[int, str]]
) -> set[int]:
    """Reader 18: the starts of the lines inside someone's turn (after a speaker's label
    or head, up to the next, a heading or a rule that ends it)."""
    turns = sorted(speakers)
    starts = [at for at, _ in turns]
    out = set()
    for s, _e in lines:
        i = bisect.bisect_right(starts, s) - 1
        if i >= 0 and turns[i][1]:
            out.add(s)
    return out


def _vox_name17(name: str) -> str:
    """Reader 17: "WOMAN 1 (Ivana, 52, runs a flower stall)" is "Ivana (runs a flower
    stall)", the person and what they do, without the age; any other name as it is."""
    m = _VOX_17.fullmatch(name)
    if not m:
        return name
    first, *rest = (part.strip() for part in m["who"].split(","))
    if not re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?", first):
        return name
    rest = [part for part in rest if part and not re.fullmatch(r"\d{1,3}", part)]
    return f"{first} ({', '.join(rest)})" if rest else first


_NOTES_LABEL_17 = re.compile(
    r"[ \t]*(?:\*\*|__)?(?:Speaker|Presenter|Speaker's) notes?(?::(?:\*\*|__)|(?:\*\*|__):|:)[ \t]+"
)
"""Reader 17: the label opening a slide's speaker notes ("**Speaker notes:** Good morning…")."""
_REFERENCE_17 = re.compile(
    r".{0,200}?(?:\((?:19|20)\d\d[a-z]?\)|[,.] (?:19|20)\d\d[a-z]?[.,]).{0,400}"
)


_REFERENCE_18 = re.compile(r".{0,300}?[;.] ?(?:19|20)\d\d(?:[;:.]|$).{0,300}")
"""Reader 18: a reference in Vancouver style ("… Res Policy. 2023;52:104811.", "…; 2027.")."""


def references17(text: str, lines: list[tuple[int, int]], reader: int = 17) -> frozenset[int]:
    """Reader 17: the lines of a references list (under a "References" line, up to "Notes"
    or the end) that read as an entry ("Harlow, J. (2019). Recolonisation …"); reader 18:
    also one in Vancouver style ("… Sci Public Policy. 2024;51:402-15.")."""
    from argmap.readers.pdf17 import REFERENCES_HEADING

    starts = [i for i, (s, e) in enumerate(lines) if REFERENCES_HEADING.fullmatch(text, s, e)]
    if not starts:
        return frozenset()
    found = set()
    for s, e in lines[starts[-1] + 1 :]:
        if text[s:e].strip() == "Notes" or _MD_HEADING.match(text, s, e):
            break
        if _REFERENCE_17.fullmatch(text, s, e) or (
            reader >= 18 and _REFERENCE_18.fullmatch(text, s, e)
        ):
            found.add(s)
    return frozenset(found) if len(found) >= 2 else frozenset()


def _caller_name14(name: str) -> str:
    """Reader 14: "Caller (Arne, Brennholm)" is "Arne, Brennholm", "Presenter (Hege Lund)"
    "Hege Lund": a role word's person; any other name as it is."""
    m = _ROLE_NAME_14.fullmatch(name)
    if m and m["role"] in _ROLE_14 and m["who"][:1].isupper():
        return m["who"]
    return name


_OPTION_14 = re.compile(r"[ \t]*[(\[](?P<tick>[ xX✓✔✗*]?)[)\]][ \t]+\S.*")
_ASKS_14 = re.compile(r"[ \t]*(?:Q(?:uestion)?[ \t]?\d+\b.*|.*[?:][ \t]*)")


_RULE_LINE_14 = re.compile(r"[ \t]*(?:={3,}|-{10,})[ \t]*")


def unticked_options(text: str, lines: list[tuple[int, int]]) -> tuple[set[int], set[int]]:
    """Reader 14: a form's options that were not chosen ("( ) A levy on visitors" beside
    "(x) A community cooperative…"): the starts of their lines, no sentences, and the
    starts of all the option lines of such runs. Only where a run of option lines under a
    question has one ticked at least and one not, and no list marker ("- [ ] ring the
    council" is a note's task, the writer's words)."""
    out: set[int] = set()
    options: set[int] = set()
    run: list[tuple[int, bool]] = []
    asked = False  # the line before the run asks a question ("Q1. Which option…?")
    for s, e in [*lines, (len(text) + 1, len(text) + 1)]:
        m = _OPTION_14.fullmatch(text, s, e) if s <= len(text) else None
        if m:
            run.append((s, bool(m["tick"].strip())))
            continue
        ticked = [t for _, t in run]
        if len(run) >= 2 and asked and any(ticked) and not all(ticked):
            out.update(at for at, ticked in run if not ticked)
            options.update(at for at, _ in run)
        run = []
        if s <= len(text) and text[s:e].strip():
            asked = bool(_ASKS_14.fullmatch(text, s, e))
    return out, options


def _thread_labels12(
    labelled: list[tuple[int, int, str, bool]],
) -> list[tuple[int, int, str, bool]]:
    """Reader 12: in a thread whose writers head their posts on lines of their own (one of
    them two posts or more), a one-word label opening a line of a post ("Proposed: a
    toggle…") is the writer's text, not another writer."""
    bare_names = [name for *_, name, bare in labelled if bare]
    heads = set(bare_names)
    if len(heads) < 2 or len(bare_names) == len(heads):
        return labelled  # no writer heads two posts: no thread ("Short Term:", "Medium Term:")
    return [
        item
        for item in labelled
        if item[3] or item[2] in heads or " " in item[2] or person_name(item[2])
    ]


_BARE_LABEL_13 = re.compile(
    r"[ \t]*(?P<name>@?[^\W\d_][\w.'’-]*(?:[ \t]+(?:&|[\w.'’-]+)){0,5}"
    r"(?:[ \t]+\([^():\n]{1,60}\))?):[ \t]*"
)
"""Reader 13: a line that is only a writer's display name and a colon, whatever its case
("Pelle from the quay:", "Brennholm Chamber of Commerce:"): a post's head in a thread whose
other heads are people's names or handles."""


_QUOTE_INTRO_13 = re.compile(
    r"\s(?:said|says|wrote|writes|replied|asked)$|^(?:Re|Fwd?|From|In|On|At|By|To|For|With|As)\b|"
    r"^\S+(?:\s+\S+){5}",
    re.I,
)
"""Reader 13: "urbanist_erik said:", "From the Tidende this morning:" (a quote's source) or a
name of six words or more: no writer's head."""


def _person_like(name: str) -> bool:
    return bool(person_name(name) or name.startswith(("@", "u/")))


def _writers13(heads: list[str]) -> bool:
    """Reader 13: whether lines of bare names head a thread's posts: at least half of them
    (and one at least) a person's name or a handle, the others any display name."""
    people = sum(1 for h in heads if _person_like(h))
    return people >= 1 and 2 * people >= len(heads)


def _loose_heads13(
    labelled: list[tuple[int, int, str, bool]],
    loose: list[tuple[int, int, str, bool]],
    reader: int = 13,
) -> list[tuple[int, int, str, bool]]:
    """Reader 13: the bare display-name lines (``loose``) as writers' heads too, when every
    label of the text is such a line and two at least, half at least, name a person or a
    handle; reader 15: or a desk's name heads most posts (:func:`_desk_writers15`)."""
    merged = sorted([*labelled, *loose])
    heads = [name for *_, name, bare in merged if bare]
    people = sum(1 for h in heads if _person_like(h))
    if len(heads) == len(merged) and people >= 2 and _writers13(heads):
        return merged
    if reader >= 15 and len(heads) == len(merged) and _desk_writers15(heads):
        return merged
    if reader >= 18 and len(heads) == len(merged) and people >= 2 and _pseudonyms18(heads):
        return merged
    return labelled


_PSEUDONYM_18 = re.compile(r"[A-Z][a-z]{2,}[ \t][a-z]{3,}")
_SECTION_WORDS_18 = frozenset(
    ["comments", "comment", "points", "remarks", "notes", "issues", "questions", "concerns",
     "summary", "conclusions", "recommendations", "reading", "links", "details", "changes"]
)  # fmt: skip


def _pseudonyms18(heads: list[str]) -> bool:
    """Reader 18: whether the heads that name no person are a journal club's pseudonyms
    (PubPeer's "Lycorma deliciens", a genus and a species), not section heads ("Specific
    comments")."""
    others = [h for h in heads if not _person_like(h)]
    return bool(others) and all(
        _PSEUDONYM_18.fullmatch(h) and h.split()[1] not in _SECTION_WORDS_18 for h in others
    )


def _desk_writers15(heads: list[str]) -> bool:
    """Reader 15: whether bare name lines head a live blog's entries: a person's name among
    them, and every other name (one or two: "Courier live team") heading three posts or
    more."""
    others = [h for h in heads if not _person_like(h)]
    counts = {h: others.count(h) for h in others}
    people = len(heads) - len(others)
    return people >= 1 and 1 <= len(counts) <= 2 and min(counts.values()) >= 3


# Reader 7: a thread's comment head written with the writer's handle ("u/pensions_pleb:")
_HANDLE_LABEL = re.compile(r"[ \t]*(?P<name>(?:@|u/)[\w.-]{2,40}):[ \t]*")
# Reader 9: a wiki editor's name has spaces ("@Hollis Aberdane:", from a talk page's signature)
_HANDLE_LABEL_9 = re.compile(r"[ \t]*(?P<name>(?:@|u/)[\w.-]{2,40}(?: [\w.'’-]{1,30}){0,3}):[ \t]*")
_MD_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")
NOT_SPEAKERS = frozenset(
    ["Note", "Notes", "Update", "Source", "Sources", "Summary", "Tags", "Topics", "Caption"]
)
"""Words that label a line but name nobody ("Note: …")."""


def table_rows(text: str) -> frozenset[str]:
    """The rows of ``text``'s tables as reader 3 cuts them (without their outer bars)."""
    return frozenset(text[a:b] for a, b in text_layout(text).rows.values())


@lru_cache(maxsize=64)
def text_head(text: str, reader: int = 4) -> Head:
    """The metadata lines of a text's head and foot, and what they say, as ``reader`` (4 on)
    reads them: :func:`head4`, then from reader 5 on :func:`head5` on top, from reader 6 on
    :func:`head6`, from reader 7 on those three on the text without its front matter and
    :func:`head7` on top, from reader 8 on :func:`head8` on top of that, from reader 12 on
    :func:`head12`."""
    under = mask_front_matter(text) if reader >= 7 else text
    head = head4(under)
    if reader >= 5:
        head = head5(under, head)
    if reader >= 6:
        head = head6(under, head)
    if reader >= 7:
        head = head7(text, head)
    if reader >= 8:
        head = head8(text, head, reader)
    if reader >= 12:
        head = head12(text, head)  # "I'm Lotte Brand." no byline
    if reader >= 14:
        head = head14(text, head)  # a response form's head, "Taken by" a note's author
    if reader >= 15:
        head = zoom_chat15(text) or head15(text, head)  # a Zoom chat; a judgment's head
    if reader >= 16:
        head = head16(text, head)  # an interview's turns, notes to editors, a bio foot
    if reader >= 17:
        head = head17(text, head)  # a chat's senders, an Otter transcript's header
    return head
