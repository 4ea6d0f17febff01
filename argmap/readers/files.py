"""Source files: which suffixes are read, decoding, newlines and a text's fingerprint."""

from __future__ import annotations

import hashlib
from pathlib import Path

from argmap.errors import ArgmapError

SOURCE_SUFFIXES = (".txt", ".md", ".markdown")
IMPORT_SUFFIXES = (*SOURCE_SUFFIXES, ".html", ".htm")


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
