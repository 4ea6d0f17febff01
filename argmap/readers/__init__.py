"""Reading the files a user adds: HTML pages, Markdown notes and plain text, cut into
sentences with their title, author, outlet and date, offline and deterministic.

Readers are versioned (:data:`READER`, ``argmap add --reader N``): a source records the
reader it was added with and is always cut into sentences the same way, so that the
sentence ids its annotations point to never move. A new rule goes behind ``reader >= N``
of a new reader; readers before it stay byte for byte as they were
(``python3 -m bench.reader_identity`` checks it on every shipped page).

Read the modules in this order; each uses only the ones before it:

1. ``versions``: the readers argmap has and what each adds (:data:`READER`);
2. ``files``: which files are read, decoding, newlines, a text's fingerprint;
3. ``plain``: what a line of plain text or Markdown reads as (list markers, inline
   Markdown, titles cut at a word);
4. ``dates`` and ``names``: dates written any way ("24 Nov 2026"), people's names;
5. ``head4`` … ``head8``, ``head12``, ``head14``, ``head15``: a text's head and foot read
   as metadata, not sentences (datelines, bylines, letterheads, transcript headers, a
   response form's head block, a judgment's head block, a Zoom chat's heads), one module
   per reader that added rules; ``minutes14`` (reader 14): who speaks in a meeting's
   minute, by the people it lists as present; ``html14`` (reader 14): an author without its
   byline label, a letter's signature, more page chrome; ``html15`` (reader 15): accordions
   opened, signatures and signatories as authors, more page chrome;
6. ``layout``: a text's tables, memo header, speaker turns and head (:func:`text_layout`);
7. ``segment``: the sentence spans of a text (nltk's Punkt, loaded on first use), and
   ``sentences``: a source's sentences with ids, the text they read as and their speaker;
8. ``metadata``: a plain text's title, author, outlet and date (``guess_*``);
9. ``html_text`` (the HTML parser and its furniture rules) and ``html_page`` (a page's
   text and metadata, :func:`html_to_text`);
10. ``formats`` (reader 8): an e-mail, captions, a feed or an Org mode note read into a
    page or a text (:func:`convert_format`); ``office`` (reader 9): Word, OpenDocument,
    saved pages and rich text read from their bytes (:func:`convert_office`); ``page9``
    (reader 9, used by ``html_page``): threads, petitions and consultation exports;
    ``notebook`` (reader 10): a Jupyter notebook's Markdown cells (:func:`convert_notebook`);
    ``page10`` (reader 10, used by ``html_page``): more threads' writers and chrome;
    ``page11`` (reader 11, used by ``html_text`` and ``html_page``): comment threads and
    posts with their writers, more chrome; ``markup_text`` (reader 11): reStructuredText
    and AsciiDoc read as the Markdown they mean (:func:`convert_markup_text`).

``argmap.corpus`` is the old name of this package's entry point and re-exports it.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

#: Where each public name lives: ``"module"`` (the same name there) or ``"module:name"``.
#: The submodule is imported on first use of one of its names (``__getattr__``), so that a
#: command that reads no page (``codebook``, ``meta``, ``patterns``) does not import the
#: HTML, e-mail and office readers (~50 ms of CPU of every such command).
_WHERE: dict[str, str] = {
    "DATELINE_WORDS": "dates",
    "READING_TIME": "dates",
    "any_date": "dates",
    "is_date_part": "dates",
    "EXPORT_SUFFIXES": "files",
    "FORMAT_SUFFIXES": "files",
    "IMPORT_SUFFIXES": "files",
    "MARKUP_TEXT_SUFFIXES": "files",
    "LATEX_SUFFIXES": "files",
    "NOTEBOOK_SUFFIXES": "files",
    "OFFICE_SUFFIXES": "files",
    "SHEET_SUFFIXES": "files",
    "SOURCE_SUFFIXES": "files",
    "decode_source": "files",
    "normalise_newlines": "files",
    "page_encoding": "files",
    "read_source_text": "files",
    "text_sha256": "files",
    "convert_format": "formats:convert",
    "format_kind": "formats:kind",
    "convert_export": "formats12:convert",
    "pdf_text17": "pdf17",
    "jats_article18": "jats18",
    "export_kind": "formats12:kind",
    "HEAD_LINES": "head4",
    "Dateline": "head4",
    "Head": "head4",
    "dateline": "head4",
    "head4": "head4",
    "dateline5": "head5",
    "head5": "head5",
    "head6": "head6",
    "sentence_case": "head6",
    "front_matter": "head7",
    "head7": "head7",
    "chat_export": "head8",
    "head8": "head8",
    "PAGE_DATES": "html_page",
    "byline_author": "html_page",
    "html_to_text": "html_page",
    "strip_site_suffix": "html_page",
    "HTMLText": "html_text",
    "AUTHOR_KEYS": "layout",
    "HEADER_KEYS": "layout",
    "MEMO_KEYS": "layout",
    "NOT_SPEAKERS": "layout",
    "NOT_SPEAKERS_4": "layout",
    "Layout": "layout",
    "table_rows": "layout",
    "text_head": "layout",
    "text_layout": "layout",
    "guess_author": "metadata",
    "guess_date": "metadata",
    "guess_outlet": "metadata",
    "guess_title": "metadata",
    "HONORIFICS": "names",
    "NOT_NAMES": "names",
    "person_name": "names",
    "person_names": "names",
    "convert_markup_text": "markup_text:convert",
    "looks_like_rst": "markup_text",
    "convert_notebook": "notebook:convert",
    "convert_office": "office:convert",
    "LIST_MARKER": "plain",
    "TITLE_MAX": "plain",
    "is_markdown": "plain",
    "markdown_plain": "plain",
    "plain_quote": "plain",
    "shorten_at_word": "plain",
    "HAND_ABBREVIATIONS": "segment",
    "SENTENCE_STARTERS": "segment",
    "segment": "segment",
    "SEGMENTER_VERSION": "sentences",
    "SentenceRow": "sentences",
    "cached_sentence_count": "sentences",
    "cached_spans": "sentences",
    "read_quote": "sentences",
    "sentence_id": "sentences",
    "sentence_rows": "sentences",
    "sentences": "sentences",
    "READER": "versions",
    "READERS": "versions",
    "RECORDED_READER": "versions",
    "check_reader": "versions",
    "recorded_reader": "versions",
}


def _resolve(name: str) -> Any:
    module, _, attr = _WHERE[name].partition(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), attr or name)


def __getattr__(name: str) -> Any:
    """A public name, its submodule imported on first use (then kept as a global)."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = _resolve(name)
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})


class _Package(types.ModuleType):
    """This package: importing a submodule binds it here by its name, and ``segment``,
    ``sentences`` and ``head4``..``head8`` are both a submodule and a public function;
    the function keeps the name, as when every submodule was imported up front."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in _WHERE:
            value = _resolve(name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "AUTHOR_KEYS",
    "DATELINE_WORDS",
    "EXPORT_SUFFIXES",
    "FORMAT_SUFFIXES",
    "HAND_ABBREVIATIONS",
    "HEADER_KEYS",
    "HEAD_LINES",
    "HONORIFICS",
    "IMPORT_SUFFIXES",
    "LATEX_SUFFIXES",
    "LIST_MARKER",
    "MARKUP_TEXT_SUFFIXES",
    "MEMO_KEYS",
    "NOTEBOOK_SUFFIXES",
    "NOT_NAMES",
    "NOT_SPEAKERS",
    "NOT_SPEAKERS_4",
    "OFFICE_SUFFIXES",
    "PAGE_DATES",
    "READER",
    "READERS",
    "READING_TIME",
    "RECORDED_READER",
    "SEGMENTER_VERSION",
    "SENTENCE_STARTERS",
    "SHEET_SUFFIXES",
    "SOURCE_SUFFIXES",
    "TITLE_MAX",
    "Dateline",
    "HTMLText",
    "Head",
    "Layout",
    "SentenceRow",
    "any_date",
    "byline_author",
    "cached_sentence_count",
    "cached_spans",
    "chat_export",
    "check_reader",
    "convert_export",
    "convert_format",
    "convert_markup_text",
    "convert_notebook",
    "convert_office",
    "dateline",
    "dateline5",
    "decode_source",
    "export_kind",
    "format_kind",
    "front_matter",
    "guess_author",
    "guess_date",
    "guess_outlet",
    "guess_title",
    "head4",
    "head5",
    "head6",
    "head7",
    "head8",
    "html_to_text",
    "is_date_part",
    "is_markdown",
    "jats_article18",
    "looks_like_rst",
    "markdown_plain",
    "normalise_newlines",
    "page_encoding",
    "pdf_text17",
    "person_name",
    "person_names",
    "plain_quote",
    "read_quote",
    "read_source_text",
    "recorded_reader",
    "segment",
    "sentence_case",
    "sentence_id",
    "sentence_rows",
    "sentences",
    "shorten_at_word",
    "strip_site_suffix",
    "table_rows",
    "text_head",
    "text_layout",
    "text_sha256",
]
