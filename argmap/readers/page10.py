"""Reader 10: what a page of a known kind holds beyond its text (:func:`lines10`).

Each rule is for lines no reader of an argument wants as a sentence, or for a page kind
its markup names beyond doubt, so that no other page loses a line to it:

- any page: a fediverse handle alone on its line ("@tamsin@wex.social", a Mastodon post's
  account under its writer's name) is no sentence, nor a line that is only a date after the
  first such line (a forum post's "11 May 2027, 16:05"; the first is the page's date);
- an X (Twitter) thread saved from the browser (``data-testid="tweet"``): each post's name
  block (``User-Name``: the writer's name, handle and time) read as its writer's label
  ("Chiara Vallisneri:", the handle when the name is no label), the speaker of the post;
- a Telegram Desktop export (``messages.html``): each message's sender (``from_name``;
  a forwarded message's original sender, without the time it was sent and the channel's
  part after a dash, "Valdrena Herald – live") the speaker of its text; a poll's question
  a sentence, its options, vote counts and "Anonymous poll" not (:func:`markup10`); its
  reactions ("😡 214 👎 96") and the userpic's initials are furniture
  (:class:`~argmap.readers.html_text.HTMLText`); the channel the author.

A Hacker News thread's nesting (who replies to whom) is not read: a sentence has one
speaker and nothing to say whom it answers.
"""

from __future__ import annotations

import html
import re

from argmap.readers.dates import is_date_part

_FEDIVERSE_HANDLE = re.compile(r"@[\w.-]{1,60}@[\w-]+(?:\.[\w-]+)+")


def lines10(lines: list[str], kind: str = "") -> list[str]:
    """Reader 10's lines of a page of a known ``kind`` (see the module's docstring)."""
    lines = [ln for ln in lines if not _FEDIVERSE_HANDLE.fullmatch(ln.lstrip("# ").strip())]
    dated = [n for n, ln in enumerate(lines) if is_date_part(ln.lstrip("# ").strip())]
    lines = [ln for n, ln in enumerate(lines) if n not in dated[1:]]  # each post's date
    if kind == "x":
        lines = [ln for ln in lines if not _X_CHROME.fullmatch(ln.lstrip("# ").strip())]
    return lines


_X_CHROME = re.compile(
    r"Conversation|Post your reply|Show (?:more )?replies|Show probable spam|Translate post|"
    r"Discover more|Sourced from across X|Relevant people|Trending now|What's happening"
)


_TELEGRAM_FROM = re.compile(
    r'<div class="from_name">\s*(?P<name>[^<]{1,120}?)\s*(?:<span class="date details"[^>]*>'
    r"[^<]*</span>\s*)?</div>"
)
_TELEGRAM_POLL_CHROME = re.compile(
    r'<div class="answer">[^<]*(?:<span class="details">[^<]*</span>\s*)?</div>|'
    r'<div class="(?:total )?details">[^<]*</div>'
)
_TELEGRAM_MESSAGE = re.compile(r'(?=<div class="message (?:default|service))')
_TELEGRAM_POLL = re.compile(
    r'<div class="media_poll">.*?(?=<div class="signature|</div>\s*</div>\s*</div>)', re.S
)


def markup10(markup: str, kind: str) -> str:
    """A Telegram export's messages with each sender written as a label ("NAME:") and its
    polls' question only (see the module's docstring); other pages as they are."""
    if kind == "x":
        return _x_markup(markup)
    if kind != "telegram":
        return markup

    def sender(m: re.Match[str]) -> str:
        name = " ".join(html.unescape(m["name"]).split())
        name = re.split(r"\s+[–—-]\s+", name)[0]  # "Valdrena Herald – live": the Herald
        return f'<p class="from_name">{html.escape(name)}:</p>'

    markup = _TELEGRAM_POLL.sub(lambda m: _TELEGRAM_POLL_CHROME.sub("", m[0]), markup)
    out: list[str] = []
    last = ""  # the sender of the message before: a "joined" message's, when it names none
    for chunk in _TELEGRAM_MESSAGE.split(markup):
        if chunk.startswith('<div class="message default'):
            forwarded = chunk.find('class="forwarded body"')
            own = _TELEGRAM_FROM.search(chunk, 0, forwarded if forwarded >= 0 else len(chunk))
            if own:
                last = own["name"]
            elif last:  # a joined message (a forward in one too): its sender's
                chunk = f'<p class="from_name">{last}:</p>' + chunk
        out.append(_TELEGRAM_FROM.sub(sender, chunk))
    return "".join(out)


_X_NAME = re.compile(r"<div\b[^>]*\bdata-testid=\"User-Name\"[^>]*>")
_X_PAGE = re.compile(r"data-testid=\"tweet\"")
_LINK_TEXT = re.compile(r"<a\b[^>]*>(.*?)</a>", re.S)


_X_TITLE = re.compile(r"(?P<name>[^\"“]{2,60}?) on (?:X|Twitter): [\"“]")


def facts10(title: str, kind: str, text: str) -> dict[str, str]:
    """What reader 10 reads of a page's ``kind`` beyond its text: an X thread's writer
    ("Marta Ilves on X: “…”" / its first post's writer) as the author."""
    if kind != "x":
        return {}
    named = _X_TITLE.match(title)
    if named:
        return {"author": named["name"].strip()}
    first = re.match(r"\A(?:[^\n]*\n+){0,3}?(?P<name>[^\n:]{2,60}):\n", text)
    return {"author": first["name"]} if first else {}


def kind10(markup: str, kind: str) -> str:
    """The page kind reader 10 has rules for beyond reader 9's ``kind``: "x" or ``kind``."""
    if not kind and _X_PAGE.search(markup[:400000]) and _X_NAME.search(markup[:400000]):
        return "x"
    return kind


def _x_markup(markup: str) -> str:
    """Each post's name block as its writer's label, on a line of its own."""
    out: list[str] = []
    at = 0
    for m in _X_NAME.finditer(markup):
        if m.start() < at:
            continue  # inside the block before
        end = _element_end(markup, m.start(), "div")
        links = [
            " ".join(re.sub(r"<[^>]*>", "", t).split())
            for t in _LINK_TEXT.findall(markup, m.start(), end)
        ]
        name = html.unescape(links[0]) if links else ""
        name = " ".join(re.sub(r"[^\w\s.&'’-]", " ", name).split())  # "Ana & Co 🥐": no emoji
        handle = next((h for h in map(html.unescape, links) if h.startswith("@")), "")
        label = name if _LABEL_NAME.fullmatch(name) else handle
        out.append(markup[at : m.start()])
        out.append(f"<p>{html.escape(label)}:</p>" if label else "")
        time = re.search(r"<time\b[^>]*>", markup[m.start() : end])
        out.append(f"{time[0]}</time>" if time else "")  # the post's date, for the page's
        at = end
    out.append(markup[at:])
    return "".join(out)


_LABEL_NAME = re.compile(r"[A-ZÀ-Þ][\w.'’-]*(?: (?:&|of|the|and|[A-ZÀ-Þ][\w.'’-]*)){0,5}")


def _element_end(markup: str, start: int, tag: str) -> int:
    """Where the ``tag`` element opening at ``start`` ends (after its closing tag)."""
    depth = 0
    for m in re.finditer(rf"<(/?){tag}\b[^>]*>", markup[start:]):
        depth += -1 if m[1] else 1
        if depth == 0:
            return start + m.end()
    return len(markup)
