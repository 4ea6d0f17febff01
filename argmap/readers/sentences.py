"""A source's sentences: stable ids, offsets, the text they read as, their speaker, and a
cache of spans per text and reader (:func:`sentences`, :func:`sentence_rows`)."""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import NamedTuple

from argmap.model import Sentence
from argmap.readers.files import text_sha256
from argmap.readers.plain import _STRAY_EMPHASIS, markdown_plain
from argmap.readers.versions import RECORDED_READER

# ``layout`` (its patterns compiled on import: ~0.05 s) and ``segment`` are imported where
# a text is read: a command that only needs a cached sentence's span (``argmap annotate
# SOURCE --sentence ID``, ``cached_spans``) imports neither.


def sentence_id(index: int) -> str:
    """The stable id of the ``index``-th sentence (0-based) of a source."""
    return f"s{index + 1:04d}"


# Bump when segmentation changes, so that cached spans computed by older code are not reused.
SEGMENTER_VERSION = 4


class SentenceRow(NamedTuple):
    """A sentence as :class:`Sentence` holds it, as a plain tuple: about a sixth of the
    model's memory, for code that reads every sentence of many sources at once (the
    suggestions read 100,000 and more)."""

    id: str
    index: int
    start: int
    end: int
    text: str
    speaker: str = ""


#: Sentence ids by index, shared by every source's rows.
_IDS: list[str] = []


def _ids(n: int) -> list[str]:
    """``sentence_id(i)`` for i < n (the same string objects for every source)."""
    while len(_IDS) < n:
        _IDS.append(sentence_id(len(_IDS)))
    return _IDS


def sentence_rows(
    text: str,
    cache_dir: Path | None = None,
    *,
    markdown: bool = False,
    reader: int | None = None,
) -> list[SentenceRow]:
    """What :func:`sentences` gives, as :class:`SentenceRow` tuples."""
    spans = _cached_spans(text, cache_dir, reader) if cache_dir is not None else None
    if spans is None:
        from argmap.readers.segment import segment

        spans = segment(text, reader)
        if cache_dir is not None:
            _store_spans(text, cache_dir, spans, reader)
    ids = _ids(len(spans))
    if reader is not None and reader >= RECORDED_READER:
        return _rows_read(text, spans, ids, markdown, reader)
    out = []
    for i, (s, e) in enumerate(spans):
        raw = text[s:e]
        shown = " ".join(markdown_plain(raw).split()) if markdown else ""
        shown = _STRAY_EMPHASIS.sub("", shown) if markdown else ""
        out.append(SentenceRow(ids[i], i, s, e, shown or " ".join(raw.split())))
    return out


def _rows_read(
    text: str, spans: list[tuple[int, int]], ids: list[str], markdown: bool, reader: int = 3
) -> list[SentenceRow]:
    """Rows of a source read by reader 3 or later: table rows read as their cells, and each
    sentence of a transcript knows its speaker."""
    from argmap.readers.layout import TIMESTAMP, text_layout

    layout = text_layout(text, reader)
    turns = [at for at, _ in layout.speakers]
    rows = set(layout.rows.values())
    out = []
    for i, (s, e) in enumerate(spans):
        quote = text[s:e]
        if reader >= 10 and layout.bridge and "\n" in quote:
            # a PDF's page furniture inside a sentence read across a page break, and its
            # timestamps in a transcript, then a word broken by a hyphen ("quie-" / "ter")
            quote = _without_lines(quote, s, layout.bridge)
        if reader >= 7 and "-\n" in quote:
            quote = _mend_hyphens(quote, text)
        if reader < 10 and layout.bridge and "\n" in quote:  # "It is\n0:18\nmeasured…"
            quote = "\n".join(line for line in quote.split("\n") if not TIMESTAMP.fullmatch(line))
        if reader >= 8 and markdown and ("[[" in quote or "%%" in quote or "[!" in quote):
            quote = wiki_plain(quote)  # Obsidian: "[[Skerra]]", "[[Page|the council]]"
        shown = read_quote(quote, markdown, table=(s, e) in rows)
        if reader >= 8 and markdown and "#" in shown:
            shown = _TAGS.sub("", shown).strip() or shown  # "… a night. #budget"
        k = bisect.bisect_right(turns, s) - 1
        speaker = layout.speakers[k][1] if k >= 0 else ""
        out.append(SentenceRow(ids[i], i, s, e, shown, speaker))
    return out


def _without_lines(quote: str, start: int, lines: frozenset[int]) -> str:
    """``quote`` (``text[start:…]``) without the lines that begin at an offset in ``lines``."""
    kept, at = [], start
    for line in quote.split("\n"):
        if at not in lines or at == start:
            kept.append(line)
        at += len(line) + 1
    return "\n".join(kept)


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])(?P<left>\w*)-\n[ \t]*(?P<right>[a-z]\w*)")


def _mend_hyphens(quote: str, text: str) -> str:
    """Reader 7: a word broken at a line's end by a hyphen ("av-" / "erage", a PDF's text
    pasted) read whole ("average"), unless the text writes it with the hyphen elsewhere
    ("smoke-control")."""

    def mend(m: re.Match[str]) -> str:
        hyphened = f"{m['left']}-{m['right']}"
        return hyphened if hyphened in text else m["left"] + m["right"]

    return _HYPHEN_BREAK.sub(mend, quote)


_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]*)\]\]")
_COMMENT = re.compile(r"%%.*?%%", re.DOTALL)
_CALLOUT = re.compile(r"(?m)^([ \t]*(?:>[ \t]*)?)\[![\w-]+\][+-]?[ \t]*")
_TAGS = re.compile(r"(?:(?<=\s)|^)#[^\W\d_][\w/-]*(?=\s|$)")


def wiki_plain(quote: str) -> str:
    """Reader 8: an Obsidian note's syntax as it reads: a link "[[Page|shown]]" its shown
    words ("[[Page#Part]]" the page), an embed ("![[chart.png]]"), a comment ("%% … %%")
    and a callout's type ("> [!note]") nothing."""
    quote = _COMMENT.sub("", _WIKI_EMBED.sub("", quote))
    quote = _WIKI_LINK.sub(lambda m: m[1].split("#")[0] or m[1], quote)
    return _CALLOUT.sub(r"\1", quote)


def read_quote(quote: str, markdown: bool, *, table: bool | frozenset[str] = False) -> str:
    """A stretch of a source's text as it reads: whitespace collapsed; without Markdown
    syntax in a Markdown file; a table row (reader 3) as its cells, "pouches or lockers ·
    £14", not "| pouches or lockers | £14 |". ``table`` says the quote is a row, or gives
    the text's rows (:func:`table_rows`): its lines that are one are read so."""
    if table and "|" in quote:
        from argmap.readers.layout import _CELL_BAR

        lines = []
        for line in quote.split("\n"):
            if table is True or line.strip().strip("|").strip() in table:
                cells = [c.strip() for c in _CELL_BAR.split(line.strip().strip("|"))]
                line = " · ".join(c.replace("\\|", "|") for c in cells if c)
            lines.append(line)
        quote = "\n".join(lines)
    if markdown:
        shown = _STRAY_EMPHASIS.sub("", " ".join(markdown_plain(quote).split()))
        if shown:
            return shown
    return " ".join(quote.split())


def sentences(
    text: str,
    cache_dir: Path | None = None,
    *,
    markdown: bool = False,
    reader: int | None = None,
) -> list[Sentence]:
    """The sentences of ``text`` with stable ids, offsets and whitespace-collapsed text.

    With ``markdown`` a sentence's text reads without Markdown syntax (emphasis, links,
    blockquote marks); its offsets still slice the file. ``reader`` is the one recorded
    with the source (see :data:`READER`; None: as before reader 3). With ``cache_dir``,
    spans are kept in ``<cache_dir>/<sha256>-v<N>.json`` so that an unchanged source is not
    segmented again (and nltk, slow to import, is not loaded).
    """
    return [
        Sentence(id=r.id, index=r.index, start=r.start, end=r.end, text=r.text, speaker=r.speaker)
        for r in sentence_rows(text, cache_dir, markdown=markdown, reader=reader)
    ]


def _cache_name(sha256: str, reader: int | None) -> str:
    recorded = reader is not None and reader >= RECORDED_READER
    return f"{sha256}-v{SEGMENTER_VERSION}" + (f"-r{reader}" if recorded else "") + ".json"


def _cache_file(text: str, cache_dir: Path, reader: int | None = None) -> Path:
    return cache_dir / _cache_name(text_sha256(text), reader)


def cached_sentence_count(sha256: str, cache_dir: Path, reader: int | None = None) -> int | None:
    """How many sentences the text with this fingerprint has, if its spans are cached.

    Listing sources needs only the count: this reads it without the text or nltk.
    """
    import json

    try:
        raw = json.loads((cache_dir / _cache_name(sha256, reader)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return len(raw) if isinstance(raw, list) else None


def cached_spans(
    text: str, cache_dir: Path, reader: int | None = None
) -> list[tuple[int, int]] | None:
    """The sentences' (start, end) offsets in ``text`` if its spans are cached (sentence
    ``i`` has the id ``sentence_id(i)``), else None. Reads no layout and segments nothing."""
    return _cached_spans(text, cache_dir, reader)


def _cached_spans(
    text: str, cache_dir: Path, reader: int | None = None
) -> list[tuple[int, int]] | None:
    import json

    try:
        raw = json.loads(_cache_file(text, cache_dir, reader).read_text(encoding="utf-8"))
        spans = [(int(s), int(e)) for s, e in raw]
    except (OSError, ValueError, TypeError):
        return None  # no cache, or a damaged one: segment again
    if any(not 0 <= s < e <= len(text) for s, e in spans):
        return None
    return spans


def _store_spans(
    text: str, cache_dir: Path, spans: list[tuple[int, int]], reader: int | None = None
) -> None:
    import json
    import os
    import tempfile

    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(spans, handle, separators=(",", ":"))
        os.replace(tmp, _cache_file(text, cache_dir, reader))
    except OSError:
        pass  # a cache that cannot be written only costs time
