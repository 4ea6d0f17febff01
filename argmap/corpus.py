"""Reading source texts and splitting them into sentences, offline.

Segmentation uses nltk's Punkt with a hand-given abbreviation set and no orthographic
context (no ``nltk.download``, no training): text is cut into blocks at line breaks
(soft-wrapped lines of hard-wrapped Markdown are joined first), list markers are cut off,
Punkt splits each block, and punctuation-only fragments are glued back.
"""

from __future__ import annotations

import hashlib
import html
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from argmap.errors import ArgmapError
from argmap.model import Sentence

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

SOURCE_SUFFIXES = (".txt", ".md", ".markdown")
IMPORT_SUFFIXES = (*SOURCE_SUFFIXES, ".html", ".htm")

HAND_ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "u.s.s.r",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "cf",
        "al",
        "ca",
        "approx",
        "viz",
        "ibid",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "adm",
        "sgt",
        "sen",
        "rep",
        "gov",
        "pres",
        "amb",
        "hon",
        "rev",
        "inc",
        "ltd",
        "co",
        "corp",
        "no",
        "nos",
        "vol",
        "pp",
        "p",
        "fig",
        "ed",
        "eds",
        "art",
        "para",
        "sec",
        "ch",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Words that start a new sentence even right after an abbreviation ("... the U.S. The ...");
# "and"/"or" are kept out on purpose: "the U.S. Or destabilizing" occurs mid-sentence.
SENTENCE_STARTERS = frozenset(
    [
        "the",
        "this",
        "these",
        "those",
        "however",
        "moreover",
        "therefore",
        "meanwhile",
        "nevertheless",
        "yet",
        "but",
        "we",
        "they",
        "it",
        "there",
    ]
)
LIST_MARKER = re.compile(
    r"[ \t\u00a0]*(?:[•\u2022\u25aa\u25cf\u2023\u2043*](?=\s)|#{1,6}(?=\s)|[-–](?=\s)|\(?\d{1,3}[.)](?=\s)"
    r"|\(?[a-z]\)(?=\s)|[a-z]\.(?=\s))[ \t\u00a0]*"
)
_DASH_MARKER = re.compile(r"[ \t\u00a0]*[-–]\s")
_HAS_WORD = re.compile(r"[^\W_]")
_LINE = re.compile(r"[^\n]+")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so that offsets do not depend on the platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_source(data: bytes, path: Path | str, encoding: str = "utf-8") -> str:
    """Decode a source file, raising a one-line error naming the file and byte offset."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise ArgmapError(
            f"{path}: not valid {encoding} at byte {err.start} "
            f"(0x{data[err.start]:02x}); re-save it as UTF-8 or pass --encoding"
        ) from None
    except LookupError:
        raise ArgmapError(f"{path}: unknown encoding {encoding!r}") from None
    return normalise_newlines(text.removeprefix("\ufeff"))


def read_source_text(path: Path) -> str:
    """Read a stored source as UTF-8 text with normalised newlines."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArgmapError(f"{path}: source file is missing") from None
    except OSError as err:
        raise ArgmapError(f"{path}: cannot read ({err.strerror})") from None
    return decode_source(data, path)


def text_sha256(text: str) -> str:
    """The fingerprint that annotations record of the text they were anchored in."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- segmentation


def _import_punkt() -> ModuleType:
    """nltk's Punkt module without running ``nltk/__init__.py``.

    ``import nltk`` imports nearly all of nltk, scipy.stats among it: 2-3 s, against
    ~0.1 s for Punkt and the few modules it needs. While Punkt loads, empty stand-ins for
    the ``nltk`` and ``nltk.tokenize`` packages sit in ``sys.modules``; they are removed
    afterwards, so a later ``import nltk`` (agreement uses nltk.metrics) runs the real
    package and finds the modules loaded here already in place.
    """
    import importlib
    import importlib.util
    import sys
    import types

    if "nltk.tokenize.punkt" in sys.modules:
        return sys.modules["nltk.tokenize.punkt"]
    spec = importlib.util.find_spec("nltk") if "nltk" not in sys.modules else None
    stand_ins: dict[str, ModuleType] = {}
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        for name, directory in (("nltk", root), ("nltk.tokenize", root / "tokenize")):
            module = types.ModuleType(name)
            module.__path__ = [str(directory)]
            stand_ins[name] = sys.modules[name] = module
    try:
        return importlib.import_module("nltk.tokenize.punkt")
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    punkt = _import_punkt()
    params = punkt.PunktParameters()
    params.abbrev_types = set(HAND_ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    return punkt.PunktSentenceTokenizer(params)


def _is_hard_wrapped(lines: list[str]) -> tuple[bool, int]:
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 5:
        return False, 0
    p90 = lengths[int(0.9 * (len(lengths) - 1))]
    return p90 <= 100, p90


def _blocks(text: str) -> list[tuple[int, int]]:
    """Spans of text to segment independently: lines, or paragraphs of soft-wrapped lines."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    wrapped, width = _is_hard_wrapped([text[s:e] for s, e in lines])
    if not wrapped:
        return lines
    blocks: list[tuple[int, int]] = []
    prev: tuple[int, int] | None = None
    for s, e in lines:
        line = text[s:e]
        continues = (
            prev is not None
            and prev[1] == s - 1  # no blank line in between
            and prev[1] - prev[0] >= 0.6 * width
            and not LIST_MARKER.match(line)
            and not line.lstrip().startswith("#")
        )
        if continues:
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
        prev = (s, e)
    return blocks


def _marker_end(text: str, start: int, end: int, after_marker_or_blank: bool) -> int:
    line = text[start:end]
    m = LIST_MARKER.match(line)
    if not m or m.end() >= len(line):
        return 0
    # "-"/"–" count as bullets only where a list can start: not inside running text.
    if _DASH_MARKER.match(line) and not after_marker_or_blank:
        return 0
    return m.end()


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, deterministic and offline."""
    tokenizer = _tokenizer()
    spans: list[tuple[int, int]] = []
    prev_block_end = -2
    prev_was_marker = True
    for start, end in _blocks(text):
        blank_before = start == 0 or text[prev_block_end:start].count("\n") >= 2
        offset = _marker_end(text, start, end, blank_before or prev_was_marker)
        prev_was_marker = offset > 0
        body_start = start + offset
        body = text[body_start:end]
        for s, e in tokenizer.span_tokenize(body):
            spans.append((body_start + s, body_start + e))
        prev_block_end = end
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and not _HAS_WORD.search(text, s, e) and "\n" not in text[merged[-1][1] : s]:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def sentence_id(index: int) -> str:
    """The stable id of the ``index``-th sentence (0-based) of a source."""
    return f"s{index + 1:04d}"


# Bump when segmentation changes, so that cached spans computed by older code are not reused.
SEGMENTER_VERSION = 2


def sentences(text: str, cache_dir: Path | None = None) -> list[Sentence]:
    """The sentences of ``text`` with stable ids, offsets and whitespace-collapsed text.

    With ``cache_dir``, spans are kept in ``<cache_dir>/<sha256>-v<N>.json`` so that an
    unchanged source is not segmented again (and nltk, slow to import, is not loaded).
    """
    spans = _cached_spans(text, cache_dir) if cache_dir is not None else None
    if spans is None:
        spans = segment(text)
        if cache_dir is not None:
            _store_spans(text, cache_dir, spans)
    return [
        Sentence(id=sentence_id(i), index=i, start=s, end=e, text=" ".join(text[s:e].split()))
        for i, (s, e) in enumerate(spans)
    ]


def _cache_file(text: str, cache_dir: Path) -> Path:
    return cache_dir / f"{text_sha256(text)}-v{SEGMENTER_VERSION}.json"


def _cached_spans(text: str, cache_dir: Path) -> list[tuple[int, int]] | None:
    import json

    try:
        raw = json.loads(_cache_file(text, cache_dir).read_text(encoding="utf-8"))
        spans = [(int(s), int(e)) for s, e in raw]
    except (OSError, ValueError, TypeError):
        return None  # no cache, or a damaged one: segment again
    if any(not 0 <= s < e <= len(text) for s, e in spans):
        return None
    return spans


def _store_spans(text: str, cache_dir: Path, spans: list[tuple[int, int]]) -> None:
    import json
    import os
    import tempfile

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(spans, handle, separators=(",", ":"))
        os.replace(tmp, _cache_file(text, cache_dir))
    except OSError:
        pass  # a cache that cannot be written only costs time


# --------------------------------------------------------------------------- importing


class _HTMLText(HTMLParser):
    """Collects readable text of an HTML page, one block element per line."""

    BLOCK = frozenset(
        [
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "br",
            "tr",
            "blockquote",
            "section",
            "article",
            "header",
            "footer",
            "pre",
            "figcaption",
            "dt",
            "dd",
        ]
    )
    SKIP = frozenset(["script", "style", "noscript", "template", "svg", "nav"])

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = a.get("name") or a.get("property") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> tuple[str, dict[str, str]]:
    """Readable text of an HTML page (one paragraph per line) and what its head tells."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    paragraphs = "\n\n".join(line for line in lines if line)
    info = {"title": html.unescape(" ".join(parser.title.split()))}
    for key, field in (
        ("author", "author"),
        ("article:author", "author"),
        ("og:site_name", "outlet"),
        ("article:published_time", "date"),
        ("date", "date"),
        ("og:url", "url"),
    ):
        if key in parser.meta and not info.get(field):
            info[field] = parser.meta[key]
    return paragraphs + "\n", info


_DATE_PATTERNS = (
    re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
    re.compile(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|"
        r"December) (\d{1,2}), (\d{4})\b"
    ),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ]
    )
}


def guess_date(text: str) -> str:
    """An ISO date found near the top of a text, or ``""``."""
    head = text[:1500]
    for i, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.search(head)
        if not m:
            continue
        if i == 0:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
        elif i == 1:
            day, month, year = int(m[2]), _MONTHS[m[1]], int(m[3])
        else:
            year, month, day = int(m[1]), int(m[2]), int(m[3])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def guess_title(text: str) -> str:
    """The first non-empty line of a text, without Markdown heading marks."""
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:200]
    return ""


_BYLINE = re.compile(r"^\s*(?:By|Author:)\s+([A-Z][^\n,]{2,80})", re.MULTILINE)


def guess_author(text: str) -> str:
    """An author named on a "By ..." line near the top of a text, or ``""``."""
    m = _BYLINE.search(text[:2000])
    return m[1].strip() if m else ""
