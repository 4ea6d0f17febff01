"""Reader 17: what a text's head and foot say that reader 16 did not take.

- A chat's messages headed by their sender and time on a line of their own: Slack's
  "Zuzana Holubová (OMCC policy) 9:12 AM" (a channel saved as a page or pasted), Discord's
  "pelle_h — Today at 09:14", a transcript's "Ruben (voice memo)  07:18" and Rev.com's
  "Daniel Okoro (00:00:21):": each head no
  sentence, the lines under it its sender's up to the next head; the app's own lines (a day
  divider "Monday, November 24th", "Message #channel", the channel's member count) no
  sentences.
- A show's chapter list ("Chapters" over "00:00 Intro", "03:12 …") and its music credit
  ("Music: “Paper Lanterns” by Ostby Loops (CC BY).") no sentences.
- A Q&A tool's export (Slido's): each question signed under it ("Winifred Adeyemi · 24 likes ·
  Answered") its asker's, the signature no sentence, the tool's lines ("Powered by Slido",
  "Event code: …", "Questions (sorted by likes)") no sentences.
- An Otter.ai transcript's header (the recording's date and length, "SUMMARY KEYWORDS" and
  its keywords, "SPEAKERS" and their names) and its "Transcribed by https://otter.ai" foot
  no sentences.
"""

from __future__ import annotations

import re

from argmap.readers.head4 import Head
from argmap.readers.names import NOT_NAMES, person_name
from argmap.readers.plain import _LINE

__all__ = ["head17"]

_CHAT_HEAD = re.compile(
    r"[ \t]*(?:\*\*)?(?P<name>(?:Speaker|SPEAKER)[ \t]+\d{1,2}|[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}"
    r"(?:[ \t]+\([^()\n]{1,60}\))?)(?:\*\*)?[ \t]*(?:[·•|–—-][ \t]*)?"
    r"(?:(?:Today|Yesterday)[ \t]+at[ \t]+|\d{1,2}/\d{1,2}/\d{2,4}[ \t]+)?"
    r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?:?[ \t]*"
)
_DISCORD_TIME = re.compile(r"[ \t]—[ \t]+(?:Today at|Yesterday at|\d{1,2}/\d{1,2}/\d{2,4})[ \t]")
_HANDLE = re.compile(r"[a-z0-9][a-z0-9_.]{2,31}")
_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’-]{1,20}")
_DAY_DIVIDER = re.compile(
    r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+\d{4})?|Today|Yesterday)[ \t]*"
)
_CHANNEL_CHROME = re.compile(
    r"[ \t]*(?:#+[ \t]+)?(?:Message[ \t]+#[\w-]+|#?[\w-]+[ \t]+👤[ \t]*\d[\d,]*)[ \t]*"
)
_OTTER_FOOT = re.compile(r"[ \t]*Transcribed by[ \t]+https?://otter\.ai/?[ \t]*", re.I)
_OTTER_DATE = re.compile(
    r"[ \t]*[A-Z][a-z]{2},[ \t]+[A-Z][a-z]{2}[ \t]+\d{1,2},[ \t]+\d{4}[ \t]+\d{1,2}:\d{2}"
    r"[ \t]?[AP]M(?:[ \t]+•[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{2})?[ \t]*"
)
_OTTER_LABELS = ("SUMMARY KEYWORDS", "SPEAKERS")
_CHAPTERS = re.compile(
    r"[ \t]*(?:#+[ \t]+)?(?:\*\*)?(?:Chapters|Timestamps|Chapter markers):?(?:\*\*)?:?[ \t]*"
)
_CHAPTER = re.compile(
    r"[ \t]*(?:[-*•][ \t]+)?\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?[ \t]+(?:[-–—][ \t]+)?\S.{0,100}"
)
_MUSIC = re.compile(r"[ \t]*(?:Music|Theme music|Our music):[ \t]+.{1,120}\bby\b.{1,80}")


def _chapters(text: str, lines: list[tuple[int, int]], head: Head) -> Head:
    """``head`` without a show's chapter lists and music credit as sentences."""
    plain = [(s, e) for s, e in lines if text[s:e].strip()]
    skip = set(head.skip)
    for i, (s, e) in enumerate(plain):
        if _MUSIC.fullmatch(text, s, e):
            skip.add(s)
        if not _CHAPTERS.fullmatch(text, s, e):
            continue
        run = []
        for s2, e2 in plain[i + 1 :]:
            if not _CHAPTER.fullmatch(text, s2, e2):
                break
            run.append(s2)
        if len(run) >= 2:
            skip.update([s, *run])
    return head._replace(skip=frozenset(skip))


def _sender(name: str, people: int) -> bool:
    """Whether a chat head's ``name`` names a sender (``people``: heads naming a person)."""
    base = name.partition(" (")[0]
    if person_name(base) or re.fullmatch(r"Speaker \d+", base):
        return True
    if people < 2:
        return False
    return bool(_HANDLE.fullmatch(base) or (_WORD.fullmatch(base) and base not in NOT_NAMES))


def _chat(text: str, lines: list[tuple[int, int]], head: Head) -> Head:
    """``head`` with a chat's senders as its turns, if ``text`` has two heads or more."""
    found = [(s, e, m["name"].strip()) for s, e in lines if (m := _CHAT_HEAD.fullmatch(text, s, e))]
    people = sum(1 for *_, name in found if person_name(name.partition(" (")[0]))
    heads = [
        (s, e, name)
        for s, e, name in found
        if _sender(name, people) or _DISCORD_TIME.search(text, s, e)  # "name — Today at 09:14"
    ]
    if len(heads) < 2 or any(name.startswith(("Updated", "Posted")) for *_, name in heads):
        return head
    if head.turns and not {s for s, _ in head.turns} <= {e + 1 for _, e, _ in heads}:
        return head  # another reading of the turns that this one would not keep
    chrome = {
        s
        for s, e in lines
        if _DAY_DIVIDER.fullmatch(text, s, e) or _CHANNEL_CHROME.fullmatch(text, s, e)
    }
    return head._replace(
        skip=head.skip | {s for s, _, _ in heads} | chrome,
        turns=tuple((e + 1, name) for _, e, name in heads),
    )


def _otter(text: str, lines: list[tuple[int, int]], head: Head) -> Head:
    """``head`` without an Otter.ai transcript's header and foot as sentences."""
    plain = [(s, text[s:e].strip()) for s, e in lines if text[s:e].strip()]
    if not any(_OTTER_FOOT.fullmatch(p) or p in _OTTER_LABELS for _, p in plain):
        return head
    skip = set(head.skip)
    for i, (s, p) in enumerate(plain):
        if _OTTER_FOOT.fullmatch(p) or (i < 4 and _OTTER_DATE.fullmatch(p)):
            skip.add(s)
        elif p in _OTTER_LABELS and i < 8:
            skip.add(s)
            if i + 1 < len(plain):
                skip.add(plain[i + 1][0])  # the keywords, the speakers' names
    return head._replace(skip=frozenset(skip))


_SIGNED_QUESTION = re.compile(
    r"[ \t]*(?P<name>[^\n·]{2,60}?)[ \t]+·[ \t]+\d[\d,]*[ \t]+(?:likes?|upvotes?|votes?)"
    r"(?:[ \t]+·[ \t]+(?:Answered|Archived|Highlighted|Live))?[ \t]*"
)
_QA_CHROME = re.compile(
    r"[ \t]*(?:Powered by \w+|Event code:.*|Exported:.*|Questions \((?:sorted|ordered) by [^)]*\)"
    r")[ \t]*"
)


def _signed_questions(text: str, lines: list[tuple[int, int]], head: Head) -> Head:
    """``head`` with a Q&A export's questions each its asker's, if two or more are signed."""
    plain = [(s, e) for s, e in lines if text[s:e].strip()]
    signed = [
        (i, m["name"].strip())
        for i, (s, e) in enumerate(plain)
        if i and (m := _SIGNED_QUESTION.fullmatch(text, s, e))
    ]
    if len(signed) < 2 or head.turns:
        return head
    turns: list[tuple[int, str]] = []
    for i, name in signed:
        turns.extend([(plain[i - 1][0], name), (plain[i][0], "")])
    chrome = {s for s, e in plain if _QA_CHROME.fullmatch(text, s, e)}
    return head._replace(
        skip=head.skip | {plain[i][0] for i, _ in signed} | chrome, turns=tuple(turns)
    )


def head17(text: str, head: Head) -> Head:
    """``head`` (reader 16's) with what reader 17 adds: a chat's senders and its chrome, an
    Otter.ai transcript's header and foot, a show's chapter list and music credit."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    head = _chapters(text, lines, _otter(text, lines, _chat(text, lines, head)))
    return _signed_questions(text, lines, head)
