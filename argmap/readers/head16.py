"""Reader 16: what a text's head and foot say that reader 15 did not take.

- An interview written as questions in bold, each a paragraph of its own, and answers in
  plain paragraphs under them: each question is the interviewer's ("Interview by Oda
  Rønning", the author without "Interview by"), each answer the person interviewed (the
  first person the introduction names, "Sanna Holtet has been…"); the introduction and an
  "edited for length" note nobody's.
- A press release's "Notes to editors" are read as sentences (reader 5 read everything
  under the label as no sentence): the figures' scope is part of what the release says. A
  contact line under them stays no sentence.
- A letter (a "Dear …," line, a sign-off, a signature under it): its author the person who
  signs it, with the role under the name ("Bernadette Quayle (Chair, Old Town Traders'
  Association)"), not the addressee nor the letterhead's unit; its title the subject line
  under "Dear …," ("Rental e-scooters: Cabinet decision of 14 January 2027"), not the
  letterhead's address; the lines above "Dear …," that are no sentences (the address
  block, "Our ref:", "Date:") no sentences either (:func:`letter16`).
- A last line that is a bio ("*Brackwater Cycle Forum is a volunteer group with 640
  members.*") is a sentence; reader 5 read it as no sentence (its author stays).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from argmap.readers.head4 import _CONTACT, Head
from argmap.readers.head5 import _AFTER_ENDS, _BIO_FOOT, _ENDS
from argmap.readers.head7 import _SIGN_OFF_7
from argmap.readers.names import person_name
from argmap.readers.plain import _LINE, _plain_line

__all__ = ["head16", "letter16"]

_BOLD_LINE = re.compile(r"[ \t]*(?:\*\*|__)(?P<q>[^*_\n]{3,300}?)(?:\*\*|__)[ \t]*")
_INTERVIEW_BY = re.compile(
    r"(?:(?:An? )?[Ii]nterview(?:ed)?(?: by)?|[Ii]nterview:|Questions by|Q&A by)\s+(?P<name>.+)"
)
_EDITED = re.compile(
    r"(?:This|The) (?:interview|conversation|transcript) (?:has been|was) (?:edited|condensed|"
    r"lightly edited)\b.*",
    re.I,
)
_PERSON = re.compile(r"\b(?:[A-ZÀ-Þ][\w'’-]+ ){1,2}[A-ZÀ-Þ][\w'’-]+\b")
_PROSE = re.compile(r"[.!?…][\"'”’)]*$")


def _interview(text: str, head: Head) -> Head:
    """``head`` with an interview's turns (its bold questions the interviewer's, the
    answers the person interviewed), if ``text`` is one."""
    author = head.author
    by = _INTERVIEW_BY.fullmatch(author) or _INTERVIEW_BY.search(text[:2000])
    if not by:
        return head
    interviewer = person_name(by["name"].strip(' *_"”')) or ""
    if not interviewer:
        return head
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    questions = {s for s, e in lines if (q := _BOLD_LINE.fullmatch(text, s, e)) and len(q["q"]) > 8}
    if len(questions) < 3:
        return head
    first = min(questions)
    guest = ""
    for s, e in lines:
        if s >= first:
            break
        if s in head.skip or text[s:e].lstrip().startswith(("#", "---")):
            continue
        for name in _PERSON.findall(_plain_line(text[s:e])):
            if person_name(name) and person_name(name) != interviewer:
                guest = person_name(name)
                break
        if guest:
            break
    if not guest:
        return head
    turns: list[tuple[int, str]] = [(0, "")]
    for s, e in lines:
        if s < first:
            continue
        if s in questions:
            turns.append((s, interviewer))
        elif _EDITED.fullmatch(_plain_line(text[s:e])):
            turns.append((s, ""))
        elif turns[-1][1] == interviewer:
            turns.append((s, guest))
    return head._replace(turns=tuple(turns), author=interviewer)


def _notes_and_bio(text: str, head: Head) -> Head:
    """``head`` without the notes to editors and a last bio line among its skipped lines."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    plains = [(s, _plain_line(text[s:e])) for s, e in lines]
    keep: set[int] = set()
    notes = next((i for i, (_, p) in enumerate(plains) if i > 2 and _AFTER_ENDS.fullmatch(p)), None)
    if notes is not None:
        for s, plain in plains[notes + 1 :]:
            words = plain.lstrip("•*-0123456789. ").split()
            if _ENDS.fullmatch(plain) or _CONTACT.match(plain):
                continue
            if len(words) >= 6 and _PROSE.search(plain):
                keep.add(s)
    if len(plains) > 3 and _BIO_FOOT.match(plains[-1][1]) and _PROSE.search(plains[-1][1]):
        keep.add(plains[-1][0])
    return head._replace(skip=head.skip - keep) if keep & head.skip else head


_DEAR = re.compile(r"(?:Dear|To)\s+[^\n]{2,80}?[,:]|Dear\s+[^\n]{2,60}")
_STOP = re.compile(r"[.!?…][\"'”’)]*$")


class Letter(NamedTuple):
    """What :func:`letter16` reads of a letter."""

    title: str
    author: str
    above: frozenset[int]
    """Starts of the lines above "Dear …," that are no sentences (address, reference)."""


def letter16(text: str) -> Letter | None:
    """A letter's subject line, its signer (with the role under the name) and its lines
    above the salutation, if ``text`` is a letter: a "Dear …," line in its first 20 lines
    and a sign-off ("Yours sincerely,") in its last 8 with a person's name under it."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    plains = [_plain_line(text[s:e]) for s, e in lines]
    dear = next((i for i, p in enumerate(plains[:20]) if _DEAR.fullmatch(p)), None)
    if dear is None:
        return None
    tail = range(max(dear + 1, len(plains) - 8), len(plains))
    sign = next((i for i in tail if _SIGN_OFF_7.fullmatch(plains[i])), None)
    if sign is None or sign + 1 >= len(plains):
        return None
    name = person_name(re.sub(r"^(?:Cllr|Councillor)\s+", "", plains[sign + 1].strip(" ,")))
    if not name:
        return None
    role = plains[sign + 2] if sign + 2 < len(plains) else ""
    if role and not _STOP.search(role) and len(role) <= 90 and not re.search(r"@|\d{3}", role):
        name = f"{name} ({role.strip(' ,')})"
    after = plains[dear + 1] if dear + 1 < sign else ""
    title = after if after and not _STOP.search(after) and len(after) <= 150 else ""
    above = frozenset(
        s
        for (s, e), p in zip(lines[:dear], plains[:dear], strict=True)
        if not _STOP.search(p) and len(p) <= 100 and not text[s:e].lstrip().startswith("#")
    )
    return Letter(title.strip(" *_#"), name, above)


def head16(text: str, head: Head) -> Head:
    """Reader 16's head: an interview's turns, a release's notes to editors and a last bio
    line read as sentences, a letter's subject and signer (see the module's note)."""
    head = _interview(text, _notes_and_bio(text, head))
    letter = letter16(text)
    if letter is None:
        return head
    return head._replace(
        title=letter.title or head.title,
        author=letter.author,
        skip=head.skip | letter.above,
    )
