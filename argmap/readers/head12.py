"""Reader 12: what a text's head does not hold as metadata that earlier readers took.

:func:`head12` goes over :func:`argmap.readers.layout.text_head`'s reading of readers 4-11:
a line in which someone introduces themselves ("I'm Lotte Brand.", "This is Ida Voss.", a
podcast's or a speech's words) is no byline: it stays a sentence, and the name in it is
not the author.
"""

from __future__ import annotations

import re

from argmap.readers.head4 import Head
from argmap.readers.plain import _LINE, _plain_line

__all__ = ["head12"]

_INTRODUCTION = re.compile(
    r"(?:(?:And|So|Well|Hi|Hello),? )?(?:I['’]m|I am|This is|It['’]s|We['’]re|Here['’]s"
    r"|My name is|Me,)\s",
    re.I,
)


def head12(text: str, head: Head) -> Head:
    """``head`` without the lines in which a speaker introduces themselves (module doc)."""
    spoken = set()
    for s in head.skip:
        line = _LINE.match(text, s)
        if line and _INTRODUCTION.match(_plain_line(line.group()).lstrip()):
            spoken.add(s)
    if not spoken:
        return head
    author = head.author
    for s in spoken:
        line = _LINE.match(text, s)
        words = _plain_line(line.group()) if line else ""
        names = [n for n in author.split(", ") if n and n not in words]
        author = ", ".join(names)
    return head._replace(skip=head.skip - spoken, author=author)
