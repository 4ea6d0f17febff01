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


_POSTED_BY = re.compile(
    r"class=\"[^\"]*\bpost-author\b[^\"]*\"[^>]*>\s*(?:Posted by\s*)?(?:<[^>]+>\s*)*"
    r"(?P<name>[^<]{2,80}?)\s*<",
    re.I,
)
_DATE_HEADER = re.compile(r"class=\"date-header\"[^>]*>\s*(?:<span>)?(?P<day>[^<]{6,60})<", re.I)
_BLOG_TITLE = re.compile(
    r"<h1 class=\"title\"[^>]*>\s*(?:<a[^>]*>)?(?P<blog>[^<]{2,80}?)\s*<", re.I
)
_DISPLAY_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{1,20}")
_AT_HEAD = re.compile(r"(?m)^@(?P<name>[^\s:@]{2,40}):$")


def blogger17(markup: str, paragraphs: str, info: dict[str, str]) -> tuple[str, dict[str, str]]:
    """Reader 17, on a Blogger post (``<meta name="generator" content="blogger">``): its
    author the "Posted by" name of the post's footer (reader 16 took the first commenter's),
    its date the date header's ("Sunday, 23 November 2027"), its blog the outlet and the
    post's title without it ("Sparks and Sawdust: A raise, not a revolution"); and on any
    page, a commenter's one-word display name given an "@" the page does not write
    ("@Anonymous:", from ``<cite class="user">Anonymous</cite>``) read without it (a
    handle, "astrid_m", "HarbourHopper", keeps reader 11's "@")."""
    from argmap.readers.dates import any_date

    for m in list(_AT_HEAD.finditer(paragraphs)):
        name = m["name"]  # a display name ("Anonymous"), not a handle ("astrid_m", "HarbourHopper")
        if not _DISPLAY_NAME.fullmatch(name) or f"@{name}" in markup:
            continue
        if re.search(rf">\s*{re.escape(name)}\s*<", markup):
            bare = paragraphs.replace(m.group(), f"{name}:")
            before = [who for _, who in text_layout(paragraphs + "\n", 17).speakers]
            after = [who for _, who in text_layout(bare + "\n", 17).speakers]
            if after == [name if who == f"@{name}" else who for who in before]:
                paragraphs = bare  # every turn read as before, the name without its "@"
    if not re.search(r"<meta[^>]+content=\"blogger\"[^>]+name=\"generator\"|"
                     r"<meta[^>]+name=\"generator\"[^>]+content=\"blogger\"", markup, re.I):  # fmt: skip
        return paragraphs, info
    info = dict(info)
    if (posted := _POSTED_BY.search(markup)) and (name := html.unescape(posted["name"]).strip()):
        info["author"] = name
    if (header := _DATE_HEADER.search(markup)) and (day := any_date(header["day"])):
        info["date"] = day
    blog = _BLOG_TITLE.search(markup)
    title = info.get("title", "")
    if blog and title.startswith(f"{html.unescape(blog['blog']).strip()}: "):
        info["outlet"] = html.unescape(blog["blog"]).strip()
        info["title"] = title[len(info["outlet"]) + 2 :]
    return paragraphs, {k: v for k, v in info.items() if v}


_SEGMENT_TEXT = re.compile(
    r"<(?P<tag>[\w-]+)\b[^>]*\bclass=\"[^\"]*\b(?:segment-text|cue-text|transcript-segment-text)"
    r"\b[^\"]*\"[^>]*>(?P<inner>.*?)</(?P=tag)>",
    re.S | re.I,
)


def transcript_segments17(markup: str, paragraphs: str) -> str:
    """Reader 17: a video page's transcript panel (YouTube's ``segment-text`` rows, a few
    words each, cut anywhere in a sentence) read as one paragraph, so its sentences are
    whole ("… take them at" / "the gate, problem solved." was two sentences); only where
    three segments or more stand one after another as paragraphs."""
    segments = [w for m in _SEGMENT_TEXT.finditer(markup) if (w := _words(m["inner"]))]
    if len(segments) < 3:
        return paragraphs
    paras = paragraphs.split("\n\n")
    for at in range(len(paras) - len(segments) + 1):
        if paras[at : at + len(segments)] == segments:
            joined = " ".join(segments)
            return "\n\n".join([*paras[:at], joined, *paras[at + len(segments) :]])
    return paragraphs
