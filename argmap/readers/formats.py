"""Reader 8: files that are no web page and no plain text, read into one (:func:`convert`).

Each is known by what it holds, whatever its name ends with (a file saved as ``.txt`` too):

- an e-mail saved whole (``.eml``: a header with "MIME-Version:" or "Message-ID:", parts in
  quoted-printable or base64): its HTML part read as a page (else its text part), the
  subject its title, the sender its author ("NAME from PUBLICATION" on Substack: the
  publication the outlet), its "Date:" its date;
- captions (WebVTT "WEBVTT", SubRip "1" / "00:00:01,200 --> 00:00:04,500"): cue numbers,
  times, notes and styling dropped, the lines of a cue and of cues in a row joined, each
  voice ("<v Ann Lee>", "ANN:") the speaker of its turn ("Ann Lee: …");
- a feed (Atom ``<feed>``, RSS ``<rss>``): its newest entry, read as a page, the feed's
  title the outlet;
- an Org mode note ("#+TITLE:", "* Heading"): read as Markdown, its keywords the title,
  author and date, its drawers, planning lines and block markers no sentences.
"""

from __future__ import annotations

import html
import re
from email import message_from_string, policy
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

from argmap.readers.dates import any_date
from argmap.readers.names import person_name

_HEADER_LINE = re.compile(r"[A-Za-z][\w-]{1,40}:[ \t].*|[ \t]+\S.*")
_MAIL_MARKS = ("mime-version:", "message-id:", "received:", "return-path:", "content-type:")
_CUE_TIME = re.compile(
    r"[ \t]*(?P<a>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})[ \t]+-->[ \t]+"
    r"(?P<b>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:[ \t]+.*)?"
)
_ORG_KEYWORD = re.compile(r"(?im)^#\+(?:title|author|date|startup|options):")


def kind(text: str, suffix: str) -> str:
    """What a file holds: "email", "captions", "feed", "org", "html" (an EPUB chapter,
    ``.xhtml``) or ``""`` (read as readers 1-7 read its suffix)."""
    head = text.lstrip()[:3000]
    if suffix == ".xhtml":
        return "html"
    if suffix in (".vtt", ".srt") or head.startswith("WEBVTT"):
        return "captions"
    lines = head.split("\n")
    if len([ln for ln in lines[:400] if _CUE_TIME.fullmatch(ln)]) >= 2 and _CUE_TIME.fullmatch(
        next((ln for ln in lines[:3] if "-->" in ln), "")
    ):
        return "captions"
    if suffix in (".xml", ".atom", ".rss") or re.match(
        r"(?:<\?xml[^>]*>\s*)?<(?:feed|rss)\b", head
    ):
        return "feed" if re.search(r"<(?:feed|rss)\b", head) else ""
    if suffix == ".eml" or _mail_header(head):
        return "email"
    if suffix == ".org" or len(_ORG_KEYWORD.findall(head)) >= 1:
        return "org"
    return ""


def _mail_header(head: str) -> bool:
    """Whether ``head`` opens with an e-mail's own header (not a pasted From:/To: block):
    four header lines or more before the first blank line, "From:" and a transport field
    among them."""
    block = head.split("\n\n", 1)[0].split("\n")
    if len(block) < 4 or not all(_HEADER_LINE.fullmatch(line) for line in block):
        return False
    keys = {line.split(":", 1)[0].lower() + ":" for line in block if not line[:1].isspace()}
    return "from:" in keys and bool(keys & set(_MAIL_MARKS))


def convert(text: str, kind: str, reader: int = 8) -> tuple[str, dict[str, str], str]:
    """``text`` of a file of ``kind`` (:func:`kind`) as (the text to read, what it says of
    itself, "html" if the text is a page to read as one, "md" if Markdown, else "txt").
    Reader 9 also reads a WebVTT file's NOTE block (:func:`_caption_notes`)."""
    if kind == "email":
        return _email(text, reader)
    if kind == "captions":
        body, info, form = _captions(text, reader)
        if reader >= 9:
            info = {**info, **_caption_notes(text, info), **_caption_credits(body, info)}
            body = "\n\n".join(
                p for p in body.split("\n\n") if not _CREDIT_LINE.fullmatch(p.strip())
            )  # the credits: the outlet, no sentence
        return body, info, form
    if kind == "feed":
        return _feed(text, reader)
    if kind == "org":
        return _org(text)
    return text, {}, "html" if kind == "html" else "txt"


# -- e-mail ---------------------------------------------------------------------------


def _email(text: str, reader: int = 8) -> tuple[str, dict[str, str], str]:
    """An e-mail's text and what its headers say. Reader 15: a part sent as 8-bit text is
    read as the file's text holds it ("Mühlenweg", "·"), not decoded again (U+FFFD)."""
    message = message_from_string(text, policy=policy.default)
    info: dict[str, str] = {}
    subject = " ".join(str(message.get("Subject", "")).split())
    if subject:
        info["title"] = re.sub(r"^(?:(?:Re|Fwd?|AW|SV)\s*:\s*)+", "", subject, flags=re.I)
    name, _address = parseaddr(str(message.get("From", "")))
    writer, from_word, publication = name.partition(" from ")
    if from_word and person_name(writer.strip()):
        info["author"], info["outlet"] = writer.strip(), publication.strip()
    elif person_name(name.strip()):
        info["author"] = name.strip()
    elif name.strip():
        info["outlet"] = name.strip()
    try:
        day = parsedate_to_datetime(str(message.get("Date", "")))
        info["date"] = day.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    body, is_html = "", False
    if isinstance(message, EmailMessage):
        part = message.get_body(preferencelist=("html", "plain"))
        if part is not None:
            unencoded = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
            raw = part.get_payload(decode=False)
            try:
                if (
                    reader >= 15
                    and unencoded in ("7bit", "8bit", "binary")
                    and isinstance(raw, str)
                ):
                    body = raw  # the file's text as decoded when it was read
                else:
                    body = part.get_content()
            except (LookupError, ValueError):  # an unknown charset: bytes as UTF-8
                body = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
            is_html = part.get_content_type() == "text/html"
    if not isinstance(body, str):
        body = ""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not is_html:
        body = "\n".join(
            line for line in body.split("\n")
            if not re.match(r"\s*(?:View (?:this post|it) on the web|Unsubscribe)\b", line, re.I)
        )  # fmt: skip
    return body, info, "html" if is_html else "txt"


# -- captions -------------------------------------------------------------------------

_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>")
_LABEL = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}|[A-Z][A-Z .'’-]{1,30}):[ \t]+"
)
_SOUND = re.compile(r"[\[(][^\])]{1,60}[\])]\.?|♪.*")


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    return sum(float(p) * 60**i for i, p in enumerate(reversed(parts)))


def _captions(text: str, reader: int = 8) -> tuple[str, dict[str, str], str]:
    """Captions as turns: "Speaker: words of the cues in a row" paragraphs. Reader 9: a cue
    time with a mistyped millisecond field ("00:03:18,1000") is read, not its cue lost; a
    name caption (a cue all in italics shown with the next one: "<i>Ole Brandt, angler</i>")
    is a line of its own, not glued to the words under it, and starts a new turn."""
    cue_time = _CUE_TIME_9 if reader >= 9 else _CUE_TIME
    blocks = re.split(r"\n[ \t]*\n", text)
    info: dict[str, str] = {}
    first = text.lstrip().split("\n", 1)[0]
    if first.startswith("WEBVTT"):
        title = first[len("WEBVTT") :].strip(" \t-–—:")
        if title:
            info["title"] = title
    turns: list[list[str]] = []  # [speaker, words…]
    last_line = ""
    last_end = 0.0
    cut = False  # reader 9: the cue after a name caption starts a new turn
    timed = False  # a cue was read (reader 15: the first cue's lines are one turn)
    for n, block in enumerate(blocks):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        at = next((i for i, ln in enumerate(lines) if cue_time.fullmatch(ln)), None)
        if at is None:
            continue  # the header, a NOTE, a STYLE or REGION block
        timing = cue_time.fullmatch(lines[at])
        assert timing is not None
        start = _seconds(timing["a"])
        if reader >= 9 and _name_caption(lines[at + 1 :], timing, blocks[n + 1 : n + 2]):
            words = " ".join(html.unescape(_TAG.sub("", " ".join(lines[at + 1 :]))).split())
            turns.append(["", words])
            cut, last_line = True, words
            continue
        for raw in lines[at + 1 :]:
            voice = _VOICE.search(raw)
            line = " ".join(html.unescape(_TAG.sub("", raw)).split())
            speaker = voice[1].strip() if voice else ""
            label = _LABEL.match(line)
            if not speaker and label and len(line) > label.end():
                speaker, line = label["name"].strip(), line[label.end() :]
            dialogue = line.startswith(("- ", "– ", ">> "))
            line = line.lstrip("-–> ").strip()
            if not line or line == last_line or _SOUND.fullmatch(line):
                last_line = line or last_line
                continue  # a rolling caption's repeated line, a sound ("[applause]")
            last_line = line
            new_turn = (
                not turns
                or dialogue
                or (speaker and speaker != turns[-1][0])
                or (start - last_end >= 4.0 and (reader < 15 or timed))
                or cut
            )
            if cut:
                cut, dialogue = False, True  # a new turn, nobody's until a voice says
            if new_turn:
                turns.append([speaker or ("" if dialogue or not turns else turns[-1][0]), line])
            else:
                turns[-1].append(line)
        last_end = _seconds(timing["b"])
        timed = True  # reader 15: a pause is one after a cue, not the first cue's start time
    paragraphs = [
        (f"{turn[0]}: " if turn[0] else "") + " ".join(turn[1:]) for turn in turns if turn[1:]
    ]
    if "title" not in info and turns:  # no title of its own: its first words
        first = " ".join(turns[0][1:])
        info["title"] = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0][:90]
    return "\n\n".join(paragraphs) + "\n", info, "txt"


_CUE_TIME_9 = re.compile(
    r"[ \t]*(?P<a>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,4})[ \t]+-->[ \t]+"
    r"(?P<b>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,4})(?:[ \t]+.*)?"
)
"""Reader 9: a cue time, a mistyped four-digit millisecond field too ("00:03:18,1000")."""
_ITALIC_LINE = re.compile(r"[ \t]*(?:<i>|\{\\i1\})[^<{]{2,80}(?:</i>|\{\\i0\})[ \t]*")


def _name_caption(words: list[str], timing: re.Match[str], after: list[str]) -> bool:
    """Reader 9: whether a cue is a name caption: one or two lines all in italics, shown
    while the next cue (which starts before it ends) is on screen."""
    if not words or len(words) > 2 or not all(_ITALIC_LINE.fullmatch(w) for w in words):
        return False
    following = next(
        (m for ln in (after[0].split("\n") if after else []) if (m := _CUE_TIME_9.fullmatch(ln))),
        None,
    )
    return following is not None and _seconds(following["a"]) < _seconds(timing["b"])


_CREDIT_LINE = re.compile(
    r"(?:Subtitles|Captions|Subtitled|Captioned|Subtitling|Captioning)(?: by| provided by)?:?\s+"
    r"(?P<who>[^©\n]{2,80}?)\s*(?:©.*)?"
)
_SIGN_OFF = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<name>[^,.!?]{4,40}), (?P<show>[^,.!?]{2,60}), [^,.!?]{2,40}\.$"
)


def _caption_credits(body: str, info: dict[str, str]) -> dict[str, str]:
    """Reader 9: a report's credits: "Subtitles: Eskerland Regional TV" the outlet, and the
    reporter's sign-off closing it ("… Nils Ekdahl, Eskerland Tonight, Kesselby.") the
    author."""
    facts: dict[str, str] = {}
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    for para in paragraphs[-3:]:
        credit = _CREDIT_LINE.fullmatch(para)
        if credit and not info.get("outlet"):
            facts["outlet"] = credit["who"].strip()
    spoken = [p for p in paragraphs if not _CREDIT_LINE.fullmatch(p)]
    sign = _SIGN_OFF.search(spoken[-1]) if spoken else None
    if sign and person_name(sign["name"].strip()) and not info.get("author"):
        facts["author"] = sign["name"].strip()
    return facts


_NOTE_NOT_TITLE = re.compile(
    r"(?:Transcript|Transcribed|Captions?|Subtitles?|Generated|Recorded|Checked|Edited|"
    r"Copyright|©|\(c\)|https?://|Kind:|Language:)",
    re.I,
)
_SHOW_EPISODE = re.compile(r"(?P<show>.{2,60}?),?\s+(?:episode|ep\.?|#)\s*\d+\b", re.I)


def _caption_notes(text: str, info: dict[str, str]) -> dict[str, str]:
    """Reader 9: what a WebVTT file's NOTE blocks say of it: its first line that is no
    credit ("Lysa Voices, episode 14: \"Whose lake?\"") the title (quotes off), the show
    before "episode N" the outlet, a date in the notes ("Recorded 29 April 2027") the date.
    A title of the file's own ("WEBVTT - Title") stays."""
    notes: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [ln.strip() for ln in block.strip().split("\n") if ln.strip()]
        if lines and (lines[0] == "NOTE" or lines[0].startswith("NOTE ")):
            first = lines[0][len("NOTE") :].strip()
            notes += ([first] if first else []) + lines[1:]
    facts: dict[str, str] = {}
    own_title = text.lstrip().split("\n", 1)[0][len("WEBVTT") :].strip(" \t-–—:")
    title = next((ln for ln in notes if not _NOTE_NOT_TITLE.match(ln) and len(ln) <= 140), "")
    if title and not own_title:
        facts["title"] = re.sub(r"[\"“”]", "", title).strip()
        show = _SHOW_EPISODE.match(title)
        if show:
            facts["outlet"] = show["show"].strip()
    day = next((d for ln in notes if (d := any_date(ln))), "")
    if day:
        facts["date"] = day
    return facts


# -- feeds ----------------------------------------------------------------------------

_ATOM = "{http://www.w3.org/2005/Atom}"


def _feed(text: str, reader: int = 8) -> tuple[str, dict[str, str], str]:
    """A feed's newest entry (the first listed), as a page of its own. Reader 17: in a
    podcast's feed (iTunes tags, audio enclosures), also the episodes after it, each under
    its title, and the channel's ``itunes:author`` the author when the episode names none."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", text))
    except ET.ParseError:
        return text, {}, "txt"
    info: dict[str, str] = {}

    def find(node: ET.Element, *names: str) -> ET.Element | None:
        for name in names:
            got = node.find(name)
            if got is not None:
                return got
        return None

    def words(node: ET.Element | None) -> str:
        return " ".join("".join(node.itertext()).split()) if node is not None else ""

    if root.tag == f"{_ATOM}feed":
        entry = root.find(f"{_ATOM}entry")
        info["outlet"] = words(root.find(f"{_ATOM}title"))
        if entry is None:
            return "", info, "txt"
        info["title"] = words(entry.find(f"{_ATOM}title"))
        author = find(entry, f"{_ATOM}author/{_ATOM}name")
        if author is None:  # an Element with no children is false: compare with None
            author = find(root, f"{_ATOM}author/{_ATOM}name")
        info["author"] = words(author)
        day = words(find(entry, f"{_ATOM}published", f"{_ATOM}updated"))
        content = find(entry, f"{_ATOM}content", f"{_ATOM}summary")
        link = find(entry, f"{_ATOM}link[@rel='alternate']", f"{_ATOM}link")
        if link is not None and link.get("href"):
            info["url"] = link.get("href", "")
        body = ""
        if content is not None:
            if content.get("type") == "xhtml":
                body = "".join(ET.tostring(c, encoding="unicode") for c in content)
            else:
                body = content.text or ""
            is_html = content.get("type") in ("html", "xhtml")
        else:
            is_html = False
    else:
        channel = root.find("channel")
        item = channel.find("item") if channel is not None else None
        info["outlet"] = words(channel.find("title")) if channel is not None else ""
        if item is None:
            return "", info, "txt"
        info["title"] = words(item.find("title"))
        creator = find(item, "{http://purl.org/dc/elements/1.1/}creator", "author")
        info["author"] = re.sub(r"^\S+@\S+\s*\(([^)]*)\)$", r"\1", words(creator))
        day = words(item.find("pubDate")) or words(
            find(item, "{http://purl.org/dc/elements/1.1/}date")
        )
        content = find(item, "{http://purl.org/rss/1.0/modules/content/}encoded", "description")
        body = content.text or "" if content is not None else ""
        info["url"] = words(item.find("link"))
        is_html = True
        podcast = channel is not None and (
            "itunes.com/dtds" in text or channel.find("item/enclosure") is not None
        )
        if reader >= 17 and podcast:  # a podcast's feed, not a newsroom's (one story an item)
            if not info["author"]:
                info["author"] = words(
                    channel.find("{http://www.itunes.com/dtds/podcast-1.0.dtd}author")
                )
            for later in channel.findall("item")[1:]:
                notes = find(
                    later, "{http://purl.org/rss/1.0/modules/content/}encoded", "description"
                )
                if notes is not None and (notes.text or "").strip():
                    heading = html.escape(words(later.find("title")) or "Earlier episode")
                    body = f"{body.strip()}\n<h2>{heading}</h2>\n{notes.text.strip()}"
    iso = re.match(r"\d{4}-\d{2}-\d{2}", day)
    if iso:
        info["date"] = iso[0]
    else:
        try:
            info["date"] = parsedate_to_datetime(day).date().isoformat()
        except (TypeError, ValueError, IndexError):
            info["date"] = any_date(day)
    info = {k: v for k, v in info.items() if v}
    return body.strip() + "\n", info, "html" if is_html else "txt"


# -- Org mode -------------------------------------------------------------------------

_ORG_HEADLINE = re.compile(
    r"(?P<stars>\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|CANCELLED|CANCELED)[ \t]+)?"
    r"(?:\[#[A-C]\][ \t]+)?(?P<text>.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*"
)
_ORG_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]")
_ORG_EMPH = re.compile(r"(?<![\w*/=~+])([*/=~+])(?=\S)([^\n*/=~+]+?)(?<=\S)\1(?![\w*/=~+])")


def _org(text: str) -> tuple[str, dict[str, str], str]:
    """An Org mode note as Markdown: headlines as headings (a level lower: the title is
    the note's), keywords as metadata, no drawers, planning lines, comments or block
    markers; links as their description, emphasis as its words."""
    info: dict[str, str] = {}
    out: list[str] = []
    drawer = False
    block = ""
    for line in text.split("\n"):
        stripped = line.strip()
        keyword = re.fullmatch(r"#\+(\w+)(?::[ \t]*(.*))?", stripped)
        if drawer:
            drawer = not re.fullmatch(r":END:", stripped, re.I)
            continue
        if re.fullmatch(r":[\w-]+:", stripped):
            drawer = True  # :PROPERTIES: … :END:, :LOGBOOK: … :END:
            continue
        if keyword:
            key, value = keyword[1].lower(), (keyword[2] or "").strip()
            if key in ("title", "author", "date") and value:
                info.setdefault(key, value)
            elif key.startswith("begin_"):
                block = key[6:]  # a quote or verse is read, a source or example block is not
            elif key.startswith("end_"):
                block = ""
            continue
        if block in ("src", "example", "comment", "export"):
            continue
        if re.match(r"(?:SCHEDULED|DEADLINE|CLOSED):", stripped) or stripped.startswith("# "):
            continue
        headline = _ORG_HEADLINE.fullmatch(line) if line.startswith("*") else None
        if headline:
            level = min(len(headline["stars"]) + 1, 6)
            line = "#" * level + " " + headline["text"].strip()
        elif block in ("quote", "verse"):
            line = "> " + stripped if stripped else ">"
        else:
            line = stripped if re.match(r"[-+]\s|\d+[.)]\s", stripped) else line.strip()
        line = _ORG_LINK.sub(lambda m: m[2] or m[1], line)
        line = _ORG_EMPH.sub(r"\2", line)
        out.append(line)
    if info.get("date"):
        info["date"] = (re.search(r"\d{4}-\d{2}-\d{2}", info["date"]) or [""])[0] or any_date(
            info["date"]
        )
    body = "\n".join(out).strip()
    if info.get("title"):
        body = f"# {info['title']}\n\n{body}"
    return re.sub(r"\n{3,}", "\n\n", body) + "\n", {k: v for k, v in info.items() if v}, "md"
