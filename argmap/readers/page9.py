"""Reader 9: what a page of a known kind holds beyond its text (:func:`lines9`,
:func:`facts9`, :func:`markup9`).

Each rule is for one page kind that its markup names beyond doubt (Hacker News's
``hnuser``, a wiki talk page's signatures, a consultation export's ``generator``, a
petition's "started this petition"), so that no other page loses a line to it:

- a Hacker News item: each comment's head ("kestrel_ops 7 hours ago | next [–]") is its
  writer's label ("@kestrel_ops:", the speaker of the comment), the submission line
  ("412 points by nordlys …") and "More" no sentences; the submitter the author, the
  submission's time the date;
- a wiki talk page: each signature ("Corvinalis (talk) 09:14, 4 May 2027 (UTC)[ reply]")
  ends a comment whose writer is named before it ("@Corvinalis:"); the talk page's
  banners no sentences;
- a Bluesky thread: its counters ("1/", "/end"), "Everybody can reply", count lines
  ("46 reposts7 quotes318 likes") and "End of conversation" no sentences;
- a petition: "X started this petition to Y", "Started by X", "Started 14 April 2027",
  "Reasons for signing" and "Updates" no sentences; X the author, the start its date, the
  title without "Petition · ";
- a consultation response (Citizen Space): the respondent's chosen option only, not the
  row of all the options offered (:func:`markup9`); the export's header, its response
  id, "Submitted to"/"Submitted on" lines and its footer no sentences; "Name:" the author;
- a mailing-list archive message (pipermail): its body, one ``<pre>`` wrapped at 72
  columns, read as paragraphs (a blank line or a change of quoting or indent starts one;
  the quoted lines without their "> "), the signature after "-- " and the archive's
  navigation ("Previous message (by thread)", "Messages sorted by: …") no sentences; the
  sender the author, the sent date the date, the subject the title (:func:`markup9`);
- a Telegram Desktop export (messages.html): the channel's name (``.page_header``'s
  ``.text.bold``) the title, not "Exported Data";
- any page: ``DC.Publisher`` the outlet when nothing else names one.
"""

from __future__ import annotations

import html
import re

from argmap.readers.dates import any_date

_CHROME_9 = re.compile(
    r"Skip to (?:the )?(?:main )?(?:content|navigation|article)|"
    r"«\s*Previous[^|»]{0,40}(?:\|[^|»]{1,60}){1,3}»|(?:Back to contents|Top of page) \| .{0,80}"
)
_EPUB_NOTES = re.compile(
    r"""(?:epub:type|role)=["'](?:doc-)?(?:endnotes|footnotes|footnote|endnote|rearnotes)["']"""
)
_HN_PAGE = re.compile(r'class="hnuser"')
_HN_HEAD = re.compile(
    r"(?P<user>[\w-]{2,40}) (?:\d+ (?:minute|hour|day|month|year)s? ago|on [A-Z][a-z]{2} \d{1,2},"
    r" \d{4})(?: \| (?:root|parent|prev|next|context|flag|on: .{1,80}))*(?: ?\[[–-]\d*\]| ?\[\+\d*\])?"
)
_HN_SUBMISSION = re.compile(
    r"(?P<points>[\d,]+ points? )?by (?P<user>[\w-]{2,40}) (?:\d+ (?:minute|hour|day|month|year)s?"
    r" ago)(?: \| .*)?"
)
_HN_CHROME = re.compile(r"More|reply|Guidelines \| FAQ \| Lists \| API \| .*|Search:")
_HN_TIME = re.compile(r'<span class="age" title="(?P<day>\d{4}-\d{2}-\d{2})[T ][^"]*"')

_TALK_SIGNATURE = re.compile(
    r"(?P<before>.*?)\s*(?P<sig>(?P<name>[^()]{1,60}?) \((?:talk|Talk)(?: · contribs)?\)\s*"
    r"\d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]+ \d{4} \(UTC\))\s*(?:\[ ?reply ?\])?"
)
_WIKI_USER = re.compile(r'title="User:(?P<name>[^"#]{1,60})"')
_TALK_BANNER = re.compile(
    r"(?:This is the talk page for discussing improvements to the .*|"
    r"This is not a forum for general discussion .*|Article policies: .*|"
    r"(?:This article|This page) (?:is rated|has been rated|was nominated|is within the scope) .*|"
    r"It is of interest to the following WikiProjects: .*|Find sources: .*|"
    r"Put new text under old text\..*|Click here to start a new topic\.|"
    r"Be polite, and welcoming to new users|Assume good faith|Avoid personal attacks|"
    r"Retrieved from .*)"
)

_THREAD_CHROME = re.compile(
    r"\d{1,3}/(?:\d{1,3})?|/end|\d{1,3}/\d{1,3} ?🧵?|Everybody can reply|"
    r"(?:Only )?(?:people you follow|people mentioned|followers) can reply|"
    r"(?:[\d,.]+[KkMm]? (?:reposts?|quotes?|likes?|replies|reply))+|End of conversation|"
    r"Post|Thread|Translate|Show more replies|Read \d+ more repl(?:y|ies)"
)
_COUNTER_END = re.compile(r"(?<=\S)\s+(?:\d{1,3}/(?:\d{1,3})?|/end)\s*$")
"""A thread's counter ending a post's last line ("… Long version below. 1/")."""
_BLUESKY_PAGE = re.compile(
    r"""data-testid=["']postThreadItem-by-|content=["']Bluesky(?: Social)?["']"""
)

_PETITION_STARTED = re.compile(r"(?P<who>.{2,80}?) started this petition(?: to (?P<to>.{2,80}))?")
_PETITION_CHROME = re.compile(
    r"(?:Started by (?P<by>.{2,80})|Started (?:on )?(?P<day>\d{1,2} [A-Z][a-z]+ \d{4})|"
    r"Reasons for signing|Updates|Why this matters|See all reasons for signing|"
    r"Sign this petition|Share this petition|[\d,]+ (?:have )?signed(?: of [\d,]+)?|"
    r".{2,40} signed \d+ (?:minute|hour|day)s? ago(?: · .{2,40} signed \d+ (?:minute|hour|day)s? ago)*)"
)
_PETITION_TITLE = re.compile(r"(?:Petition|Pétition|Petition:)\s*[·:|–-]\s*")

_CONSULTATION_PAGE = re.compile(r'<meta name="generator" content="Citizen Space', re.I)
_CONSULTATION_CHROME = re.compile(
    r"Response export|Response ID · .*|Submitted to · .*|Submitted on · .*|"
    r"Citizen Space · .*|Page \d+ of \d+ · Exported .*|Please explain your answer:?|"
    r"Email: \S+@\S+|Name: .{2,80}"
)
_OPTION = re.compile(
    r'<(?P<tag>span|label|li)\b[^>]*\bclass="(?:[^"]*\s)?(?:opt|option|unselected|not-selected)'
    r'(?:\s[^"]*)?"[^>]*>[^<]{0,120}</(?P=tag)>\s*',
    re.I,
)
_CHOSEN = re.compile(r"<(?:strong|b)\b|\bclass=\"[^\"]*\b(?:selected|chosen|checked)\b", re.I)
_ANSWER = re.compile(r"<p\b[^>]*>(?:(?!</p>).){0,2000}</p>", re.I | re.S)


_PIPERMAIL_BODY = re.compile(
    r"<!--beginarticle-->\s*<pre\b[^>]*>(?P<body>.*?)</pre>\s*<!--endarticle-->", re.I | re.S
)
_PIPERMAIL_HEAD = re.compile(
    r"<h1>(?P<subject>.*?)</h1>\s*<b>(?P<sender>[^<]{1,120})</b>.*?<i>(?P<sent>[^<]{1,60})</i>",
    re.I | re.S,
)
_CTIME = re.compile(
    r"[A-Z][a-z]{2} (?P<month>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) [\d:]{8} .*?(?P<year>\d{4})"
)


_TELEGRAM_NAME = re.compile(
    r'<div class="page_header">\s*<div class="content">\s*<div class="text bold">\s*'
    r"(?P<name>[^<]{1,200}?)\s*</div>"
)


def kind9(markup: str) -> str:
    """The page kind reader 9 has rules for: "hn", "talk", "bluesky", "petition",
    "consultation", "pipermail", "telegram", "epub" or ``""``."""
    head = markup[:200000]
    if _PIPERMAIL_BODY.search(markup) and _PIPERMAIL_HEAD.search(head):
        return "pipermail"
    if _TELEGRAM_NAME.search(head) and 'class="history"' in head:
        return "telegram"
    if _HN_PAGE.search(head) and "comtr" in head:
        return "hn"
    if _CONSULTATION_PAGE.search(head[:5000]):
        return "consultation"
    if len(re.findall(r"\(UTC\)", head)) >= 2 and _WIKI_USER.search(head):
        return "talk"
    if _BLUESKY_PAGE.search(head):
        return "bluesky"
    if "started this petition" in head and re.search(
        r"Reasons for signing|Sign this petition|signatures", head
    ):
        return "petition"
    if _EPUB_NOTES.search(head) or re.search(r"""epub:type=["'](?:chapter|bodymatter)""", head):
        return "epub"
    return ""


def markup9(markup: str, kind: str) -> str:
    """A consultation export's answers with their chosen option only: the options not
    chosen ("<span class="opt">Agree</span>") dropped from an answer that marks one as
    chosen (bold or "selected"); an answer with none chosen keeps them all. A mailing-list
    archive message: its subject as the heading and its body's paragraphs, nothing else."""
    if kind == "pipermail":
        return _pipermail_markup(markup)
    if kind != "consultation":
        return markup

    def answer(m: re.Match[str]) -> str:
        block = m[0]
        if not _OPTION.search(block):
            return block
        rest = _OPTION.sub("", block)
        return rest if _CHOSEN.search(rest) else block

    return _ANSWER.sub(answer, markup)


_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*•])\s")


def _pipermail_markup(markup: str) -> str:
    """A pipermail message's title, subject and body paragraphs as plain HTML."""
    head = _PIPERMAIL_HEAD.search(markup)
    body = _PIPERMAIL_BODY.search(markup)
    assert head and body  # kind9 found both
    title = re.search(r"<title>(.*?)</title>", markup, re.I | re.S)
    # pipermail closes a quoted line's <i> on the line after it
    text = html.unescape(
        re.sub(r"<[^>]*>", "", re.sub(r"\n</i>\n?", "\n", body["body"], flags=re.I))
    )
    paragraphs: list[list[str]] = []
    shape = None  # (quoted, indented) of the paragraph being read
    for raw in text.split("\n"):
        if raw.rstrip() == "--":
            break  # the sender's signature
        line = raw.rstrip()
        quoted = line.startswith(">")
        if quoted:
            line = re.sub(r"^(?:>\s?)+", "", line)
        if not line.strip():
            shape = None
            continue
        now = (quoted, raw.startswith((" ", "\t")) and not quoted)
        if now != shape or _LIST_ITEM.match(line):
            paragraphs.append([])
            shape = now
        paragraphs[-1].append(line.strip())
    parts = [
        f"<title>{title[1] if title else head['subject']}</title>",
        f"<h1>{head['subject']}</h1>",
    ]
    parts += [f"<p>{html.escape(' '.join(p))}</p>" for p in paragraphs]
    return "<html><head>" + parts[0] + "</head><body>" + "".join(parts[1:]) + "</body></html>"


def lines9(lines: list[str], markup: str, kind: str) -> list[str]:
    """Reader 9's lines of a page of a known ``kind`` (see the module's docstring); on any
    page, "Skip to main content" and a sitting's or a post's "« Previous | … | Next »"."""
    lines = [ln for ln in lines if not _CHROME_9.fullmatch(ln.lstrip("# ").strip())]
    if kind == "hn":
        return _hn_lines(lines)
    if kind == "talk":
        return _talk_lines(lines, markup)
    if kind == "bluesky":
        lines = [_COUNTER_END.sub("", ln) for ln in lines]
        return [ln for ln in lines if not _THREAD_CHROME.fullmatch(ln.lstrip("# ").strip())]
    if kind == "petition":
        return [
            ln
            for ln in lines
            if not _PETITION_CHROME.fullmatch(bare := ln.lstrip("# ").strip())
            and not _PETITION_STARTED.fullmatch(bare)
        ]
    if kind == "consultation":
        return [ln for ln in lines if not _CONSULTATION_CHROME.fullmatch(_cells(ln))]
    return lines


def _cells(line: str) -> str:
    """A line without its heading marks, a table row's cells read "a · b"."""
    bare = line.lstrip("# ").strip()
    if bare.startswith("|") and bare.endswith("|"):
        bare = " · ".join(c.strip() for c in bare.strip("|").split("|"))
    return bare


def _hn_lines(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        bare = line.lstrip("# ").strip()
        head = _HN_HEAD.fullmatch(bare)
        if head:
            out.append(f"@{head['user']}:")
        elif not _HN_SUBMISSION.fullmatch(bare) and not _HN_CHROME.fullmatch(bare):
            out.append(line)
    return out


def _talk_lines(lines: list[str], markup: str) -> list[str]:
    users = sorted(
        {html.unescape(m["name"]).replace("_", " ").strip() for m in _WIKI_USER.finditer(markup)},
        key=len,
        reverse=True,
    )
    out: list[str] = []
    start = 0  # where the comment being read began in ``out``
    for line in lines:
        bare = line.lstrip("# ").strip()
        if _TALK_BANNER.fullmatch(bare):
            start = len(out)
            continue
        if line.startswith("#"):
            out.append(line)
            start = len(out)
            continue
        sig = _TALK_SIGNATURE.fullmatch(line)
        if not sig:
            out.append(line)
            continue
        words = line[: sig.end("name")].strip()
        name = next((u for u in users if words.endswith(u)), sig["name"].split(". ")[-1])
        before = words[: len(words) - len(name)].strip()
        if before:
            out.append(before)
        out.insert(start, f"@{name}:")
        start = len(out)
    return out


def facts9(markup: str, kind: str, meta: dict[str, str], lines: list[str]) -> dict[str, str]:
    """What reader 9 reads of a page's ``kind`` beyond reader 8 (see the module's docstring);
    ``lines`` are the page's lines before :func:`lines9` dropped any."""
    facts: dict[str, str] = {}
    publisher = meta.get("dc.publisher", "")
    if publisher:
        facts["outlet"] = publisher
    if kind == "hn":
        for line in lines:
            sub = _HN_SUBMISSION.fullmatch(line.strip())
            if sub:
                facts["author"] = sub["user"]
                break
        day = _HN_TIME.search(markup)
        if day:
            facts["date"] = day["day"]
    elif kind == "petition":
        for line in lines:
            bare = line.lstrip("# ").strip()
            started = _PETITION_STARTED.fullmatch(bare)
            chrome = _PETITION_CHROME.fullmatch(bare)
            if started and "author" not in facts:
                facts["author"] = started["who"]
            elif chrome and chrome["by"]:
                facts["author"] = chrome["by"]
            elif chrome and chrome["day"] and "date" not in facts:
                facts["date"] = any_date(chrome["day"]) or ""
    elif kind == "telegram":
        name = _TELEGRAM_NAME.search(markup)
        if name:
            facts["title"] = " ".join(html.unescape(name["name"]).split())
    elif kind == "pipermail":
        head = _PIPERMAIL_HEAD.search(markup)
        if head:
            facts["author"] = " ".join(html.unescape(head["sender"]).split())
            sent = _CTIME.search(" ".join(head["sent"].split()))
            if sent:
                facts["date"] = any_date(f"{sent['day']} {sent['month']} {sent['year']}")
    elif kind == "consultation":
        for line in lines:
            bare = _cells(line)
            if bare.startswith("Name: ") and "author" not in facts:
                facts["author"] = bare[len("Name: ") :].strip()
            elif bare.startswith("Submitted on · ") and "date" not in facts:
                day = bare[len("Submitted on · ") :].strip()
                facts["date"] = day[:10] if re.match(r"\d{4}-\d{2}-\d{2}", day) else any_date(day)
    return {k: v for k, v in facts.items() if v}


def title9(title: str, kind: str) -> str:
    """A petition's title without "Petition · "."""
    if kind == "petition":
        return _PETITION_TITLE.sub("", title, count=1)
    return title
