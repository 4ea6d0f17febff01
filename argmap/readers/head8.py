"""Reader 8: what reader 7 still read wrong in a text's head and foot (:func:`head8`).

- A chat exported to text (WhatsApp's "Export chat": "21/11/2026, 21:07 - Name: message",
  or "[21/11/2026, 21:07:13] Name: message"): each message's writer is its speaker and its
  date and time no part of it; the app's own lines (the encryption notice, "… created
  group", "… added you", "<Media omitted>", "This message was deleted") are no sentences;
  the group's name (from "created group "…"") is the title, the last message's day the date.
- A Notion page's properties under its title ("Owner:", "Created by:", "Last edited
  time:"): the owner the author, the last edit the date; a callout's ``<aside>`` tags and
  the icon opening it no part of any sentence.
- A caption transcript's notes ("[Music]") and speaker-change marks (">>") are never its
  title; its title is its first sentence.
- A report's letterhead written in ordinary case ("Centre for Assessment Research" /
  "University of Harlund") above a title broken over lines by a PDF ("Shadow marking of the
  2026 Leaving" / "Certificate: an independent evaluation"): the letterhead the outlet, the
  title read whole.
- "Prepared by NAME, Role, for …. 18 November 2026." under a title (a Google Docs or Word
  export): the author and the date; a head line "ORGANISATION — to the Committee …" the
  outlet.
"""

from __future__ import annotations

import re

from argmap.readers.dates import _MONTH_YEAR, _MONTHS, any_date, is_date_part
from argmap.readers.head4 import HEAD_LINES, Head
from argmap.readers.head6 import _INSTITUTION, ORGANISATION
from argmap.readers.head7 import _KEY_VALUE, front_matter
from argmap.readers.names import person_name, person_names
from argmap.readers.plain import _LINE, _LINE_STOP, LIST_MARKER, _plain_line, shorten_at_word

# "21/11/2026, 21:07 - " (Android), "[21/11/2026, 21:07:13] " (iOS), "11/21/26, 9:07 PM - "
_CHAT_LINE = re.compile(
    r"[ \t\u200e]*\[?(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2,4}),?[ \t]+"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t\u202f]?[AaPp]\.?[ \t]?[Mm]\.?)?)\]?"
    r"[ \t]*(?:[-–][ \t]*)?(?P<rest>.*)"
)
_CHAT_WRITER = re.compile(r"(?P<name>[^:\n]{1,60}?):[ \t]+(?=\S)")
_CHAT_NOTHING = re.compile(
    r"<Media omitted>|<attached: [^>]*>|(?:image|video|audio|sticker|GIF|document) omitted|"
    r"This message was deleted\.?|You deleted this message\.?|null|Missed (?:voice|video) call|"
    r"<This message was edited>",
    re.I,
)
_CHAT_GROUP = re.compile(r"(?:created group|changed the (?:subject|group name) to) [\"“](.+?)[\"”]")
_EMOJI = re.compile(
    r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d\U000E0000-\U000E007F]+"
)


def _chat_day(a: str, b: str, c: str, day_first: bool) -> str:
    if len(a) == 4:  # 2026-11-21
        year, month, day = int(a), int(b), int(c)
    else:
        year = int(c) + (2000 if len(c) == 2 else 0)
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def chat_export(text: str, reader: int = 8) -> Head | None:
    """A chat exported to text (reader 8): at least three lines, most of the text's lines,
    that open with a date and a time; or None. Reader 11: a message the iOS app wrote (it
    opens with a left-to-right mark: "‎image omitted", "‎Messages and calls are end-to-end
    encrypted") is no sentence, and the group that sends the app's lines is the title."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m[0].strip()]
    stamped = [(s, e, m) for s, e in lines if (m := _CHAT_LINE.fullmatch(text, s, e))]
    if len(stamped) < 3 or len(stamped) < 0.5 * len(lines):
        return None
    # day first unless a first number over 12 says otherwise ("11/21/26": the US export)
    day_first = not any(int(m["b"]) > 12 for _, _, m in stamped if len(m["a"]) <= 2) or any(
        int(m["a"]) > 12 for _, _, m in stamped if len(m["a"]) <= 2
    )
    skip: set[int] = set()
    alone: set[int] = set()
    prefix: list[tuple[int, int]] = []
    turns: list[tuple[int, str]] = []
    title = day = ""
    for s, _, m in stamped:
        rest_at = m.start("rest")
        writer = _CHAT_WRITER.match(text, rest_at)
        message = text[writer.end() : m.end("rest")] if writer else ""
        alone.add(s)
        app = reader >= 11 and writer is not None and message.startswith("\u200e")
        if not writer or _CHAT_NOTHING.fullmatch(message.strip()) or app:
            skip.add(s)  # the app's own line, or a message with no words of its own
            group = _CHAT_GROUP.search(m["rest"])
            if group and not title:
                title = " ".join(_EMOJI.sub("", group[1]).split())
            if app and not group and not title and not _CHAT_NOTHING.fullmatch(message[1:]):
                title = " ".join(_EMOJI.sub("", writer["name"]).split())  # the group's name
            continue
        prefix.append((s, writer.end() - s))
        turns.append((s, writer["name"].strip()))
        day = _chat_day(m["a"], m["b"], m["c"], day_first) or day
    if not turns:
        return None
    if not title:
        names = list(dict.fromkeys(name for _, name in turns))
        title = "Chat: " + ", ".join(names[:3]) + (" and others" if len(names) > 3 else "")
    return Head(
        frozenset(skip), "", "WhatsApp", shorten_at_word(title), day, tuple(prefix),
        tuple(turns), frozenset(alone),
    )  # fmt: skip


# a line that is only an HTML tag, as a Notion or Obsidian export leaves them ("<aside>")
_TAG_LINE = re.compile(r"[ \t]*</?(?:aside|details|summary|div|span|figure|center)\b[^<>]*>[ \t]*")
_ICON = re.compile(r"[ \t]*(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2757][\uFE0F]?[ \t]+)")
_OWNER_KEYS = ("owner", "created by", "author", "authors", "written by", "assignee")
_EDITED_KEYS = ("last edited time", "last edited", "last edited on", "last updated", "updated")
_TRANSCRIPT_NOTE = re.compile(
    r"[ \t]*(?:\[[^\[\]\n]{1,40}\]|\([A-Z][^()\n]{1,30}\)|(?:\d{1,2}:)?\d{1,2}:\d{2}|>>)[ \t]*"
)
_PREPARED = re.compile(
    r"(?:Prepared|Written|Submitted|Compiled|Drafted) by:?\s+(?P<who>[^,.;]{3,60})(?P<rest>.*)"
)
ORGANISATION_8 = re.compile(
    r"\b(?:Centre|Center|University|College|School|Institute|Laboratory|Lab|Observatory|"
    r"Office|Unit|Programme|Program|Network|Academy|Museum|Library|Trust|Foundation)\b"
)
_TO_WHOM = re.compile(r"(?P<org>[^—–]{3,80}?)\s+[—–-]\s+(?:to|for)\s+(?:the\s+)?[A-Z].*")
_SERIES_8 = re.compile(
    r"(?:[A-Z][\w&]{1,8} )?(?:Report|Paper|Brief|Briefing|Working [Pp]aper|Discussion [Pp]aper|"
    r"Note|Bulletin|Series)(?: No\.?)? \d{1,4}(?:[/-]\d{1,4})?"
)
_JOIN_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "for",
        "with",
        "from",
        "by",
        "at",
        "as",
        "its",
        "their",
        "our",
        "your",
        "his",
        "her",
    ]
)


_NOTE_LINE = re.compile(r"[ \t]*(?:%%.*%%|!\[\[[^\]\n]*\]\]|(?:#[^\W\d_][\w/-]*[ \t]*)+)[ \t]*")
_RECORD_LINE = re.compile(
    r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|Col(?:umn|s?\.)?\s+\d{1,5}[A-Z]{0,3}", re.I
)
_REPORT = re.compile(
    r"(?:Official Report|Official Record|Hansard|Verbatim Report|Record of Proceedings|"
    r"Report of Proceedings|Parliamentary Debates)(?:\b.{0,40})?",
    re.I,
)


def _official_report(
    plains: list[tuple[int, int, str]], text: str, skip: set[int], title: str, outlet: str, day: str
) -> tuple[str, str, str, set[int]]:
    """A record of a sitting with its masthead ("Harrowby Council" / "Official Report" /
    "Full Council" / "Tuesday 9 February 2027"): the masthead no sentence, the body the
    outlet, its date the date, the first heading under it ("Night Ferry Services") the
    title."""
    at = next((i for i, (_, _, p) in enumerate(plains[:6]) if _REPORT.fullmatch(p)), None)
    if at is None:
        return title, outlet, day, skip
    first = at
    while first > 0 and text[plains[first - 1][1] : plains[first][0]].count("\n") == 1:
        first -= 1
    last = at
    while last + 1 < len(plains) and text[plains[last][1] : plains[last + 1][0]].count("\n") == 1:
        last += 1
    block = plains[first : last + 1]
    skip = skip | {s for s, _, _ in block}
    outlet = block[0][2] if first < at else outlet or block[0][2]
    day = day or next((d for _, _, p in block if (d := any_date(p))), "")
    for s, e, plain in plains[last + 1 : last + 8]:
        blank_after = text[e : e + 2] == "\n\n" or e >= len(text.rstrip())
        if (
            s not in skip
            and len(plain) <= 80
            and not _LINE_STOP.search(plain)
            and not plain.startswith(("[", "("))
            and blank_after
        ):
            title = plain
            break
    return title, outlet, day, skip


def _organisation(line: str) -> bool:
    return bool(
        ORGANISATION.search(line) or _INSTITUTION.search(line) or ORGANISATION_8.search(line)
    )


def head8(text: str, head: Head, reader: int = 8) -> Head:
    """Reader 8's head and foot, on top of reader 7's ``head`` (:func:`head7`)."""
    chat = chat_export(text, reader)
    if chat is not None:
        return chat
    filled = [(m.start(), m.end()) for m in _LINE.finditer(text) if m[0].strip()]
    plains = [(s, e, _plain_line(text[s:e])) for s, e in filled]
    skip = set(head.skip)
    author, outlet, title, day = head.author, head.outlet, head.title, head.date
    prefix = list(head.prefix)
    # a Notion page's properties, a callout's tags and icon
    keyed: dict[str, str] = {}
    for s, _, plain in plains[:12]:
        m = _KEY_VALUE.fullmatch(plain)
        if s in skip and m:
            keyed.setdefault(m["key"].lower(), m["value"].strip())
    owner = next((keyed[k] for k in _OWNER_KEYS if keyed.get(k)), "")
    if owner and not author:
        author = ", ".join(person_names(owner)) or ""
    edited = next((d for k in _EDITED_KEYS if (d := any_date(keyed.get(k, "")))), "")
    day = edited or day
    tags = [(s, e) for s, e in filled if _TAG_LINE.fullmatch(text, s, e)]
    if tags:
        skip.update(s for s, _ in tags)
        ends = {e for _, e in tags}
        for s, _e in filled:
            if s - 1 in ends and (icon := _ICON.match(text, s)):
                prefix.append((s, icon.end() - s))  # "💡 Working notes…": no icon in it
    # an Obsidian note: front matter's "created"/"updated" as the date; a line of tags,
    # a comment ("%% … %%") or an embed ("![[chart.png]]") alone is no sentence
    _, fields = front_matter(text)
    for key in ("updated", "modified", "last_modified", "created", "date created"):
        stamp = fields.get(key, "")
        iso = re.match(r"\d{4}-\d{2}-\d{2}", stamp)
        if not head.date and (found := iso[0] if iso else any_date(stamp)):
            day = found
            break
    skip.update(s for s, e, _ in plains if _NOTE_LINE.fullmatch(text, s, e))
    # a lone time in a record of a sitting ("18:34", "4.15 pm"), a column number
    skip.update(s for s, _, plain in plains if _RECORD_LINE.fullmatch(plain))
    title, outlet, day, skip = _official_report(plains, text, skip, title, outlet, day)
    # a caption transcript: its notes and marks are no title
    top = [(s, e, p) for s, e, p in plains if s not in skip][:HEAD_LINES]
    first_raw = text[top[0][0] : top[0][1]] if top else ""
    if (
        top
        and (_TRANSCRIPT_NOTE.fullmatch(first_raw) or first_raw.lstrip().startswith(">>"))
        and title in ("", _plain_line(first_raw))
    ):
        title = ""  # guess_title: the first sentence, without its marks
    # a letterhead in ordinary case, and a title broken over lines under it
    title, outlet, skip = _letterhead8(plains, text, skip, title, outlet)
    # a line that is only a month and year or a date under the title ("December 2026")
    for s, _, plain in plains[:12]:
        if not day and is_date_part(plain) and len(plain) <= 40:
            month = _MONTH_YEAR.fullmatch(plain)
            found = any_date(plain) or (
                f"{int(month[2]):04d}-{_MONTHS[month[1]]:02d}" if month else ""
            )
            if found:
                skip.add(s)
                day = day or found
                break
        elif s not in skip and _SERIES_8.fullmatch(plain):
            skip.add(s)  # "CAR Report 2026/11" under the title
    # "Prepared by NAME, Role, for …. 18 November 2026."; "ORGANISATION — to the …"
    for s, _, plain in top[:6]:
        prepared = _PREPARED.match(plain)
        if prepared and len(plain) <= 200 and s not in skip:
            name = person_name(prepared["who"].strip())
            if name:
                skip.add(s)
                author = author or name
                day = day or any_date(prepared["rest"])
                break
    for s, _, plain in top[:4]:
        to_whom = _TO_WHOM.fullmatch(plain)
        if to_whom and _organisation(to_whom["org"]) and not outlet:
            outlet = to_whom["org"].strip()
            skip.add(s)
            break
    return head._replace(
        skip=frozenset(skip), author=author, outlet=outlet, title=title, date=day,
        prefix=tuple(prefix),
    )  # fmt: skip


def _letterhead8(
    plains: list[tuple[int, int, str]], text: str, skip: set[int], title: str, outlet: str
) -> tuple[str, str, set[int]]:
    """A letterhead of one to three short lines naming organisations at the very top, in
    ordinary case, a blank line, then a title of one to three lines (a PDF's text): the
    outlet "Centre, University" and the title read whole, its lines no sentences."""
    if len(plains) < 4:
        return title, outlet, skip
    n = 0
    while (
        n < min(3, len(plains))
        and _organisation(plains[n][2])
        and len(plains[n][2]) <= 60
        and ":" not in plains[n][2]
        and not text[plains[n][0] : plains[n][1]].lstrip().startswith(("#", "*", "_"))
        and not LIST_MARKER.match(text, plains[n][0], plains[n][1])
        and not _LINE_STOP.search(plains[n][2])
        and not plains[n][2].isupper()
        and (n == 0 or text[plains[n - 1][1] : plains[n][0]].count("\n") == 1)
    ):
        n += 1
    if not n or n >= len(plains) or text[plains[n - 1][1] : plains[n][0]].count("\n") < 2:
        return title, outlet, skip
    if text[plains[n][0] : plains[n][1]].lstrip().startswith("#"):
        return title, outlet, skip  # a Markdown heading under it: the title, as before
    letterhead = [p for _, _, p in plains[:n]]
    if title and title not in letterhead:
        return title, outlet, skip  # the text has a title of its own (a heading, front matter)
    # the title: lines with no blank between, each broken where the words go on
    body = " ".join(p for _, _, p in plains[n + 3 :])
    lines = [plains[n]]
    while len(lines) < 3 and n + len(lines) < len(plains):
        (_, e, prev), (s, _, nxt) = lines[-1], plains[n + len(lines)]
        if text[e:s].count("\n") != 1 or _LINE_STOP.search(prev) or not nxt:
            break
        last, first = prev.split()[-1], nxt.split()[0].rstrip(":,")
        proper = (  # "… the 2026 Leaving" / "Certificate: …": a name broken in two
            last[:1].isupper()
            and first[:1].isupper()
            and len(prev.split()) > 1
            and any(w[:1].islower() for w in prev.split()[1:])
        )
        if not (
            last.lower() in _JOIN_WORDS or nxt[:1].islower() or proper or f"{last} {first}" in body
        ):
            break
        lines.append(plains[n + len(lines)])
    whole = " ".join(p for _, _, p in lines)
    k = n + len(lines)  # a subtitle under it ("Summary report to the Board")
    if (
        k < len(plains)
        and text[lines[-1][1] : plains[k][0]].count("\n") == 1
        and len(plains[k][2]) <= 90
        and not _LINE_STOP.search(plains[k][2])
    ):
        lines.append(plains[k])
    if len(whole) > 160 or (_LINE_STOP.search(whole.rstrip(".")) and whole.endswith(".")):
        return title, outlet, skip
    skip = skip | {s for s, _, _ in plains[:n]} | {s for s, _, _ in lines}
    return shorten_at_word(whole), outlet or ", ".join(letterhead), skip
