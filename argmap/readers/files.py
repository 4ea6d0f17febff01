"""Source files: which suffixes are read, decoding, newlines and a text's fingerprint."""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from argmap.errors import ArgmapError

SOURCE_SUFFIXES = (".txt", ".md", ".markdown")
FORMAT_SUFFIXES = (".eml", ".vtt", ".srt", ".xml", ".atom", ".rss", ".org", ".xhtml")
"""Files reader 8 reads that readers 1-7 do not (:mod:`argmap.readers.formats`): an e-mail,
captions, a feed, an Org mode note, an EPUB chapter."""
EXPORT_SUFFIXES = (".mbox", ".json", ".enex")
"""Exports reader 12 reads that readers 1-11 do not (:mod:`argmap.readers.formats12`): a
mailbox, a Whisper or WhisperX transcript, an Evernote note."""
OFFICE_SUFFIXES = (".docx", ".odt", ".mhtml", ".mht", ".rtf")
"""Files reader 9 reads from their bytes (:mod:`argmap.readers.office`): Word, OpenDocument,
a web page saved as one file, rich text."""
NOTEBOOK_SUFFIXES = (".ipynb",)
"""Files reader 10 reads from their bytes (:mod:`argmap.readers.notebook`): a Jupyter notebook."""
MARKUP_TEXT_SUFFIXES = (".rst", ".adoc")
"""Texts in a light markup reader 11 reads as the Markdown they mean
(:mod:`argmap.readers.markup_text`): reStructuredText, AsciiDoc."""
LATEX_SUFFIXES = (".tex",)
"""LaTeX sources reader 12 reads as the Markdown they mean (:func:`argmap.readers.markup_text.latex`)."""
SHEET_SUFFIXES = (".csv",)
"""Spreadsheets reader 16 reads (:mod:`argmap.readers.csv16`): a CSV export, one row a
respondent."""
IMPORT_SUFFIXES = (
    *SOURCE_SUFFIXES,
    ".html",
    ".htm",
    *FORMAT_SUFFIXES,
    *EXPORT_SUFFIXES,
    *OFFICE_SUFFIXES,
    *NOTEBOOK_SUFFIXES,
    *MARKUP_TEXT_SUFFIXES,
    *LATEX_SUFFIXES,
    *SHEET_SUFFIXES,
)


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


_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*(?P<meta>[\w.:-]+)|"""
    rb"""<\?xml[^>]+encoding\s*=\s*["'](?P<xml>[\w.:-]+)""",
    re.IGNORECASE,
)
# Labels that browsers read as windows-1252 (the WHATWG Encoding Standard)
_AS_WINDOWS_1252 = frozenset(["iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii",
                              "us-ascii", "cp1252", "windows-1252", "x-cp1252"])  # fmt: skip


def page_encoding(data: bytes, encoding: str = "utf-8") -> str:
    """The encoding to read an HTML page with (reader 6): ``encoding`` if the page is valid
    in it or if it is not UTF-8 (the user chose it), else the charset the page declares in
    its first 2,048 bytes (``<meta charset>``, ``http-equiv``, an XML declaration), read as
    a browser reads it (ISO-8859-1 as windows-1252)."""
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return encoding
    try:
        data.decode("utf-8")
        return encoding
    except UnicodeDecodeError:
        pass
    m = _DECLARED.search(data[:2048])
    if not m:
        return encoding
    declared = (m["meta"] or m["xml"]).decode("ascii", "replace").lower()
    if declared in _AS_WINDOWS_1252:
        return "windows-1252"
    try:
        codecs.lookup(declared)
    except LookupError:
        return encoding
    return declared


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
