"""Reader 12: a mailbox (``.mbox``, or one pasted into a ``.txt``) read as a thread.

An mbox is messages one after another, each opened by a "From " line ("From
ann@example.org  Tue Mar  2 18:20:05 2027", RFC 4155); a mailing list's digest is
messages under "Message: N" heads, parted by a row of dashes. Each message is read as a
turn of the thread, its sender the speaker ("Anna Kessel: …", as captions and chats are
written for :func:`argmap.readers.layout.text_layout`), and none of its header a sentence:

- the first subject, without "Re:" and the list's tag ("[FriendsOfBrinmoor]"), is the
  title, the first sender (a name, never an address) the author, the first date the date,
  and the list's name (``List-Id``'s phrase, else its tag) the outlet;
- quoted lines ("> …"), the line that introduces them ("On …, NAME <…> wrote:"), an
  Outlook reply's "-----Original Message-----" and what follows, the signature under
  "-- ", a closing ("Best,", "Anna") and a list's footer (Mailman's row of underscores) are
  no sentences.
"""

from __future__ import annotations

import contextlib
import re
from email import message_from_string, policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import parseaddr, parsedate_to_datetime
from html import unescape

__all__ = ["is_digest", "is_mbox", "read_digest", "read_mbox"]

_FROM_LINE = re.compile(
    r"From [^\s@]+(?:@\S+| at \S+)?[ \t]+\w{3},? +\w{3} +\d{1,2} +\d{1,2}:\d{2}(?::\d{2})?"
    r"(?: +[+-]?\w+)? +\d{4}[^\n]*"
)
"""An mbox's message separator ("From ann@example.org  Tue Mar  2 18:20:05 2027"; a
Pipermail archive writes "ann at example.org")."""
_HEADER = re.compile(r"[A-Za-z][\w-]{1,40}:[ \t]?.*|[ \t]+\S.*")
_LIST_TAG = re.compile(r"\[(?P<tag>[^\]\n]{2,40})\]\s*")
_REPLY = re.compile(r"^(?:(?:Re|Fwd?|AW|SV|WG|Antw)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
_WROTE = re.compile(
    r"[^\n]{0,200}\b(?:wrote|writes|schrieb|skrev|a écrit|escribió)\s*:[ \t]*$", re.I
)
_ON_DATE = re.compile(r"(?:On|Am|Le|El|Den|På)\s.{6,}", re.I)
_FOOTER = re.compile(r"_{20,}[ \t]*|-+ ?next part ?-+[ \t]*", re.I)
_ORIGINAL = re.compile(
    r"-{2,} ?(?:Original Message|Forwarded message|Ursprüngliche Nachricht) ?-{2,}.*"
    r"|(?:From|Von|Fra): [^\n]+\n(?:Sent|Gesendet|Sendt|Date): .*",
    re.I,
)
_CLOSING = re.compile(
    r"(?:best|best wishes|all the best|cheers|thanks|thank you|many thanks|regards|kind regards"
    r"|best regards|warm regards|yours|in solidarity|love|ta|take care|speak soon)[,.!]?",
    re.I,
)
_DIGEST_HEAD = re.compile(r"^Message: \d+[ \t]*\n", re.M)
_DIGEST_RULE = re.compile(r"^-{20,}[ \t]*$", re.M)


def is_mbox(text: str) -> bool:
    """Whether ``text`` is a mailbox: it opens with a "From " line and a message's header."""
    first, _, rest = text.lstrip("\n").partition("\n")
    if not _FROM_LINE.fullmatch(first.rstrip()):
        return False
    header = rest.split("\n\n", 1)[0].split("\n")
    keys = {line.split(":", 1)[0].lower() for line in header if not line[:1].isspace()}
    return "from" in keys and bool(keys & {"subject", "date", "message-id", "to"})


def is_digest(text: str) -> bool:
    """Whether ``text`` is a mailing list's digest in plain text: two "Message: N" heads at
    least, each over a "From:" line, and the rows of dashes between them."""
    heads = [m.end() for m in _DIGEST_HEAD.finditer(text)]
    with_from = [at for at in heads if re.match(r"(?:[\w-]+:.*\n){0,4}From: ", text[at:])]
    return len(with_from) >= 2 and len(_DIGEST_RULE.findall(text)) >= 2


def read_mbox(text: str) -> tuple[str, dict[str, str], str]:
    """A mailbox's messages as a thread's turns (module doc): (text, metadata, "txt")."""
    chunks: list[str] = []
    current: list[str] = []
    blank = True
    for line in text.split("\n"):
        if blank and _FROM_LINE.fullmatch(line.rstrip()):
            if current:
                chunks.append("\n".join(current))
            current = []
        else:
            # mboxrd and mboxo quote a body's "From " as ">From ": the line as written
            current.append(line[1:] if re.match(r">+From ", line) else line)
        blank = not line.strip()
    if current:
        chunks.append("\n".join(current))
    messages = [message_from_string(chunk.lstrip("\n"), policy=policy.default) for chunk in chunks]
    return _thread(messages)


def read_digest(text: str) -> tuple[str, dict[str, str], str]:
    """A digest's messages (after its table of contents) as a thread's turns."""
    parts = _DIGEST_RULE.split(text)
    messages = []
    for part in parts:
        head = _DIGEST_HEAD.search(part)
        if head is None:
            continue
        messages.append(message_from_string(part[head.end() :].lstrip("\n"), policy=policy.default))
    info: dict[str, str] = {}
    listed = re.search(r"^(?P<name>[^\n]{2,60}?) Digest, Vol \d+, Issue \d+", text, re.M)
    body, facts, form = _thread(messages)
    if listed and "outlet" not in facts:
        info["outlet"] = listed["name"].strip()
    return body, {**facts, **info}, form


def _thread(messages: list[Message]) -> tuple[str, dict[str, str], str]:
    info: dict[str, str] = {}
    turns: list[str] = []
    for message in messages:
        subject = " ".join(str(message.get("Subject", "")).split())
        tag = _LIST_TAG.search(subject)
        if subject and "title" not in info:
            title = _LIST_TAG.sub("", _REPLY.sub("", subject), count=1)
            info["title"] = _REPLY.sub("", title).strip()
        name = _sender(_raw(message, "From"))
        if name and "author" not in info:
            info["author"] = name
        if "date" not in info:
            with contextlib.suppress(TypeError, ValueError, IndexError):
                info["date"] = (
                    parsedate_to_datetime(str(message.get("Date", ""))).date().isoformat()
                )
        if "outlet" not in info:
            list_name = parseaddr(str(message.get("List-Id", "")))[0].strip().strip('"')
            if list_name or tag:
                info["outlet"] = list_name or (tag["tag"].strip() if tag else "")
        paragraphs = _body(message, name)
        if not paragraphs:
            continue
        if name:  # each paragraph labelled: a thread of two short messages has its speakers
            paragraphs = [f"{name}: {p}" for p in paragraphs]
        turns.append("\n\n".join(paragraphs))
    return "\n\n".join(turns) + "\n", info, "txt"


def _raw(message: Message, key: str) -> str:
    """A header's value as written ("ann at example.org (Ann Lee)" keeps its comment)."""
    value = next((str(v) for k, v in message.raw_items() if k.lower() == key.lower()), "")
    try:
        return str(make_header(decode_header(value)))  # "=?utf-8?q?S=C3=B8lvi?=" read
    except (LookupError, ValueError, UnicodeDecodeError):
        return value


def _sender(field: str) -> str:
    """The name a "From:" field gives ("Frey, Jonas" as "Jonas Frey"), else a name made of
    the address ("marit.oy@…" is "Marit Oy"), else the address."""
    name, address = parseaddr(" ".join(field.split()))
    name = " ".join(name.split()).strip("'\"")
    if re.fullmatch(r"[^,]+, [^,]+", name):
        last, first = name.split(", ")
        name = f"{first} {last}"
    if name:
        return name
    local = address.split("@", 1)[0]
    parts = [p for p in re.split(r"[._-]", local) if p]
    if 2 <= len(parts) <= 3 and all(p.isalpha() for p in parts):
        return " ".join(p.capitalize() for p in parts)
    return address


def _plain(message: Message) -> str:
    part: Message | None = message
    if isinstance(message, EmailMessage):
        part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        body = part.get_content() if isinstance(part, EmailMessage) else part.get_payload()
    except (LookupError, ValueError):  # an unknown charset: the bytes as UTF-8
        body = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    if not isinstance(body, str):
        return ""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if part.get_content_type() == "text/html":
        body = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", body)
        body = re.sub(r"(?i)<br\s*/?>|</(?:p|div|li|h\d|blockquote)>", "\n\n", body)
        body = re.sub(r"<[^>]+>", "", body)
        body = unescape(body)
    return body


def _body(message: Message, name: str) -> list[str]:
    """A message's own paragraphs: no quoted lines, reply heads, signature, closing or
    list footer (module doc)."""
    body = _plain(message)
    cut = min(
        (m.start() for m in (_ORIGINAL.search(body), re.search(r"(?m)^-- ?$", body)) if m),
        default=len(body),
    )
    for line in re.finditer(r"(?m)^.*$", body):
        if _FOOTER.fullmatch(line.group()):
            cut = min(cut, line.start())
            break
    lines = body[:cut].split("\n")
    kept: list[str] = []
    for i, line in enumerate(lines):
        if line.lstrip().startswith(">"):
            continue
        if _WROTE.fullmatch(line) or (
            _ON_DATE.match(line) and i + 1 < len(lines) and _WROTE.fullmatch(lines[i + 1])
        ):
            continue
        kept.append(line)
    paragraphs = [_unwrap(p) for p in re.split(r"\n[ \t]*\n", "\n".join(kept))]
    paragraphs = [p for p in paragraphs if p.strip()]
    first = name.split()[0] if name else ""
    while paragraphs:  # a closing and the sender's name under it
        last = [ln.strip() for ln in paragraphs[-1].split("\n") if ln.strip()]
        signed = last and len(last) <= 3 and all(len(ln) <= 60 for ln in last)
        if signed and (
            _CLOSING.fullmatch(last[0])
            or (first and last[0].rstrip(".,!") in (first, name))
            or (len(last[0].split()) <= 2 and last[0][:1].isupper() and len(last) == 1
                and not last[0].endswith((".", "!", "?")))
        ):  # fmt: skip
            paragraphs.pop()
            continue
        break
    if paragraphs and re.fullmatch(r"(?:Dear|Hi|Hello|Hey)\b[^\n]{0,40},", paragraphs[0].strip()):
        paragraphs.pop(0)  # "Dear all,"
    return paragraphs


_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+\S")


def _unwrap(paragraph: str) -> str:
    """A paragraph's lines as a mail program wrapped them, joined (a list's items and
    indented lines stay lines of their own)."""
    out: list[str] = []
    for line in paragraph.strip("\n").split("\n"):
        line = line.rstrip()
        if out and line.strip() and not _ITEM.match(line) and not line[:1].isspace():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)
