"""Reader 18, in HTML: an interview's questions and answers marked by their class
(:func:`qa_classes18`), an SMF forum's posts and quotes (:func:`smf_posts18`), a reading
app's page named by the publication it shows, not by the app (:func:`reading_app18`), a
Matrix export's replies without the message they quote (:func:`matrix_replies18`), an open
review's comments by their writers (:func:`discussion18`)."""

from __future__ import annotations

import html
import re
from collections import Counter

from argmap.readers.layout import text_layout
from argmap.readers.names import person_name

__all__ = [
    "byline_user18",
    "discussion18",
    "key_points18",
    "matrix_replies18",
    "qa_classes18",
    "reading_app18",
    "smf_posts18",
]

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
    two questions or more and two answers or more and the text read has no speaker (a
    rule after the last answer: what follows, a bio, is nobody's); else as they were."""
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
    last = max(i for i, p in enumerate(paras) if " ".join(p.split()) in asked | answered)
    for i, p in enumerate(paras):
        words = " ".join(p.split())
        if words in asked:
            out.append(f"{asker}: {p}")
        elif words in answered:
            out.append(f"{who}: {p}")
        else:
            out.append(p)
        if i == last and i + 1 < len(paras):
            out.append("---")  # the interview ends: what follows (a bio) is nobody's
    labelled = "\n\n".join(out)
    return labelled if text_layout(labelled + "\n", 18).speakers else paragraphs


_SMF_POSTER = re.compile(r"class=\"poster\"[^>]*>\s*<h4>\s*(?:<a\b[^>]*>)?\s*([^<]{1,60}?)\s*<")
_SMF_PAGES = re.compile(r"Pages:(?:[ \t]+(?:\d{1,4}|\.\.\.|\[\d{1,4}\]))+(?:[ \t]+Go (?:Up|Down))?")
_SMF_HEAD = re.compile(r"#{2,6}[ \t]+(?P<name>[^\s#:][^\n:]{0,40})")
_SMF_ON = re.compile(r"«[ \t]*(?:Reply #\d+[ \t]+)?on:[ \t]*(?P<day>[^»\n]{4,60}?)[ \t]*»")
_SMF_QUOTE = re.compile(
    r"Quote from:[ \t]+(?P<who>[^\n]{1,40}?)[ \t]+on[ \t]+\d{1,2}[ \t]\w+[ \t]\d{4},[ \t]"
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AP]M)?[ \t]*(?P<rest>.*)",
    re.S,
)


def _handle(name: str) -> str:
    """A forum name as a writer's head: a handle ("KettleKid61") with reader 11's "@", a
    person's name as it is."""
    return name if person_name(name) == name else f"@{name}"


def smf_posts18(markup: str, paragraphs: str) -> tuple[str, str]:
    """``paragraphs`` of an SMF forum thread (``div.poster`` and ``div.keyinfo`` on every
    post) with each post headed by its writer ("@KettleKid61:", not a heading, the member
    group and post count lines, and "« Reply #1 on: … »" as sentences), and a quote the
    quoted writer's words under their head ("Quote from: KettleKid61 on 19 February
    2028, 20:02:11Keep the rule." was the replier's sentence, header glued); else as
    they were. Also the thread's first post's date as the page gives it ("" if none)."""
    posters = [html.unescape(n).strip() for n in _SMF_POSTER.findall(markup)]
    if len(posters) < 2 or markup.count('class="keyinfo"') != len(posters):
        return paragraphs, ""
    paras = paragraphs.split("\n\n")
    dates = [m["day"] for p in paras if (m := _SMF_ON.fullmatch(p.strip()))]
    if len(dates) != len(posters):
        return paragraphs, ""
    out: list[str] = []
    writer = ""
    post = 0
    for p in paras:
        if _SMF_ON.fullmatch(p.strip()):
            # the post's head above it: its writer's name, member group, post count
            while out and out[-1].lstrip().startswith("•"):
                out.pop()
            head = _SMF_HEAD.fullmatch(out[-1].strip()) if out else None
            if head and head["name"].strip() == posters[post]:
                out.pop()
            writer = _handle(posters[post])
            post += 1
            out.append(f"{writer}:")
            continue
        if _SMF_PAGES.fullmatch(p.strip()):
            continue  # "Pages: 1 2 3 Go Up": the thread's pager
        quote = _SMF_QUOTE.fullmatch(p.strip())
        if writer and quote and quote["rest"].strip():
            out.extend([f"{_handle(quote['who'].strip())}:", quote["rest"].strip(), f"{writer}:"])
            continue
        out.append(p)
    labelled = "\n\n".join(out)
    if not text_layout(labelled + "\n", 18).speakers:
        return paragraphs, ""
    return labelled, dates[0]


_APP_PUBLICATION = re.compile(
    r"class=\"(?:pr-publication|publisher-name|publication-name|source-name)\"[^>]*>"
    r"\s*(?P<name>[^<]{2,80}?)\s*<",
    re.I,
)
_APP_BYLINE = re.compile(
    r"class=\"(?:pr-byline|story-byline)\"[^>]*>\s*(?:<a\b[^>]*>)?\s*(?P<name>[^<·|]{3,60}?)\s*[<·|]",
    re.I,
)
_ORIGIN_LINE = re.compile(
    r"class=\"origin_line\"[^>]*>(?P<inner>.*?)</div>",
    re.I | re.S,
)
_READING_APPS = ("PressReader", "Apple News", "Instapaper", "Pocket")
_APP_TITLE = re.compile(r"(?:Instapaper|Pocket)[ \t]*[:|–—-][ \t]*")


def reading_app18(markup: str, info: dict[str, str]) -> dict[str, str]:
    """Reader 18: a page saved from a reading app (PressReader, Apple News, Instapaper,
    Pocket) named by what it shows: the publication its header names the outlet, not the
    app ("PressReader", "Apple News") or the read time ("9 min"); the byline's person the
    author, not the section's label ("Local News"); the title without the app's prefix
    ("Instapaper: …") or the issue's ("Tornhavn Post - 2026-11-27 - …")."""
    site = re.search(r"<meta[^>]+property=\"og:site_name\"[^>]+content=\"([^\"]+)\"", markup)
    app = site[1] if site and site[1] in _READING_APPS else ""
    title = info.get("title", "")
    if not app and _APP_TITLE.match(title) and "instapaper" in markup.lower():
        app = "Instapaper"
    if not app:
        return info
    out = dict(info)
    if (pub := _APP_PUBLICATION.search(markup)) and pub["name"].strip() not in _READING_APPS:
        out["outlet"] = html.unescape(pub["name"].strip())
    elif (origin := _ORIGIN_LINE.search(markup)) and (
        domain := re.search(r">\s*([\w-]+(?:\.[\w-]+)+)\s*<", origin["inner"])
    ):
        out["outlet"] = domain[1]  # Instapaper's origin line: the site it was saved from
        by = re.search(r"\bby\s+([^·<]{3,60}?)\s*(?:·|<)", origin["inner"])
        if by and (who := person_name(html.unescape(by[1]))):
            out["author"] = who
    elif out.get("outlet") in (app, *_READING_APPS) or re.fullmatch(
        r"\d+ min", out.get("outlet", "")
    ):
        out.pop("outlet", None)
    if (by := _APP_BYLINE.search(markup)) and (who := person_name(html.unescape(by["name"]))):
        out["author"] = who
    og = re.search(r"<meta[^>]+property=\"og:title\"[^>]+content=\"([^\"]+)\"", markup)
    if og and og[1].strip():
        out["title"] = html.unescape(og[1].strip())
    elif _APP_TITLE.match(title):
        out["title"] = title[_APP_TITLE.match(title).end() :]
    return {k: v for k, v in out.items() if v}


_REPLY_CHAIN = re.compile(
    r"<blockquote class=\"mx_ReplyChain\"[^>]*>\s*<a href=\"#(?P<id>[^\"]+)\"[^>]*>.*?<br\s*/?>"
    r"(?P<quote>.*?)</blockquote>",
    re.S | re.I,
)


_EXPORT_NOTICE = re.compile(r"This is the start of export of .{1,120}?\. Exported by ")


def matrix_replies18(markup: str, paragraphs: str) -> str:
    """``paragraphs`` of a Matrix (Element) export without the quote a reply repeats of the
    message it answers ("tbh I'd just scrap the rule", Dag's words, was the replier's
    sentence) where that message is in the export too, and without the export's notice
    ("This is the start of export of …. Exported by …")."""
    paragraphs = "\n\n".join(
        p for p in paragraphs.split("\n\n") if not _EXPORT_NOTICE.match(p.strip())
    )
    quotes = {
        text
        for m in _REPLY_CHAIN.finditer(markup)
        if f'id="{m["id"]}"' in markup and (text := _words(m["quote"]))
    }
    if not quotes:
        return paragraphs
    paras = paragraphs.split("\n\n")
    out = [
        p
        for i, p in enumerate(paras)
        if not (
            " ".join(p.split()) in quotes
            and i > 0
            and re.fullmatch(r"\d{1,2}:\d{2}(?:[ \t]*[AP]M)?|[^\n]{1,60}:", paras[i - 1].strip())
        )
    ]
    return "\n\n".join(out)


_COMMENT_BLOCK = re.compile(
    r"<div class=\"comment\b[^\"]*\"[^>]*>\s*<h1 class=\"comment-title\"[^>]*>(?P<title>.*?)</h1>"
    r"(?:(?!<div class=\"comment[\" ]).)*?<div class=\"comment-body\"[^>]*>"
    r"(?:(?!<div class=\"comment[\" ]).)*?<p\b[^>]*>(?P<first>.*?)</p>",
    re.S | re.I,
)
_COMMENT_TITLE = re.compile(
    r"(?P<id>(?:RC|AC|CC|EC|SC)\d{1,2}): '[^']{1,200}', (?P<name>[^,]{2,60}), \d{1,2} \w{3} \d{4}"
)
_DISCUSSION_FURNITURE = re.compile(
    r"•?[ \t]*(?:RC|AC|CC|EC|SC)\d{1,2}: '[^']{1,200}', [^,]{2,60}, \d{1,2} \w{3} \d{4}|"
    r"(?:Referee|Author|Community|Editor) comment · .{1,80}|Citation: \S+|"
    r"Printer-friendly version(?: Discussion)?"
)


def discussion18(markup: str, paragraphs: str) -> tuple[str, str]:
    """``paragraphs`` of an open review's discussion page (Copernicus' EGUsphere, ACP:
    "RC2: 'Comment on …', Anonymous Referee #2, 18 Dec 2027" over each comment) with each
    comment's paragraphs its writer's ("Anonymous Referee (#2)", "Ilse Marrow-Quint"), the
    discussion tree, comment heads, citations and "Printer-friendly version" no sentences;
    and the first comment's writer (the page's author), or ``paragraphs`` as they were and
    ""."""
    found = []
    for m in _COMMENT_BLOCK.finditer(markup):
        title = _COMMENT_TITLE.fullmatch(_words(m["title"]))
        if title and (first := _words(m["first"])):
            found.append((re.sub(r" #(\d+)$", r" (#\1)", title["name"].strip()), first))
    if not found:
        return paragraphs, ""
    paras = paragraphs.split("\n\n")
    starts = {}
    for name, first in found:
        at = next((i for i, p in enumerate(paras) if " ".join(p.split()) == first), None)
        if at is not None:
            starts[at] = name
    if not starts:
        return paragraphs, ""
    out: list[str] = []
    writer = ""
    for i, p in enumerate(paras):
        writer = starts.get(i, writer)
        plain = p.strip()
        if _DISCUSSION_FURNITURE.fullmatch(plain):
            continue
        if writer and plain and not plain.startswith("#"):
            out.append(f"{writer}: {p}")
        else:
            out.append(p)
    labelled = "\n\n".join(out)
    if not text_layout(labelled + "\n", 18).speakers:
        return paragraphs, ""
    return labelled, found[0][0].replace(" (#", " #").rstrip(")") if "(#" in found[0][0] else found[
        0
    ][0]


_KEY_POINTS = re.compile(
    r"<aside(?P<attrs>\b[^>]*\bclass=\"[^\"]*\b(?:key-?points|key-?facts|key-?messages|"
    r"takeaways|key-?takeaways|at-a-glance|in-brief|summary-box)\b[^\"]*\"[^>]*)>(?P<inner>.*?)</aside>",
    re.S | re.I,
)


def key_points18(markup: str) -> str:
    """Reader 18: an ``<aside>`` that holds a page's key points ("Key points", "Key
    takeaways", "At a glance": a statement's summary, its most quotable lines) read as a
    section of the page; readers 2-17 dropped it with the side columns, unreported."""
    return _KEY_POINTS.sub(lambda m: f"<section{m['attrs']}>{m['inner']}</section>", markup)


_POSTED_BY = re.compile(
    r"class=\"[^\"]*byline[^\"]*\"[^>]*>\s*(?:posted|submitted|started)\s+by\s*"
    r"(?:<a\b[^>]*>)?\s*(?P<name>[^<\s][^<]{0,40}?)\s*<",
    re.I,
)


def byline_user18(markup: str) -> str:
    """Reader 18: a thread's "posted by NAME" byline (Tildes' ``topic-full-byline-user``):
    the writer of the post the page opens with, "" when none."""
    m = _POSTED_BY.search(markup)
    return html.unescape(m["name"]).strip() if m else ""
