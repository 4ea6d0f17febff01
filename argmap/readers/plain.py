"""What a line of plain text or Markdown reads as: list markers, inline Markdown, lines.

Shared by every other module: the patterns of a line (:data:`LIST_MARKER`, a line that ends
like a sentence), Markdown's inline syntax removed (:func:`markdown_plain`), and a title
cut at a word (:func:`shorten_at_word`)."""

from __future__ import annotations

import re
from pathlib import Path

LIST_MARKER = re.compile(
    r"[ \t\u00a0]*(?:[•\u2022\u25aa\u25cf\u2023\u2043*](?=\s)|#{1,6}(?=\s)|[-–](?=\s)|\(?\d{1,3}[.)](?=\s)"
    r"|\(?[a-z]\)(?=\s)|[a-z]\.(?=\s))[ \t\u00a0]*"
)
# Emphasis left open or closed in another sentence ("*(End of segment." … "weather.)*").
_STRAY_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")
_HAS_WORD = re.compile(r"[^\W_]")
_LINE = re.compile(r"[^\n]+")
_LINE_STOP = re.compile(r"[.!?…:;,]$")
_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def markdown_plain(text: str) -> str:
    """Markdown inline syntax removed: links and images keep their text, emphasis its words.

    Used for what a sentence *reads* (its ``text``); offsets still point into the file.
    """
    text = _MD_QUOTE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    for _ in range(2):  # nested: ***both*** or **_mixed_**
        text = _MD_STRONG.sub(r"\2", text)
        text = _MD_EMPH.sub(r"\2", text)
    return _MD_STRIKE.sub(r"\1", text)


def plain_quote(quote: str) -> str:
    """A claim's quote from a Markdown file as it reads: no emphasis, link or quote syntax,
    whitespace collapsed (the quote itself keeps the file's characters, for anchoring)."""
    return _STRAY_EMPHASIS.sub("", " ".join(markdown_plain(quote).split()))


def is_markdown(path: Path | str) -> bool:
    """Whether a source file is Markdown (its sentences read without the syntax)."""
    return Path(path).suffix.lower() in (".md", ".markdown")


def _strip_emphasis(value: str) -> str:
    return " ".join(_STRAY_EMPHASIS.sub("", markdown_plain(value)).split())


def _plain_line(line: str) -> str:
    return " ".join(_STRAY_EMPHASIS.sub("", markdown_plain(line).strip(" \t#>")).split()).strip(
        " *_"
    )


def _emphasised(line: str) -> bool:
    t = line.strip()
    return len(t) > 2 and t[0] in "*_" and t.rstrip(".")[-1:] in "*_"


TITLE_MAX = 90


def shorten_at_word(text: str, limit: int = TITLE_MAX) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"
