"""Reader 17, in HTML: a record's speeches headed by an element marked as the speaker's
(:func:`speaker_heads17`)."""

from __future__ import annotations

import html
import re

from argmap.readers.layout import text_layout

__all__ = ["speaker_heads17"]

_SPEAKER_ELEMENT = re.compile(
    r"<(?P<tag>p|div|span|h[2-6]|dt|strong|b)\b[^>]*\bclass=\"[^\"]*\b(?:speaker|speaker-name|"
    r"member-name|contribution__speaker)\b[^\"]*\"[^>]*>(?P<inner>.*?)</(?P=tag)>",
    re.S | re.I,
)


def _words(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def speaker_heads17(markup: str, paragraphs: str) -> tuple[str, bool]:
    """``paragraphs`` with each speech's head line ("Mirela Dostál (Brodnice East) (Social
    Alliance)", in a ``class="speaker"`` element) read as the label of the speech under it,
    when the page as read has no speaker and three heads or more, two names or more, are
    marked so (a petitions debate's or a hearing's record); else as they were. True when
    the heads were read so."""
    if text_layout(paragraphs + "\n", 17).speakers:
        return paragraphs, False
    names = [w for m in _SPEAKER_ELEMENT.finditer(markup) if (w := _words(m["inner"]))]
    names = [w for w in names if 2 <= len(w) <= 120 and not w.endswith((".", "?", "!", ":"))]
    if len(names) < 3 or len(set(names)) < 2:
        return paragraphs, False
    heads = set(names)
    paras = paragraphs.split("\n\n")
    out = [f"{p}:" if p in heads else p for p in paras]
    labelled = "\n\n".join(out)
    if text_layout(labelled + "\n", 17).speakers:
        return labelled, True
    return paragraphs, False
