"""Reader 6: what reader 5 still read wrong in a text's head and foot (:func:`head6`).

- A masthead: a ``#`` heading naming an institution above the ``##`` title ("# States
  Assembly of Norhavn" / "## Street lighting"): the outlet, not the title; a report's
  dateline ("Official Report · 3 March 2027 · Uncorrected text") adds its series name, and
  a status, a sitting or item number, or a series label is never the outlet.
- A press statement whose marks are joined ("Media statement – for immediate release"): its
  letterhead is the author and outlet (not the place of its dateline), its headline in
  capitals the title in sentence case.
- A transcript's italic header written as sentences ("*Transcript, Thursday 11 March 2027.
  Presenter: Petra Lund. Guests: …*"): the presenter, the date, and the station from the
  heading ("# Tallow FM – The Evening Hour").
- A month-only dateline ("Policy note 3 · March 2027") and a notes' "last edited 9 Mar".
- Pasted blog text: the masthead above the post's date line (the blog's name the outlet,
  the line under the date the title), "Posted by NAME at 21:14", labels, share buttons,
  the comments and everything after them, the pager and the feed link.
- A letter's or newsletter's "Dear friends," and its signature ("Ingrid Solheim" / "Chair,
  Dark Skies Tallow"): no sentences, the name the author.
"""

from __future__ import annotations

import re

from argmap.readers.dates import _MONTH_YEAR, _MONTHS, READING_TIME, any_date, is_date_part
from argmap.readers.head4 import _HEAD_SEP, _SECTION, HEAD_LINES, Head
from argmap.readers.head5 import _HEAD_KEY, _RELEASE, _STATUS, _TIME, _keyed, _title_case
from argmap.readers.names import person_name
from argmap.readers.plain import _LINE, _emphasised, _plain_line, shorten_at_word

_RELEASE_6 = re.compile(
    rf"(?:{_RELEASE.pattern}|statement)(?:\s*[-–—:·|,]\s*(?:{_RELEASE.pattern}|statement))+",
    re.I,
)
_INSTITUTION = re.compile(
    r"\b(?:Assembly|Parliament|Council|Committee|Senate|House|Chamber|Congress|Court|"
    r"Commission|Ministry|Department|Agency|Authority|Board|Folkting|Storting|Riksdag|"
    r"Bundestag|Legislature|Hansard|Government|Municipality|County|City of)\b"
)
ORGANISATION = re.compile(
    r"\b(?:Union|Association|Society|Federation|Alliance|Network|Coalition|Campaign|Trust|"
    r"Foundation|Institute|Chamber|Party|Council|Committee|City of|County|Ministry|"
    r"Department|Agency|Authority|Board|Families|Residents|Club|Co-?operative|Guild|"
    r"Partnership|Collective|Action Group)\b"
)
"""Words that make an outlet an organisation: a text it publishes with no person's name
is by the organisation (reader 6)."""
# a transcript's turn: "**Ruben Falk (Social Alliance):**", "MOEN:" (a record of a sitting)
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t]*(?:\*\*|__)?[A-Z][\w.'’ -]{1,60}(?:\([^()\n]{1,60}\))?:(?:\*\*|__)? "
)
_ACRONYM = re.compile(r"\s+\([A-Z]{2,6}\)$")
# a section heading, not a title: "## Our position", "## Summary"
_GENERIC = re.compile(
    r"(?:Our position|Summary|Executive summary|Introduction|Background|Key (?:points|facts)|"
    r"Contents|Overview|Abstract|Recommendations|Context|In brief|At a glance)",
    re.I,
)
_REPORT = re.compile(r"Official Report\b.*", re.I)
# "Sitting 31, item 4", "Col. 212", "Vol. 7, No. 3": a place in a series, no outlet
_NUMBERED = re.compile(
    r"(?:Sitting|Session|Item|Col(?:umn)?s?|Vol(?:ume)?|No|Issue|Part)\.?\s*\d[\w\s,./-]*", re.I
)
_SERIES = re.compile(
    r"(?:(?:policy|briefing|research|discussion|technical|working) )?note(?:\s+\d[\w/.-]*)?|"
    r"(?:fact ?sheet|bulletin|white paper|green paper|open letter)(?:\s+\d[\w/.-]*)?",
    re.I,
)
_EDITED = re.compile(
    r"\b(?:last )?(?:edit(?:ed)?|updated?|revised|modified)(?: on)?:?\s+(?P<date>[\w ,.]{3,30})",
    re.I,
)
_POSTED_BY = re.compile(
    r"Posted by (?P<name>[^,.\d]{3,60}?)(?: (?:at|on) .{3,40})?|"
    r"Posted on .{6,40}? by (?P<name2>[^,.\d]{3,60})",
    re.I,
)
_BLOG_LINE = re.compile(
    r"(?:Labels?|Tags?|Categories|Filed under|Posted in)\s*:.*|.*\bShare to (?:X|Twitter|"
    r"Facebook|Pinterest)\b.*|Email This\b.*|.*BlogThis!.*|(?:Newer Post\s*)?(?:Older Post\s*)?"
    r"Home|Newer Post|Older Post|Subscribe to:? Posts?(?: \(Atom\))?(?: Post)?(?: Comments)?"
    r"(?: \(Atom\))?",
    re.I,
)
_COMMENTS = re.compile(
    r"(?:\d+|No|One|Two|Three) (?:comments?|responses?|replies|thoughts? on .*)\s*:?|"
    r"Post a Comment|Leave a (?:comment|reply)",
    re.I,
)
_UI_LINE = re.compile(
    r"(?:(?:Print|E-?mail|Share|Tweet|Save|Copy link|Like|Reply|Follow|Subscribe|Comment|"
    r"Download PDF|PDF|Facebook|LinkedIn|WhatsApp|X)(?:\s*[|·•]\s*|\s+|$))+",
)
_DEAR = re.compile(r"(?:Dear|Hello|Hi)\s+[\w'’ -]{2,40},", re.I)


def sentence_case(line: str, text: str) -> str:
    """A headline in capitals in sentence case: "SWITCHING OFF THE LIGHTS PUTS NIGHT
    WORKERS AT RISK" as "Switching off the lights puts night workers at risk". A word the
    text writes only with a capital ("Tallow") keeps it; other lines stay as they are."""
    if not line.isupper():
        return line
    lower = set(re.findall(r"\b[a-z][\w'’-]*", text))
    capital = set(re.findall(r"\b[A-Z][a-z][\w'’-]*", text))
    words = []
    for i, word in enumerate(line.split()):
        low = word.lower()
        title = low[:1].upper() + low[1:]
        keep = title in capital and low not in lower
        words.append(title if (keep or i == 0) else low)
    return " ".join(words)


def _institution(heading: str) -> str:
    """A masthead heading as an outlet: "Regional Assembly of Velden — Committee for …" as
    "Regional Assembly of Velden, Committee for …"."""
    return re.sub(r"\s+[–—]\s+", ", ", heading)


def _dateline_parts(plain: str) -> list[str]:
    return [p.strip(" *_") for p in _HEAD_SEP.split(plain.rstrip("."))]


def _outlet_of(parts: list[str]) -> tuple[str, bool]:
    """The outlet a dateline's parts name once dates, times, statuses, numbers in a series
    and section labels are set aside, and whether one part names an official report."""
    report = any(_REPORT.fullmatch(p) for p in parts)
    others = [
        p
        for p in parts
        if p
        and not (
            is_date_part(p)
            or _TIME.fullmatch(p)
            or _STATUS.fullmatch(p)
            or _NUMBERED.fullmatch(p)
            or _SERIES.fullmatch(p)
            or _SECTION.fullmatch(p)
            or _REPORT.fullmatch(p)
            or READING_TIME.fullmatch(p)
        )
    ]
    if len(others) == 1 and others[0][:1].isupper() and len(others[0].split()) <= 10:
        return others[0], report
    return "", report


_HEADER_PART = re.compile(r"(?<=[.;])\s+|\s+[·|•]\s+")
# "41 min", "1 h 12 min", "52 minutes": an episode's length, not its show
_DURATION = re.compile(r"(?:\d+\s*(?:h|hrs?|hours?)\s*)?\d+\s*(?:min|mins|minutes)\.?", re.I)
_MEDIUM = re.compile(r"\s*\((?:podcast|radio|audio|video|episode)\)$", re.I)


def _show(parts: list[str]) -> str:
    """The one part of a transcript's header line that names its show ("Northfell Talking
    (podcast)" among "Published 9 December 2026" and "41 min"), or ""."""
    named = [
        _MEDIUM.sub("", p)
        for p in parts
        if not any_date(p) and not _DURATION.fullmatch(p) and not _TIME.fullmatch(p)
    ]
    if len(named) != 1 or len(named[0].split()) > 6:
        return ""
    words = [w for w in named[0].split() if len(w) > 3]
    return named[0] if words and all(w[:1].isupper() for w in words) else ""


def head6(text: str, head: Head) -> Head:
    """Reader 6's head and foot, on top of reader 5's ``head`` (:func:`head5`)."""
    filled = [(m.start(), m.end()) for m in _LINE.finditer(text) if m[0].strip()]
    plains = [(s, e, _plain_line(text[s:e])) for s, e in filled]
    top = plains[:HEAD_LINES]
    skip = set(head.skip)
    author, outlet, title, day = head.author, head.outlet, head.title, head.date
    if _STATUS.fullmatch(outlet) or _SERIES.fullmatch(outlet) or _NUMBERED.fullmatch(outlet):
        outlet = ""  # "Uncorrected text", "Policy note 3": no outlet
    # a press statement whose marks are joined: letterhead, place dateline, headline
    marks = [i for i, (_, _, p) in enumerate(top[:8]) if _RELEASE_6.fullmatch(p)]
    if marks and marks[0] > 0:
        letterhead = _title_case(top[0][2])
        skip.update(s for s, _, _ in top[: marks[-1] + 1])
        after = [(s, p) for s, _, p in top[marks[-1] + 1 :]]
        if after and any_date(after[0][1]) and len(after[0][1]) <= 60:
            skip.add(after[0][0])  # "Tallow Bridge, 10 March 2027"
            day = day or any_date(after[0][1])
            after = after[1:]
        if after:
            title = shorten_at_word(sentence_case(after[0][1], text))
        author, outlet = author or letterhead, letterhead
    # report datelines and a masthead above the title
    report = False
    for s, e, plain in top:
        raw = text[s:e]
        if raw.lstrip().startswith("#") or len(plain) > 240:
            continue
        parts = _dateline_parts(plain)
        if len(parts) < 2 or not any(is_date_part(p) or _MONTH_YEAR.fullmatch(p) for p in parts):
            continue
        found, official = _outlet_of(parts)
        report = report or official
        if found or official:
            skip.add(s)
            outlet = outlet or found
        if not day:
            month = next((m for p in parts if (m := _MONTH_YEAR.fullmatch(p))), None)
            day = f"{int(month[2]):04d}-{_MONTHS[month[1]]:02d}" if month else ""
    headings = [(s, e, p) for s, e, p in top if text[s:e].lstrip().startswith("#")]
    if len(headings) >= 2:
        (s1, e1, first), (s2, e2, second) = headings[:2]
        between = [s for s, _, _ in top if s1 < s < s2 and s not in skip]
        if (
            text[s1:e1].lstrip().startswith("# ")
            and text[s2:e2].lstrip().startswith("## ")
            and not between
            and _INSTITUTION.search(first)
            and len(first.split()) <= 12
            and all(w[:1].isupper() for w in first.split() if len(w) > 3)
            and not re.search(r"[:?!]|\d", first)
            and not _GENERIC.fullmatch(second)
            and not second[:1].isdigit()
        ):
            skip.add(s1)
            title = title or shorten_at_word(second)
            outlet = outlet or _institution(first)
    if report and outlet and _INSTITUTION.search(outlet) and "report" not in outlet.lower():
        outlet += ", Official Report"
    # a transcript's italic header of sentences: presenter, date, the station's heading
    for s, e, plain in top:
        if s in skip or not _emphasised(text[s:e]):
            continue
        # parts end at a sentence's stop or a separator ("Host: NAME · Show · date · 41 min")
        parts = [p.strip(" *_") for p in _HEADER_PART.split(plain) if p.strip(" *_.")]
        keyed = [(m, _keyed(m)) for p in parts if (m := _HEAD_KEY.fullmatch(p.rstrip(".;")))]
        presenter = next((v for _, (role, v) in keyed if role == "author"), "")
        if not presenter:
            continue
        skip.add(s)
        author = author or presenter
        day = day or any_date(plain)
        programme = next((v for _, (role, v) in keyed if role == "outlet"), "") or _show(
            [p for p in parts if not _HEAD_KEY.fullmatch(p.rstrip(".;"))]
        )
        station = re.split(r"\s+[–—|]\s+|\s+-\s+", headings[0][2])[0] if headings else ""
        outlet = outlet or programme or station
    # a notes' "last edited 9 Mar": the date of the text as it stands
    for s, _, plain in top:
        if s not in skip:
            continue
        edited = next((m for p in _dateline_parts(plain) if (m := _EDITED.search(p))), None)
        if edited:
            year = (day or any_date(plain))[:4]
            day = any_date(edited["date"]) or (year and any_date(f"{edited['date']} {year}")) or day
    # pasted blog text: posted by, labels, share buttons, comments, pager; the masthead
    blog = False
    comments = None
    for i, (s, _, plain) in enumerate(plains):
        posted = _POSTED_BY.fullmatch(plain)
        if posted:
            name = person_name(posted["name"] or posted["name2"] or "")
            author = author or name
            skip.add(s)
            blog = True
        elif _BLOG_LINE.fullmatch(plain) and len(plain) <= 160:
            skip.add(s)
            blog = True
        elif comments is None and i > 3 and _COMMENTS.fullmatch(plain):
            comments = i
    if blog and comments is not None:
        skip.update(s for s, _, _ in plains[comments:])
    if blog:
        dated = next((i for i, (_, _, p) in enumerate(top[:8]) if i >= 1 and is_date_part(p)), None)
        if dated is not None and all(len(p) <= 100 for _, _, p in top[:dated]):
            skip.update(s for s, _, _ in top[: dated + 1])
            outlet = outlet or top[0][2]
            day = day or any_date(top[dated][2])
            under = top[dated + 1 : dated + 2]
            if under and len(under[0][2]) <= 120 and not under[0][2].endswith((".", "!")):
                title = under[0][2]
    # a letter's or newsletter's greeting and signature
    dear = next((s for s, _, p in plains[:HEAD_LINES] if _DEAR.fullmatch(p)), None)
    if dear is not None:
        skip.add(dear)
        tail = [(s, p) for s, _, p in plains[-3:] if s not in skip]
        for k, (_, p) in enumerate(tail):
            name = person_name(p)
            rest = tail[k + 1 :]
            if name and len(rest) <= 1 and all(len(r) <= 80 and "." not in r for _, r in rest):
                skip.update(x for x, _ in tail[k:])
                author = author or name
                break
    for s, _, plain in plains:  # "Print Email", "Share Tweet": buttons, no sentence
        if _UI_LINE.fullmatch(plain):
            skip.add(s)
    outlet = _ACRONYM.sub("", outlet)  # "Aldmark School Students' Union (ASSU)"
    record = len(_SPEAKER_LINE.findall(text)) >= 3
    if not author and ORGANISATION.search(outlet) and not record:
        author = outlet  # an organisation's briefing: nobody else signs it (not a record)
    return Head(frozenset(skip), author, outlet, title, day, head.prefix)
