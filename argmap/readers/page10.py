"""Reader 10: what a page of a known kind holds beyond its text (:func:`lines10`).

Each rule is for lines no reader of an argument wants as a sentence, or for a page kind
its markup names beyond doubt, so that no other page loses a line to it:

- any page: a fediverse handle alone on its line ("@tamsin@wex.social", a Mastodon post's
  account under its writer's name) is no sentence;
- a Telegram Desktop export (``messages.html``): each message's sender (``from_name``;
  a forwarded message's original sender, without the time it was sent and the channel's
  part after a dash, "Valdrena Herald – live") the speaker of its text; a poll's question a sentence, its options, vote counts and "Anonymous poll" not
  (:func:`markup10`); its reactions ("😡 214 👎 96") and the userpic's initials are
  furniture (:class:`~argmap.readers.html_text.HTMLText`);
"""

from __future__ import annotations

import html
import re

_FEDIVERSE_HANDLE = re.compile(r"@[\w.-]{1,60}@[\w-]+(?:\.[\w-]+)+")


def lines10(lines: list[str]) -> list[str]:
    """Reader 10's lines of a page (see the module's docstring)."""
    return [ln for ln in lines if not _FEDIVERSE_HANDLE.fullmatch(ln.lstrip("# ").strip())]


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
