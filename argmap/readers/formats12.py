"""Reader 12: more files that are no page and no plain text, read into one (:func:`convert`).

Each is known by what it holds (a file saved as ``.txt`` or ``.html`` too), as reader 8's
:mod:`argmap.readers.formats` knows its kinds:

- a mailbox (``.mbox``) or a list's digest: a thread, each message's sender its speaker
  (:mod:`argmap.readers.mbox`);
- a transcript from Whisper or WhisperX (``.json``: "segments" with "start", "end" and
  "text"; whisper.cpp's "transcription"): the segments' words joined into sentences, a
  paragraph at a pause (at each sentence's end when it has speakers), each "speaker" (WhisperX's "SPEAKER_00", to be named with
  ``argmap speaker``) the speaker of its turn; any other ``.json`` refused in one line
  that says what to do;
- a two-column article's text from ``pdftotext -layout`` (``.txt``): each zone of columns
  read left column, then right (:mod:`argmap.readers.columns`);
- a Logseq page (``.md``: "key:: value" properties, blocks as bullets): its page
  properties the title, author and date (``created::``, "Mar 12th, 2027"), a block's
  properties (``id::``, ``collapsed::``) and task markers (LATER, DONE) no text, a block
  reference ("((6550f1a2-…))") the referenced block's words (dropped when the block is on
  another page), "[[links]]" their words, a heading in a bullet ("- ## …") a heading, each
  block a paragraph;
- a page Word saved ("Save as Web Page, Filtered": ``<meta name=Generator content="Microsoft
  Word …">``): its ``MsoTitle`` paragraph the title (not the document property in
  ``<title>``), the byline under it ("Wexcombe Transport Workers' Association · Research
  Office · March 2027") the author and date, no sentence, and the Symbol-font bullets of its
  lists ("·") dropped;
- an Evernote export (``.enex``): its notes' ENML read as a page, the note's title, author
  and date (last updated, else created) its own, its to-do boxes and media no text; a note
  Evernote exported as HTML (``<meta name="exporter-version" content="Evernote …">``, or
  "created" and "updated" metas): its whole ``<title>`` (not cut at " - " into an outlet),
  its author and date.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html import escape, unescape
from pathlib import Path

from argmap.errors import ArgmapError
from argmap.readers import columns, mbox
from argmap.readers.csv16 import read_csv
from argmap.readers.dates import _MONTH_YEAR, _MONTHS, any_date, is_date_part

__all__ = ["convert", "kind"]

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def kind(text: str, suffix: str) -> str:
    """What a file holds, as reader 12 reads it: "mbox", "digest", "transcript-json"
    (every ``.json``: a transcript, or refused), "enex", "evernote-html", "word-html",
    "logseq", "columns" (a ``.txt`` of two columns side by side), or ``""``."""
    head = text.lstrip()[:3000]
    if suffix == ".csv":
        return "csv"  # reader 16 (a .csv is refused by readers 1-15 before this)
    if suffix == ".json":
        return "transcript-json"
    if suffix == ".enex" or re.match(
        r"(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<en-export\b", head
    ):
        return "enex"
    if suffix == ".mbox" or mbox.is_mbox(text):
        return "mbox"
    if suffix in (".txt", ".mbox") and mbox.is_digest(text):
        return "digest"
    if suffix in (".html", ".htm") and _is_evernote_page(head):
        return "evernote-html"
    if suffix in (".html", ".htm") and _WORD_PAGE.search(head):
        return "word-html"
    if suffix in (".md", ".markdown", ".txt") and _is_logseq(text):
        return "logseq"
    if suffix == ".txt" and re.search(r"\S {3,}\S", text) and columns.unfold(text):
        return "columns"
    return ""


def convert(
    text: str, kind: str, src: Path | str, reader: int = 12
) -> tuple[str, dict[str, str], str]:
    """``text`` of a file of ``kind`` (:func:`kind`) as (the text to read, what it says of
    itself, "html" if a page, "md" if Markdown, else "txt"); a one-line error naming
    ``src`` when it cannot be read. Reader 13: a Whisper transcript's title from its file's
    name, a Word page's subtitle part of its title."""
    if kind == "csv":
        return read_csv(text, src)
    if kind == "mbox":
        if not mbox.is_mbox(text):
            if mbox.is_digest(text):
                return mbox.read_digest(text)
            raise ArgmapError(
                f"{src}: not a mailbox (an mbox opens with a 'From ' line and a message's "
                "header); save one message as .eml or the thread's text as .txt"
            )
        return mbox.read_mbox(text)
    if kind == "digest":
        return mbox.read_digest(text)
    if kind == "transcript-json":
        read = _transcript_json(text, src)
        if reader >= 13 and (named := _title_from_name(src)):
            read[1]["title"] = named
            if day := re.search(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)", Path(src).stem):
                read[1].setdefault("date", day[0])  # "hearing-2027-03-04.json"
        return read
    if kind == "enex":
        return _enex(text, src)
    if kind == "logseq":
        return _logseq(text)
    if kind == "evernote-html":
        return text, _evernote_page(text), "html"
    if kind == "word-html":
        return _word_page(text, reader)
    if kind == "columns" and (unfolded := columns.unfold(text)):
        return unfolded[0], unfolded[1], "txt"
    return text, {}, "txt"


# -- Whisper and WhisperX ---------------------------------------------------------------

_JSON_HINT = (
    "argmap reads a .json file only as a Whisper or WhisperX transcript "
    '({"segments": [{"start", "end", "text"}, …]}); export the transcript as .vtt or .srt, '
    "or save its text as .txt"
)


def _segments(data: object) -> list[dict[str, object]] | None:
    """The timed segments of a transcript's JSON, or None if it is no transcript."""
    if isinstance(data, dict):
        if isinstance(data.get("segments"), list):
            data = data["segments"]
        elif isinstance(data.get("transcription"), list):  # whisper.cpp's -oj
            data = [
                {
                    "start": (_number((seg.get("offsets") or {}).get("from")) or 0) / 1000,
                    "end": (_number((seg.get("offsets") or {}).get("to")) or 0) / 1000,
                    "text": seg.get("text", ""),
                    **({"speaker": seg["speaker"]} if "speaker" in seg else {}),
                }
                for seg in data["transcription"]
                if isinstance(seg, dict)
            ]
        else:
            return None
    if not isinstance(data, list) or not data:
        return None
    if not all(isinstance(s, dict) and isinstance(s.get("text"), str) for s in data):
        return None
    return data


def _transcript_json(text: str, src: Path | str) -> tuple[str, dict[str, str], str]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise ArgmapError(
            f"{src}: not valid JSON at line {err.lineno}, column {err.colno} ({err.msg}); "
            + _JSON_HINT
        ) from None
    segments = _segments(data)
    if segments is None:
        raise ArgmapError(f"{src}: not a transcript; {_JSON_HINT}")

    def speaker(seg: dict[str, object]) -> str:
        raw = seg.get("speaker")
        return " ".join(raw.split()) if isinstance(raw, str) else ""  # "SPEAKER_00"

    diarised = any(speaker(s) for s in segments)
    paragraphs: list[list[str]] = []  # [speaker, words…]
    last_end: float | None = None
    for seg in segments:
        words = " ".join(str(seg["text"]).split())
        if not words:
            continue
        who = speaker(seg) if diarised else ""
        start = _number(seg.get("start"))
        pause = last_end is not None and start is not None and start - last_end >= 2.0
        ended = bool(paragraphs) and bool(_SENTENCE_END.search(paragraphs[-1][-1]))
        if (
            not paragraphs
            or (who and who != paragraphs[-1][0])
            or (ended and (pause or diarised))  # a voice's sentences: each segment labelled
        ):
            paragraphs.append([who or (paragraphs[-1][0] if paragraphs else ""), words])
        else:
            paragraphs[-1].append(words)
        last_end = _number(seg.get("end"))
    out: list[str] = []
    for who, *words in paragraphs:  # each paragraph labelled: one voice is a speaker too
        out.append((f"{who}: " if who else "") + " ".join(words))
    info: dict[str, str] = {}
    if paragraphs:
        first = " ".join(paragraphs[0][1:])
        info["title"] = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0][:90]
    return "\n\n".join(out) + "\n", info, "txt"


def _title_from_name(src: Path | str) -> str:
    """Reader 13: a title from a file's name ("council_meeting-2027-03-04.json" gives
    "Council meeting 2027-03-04"), or ``""`` when the name has fewer than two words."""
    stem = re.sub(r"[_\s]+|(?<=[^\W\d_])-(?=[^\W\d_])|(?<=[^\W\d_])-(?=\d)", " ", Path(src).stem)
    stem = " ".join(stem.split())
    if len(re.findall(r"[^\W\d_]{2,}", stem)) < 2:
        return ""
    return stem[:1].upper() + stem[1:]


def _number(value: object) -> float | None:
    """``value`` if it is a number (a segment's time), else None."""
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) if ok else None


# -- Evernote ---------------------------------------------------------------------------


def _enex_date(stamp: str) -> str:
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})T\d{6}Z?", stamp.strip())
    return f"{m[1]}-{m[2]}-{m[3]}" if m else ""


def _enex(text: str, src: Path | str) -> tuple[str, dict[str, str], str]:
    try:
        root = ET.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    except ET.ParseError as err:
        line, column = err.position
        raise ArgmapError(
            f"{src}: not a readable Evernote export (broken XML at line {line}, column "
            f"{column + 1}); export the note again, or as HTML"
        ) from None
    notes = root.findall("note") if root.tag == "en-export" else []
    if not notes:
        raise ArgmapError(f"{src}: an Evernote export with no note in it; export the note again")
    info: dict[str, str] = {}
    bodies: list[str] = []
    for note in notes:
        title = " ".join((note.findtext("title") or "").split())
        author = " ".join((note.findtext("note-attributes/author") or "").split())
        day = _enex_date(note.findtext("updated") or "") or _enex_date(
            note.findtext("created") or ""
        )
        if not info:
            info = {k: v for k, v in (("title", title), ("author", author), ("date", day)) if v}
        content = note.findtext("content") or ""
        content = re.sub(r"^\s*<\?xml[^>]*\?>\s*(?:<!DOCTYPE[^>]*>\s*)?", "", content)
        content = re.sub(r"<en-todo\b[^>]*/?>(?:</en-todo>)?", "", content)
        content = re.sub(r"<en-media\b[^>]*/?>(?:</en-media>)?|<en-crypt\b.*?</en-crypt>", "",
                         content, flags=re.S)  # fmt: skip
        content = re.sub(r"<(/?)en-note\b[^>]*>", r"<\1div>", content)
        heading = f"<h2>{escape(title)}</h2>\n" if len(notes) > 1 and title else ""
        bodies.append(f"<section>{heading}{content}</section>")
    notes = "".join(bodies)
    page = f"<!DOCTYPE html>\n<html><head></head><body><article>{notes}</article></body></html>\n"
    return page, info, "html"


# -- Logseq ---------------------------------------------------------------------------

_PROPERTY = re.compile(r"[ \t]*(?:- )?(?P<key>[A-Za-z][\w-]{0,30}):: ?(?P<value>.*)")
_BLOCK = re.compile(r"(?P<indent>[ \t]*)- (?P<text>.*)")
_BLOCK_REF = re.compile(r"\(\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)")
_TASK = re.compile(r"(?:LATER|NOW|TODO|DOING|DONE|WAIT|WAITING|CANCELED|CANCELLED|IN-PROGRESS)\s+")
_LOGSEQ_KEYS = frozenset(["title", "alias", "tags", "type", "author", "created", "collapsed", "id"])


def _is_logseq(text: str) -> bool:
    """Whether ``text`` is a Logseq page: its first line a page property of Logseq's
    ("title:: …", "tags:: …"), or blocks as bullets with "id::" or "collapsed::" lines."""
    lines = text.lstrip("\n").split("\n")
    first = _PROPERTY.fullmatch(lines[0]) if lines else None
    if first and first["key"].lower() in _LOGSEQ_KEYS:
        return True
    bullets = sum(1 for ln in lines if _BLOCK.fullmatch(ln))
    marks = sum(1 for ln in lines if re.match(r"[ \t]+(?:id|collapsed):: ", ln))
    return bullets >= 3 and marks >= 1


def _logseq(text: str) -> tuple[str, dict[str, str], str]:
    lines = text.split("\n")
    info: dict[str, str] = {}
    at = 0
    while at < len(lines) and (not lines[at].strip() or _PROPERTY.fullmatch(lines[at])):
        prop = _PROPERTY.fullmatch(lines[at])
        if prop:
            key, value = prop["key"].lower(), prop["value"].strip()
            if key == "title" and value:
                info.setdefault("title", value)
            elif key in ("author", "authors") and value:
                info.setdefault("author", re.sub(r"\[\[([^\]]+)\]\]", r"\1", value))
            elif key in ("created", "date", "created-at", "published") and value:
                day = any_date(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value.strip("[]")))
                if day:
                    info.setdefault("date", day)
        at += 1
    blocks: list[list[str]] = []  # each block's lines, properties apart
    ids: dict[str, str] = {}
    for line in lines[at:]:
        prop = _PROPERTY.fullmatch(line)
        block = _BLOCK.fullmatch(line)
        if prop and not (block and not block["text"].strip().endswith("::")):
            if prop["key"].lower() == "id" and blocks:
                ids[prop["value"].strip()] = " ".join(blocks[-1])
            continue
        if block:
            blocks.append([block["text"].strip()])
        elif line.strip() and blocks:
            blocks[-1].append(line.strip())
        elif line.strip():
            blocks.append([line.strip()])

    def resolve(m: re.Match[str]) -> str:
        words = _TASK.sub("", ids.get(m[1], "")).strip()
        rest = m.string[m.end() :].lstrip()
        if words and rest[:1] and not rest[:1].isupper():
            words = words.rstrip(".")
        return words

    out: list[str] = []
    for block in blocks:
        words = " ".join(block)
        words = _TASK.sub("", words, count=1) if _TASK.match(words) else words
        words = _BLOCK_REF.sub(resolve, words)
        words = re.sub(r"#?\[\[([^\]]+)\]\]", r"\1", words)
        words = " ".join(words.split())
        if words:
            out.append(words)
    return "\n\n".join(out) + "\n", info, "md"


# -- Evernote's HTML export ------------------------------------------------------------

_META = re.compile(
    r"""<meta\s+name=["'](?P<name>[\w-]+)["']\s+content=["'](?P<content>[^"']*)["']""", re.I
)


def _is_evernote_page(head: str) -> bool:
    names = {m["name"].lower(): m["content"] for m in _META.finditer(head)}
    return names.get("exporter-version", "").startswith("Evernote") or (
        "created" in names and "updated" in names
    )


def _evernote_page(page: str) -> dict[str, str]:
    """A note Evernote exported as HTML: what its head says of it."""
    names = {m["name"].lower(): unescape(m["content"]) for m in _META.finditer(page[:5000])}
    info: dict[str, str] = {}
    title = re.search(r"<title>(?P<title>.*?)</title>", page[:5000], re.I | re.S)
    if title and _words_of(title["title"]):
        info["title"] = _words_of(title["title"])
        info["outlet"] = ""  # a note has none: no part of its title cut off as one
    if names.get("author", "").strip():
        info["author"] = " ".join(names["author"].split())
    for key in ("updated", "created"):
        stamp = names.get(key, "").strip()
        day = _enex_date(stamp) or (stamp[:10] if re.match(r"\d{4}-\d{2}-\d{2}\b", stamp) else "")
        if day:
            info["date"] = day
            break
    return info


# -- Word's web pages -------------------------------------------------------------------

_WORD_PAGE = re.compile(r"""<meta\s+name=["']?Generator["']?\s+content=["']?Microsoft Word""", re.I)
_LIST_BULLET = re.compile(
    r"""<!\[if !supportLists\]>.*?<!\[endif\]>"""
    r"""|<span[^>]*font-family:\s*["']?(?:Symbol|Wingdings|Courier New)["']?[^>]*>\s*"""
    r"""(?:\u00b7|&middot;|&#183;|\uf0b7|&#61623;|&#xf0b7;|\u00a7|&#167;|&sect;"""
    r"""|\u00d8|\u00fc|o|\u2022|-)\s*"""
    r"""(?:<span[^>]*>(?:&nbsp;|\s)*</span>)?\s*</span>""",
    re.I | re.S,
)
_WORD_PARAGRAPH = re.compile(r"<p\b(?P<attrs>[^>]*)>(?P<inner>.*?)</p>", re.I | re.S)
_WORD_CLASS = re.compile(r"""class=["']?(?P<name>[\w-]+)""", re.I)


def _words_of(markup: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", markup)).replace("\u00a0", " ").split())


_BOLD_PARAGRAPH_13 = re.compile(r"<b>(?:(?!</?b>).)*</b>", re.S | re.I)
"""Reader 13: a paragraph that is all bold (a subtitle typed as bold text under the title)."""


def _word_page(text: str, reader: int = 12) -> tuple[str, dict[str, str], str]:
    page = _LIST_BULLET.sub("", text)
    info: dict[str, str] = {}
    paragraphs = list(_WORD_PARAGRAPH.finditer(page))
    title_at = next(
        (
            n
            for n, m in enumerate(paragraphs)
            if (c := _WORD_CLASS.search(m["attrs"])) and c["name"].lower().startswith("msotitle")
        ),
        None,
    )
    if title_at is None:
        return page, info, "html"
    title = _words_of(paragraphs[title_at]["inner"])
    for m in paragraphs[title_at + 1 :]:  # a title Word spread over paragraphs (MsoTitleCxSp…)
        c = _WORD_CLASS.search(m["attrs"])
        if not c or not c["name"].lower().startswith("msotitlecxsp"):
            break
        title = f"{title} {_words_of(m['inner'])}".strip()
    if title:
        info["title"] = title
    cut: list[re.Match[str]] = []  # reader 13: the subtitle, read into the title
    for m in paragraphs[title_at + 1 : title_at + 5]:
        c = _WORD_CLASS.search(m["attrs"])
        bold = reader >= 13 and not cut and _BOLD_PARAGRAPH_13.fullmatch(m["inner"].strip())
        if reader >= 13 and ((c and c["name"].lower().startswith("msosubtitle")) or bold):
            subtitle = _words_of(m["inner"])
            if subtitle and title and not subtitle.endswith((".", "!", "?", ":")):
                joint = " — " if ":" in subtitle else ": "
                info["title"] = f"{info.get('title', title)}{joint}{subtitle}"
                cut.append(m)
                continue
        if reader >= 13 and not _words_of(m["inner"]):
            continue
        if c and c["name"].lower().startswith(("msosubtitle", "msotitle")):
            continue  # the subtitle (a sentence of its own), the title's other lines
        line = _words_of(m["inner"])
        if not line:
            continue  # an empty paragraph (Word's spacing)
        parts = [p.strip() for p in re.split(r"\s[\u00b7|\u2022]\s|\s[\u2013\u2014]\s", line)]
        if (
            not line
            or len(line.split()) > 25
            or line.endswith((".", "!", "?", ":"))
            or (len(parts) < 2 and not line.startswith("By "))
        ):
            break
        author = re.sub(r"^By\s+", "", parts[0])
        if author and not is_date_part(author):
            info["author"] = author
        for part in parts[1:]:
            month = _MONTH_YEAR.fullmatch(part)
            day = any_date(part) or (
                f"{int(month[2]):04d}-{_MONTHS[month[1]]:02d}" if month else ""
            )
            if day:
                info["date"] = day
                break
        cut.append(m)  # the byline: metadata, no sentence
        break
    for m in sorted(cut, key=lambda m: m.start(), reverse=True):
        page = page[: m.start()] + page[m.end() :]
    return page, info, "html"
