"""Reader 18, in HTML: an interview's questions and answers marked by their class
(:func:`qa_classes18`)."""

from __future__ import annotations

import html
import re
from collections import Counter

from argmap.readers.layout import text_layout
from argmap.readers.names import person_name

__all__ = ["qa_classes18"]

_QA = re.compile(
    r"<p\b[^>]*\bclass=\"(?P<kind>q|a|question|answer|interviewer|interviewee)\"[^>]*>"
    r"(?P<inner>.*?)</p>",
    re.S | re.I,
)
_NAME = re.compile(
    r"\b[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?(?:[ \t][A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)?){1,2}"
)


def _words(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _interviewee(paragraphs: list[str], author: str) -> str:
    """The person the paragraphs before the first question name most (twice at least), not
    the page's author: whom the interview is with."""
    counts = Counter(
        who
        for paragraph in paragraphs
        for m in _NAME.finditer(paragraph)
        if (who := person_name(m.group())) and who != author
    )
    if not counts:
        return ""
    who, n = counts.most_common(1)[0]
    return who if n >= 2 else ""


def qa_classes18(markup: str, paragraphs: str, author: str) -> str:
    """``paragraphs`` with an interview's questions (``<p class="q">``) the interviewer's,
    the page's author ("Jonas Lund (interviewer): So why…"), and its answers (``<p
    class="a">``) the interviewee's, the person the lead names most, when the page marks
    two questions or more and two answers or more and the text read has no speaker; else
    as they were."""
    marked = [(m["kind"].lower(), _words(m["inner"])) for m in _QA.finditer(markup)]
    asked = {text for kind, text in marked if kind in ("q", "question", "interviewer") and text}
    answered = {text for kind, text in marked if kind in ("a", "answer", "interviewee") and text}
    if len(asked) < 2 or len(answered) < 2 or text_layout(paragraphs + "\n", 18).speakers:
        return paragraphs
    paras = paragraphs.split("\n\n")
    first = next((i for i, p in enumerate(paras) if " ".join(p.split()) in asked), None)
    if first is None:
        return paragraphs
    who = _interviewee(paras[:first], author)
    if not who:
        return paragraphs
    asker = f"{author} (interviewer)" if author else "Interviewer"
    out = []
    for p in paras:
        words = " ".join(p.split())
        if words in asked:
            out.append(f"{asker}: {p}")
        elif words in answered:
            out.append(f"{who}: {p}")
        else:
            out.append(p)
    labelled = "\n\n".join(out)
    return labelled if text_layout(labelled + "\n", 18).speakers else paragraphs
