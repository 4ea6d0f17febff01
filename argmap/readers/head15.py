"""Reader 15: what a text's head (and a few of its lines) say that reader 14 did not take.

A judgment opens with a block of court furniture: "IN THE SUPREME COURT OF LENVARRA",
"Neutral citation: [2027] LSC 14", "Case No:", "Judgment given on 24 June 2027", the
judges ("Before:"), the parties ("AUREL CORVIN  Appellant - and - THE ATTORNEY GENERAL
Respondent"), counsel, "Hearing dates" and "JUDGMENT". Reader 15 reads the block up to the
"JUDGMENT" line as no sentences; its title is the case name with its citation ("Corvin v
Attorney General [2027] LSC 14"), its outlet and author the court, its date the day the
judgment was given.

A meeting's chat saved by Zoom (:func:`zoom_chat15`) is read message by message, each its
writer's; a Teams transcript's "Started transcription" lines are no sentences; a report's
front matter names its writers (``working_group:``) and publisher (``report: "… A report of
X"``); a pull quote with its cite on the line under it ("— Dr. Jakob Reimer, co-author") is
the cited person's, the cite no sentence, in a text with no speaker labels.
"""

from __future__ import annotations

import itertools
import re

from argmap.readers.dates import any_date
from argmap.readers.head4 import Head
from argmap.readers.names import person_name
from argmap.readers.plain import _LINE

__all__ = ["head15", "zoom_chat15"]

_COURT = re.compile(r"IN THE ((?:[A-Z][A-Z'’-]*\s?)*COURT(?: OF [A-Z][A-Z '’-]*)?)")
_CITATION = re.compile(r"Neutral [Cc]itation(?: [Nn]umber)?\s*:?\s*(?P<cite>\[\d{4}\][^\n]{2,30})")
_JUDGMENT = re.compile(r"(?:APPROVED )?JUDGE?MENT")
_PARTY = re.compile(
    r"(?P<name>[A-Z][A-Z0-9 .,&'’()-]{2,80}?)\s{2,}(?P<role>Appellants?|Claimants?|Applicants?|"
    r"Petitioners?|Respondents?|Defendants?)"
)
_GIVEN = re.compile(r"(?:Judgment (?:given|handed down|delivered)|Date)(?: on)?\s*:?\s*(?P<day>.+)")
_HEAD_LINES = 80
_BODIES = frozenset(
    ["Ltd", "Limited", "Plc", "Llp", "Inc", "Council", "Network", "Association", "Trust",
     "Society", "Company", "Authority", "Board", "Union", "Group", "Bank", "Foundation"]
)  # fmt: skip


def _case_name(party: str) -> str:
    """A party as a case name writes it: a person by their surname ("AUREL CORVIN" ->
    "Corvin"), a body without its article ("THE ATTORNEY GENERAL" -> "Attorney General")."""
    words = re.sub(r"^\(\d+\)\s*", "", party.strip()).title().split()
    words = [
        w.lower() if w in ("Of", "And", "For", "The", "On") and i else w
        for i, w in enumerate(words)
    ]
    if words and words[0] == "The":
        return " ".join(words[1:])  # a body or an office, never a person
    name = " ".join(words)
    body = set(words) & _BODIES or len(words) > 3
    return words[-1] if person_name(name) and len(words) >= 2 and not body else name


_GROUP_KEYS = ("working_group", "working group", "committee", "organisation", "organization")
_REPORT_OF = re.compile(
    r"\b(?:report|paper|publication) (?:of|by|from) (?:the )?(?P<who>[^.;:]{3,80})", re.I
)


def _front_matter15(text: str, head: Head) -> Head:
    """Reader 15: a report's front matter names its writers and publisher where it has no
    ``author``: ``working_group:`` (or committee, organisation) the author, without its
    bracket ("(chair: …)"), and ``publisher:`` or the body a ``report:`` is "of" the outlet."""
    from argmap.readers.head7 import front_matter

    end, fields = front_matter(text)
    if not end:
        return head
    author, outlet = head.author, head.outlet
    group = next((fields[k] for k in _GROUP_KEYS if fields.get(k)), "")
    if not author and group:
        author = re.sub(r"\s*\([^()]*\)\s*$", "", group).strip()
    report = fields.get("report", "")
    if not outlet:
        by = _REPORT_OF.search(report)
        outlet = fields.get("publisher", "") or (by["who"].strip() if by else "")
    return head._replace(author=author, outlet=outlet)


_QUOTE_LINE = re.compile(r"[ \t]*(?:>[ \t]*)?[\"“„«].{10,400}[\"”»][ \t]*")
_CITE_LINE = re.compile(
    r"[ \t]*(?:>[ \t]*)?[—–][ \t]*(?P<name>[^,\n]{3,60}?)(?:,[ \t]*[^\n]{1,100})?[ \t]*"
)


_INLINE_CITE = re.compile(
    r"[ \t]*>[ \t]*[\"“„«].{10,400}[\"”»][ \t]*(?P<dash>[—–])[ \t]*(?P<name>[^,\n]{3,60}?)"
    r"(?:,[ \t]*[^\n]{1,120})?[ \t]*"
)


def _cited(name: str) -> bool:
    """Whether a pull quote's cite names a person ("Dr. Jakob Reimer", "Hege Strand")."""
    from argmap.readers.names import HONORIFICS

    words = name.split()
    while words and words[0].rstrip(".") in HONORIFICS:
        words = words[1:]
    return len(words) >= 2 and bool(person_name(" ".join(words)))


def _pull_quotes15(text: str, head: Head) -> Head:
    """Reader 15: a pull quote (a line that is a quotation) with its cite on the line under
    it ("— Dr. Jakob Reimer, co-author"): the quotation is the cited person's, the cite no
    sentence. Used only where the text has no speaker labels (:attr:`Head.turns`)."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    turns = list(head.turns)
    skip = set(head.skip)
    for line in lines:  # '> "The evening boat…" — Hege Strand, island doctor'
        inline = _INLINE_CITE.fullmatch(line.group())
        if inline and _cited(inline["name"]):
            # the quotation the cited person's, the cite after it nobody's
            turns.extend(
                [(line.start(), inline["name"].strip()), (line.start() + inline.start("dash"), "")]
            )
    for quote, cite in itertools.pairwise(lines):
        said = _CITE_LINE.fullmatch(cite.group())
        if not said or not _QUOTE_LINE.fullmatch(quote.group()) or not _cited(said["name"]):
            continue
        turns.extend([(quote.start(), said["name"].strip()), (cite.start(), "")])
        skip.add(cite.start())
    if len(turns) == len(head.turns):
        return head
    return head._replace(skip=frozenset(skip), turns=tuple(sorted(turns)))


_TRANSCRIPTION = re.compile(r"[ \t]*(?:Started|Stopped) transcription[ \t]*")


def head15(text: str, head: Head) -> Head:
    """``head`` with a judgment's head block read (module doc), and a meeting transcript's
    "Started transcription" / "Stopped transcription" lines (Teams) no sentences."""
    marks = {m.start() for m in _LINE.finditer(text) if _TRANSCRIPTION.fullmatch(m.group())}
    if marks:
        head = head._replace(skip=head.skip | marks)
    head = _front_matter15(text, head)
    head = _pull_quotes15(text, head)
    lines = [m for m in _LINE.finditer(text) if m.group().strip()][:_HEAD_LINES]
    if not lines:
        return head
    court = _COURT.fullmatch(lines[0].group().strip())
    cite = next((c for m in lines[:8] if (c := _CITATION.search(m.group()))), None)
    end = next((i for i, m in enumerate(lines) if _JUDGMENT.fullmatch(m.group().strip())), None)
    if not (court or cite) or end is None or end < 3:
        return head
    parties: dict[str, str] = {}
    day = head.date
    for m in lines[:end]:
        line = m.group().strip()
        if p := _PARTY.fullmatch(line):
            first = p["role"].startswith(("Appellant", "Claimant", "Applicant", "Pet"))
            role = "first" if first else "second"
            parties.setdefault(role, _case_name(p["name"]))
        if g := _GIVEN.match(line):
            day = any_date(g["day"]) or day
    title = head.title
    if "first" in parties and "second" in parties:
        title = f"{parties['first']} v {parties['second']}"
        if cite:
            title = f"{title} {cite['cite'].strip()}"
    outlet = head.outlet
    if court:
        words = court[1].title().replace(" Of ", " of ")
        outlet = re.sub(r"\s+", " ", words).strip()
    skip = head.skip | {m.start() for m in lines[: end + 1]}
    return head._replace(
        skip=frozenset(skip), title=title, outlet=outlet, author=head.author or outlet, date=day
    )


_ZOOM_HEAD = re.compile(
    r"(?:\d{1,2}:)?\d{1,2}:\d{2}[ \t]+From[ \t]+(?P<name>\S.{0,60}?)[ \t]+to[ \t]+"
    r"(?P<to>\S.{0,60}?)(?:[ \t]*\(Direct Message\)|[ \t]*\(privately\))?[ \t]*:[ \t]*"
)
_ZOOM_REACTION = re.compile(r"[ \t]*(?:Reacted to |Removed a |Replying to )", re.I)


def zoom_chat15(text: str) -> Head | None:
    """Reader 15: a meeting's chat saved by Zoom ("10:02:11 From  Kari Vik  to  Everyone:"
    over each message, the message on the lines under it): each message its writer's, the
    heads and reactions ("Reacted to "…" with 👍") no sentences; None for another text."""
    lines = [m for m in _LINE.finditer(text) if m.group().strip()]
    heads = [m for m in lines if _ZOOM_HEAD.fullmatch(m.group())]
    if len(heads) < 3 or len(heads) < 0.4 * len(lines) or not _ZOOM_HEAD.fullmatch(lines[0][0]):
        return None
    skip: set[int] = set()
    alone: set[int] = set()
    turns: list[tuple[int, str]] = []
    writer = ""
    for m in lines:
        head = _ZOOM_HEAD.fullmatch(m.group())
        if head:
            skip.add(m.start())
            writer = " ".join(head["name"].split())
            continue
        alone.add(m.start())
        if _ZOOM_REACTION.match(m.group()):
            skip.add(m.start())
            continue
        turns.append((m.start(), writer))
    names = list(dict.fromkeys(name for _, name in turns))
    title = "Meeting chat: " + ", ".join(names[:3]) + (" and others" if len(names) > 3 else "")
    return Head(frozenset(skip), "", "Zoom", title, "", (), tuple(turns), frozenset(alone))
