"""Reader 15: what an HTML page holds that reader 14 did not read.

- An accordion's question written as a button in a heading (``<h3><button>Why not…?
  </button></h3>``) is the heading's text, not a control.
- A page's signature (``class="signature"``: "Katrin Moll, Head of Quality and
  Sustainability, Frischmarkt") names its author when nothing else does: "Katrin Moll (Head
  of Quality and Sustainability, Frischmarkt)".
- The post's author replying in its comments (WordPress marks the comment
  ``bypostauthor``) under a first name ("Ylva") is the page's author ("Ylva Berglund"),
  not a handle "@Ylva".
- An open letter's signatories (a list under "Signed", "Signatories"), its sign-off
  ("Yours sincerely,"), "… and 1,204 others", "See all signatures" and "Add your name" are
  no sentences; the first signatory and their count are its author when it has none
  ("Hanne Sørli (Chair, Full Lives Lenvarra) and 9 other signatories").
- A page with no date of its own: its post's ``created-timestamp`` (Reddit's), or an
  "Issued by … 1 December 2027" line (a statement's).
- Lines of page chrome: "Was this page helpful?", "Like Loading…", "Posted in Dad, Family |
  23 Comments", "Notify me when available", a thread's counter ("2/6") alone, a record's
  "Volume 812: debated on Thursday 18 November 2027", a shop's star rating ("★★★★★ 4.8
  (31 reviews)", a review's head), also "Notify me when available" and "Add to cart"
  after a line's sentences.
- A video description's lines (YouTube's ``yt-attributed-string``, written with line
  breaks the page shows) are lines, not one paragraph ("Chapters: 0:00 … 13:30 What I'd
  change On patents I think…"); its chapter list ("Chapters:", "0:00 What the Bill
  says") is no sentences.
- An accordion's answer saved collapsed (``hidden``, named by a button's ``aria-controls``)
  is read: the page holds it, a reader opens it with one click.
"""

from __future__ import annotations

import html
import re

from argmap.readers.names import person_name

__all__ = ["date15", "lines15", "markup15", "post_author15", "signatories15", "signed15"]

_PRE_WRAP = re.compile(r"(<(yt-attributed-string|yt-formatted-string)\b[^>]*>)(.*?)(</\2>)", re.S)
_HEADING_BUTTON = re.compile(r"(<h[1-6]\b[^>]*>\s*)<button\b[^>]*>(.*?)</button>", re.I | re.S)
_CONTROLS = re.compile(r"\baria-controls\s*=\s*[\"']([^\"']+)[\"']", re.I)
_HIDDEN = re.compile(r"\s+hidden(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|hidden))?(?=[\s/>])", re.I)


def markup15(markup: str) -> str:
    """``markup`` with its accordions open: a heading's button its text, a collapsed answer
    (an element a button's ``aria-controls`` names, marked ``hidden``) shown."""
    markup = _PRE_WRAP.sub(lambda m: m[1] + m[3].replace("\n", "<br>\n") + m[4], markup)
    controlled = {i for m in _CONTROLS.finditer(markup) for i in m[1].split()}
    markup = _HEADING_BUTTON.sub(r"\1\2", markup)
    if not controlled:
        return markup

    def shown(tag: re.Match[str]) -> str:
        found = re.search(r"\bid\s*=\s*[\"']([^\"']+)[\"']", tag[0])
        if found and found[1] in controlled:
            return _HIDDEN.sub("", tag[0])
        return tag[0]

    return re.sub(r"<[a-zA-Z][^>]*\bhidden\b[^>]*>", shown, markup)


_CHROME_LINES_15 = re.compile(
    r"(?:Was this (?:page|answer|article) (?:helpful|useful)\??(?: Yes No)?|Is this page useful\??|"
    r"Like Loading\W*|Posted in [^|]{1,80}\| \d+ Comments?|Notify me when available|"
    r"\d{1,2}/\d{1,2}|🧵 ?Thread\W?|Volume \d+: debated on [\w ,]{6,40}|[★☆⭐]{3,5}(?: ?\d(?:[.,]\d)?)?(?:[^.!?]|(?<=\b[A-Z])\.){0,80})",
    re.I,
)


_CHROME_TAIL_15 = re.compile(
    r"(?<=[.!?])\s+(?:Notify me when available|Add to (?:cart|basket|bag)|Buy now)$", re.I
)
_COUNTER = re.compile(r"(?<=[.!?\"”’)…:]) (\d{1,2})/(\d{1,2})(?= |$)|(?<=\S) (\d{1,2})/(\d{1,2})$")


def _no_counter(line: str) -> str:
    """``line`` without a thread's counter after a sentence ("… my problem with it. 1/6")."""

    def cut(m: re.Match[str]) -> str:
        n, of = (int(m[1]), int(m[2])) if m[1] else (int(m[3]), int(m[4]))
        return "" if 1 <= n <= of <= 30 and of > 1 else m[0]

    return _COUNTER.sub(cut, line)


def lines15(lines: list[str]) -> list[str]:
    """Reader 15's lines of a page: no chrome lines (:data:`_CHROME_LINES_15`), no thread
    counters after a post's sentences."""
    out = [_CHROME_TAIL_15.sub("", _no_counter(line)) for line in lines]
    out = _no_chapters(out)
    return [line for line in out if not _CHROME_LINES_15.fullmatch(line.strip())]


_CHAPTERS_HEAD = re.compile(r"(?:Chapters|Timestamps|Time ?stamps|In this video):?", re.I)
_CHAPTER = re.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—:]?\s*[^\n]{1,80}")


def _no_chapters(lines: list[str]) -> list[str]:
    """``lines`` without a video's chapter list ("Chapters:" and its "0:00 Title" lines)."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        if _CHAPTERS_HEAD.fullmatch(lines[at].strip()):
            end = at + 1
            while end < len(lines) and (
                not lines[end].strip() or _CHAPTER.fullmatch(lines[end].strip())
            ):
                end += 1
            if sum(1 for line in lines[at + 1 : end] if line.strip()) >= 2:
                at = end
                continue
        out.append(lines[at])
        at += 1
    return out


_SIGNATURE_15 = re.compile(
    r"<(p|div|address)\b[^>]*\bclass=\"[^\"]*\b(?:signature|sign-?off|signed)\b[^\"]*\"[^>]*>(.*?)</\1>",
    re.I | re.S,
)


def signed15(markup: str) -> str:
    """The person a page's one signature element names, with their role ("Katrin Moll (Head
    of Quality and Sustainability, Frischmarkt)"), or ``""``."""
    found = list(_SIGNATURE_15.finditer(markup))
    for m in found if len(found) == 1 else []:  # a forum's signatures are its posters'
        words = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", m[2])).split())
        name, _, role = (part.strip() for part in words.partition(","))
        if 3 <= len(words) <= 160 and person_name(name):
            return f"{name} ({role})" if role else name
    return ""


_BY_POST_AUTHOR = re.compile(
    r"<(?:li|div|article)\b[^>]*\bclass=\"[^\"]*\bbypostauthor\b[^\"]*\"[^>]*>.{0,600}?"
    r"<(?:cite|b|span|a)\b[^>]*\bclass=\"[^\"]*\b(?:fn|comment-author-name|author)\b[^\"]*\"[^>]*>"
    r"\s*(?:<a\b[^>]*>)?\s*(?P<name>[^<]{2,60}?)\s*<",
    re.S,
)


def post_author15(paragraphs: str, markup: str, author: str) -> str:
    """``paragraphs`` with the label of the post author's comments ("@Ylva:", the name the
    comment form took) as the page's author ("Ylva Berglund:"), when that name is the
    author's first name or the author's name."""
    first = author.split()[0] if author.split() else ""
    for m in _BY_POST_AUTHOR.finditer(markup):
        name = html.unescape(m["name"]).strip()
        if name in (first, author) and name != author:
            paragraphs = re.sub(
                rf"^@?{re.escape(name)}:$", lambda _: f"{author}:", paragraphs, flags=re.M
            )
    return paragraphs


_SIGNED_HEAD = re.compile(r"#* ?(?:Signed|Signatories|Signed by|Signatures|Co-signed by):?", re.I)
_SIGN_OFF_TAIL = re.compile(
    r"(?:^|(?<=[.!?] ))(?:Yours (?:sincerely|faithfully|truly)|With (?:kind |best )?regards|"
    r"Sincerely),?$",
    re.I,
)
_MORE_SIGNED = re.compile(
    r"(?:…|\.\.\.)? ?and [\d,.]+ (?:others|more)\b.*|See all signatures|Add your name|"
    r"Sign (?:the|this) letter",
    re.I,
)
_TITLES = re.compile(r"(?:Professor|Prof\.|Dr\.?|Rev\.?|Cllr\.?|Sir|Dame) ")


def _signatory(line: str) -> str:
    """The person a signatory line names ("Professor Ola Mbeki-Rud, Centre for …"), or ""."""
    name = _TITLES.sub("", line.split(",")[0].strip(), count=1)
    return name if person_name(name) and len(line) <= 160 else ""


def _bare(line: str) -> str:
    return line.strip().lstrip("•*#-– ").strip()


def signatories15(paragraphs: list[str], author: str) -> tuple[list[str], str]:
    """``paragraphs`` without an open letter's signatories and their chrome (module doc),
    and the author (the first signatory and their count when ``author`` is empty)."""
    at = next((i for i, p in enumerate(paragraphs) if _SIGNED_HEAD.fullmatch(_bare(p))), None)
    if at is None:
        return paragraphs, author
    names: list[str] = []
    end = at + 1
    while end < len(paragraphs) and _signatory(_bare(paragraphs[end])):
        names.append(_bare(paragraphs[end]))
        end += 1
    if len(names) < 2:
        return paragraphs, author
    while end < len(paragraphs) and _MORE_SIGNED.fullmatch(_bare(paragraphs[end])):
        end += 1
    out = paragraphs[:at] + paragraphs[end:]
    if at and (off := _SIGN_OFF_TAIL.search(paragraphs[at - 1])):
        out[at - 1] = paragraphs[at - 1][: off.start()].rstrip()  # "… needs them. Yours sincerely,"
    if not author:
        first, _, role = names[0].partition(",")
        lead = f"{first.strip()} ({role.strip()})" if role.strip() else first.strip()
        author = f"{lead} and {len(names) - 1} other signatories"
    return [p for p in out if p.strip()], author


_CREATED = re.compile(r"\bcreated-timestamp=\"(?P<day>\d{4}-\d{2}-\d{2})T")
_ISSUED = re.compile(r"\b(?:Issued|Published|Released)\b(?P<rest>[^<\n]{0,200})")


def date15(markup: str, text: str) -> str:
    """The date of a page that gave none: its first post's ``created-timestamp``, or the
    date on an "Issued by the Standing Committee …, 1 December 2027" line; else ``""``."""
    from argmap.readers.dates import any_date

    if m := _CREATED.search(markup):
        return m["day"]
    for m in _ISSUED.finditer(text[:3000]):
        if day := any_date(m["rest"]):
            return day
    return ""
