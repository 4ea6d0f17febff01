"""Reader 12: more files that are no page and no plain text, read into one (:func:`convert`).

Each is known by what it holds (a file saved as ``.txt`` or ``.html`` too), as reader 8's
:mod:`argmap.readers.formats` knows its kinds:

- a mailbox (``.mbox``) or a list's digest: a thread, each message's sender its speaker
  (:mod:`argmap.readers.mbox`);
- a transcript from Whisper or WhisperX (``.json``: "segments" with "start", "end" and
  "text"; whisper.cpp's "transcription"): the segments' words joined into sentences, a
  paragraph at a pause, each "speaker" (WhisperX's "SPEAKER_00", to be named with
  ``argmap speaker``) the speaker of its turn; any other ``.json`` refused in one line that says what to do;
- a two-column article's text from ``pdftotext -layout`` (``.txt``): each zone of columns
  read left column, then right (:mod:`argmap.readers.columns`);
- an Evernote export (``.enex``): its notes' ENML read as a page, the note's title, author
  and date (last updated, else created) its own, its to-do boxes and media no text.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html import escape
from pathlib import Path

from argmap.errors import ArgmapError
from argmap.readers import columns, mbox

__all__ = ["convert", "kind"]

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def kind(text: str, suffix: str) -> str:
    """What a file holds, as reader 12 reads it: "mbox", "digest", "transcript-json"
    (every ``.json``: a transcript, or refused), "enex", "columns" (a ``.txt`` of two
    columns side by side), or ``""``."""
    head = text.lstrip()[:3000]
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
    if suffix == ".txt" and re.search(r"\S {3,}\S", text) and columns.unfold(text):
        return "columns"
    return ""


def convert(text: str, kind: str, src: Path | str) -> tuple[str, dict[str, str], str]:
    """``text`` of a file of ``kind`` (:func:`kind`) as (the text to read, what it says of
    itself, "html" if a page, else "txt"); a one-line error naming ``src`` when it cannot
    be read."""
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
        return _transcript_json(text, src)
    if kind == "enex":
        return _enex(text, src)
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
                    "start": (seg.get("offsets") or {}).get("from", 0) / 1000,
                    "end": (seg.get("offsets") or {}).get("to", 0) / 1000,
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
            f"{src}: not valid JSON at line {err.lineno}, column {err.colno} ({err.msg})"
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
        if not paragraphs or (who and who != paragraphs[-1][0]) or (pause and ended):
            paragraphs.append([who or (paragraphs[-1][0] if paragraphs else ""), words])
        else:
            paragraphs[-1].append(words)
        last_end = _number(seg.get("end"))
    out: list[str] = []
    for n, (who, *words) in enumerate(paragraphs):
        label = who and (n == 0 or paragraphs[n - 1][0] != who)
        out.append((f"{who}: " if label else "") + " ".join(words))
    info: dict[str, str] = {}
    if paragraphs:
        first = " ".join(paragraphs[0][1:])
        info["title"] = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0][:90]
    return "\n\n".join(out) + "\n", info, "txt"


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


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
    page = f"<!DOCTYPE html>\n<html><head></head><body><article>{''.join(bodies)}</article></body></html>\n"
    return page, info, "html"
