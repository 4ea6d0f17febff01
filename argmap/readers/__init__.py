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
5. ``head4`` … ``head8``: a text's head and foot read as metadata, not sentences (datelines,
   bylines, letterheads, transcript headers), one module per reader that added rules;
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

from argmap.readers.dates import (
    DATELINE_WORDS,
    READING_TIME,
    any_date,
    is_date_part,
)
from argmap.readers.files import (
    FORMAT_SUFFIXES,
    IMPORT_SUFFIXES,
    MARKUP_TEXT_SUFFIXES,
    NOTEBOOK_SUFFIXES,
    OFFICE_SUFFIXES,
    SOURCE_SUFFIXES,
    decode_source,
    normalise_newlines,
    page_encoding,
    read_source_text,
    text_sha256,
)
from argmap.readers.formats import convert as convert_format
from argmap.readers.formats import kind as format_kind
from argmap.readers.head4 import (
    HEAD_LINES,
    Dateline,
    Head,
    dateline,
    head4,
)
from argmap.readers.head5 import (
    dateline5,
    head5,
)
from argmap.readers.head6 import head6, sentence_case
from argmap.readers.head7 import front_matter, head7
from argmap.readers.head8 import chat_export, head8
from argmap.readers.html_page import (
    PAGE_DATES,
    byline_author,
    html_to_text,
    strip_site_suffix,
)
from argmap.readers.html_text import (
    HTMLText,
)
from argmap.readers.layout import (
    AUTHOR_KEYS,
    HEADER_KEYS,
    MEMO_KEYS,
    NOT_SPEAKERS,
    NOT_SPEAKERS_4,
    Layout,
    table_rows,
    text_head,
    text_layout,
)
from argmap.readers.markup_text import convert as convert_markup_text
from argmap.readers.markup_text import looks_like_rst
from argmap.readers.metadata import (
    guess_author,
    guess_date,
    guess_outlet,
    guess_title,
)
from argmap.readers.names import (
    HONORIFICS,
    NOT_NAMES,
    person_name,
    person_names,
)
from argmap.readers.notebook import convert as convert_notebook
from argmap.readers.office import convert as convert_office
from argmap.readers.plain import (
    LIST_MARKER,
    TITLE_MAX,
    is_markdown,
    markdown_plain,
    plain_quote,
    shorten_at_word,
)
from argmap.readers.segment import (
    HAND_ABBREVIATIONS,
    SENTENCE_STARTERS,
    segment,
)
from argmap.readers.sentences import (
    SEGMENTER_VERSION,
    SentenceRow,
    cached_sentence_count,
    read_quote,
    sentence_id,
    sentence_rows,
    sentences,
)
from argmap.readers.versions import (
    READER,
    READERS,
    RECORDED_READER,
    check_reader,
    recorded_reader,
)

__all__ = [
    "AUTHOR_KEYS",
    "DATELINE_WORDS",
    "FORMAT_SUFFIXES",
    "HAND_ABBREVIATIONS",
    "HEADER_KEYS",
    "HEAD_LINES",
    "HONORIFICS",
    "IMPORT_SUFFIXES",
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
    "chat_export",
    "check_reader",
    "convert_format",
    "convert_markup_text",
    "convert_notebook",
    "convert_office",
    "dateline",
    "dateline5",
    "decode_source",
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
    "looks_like_rst",
    "markdown_plain",
    "normalise_newlines",
    "page_encoding",
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
