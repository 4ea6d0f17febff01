"""Reader 7: what reader 6 still read wrong in a text's head and foot (:func:`head7`).

- Front matter: a ``---`` block of ``key: value`` lines opening a Markdown file (Jekyll,
  Hugo, Obsidian; ``+++`` and ``key = value`` in TOML): its title, author and date are the
  text's, and none of its lines is a sentence (:func:`front_matter`).
- A letterhead in capitals on a text's first line ("HARLOW VALE DISTRICT COUNCIL"), with
  the unit under it ("Planning Policy Team"): the outlet and the author, never the title;
  the title is the block under it ("TRAFFIC ON MILL ROAD" / "Consultation summary").
- A block of "Key: value" lines in the head (a report's "Reference:", "Version:", "Date:";
  a written question's "Asked by:", "Tabled:", "Answered:", "Subject:"; an e-mail's
  "From:", "Sent:", "To:", "Subject:", also one per paragraph as a saved e-mail has them):
  metadata, not sentences; the subject is the title, the date the text's own.
- A signature after a sign-off ("In solidarity,", "Best wishes,") with the sender's role
  and organisation ("Chair, Harlow Vale Cyclists"), and a footer under it (buttons, "Facebook
  | Instagram", "Copyright © 2027 …"): the name the author, the organisation the outlet
  (with the newsletter's name: "Harlow Vale Cyclists, Spoke Notes"), no sentences.
- An outlet written in capitals ("SPOKE NOTES") in title case.
"""

from __future__ import annotations

import itertools
import re

from argmap.readers.dates import any_date, is_date_part
from argmap.readers.head4 import _DOWNLOAD, _HEAD_SEP, _SECTION, HEAD_LINES, Head
from argmap.readers.head5 import _RELEASE, _title_case
from argmap.readers.head6 import _INSTITUTION, _RELEASE_6, ORGANISATION, sentence_case
from argmap.readers.names import person_name, person_names
from argmap.readers.plain import _LINE, _LINE_STOP, _plain_line, shorten_at_word

_FENCE = {"---": re.compile(r"[ \t]*(?P<key>[\w-]+)[ \t]*:[ \t]*(?P<value>.*)"),
          "+++": re.compile(r"[ \t]*(?P<key>[\w-]+)[ \t]*=[ \t]*(?P<value>.*)")}  # fmt: skip
_FRONT_LIMIT = 80  # lines


def front_matter(text: str) -> tuple[int, dict[str, str]]:
    """The end (offset after its closing fence's line) of the front matter that opens
    ``text`` and its fields (lower-case keys, values without quotes or brackets), or
    ``(0, {})``. A field given as a list (``author: [A, B]`` or ``- A`` lines under the key)
    reads as "A, B"."""
    first = text.split("\n", 1)[0].strip()
    if first not in _FENCE:
        return 0, {}
    pattern = _FENCE[first]
    fields: dict[str, str] = {}
    items: dict[str, list[str]] = {}
    key = ""
    at = len(text.split("\n", 1)[0]) + 1
    for n, line in enumerate(text[at:].split("\n")):
        end = at + len(line) + 1
        if line.strip() == first:
            if not fields and not items:
                return 0, {}
            for k, values in items.items():
                fields.setdefault(k, ", ".join(values))
            return min(end, len(text)), fields
        if n >= _FRONT_LIMIT:
            break
        m = pattern.fullmatch(line)
        item = re.fullmatch(r"[ \t]+-[ \t]+(.+)|-[ \t]+(.+)", line)
        if m:
            key = m["key"].lower()
            value = _unquote(m["value"])
            if value.startswith("[") and value.endswith("]"):
                value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
            if value:
                fields.setdefault(key, value)
        elif item and key:
            items.setdefault(key, []).append(_unquote(item[1] or item[2]))
        elif line.strip() and not line.startswith((" ", "\t")):
            return 0, {}  # not a block of fields
        at = end
    return 0, {}


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value.strip()


def mask_front_matter(text: str) -> str:
    """``text`` with its front matter blanked (offsets kept), for the heads before reader 7
    to read the text under it."""
    end, _ = front_matter(text)
    if not end:
        return text
    return re.sub(r"[^\n]", " ", text[:end]) + text[end:]


_SIGN_OFF_7 = re.compile(
    r"(?:Yours(?: (?:faithfully|sincerely|truly|ever))?|(?:With )?(?:Kind|Best|Warm|Warmest|"
    r"Many) (?:regards|wishes|thanks)|Regards|Sincerely(?: yours)?|Respectfully(?: yours)?|"
    r"In solidarity|Solidarity|Best|Thanks|Thank you|Many thanks|With thanks|Cheers|Warmly|"
    r"All the best|Take care|With love|Love|Onwards|See you (?:there|soon))\s*[,.!]?",
    re.I,
)
_COPYRIGHT = re.compile(
    r"(?:\(c\)|©|Copyright)\s*(?:©\s*)?(?:\d{4}\s*)?(?P<org>[^.,|]{3,80})?.*", re.I
)
_SOCIAL = (
    "Facebook|Instagram|Website|Web|X|Twitter|LinkedIn|YouTube|TikTok|Mastodon|Bluesky|"
    "Threads|Email|E-mail|RSS|Blog|WhatsApp|Telegram"
)
_SOCIAL_LINE = re.compile(rf"(?:{_SOCIAL})(?:\s*[|·•/,]\s*(?:{_SOCIAL}))+", re.I)
_SERIES_NAME = re.compile(
    r"\b(?:Bulletin|Newsletter|Update|Digest|Briefing|Magazine|News|Notes|Letter|Dispatch|"
    r"Roundup|Round-up|Weekly|Monthly)\b",
    re.I,
)
# "Key: value" in a head block: a capitalised key of one to four words
_KEY_VALUE = re.compile(
    r"(?:\*\*|__)?(?P<key>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,3})(?:\*\*|__)?[ \t]*:"
    r"(?:\*\*|__)?[ \t]+(?P<value>\S.*)"
)
_BULLET = re.compile(r"^[•\u2022*-]\s+")
_TITLE_KEYS = ("subject", "title", "re")
_DATE_KEYS = ("date", "published", "publication date", "date published", "answered",
              "issued", "released", "date of issue", "updated", "last updated", "sent",
              "meeting date", "tabled", "received", "submitted")  # fmt: skip
_AUTHOR_KEYS = ("author", "authors", "by", "written by", "prepared by")
_KEY_WORDS = frozenset(
    [*_TITLE_KEYS, *_DATE_KEYS, *_AUTHOR_KEYS, "from", "to", "cc", "reference", "ref",
     "report reference", "version", "status", "asked by", "question by", "classification",
     "document", "document number", "report number", "pages", "contact", "peer reviewed by",
     "reviewed by", "approved by", "owner", "audience", "distribution"]
)  # fmt: skip
"""Keys that make a block of "Key: value" lines a head of metadata (one of them at least)."""


def _key_block(text: str, plains: list[tuple[int, int, str]]) -> list[tuple[int, str, str]]:
    """The first run of at least three "Key: value" lines among ``plains`` (the head's
    lines), at most one blank line apart, with distinct keys, short values and a key of
    metadata among them: (line start, key in lower case, value)."""
    run: list[tuple[int, str, str]] = []
    prev_end = -1
    for s, e, plain in plains:
        plain = _BULLET.sub("", plain)  # "• Published: 10 November 2026" in a facts list
        m = None if text[s:e].lstrip().startswith("#") else _KEY_VALUE.fullmatch(plain)
        ok = bool(m) and len(plain) <= 200 and len(m["key"].split()) <= 4
        if ok and run and text[prev_end:s].count("\n") > 2:
            ok = False  # more than one blank line between: another block
        if ok and m["key"].lower() in {k for _, k, _ in run}:
            ok = False
        if ok:
            run.append((s, m["key"].lower(), m["value"].strip(" *_")))
            prev_end = e
            continue
        if len(run) >= 3 and any(k in _KEY_WORDS for _, k, _ in run):
            return run
        run = []
        prev_end = e
    return run if len(run) >= 3 and any(k in _KEY_WORDS for _, k, _ in run) else []


def _letterhead(plains: list[tuple[int, int, str]], text: str) -> tuple[int, str, str, int]:
    """A letterhead in capitals on the first line and the short lines under it (no blank
    line between): (how many lines, the organisation, the unit or series under it, the
    index of the first line after the block), or (0, "", "", 0)."""
    if not plains:
        return 0, "", "", 0
    s0, e0, first = plains[0]
    if any(_RELEASE.fullmatch(p) or _RELEASE_6.fullmatch(p) for _, _, p in plains[1:4]):
        return 0, "", "", 0  # a press release's letterhead (:func:`head5`, :func:`head6`)
    if (
        text[s0:e0].lstrip().startswith("#")
        or not first.isupper()
        or not 1 <= len(first.split()) <= 8
        or _LINE_STOP.search(first)
        or re.search(r"\d", first)
    ):
        return 0, "", "", 0
    under = ""
    n = 1
    for s, _, plain in plains[1:3]:
        if text[plains[n - 1][1] : s].count("\n") > 1:
            break  # a blank line: the letterhead ends
        if (
            len(plain) > 60
            or _LINE_STOP.search(plain)
            or plain.isupper()
            or re.search(r"\d", plain)
        ):
            break
        under = under or plain
        n += 1
    if not _names_organisation(_title_case(first)) and n == 1:
        return 0, "", "", 0  # a capitals line alone, naming no organisation: a headline
    return n, _title_case(first), under, n


_UNIT = re.compile(r"\b(?:Unit|Office|Team|Service|Division|Directorate|Secretariat|Group)\b")


def _names_organisation(line: str) -> bool:
    return bool(_INSTITUTION.search(line) or ORGANISATION.search(line))


def _title_block(
    plains: list[tuple[int, int, str]], i: int, text: str, body: str = ""
) -> tuple[list[int], str]:
    """The title block at ``plains[i]``: a capitals headline and a subtitle line under it
    (no blank line between), as the title "Headline in sentence case: subtitle"."""
    if i >= len(plains):
        return [], ""
    s, e, line = plains[i]
    if not line.isupper() or len(line) > 120 or _LINE_STOP.search(line):
        return [], ""
    starts = [s]
    title = sentence_case(line, body or text)
    if i + 1 < len(plains):
        s2, _, sub = plains[i + 1]
        if (
            text[e:s2].count("\n") == 1
            and len(sub) <= 60
            and not sub.endswith((".", "!", "?"))
            and ":" not in sub
        ):
            starts.append(s2)
            title = f"{title}: {sub[:1].lower() + sub[1:] if not sub[:2].isupper() else sub}"
    return starts, shorten_at_word(title)


_VIEWS = re.compile(r"[\d.,]+\s*[KMB]?\s+(?:views|watching|plays|listens)", re.I)
_AUDIENCE = re.compile(r"(?:Prepared|Presented|Submitted|Written|Produced|Report) (?:for|to)\b")
_PAGE_NUMBER = re.compile(r"(?:Page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]")
_PAGE_IN_LINE = re.compile(r"\bPage\s+\d+|\b\d+\s+of\s+\d+\b|^\d{1,4}\s|\s\d{1,4}$", re.I)


def _running_lines(plains: list[tuple[int, int, str]]) -> set[int]:
    """Starts of a pasted PDF's running heads and page numbers: a short line that comes back
    on every page with only its page number changed ("Clean Air Review 2027  Page 2 of 3"),
    and lines that are only a page number ("2", "- 3 -", "Page 4") in a text that has at
    least two of either."""
    seen: dict[str, list[tuple[int, str]]] = {}
    numbers: list[tuple[int, int]] = []
    for s, _, plain in plains:
        if _PAGE_NUMBER.fullmatch(plain):
            numbers.append((s, int(re.findall(r"\d+", plain)[0])))
            continue
        if (
            len(plain) <= 120
            and len(plain.split()) >= 3
            and not plain.endswith((".", ":", "?", "!"))
        ):
            seen.setdefault(re.sub(r"\d+", "#", plain), []).append((s, plain))
    heads = [
        s
        for key, found in seen.items()
        if len(found) >= 2
        and _PAGE_IN_LINE.search(key.replace("#", "1"))
        and len({p for _, p in found}) == len(found)  # the page number changes
        for s, _ in found
    ]
    # page numbers count up
    pages = [n for _, n in numbers]
    if len(numbers) < 2 or any(b <= a for a, b in itertools.pairwise(pages)):
        numbers = []
    if len(heads) + len(numbers) < 2:
        return set()
    return set(heads) | {s for s, _ in numbers}


_COUNTER = re.compile(r"[ \t]*\(?\d{1,2}/\d{1,2}\)?[ \t]+(?=[A-Z])")
_TIMED_HEAD = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}|Speaker \d+)[ \t]*(?:[·•|–—-][ \t]*)?"
    r"[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?"
)
"""Reader 7: a transcript's turn head, a name and a time ("Ida Voss · 00:31")."""
_AGO_LINE = re.compile(
    r"(?:•\s*)?\d{1,2}\s?(?:[smhdwy]|mo|min|mins|hr|hrs)(?:\s*•\s*Edited)?(?:\s*•)?", re.I
)
_DEGREE = re.compile(r"(?:•\s*)?(?:1st|2nd|3rd\+?)")
_BADGE = re.compile(r"Author|Creator|Admin|Moderator|Top contributor|OP|Verified")
_BUTTON_LINE = re.compile(
    r"\+?\s*Follow|Like|Reply|Repost|Send|Comment|Share|Add a comment…?|Most relevant|"
    r"Most recent|Newest|Load more comments|Load previous replies|See more|…\s*see more|"
    r"See translation|Report|Edited|Celebrate|Support|Love|Insightful|Funny",
    re.I,
)
_COUNT_LINE = re.compile(
    r"[\d,.]+[KkMm]?(?:\s+(?:comments?|replies|reply|reposts?|reactions?|likes?|shares?|"
    r"views?|votes?|points?))?"
)


def _pasted_thread(
    plains: list[tuple[int, int, str]], skip: set[int]
) -> tuple[set[int], set[int], tuple[tuple[int, str], ...], str, str] | None:
    """A social post and its comments copied from the browser (reader 7): three lines or
    more that are only a time ("3d", "1d • Edited •"), each under its writer's name and
    headline. Returns the comment heads' lines, the counts' and buttons' lines, the turns
    (where each comment begins, its writer), the post's writer and its first line; or None."""
    times = [i for i, (_, _, p) in enumerate(plains) if _AGO_LINE.fullmatch(p)]
    if len(times) < 3:
        return None
    chrome = {
        s
        for s, _, p in plains
        if _BUTTON_LINE.fullmatch(p) or _COUNT_LINE.fullmatch(p) or _DEGREE.fullmatch(p)
    }
    heads: set[int] = set()
    turns: list[tuple[int, str]] = []
    poster = first = ""
    for n, i in enumerate(times):
        name_at = next(
            (
                k
                for k in range(i - 1, max(i - 5, -1), -1)
                if person_name(plains[k][2]) and plains[k][0] not in chrome
            ),
            None,
        )
        if name_at is None:
            continue
        name = person_name(plains[name_at][2])
        heads.update(s for s, _, _ in plains[name_at : i + 1])
        after = next((s for s, _, p in plains[i + 1 :] if s not in chrome), None)
        if n == 0 and name_at <= 2:
            poster = name
            first = next((p for s, _, p in plains[i + 1 :] if s not in chrome), "")
        elif after is not None:
            turns.append((after, name))
    if not heads:
        return None
    return heads, chrome - skip, tuple(turns), poster, first


def head7(text: str, head: Head) -> Head:
    """Reader 7's head and foot, on top of reader 6's ``head`` (:func:`head6`, read on the
    text without its front matter)."""
    filled = [(m.start(), m.end()) for m in _LINE.finditer(text) if m[0].strip()]
    plains = [(s, e, _plain_line(text[s:e])) for s, e in filled]
    skip = set(head.skip)
    author, outlet, title, day = head.author, head.outlet, head.title, head.date
    # front matter: the text's own fields
    end, fields = front_matter(text)
    if end:
        skip.update(s for s, _ in filled if s < end)
        plains = [(s, e, p) for s, e, p in plains if s >= end]
        title = _plain_line(fields.get("title", "")) or title
        names = fields.get("author") or fields.get("authors") or ""
        author = ", ".join(person_names(names)) or names or author
        stamp = fields.get("date", "")
        iso = re.match(r"\d{4}-\d{2}-\d{2}", stamp)  # "2027-01-16T09:00:00+01:00"
        day = (iso[0] if iso else any_date(stamp)) or day
        outlet = fields.get("publication") or fields.get("site") or outlet
    # a PDF's running heads and page numbers, pasted with its text
    pages = _running_lines(plains)
    if pages:
        skip.update(pages)
        plains = [(s, e, p) for s, e, p in plains if s not in pages]
    top = plains[:HEAD_LINES]
    body = "\n".join(p for _, _, p in plains)  # the words of the text, without running heads
    # a byline "NAME, Organisation" under the title; an audience is no outlet
    for s, _, plain in top[1:5]:
        name, comma, org = plain.partition(", ")
        if (
            s not in skip
            and comma
            and person_name(name)
            and len(plain) <= 90
            and not plain.endswith((".", "!", "?", ":"))
            and (ORGANISATION.search(org) or org.istitle())
        ):
            skip.add(s)
            author = author or person_name(name)
            break
    if _AUDIENCE.match(outlet):
        outlet = ""
    if _AUDIENCE.match(author):
        author = ""
    # a video's "1.2K views · Streamed live on 20 Jan 2027" line, its channel above it,
    # and the "Transcript" label under it
    for i, (s, _, plain) in enumerate(top[:6]):
        parts = [p.strip() for p in _HEAD_SEP.split(plain)]
        if any(_VIEWS.fullmatch(p) for p in parts) and len(plain) <= 100:
            skip.add(s)
            day = day or next((d for p in parts if (d := any_date(p))), "")
            if i >= 2 and len(top[i - 1][2]) <= 60 and not _LINE_STOP.search(top[i - 1][2]):
                skip.add(top[i - 1][0])
                channel = top[i - 1][2]
                outlet = outlet if outlet and outlet != channel else channel
                author = "" if author == channel else author
            for s2, _, p2 in top[i + 1 : i + 3]:
                if p2.lower() in ("transcript", "show transcript", "transcription"):
                    skip.add(s2)
            break
    for s, _, plain in top:  # "• Download the report (PDF, 3.1 MB)"
        if _DOWNLOAD.fullmatch(_BULLET.sub("", plain)):
            skip.add(s)
    # a dateline whose section is plural ("Review · Interviews · 20 November 2026")
    for s, _, plain in top[:4]:
        parts = [p.strip(" *_") for p in _HEAD_SEP.split(plain)]
        if s in skip or len(parts) < 2 or len(plain) > 160 or plain.endswith((".", "?", "!")):
            continue
        dated = [p for p in parts if is_date_part(p)]
        others = [p for p in parts if p not in dated and not _SECTION.fullmatch(p)
                  and not _SECTION.fullmatch(p.rstrip("s"))]  # fmt: skip
        if dated and len(others) == 1 and others[0][:1].isupper() and len(others[0].split()) <= 8:
            skip.add(s)
            outlet = outlet or others[0]
            day = day or any_date(dated[0])
    # a letterhead in capitals, and the title block under it
    lines, organisation, unit, after = _letterhead(top, text)
    block = _key_block(text, plains[:25])
    if lines and not _names_organisation(organisation):
        # a capitals line naming no organisation is a letterhead only above a title in
        # capitals or a block of "Key: value" lines; else it is the title ("CLEAN AIR
        # REVIEW" / "Wood stoves and winter air")
        soon = top[min(after + 2, len(top) - 1)][0] if top else 0
        if not _title_block(top, after, text)[0] and not (block and block[0][0] <= soon):
            starts, headline = _title_block(top, 0, text, body)
            skip.update(starts)
            title = headline or title
            lines = 0
    if lines:
        skip.update(s for s, _, _ in top[:lines])
        if unit and (ORGANISATION.search(unit) or _UNIT.search(unit)):
            author = author if author and author != organisation else unit
            outlet = organisation
        elif unit:
            outlet = f"{organisation}, {unit[:1].lower() + unit[1:]}"
        else:
            outlet = organisation
        starts, headline = _title_block(top, after, text, body)
        if starts:
            skip.update(starts)
            title = headline
        elif title == organisation or not title or title.isupper():
            title = ""
    # a block of "Key: value" lines
    if block:
        skip.update(s for s, _, _ in block)
        keyed = {k: v for _, k, v in block}
        subject = next((keyed[k] for k in _TITLE_KEYS if keyed.get(k)), "")
        if subject and (lines or not title or title in keyed.values()):
            title = shorten_at_word(subject)
        day = next((d for k in _DATE_KEYS if (d := any_date(keyed.get(k, "")))), "") or day
        sender = keyed.get("from", "")
        if "@" in sender:  # an e-mail's sender: "Name <address>"
            name = re.sub(r"\s*<[^>]*>|\s*\[[^\]]*\]|\s*\([^)]*@[^)]*\)", "", sender)
            name = name.strip(" \"'")
            if name and person_name(name):
                author = author or person_name(name)
            elif name and "@" not in name and not outlet:
                outlet = name
    # a signature after a sign-off, and the footer under it
    tail = plains[-14:]
    sign = next((i for i, (_, _, p) in enumerate(tail) if _SIGN_OFF_7.fullmatch(p)), None)
    org = ""
    if sign is not None and sign >= 1 and all(len(p) <= 160 for _, _, p in tail[sign + 1 :]):
        under = tail[sign + 1 :]
        name = person_name(under[0][2].split(",")[0]) if under else ""
        if name:
            skip.update(s for s, _, _ in tail[sign:])
            author = author if author and author not in (outlet, organisation) else name
            for _, _, p in under[1:3]:
                _role, comma, rest = p.partition(", ")
                if comma and ORGANISATION.search(rest) and len(rest.split()) <= 8:
                    org = rest.strip()
                    break
    for s, _, p in plains[-6:]:
        copy = _COPYRIGHT.fullmatch(p)
        if copy or _SOCIAL_LINE.fullmatch(p) or p.lower().startswith("all rights reserved"):
            skip.add(s)
            if copy and copy["org"] and ORGANISATION.search(copy["org"]):
                org = org or copy["org"].strip()
    if outlet.isupper():
        outlet = _title_case(outlet)  # "MEMBERS' BULLETIN"
    if org and org not in outlet:
        outlet = f"{org}, {outlet}" if outlet and _SERIES_NAME.search(outlet) else (outlet or org)
    # a transcript's turn heads with a time ("**Ida Voss** · 00:31", "Speaker 2  1:04:10")
    turns: tuple[tuple[int, str], ...] = ()
    timed = [
        (s, e, m["name"])
        for s, e, p in plains
        if (m := _TIMED_HEAD.fullmatch(p))
        and (person_name(m["name"]) or m["name"].startswith("Speaker"))
    ]
    if len(timed) >= 2:
        skip.update(s for s, _, _ in timed)
        turns = tuple((e + 1, name) for _, e, name in timed)
    # a thread's counters opening its posts ("2/4 A ban on its own…"): no part of a sentence
    counted = [(s, m.end()) for s, _, p in plains if (m := _COUNTER.match(text, s))]
    prefix = head.prefix
    if len(counted) >= 2:
        prefix = (*prefix, *((s, n - s) for s, n in counted))
    # a pasted social thread: its counts and buttons, and each comment's head
    thread = _pasted_thread(plains, skip)
    if thread is not None and not turns:
        heads, chrome, turns, poster, first = thread
        skip.update(heads)
        skip.update(chrome)
        author = author if author and author != title else poster
        if first and (not title or title == poster):
            title = shorten_at_word(first)
    record = len(re.findall(r"(?m)^[ \t]*(?:\*\*)?[A-Z][\w.'’ -]{1,60}:(?:\*\*)? ", text)) >= 3
    if not author and ORGANISATION.search(outlet) and not record:
        author = outlet.split(", ")[0]  # an organisation's paper that no person signs
    return Head(frozenset(skip), author, outlet, title, day, prefix, turns)
