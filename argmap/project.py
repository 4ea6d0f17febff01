"""One open project: corpus, codebook, claims, and the edit operations the CLI and TUI call.

Every edit is applied through :func:`argmap.store.update_annotations` under the project
lock: the annotation file is re-read, the edit applied to what is on disk, and the file
replaced atomically. Work saved by another process meanwhile is therefore kept, and the
in-memory claims of that source are refreshed from the result.
"""

from __future__ import annotations

import bisect
import contextlib
import gc
import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap import corpus, journal, rejections, store
from argmap.analysis import Consensus, consensus
from argmap.anchoring import find_quote, make_anchor, reanchor
from argmap.errors import (
    ArgmapError,
    InvalidFile,
    NotYours,
    ProjectNotFound,
    UsageError,
    choices,
    read_user_file,
    unknown,
)
from argmap.loadcache import Known, LoadCache, Stat, file_stat, stats_in
from argmap.model import (
    ANNOTATOR_RULE,
    KINDS,
    RELATION_TYPES,
    VOICE_MAX,
    Claim,
    Codebook,
    Orphan,
    Progress,
    ProjectConfig,
    Provenance,
    Rejection,
    Relation,
    Sentence,
    SourceMeta,
    SpeakerFix,
    annotator_name,
    has_latin_letters,
    slugify,
    voice_key,
    voice_name,
)
from argmap.voices import cased, near_voice, voices_of

if TYPE_CHECKING:
    from argmap.codebook import CodebookChange

ANNOTATOR_ENV = "ARGMAP_ANNOTATOR"
PROGRESS_DIR = "progress"  # under the annotations directory: one <annotator>.json each
CACHE_DIR = ".argmap-cache/sentences"  # derived data only, safe to delete; git-ignored
REMOVED_DIR = "removed"  # removed sources, a folder each, to bring back (remove --undo)
REMOVAL_FILE = "removal.json"  # in a removed source's folder: what was set aside with it


class DuplicateSource(ArgmapError):
    """The text being added is already a source of the project (``existing`` is its id)."""

    def __init__(self, message: str, existing: str) -> None:
        super().__init__(message)
        self.existing = existing


@dataclass
class PreparedSource:
    """A file read and converted, ready to preview and save: what ``add`` would store."""

    path: Path
    text: str
    info: dict[str, str]
    suffix: str
    raw_copy: bool
    """Whether the file is stored byte for byte (UTF-8 text or Markdown)."""
    reader: int = corpus.READER
    """The reader it was read with (see :data:`argmap.readers.READER`)."""
    left_out: tuple[str, ...] = ()
    """The page's prose passages that ``text`` does not hold (see :mod:`argmap.leftout`)."""

    def meta_preview(self) -> dict[str, str]:
        """Title, author and date as they would be detected."""
        reader = corpus.recorded_reader(self.reader)
        return {
            "title": self.info.get("title") or corpus.guess_title(self.text, reader),
            "author": self.info.get("author") or corpus.guess_author(self.text, reader),
            "date": self.info.get("date", "")[:10] or corpus.guess_date(self.text, reader),
        }

    def sentences(self) -> list[Sentence]:
        """The sentences the source would have."""
        return corpus.sentences(
            self.text,
            markdown=self.suffix in (".md", ".markdown"),
            reader=corpus.recorded_reader(self.reader),
        )


_HAS_WORD = re.compile(r"[^\W_]")
"""A letter or digit: a file without one holds no text, whatever the reader."""


# Markup that is plain text to read (debate21's think tank memo came as .rst, read by reader
# 11 since; debate23's working paper as .tex): argmap reads it as a .txt, markup and all,
# which is better than nothing.
_PLAIN_TEXT_SUFFIXES = frozenset(
    [".rst", ".adoc", ".asciidoc", ".asc", ".textile", ".text", ".tex", ".wiki", ".log"]
)


def _plain_text_hint(src: Path) -> str:
    """ "; it is plain text: …" for a file of an unsupported type that a user can add as .txt
    (a markup argmap has no reader for, or a text file without a suffix)."""
    suffix = src.suffix.lower()
    if suffix not in _PLAIN_TEXT_SUFFIXES:
        if suffix or not src.is_file():
            return ""
        try:
            head = src.read_bytes()[:4096]
            head.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return ""
        if b"\0" in head or not head.strip():
            return ""
    markup = " (its markup is read as text)" if suffix else ""
    return f"; it is plain text: add a copy saved as {src.stem}.txt{markup}"


# File names an export gives every conversation or page: the folder it is in names it
# ("WhatsApp Chat - Lindqvist family/_chat.txt", "ChatExport_2026-05-01/messages.html").
_GENERIC_STEMS = frozenset(["_chat", "chat", "messages", "message", "index", "content", "page"])


def _id_stem(src: Path) -> str:
    """The part of a file's name an id is made from: its stem, or for a name every export
    of its kind has (``_chat.txt``, ``messages.html``) the folder's name, and for a day's
    file (a Slack export's ``phones-consultation/2028-02-12.json``) the folder's name and
    the day."""
    folder = src.absolute().parent.name
    if src.stem.lower() in _GENERIC_STEMS and has_latin_letters(folder):
        return folder
    if re.fullmatch(r"\d{4}-\d\d-\d\d", src.stem) and has_latin_letters(folder):
        return f"{folder}-{src.stem}"
    return src.stem


def prepare_source(
    path: Path | str,
    *,
    encoding: str = "utf-8",
    text: str | None = None,
    html_reader: int = corpus.READER,
    data: bytes | None = None,
) -> PreparedSource:
    """Read (or take pasted ``text`` for) a source: decode, convert HTML (as
    ``html_reader`` reads it, see :data:`argmap.readers.READER`), check it has text.
    ``data``: the file's bytes when they are read already (``bench.reader_identity``)."""
    src = Path(path)
    corpus.check_reader(html_reader)
    suffix = src.suffix.lower()
    if text is None and not src.exists():
        raise ArgmapError(f"{src}: no such file")  # not "unsupported file type (none)"
    if text is None and src.is_dir():
        chat = src / "messages.html"  # a Telegram Desktop export (ChatExport_DATE)
        hint = f"add {chat}" if chat.is_file() else "add the files in it one by one"
        raise UsageError(f"{src}: is a folder, not a file; {hint}")
    if suffix not in corpus.IMPORT_SUFFIXES:
        raise UsageError(
            f"{src}: unsupported file type {suffix or '(none)'!r} "
            f"(supported: {choices(list(corpus.IMPORT_SUFFIXES))})" + _plain_text_hint(src)
        )
    for suffixes, since, also in (
        (corpus.EXPORT_SUFFIXES, 12, ""),
        (corpus.SHEET_SUFFIXES, 16, "; or save its answers as .txt"),
        (corpus.FORMAT_SUFFIXES, 8, ""),
        (corpus.OFFICE_SUFFIXES, 9, ""),
        (corpus.NOTEBOOK_SUFFIXES, 10, ""),
        (corpus.MARKUP_TEXT_SUFFIXES, 11, "; or save it as .txt"),
        (corpus.LATEX_SUFFIXES, 12, "; or save it as .txt"),
    ):
        if suffix in suffixes and html_reader < since:
            raise UsageError(
                f"{src}: reader {html_reader} does not read {suffix} files "
                f"(reader {since} does{also})"
            )
    office: tuple[str, dict[str, str], str] | None = None
    if suffix in corpus.NOTEBOOK_SUFFIXES and text is None:
        # its Markdown (reader 10)
        office = corpus.convert_notebook(data or read_user_file(src), src)
        text, raw_copy = office[0], False
        suffix = ".md"
    elif suffix in corpus.OFFICE_SUFFIXES and text is None:
        # Word, OpenDocument, a saved page, rich text: read from the bytes (reader 9)
        office = corpus.convert_office(data or read_user_file(src), suffix, src, html_reader)
        text, raw_copy = office[0], False
        suffix = {"html": ".html", "md": ".md"}.get(office[2], ".txt")
    if text is None:
        data = data or read_user_file(src)
        if (html_reader >= 6 and suffix in (".html", ".htm", ".xhtml")) or (
            html_reader >= 8 and suffix == ".xml"
        ):
            encoding = corpus.page_encoding(data, encoding)  # its declared charset
        text = corpus.decode_source(data, src, encoding)
        raw_copy = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
    else:
        text = corpus.normalise_newlines(text)
        raw_copy = False
    info: dict[str, str] = dict(office[1]) if office else {}
    if (
        html_reader >= 11
        and not office
        and (
            suffix in corpus.MARKUP_TEXT_SUFFIXES
            or (suffix in corpus.LATEX_SUFFIXES and html_reader >= 12)
            or (suffix == ".txt" and corpus.looks_like_rst(text))
        )
    ):
        # reStructuredText or AsciiDoc (also a .rst saved as .txt): the Markdown it means
        text, info = corpus.convert_markup_text(text, suffix)
        suffix, raw_copy = ".md", False
    if html_reader >= 18 and suffix == ".xml" and (article := corpus.jats_article18(text)):
        text, info = article  # reader 18: a JATS journal article, not its tags
        suffix, raw_copy = ".md", False
    elif html_reader >= 12 and not office and (kind := corpus.export_kind(text, suffix)):
        # a mailbox, a Whisper transcript, an Evernote note, a Logseq page (reader 12)
        text, info, form = corpus.convert_export(text, kind, src, html_reader)
        suffix, raw_copy = {"html": ".html", "md": ".md"}.get(form, ".txt"), False
    elif html_reader >= 8 and not office and (kind := corpus.format_kind(text, suffix)):
        # an e-mail, captions, a feed, an Org mode note, an EPUB chapter (reader 8)
        text, info, form = corpus.convert_format(text, kind, html_reader)
        suffix, raw_copy = {"html": ".html", "md": ".md"}.get(form, ".txt"), False
    if html_reader >= 17 and suffix == ".txt" and (moved := corpus.pdf_text17(text)):
        text, raw_copy = moved, False  # reader 17: a PDF's page-foot notes read at the end
    left_out: tuple[str, ...] = ()
    if suffix in (".html", ".htm"):
        markup = text
        text, page = corpus.html_to_text(text, html_reader)
        info = {**page, **info}  # what the e-mail or feed says of itself comes first
        suffix, raw_copy = ".txt", False
        from argmap import leftout  # a page's left-out passages: only when adding one

        left_out = tuple(leftout.left_out(markup, text))
    # reader 8 on: its sentence spans (also reader 16's lines read as no sentence)
    has_word = bool(_HAS_WORD.search(text))
    spans: list[tuple[int, int]] = []
    if has_word and html_reader >= 8:
        spans = corpus.segment(text, corpus.recorded_reader(html_reader))
    if not has_word or (html_reader >= 8 and not spans):
        # only whitespace, rules ("---") or markup; reader 8: nothing it reads as a sentence
        # (front matter alone, "[Music]"): refused, not a source of no sentences
        raise ArgmapError(f"{src}: the file holds no text")
    if html_reader >= 16:  # reader 16: also the lines of any format read as no sentence
        from argmap import leftout

        lines = leftout.unread_lines(text, spans, paragraphs=html_reader >= 18)
        left_out = tuple(dict.fromkeys([*left_out, *lines]))
    return PreparedSource(src, text, info, suffix, raw_copy, html_reader, left_out)


def source_title(prepared: PreparedSource, title: str | None = None) -> str:
    """The title ``add`` gives a source read by :func:`prepare_source`: ``title``, else the
    page's own or the one guessed from its text; from reader 17 a furniture title ("Skip to
    main content") gives way to the file's name (pinned readers read as before)."""
    src, text = prepared.path, prepared.text
    reader = corpus.recorded_reader(prepared.reader)
    title = title or prepared.info.get("title") or corpus.guess_title(text, reader)
    if prepared.reader >= 17 and furniture_title(title) and has_latin_letters(_id_stem(src)):
        title = " ".join(re.split(r"[_\s]+", _id_stem(src))).strip()  # the file's name
    return title


def source_meta(
    prepared: PreparedSource, sid: str, title: str, speakers: tuple[SpeakerFix, ...] = ()
) -> SourceMeta:
    """The metadata ``add`` saves with a source read by :func:`prepare_source`, given its id
    and :func:`source_title` (also ``python3 -m bench.reader_identity``, without a project)."""
    text, info = prepared.text, prepared.info
    reader = corpus.recorded_reader(prepared.reader)
    return SourceMeta(
        id=sid,
        file=sid + prepared.suffix,
        title=title,
        author=info.get("author") or corpus.guess_author(text, reader),
        outlet=info.get("outlet", "") or corpus.guess_outlet(text, reader),
        date=info.get("date", "")[:10] or corpus.guess_date(text, reader),
        url=info.get("url", ""),
        reader=reader,
        left_out=prepared.left_out,
        speakers=speakers,
        added_from=Path(prepared.path).name,
    )


def _with_speakers(sentences: Sequence[Any], fixes: dict[str, tuple[str, str]]) -> list[Any]:
    """``sentences`` (:class:`Sentence` or :class:`corpus.SentenceRow`) with the speakers
    set by hand, each where its sentence still reads as when it was set."""
    out = list(sentences)
    for i, s in enumerate(out):
        fix = fixes.get(s.id)
        if fix is not None and fix[1].split() == s.text.split():
            if isinstance(s, Sentence):
                out[i] = s.model_copy(update={"speaker": fix[0]})
            else:
                out[i] = s._replace(speaker=fix[0])
    return out


class SourceDoc:
    """A source text with its metadata and (lazily) its sentences.

    With ``text`` None the text is read from ``path`` on first use; ``sha256`` must then
    be given (a project opened through its load cache knows it without reading the text).
    ``meta`` may be the metadata as the load cache holds it (a dict), made a
    :class:`SourceMeta` on first use: a command on one source of 5,000 needs only its own.
    """

    def __init__(
        self,
        meta: SourceMeta | dict[str, Any],
        path: Path | str,
        text: str | None,
        cache_dir: Path | None = None,
        *,
        sha256: str | None = None,
        meta_path: Path | str | None = None,
    ) -> None:
        self._meta = meta
        self._meta_path = meta_path  # where a cached ``meta`` came from
        self._path = path  # a str until asked for: a Path per source costs at 5,000 sources
        self._text = text
        self._markdown: bool | None = None
        self.cache_dir = cache_dir
        if text is None and sha256 is None:
            raise ValueError("SourceDoc needs its text or the text's sha256")
        self.sha256 = sha256 if sha256 is not None else corpus.text_sha256(text or "")

    @property
    def meta(self) -> SourceMeta:
        """The source's metadata (``<id>.meta.json``, or guessed from a text without one)."""
        if isinstance(self._meta, dict):
            self._meta = _cached_meta(self._meta, self._meta_path, self.path)
        return self._meta

    @meta.setter
    def meta(self, value: SourceMeta) -> None:
        self._meta = value

    @property
    def speaker_fixes(self) -> dict[str, tuple[str, str]]:
        """The speakers set by hand (``argmap speaker``): sentence id -> (speaker, the
        sentence's text when it was set)."""
        if isinstance(self._meta, dict) and not self._meta.get("speakers"):
            return {}  # the load cache's copy, nothing set: no need to validate it
        return {f.sentence: (f.speaker, f.text) for f in self.meta.speakers}

    def stale_speakers(self) -> list[SpeakerFix]:
        """The speakers set by hand that are not applied: their sentence no longer reads
        as it did when they were set (the text was edited, or read by another reader)."""
        if not self.speaker_fixes:
            return []
        texts = {s.id: s.text for s in self.sentences}
        return [
            f
            for f in self.meta.speakers
            if f.sentence not in texts or texts[f.sentence].split() != f.text.split()
        ]

    @property
    def left_out_count(self) -> int:
        """How many passages of the saved page its text does not hold (``argmap leftout``);
        read from cached metadata without validating it (``validate`` asks every source)."""
        if isinstance(self._meta, dict):
            return len(self._meta.get("left_out") or ())
        return len(self._meta.left_out)

    @property
    def path(self) -> Path:
        """The source text's file."""
        if not isinstance(self._path, Path):
            self._path = Path(self._path)
        return self._path

    @path.setter
    def path(self, value: Path) -> None:
        self._path = value
        self._markdown = None

    @property
    def text(self) -> str:
        """The source text (read from ``path`` on first use when not given)."""
        if self._text is None:
            self._text = corpus.read_source_text(self.path)
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def text_loaded(self) -> bool:
        """Whether the text is held (given, or read since)."""
        return self._text is not None

    def release_text(self) -> None:
        """Let go of the text; it is read from ``path`` again when asked for. The rows
        ``sentence_rows`` made of it are kept (they are the file's). For reading every
        source's sentences at once (suggestions): one text held at a time, not all of
        them (41 MB at 1,000 sources)."""
        got = self.__dict__.get("_rows")
        if got is not None and got[0] is self._text:
            self.__dict__["_rows"] = (None, got[1])  # the rows of the text on file
        self._text = None

    @property
    def sentence_count(self) -> int:
        """How many sentences the source has (from the span cache when it holds them)."""
        if "sentences" not in self.__dict__ and self.cache_dir is not None:
            count = corpus.cached_sentence_count(self.sha256, self.cache_dir, self.reader)
            if count is not None:
                return count
        return len(self.sentences)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title or self.meta.id

    @property
    def reader(self) -> int | None:
        """The reader recorded with the source (None: added before reader 3)."""
        if isinstance(self._meta, dict):  # the load cache's copy: no need to validate it
            got = self._meta.get("reader")
            return got if isinstance(got, int) else None
        return self._meta.reader

    @cached_property
    def sentences(self) -> list[Sentence]:
        """The source's sentences, computed on first use (with the speakers set by hand)."""
        made = corpus.sentences(
            self.text,
            self.cache_dir,
            markdown=corpus.is_markdown(self.path),
            reader=self.reader,
        )
        fixes = self.speaker_fixes
        return _with_speakers(made, fixes) if fixes else made

    @property
    def sentence_rows(self) -> Sequence[Sentence | corpus.SentenceRow]:
        """The source's sentences as plain tuples (:class:`corpus.SentenceRow`), or its
        ``sentences`` if they are made already: the same ids, offsets and texts in a sixth
        of the memory, for reading every source at once (suggestions)."""
        made = self.__dict__.get("sentences")
        if made is not None:
            return made
        got = self.__dict__.get("_rows")
        if got is not None and got[0] is self._text:  # None: the text was let go
            return got[1]
        text = self.text
        if got is None or got[0] is not text:
            rows = corpus.sentence_rows(
                text, self.cache_dir, markdown=corpus.is_markdown(self.path), reader=self.reader
            )
            got = self.__dict__["_rows"] = (text, rows)
        fixes = self.speaker_fixes
        return _with_speakers(got[1], fixes) if fixes else got[1]

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence(self, sentence_id: str) -> Sentence:
        """The sentence with this id (``s0012``, ``12`` or ``SOURCE:s0012``)."""
        key = sentence_id.rsplit(":", 1)[-1]
        if key.isdigit():
            key = corpus.sentence_id(int(key) - 1)
        for s in self.sentences:
            if s.id == key:
                return s
        last = self.sentences[-1].id if self.sentences else "none"
        raise UsageError(f"{self.id}: no sentence {sentence_id!r} (ids run s0001..{last})")

    def sentence_span(self, sentence_id: str) -> tuple[str, int, int]:
        """The id, start and end of ``sentence(sentence_id)``: from the span cache while the
        sentences are not made (no layout read, no sentence object built: ``argmap annotate
        SOURCE --sentence ID`` on a large project), else from them."""
        if "sentences" not in self.__dict__ and self.cache_dir is not None:
            key = sentence_id.rsplit(":", 1)[-1]
            index = int(key) - 1 if key.isdigit() else int(key[1:]) - 1 if key[1:].isdigit() else -1
            if index >= 0 and (key.isdigit() or corpus.sentence_id(index) == key):
                spans = corpus.cached_spans(self.text, self.cache_dir, self.reader)
                if spans is not None and index < len(spans):
                    return (corpus.sentence_id(index), *spans[index])
        s = self.sentence(sentence_id)
        return s.id, s.start, s.end

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds character ``offset``, or the one just before it."""
        if not self.sentences:
            return None
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[max(i, 0)]

    def as_read(self, quote: str) -> str:
        """A quote of this source as a reader sees it: without Markdown syntax when the
        source is a Markdown file ("**Summary.**" reads "Summary."; an Obsidian link
        "[[Hesketh Green]]" its words, as the sentence reads)."""
        if self._markdown is None:
            self._markdown = corpus.is_markdown(self._path)
        if (
            self._markdown
            and (self.reader or 0) >= 8
            and ("[[" in quote or "%%" in quote or "[!" in quote)
        ):
            from argmap.readers.sentences import wiki_plain

            quote = wiki_plain(quote)  # reader 8, as its sentences read: "[[Page]]" "Page"
        if self.reader is not None and "|" in quote:  # reader 3: a table row as its cells
            rows = corpus.table_rows(self.text)
            if rows:
                return corpus.read_quote(quote, self._markdown, table=rows)
        return corpus.plain_quote(quote) if self._markdown else quote


def quote_as_read(claim: Claim, sources: dict[str, SourceDoc]) -> str:
    """``claim``'s quote as it reads (see :meth:`SourceDoc.as_read`): what every list, report
    and picture shows; the claim itself keeps the file's characters, for anchoring."""
    doc = sources.get(claim.source)
    return doc.as_read(claim.quote) if doc is not None else claim.quote


def _cached_meta(data: dict[str, Any], meta_path: Path | str | None, text_path: Path) -> SourceMeta:
    """Metadata from the load cache; from the files again if the cache entry is damaged
    (they are unchanged since it was written: their stat matched it)."""
    from pydantic import ValidationError

    try:
        return SourceMeta.model_validate(data)
    except ValidationError:
        if meta_path is not None:
            return store.load_meta(Path(meta_path))
        text = corpus.read_source_text(text_path)
        sid = text_path.name.rpartition(".")[0]
        return SourceMeta(id=sid, file=text_path.name, title=corpus.guess_title(text))


@dataclass
class Edit:
    """One user action: the claims before and after it (``None`` for absent)."""

    label: str
    changes: list[tuple[str, Claim | None, Claim | None]] = field(default_factory=list)
    codebook: tuple[Codebook, Codebook] | None = None
    """For a codebook edit: the codebook before and after it (saved with the claims)."""
    progress: dict[str, tuple[Progress, Progress]] = field(default_factory=dict)
    """For a codebook edit: the progress files it rewrote (per annotator, before and after),
    so that undo moves back exactly what it moved (see :func:`_progress_carried`)."""
    removed: str | None = None
    """For the removal of a source: its id (undo brings it back from ``removed/``)."""
    meta: tuple[str, SourceMeta, SourceMeta] | None = None
    marks: tuple[str, tuple[tuple[str, str, Any, Any], ...]] | None = None
    """For a progress edit (a source marked done, what it argues, a rejection): the annotator
    and each entry changed (field, source id, value before, value after; None: absent)."""
    """For a source's metadata edit (its speakers, passages left out, title…): the source id
    and its metadata before and after; undo and redo move back only the fields it changed."""


@dataclass
class Removal:
    """A source removed (or brought back) and what went (or came back) with it."""

    source: str
    title: str
    sentences: int
    claims: dict[str, int] = field(default_factory=dict)
    """Its claims per annotator."""
    links: int = 0
    """Links from claims on other sources to its claims (dropped, or put back)."""
    progress: dict[str, list[str]] = field(default_factory=dict)
    """Per annotator, what their progress file kept for it: "done", "argues X", "2
    rejections"."""
    folder: Path | None = None
    """Where it is kept while removed."""


def _progress_kept(progress: Progress, sid: str) -> list[str]:
    """What ``progress`` keeps for source ``sid``, in words: done, argues X, N rejections."""
    kept = []
    if sid in progress.done:
        kept.append("done mark")
    if sid in progress.argues:
        kept.append(f"argues {progress.argues[sid]}")
    if n := len(progress.rejected.get(sid, ())):
        kept.append(f"{n} rejection{'s' if n != 1 else ''}")
    return kept


def _progress_without(progress: Progress, sid: str) -> dict[str, Any] | None:
    """The fields of ``progress`` to change so that it keeps nothing for source ``sid``."""
    if not _progress_kept(progress, sid):
        return None
    return {
        "done": {k: v for k, v in progress.done.items() if k != sid},
        "argues": {k: v for k, v in progress.argues.items() if k != sid},
        "rejected": {k: v for k, v in progress.rejected.items() if k != sid},
    }


def _progress_with(progress: Progress, was: Progress, sid: str) -> dict[str, Any] | None:
    """The fields of ``progress`` to change to put back what ``was`` kept for source ``sid``
    (an entry set for it since stays)."""
    update: dict[str, Any] = {}
    if sid in was.done and sid not in progress.done:
        update["done"] = dict(sorted({**progress.done, sid: was.done[sid]}.items()))
    if sid in was.argues and sid not in progress.argues:
        update["argues"] = dict(sorted({**progress.argues, sid: was.argues[sid]}.items()))
    if sid in was.rejected and sid not in progress.rejected:
        update["rejected"] = dict(sorted({**progress.rejected, sid: was.rejected[sid]}.items()))
    return update or None


def _removal_refusal(removal: Removal) -> str:
    """One line: source X has N claims (whose), and how to remove it all the same."""
    n = sum(removal.claims.values())
    whose = ", ".join(f"{name} {count}" for name, count in removal.claims.items())
    links = (
        f" and {removal.links} link{'s' if removal.links != 1 else ''} from claims on other sources"
        if removal.links
        else ""
    )
    return (
        f"source {removal.source} has {n} claim{'s' if n != 1 else ''} ({whose}){links}: "
        f"`argmap remove {removal.source} --with-claims` removes them with it (kept in "
        f"{REMOVED_DIR}/{removal.source}/; `argmap remove {removal.source} --undo` brings "
        "all back)"
    )


@dataclass
class AnchorReport:
    """What re-anchoring did for one source edited since it was annotated."""

    source: str
    moved: int = 0
    modified: int = 0
    orphans: list[str] = field(default_factory=list)


_LONGEST_SLUG = 72  # of the 80 characters an id may have: room left for "-2", "-3"…
_SOURCE_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}")
# "(3) " or "(99+) " before a page's title: a browser tab's count of unread notifications,
# kept in the title and in the name of the file the page was saved as.
_TAB_COUNT_RE = re.compile(r"^\s*\(\d{1,3}\+?\)\s*")
# " 8c1f3e0a9b2d4e67a1f05c3b7d9e2a14" after the name of a page exported from Notion.
_EXPORT_HASH_RE = re.compile(r"[\s_-]+[0-9a-f]{32}$")
_DATE_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
# A "title" that is a page's furniture or a chat's notice, no document's name (debate34's
# Moodle text "Skip to main content", its Slack day's "<@U03LT2W5N> has joined the channel"):
# the source is named by its file instead.
_FURNITURE_TITLE_RE = re.compile(
    r"(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|main)\b"
    r"|\b(?:has )?(?:joined|left) the (?:channel|group|chat|conversation|meeting)\b"
    r"|^(?:main )?(?:menu|navigation|toggle navigation|search|sign in|log in|loading\W*)$"
    r"|^(?:accept (?:all )?)?cookies?(?: settings| policy| notice)?$",
    re.IGNORECASE,
)


def furniture_title(title: str) -> bool:
    """Whether ``title`` is a page's furniture or a chat's notice, not the name of a text."""
    return bool(_FURNITURE_TITLE_RE.search(" ".join(title.split())))


def _valid_source_id(sid: str) -> bool:
    """A source id names files: no path separators, no leading dot, nothing empty."""
    return bool(_SOURCE_ID_RE.fullmatch(sid))


def _check_date(value: str) -> str:
    """``value`` if it is an ISO 8601 calendar date (``2024-03-01``, ``2024-03`` or ``2024``);
    a day written out as a page writes it ("2 October 2026", "October 2, 2026",
    "2.10.2026") is taken as its ISO date."""
    given = value
    if not _DATE_RE.fullmatch(value) and len(value.split()) <= 3:
        from argmap.readers.dates import any_date

        value = any_date(value) or value
    m = _DATE_RE.fullmatch(value)
    ok = m is not None
    if m and m[2]:
        try:
            datetime(int(m[1]), int(m[2]), int(m[3] or 1))
        except ValueError:
            ok = False
    if not ok:
        raise UsageError(
            f"--date {given!r}: not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY) nor a day "
            "written out (2 October 2026)"
        )
    return value


def _now() -> datetime:
    """Now, to the millisecond: two edits of one claim within a second (a script, quick keys
    in the reader) must stay in order, for a merge of two copies picks the version modified
    last (:func:`argmap.store.parse_annotation_file`)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def _reanchored_note(path: Path, report: AnchorReport) -> str:
    """What a save of ``path`` did to claims on a source edited since they were made."""
    orphans = len(report.orphans)
    return (
        f"{path}: source {report.source}'s text changed since it was annotated: its claims were "
        f"saved re-anchored ({report.moved} moved, {report.modified} fuzzily, {orphans} "
        f"orphan{'s' if orphans != 1 else ''}{f': argmap orphans {report.source}' if orphans else ''})"
    )


def _relabelled(claim: Claim) -> Claim:
    """``claim`` as a codebook change rewrote it: a version one millisecond after the claim's
    own. Newer than the version it replaces, so a merge with a copy that still has that one
    reads this; older than any edit made meanwhile in another copy (the annotator's own
    reading wins, and a rename's catch-up relabels it in turn)."""
    return claim.model_copy(update={"modified": claim.modified + timedelta(milliseconds=1)})


def _summary(claims: list[Claim]) -> dict:
    """What :meth:`LoadCache.summary` keeps of an annotation file's claims."""
    by: dict[str, int] = {}
    targets = []
    orphans = 0
    for c in claims:
        by[c.annotator] = by.get(c.annotator, 0) + 1
        targets.extend(r.target for r in c.relations)
        orphans += c.orphan is not None
    return {"by": by, "targets": " ".join(targets), "orphans": orphans}


def _stance_renames(
    before: Codebook, after: Codebook, pairs: list[tuple[str, Claim, Claim]]
) -> dict[str, str]:
    """The stance ids a codebook change from ``before`` to ``after`` renames (old -> new),
    for a change that does not say (a bare :class:`Codebook`): a rename (one id gone, one
    new, as many stances), or a removal whose claims move into another stance (``pairs``:
    the claims rewritten, before and after)."""
    old, new = before.stance_ids, after.stance_ids
    gone = [s for s in old if s not in new]
    added = [s for s in new if s not in old]
    out = {}
    if len(gone) == 1 and len(added) == 1 and len(old) == len(new):
        out[gone[0]] = added[0]
    for _, was, now in pairs:
        if was.stance in gone and now.stance in new:
            out.setdefault(was.stance, now.stance)
    return out


def _progress_moved(progress: Progress, moves: dict[str, str]) -> Progress:
    """``progress`` with the stances ``moves`` names (old -> new) moved: what a source
    argues and the stances of each rejection (two landing on one sentence merge)."""
    argues = {sid: moves.get(s, s) for sid, s in progress.argues.items()}
    rejected = {
        sid: tuple(
            r.model_copy(update={"stances": tuple(sorted({moves.get(s, s) for s in r.stances}))})
            for r in entries
        )
        for sid, entries in progress.rejected.items()
    }
    if argues == progress.argues and rejected == progress.rejected:
        return progress
    return progress.model_copy(update={"argues": argues, "rejected": rejected})


def _rejection_key(sid: str, r: Rejection) -> tuple[object, ...]:
    return (sid, r.sentence, r.anchor)


def _progress_carried(current: Progress, was: Progress, became: Progress) -> Progress:
    """``current`` with the change from ``was`` to ``became`` made again (``became`` to
    ``was`` for an undo): each entry that change touched (a source's argues, a rejection's
    stances) and that still reads as in ``was`` takes its value in ``became``; entries
    changed since (another annotator's edit, a new rejection) are left as they are."""
    argues = dict(current.argues)
    for sid in set(was.argues) | set(became.argues):
        old, new = was.argues.get(sid), became.argues.get(sid)
        if old != new and current.argues.get(sid) == old:
            if new is None:
                argues.pop(sid, None)
            else:
                argues[sid] = new
    old_stances = {_rejection_key(s, r): r.stances for s, rs in was.rejected.items() for r in rs}
    new_stances = {_rejection_key(s, r): r.stances for s, rs in became.rejected.items() for r in rs}
    rejected = {}
    for sid, entries in current.rejected.items():
        out = []
        for r in entries:
            key = _rejection_key(sid, r)
            if key in old_stances and key in new_stances and r.stances == old_stances[key]:
                r = r.model_copy(update={"stances": new_stances[key]})
            out.append(r)
        rejected[sid] = tuple(out)
    if argues == current.argues and rejected == current.rejected:
        return current
    return current.model_copy(update={"argues": argues, "rejected": rejected})


def _progress_uses(progress: Progress, stance: str) -> tuple[int, int]:
    """How many sources ``progress`` says argue ``stance``, and on how many sentences it
    rejected it."""
    argues = sum(1 for s in progress.argues.values() if s == stance)
    rejected = sum(1 for rs in progress.rejected.values() for r in rs if stance in r.stances)
    return argues, rejected


def _unknown_stance_in_progress(
    files: dict[str, Progress], codebook: Codebook, doing: str
) -> UsageError | None:
    """The one-line refusal of a codebook change that would leave a progress file on a
    stance the codebook no longer has (``doing``: what is refused, as the user put it)."""
    known = set(codebook.stance_ids)
    for stance in sorted({s for p in files.values() for s in _progress_stances(p)} - known):
        users = []
        for name in sorted(files):
            argues, rejected = _progress_uses(files[name], stance)
            said = [f"argues {argues} source{'s' if argues != 1 else ''}"] if argues else []
            if rejected:
                said.append(f"rejected on {rejected} sentence{'s' if rejected != 1 else ''}")
            if said:
                users.append(f"{name}.json: {', '.join(said)}")
        n = len(users)
        where = f"stance {stance!r} is used in {n} progress file{'s' if n != 1 else ''}"
        if doing:
            return UsageError(f"{doing}: {where} ({'; '.join(users)})")
        return UsageError(
            f"{where} ({'; '.join(users)}); pass --into OTHER to move them "
            f"(valid: {choices(codebook.stance_ids)})"
        )
    return None


def _unknown_entry(kind: str, value: str, valid: list[str] | tuple[str, ...]) -> str:
    """What a file's use of a stance or question the codebook lacks is told: the id meant
    when one is near (a typo in a hand-edited file), else how to bring the entry back (the
    codebook edited by hand, or an entry removed by an older argmap)."""
    message = unknown(kind, value, valid)
    if "did you mean" in message:
        return message
    add = f"add-stance {value}" if kind == "stance" else f"add-question {value} --label … --text …"
    return (
        f"{message[:-1]}; renamed in another copy of the project before a merge? `argmap "
        f"codebook rename {kind} {value} NEW` moves its claims to NEW; `argmap codebook {add}` "
        "brings it back)"
    )


_GONE_TARGET = (
    " (deleted in another copy of the project before a merge? `argmap validate --repair` "
    "drops the link)"
)
_DAMAGED = (
    "is on {}, a line that cannot be read (its problem is listed): mend that line and the "
    "link holds (`argmap validate --repair` keeps it)"
)


def _progress_stances(progress: Progress) -> set[str]:
    return set(progress.argues.values()) | {
        s for rs in progress.rejected.values() for r in rs for s in r.stances
    }


def claim_id(source: str, start: int, end: int, annotator: str, salt: int = 0) -> str:
    """A stable claim id derived from where it stands and who made it."""
    key = f"{source}\0{start}\0{end}\0{annotator}\0{salt}".encode()
    return "c" + hashlib.sha1(key).hexdigest()[:10]


class Project:
    """A debate: its sources, codebook and claims, and the edits made to them."""

    def __init__(
        self,
        root: Path,
        config: ProjectConfig,
        codebook: Codebook,
        sources: dict[str, SourceDoc],
        claims: dict[str, list[Claim]],
        problems: list[str],
        unreadable: set[str],
        anchor_reports: list[AnchorReport],
        annotator: str | None = None,
    ) -> None:
        self.root = root
        self.config = config
        self.codebook = codebook
        self.sources = sources
        self._claims = claims
        self.problems = problems
        self.unreadable = unreadable
        self.saved_reanchored: list[str] = []
        self.voice_notes: list[str] = []
        """One line per voice an edit wrote that looks like a typo of another voice of the
        project (or was written in that voice's spelling): the command line says it."""
        self._voices: dict[str, str] | None = None
        """One line per annotation file an edit saved with its claims re-anchored on the
        source's changed text (the edit's command says so, not only ``validate``)."""
        self._deleted_targets: set[str] = set()
        self.links_to_deleted: list[str] = []
        """Links left out: to a claim deleted in another copy (see ``_gone_targets``)."""
        self.anchor_reports = anchor_reports
        self._annotator = annotator
        self._undo: list[Edit] = []
        self._redo: list[Edit] = []
        self._batch: list[tuple[str, Claim | None, Claim | None]] | None = None
        self._batch_ids: set[str] = set()
        self._index: dict[str, Claim] | None = None
        self._adjudicating = False
        self._progress: dict[str, Progress] = {}
        # (annotator, source) -> (the entries placed, text sha256, reader, placement)
        self._placed: dict[tuple[str, str], tuple[object, str, int | None, Any]] = {}
        self._views: dict[str | None, Consensus] = {}
        self.writes = 0
        self.annotator_from = ""
        """Where :attr:`annotator` last found the name ("--annotator", "argmap.json", …)."""
        self.ids_passed_over: dict[str, str] = {}
        """Each source added by this object whose id was taken: its id -> the taken one."""
        self.reanchor_failures: list[str] = []
        """How many saves this object made (the CLI tells a read from an edit by it)."""
        self._strict = True
        self._partial: set[str] | None = None  # sources whose claims are read (claims_of)
        self._other_ids: list[str] = []  # the unread files' claim ids, space-separated
        self._other_set: set[str] | None = None  # the same as a set, made when needed
        self._other_text: str | None = None  # the same as one string, made when needed
        self._other_asked = 0
        self._summaries: dict[str, dict] | None = None  # unread files' counts (claims_of=[])

    # ------------------------------------------------------------------ opening

    @property
    def sources_dir(self) -> Path:
        return self.root / self.config.sources_dir

    @property
    def annotations_dir(self) -> Path:
        return self.root / self.config.annotations_dir

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        annotator: str | None = None,
        strict: bool = True,
        claims_of: Iterable[str] | None = None,
        summary: bool = False,
    ) -> Project:
        """Open the project at ``path`` (or the nearest one above the current directory).

        With ``strict`` any invalid file raises :class:`InvalidFile` listing every problem;
        without it the problems are kept in ``project.problems`` and the files they concern
        are never rewritten.

        With ``claims_of`` (source ids or unique prefixes) only those sources' annotation
        files are read and checked, for a command that edits or shows one source: the other
        sources' claims are read on first need (looking up a claim elsewhere, deleting,
        any view of the whole project). Their ids come from the load cache
        (:mod:`argmap.loadcache`), so a new claim's id is still checked against all.
        With ``summary`` (and ``claims_of`` empty) the files changed since the cache checked
        them are read, and those with orphans, for a command that needs only counts and
        problems (:meth:`claim_counts`, :meth:`validate`): the unread files' relations are
        checked against every claim id from the cache, as a full open checks them.
        """
        start = Path(path) if path is not None else Path.cwd()
        root = store.find_project_root(start) if path is None else start
        if root is None or not (root / store.CONFIG_FILE).is_file():
            where = start if path is not None else Path.cwd()
            raise ProjectNotFound(
                f"{where}: no argmap project here ({store.CONFIG_FILE} not found); "
                "run `argmap init DIR` or pass --project DIR"
            )
        # Loading creates tens of thousands of objects that all stay alive: pausing the
        # cyclic garbage collector meanwhile saves its repeated full scans (~25% at scale).
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            project = cls._load(root, annotator, claims_of, summary)
        finally:
            if gc_was_enabled:
                gc.enable()
        project._strict = strict
        if strict and project.problems:
            raise InvalidFile(project.problems)
        return project

    @classmethod
    def _load(
        cls,
        root: Path,
        annotator: str | None,
        claims_of: Iterable[str] | None = None,
        summary: bool = False,
    ) -> Project:
        config = store.load_config(root)
        annotations = root / config.annotations_dir
        if journal.needs_recovery(annotations):
            # A codebook change was interrupted: finish it (or drop it) before reading.
            with store.project_lock(annotations):
                journal.recover(annotations)
        codebook = store.load_codebook(root / config.annotations_dir / store.CODEBOOK_FILE)
        problems: list[str] = []
        cache = LoadCache(root, file_stat(annotations / store.CODEBOOK_FILE))
        sources = cls._load_sources(root / config.sources_dir, problems, root / CACHE_DIR, cache)
        project = cls(root, config, codebook, sources, {}, problems, set(), [], annotator)
        project._load_claims(cache, project._resolve_claims_of(claims_of, cache, summary))
        project._load_progress()
        cache.save(keep=set(sources))
        return project

    def _resolve_claims_of(
        self, refs: Iterable[str] | None, cache: LoadCache, summary: bool = False
    ) -> set[str] | None:
        """The source ids whose claims to read, or None for all (when a ref is unclear)."""
        if refs is None:
            return None
        refs = list(refs)
        summaries: dict[str, dict] | None = {} if summary and not refs else None
        wanted = set()
        for ref in refs:
            hits = [ref] if ref in self.sources else [s for s in self.sources if s.startswith(ref)]
            if len(hits) != 1:
                return None  # let the command report the unknown or ambiguous source
            wanted.add(hits[0])
        others: list[str] = []
        unchecked = set()
        suffix = store.ANNOTATION_SUFFIX
        with stats_in(self.annotations_dir) as stat_of:
            for sid, doc in self.sources.items():
                if sid in wanted:
                    continue
                stat = stat_of(sid + suffix)
                if stat is None:
                    continue
                ids = cache.claim_ids(sid, stat, doc.sha256)
                if summaries is not None and ids is not None:
                    known = cache.summary(sid, stat, doc.sha256)
                    if known is None or known["orphans"]:
                        ids = None  # validate quotes orphans: read the file
                    else:
                        summaries[sid] = known
                if ids is None:
                    unchecked.add(sid)  # changed since last checked: read and check it now
                else:
                    others.append(ids)
        if summaries is not None and self.annotations_dir.is_dir():
            # Annotation files without a source are read, to be reported as a full open does.
            for name in os.listdir(self.annotations_dir):
                sid = name.removesuffix(store.ANNOTATION_SUFFIX)
                if sid != name and not name.startswith(".") and sid not in self.sources:
                    unchecked.add(sid)
        self._other_ids, self._other_set, self._other_text = others, None, None
        self._summaries = summaries
        return wanted | unchecked

    @classmethod
    def _load_sources(
        cls,
        directory: Path,
        problems: list[str],
        cache_dir: Path,
        cache: LoadCache | None = None,
    ) -> dict[str, SourceDoc]:
        sources: dict[str, SourceDoc] = {}
        if not directory.is_dir():
            problems.append(f"{directory}: sources directory is missing")
            return sources
        # File names handled as strings (a Path per file costs ~0.1 s per 1,000 sources).
        texts: dict[str, str] = {}
        metas: dict[str, str] = {}
        for name in sorted(os.listdir(directory)):  # sorted: of foo.md and foo.txt, as before
            if name.startswith("."):
                continue
            if name.endswith(store.META_SUFFIX):
                metas[name[: -len(store.META_SUFFIX)]] = name
                continue
            stem, dot, ext = name.rpartition(".")
            if dot and stem and f".{ext}" in corpus.SOURCE_SUFFIXES:
                texts[stem] = name
        prefix = os.path.join(directory, "")
        with stats_in(directory) as stat_of:
            for sid in sorted(texts.keys() | metas.keys()):
                # Stat before reading, so that a file changed meanwhile is not remembered
                # as read.
                meta_name = metas.get(sid)
                meta_stat = stat_of(meta_name) if meta_name is not None else None
                known = cache.source(sid, meta_stat) if cache is not None else None
                if known is not None:
                    text_name = known.meta["file"]
                    text_stat = stat_of(text_name)
                    if text_stat is not None and text_stat == known.text_stat:
                        # Unchanged since an earlier open: the text is read when first
                        # needed, the metadata (the cache's dict) validated when first used.
                        sources[sid] = SourceDoc(
                            known.meta,
                            prefix + text_name,
                            None,
                            cache_dir,
                            sha256=known.sha256,
                            meta_path=None if meta_name is None else prefix + meta_name,
                        )
                        continue
                doc = cls._read_source(
                    sid, directory, texts, metas, meta_stat, known, problems, cache_dir, cache
                )
                if doc is not None:
                    sources[sid] = doc
        return sources

    @staticmethod
    def _read_source(
        sid: str,
        directory: Path,
        texts: dict[str, str],
        metas: dict[str, str],
        meta_stat: Stat | None,
        known: Known | None,
        problems: list[str],
        cache_dir: Path,
        cache: LoadCache | None,
    ) -> SourceDoc | None:
        """Source ``sid`` read from its files in ``directory`` (``texts``, ``metas``: the
        files' names by source id; ``meta_stat``: its metadata file's stat; ``known``:
        what the load cache knows of it, whose text has changed), remembered in ``cache``;
        None, its problems added, if it cannot be read."""
        meta_path = directory / metas[sid] if sid in metas and known is None else None
        try:
            meta: SourceMeta | dict[str, Any] | None
            if known is not None:
                meta = known.meta  # a dict
                text_name = known.meta["file"]
            else:
                meta = store.load_meta(meta_path) if meta_path is not None else None
                text_name = meta.file if meta else texts[sid]
            text_stat = file_stat(os.path.join(directory, "") + text_name)
            text_path = directory / text_name
            if isinstance(meta, dict):  # known, but the text changed
                meta = _cached_meta(
                    meta, directory / metas[sid] if sid in metas else None, text_path
                )
            if meta and not text_path.is_file():
                raise ArgmapError(
                    f"{directory / metas[sid]}: file: source text {meta.file!r} is missing"
                )
            text = corpus.read_source_text(text_path)
        except InvalidFile as err:
            problems.extend(err.problems)
            return None
        except ArgmapError as err:
            problems.append(str(err))
            return None
        if meta is None:
            meta = SourceMeta(id=sid, file=text_path.name, title=corpus.guess_title(text))
        doc = SourceDoc(meta, text_path, text, cache_dir)
        if cache is not None:
            cache.remember_source(sid, meta_stat, meta, text_stat, doc.sha256)
        return doc

    def _load_claims(
        self,
        cache: LoadCache | None = None,
        only: set[str] | None = None,
        skip: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        """Read annotation files: all, or ``only`` those sources' (a partly opened project)."""
        directory = self.annotations_dir
        if only is not None:
            files = [self.annotation_path(sid) for sid in sorted(only)]
            files = [p for p in files if p.exists()]
        elif directory.is_dir():
            files = [
                directory / name
                for name in sorted(os.listdir(directory))
                if name.endswith(store.ANNOTATION_SUFFIX) and not name.startswith(".")
            ]
        else:
            files = []
        known = set(self.sources)
        for path in files:
            sid = path.name.removesuffix(store.ANNOTATION_SUFFIX)
            if sid in skip:
                continue
            stat = file_stat(path) if cache is not None else None
            header, numbered, problems = store.read_annotations(path, sid)
            if sid not in known and self._source_id_taken(sid):
                problems.append(  # its text or metadata is damaged: named on its own line
                    f"{path}: annotations of source {sid!r}, whose files cannot be read "
                    "(their problem is listed): kept as they are until it can be"
                )
            elif sid not in known:
                problems.append(
                    f"{path}: annotations for a missing source {sid!r} "
                    f"(no text in {self.config.sources_dir}/)"
                )
            doc = self.sources.get(sid)
            # Checked against this text and codebook by an earlier open, and unchanged since.
            trusted = (
                cache is not None
                and doc is not None
                and header is not None
                and not problems
                and cache.verified(sid, stat, doc.sha256)
            )
            if not trusted:
                problems.extend(self._check_codebook(path, numbered))
            if problems:
                self.problems.extend(problems)
                self.unreadable.add(sid)
            claims = [c for _, c in numbered]
            if trusted:
                if cache.summary(sid, stat, doc.sha256) is None:  # type: ignore[union-attr]
                    # remembered by an older argmap, without what counting needs
                    cache.remember_verified(  # type: ignore[union-attr]
                        sid, stat, doc.sha256, " ".join(c.id for c in claims), _summary(claims)
                    )
            elif doc is None:
                pass
            elif header and header.source_sha256 != doc.sha256:
                claims = self._reanchor_all(sid, claims)
            else:
                before = len(self.problems)
                claims = self._verify_anchors(path, sid, numbered)
                if cache is not None and header and not problems and len(self.problems) == before:
                    cache.remember_verified(
                        sid, stat, doc.sha256, " ".join(c.id for c in claims), _summary(claims)
                    )
            self._claims[sid] = claims
        if only is not None:
            self._partial = set(only)
        else:
            for sid in known:
                self._claims.setdefault(sid, [])
        self._check_relations()

    def _load_rest(self) -> None:
        """Read the claims a project opened with ``claims_of`` has not read yet."""
        if self._partial is None:
            return
        loaded, self._partial = self._partial, None
        cache = LoadCache(self.root, file_stat(self.annotations_dir / store.CODEBOOK_FILE))
        self._index, self._summaries = None, None
        self._other_ids, self._other_set, self._other_text = [], None, None
        self._views.clear()
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._load_claims(cache, None, skip=loaded)
        finally:
            if gc_was_enabled:
                gc.enable()
        cache.save(keep=set(self.sources))
        self._index = None
        if self._strict and self.problems:
            raise InvalidFile(self.problems)

    @property
    def progress_dir(self) -> Path:
        return self.annotations_dir / PROGRESS_DIR

    def _load_progress(self) -> None:
        directory = self.progress_dir
        if not directory.is_dir():
            return
        for path in sorted(directory.glob("*.json")):
            try:
                progress = store.load_json_model(path, Progress)
            except InvalidFile as err:
                self.problems.extend(err.problems)
                continue
            if progress.annotator != path.stem:
                self.problems.append(
                    f"{path}: annotator: {progress.annotator!r} does not match the file name "
                    f"{path.stem!r}"
                )
                continue
            stances = self.codebook.stance_ids
            for sid, stance in progress.argues.items():
                if stance not in stances:
                    self.problems.append(
                        f"{path}: argues: {sid}: {_unknown_entry('stance', stance, stances)}"
                    )
            for sid, entries in progress.rejected.items():
                for entry in entries:
                    for stance in entry.stances:
                        if stance not in stances:
                            self.problems.append(
                                f"{path}: rejected: {sid}: {entry.sentence}: "
                                f"{_unknown_entry('stance', stance, stances)}"
                            )
            self._progress[progress.annotator] = progress

    def _check_codebook(self, path: Path, numbered: list[tuple[int, Claim]]) -> list[str]:
        stances, questions = set(self.codebook.stance_ids), set(self.codebook.question_ids)
        problems = []
        for lineno, c in numbered:
            if c.stance not in stances:
                problems.append(
                    f"{path}:{lineno}: claim {c.id}: "
                    + _unknown_entry("stance", c.stance, self.codebook.stance_ids)
                )
            for q in c.questions:
                if q not in questions:
                    problems.append(
                        f"{path}:{lineno}: claim {c.id}: "
                        + _unknown_entry("question", q, self.codebook.question_ids)
                    )
        return problems

    def _verify_anchors(
        self, path: Path, sid: str, numbered: list[tuple[int, Claim]]
    ) -> list[Claim]:
        text = self.sources[sid].text
        for lineno, c in numbered:
            if c.orphan is None and text[c.start : c.end] != c.quote:
                self.problems.append(
                    f"{path}:{lineno}: claim {c.id}: quote does not match the source at "
                    f"{c.start}-{c.end} although the source is unchanged"
                )
                self.unreadable.add(sid)
        return [c for _, c in numbered]

    def _reanchor_all(self, sid: str, claims: list[Claim]) -> list[Claim]:
        doc = self.sources[sid]
        report = AnchorReport(sid)
        out = []
        for c in claims:
            placed = reanchor(doc.text, c.anchor)
            if placed.anchor is None:
                report.orphans.append(c.id)
                reason = f"quote not found (best similarity {placed.similarity:.2f})"
                orphan = c.orphan or Orphan(reason=reason, since_sha256=doc.sha256)
                out.append(c.model_copy(update={"orphan": orphan}))
                continue
            if placed.status == "moved":
                report.moved += 1
            elif placed.status == "modified":
                report.modified += 1
            sentence = doc.sentence_at(placed.anchor.start)
            out.append(
                c.model_copy(
                    update={
                        "anchor": placed.anchor,
                        "orphan": None,
                        "sentence": sentence.id if sentence else "",
                    }
                )
            )
        self.anchor_reports.append(report)
        return out

    def _gone_targets(self, missing: list[tuple[str, Path, Claim, Relation, bool]]) -> None:
        """Links in ``missing`` (source, file, claim, link, whether the claim is loaded) to
        claims no file holds live. A claim its annotator deleted (in another copy, before a
        merge) takes the link with it: left out of the claim read (a version 1 ms newer, as a
        codebook change makes, so every copy reads and merges the same), noted in
        :attr:`links_to_deleted`, the file's other readings all read. A claim on a line that
        cannot be read is a problem naming that line; any other, a problem too."""
        deleted, damaged = store.gone_claims(
            self.annotations_dir, {r.target for _, _, _, r, _ in missing}
        )
        dropped: dict[tuple[str, str], set[Relation]] = {}
        for sid, path, c, r, loaded in missing:
            where = damaged.get(r.target)
            if where is None and r.target in deleted:
                self._deleted_targets.add(r.target)
                note = (
                    f"{path}: claim {c.id} ({c.annotator}): its link {r.type} {r.target} is "
                    f"left out: {r.target} was deleted (in another copy, before a merge); "
                    "`argmap validate --repair` drops it from the file"
                )
                if note not in self.links_to_deleted:
                    self.links_to_deleted.append(note)
                if loaded:
                    dropped.setdefault((sid, c.id), set()).add(r)
                continue
            self.problems.append(
                f"{path}: claim {c.id}: {r.type} target {r.target} "
                + ("does not exist" + _GONE_TARGET if where is None else _DAMAGED.format(where))
            )
            self.unreadable.add(sid)
        for sid in {sid for sid, _ in dropped}:
            self._drop_links_to_deleted(sid)

    def _drop_links_to_deleted(self, sid: str) -> None:
        """Source ``sid``'s claims in memory without their links to claims deleted in another
        copy (:meth:`_gone_targets`; a save re-reads the file, which still holds them)."""
        gone = self._deleted_targets
        self._claims[sid] = [
            _relabelled(c.model_copy(update={"relations": kept}))
            if (kept := tuple(r for r in c.relations if r.target not in gone)) != c.relations
            else c
            for c in self._claims.get(sid, [])
        ]
        self._index = None

    def _check_relations(self) -> None:
        index = self._loaded_index()
        missing: list[tuple[str, Path, Claim, Relation, bool]] = []
        for sid, claims in self._claims.items():
            for c in claims:
                for r in c.relations:
                    if r.target not in index and not self._other_has(r.target):
                        missing.append((sid, self.annotation_path(sid), c, r, True))
        dangling = [
            sid
            for sid, summary in (self._summaries or {}).items()
            if any(
                t not in index and t not in self._other_claim_ids
                for t in summary["targets"].split()
            )
        ]
        for sid in dangling:
            # Read the file, to name the claims and relations as a full open names them.
            path = self.annotation_path(sid)
            _, numbered, _ = store.read_annotations(path, sid)
            for _, c in numbered:
                for r in c.relations:
                    if r.target not in index and r.target not in self._other_claim_ids:
                        missing.append((sid, path, c, r, False))
        if missing:
            self._gone_targets(missing)

    def claim_counts(self) -> dict[str, dict[str, int]]:
        """Per source, its claims per annotator (sources without claims left out).

        A project opened with an empty ``claims_of`` answers from the load cache for the
        files it did not read.
        """
        if self._summaries is None:
            self._load_rest()
        out: dict[str, dict[str, int]] = {}
        for sid, summary in (self._summaries or {}).items():
            if summary["by"]:
                out[sid] = dict(summary["by"])
        for sid, claims in self._claims.items():
            for c in claims:
                per = out.setdefault(sid, {})
                per[c.annotator] = per.get(c.annotator, 0) + 1
        return out

    def claim_count(self) -> int:
        """How many claims the project holds (distinct ids), read or known from the cache."""
        if self._summaries is None:
            self._load_rest()
        return len(self._loaded_index().keys() | self._other_claim_ids)

    @property
    def _other_claim_ids(self) -> set[str]:
        """The claim ids of the files a partly opened project has not read (load cache)."""
        if self._other_set is None:
            self._other_set = {cid for ids in self._other_ids for cid in ids.split()}
        return self._other_set

    def _other_has(self, cid: str) -> bool:
        """Whether an unread file holds claim ``cid``: one search of the cached ids, not a
        set of 100,000 of them built for the one id a new claim needs checked."""
        self._other_asked += 1
        if self._other_set is not None or not self._other_ids or self._other_asked > 8:
            return cid in self._other_claim_ids  # many ids asked: the set pays
        if self._other_text is None:
            self._other_text = f" {' '.join(self._other_ids)} "
        return f" {cid} " in self._other_text

    # ------------------------------------------------------------------ creating

    @classmethod
    def init(
        cls, path: Path | str, name: str | None = None, codebook: Codebook | None = None
    ) -> Project:
        """Create an empty project at ``path`` with ``codebook``.

        Without one the shipped European-defence codebook is used, as before; the
        ``argmap init`` command defaults to the blank codebook instead.
        """
        root = Path(path)
        if root.exists() and not root.is_dir():
            raise ArgmapError(f"{root}: is a file, not a directory; choose a new or empty folder")
        store.ensure_new_dir(root)
        # A folder name may hold bytes that are not UTF-8: the project name cannot.
        folder = os.fsencode(root.resolve().name).decode("utf-8", "replace")
        config = ProjectConfig(name=name or folder)
        if codebook is None:
            codebook = store.load_codebook(store.default_codebook_path())
        try:
            (root / config.sources_dir).mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ArgmapError(
                f"{root}: cannot create the project here ({err.strerror or err})"
            ) from None
        store.write_model(root / store.CONFIG_FILE, config)
        store.write_model(root / config.annotations_dir / store.CODEBOOK_FILE, codebook)
        gitattributes = root / ".gitattributes"
        if not gitattributes.exists():
            store.atomic_write(gitattributes, f"{config.annotations_dir}/*.jsonl merge=union\n")
        gitignore = root / ".gitignore"
        if not gitignore.exists():
            store.atomic_write(gitignore, ".argmap-cache/\n")
        return cls.open(root)

    def set_config(self, *, name: str | None = None, annotator: str | None = None) -> list[str]:
        """Change the project's name (in ``argmap.json``) or who its user is (on this machine,
        outside the project: :func:`store.user_config_path`, which a clone or a synced copy
        of the project does not share); what changed, in words, each line naming its file
        ("argmap.json: name 'a' -> 'b'"). A name argmap.json kept for everyone (argmap before
        session 16) moves out of it."""
        said: list[str] = []
        path = self.root / store.CONFIG_FILE
        valid = None
        if name is not None and not name.strip():
            raise UsageError("a project name cannot be empty")
        if annotator is not None:
            valid = annotator_name(annotator)
            if valid is None:
                raise UsageError(f"annotator {annotator!r} is not a valid name: {ANNOTATOR_RULE}")
        with store.project_lock(self.annotations_dir):
            config = store.load_config(self.root)
            changes: dict[str, str | None] = {}
            if name is not None and config.name != name.strip():
                said.append(f"{path}: name {config.name!r} -> {name.strip()!r}")
                changes["name"] = name.strip()
            if valid is not None and config.annotator:
                said.append(
                    f"{path}: annotator {config.annotator!r} taken out (everyone who opens "
                    "the project read it as their name)"
                )
                changes["annotator"] = None
            if changes:
                config = config.model_copy(update=changes)
                store.write_model(path, config)
                self.config = config
        if valid is not None:
            before = store.load_user_annotator()
            if before != valid:
                where = store.save_user_annotator(valid)
                said.append(
                    f"{where}: annotator {before!r} -> {valid!r}"
                    if before
                    else f"{where}: annotator {valid!r}"
                )
        return said

    def add_source(
        self,
        path: Path | str,
        *,
        source_id: str | None = None,
        encoding: str = "utf-8",
        title: str | None = None,
        force: bool = False,
        id_from: str = "title",
        html_reader: int = corpus.READER,
    ) -> SourceMeta:
        """Copy an article (text, Markdown or HTML) into the project with guessed metadata.

        A text already in the project (the same words as an existing source) is refused
        with :class:`DuplicateSource` unless ``force`` or an explicit ``source_id`` says
        that a second copy is meant. Without ``source_id`` the id is made from the title
        (``id_from="title"``) or the file name (``"file"``), see :func:`new_source_id`.
        """
        src = Path(path)
        prepared = prepare_source(src, encoding=encoding, html_reader=html_reader)
        return self.add_prepared(
            prepared, source_id=source_id, title=title, force=force, id_from=id_from
        )

    def replace_text(
        self,
        source_id: str,
        path: Path | str,
        *,
        encoding: str = "utf-8",
        html_reader: int | None = None,
    ) -> SourceMeta:
        """Make the file at ``path`` (a newer version of the article) the text of source
        ``source_id``: same id, the metadata set for it kept, read by the reader the source
        was read with unless ``html_reader`` says another. The claims and rejections on it
        are re-anchored when the project is next opened (see :meth:`save_reanchored`)."""
        doc = self.source(source_id)
        if html_reader is None:
            html_reader = doc.meta.reader if doc.meta.reader is not None else 2
        prepared = prepare_source(path, encoding=encoding, html_reader=html_reader)
        text = corpus.normalise_newlines(prepared.text)
        if corpus.text_sha256(text) == doc.sha256:
            raise UsageError(f"{path}: the same text as source {doc.id!r} has; nothing replaced")
        meta = doc.meta.model_copy(
            update={
                "file": doc.id + prepared.suffix,
                "added_from": Path(path).name,
                "reader": corpus.recorded_reader(prepared.reader),
                "left_out": prepared.left_out,
            }
        )
        old_target = doc.path
        with store.project_lock(self.annotations_dir):
            target = self.sources_dir / meta.file
            if prepared.raw_copy:
                tmp = target.with_name(f".{target.name}.tmp")
                try:
                    shutil.copyfile(prepared.path, tmp)
                    os.replace(tmp, target)
                except OSError as err:
                    tmp.unlink(missing_ok=True)
                    raise ArgmapError(f"{target}: cannot write ({err.strerror or err})") from None
            else:
                store.atomic_write(target, prepared.text)
            store.write_model(
                self.sources_dir / f"{doc.id}{store.META_SUFFIX}", meta, keep_empty=True
            )
            if old_target != target:
                old_target.unlink(missing_ok=True)
            self.writes += 1
        self.sources[doc.id] = SourceDoc(
            meta, target, corpus.read_source_text(target), self.root / CACHE_DIR
        )
        return meta

    def _source_id_taken(self, sid: str) -> bool:
        return sid in self.sources or (self.sources_dir / f"{sid}{store.META_SUFFIX}").exists()

    def new_source_id(self, title: str, file_stem: str = "", id_from: str = "title") -> str:
        """An id for a new source that no source has: from its ``title`` (cut where a phrase
        or word ends at 40 characters, see :func:`slugify`) or, with ``id_from="file"``, its
        whole file name (up to 72 characters, cut where a word ends). A browser tab's count of
        notifications ("(3) Neighbours – Facebook") and a Notion export's hash are left out.
        When the id is taken, more of the title is kept if that tells the two apart, else
        ``-2``, ``-3``… is added (:meth:`source_id_choice` also says which id was taken).
        Existing ids never change."""
        return self.source_id_choice(title, file_stem, id_from)[0]

    def source_id_choice(
        self,
        title: str,
        file_stem: str = "",
        id_from: str = "title",
        *,
        furniture: bool = True,
    ) -> tuple[str, str | None]:
        """:meth:`new_source_id`'s id, and the id it would have been had no source taken it
        (None when it was free): ``("lemmy-2", "lemmy")``, never a guess from the new id."""
        if id_from not in ("title", "file"):
            raise UsageError(f"--id-from {id_from!r}: choose title or file")
        file_stem = _EXPORT_HASH_RE.sub("", _TAB_COUNT_RE.sub("", file_stem))
        title = _TAB_COUNT_RE.sub("", title)
        stem = " ".join(re.split(r"[-_.\s]+", file_stem)) if has_latin_letters(file_stem) else ""
        if stem and furniture and furniture_title(title):  # (reader 17 on: ``add``)
            id_from = "file"  # "skip-to-main-content" names no source: its file does
        if id_from == "file" and stem:
            named, longest = stem, _LONGEST_SLUG
        elif has_latin_letters(title):
            named, longest = title, 40
        else:
            named, longest = stem or "source", _LONGEST_SLUG
        base = slugify(named, longest)
        if not self._source_id_taken(base):
            return base, None
        for length in (60, _LONGEST_SLUG):
            if length <= longest:
                break
            longer = slugify(named, length)
            if not self._source_id_taken(longer):
                return longer, base
        sid, n = base, 2
        while self._source_id_taken(sid):
            sid, n = f"{base}-{n}", n + 1
        return sid, base

    def duplicate_of(self, text: str) -> str | None:
        """The id of a source whose text is exactly ``text`` (after newline normalising)."""
        sha = corpus.text_sha256(corpus.normalise_newlines(text))
        return next((sid for sid, doc in self.sources.items() if doc.sha256 == sha), None)

    def _speakers_of_twin(self, text: str, reader: int | None) -> tuple[SpeakerFix, ...]:
        """The speakers set by hand on a source of the same text read by the same reader
        (the same sentences): a page added again (``--force``) keeps them."""
        sha = corpus.text_sha256(corpus.normalise_newlines(text))
        for doc in self.sources.values():
            if doc.sha256 == sha and doc.reader == reader and doc.speaker_fixes:
                return doc.meta.speakers
        return ()

    def add_prepared(
        self,
        prepared: PreparedSource,
        *,
        source_id: str | None = None,
        title: str | None = None,
        force: bool = False,
        id_from: str = "title",
    ) -> SourceMeta:
        """Save a source read by :func:`prepare_source` (the TUI previews it first)."""
        src, text = prepared.path, prepared.text
        if source_id is not None and not _valid_source_id(source_id):
            raise UsageError(
                f"--id {source_id!r}: a source id is letters, digits, '.', '_' and '-', "
                "starting with a letter or digit (at most 80)"
            )
        if not force and source_id is None:
            existing = self.duplicate_of(text)
            if existing is not None:
                raise DuplicateSource(
                    f"{src}: already in the project as source {existing!r} (same text); "
                    "pass --force to add it again",
                    existing,
                )
        reader = corpus.recorded_reader(prepared.reader)
        title = source_title(prepared, title)
        if source_id is None:
            # a furniture title names no source from reader 17 on (pinned readers as before)
            sid, passed_over = self.source_id_choice(
                title, _id_stem(src), id_from, furniture=prepared.reader >= 17
            )
            if passed_over is not None:
                self.ids_passed_over[sid] = passed_over
        else:
            sid = source_id
            if self._source_id_taken(sid):
                raise UsageError(f"{src}: a source with id {sid!r} already exists")
        meta = source_meta(prepared, sid, title, self._speakers_of_twin(text, reader))
        with store.project_lock(self.annotations_dir):
            target = self.sources_dir / meta.file
            if prepared.raw_copy:
                tmp = target.with_name(f".{target.name}.tmp")
                try:
                    shutil.copyfile(src, tmp)
                    os.replace(tmp, target)
                except OSError as err:
                    tmp.unlink(missing_ok=True)
                    raise ArgmapError(f"{target}: cannot write ({err.strerror or err})") from None
            else:
                store.atomic_write(target, text)
            try:
                store.write_model(
                    self.sources_dir / f"{sid}{store.META_SUFFIX}", meta, keep_empty=True
                )
            except ArgmapError:
                target.unlink(missing_ok=True)
                raise
            self.writes += 1
        self.sources[sid] = SourceDoc(
            meta, target, corpus.read_source_text(target), self.root / CACHE_DIR
        )
        self.sources = dict(sorted(self.sources.items()))
        self._claims.setdefault(sid, [])
        return meta

    def set_meta(self, source: str, **fields: str) -> SourceMeta:
        """Change a source's metadata (title, author, outlet, date, url, note)."""
        doc = self.source(source)
        if fields.get("date"):
            fields["date"] = _check_date(fields["date"])
        given = {k: v for k, v in fields.items() if v is not None}

        def change(saved: SourceMeta) -> SourceMeta:
            return SourceMeta.model_validate({**saved.model_dump(by_alias=True), **given})

        change(doc.meta)  # refused here, before the lock, when a value is not valid
        what = ", ".join(k for k in fields if fields[k] is not None)
        if fields.get("left_out") == ():
            what = "passages not read forgotten"
        self._commit_meta(doc, change, f"{doc.id}: {what}")
        return doc.meta

    def _commit_meta(
        self, doc: SourceDoc, change: Callable[[SourceMeta], SourceMeta], label: str
    ) -> None:
        """Save what ``change`` makes of ``doc``'s metadata as saved (read under the lock:
        what another process or a terminal saved since this one opened the project is
        kept), as one undoable edit named ``label``."""
        before = self._write_meta(doc, change)
        if doc.meta != before:
            self._undo.append(Edit(label, meta=(doc.id, before, doc.meta)))
            self._redo.clear()

    def _write_meta(
        self, doc: SourceDoc, meta: SourceMeta | Callable[[SourceMeta], SourceMeta]
    ) -> SourceMeta:
        """Save ``meta`` as ``doc``'s metadata (or what ``meta`` makes of it as saved, read
        under the lock); its sentences are read again if the speakers set by hand changed.
        The metadata as it was saved before."""
        path = self.sources_dir / f"{doc.id}{store.META_SUFFIX}"
        before = doc.meta
        with store.project_lock(self.annotations_dir):
            if not isinstance(meta, SourceMeta):
                before = store.load_meta(path) if path.is_file() else doc.meta
                meta = meta(before)
            store.write_model(path, meta, keep_empty=True)
        self.writes += 1
        speakers_changed = meta.speakers != doc.meta.speakers
        doc.meta = meta
        if speakers_changed:
            for key in ("sentences", "_starts"):
                doc.__dict__.pop(key, None)
        return before

    def _move_meta(self, change: tuple[str, SourceMeta, SourceMeta]) -> None:
        """Make a metadata edit (source, from, to) again on the source's metadata as saved:
        the fields the edit changed take their value in ``to``; others (changed since by
        another process too) stay as they are."""
        sid, was, became = change
        doc = self.source(sid)
        moved = {
            name: getattr(became, name)
            for name in SourceMeta.model_fields
            if getattr(was, name) != getattr(became, name)
        }
        self._write_meta(doc, lambda saved: saved.model_copy(update=moved))

    def set_speaker(
        self, source: str, sentence_ids: Sequence[str], speaker: str | None
    ) -> list[Sentence]:
        """Set who says the sentences ``sentence_ids`` of ``source`` (``""``: nobody), or
        with ``speaker`` None give them back the speaker their reader found. Kept in the
        source's metadata with each sentence's text, applied while the sentence reads so."""
        doc = self.source(source)
        if speaker is not None and (
            speaker != speaker.strip() or "\t" in speaker or "\n" in speaker
        ):
            raise UsageError(f"speaker {speaker!r}: no tabs, line breaks or spaces around it")
        chosen = [doc.sentence(x) for x in sentence_ids]
        ids = {s.id for s in chosen}
        made = (
            [SpeakerFix(sentence=s.id, speaker=speaker, text=s.text) for s in chosen]
            if speaker is not None
            else []  # given back to the reader
        )

        def change(saved: SourceMeta) -> SourceMeta:
            fixes = [f for f in saved.speakers if f.sentence not in ids] + made
            return SourceMeta.model_validate(
                {
                    **saved.model_dump(by_alias=True),
                    "speakers": sorted(fixes, key=lambda f: f.sentence),
                }
            )

        span = "–".join(dict.fromkeys([chosen[0].id, chosen[-1].id])) if chosen else "-"
        self._commit_meta(doc, change, f"speaker of {doc.id}:{span}")
        return [doc.sentence(s.id) for s in chosen]

    # ------------------------------------------------------------------ queries

    def source(self, ref: str) -> SourceDoc:
        """The source named by ``ref``: its id, or a unique prefix of it."""
        if ref in self.sources:
            return self.sources[ref]
        hits = [sid for sid in self.sources if sid.startswith(ref)]
        if len(hits) == 1:
            return self.sources[hits[0]]
        if hits:
            raise UsageError(f"source {ref!r} is ambiguous: {choices(hits)}")
        # A source whose files failed to load is not in self.sources: say so, not "unknown".
        on_disk = {
            p.name.removesuffix(store.META_SUFFIX).removesuffix(p.suffix)
            for p in (self.sources_dir.iterdir() if self.sources_dir.is_dir() else ())
            if p.name.startswith(ref) and not p.name.startswith(".")
        }
        damaged = sorted((on_disk | self.unreadable) - set(self.sources))
        damaged = [sid for sid in damaged if sid.startswith(ref)]
        if ref and len(damaged) == 1:
            raise ArgmapError(
                f"source {damaged[0]!r} cannot be used: its files have problems "
                "(run `argmap validate`)"
            )
        raise UsageError(unknown("source", ref, list(self.sources)))

    def annotation_path(self, source_id: str) -> Path:
        return self.annotations_dir / f"{source_id}{store.ANNOTATION_SUFFIX}"

    @property
    def claim_index(self) -> dict[str, Claim]:
        """Every claim by id."""
        self._load_rest()
        return self._loaded_index()

    def _loaded_index(self) -> dict[str, Claim]:
        """The claims read so far by id (all but in a project opened with ``claims_of``)."""
        if self._index is None:
            self._index = {c.id: c for claims in self._claims.values() for c in claims}
        return self._index

    def _id_taken(self, cid: str) -> bool:
        """Whether a claim has this id (in a partly opened project too, without reading all)."""
        return cid in self._loaded_index() or self._other_has(cid)

    def claims(
        self,
        *,
        source: str | None = None,
        question: str | None = None,
        stance: str | None = None,
        kind: str | None = None,
        annotator: str | None = None,
    ) -> list[Claim]:
        """Claims in document order, filtered by any of the given fields."""
        if question is not None:
            self.check_question(question)
        if stance is not None:
            self.check_stance(stance)
        if kind is not None and kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r} (valid: {choices(KINDS)})")
        sids = [self.source(source).id] if source else None
        if self._partial is not None and (sids is None or sids[0] not in self._partial):
            self._load_rest()
        if sids is None:
            sids = list(self._claims)
        out = []
        for sid in sorted(sids):
            for c in self._claims.get(sid, []):
                if (
                    (question is None or question in c.questions)
                    and (stance is None or c.stance == stance)
                    and (kind is None or c.kind == kind)
                    and (annotator is None or c.annotator == annotator)
                ):
                    out.append(c)
        return out

    def claim(self, ref: str) -> Claim:
        """The claim with id ``ref`` (or a unique prefix of at least 4 characters), or the
        one on a sentence: ``SOURCE:SENTENCE`` as ``annotate`` prints it (the source's id or
        a unique prefix; yours first where several annotators have a claim there)."""
        if ":" in ref:  # a claim id has none
            return self._claim_on_sentence(ref)
        if ref in self._loaded_index():
            return self._loaded_index()[ref]  # no need to read the rest of a partial project
        index = self.claim_index
        if ref in index:
            return index[ref]
        hits = [cid for cid in index if len(ref) >= 4 and cid.startswith(ref)]
        if len(hits) == 1:
            return index[hits[0]]
        if hits:
            raise UsageError(f"claim {ref!r} is ambiguous: {choices(sorted(hits)[:8])}")
        raise UsageError(f"unknown claim {ref!r} (see `argmap claims` for ids)")

    def _claim_on_sentence(self, ref: str) -> Claim:
        """The claim ``SOURCE:SENTENCE`` names (see :meth:`claim`)."""
        source_ref, _, sentence_ref = ref.partition(":")
        doc = self.source(source_ref)
        sentence = doc.sentence(sentence_ref).id
        here = [c for c in self.claims(source=doc.id) if c.sentence == sentence]
        if len(here) > 1:
            try:
                mine = [c for c in here if c.annotator == self.annotator]
            except UsageError:  # no annotator set
                mine = []
            here = mine or here
        if len(here) == 1:
            return here[0]
        if not here:
            raise UsageError(
                f"no claim on {doc.id}:{sentence} (annotate it first; `argmap claims --source "
                f"{doc.id}` lists its claims)"
            )
        whose = ", ".join(f"{c.id} ({c.annotator})" for c in here)
        raise UsageError(f"{doc.id}:{sentence} has {len(here)} claims: give one id: {whose}")

    def annotators(self) -> list[str]:
        """Everyone who has annotated in this project, sorted."""
        return sorted({c.annotator for c in self.claim_index.values()})

    def view_claims(self, annotator: str | None = None) -> list[Claim]:
        """The claims analysis, claim lists and exports use: one vote per sentence.

        With ``annotator``, that person's claims (``reference`` for the adjudicated ones).
        Otherwise everyone's, one reading per sentence and question: the reference claims
        wherever a sentence has any, the shared reading where its readers agree; sentences
        they read differently are left out (see :meth:`view` for them).
        """
        return list(self.view(annotator).claims)

    def view(self, annotator: str | None = None) -> Consensus:
        """The claims that count and the contested sentences (see :func:`analysis.consensus`).

        With ``annotator``, that person's claims and nothing contested.
        """
        cached = self._views.get(annotator)
        if cached is not None:
            return cached
        if annotator is not None:
            view = Consensus(self.claims(annotator=annotator))
        else:
            view = consensus(
                self.claims(), reference=self.config.reference_annotator, done=self.done_map()
            )
        self._views[annotator] = view
        return view

    # ------------------------------------------------------------------ progress

    def done_map(self) -> dict[str, list[str]]:
        """Per source id, the annotators who have marked it done (sorted)."""
        out: dict[str, list[str]] = {}
        for name in sorted(self._progress):
            for sid in self._progress[name].done:
                if sid in self.sources:
                    out.setdefault(sid, []).append(name)
        return dict(sorted(out.items()))

    def done_sources(self, annotator: str | None = None) -> list[str]:
        """The sources ``annotator`` (default: you) has marked done, sorted."""
        name = annotator or self.annotator
        progress = self._progress.get(name)
        return sorted(s for s in progress.done if s in self.sources) if progress else []

    def _edit_progress(
        self,
        change: Callable[[Progress], dict[str, Any] | None],
        annotator: str | None = None,
        label: str | None = None,
    ) -> bool:
        """Apply ``change`` to your progress file (``annotator``'s if given) under the project
        lock: it returns the fields to update, or None when nothing changes (then nothing is
        written). A save also anchors the rejections of an older file kept by sentence id
        alone (see :func:`argmap.rejections.place`). With ``label``, one undoable edit."""
        name = annotator or self.annotator
        path = self.progress_dir / f"{name}.json"
        with store.project_lock(self.annotations_dir):
            progress = (
                store.load_json_model(path, Progress)
                if path.is_file()
                else Progress(annotator=name)
            )
            before = progress
            update = change(progress)
            if update is not None:
                progress = progress.model_copy(update=update)
                progress = self._anchor_older_rejections(progress)
                path.parent.mkdir(parents=True, exist_ok=True)
                store.write_model(path, progress)
        self._progress[name] = progress
        if update is not None and label is not None:
            marks = tuple(
                (fld, sid, was.get(sid), now.get(sid))
                for fld in ("done", "argues", "rejected")
                for was, now in [(getattr(before, fld), getattr(progress, fld))]
                for sid in sorted(set(was) | set(now))
                if was.get(sid) != now.get(sid)
            )
            self._undo.append(Edit(label, marks=(name, marks)))
            self._redo.clear()
        return update is not None

    def _move_marks(self, edit: Edit, back: bool) -> None:
        """Undo (``back``) or redo a progress edit: each entry it changed that still reads as
        it left it (as it found it, for a redo) takes its other value; others stay."""
        assert edit.marks is not None
        name, marks = edit.marks

        def change(progress: Progress) -> dict[str, Any] | None:
            fields: dict[str, dict[str, Any]] = {}
            for fld, sid, before, after in marks:
                was, to = (after, before) if back else (before, after)
                values = fields.setdefault(fld, dict(getattr(progress, fld)))
                if values.get(sid) != was:
                    continue  # changed since (another edit): left as it is
                if to is None:
                    values.pop(sid, None)
                else:
                    values[sid] = to
            update = {
                fld: dict(sorted(v.items()))
                for fld, v in fields.items()
                if v != getattr(progress, fld)
            }
            return update or None

        self._edit_progress(change, annotator=name)
        self._views.clear()

    def _anchor_older_rejections(self, progress: Progress) -> Progress:
        """``progress`` with the rejections kept by sentence id alone (a file written before
        anchors were kept) anchored to their sentences' texts as they are now; those whose
        sentence is gone, or whose source is, stay as they were."""
        older = [
            sid
            for sid, entries in progress.rejected.items()
            if sid in self.sources and any(e.anchor is None for e in entries)
        ]
        if not older:
            return progress
        out = dict(progress.rejected)
        for sid in older:
            doc = self.sources[sid]
            out[sid] = rejections.place(doc.text, doc.sentences, out[sid]).rejections
        return progress.model_copy(update={"rejected": out})

    def _placement(self, annotator: str, sid: str) -> rejections.Placed | None:
        """``annotator``'s rejections on source ``sid`` placed on its sentences as they are
        now (None: none there, or no such source)."""
        progress = self._progress.get(annotator)
        entries = progress.rejected.get(sid) if progress is not None else None
        doc = self.sources.get(sid)
        if not entries or doc is None:
            return None
        key = (annotator, sid)
        got = self._placed.get(key)
        if got is not None and got[0] is entries and got[1] == doc.sha256 and got[2] == doc.reader:
            return got[3]
        placed = rejections.place(doc.text, doc.sentences, entries)
        self._placed[key] = (entries, doc.sha256, doc.reader, placed)
        return placed

    def mark_done(self, source: str, done: bool = True) -> bool:
        """Mark a source done (or not done, with ``done=False``) for you; False if it was so."""
        doc = self.source(source)

        def change(progress: Progress) -> dict[str, Any] | None:
            if (doc.id in progress.done) == done:
                return None
            marks = dict(progress.done)
            if done:
                marks[doc.id] = _now()
            else:
                del marks[doc.id]
            return {"done": dict(sorted(marks.items()))}

        changed = self._edit_progress(change, label=f"{doc.id} {'' if done else 'not '}done")
        if changed:
            self._views.clear()
        return changed

    def argued(self, annotator: str | None = None) -> dict[str, str]:
        """Per source, the stance ``annotator`` (default: you) says it argues as a whole;
        stances no longer in the codebook are left out (``validate`` names them)."""
        progress = self._progress.get(annotator or self.annotator)
        if progress is None:
            return {}
        stances = set(self.codebook.stance_ids)
        return {
            sid: stance
            for sid, stance in sorted(progress.argues.items())
            if sid in self.sources and stance in stances
        }

    def argued_map(self) -> dict[str, dict[str, str]]:
        """Per source id, each annotator's word on the stance it argues (annotator -> stance)."""
        out: dict[str, dict[str, str]] = {}
        for name in sorted(self._progress):
            for sid, stance in self.argued(name).items():
                out.setdefault(sid, {})[name] = stance
        return dict(sorted(out.items()))

    def set_argued(self, source: str, stance: str | None) -> bool:
        """Say that a source argues ``stance`` as a whole, in your reading (None: take it
        back); False if it was so already."""
        doc = self.source(source)
        if stance is not None:
            stance = self.check_stance(stance)

        def change(progress: Progress) -> dict[str, Any] | None:
            if progress.argues.get(doc.id) == stance:
                return None
            argues = dict(progress.argues)
            if stance is None:
                del argues[doc.id]
            else:
                argues[doc.id] = stance
            return {"argues": dict(sorted(argues.items()))}

        said = f"argues {stance}" if stance is not None else "argues nothing said"
        return self._edit_progress(change, label=f"{doc.id} {said}")

    def rejected(
        self, annotator: str | None = None, only: str | None = None
    ) -> dict[str, dict[str, tuple[str, ...]]]:
        """Per source (only source id ``only`` if given), per sentence id, the stances of the
        suggestions ``annotator`` (default: you) rejected there. Each rejection is placed on
        the sentence that reads as it did when rejected, whatever its id now (the source
        edited, or cut anew); sources no longer in the project, rejections no sentence
        reads as now and stances no longer in the codebook are left out (kept in the file;
        ``validate`` names them)."""
        name = annotator or self.annotator
        progress = self._progress.get(name)
        if progress is None:
            return {}
        stances = set(self.codebook.stance_ids)
        out: dict[str, dict[str, tuple[str, ...]]] = {}
        for sid in sorted(progress.rejected):
            if only is not None and sid != only:
                continue
            placed = self._placement(name, sid)
            if placed is None:
                continue
            for sentence, rejected in sorted(placed.by_sentence.items()):
                kept = tuple(s for s in rejected if s in stances)
                if kept:
                    out.setdefault(sid, {})[sentence] = kept
        return out

    def rejected_map(self) -> dict[str, dict[str, dict[str, tuple[str, ...]]]]:
        """Each annotator's rejections (annotator -> ``rejected(annotator)``), sorted."""
        return {name: got for name in sorted(self._progress) if (got := self.rejected(name))}

    def set_rejected(
        self, source: str, sentence: str, stance: str | None, rejected: bool = True
    ) -> bool:
        """Reject the suggestion of ``stance`` for a sentence, in your reading (kept in your
        progress file); ``rejected=False`` takes it back (``stance`` None: every stance
        rejected there). False if it was so already."""
        doc = self.source(source)
        sent = doc.sentence(sentence).id
        if stance is not None:
            stance = self.check_stance(stance)
        elif rejected:
            raise UsageError("reject: say which stance's suggestion is rejected")

        def change(progress: Progress) -> dict[str, Any] | None:
            placed = rejections.place(doc.text, doc.sentences, progress.rejected.get(doc.id, ()))
            before = placed.by_sentence.get(sent, ())
            if rejected:
                after = tuple(sorted({*before, stance}))  # type: ignore[arg-type]
            else:
                after = tuple(s for s in before if stance is not None and s != stance)
            # Taking back every stance at a sentence also drops what was rejected at that id
            # before the source changed and is kept unplaced (`validate` names it so).
            forget = stance is None and not rejected
            unplaced = [
                u.rejection
                for u in placed.unplaced
                if not (forget and u.rejection.sentence == sent)
            ]
            if after == before and len(unplaced) == len(placed.unplaced):
                return None
            kept = [r for r in placed.placed if r.sentence != sent]
            if after:
                kept.append(rejections.anchored(doc.text, doc.sentence(sent), after))
            entries = [*rejections.in_order(kept), *unplaced]
            out = dict(progress.rejected)
            if entries:
                out[doc.id] = tuple(entries)
            else:
                out.pop(doc.id, None)
            return {"rejected": dict(sorted(out.items()))}

        what = "rejected" if rejected else "rejection taken back"
        return self._edit_progress(change, label=f"suggestion {what} at {doc.id}:{sent}")

    def check_stance(self, stance: str) -> str:
        if stance not in self.codebook.stance_ids:
            raise UsageError(unknown("stance", stance, self.codebook.stance_ids))
        return stance

    def voices(self) -> dict[str, str]:
        """The project's voices (every annotator's claims): :func:`model.voice_key` -> the
        spelling written most often (ties: the first in sorted order)."""
        if self._voices is None:
            if self._partial is not None:
                self._load_rest()
            self._voices = voices_of(c for cs in self._claims.values() for c in cs)
        return self._voices

    def voice_spelling(self, voice: str) -> str:
        """``voice`` as the project writes it: normalised (:func:`model.voice_name`), in the
        spelling of a voice it has that differs only in case or spacing (unless that one is
        all in small or capital letters and ``voice`` is not). A new voice close to
        one the project has (a letter dropped, doubled, swapped) is written as given, and
        :attr:`voice_notes` says which it resembles."""
        name = voice_name(voice)
        if not name:
            return ""
        if "\t" in voice or "\n" in voice.strip():
            raise UsageError(f"voice {voice!r}: one line, no tabs")
        if len(name) > VOICE_MAX:
            raise UsageError(f"voice of {len(name)} characters: at most {VOICE_MAX}")
        known = self.voices()
        key = voice_key(name)
        spelled = known.get(key)
        if spelled is not None and cased(name) and not cased(spelled):
            known[key] = name  # "margit solheim-rask" written first: the name's case wins
        elif spelled is not None:
            if spelled != name:
                note = f"voice {name!r} written {spelled!r}, as the project spells it already"
                if note not in self.voice_notes:
                    self.voice_notes.append(note)
            return spelled
        near = near_voice(key, known)
        if near is not None:
            note = (
                f"voice {name!r} is new; the project has {near!r}: a typo? "
                f"(`argmap update CLAIM --voice {near!r}` mends it)"
            )
            if note not in self.voice_notes:
                self.voice_notes.append(note)
        known[key] = name  # a later row of the same import spells it so too
        return name

    def check_question(self, question: str) -> str:
        if question not in self.codebook.question_ids:
            raise UsageError(unknown("question", question, self.codebook.question_ids))
        return question

    @property
    def chosen_annotator(self) -> str | None:
        """The annotator given explicitly (``--annotator`` or set by the UI), if any."""
        return self._annotator

    @chosen_annotator.setter
    def chosen_annotator(self, name: str | None) -> None:
        self._annotator = name

    @property
    def annotator(self) -> str:
        """Who is editing: ``--annotator``, then $ARGMAP_ANNOTATOR, then the name this
        person keeps on this machine (``argmap init DIR --annotator NAME``: see
        :func:`store.user_config_path`), then argmap.json's (shared with whoever shares the
        project; kept there by argmap before session 16). ``annotator_from`` says which."""
        given = [
            (self._annotator, "--annotator"),
            (os.environ.get(ANNOTATOR_ENV), f"${ANNOTATOR_ENV}"),
            (store.load_user_annotator, str(store.user_config_path())),
            (self.config.annotator, store.CONFIG_FILE),
        ]
        name, where = "", ""
        for value, origin in given:
            found = value() if callable(value) else value
            if found:
                name, where = found, origin
                break
        if not name:
            raise UsageError(
                f"no annotator set: pass --annotator NAME, set {ANNOTATOR_ENV}, or keep your "
                f"name on this machine with `argmap init {self.root} --annotator NAME`"
            )
        self.annotator_from = where
        valid = annotator_name(name)
        if valid is None:
            raise UsageError(
                f"annotator {name!r} (from {where}) is not a valid name: one word of letters "
                "and digits (any alphabet, e.g. zoë), also '.', '_' and '-' inside"
            )
        return valid

    def check_annotator(self, name: str) -> str:
        """``name`` (NFC) if someone annotated under it; else a usage error listing who did."""
        valid = annotator_name(name)
        if valid == self.config.reference_annotator:
            return valid  # the reference view exists (empty) before any adjudication
        if valid is None or valid not in self.annotators():
            raise UsageError(
                f"no claims by annotator {name!r} (annotators: {choices(self.annotators())})"
            )
        return valid

    # ------------------------------------------------------------------ ownership

    @contextmanager
    def adjudication(self) -> Iterator[Project]:
        """Edit as the reference annotator for the duration of the block.

        Only adjudication (:mod:`argmap.agreement`) writes the reference annotation; outside
        this block an edit of a reference claim is refused.
        """
        saved = (self._annotator, self._adjudicating)
        self._annotator, self._adjudicating = self.config.reference_annotator, True
        try:
            yield self
        finally:
            self._annotator, self._adjudicating = saved

    def _refuse_reference(self, what: str) -> None:
        reference = self.config.reference_annotator
        raise NotYours(
            f"{what}: the {reference} annotation changes only through adjudication "
            "(`argmap adopt --sentence SOURCE:SENTENCE --from NAME`, or the TUI's "
            "adjudication screen)"
        )

    def check_owner(self, claim: Claim) -> None:
        """Raise :class:`NotYours` unless you may change ``claim`` (it is yours)."""
        me = self.annotator
        reference = self.config.reference_annotator
        if claim.annotator == reference and not self._adjudicating:
            self._refuse_reference(f"claim {claim.id} is a {reference} claim")
        if claim.annotator != me:
            where = (
                f"{claim.source} --sentence {claim.sentence}" if claim.sentence else claim.source
            )
            raise NotYours(
                f"claim {claim.id} is {claim.annotator}'s, not yours ({me}): only "
                f"{claim.annotator} can change or delete it; record your own reading with "
                f"`argmap annotate {where} ...`"
            )

    def links_to(self, ref: str) -> list[tuple[Claim, Relation]]:
        """The claims that link to claim ``ref``, with each link (sorted by claim id)."""
        target = self.claim(ref)
        return [
            (c, r)
            for c in sorted(self.claim_index.values(), key=lambda c: c.id)
            for r in c.relations
            if r.target == target.id
        ]

    def edit_reading(self, ref: str, **changes: object) -> Claim:
        """Change claim ``ref`` if it is yours; if not, make your own reading of its span.

        Your reading starts as a copy of theirs (stance, questions, kind and links, no note)
        with ``changes`` applied; their claim is left untouched. When you already have a
        claim on that span, that one is changed instead. One undo step either way.
        """
        old = self.claim(ref)
        me = self.annotator
        if old.annotator == me:
            return self.update(old.id, **changes)
        if me == self.config.reference_annotator and not self._adjudicating:
            self._refuse_reference(f"you are annotating as {me}")
        mine = next(
            (
                c
                for c in self._claims.get(old.source, [])
                if c.annotator == me and (c.start, c.end) == (old.start, old.end)
            ),
            None,
        )
        if mine is not None:
            return self.update(mine.id, **changes)
        fields = self._checked_changes(changes)
        now = _now()
        salt = 0
        cid = claim_id(old.source, old.start, old.end, me)
        while self._id_taken(cid):
            salt += 1
            cid = claim_id(old.source, old.start, old.end, me, salt)
        data = {
            **old.model_dump(),
            "id": cid,
            "note": "",
            "annotator": me,
            "created": now,
            "modified": now,
            **fields,
        }
        data["relations"] = tuple(r for r in old.relations if r.target != cid)
        new = Claim.model_validate(data)
        self._commit(Edit(f"own reading {new.id} of {old.id}", [(old.source, None, new)]))
        return new

    # ------------------------------------------------------------------ edits

    def annotate(
        self,
        source: str,
        *,
        stance: str,
        questions: Iterable[str],
        sentence: str | None = None,
        quote: str | None = None,
        span: tuple[int, int] | None = None,
        kind: str | None = None,
        note: str | None = None,
        suggested: Provenance | None = None,
        voice: str | None = None,
    ) -> Claim:
        """Annotate a sentence, a quote or a span; update the annotator's claim already there.

        ``suggested``: the model suggestion this claim was accepted from, if any; ``voice``:
        whose stance it is when not the writer's ("" none; None: as it was, none if new).
        """
        doc = self.source(source)
        self.check_stance(stance)
        qs = [self.check_question(q) for q in questions]
        if not qs:
            raise UsageError(
                f"a claim needs at least one question (valid: {choices(self.codebook.question_ids)})"
            )
        if kind is not None and kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r} (valid: {choices(KINDS)})")
        annotator = self.annotator
        if annotator == self.config.reference_annotator and not self._adjudicating:
            self._refuse_reference(f"you are annotating as {annotator}")
        if voice is not None:
            voice = self.voice_spelling(voice)
        start, end = self._resolve_span(doc, sentence, quote, span)
        mine = [c for c in self._claims.get(doc.id, []) if c.annotator == annotator]
        existing = next((c for c in mine if (c.start, c.end) == (start, end)), None)
        if existing is None and sentence is not None:  # (start, end) is the sentence's
            inside = [c for c in mine if start <= c.start < end]
            existing = inside[0] if len(inside) == 1 else None
        ordered = [q for q in self.codebook.question_ids if q in qs]
        if existing is not None:
            changes = {"stance": stance, "questions": tuple(ordered)}
            if kind is not None:
                changes["kind"] = kind
            if note is not None:
                changes["note"] = note
            if voice is not None:
                changes["voice"] = voice
            if suggested is not None:
                changes["suggested"] = suggested
            if self._batch is not None:
                new = self._changed(existing, changes)
                if new is not existing:
                    self._batch.append((doc.id, existing, new))
                return new
            return self.update(existing.id, **changes)
        now = _now()
        cid = claim_id(doc.id, start, end, annotator)
        salt = 0
        while self._id_taken(cid) or cid in self._batch_ids:
            salt += 1
            cid = claim_id(doc.id, start, end, annotator, salt)
        if sentence is not None:  # the sentence at ``start`` (its span's)
            sent_id = doc.sentence_span(sentence)[0]
        else:
            sent = doc.sentence_at(start)
            sent_id = sent.id if sent else ""
        claim = Claim(
            id=cid,
            source=doc.id,
            anchor=make_anchor(doc.text, start, end),
            sentence=sent_id,
            stance=stance,
            questions=tuple(ordered),
            kind=kind or "claim",
            note=note or "",
            voice=voice or "",
            annotator=annotator,
            created=now,
            modified=now,
            suggested=suggested,
        )
        if self._batch is not None:
            self._batch.append((doc.id, None, claim))
            self._batch_ids.add(claim.id)
            return claim
        self._commit(Edit(f"annotate {claim.id}", [(doc.id, None, claim)]))
        return claim

    def annotate_many(
        self,
        specs: Iterable[dict[str, Any]],
        links: Iterable[tuple[int, str, int | str]] = (),
        label: str = "",
    ) -> list[Claim]:
        """Several annotations (each the keyword arguments of ``annotate``) saved as one
        undoable edit, one write per source, all files together (``argmap suggest --all``
        pre-annotates so; ``argmap import`` imports a file so). As with ``annotate``, a spec
        on a span where you already have a claim updates that claim.

        ``links`` are ``(i, relation, target)``: the claim of ``specs[i]`` supports or
        attacks ``target``, the index of another spec or the id of a claim of the project;
        a link already there is kept once. Returns the claims as saved, in ``specs`` order.
        """
        self._batch, self._batch_ids = [], set()
        try:
            claims = [self.annotate(**spec) for spec in specs]
            changes = self._batch
        finally:
            self._batch, self._batch_ids = None, set()
        spans: dict[tuple[str, int, int], int] = {}
        for i, c in enumerate(claims):
            j = spans.setdefault((c.source, c.start, c.end), i)
            if j != i:
                raise UsageError(
                    f"annotations {j + 1} and {i + 1} are on the same words of {c.source} "
                    f"({c.sentence}): give one reading per span"
                )
        # Each changed claim once: first before, last after.
        pending: dict[str, tuple[str, Claim | None, Claim]] = {}
        for sid, before, after in changes:
            assert after is not None
            first = (
                pending.get(before.id)[1] if before is not None and before.id in pending else before
            )
            if before is not None:
                pending.pop(before.id, None)
            pending[after.id] = (sid, first, after)
        by_claim: dict[str, list[Relation]] = {}
        for i, relation, target in links:
            if relation not in RELATION_TYPES:
                raise UsageError(
                    f"unknown relation {relation!r} (valid: {choices(RELATION_TYPES)})"
                )
            source_claim = claims[i]
            target_id = claims[target].id if isinstance(target, int) else self.claim(target).id
            if target_id == source_claim.id:
                raise UsageError(f"claim {source_claim.id} cannot {relation[:-1]} itself")
            by_claim.setdefault(source_claim.id, []).append(
                Relation(type=relation, target=target_id)  # type: ignore[arg-type]
            )
        for cid, rels in by_claim.items():
            sid, before, current = pending.get(cid) or (
                self.claim(cid).source,
                self.claim(cid),
                self.claim(cid),
            )
            self.check_owner(current)
            targets = {r.target: r for r in current.relations}
            targets.update({r.target: r for r in rels})
            relations = tuple(sorted(targets.values(), key=lambda r: (r.target, r.type)))
            if relations != current.relations:
                pending[cid] = (
                    sid,
                    before,
                    current.model_copy(update={"relations": relations, "modified": _now()}),
                )
        saved = [(sid, before, after) for sid, before, after in pending.values() if before != after]
        if saved:
            self._commit(Edit(label or f"annotate {len(saved)} claims", saved))
        final = {after.id: after for _, _, after in saved}
        return [final.get(c.id, c) for c in claims]

    def _resolve_span(
        self,
        doc: SourceDoc,
        sentence: str | None,
        quote: str | None,
        span: tuple[int, int] | None,
    ) -> tuple[int, int]:
        given = [x is not None for x in (sentence, quote, span)]
        if sum(given) != 1:
            raise UsageError("give exactly one of --sentence, --quote or a span")
        if span is not None:
            start, end = span
            if not 0 <= start < end <= len(doc.text) or not doc.text[start:end].strip():
                raise UsageError(
                    f"{doc.id}: span {start}-{end} is not a non-empty part of the text"
                )
            return start, end
        if sentence is not None:
            return doc.sentence_span(sentence)[1:]
        assert quote is not None
        hits = find_quote(doc.text, quote)
        if not hits:
            raise UsageError(f"{doc.id}: quote not found: {quote[:60]!r}")
        if len(hits) > 1:
            where = ", ".join(
                f"{(doc.sentence_at(s) or doc.sentences[0]).id}@{s}" for s, _ in hits[:5]
            )
            raise UsageError(
                f"{doc.id}: quote occurs {len(hits)} times ({where}); use --sentence or a longer quote"
            )
        return hits[0]

    def update(self, ref: str, **changes: object) -> Claim:
        """Change your claim's stance, questions, kind, note or voice."""
        old = self.claim(ref)
        new = self._changed(old, changes)
        if new is not old:
            self._commit(Edit(f"update {old.id}", [(old.source, old, new)]))
        return new

    def _changed(self, old: Claim, changes: dict[str, object]) -> Claim:
        """``old`` with ``changes`` (checked; it must be yours), or ``old`` itself if they
        change nothing."""
        self.check_owner(old)
        changes = self._checked_changes(changes)
        new = Claim.model_validate({**old.model_dump(), **changes, "modified": _now()})
        if new.model_dump(exclude={"modified"}) == old.model_dump(exclude={"modified"}):
            return old
        return new

    def _checked_changes(self, changes: dict[str, object]) -> dict[str, object]:
        changes = dict(changes)
        allowed = {"stance", "questions", "kind", "note", "voice", "suggested"}
        unknown = set(changes) - allowed
        if unknown:
            raise UsageError(f"cannot change {', '.join(sorted(unknown))} of a claim")
        if "stance" in changes:
            self.check_stance(str(changes["stance"]))
        if "questions" in changes:
            qs = [self.check_question(str(q)) for q in changes["questions"]]  # type: ignore[attr-defined]
            if not qs:
                raise UsageError("a claim needs at least one question")
            changes["questions"] = tuple(q for q in self.codebook.question_ids if q in qs)
        if "kind" in changes and changes["kind"] not in KINDS:
            raise UsageError(f"unknown kind {changes['kind']!r} (valid: {choices(KINDS)})")
        if "voice" in changes:
            changes["voice"] = self.voice_spelling(str(changes["voice"]))
        return changes

    def relate(self, ref: str, relation: str, target_ref: str) -> Claim:
        """Record that claim ``ref`` supports or attacks ``target_ref`` (any source)."""
        if relation not in RELATION_TYPES:
            raise UsageError(f"unknown relation {relation!r} (valid: {choices(RELATION_TYPES)})")
        old, target = self.claim(ref), self.claim(target_ref)
        self.check_owner(old)
        if old.id == target.id:
            raise UsageError(f"claim {old.id} cannot {relation[:-1]} itself")
        kept = tuple(r for r in old.relations if r.target != target.id)
        rel = Relation(type=relation, target=target.id)  # type: ignore[arg-type]
        relations = tuple(sorted((*kept, rel), key=lambda r: (r.target, r.type)))
        if relations == old.relations:
            return old
        new = old.model_copy(update={"relations": relations, "modified": _now()})
        self._commit(Edit(f"relate {old.id} {relation} {target.id}", [(old.source, old, new)]))
        return new

    def unrelate(self, ref: str, target_ref: str) -> Claim:
        """Remove any relation from claim ``ref`` to ``target_ref``."""
        old, target = self.claim(ref), self.claim(target_ref)
        self.check_owner(old)
        relations = tuple(r for r in old.relations if r.target != target.id)
        if relations == old.relations:
            raise UsageError(f"claim {old.id} has no relation to {target.id}")
        new = old.model_copy(update={"relations": relations, "modified": _now()})
        self._commit(Edit(f"unrelate {old.id} {target.id}", [(old.source, old, new)]))
        return new

    def delete(self, ref: str) -> Claim:
        """Delete your claim and every link that points at it (see :meth:`links_to`)."""
        old = self.claim(ref)
        self.check_owner(old)
        edit = Edit(f"delete {old.id}", [(old.source, old, None)])
        for other in self.claim_index.values():
            if other.id != old.id and any(r.target == old.id for r in other.relations):
                kept = tuple(r for r in other.relations if r.target != old.id)
                edit.changes.append(
                    (other.source, other, other.model_copy(update={"relations": kept}))
                )
        self._commit(edit)
        return old

    def orphans(self, source: str | None = None) -> list[Claim]:
        """The claims whose quote is gone from their source (to reattach or delete)."""
        return [c for c in self.claims(source=source) if c.orphan is not None]

    def reattach(
        self,
        ref: str,
        *,
        sentence: str | None = None,
        quote: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> Claim:
        """Anchor your orphaned claim ``ref`` to a sentence, quote or span of its source."""
        old = self.claim(ref)
        if old.orphan is None:
            raise UsageError(f"claim {old.id} is not an orphan (its quote is in the source)")
        self.check_owner(old)
        doc = self.source(old.source)
        start, end = self._resolve_span(doc, sentence, quote, span)
        sent = doc.sentence_at(start)
        new = old.model_copy(
            update={
                "anchor": make_anchor(doc.text, start, end),
                "sentence": sent.id if sent else "",
                "orphan": None,
                "modified": _now(),
            }
        )
        self._commit(Edit(f"reattach {old.id}", [(old.source, old, new)]))
        return new

    # ------------------------------------------------------------------ removing sources

    @property
    def removed_dir(self) -> Path:
        """Where removed sources are kept, a folder each, until brought back."""
        return self.root / REMOVED_DIR

    def removal_of(self, ref: str) -> Removal:
        """What removing source ``ref`` takes with it: its claims (per annotator), the links
        to them from claims on other sources, and what the progress files keep for it."""
        doc = self.source(ref)
        if doc.id in self.unreadable:
            raise ArgmapError(
                f"{self.annotation_path(doc.id)}: not removed: the file has problems "
                "(run `argmap validate`); fix it first"
            )
        mine = {c.id for c in self.claims(source=doc.id)}
        claims: dict[str, int] = {}
        for c in self.claims(source=doc.id):
            claims[c.annotator] = claims.get(c.annotator, 0) + 1
        links = sum(
            1
            for c in self.claim_index.values()
            if c.source != doc.id
            for r in c.relations
            if r.target in mine
        )
        progress = {
            name: kept
            for name, p in sorted(self._progress.items())
            if (kept := _progress_kept(p, doc.id))
        }
        return Removal(
            doc.id, doc.title, doc.sentence_count, dict(sorted(claims.items())), links, progress
        )

    def remove_source(self, ref: str, *, with_claims: bool = False) -> Removal:
        """Take source ``ref`` out of the project: its text, metadata and claims, the links to
        them from other sources' claims and what the progress files keep for it go to
        ``removed/<id>/`` (:meth:`restore_source` brings them all back; so does undo).

        A source with claims is refused (:class:`UsageError` naming how many and whose)
        unless ``with_claims``. Saved in this order: the removed folder whole, then the other
        files, then the source's files are deleted, so that a crash leaves the project
        sound."""
        removal = self._remove_source(ref, with_claims)
        self._undo.append(Edit(f"remove {removal.source}", removed=removal.source))
        self._redo.clear()
        return removal

    def _remove_source(self, ref: str, with_claims: bool) -> Removal:
        removal = self.removal_of(ref)
        sid = removal.source
        doc = self.sources[sid]
        if removal.claims and not with_claims:
            raise UsageError(_removal_refusal(removal))
        mine = {c.id for c in self.claims(source=sid)}
        dropped: list[tuple[str, Claim | None, Claim | None]] = []
        links = []
        for c in self.claim_index.values():
            if c.source == sid or not any(r.target in mine for r in c.relations):
                continue
            kept = tuple(r for r in c.relations if r.target not in mine)
            dropped.append((c.source, c, c.model_copy(update={"relations": kept})))
            links += [
                {"claim": c.id, "type": r.type, "target": r.target}
                for r in c.relations
                if r.target in mine
            ]
        progress = {
            name: Progress(
                annotator=name,
                done={sid: p.done[sid]} if sid in p.done else {},
                argues={sid: p.argues[sid]} if sid in p.argues else {},
                rejected={sid: p.rejected[sid]} if sid in p.rejected else {},
            ).model_dump(mode="json", by_alias=True)
            for name, p in sorted(self._progress.items())
            if name in removal.progress
        }
        files = [doc.path, self.sources_dir / f"{sid}{store.META_SUFFIX}"]
        if self.annotation_path(sid).exists():
            files.append(self.annotation_path(sid))
        record = {
            "source": sid,
            "title": doc.title,
            "sentences": removal.sentences,
            "removed": _now().isoformat(),
            "files": [f.name for f in files],
            "claims": removal.claims,
            "links": links,
            "progress": progress,
        }
        made_bin = not self.removed_dir.exists()
        with store.project_lock(self.annotations_dir):
            folder = self._removed_folder(sid)
            tmp = folder.with_name(f".{folder.name}.tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            try:
                tmp.mkdir(parents=True)
                for f in files:
                    shutil.copy2(f, tmp / f.name)
                store.atomic_write(tmp / REMOVAL_FILE, json.dumps(record, indent=2) + "\n")
                os.replace(tmp, folder)
            except OSError as err:
                shutil.rmtree(tmp, ignore_errors=True)
                if made_bin:
                    shutil.rmtree(self.removed_dir, ignore_errors=True)
                raise ArgmapError(f"{folder}: cannot write ({err.strerror or err})") from None
        # From here on a step that fails puts back what the steps before it did.
        deleted: list[Path] = []
        edited: list[str] = []
        unlinked = False
        try:
            with store.project_lock(self.annotations_dir):
                for f in reversed(files):  # claims, then metadata, then the text
                    try:
                        f.unlink()
                    except FileNotFoundError:
                        pass
                    except OSError as err:
                        raise ArgmapError(
                            f"{f}: cannot remove ({err.strerror or err}); nothing removed"
                        ) from None
                    deleted.append(f)
            if dropped:
                self._apply(dropped)
                unlinked = True
            for name in progress:
                self._edit_progress(lambda p: _progress_without(p, sid), annotator=name)
                edited.append(name)
        except BaseException:
            for name in edited:
                was = Progress.model_validate(progress[name])
                self._edit_progress(lambda p, was=was: _progress_with(p, was, sid), name)
            if unlinked:
                self._apply([(src, after, before) for src, before, after in dropped])
            for f in deleted:
                shutil.copy2(folder / f.name, f)
            shutil.rmtree(folder, ignore_errors=True)
            if made_bin:
                shutil.rmtree(self.removed_dir, ignore_errors=True)
            raise
        self.writes += 1
        del self.sources[sid]
        self._claims.pop(sid, None)
        self._index = None
        self._views.clear()
        removal.folder = folder
        return removal

    def _removed_folder(self, sid: str) -> Path:
        """A new folder name under ``removed/`` for source ``sid`` (``sid.2`` when removed
        before)."""
        folder, n = self.removed_dir / sid, 2
        while folder.exists():
            folder, n = self.removed_dir / f"{sid}.{n}", n + 1
        return folder

    def removed_sources(self) -> list[tuple[Path, dict[str, Any]]]:
        """The sources kept under ``removed/``, most recently removed first: each folder
        and what it records (id, title, when, claims per annotator, links, progress)."""
        out = []
        if not self.removed_dir.is_dir():
            return out
        for folder in self.removed_dir.iterdir():
            path = folder / REMOVAL_FILE
            if folder.name.startswith(".") or not path.is_file():
                continue
            try:
                record = json.loads(read_user_file(path))
                if not isinstance(record, dict) or not isinstance(record.get("source"), str):
                    raise ValueError("no source")
            except (ValueError, ArgmapError) as err:
                raise ArgmapError(f"{path}: not a removed source's record ({err})") from None
            out.append((folder, record))
        return sorted(out, key=lambda fr: str(fr[1].get("removed", "")), reverse=True)

    def gone_source_progress(self, sid: str) -> dict[str, list[str]]:
        """Per annotator, what their progress file keeps for ``sid`` when it is no source of
        the project (its files deleted by hand), in words; empty otherwise."""
        if sid in self.sources or self._source_on_disk(sid):
            return {}
        return {
            name: kept
            for name, p in sorted(self._progress.items())
            if (kept := _progress_kept(p, sid))
        }

    def drop_gone_source_progress(self, sid: str) -> dict[str, list[str]]:
        """Drop what the progress files keep for ``sid``, a source whose files were deleted
        by hand (``validate`` names it); per annotator, what was dropped, in words. Each
        annotator's file is one undoable edit."""
        dropped = self.gone_source_progress(sid)
        for name in dropped:
            self._edit_progress(
                lambda p: _progress_without(p, sid), annotator=name, label=f"{sid} forgotten"
            )
        return dropped

    def restore_source(self, ref: str | None = None) -> Removal:
        """Bring back source ``ref`` (the one most recently removed if None) from
        ``removed/``: its files, claims, the links to them that were dropped (where the
        claim holding them is still there) and its progress entries (where the annotator
        has set nothing for it since)."""
        kept = self.removed_sources()
        if ref is not None:
            kept = [fr for fr in kept if fr[1]["source"] == ref] or [
                fr for fr in kept if fr[1]["source"].startswith(ref)
            ]
        if not kept:
            if ref is None:
                raise UsageError(f"no removed source to bring back ({REMOVED_DIR}/ is empty)")
            raise UsageError(f"no removed source {ref!r} in {REMOVED_DIR}/ to bring back")
        if ref is not None and len({r["source"] for _, r in kept}) > 1:
            raise UsageError(
                f"removed source {ref!r} is ambiguous: {choices(sorted({r['source'] for _, r in kept}))}"
            )
        folder, record = kept[0]
        sid = record["source"]
        if self._source_id_taken(sid):
            raise UsageError(
                f"cannot bring back {sid}: a source {sid!r} is in the project again (added "
                f"since); `argmap remove {sid}` it first ({folder} keeps the removed one)"
            )
        meta = store.load_meta(folder / f"{sid}{store.META_SUFFIX}")
        claim_file = folder / f"{sid}{store.ANNOTATION_SUFFIX}"
        claims: list[Claim] = []
        if claim_file.is_file():
            _, numbered, problems = store.read_annotations(claim_file, sid)
            if problems:
                raise InvalidFile(problems)
            claims = [c for _, c in numbered]
        progress = {
            name: Progress.model_validate(data) for name, data in record["progress"].items()
        }
        stances, questions = set(self.codebook.stance_ids), set(self.codebook.question_ids)
        used = {c.stance for c in claims} | {
            st for p in progress.values() for st in _progress_stances(p)
        }
        missing = sorted(used - stances) + sorted(
            {q for c in claims for q in c.questions} - questions
        )
        if missing:
            raise UsageError(
                f"cannot bring back {sid}: its claims or progress use {choices(missing)}, no "
                "longer in the codebook (`argmap codebook add-stance`/`add-question` first)"
            )
        with store.project_lock(self.annotations_dir):
            try:
                if claim_file.is_file():
                    shutil.copy2(claim_file, self.annotation_path(sid))
                shutil.copy2(folder / meta.file, self.sources_dir / meta.file)
                shutil.copy2(
                    folder / f"{sid}{store.META_SUFFIX}",
                    self.sources_dir / f"{sid}{store.META_SUFFIX}",
                )
            except OSError as err:
                raise ArgmapError(f"{folder}: cannot bring back ({err.strerror or err})") from None
            self.writes += 1
        target = self.sources_dir / meta.file
        self.sources[sid] = SourceDoc(
            meta, target, corpus.read_source_text(target), self.root / CACHE_DIR
        )
        self.sources = dict(sorted(self.sources.items()))
        self._claims[sid] = sorted(claims, key=Claim.sort_key)
        self._index = None
        self._views.clear()
        back: list[tuple[str, Claim | None, Claim | None]] = []
        index = self.claim_index
        relinked = 0
        for link in record.get("links", []):
            holder = index.get(link["claim"])
            if holder is None or link["target"] not in index:
                continue
            relation = Relation(type=link["type"], target=link["target"])
            now = next((after for _, _, after in back if after and after.id == holder.id), holder)
            if any(r.target == relation.target for r in now.relations):
                continue
            new = now.model_copy(update={"relations": (*now.relations, relation)})
            back = [b for b in back if b[2] is None or b[2].id != holder.id]
            back.append((holder.source, holder, new))
            relinked += 1
        if back:
            self._apply(back)
        for name, was in progress.items():
            self._edit_progress(lambda p, was=was: _progress_with(p, was, sid), annotator=name)
        shutil.rmtree(folder, ignore_errors=True)
        with contextlib.suppress(OSError):  # the last one brought back: no empty folder left
            self.removed_dir.rmdir()
        by: dict[str, int] = {}
        for c in claims:
            by[c.annotator] = by.get(c.annotator, 0) + 1
        return Removal(
            sid,
            meta.title,
            int(record.get("sentences", 0)),
            dict(sorted(by.items())),
            relinked,
            {name: _progress_kept(p, sid) for name, p in progress.items()},
        )

    def undo(self) -> str | None:
        """Revert the last edit made through this project object; its label, or None."""
        if not self._undo:
            return None
        edit = self._undo[-1]
        inverse = [(sid, after, before) for sid, before, after in edit.changes]
        if edit.removed is not None:
            self.restore_source(edit.removed)
        elif edit.codebook is not None:
            back = {name: (after, before) for name, (before, after) in edit.progress.items()}
            undone = edit.codebook[0]
            self._save_codebook(undone, inverse, back, "cannot undo")  # type: ignore[arg-type]
        elif edit.meta is not None:
            sid, before, after = edit.meta
            self._move_meta((sid, after, before))
        elif edit.marks is not None:
            self._move_marks(edit, back=True)
        else:
            self._apply(inverse)
        self._redo.append(self._undo.pop())
        return edit.label

    def redo(self) -> str | None:
        """Re-apply the last undone edit; its label, or None."""
        if not self._redo:
            return None
        edit = self._redo[-1]
        if edit.removed is not None:
            self._remove_source(edit.removed, with_claims=True)
        elif edit.codebook is not None:
            redone, pairs = edit.codebook[1], edit.changes
            self._save_codebook(redone, pairs, edit.progress, "cannot redo")  # type: ignore[arg-type]
        elif edit.meta is not None:
            self._move_meta(edit.meta)
        elif edit.marks is not None:
            self._move_marks(edit, back=False)
        else:
            self._apply(edit.changes)
        self._undo.append(self._redo.pop())
        return edit.label

    # ------------------------------------------------------------------ codebook edits

    @property
    def codebook_path(self) -> Path:
        return self.annotations_dir / store.CODEBOOK_FILE

    def change_codebook(
        self, make: Callable[[Codebook, list[Claim]], object], label: str = "edit codebook"
    ) -> CodebookChange:
        """Apply a codebook edit and the claim rewrites it implies, all-or-nothing.

        ``make(codebook, claims)`` gets the codebook and every claim as saved on disk
        (read under the project lock, so another process's edits are not lost) and returns
        a :class:`argmap.codebook.CodebookChange` or a new :class:`Codebook` (then named
        ``label``). The edit is undoable; the change made is returned.
        """
        from argmap.codebook import CodebookChange

        with store.project_lock(self.annotations_dir):
            journal.recover(self.annotations_dir)
            before = store.load_codebook(self.codebook_path)
            disk = self._disk_claims()
            made = make(before, [c for read in disk.values() for _, c in read.claims])
            if isinstance(made, Codebook):
                made = CodebookChange(label, made)
            assert isinstance(made, CodebookChange)
            # A rewritten claim is a new version: a merge with a copy that still has the
            # old one (next to a colleague's readings of the same words a union merge keeps
            # both lines) reads the rewrite, not two versions of one time.
            pairs = [(sid, b, a if a == b else _relabelled(a)) for sid, b, a in made.claims]
            made.claims = pairs
            moves = made.stance_moves or _stance_renames(before, made.codebook, pairs)
            progress = {
                name: (was, _progress_moved(was, moves))
                for name, was in self._disk_progress().items()
            }
            self._write_codebook(made.codebook, pairs, progress, "", disk)  # type: ignore[arg-type]
        changed = {name: pair for name, pair in progress.items() if pair[0] != pair[1]}
        made.progress = sorted(changed)
        self._undo.append(Edit(made.label, pairs, (before, made.codebook), changed))  # type: ignore[arg-type]
        self._redo.clear()
        return made

    def catch_up_renames(self) -> CodebookChange | None:
        """Move what still uses an id the codebook records as renamed (``Codebook.renamed``:
        claims and progress made in a copy of the project that had the old id, merged
        since) to the new id, as one codebook change; None when nothing uses one (the
        common case, read from what is loaded: open the whole project first)."""
        from argmap.codebook import catch_up

        if not self.codebook.renamed:
            return None
        claims = [c for sid in sorted(self._claims) for c in self._claims[sid]]
        found = catch_up(self.codebook, claims)
        moves = found.stance_moves
        if not found.claims and all(
            _progress_moved(p, moves) == p for p in self._progress.values()
        ):
            return None
        return self.change_codebook(lambda codebook, disk: catch_up(codebook, disk))

    def _disk_claims(self) -> dict[str, store.AnnotationFile]:
        out: dict[str, store.AnnotationFile] = {}
        for sid in self._claims:
            path = self.annotation_path(sid)
            read = store.read_annotation_file(path, sid)
            if read.problems:
                raise InvalidFile(
                    [*read.problems, f"{path}: the codebook was not changed; fix this file first"]
                )
            out[sid] = read
        return out

    def _save_codebook(
        self,
        codebook: Codebook,
        pairs: list[tuple[str, Claim, Claim]],
        carried: dict[str, tuple[Progress, Progress]],
        doing: str,
    ) -> None:
        """Save ``codebook`` for an undo or redo: the claims ``pairs`` rewrites, and in the
        progress files the entries ``carried`` (per annotator, from and to) changed."""
        with store.project_lock(self.annotations_dir):
            journal.recover(self.annotations_dir)
            progress = {}
            for name, now in self._disk_progress().items():
                was, became = carried.get(name, (now, now))
                progress[name] = (now, _progress_carried(now, was, became))
            self._write_codebook(codebook, pairs, progress, doing, None)

    def _disk_progress(self) -> dict[str, Progress]:
        """Every progress file as saved (the caller holds the project lock)."""
        if not self.progress_dir.is_dir():
            return {}
        out = {}
        for path in sorted(self.progress_dir.glob("*.json")):
            try:
                out[path.stem] = store.load_json_model(path, Progress)
            except InvalidFile as err:
                raise InvalidFile(
                    [*err.problems, f"{path}: the codebook was not changed; fix this file first"]
                ) from None
        return out

    def _write_codebook(
        self,
        codebook: Codebook,
        pairs: list[tuple[str, Claim, Claim]],
        progress: dict[str, tuple[Progress, Progress]],
        doing: str,
        disk: dict[str, store.AnnotationFile] | None,
    ) -> None:
        """Write the codebook, the changed annotation files and the changed progress files
        (``progress``: per annotator, as saved and as to be saved) together (lock held).
        Refused (a :class:`UsageError` saying ``doing``) when a progress file would be left
        on a stance the codebook no longer has."""
        refusal = _unknown_stance_in_progress(
            {name: after for name, (_, after) in progress.items()}, codebook, doing
        )
        if refusal is not None:
            raise refusal
        by_source: dict[str, list[tuple[Claim, Claim]]] = {}
        for sid, before, after in pairs:
            by_source.setdefault(sid, []).append((before, after))
        texts = {store.CODEBOOK_FILE: store.dump_json(codebook)}
        changed = {name: after for name, (before, after) in progress.items() if after != before}
        for name, after in changed.items():
            texts[f"{PROGRESS_DIR}/{name}.json"] = store.dump_json(after)
        results: dict[str, list[Claim]] = {}
        for sid, changes in by_source.items():
            path = self.annotation_path(sid)
            if disk is not None and sid in disk:
                read = disk[sid]  # read under this same lock
            else:
                read = store.read_annotation_file(path, sid)
                if read.problems:
                    raise InvalidFile(read.problems)
            header, saved = read.header, [c for _, c in read.claims]
            if header is None:
                continue  # no file, so no claim to rewrite
            merged = {c.id: c for c in saved}
            for before, after in changes:
                # A claim deleted meanwhile stays deleted.
                if before.id in merged:
                    del merged[before.id]
                    merged[after.id] = after
            claims = sorted(merged.values(), key=Claim.sort_key)
            texts[path.name] = store.render_annotations(header, claims, read)
            results[sid] = claims
        journal.replace_files(self.annotations_dir, texts)
        self.codebook = codebook
        self._progress.update(changed)
        for sid, claims in results.items():
            if sid in self._claims:
                self._claims[sid] = self._reanchored(sid, claims)
        self._index = None
        self._views.clear()

    def _reanchored(self, sid: str, claims: list[Claim]) -> list[Claim]:
        """Saved claims, with the in-memory anchors of claims re-anchored since opening."""
        current = {c.id: c for c in self._claims.get(sid, [])}
        out = []
        for c in claims:
            mem = current.get(c.id)
            if mem is not None and (mem.anchor != c.anchor or mem.orphan != c.orphan):
                c = c.model_copy(
                    update={"anchor": mem.anchor, "orphan": mem.orphan, "sentence": mem.sentence}
                )
            out.append(c)
        return out

    def save_reanchored(self) -> list[str]:
        """Write the re-anchored claims of every source edited since it was annotated.

        Each source is saved on its own: one that cannot be (its file has problems, or
        cannot be written) is left as it was, its reason kept in ``reanchor_failures``,
        and the others are still saved. Returns the sources saved.
        """
        done = []
        self.reanchor_failures = []
        kept = []
        for report in self.anchor_reports:
            try:
                self._apply([(report.source, None, None)], tell=False)
            except ArgmapError as err:
                problems = err.problems if isinstance(err, InvalidFile) else [str(err)]
                self.reanchor_failures.extend(problems)
                kept.append(report)
                continue
            done.append(report.source)
        self.anchor_reports = kept
        return done

    def save_placed_rejections(self) -> dict[str, tuple[int, int]]:
        """Write every progress file whose rejections moved to other sentence ids (their
        sources edited or cut anew): per annotator, how many rejections were placed anew
        and how many are kept unplaced. A file that cannot be read or written is left as it
        was, its reason kept in ``reanchor_failures``."""
        saved: dict[str, tuple[int, int]] = {}
        for name in sorted(self._progress):
            moved = [
                placed
                for sid in self._progress[name].rejected
                if (placed := self._placement(name, sid)) is not None and placed.changed
            ]
            if not moved:
                continue

            def change(progress: Progress) -> dict[str, Any] | None:
                out = dict(progress.rejected)
                for sid, entries in progress.rejected.items():
                    doc = self.sources.get(sid)
                    if doc is not None:
                        out[sid] = rejections.place(doc.text, doc.sentences, entries).rejections
                return None if out == progress.rejected else {"rejected": out}

            try:
                if self._edit_progress(change, annotator=name):
                    saved[name] = (
                        sum(len(p.placed) for p in moved),
                        sum(len(p.unplaced) for p in moved),
                    )
            except ArgmapError as err:
                self.reanchor_failures.extend(
                    err.problems if isinstance(err, InvalidFile) else [str(err)]
                )
        return saved

    @contextmanager
    def all_or_nothing(self) -> Iterator[Project]:
        """Make the edits of the block one change: if any fails, the others are undone.

        For commands with several targets (``unannotate A B``, ``add F1 F2``): a command
        that fails leaves every file as it was. Sources added in the block are removed.
        """
        undo_depth, sources_before = len(self._undo), set(self.sources)
        try:
            yield self
        except BaseException:
            while len(self._undo) > undo_depth:
                self.undo()
            self._redo.clear()
            for sid in set(self.sources) - sources_before:
                doc = self.sources.pop(sid)
                self._claims.pop(sid, None)
                doc.path.unlink(missing_ok=True)
                (self.sources_dir / f"{sid}{store.META_SUFFIX}").unlink(missing_ok=True)
            raise

    def _commit(self, edit: Edit) -> None:
        self._apply(edit.changes)
        self._undo.append(edit)
        self._redo.clear()

    def _apply(
        self, changes: list[tuple[str, Claim | None, Claim | None]], tell: bool = True
    ) -> None:
        """Save ``changes`` (source, claim before, claim after; None: none), each source's
        file rewritten with its claims re-anchored where its text changed since they were
        made; ``tell``: note that in :attr:`saved_reanchored` (the command line says it)."""
        by_source: dict[str, list[tuple[Claim | None, Claim | None]]] = {}
        for sid, before, after in changes:
            by_source.setdefault(sid, []).append((before, after))
        for sid in by_source:
            if sid in self.unreadable:
                raise ArgmapError(
                    f"{self.annotation_path(sid)}: not saved: the file has problems "
                    "(run `argmap validate`); fix it first"
                )
        with store.project_lock(self.annotations_dir):
            if (self.annotations_dir / journal.JOURNAL_FILE).exists():
                journal.recover(self.annotations_dir)
            self._check_codebook_unchanged([a for _, _, a in changes if a is not None])
            self._apply_locked(by_source)
        self.writes += 1
        self._index = None
        self._views.clear()
        self._voices = None
        for sid in by_source if self._deleted_targets else ():
            self._drop_links_to_deleted(sid)  # the saved file still holds them
        if tell:
            for report in self.anchor_reports:
                note = _reanchored_note(self.annotation_path(report.source), report)
                if report.source in by_source and note not in self.saved_reanchored:
                    self.saved_reanchored.append(note)

    def _check_codebook_unchanged(self, claims: list[Claim]) -> None:
        """Refuse ``claims`` whose stance or questions the codebook on disk no longer has:
        another process renamed or removed them since this one read it (the caller holds
        the project lock). Without this a claim saved after a rename kept the old id."""
        if not claims or not self.codebook_path.is_file():
            return
        try:
            disk = store.load_codebook(self.codebook_path)
        except InvalidFile:
            return  # named by every command that opens the project
        if disk == self.codebook:
            return
        stances, questions = set(disk.stance_ids), {q.id for q in disk.questions}
        for c in claims:
            gone = [f"stance {c.stance!r}"] if c.stance not in stances else []
            gone += [f"question {q!r}" for q in c.questions if q not in questions]
            if gone:
                raise UsageError(
                    f"{self.codebook_path}: changed by another process while this one "
                    f"worked: {' and '.join(gone)} no longer in it (stances: "
                    f"{', '.join(disk.stance_ids)}; questions: "
                    f"{', '.join(q.id for q in disk.questions) or '(none)'}); nothing saved"
                )

    def _apply_locked(self, by_source: dict[str, list[tuple[Claim | None, Claim | None]]]) -> None:
        # An edit that spans several files (a deletion that unlinks claims elsewhere, an
        # import) is all or nothing: every new file is made first, then they replace the
        # old ones through the journal, so that even a killed process leaves all or none.
        def change_of(
            sid: str, pairs: list[tuple[Claim | None, Claim | None]]
        ) -> Callable[[list[Claim]], list[Claim]]:
            def change(disk: list[Claim]) -> list[Claim]:
                merged = {c.id: c for c in disk}
                for c in self._claims.get(sid, []):
                    # Re-anchored copies of claims still on disk replace the stale ones.
                    if c.id in merged and (
                        merged[c.id].anchor != c.anchor or merged[c.id].orphan != c.orphan
                    ):
                        merged[c.id] = merged[c.id].model_copy(
                            update={"anchor": c.anchor, "orphan": c.orphan, "sentence": c.sentence}
                        )
                for before, after in pairs:
                    if before is not None:
                        merged.pop(before.id, None)
                    if after is not None:
                        merged[after.id] = after
                return list(merged.values())

            return change

        if len(by_source) == 1:
            ((sid, pairs),) = by_source.items()
            path = self.annotation_path(sid)
            claims = store.update_annotations(
                path, sid, self.sources[sid].sha256, change_of(sid, pairs), _now()
            )
            self._claims[sid] = sorted(claims, key=Claim.sort_key)
            return
        texts: dict[str, str] = {}
        results: dict[str, list[Claim]] = {}
        for sid, pairs in by_source.items():
            path = self.annotation_path(sid)
            texts[path.name], results[sid] = store.changed_annotations(
                path, sid, self.sources[sid].sha256, change_of(sid, pairs), _now()
            )
        journal.replace_files(self.annotations_dir, texts)
        for sid, claims in results.items():
            self._claims[sid] = sorted(claims, key=Claim.sort_key)

    # ------------------------------------------------------------------ checks

    def validate(self) -> list[str]:
        """Every problem in the project, one line each (empty when all is well).

        Opened with an empty ``claims_of``, the files unchanged since the load cache found
        them sound (and holding no orphans) are not read again.
        """
        if self._summaries is None:
            self._load_rest()
        out = list(self.problems)
        for report in self.anchor_reports:
            path = self.annotation_path(report.source)
            if report.moved or report.modified:
                out.append(
                    f"{path}: source edited since annotation: {report.moved} claims moved, "
                    f"{report.modified} re-anchored fuzzily (run `argmap reanchor` to save)"
                )
            for cid in report.orphans:
                c = self.claim_index[cid]
                out.append(
                    f"{path}: claim {cid} is an orphan: {c.orphan.reason if c.orphan else ''}; "
                    f"quote: {c.quote[:60]!r}"
                )
        # Orphans saved earlier (e.g. by `argmap reanchor`) stay reported until resolved.
        reported = {cid for report in self.anchor_reports for cid in report.orphans}
        for c in (c for sid in sorted(self._claims) for c in self._claims[sid]):
            if c.orphan is not None and c.id not in reported:
                out.append(
                    f"{self.annotation_path(c.source)}: claim {c.id} is an orphan: "
                    f"{c.orphan.reason}; quote: {c.quote[:60]!r}"
                )
        out.extend(self.codebook_problems())
        out.extend(self.progress_problems())
        return out

    def codebook_problems(self) -> list[str]:
        """What in a (hand-edited) codebook file loads but cannot be used, one line each: a
        colour nothing can draw (exports drew it grey), a symbol not one cell wide, a phrase
        pattern that does not compile (suggestions stopped on it, naming no file)."""
        from argmap.codebook import check_color, check_symbol
        from argmap.suggest.patterns import pattern_regex

        out = []
        path = self.codebook_path
        for kind, items in (
            ("stance", self.codebook.stances),
            ("question", self.codebook.questions),
        ):
            for item in items:
                checks: list[tuple[Callable[[str], object], str]] = []
                if kind == "stance":
                    checks += [(check_color, item.color), (check_symbol, item.symbol)]  # type: ignore[union-attr]
                checks += [(pattern_regex, pattern) for pattern in item.patterns]
                for check, value in checks:
                    try:
                        fixed = check(value)
                    except UsageError as err:
                        out.append(f"{path}: {kind} {item.id}: {err}")
                        continue
                    if check is check_color and fixed != value:  # a CSS name: not the TUI's
                        out.append(
                            f"{path}: stance {item.id}: colour {value!r} is not one a terminal "
                            f"draws: `argmap codebook edit stance {item.id} --color {value}` "
                            f"keeps it as {fixed}"
                        )
        return out

    def progress_problems(self) -> list[str]:
        """What the progress files keep that no longer applies, one line each: rejections no
        sentence of their (edited) source reads as now, and whatever is kept for a source
        that is no longer in the project. Nothing of it is dropped."""
        out = []
        for name in sorted(self._progress):
            progress = self._progress[name]
            path = self.progress_dir / f"{name}.json"
            gone = sorted(
                sid
                for sid in {*progress.done, *progress.argues, *progress.rejected}
                if sid not in self.sources and not self._source_on_disk(sid)
            )
            for sid in gone:
                kept = _progress_kept(progress, sid)  # the words `argmap remove` prints
                out.append(
                    f"{path}: {sid}: no such source (removed or renamed?): kept "
                    f"{' and '.join([', '.join(kept[:-1]), kept[-1]] if len(kept) > 1 else kept)}"
                    f"; add it again as {sid}, or `argmap remove {sid}` drops them"
                )
            for sid in sorted(progress.rejected):
                placed = self._placement(name, sid)
                for lost in placed.unplaced if placed is not None else ():
                    r = lost.rejection
                    quote = f"; it read {r.anchor.exact[:60]!r}" if r.anchor else ""
                    out.append(
                        f"{path}: rejected: {sid}: {r.sentence}: not placed, {lost.reason}"
                        f"{quote}; kept (reject the sentence again where it is now; `argmap "
                        f"reject {sid} {r.sentence} --undo` drops it)"
                    )
        return out

    def _source_on_disk(self, sid: str) -> bool:
        """Whether source ``sid`` has files that failed to load (named as problems already)."""
        return sid in self.unreadable or (self.sources_dir / f"{sid}{store.META_SUFFIX}").exists()
