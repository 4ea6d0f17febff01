"""Reading source texts and splitting them into sentences, offline.

Segmentation uses nltk's Punkt with a hand-given abbreviation set and no orthographic
context (no ``nltk.download``, no training): text is cut into blocks at line breaks
(soft-wrapped lines of hard-wrapped Markdown are joined first), list markers are cut off,
Punkt splits each block, and punctuation-only fragments are glued back.
"""

from __future__ import annotations

import bisect
import hashlib
import html
import re
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NamedTuple

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
        "a.m",
        "p.m",
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
        # Pronouns and openers that do not continue a sentence after "U.S."/"p.m." and co.:
        # "…moved to the U.S. Her brother stayed."
        "he",
        "she",
        "her",
        "his",
        "its",
        "our",
        "their",
        "i",
        "you",
        "in",
        "after",
        "when",
        "while",
        "although",
    ]
)
# Closing a quoted question or exclamation does not end the sentence when the speech tag
# follows: '"Will it work?" she asked.' / '"Enough!" Macron said.'
_QUOTE_END = re.compile(r"[?!][\"'”’»)]*$")
_SPEECH_TAG = re.compile(
    r"(?:[a-z]|(?:[A-Z][\w'’.-]*\s+){1,3}(?:said|asked|says|asks|added|replied|wrote|"
    r"shouted|cried|told|answered|insisted|warned|exclaimed|wondered)\b)"
)
# Full-width stops end a sentence even with no space after them (CJK text has none).
_CJK_STOP = re.compile(r"[。！？]+[」』）】”’\"]*")
LIST_MARKER = re.compile(
    r"[ \t\u00a0]*(?:[•\u2022\u25aa\u25cf\u2023\u2043*](?=\s)|#{1,6}(?=\s)|[-–](?=\s)|\(?\d{1,3}[.)](?=\s)"
    r"|\(?[a-z]\)(?=\s)|[a-z]\.(?=\s))[ \t\u00a0]*"
)
_QUOTE_MARKER = re.compile(r"[ \t]*(?:>[ \t]*)+")
_NUMBER_MARKER = re.compile(r"\d{1,3}[.)][ \t\u00a0]+")
# A sentence-ending line (then a new line starts a new sentence, whatever its case).
_LINE_END = re.compile(r"[.!?:;…\"'”’)\]*_]$")
# Emphasis markers that close right after a sentence's full stop: "**Summary.** Then…".
_CLOSING_EMPHASIS = re.compile(r"([*_]{1,3})(?:\s+|$)")
# Reader 4: also a closing quote before them: '**"Not mature enough."** Nobody checks…'.
_CLOSING_RUN = re.compile(r"([\"'”’»)\]]*[*_]{1,3}|[\"'”’»)\]]+)(?:\s+|$)")
# Emphasis left open or closed in another sentence ("*(End of segment." … "weather.)*").
_STRAY_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")
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


def _blocks(text: str, alone: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Spans of text to segment independently: lines, or paragraphs of soft-wrapped lines.

    A line starting at an offset in ``alone`` (reader 3: a table row, a memo header line,
    a speaker's turn) is never joined to the lines around it."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    wrapped, width = _is_hard_wrapped([text[s:e] for s, e in lines])
    if not wrapped:
        return _join_broken_lines(text, lines, alone)
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
            and s not in alone
            and prev[0] not in alone
        )
        if continues:
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
        prev = (s, e)
    return _join_broken_lines(text, blocks, alone)


def _join_broken_lines(
    text: str, lines: list[tuple[int, int]], alone: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Lines, with a line that goes on with a sentence joined to the line before.

    In a text of long lines, a short passage may still be wrapped by hand (a Markdown
    blockquote typed in an editor): a line right below one that does not end a sentence,
    starting with a lower-case word, is the same sentence.
    """
    blocks: list[tuple[int, int]] = []
    for s, e in lines:
        if blocks and blocks[-1][1] == s - 1 and s not in alone and blocks[-1][0] not in alone:
            prev = text[blocks[-1][0] : blocks[-1][1]].rstrip()
            quote = _QUOTE_MARKER.match(text, s, e)
            first = quote.end() if quote else s
            if (
                prev
                and not _LINE_END.search(prev)
                and text[first : first + 1].islower()
                and not LIST_MARKER.match(text, first, e)
            ):
                blocks[-1] = (blocks[-1][0], e)
                continue
        blocks.append((s, e))
    return blocks


def _marker_end(text: str, start: int, end: int, after_marker_or_blank: bool) -> int:
    line = text[start:end]
    quote = _QUOTE_MARKER.match(line)
    skip = quote.end() if quote else 0
    if skip >= len(line):
        return 0
    m = LIST_MARKER.match(line, skip)
    if not m or m.end() >= len(line):
        return skip
    if line[m.start() : m.end()].lstrip().startswith("#"):
        # a numbered heading, "## 2. What the research shows": its number is no sentence
        number = _NUMBER_MARKER.match(line, m.end())
        if number and number.end() < len(line):
            return number.end()
    # "-"/"–" count as bullets only where a list can start: not inside running text.
    if _DASH_MARKER.match(line, skip) and not (after_marker_or_blank or skip):
        return skip
    return m.end()


# ------------------------------------------------------------------ reader 3: a text's layout

_CELL_BAR = re.compile(r"(?<!\\)\|")
_TABLE_LINE = re.compile(r"[ \t]*\|.*\|[ \t]*")
_TABLE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*")
# "From: …", "**Subject:** …", "__To__: …": a key of a header line and its value
_KEY_LINE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<key>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?P<value>\S.*?))?[ \t]*$"
)
MEMO_KEYS = frozenset(["From", "To", "Cc", "Bcc", "Subject", "Re", "Date"])
"""Header keys that make a run of "Key: value" lines at the top of a text a memo header."""
AUTHOR_KEYS = frozenset(["Author", "Authors", "By"])
HEADER_KEYS = MEMO_KEYS | AUTHOR_KEYS | frozenset(["Status", "Ref", "Reference", "Attn", "Copy"])
_HEADER_ZONE = 2000
_HEADING_OR_RULE = re.compile(r"[ \t]*(?:#|(?:[-*_=•][ \t]*){3,}$)")


class Layout(NamedTuple):
    """What reader 3 sees in a text beyond its sentences (offsets into the text)."""

    alone: frozenset[int]
    """Starts of lines never joined to their neighbours (table rows, header lines, turns)."""
    skip: frozenset[int]
    """Starts of lines that are no sentence: a memo header, a table's rule, a bare label."""
    rows: dict[int, tuple[int, int]]
    """A table row's line start: the row's span without its outer bars."""
    labels: dict[int, int]
    """A turn's line start: where the words after its speaker label begin."""
    speakers: list[tuple[int, str]]
    """Where each turn begins and who speaks ("" after a heading: nobody)."""
    header: dict[str, str]
    """The memo header's fields by key ("From", "Subject", "Authors")."""
    headings: frozenset[int] = frozenset()
    """Starts of Markdown heading lines: each is one sentence, full stops and all."""
    whole: frozenset[int] = frozenset()
    """Reader 4: starts of lines that do not end like a sentence (a title, a caption, "Table
    1. Voting at 16"): each, on a line of its own, is one sentence."""
    head: Head | None = None
    """Reader 4: the metadata of the text's head and foot (:func:`text_head`)."""


@lru_cache(maxsize=64)
def text_layout(text: str, reader: int = 3) -> Layout:
    """Table rows, a memo header and a transcript's speaker labels in ``text`` (reader 3).

    - A table is a run of lines that begin and end with ``|`` and hold a rule row
      (``|---|---|``): each other row is one sentence, its cells read ``a · b``.
    - A memo header is a run of "Key: value" lines in the first 2,000 characters that has
      a "From", "To", "Subject" or "Re" line, or a run of "Author(s):"/"By:" lines: its
      lines are metadata (author, title, date), not sentences.
    - A transcript has at least three lines that start with a ``NAME:`` label (``**NAME:**``
      and ``Cllr Ann Peel (Castle, Labour):`` too), one name at least twice: the label is
      the speaker of that turn and of the paragraphs after it up to the next label or
      heading, and no part of a sentence.
    - A Markdown heading is one sentence, even with a full stop inside.

    Reader 4 (``reader`` 4) adds :func:`text_head`'s metadata lines to what is skipped, the
    lines that do not end like a sentence (``whole``), and reads speakers as
    :func:`_speakers4` says.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    alone: set[int] = set()
    skip: set[int] = set()
    rows: dict[int, tuple[int, int]] = {}
    # tables
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _TABLE_LINE.fullmatch(text, *lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) >= 2 and any(_TABLE_RULE.fullmatch(text, s, e) for s, e in run):
            for s, e in run:
                alone.add(s)
                if _TABLE_RULE.fullmatch(text, s, e):
                    skip.add(s)
                    continue
                a, b = text.index("|", s) + 1, text.rindex("|", s, e)
                while a < b and text[a] in " \t":
                    a += 1
                while b > a and text[b - 1] in " \t":
                    b -= 1
                if _HAS_WORD.search(text, a, b):
                    rows[s] = (a, b)
                else:
                    skip.add(s)
        i = max(j, i + 1)
    # a memo header
    header: dict[str, str] = {}
    run_lines: list[tuple[int, str, str]] = []
    for s, e in [*lines, (len(text) + 1, len(text) + 1)]:
        m = _KEY_LINE.fullmatch(text, s, e) if s < _HEADER_ZONE else None
        if m and m["key"] in HEADER_KEYS and m["value"] and s not in rows:
            if run_lines and text[run_lines[-1][0] : s].count("\n") > 1:
                run_lines = []  # a blank line between: another run
            run_lines.append((s, m["key"], _strip_emphasis(m["value"])))
            continue
        keys = {k for _, k, _ in run_lines}
        memo = len(run_lines) >= 2 and keys & {"From", "To", "Subject", "Re"}
        if memo or (run_lines and keys <= AUTHOR_KEYS):
            for at, key, value in run_lines:
                skip.add(at)
                alone.add(at)
                header.setdefault("Authors" if key in AUTHOR_KEYS else key, value)
            break
        run_lines = []
        if s >= _HEADER_ZONE:
            break
    head = text_head(text, reader) if reader >= 4 else None
    if head is not None:
        skip.update(head.skip)
        alone.update(head.skip)
    # speaker labels
    labelled: list[tuple[int, int, str, bool]] = []
    nobody = NOT_SPEAKERS | NOT_SPEAKERS_4 if head is not None else NOT_SPEAKERS
    for s, e in lines:
        if s in skip or s in rows:
            continue
        m = (_SPEAKER_LABEL_5 if reader >= 5 else _SPEAKER_LABEL).match(text, s, e)
        if m and m["name"] not in HEADER_KEYS and m["name"] not in nobody:
            labelled.append((s, m.end(), m["name"], m.end() >= e))
    if head is not None:
        labelled = _one_name_per_speaker(labelled)
    names = [name for _, _, name, _ in labelled]
    labels: dict[int, int] = {}
    speakers: list[tuple[int, str]] = []
    if len(labelled) >= 3 and len(set(names)) < len(names):
        starts = {s: (end, name, bare) for s, end, name, bare in labelled}
        for s, e in lines:
            got = starts.get(s)
            if got is not None:
                end, name, bare = got
                speakers.append((s, name))
                alone.add(s)
                if bare:
                    skip.add(s)
                else:
                    labels[s] = end
            elif speakers and speakers[-1][1] and _HEADING_OR_RULE.match(text, s, e):
                speakers.append((s, ""))
            elif head is not None and speakers and _STAGE.fullmatch(_plain_line(text[s:e])):
                # "*(The sitting closed at 16:38.)*": nobody's words; the turn goes on after
                speakers.extend([(s, ""), (e + 1, speakers[-1][1])])
    if head is not None:
        for s, n in head.prefix:  # reader 5: "Kessling, 24 November 2026 – " opening a line
            labels.setdefault(s, s + n)
    headings = frozenset(
        s for s, e in lines if _MD_HEADING.match(text, s, e) and s not in skip and s not in rows
    )
    alone.update(headings)
    whole: frozenset[int] = frozenset()
    if head is not None:
        whole = frozenset(
            s
            for s, e in lines
            if s not in skip and s not in rows and s not in labels and s not in headings
            and _is_whole_line(text[s:e])
        )  # fmt: skip
    return Layout(
        frozenset(alone), frozenset(skip), rows, labels, speakers, header, headings, whole, head
    )


NOT_SPEAKERS_4 = frozenset(
    ["Present", "Absent", "Apologies", "Attendees", "Attending", "Witnesses", "Contact",
     "Venue", "Location", "Time", "Agenda", "Topics", "Keywords", "Photo", "Photos",
     "Credit", "Image", "Correction", "Disclosure", "Also", "Members", "Chair and members"]
)  # fmt: skip
"""Reader 4: more words that label a line but name no speaker ("Present: Ilse Moser…")."""
_STAGE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LINE_STOP = re.compile(r"[.!?…:;,]$")
_INNER_STOP = re.compile(r"[.!?…][\"'”’)\]]*\s")


def _is_whole_line(line: str) -> bool:
    """Whether a line reads as a title or a caption, not as running sentences: at most 120
    characters, not ending like a sentence, with a stop inside ("Should Harwick run to
    2048? An old reactor physicist changes her mind twice")."""
    stripped = line.strip()
    if LIST_MARKER.match(stripped) or len(stripped) > 120:
        return False
    end = stripped.rstrip("\"'”’)]*_ ")
    if not end or _LINE_STOP.search(end) or _CREDIT.search(end):
        return False
    return bool(_INNER_STOP.search(stripped))


# a caption's credit after its sentence: "… from the estuary path. Photo: Herald/Anna Lund"
_CREDIT = re.compile(
    r"[.!?]\s+(?:Photo|Photograph|Picture|Image|Illustration|Credit|Source)s?"
    r"(?:\s+(?:source|credit|by))?\s*[:,]"
)


def _one_name_per_speaker(
    labelled: list[tuple[int, int, str, bool]],
) -> list[tuple[int, int, str, bool]]:
    """ "CHAIR" as "CHAIR (Ilse Moser)" when that is the only "CHAIR (…)" label (reader 4)."""
    full: dict[str, set[str]] = {}
    for _, _, name, _ in labelled:
        base, paren, _rest = name.partition(" (")
        if paren:
            full.setdefault(base, set()).add(name)
    return [
        (s, end, next(iter(full[name])) if len(full.get(name, ())) == 1 else name, bare)
        for s, end, name, bare in labelled
    ]


_SPEAKER_LABEL = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4}"
    r"(?:[ \t]+\([^():\n]{1,60}\))?)"  # "Cllr Graham Peel (Harlow Fields, Conservative):"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
# Reader 5: also an office with "of"/"for": "**The Minister of Health (Karin Albrecht):**"
_SPEAKER_LABEL_5 = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+(?:(?:of|for|the|and)[ \t]+)?"
    r"[A-Z][\w.'’-]*){0,5}(?:[ \t]+\([^():\n]{1,60}\))?)"
    r"(?::(?:\*\*|__)|(?:\*\*|__):|:)(?:[ \t]+(?=\S)|[ \t]*$)"
)
_CLOSING_HASHES = re.compile(r"[ \t]+#+$")
_MD_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+\S")
NOT_SPEAKERS = frozenset(
    ["Note", "Notes", "Update", "Source", "Sources", "Summary", "Tags", "Topics", "Caption"]
)
"""Words that label a line but name nobody ("Note: …")."""


def table_rows(text: str) -> frozenset[str]:
    """The rows of ``text``'s tables as reader 3 cuts them (without their outer bars)."""
    return frozenset(text[a:b] for a, b in text_layout(text).rows.values())


def _strip_emphasis(value: str) -> str:
    return " ".join(_STRAY_EMPHASIS.sub("", markdown_plain(value)).split())


def segment(text: str, reader: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``, deterministic and offline.

    ``reader`` is the one recorded with the source (see :data:`READER`): from reader 3 on,
    table rows, memo headers and speaker labels are read as :func:`text_layout` finds them.
    """
    tokenizer = _tokenizer()
    layout = text_layout(text, reader) if reader is not None and reader >= RECORDED_READER else None
    closing_run = _CLOSING_RUN if reader is not None and reader >= 4 else _CLOSING_EMPHASIS
    spans: list[tuple[int, int]] = []
    prev_block_end = -2
    prev_was_marker = True
    for start, end in _blocks(text, layout.alone if layout else frozenset()):
        if layout is not None:
            if start in layout.skip:
                prev_block_end = end
                continue
            row = layout.rows.get(start)
            if row is not None:
                spans.append(row)
                prev_block_end, prev_was_marker = end, False
                continue
        blank_before = start == 0 or text[prev_block_end:start].count("\n") >= 2
        offset = _marker_end(text, start, end, blank_before or prev_was_marker)
        if layout is not None and start in layout.labels:
            offset = max(offset, layout.labels[start] - start)
        if reader is not None and reader >= 5 and (task := _TASK.match(text, start + offset, end)):
            offset = task.end() - start  # "- [ ] ring the council": no "[ ]" in the sentence
        prev_was_marker = offset > 0
        body_start = start + offset
        body = text[body_start:end]
        block: list[tuple[int, int]] = []
        if layout is not None and (
            start in layout.headings or (start in layout.whole and "\n" not in text[start:end])
        ):
            # "# I treat the children who breathe our traffic. The charge cannot wait"
            head = _CLOSING_HASHES.sub("", body.rstrip(" \t"))
            spans.append((body_start, body_start + len(head)))
            prev_block_end = end
            continue
        for s, e in tokenizer.span_tokenize(body):
            for s2, e2 in _split_cjk(body, s, e):
                if block and (
                    (
                        _QUOTE_END.search(body, block[-1][0], block[-1][1])
                        and _SPEECH_TAG.match(body, s2)
                    )
                    # a Markdown image "![alt](url)": its "!" ends nothing
                    or (s2 == block[-1][1] and body.startswith("![", s2 - 1))
                ):
                    block[-1] = (block[-1][0], e2)
                    continue
                closing = closing_run.match(body, s2, e2)
                if block and closing and s2 == block[-1][1]:
                    # "**Summary.** A short…": the closing "**" belongs to the sentence it ends
                    block[-1] = (block[-1][0], s2 + len(closing[1]))
                    s2 = closing.end()
                    if s2 >= e2:
                        continue
                block.append((s2, e2))
        spans.extend((body_start + s, body_start + e) for s, e in block)
        prev_block_end = end
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if reader is not None and reader >= 5 and _NO_SENTENCE_5.fullmatch(text[s:e].strip("*_ ")):
            continue  # "Photo by Marta Quist on Unsplash", "[End of segment]"
        if not _HAS_WORD.search(text, s, e):
            if merged and "\n" not in text[merged[-1][1] : s]:
                merged[-1] = (merged[-1][0], e)
            # else: a line of no words ("---", "***", "• • •") is a rule, not a sentence
            continue
        merged.append((s, e))
    return merged


_TASK = re.compile(r"\[[ xX]\][ \t]+")
_NO_SENTENCE_5 = re.compile(
    r"(?:Photo(?:graph)?s?|Pictures?|Images?|Illustrations?)(?: by|:)\s+[^.!?]{2,80}\.?|"
    r"(?:Credit|Source): [^.!?]{2,60}\.?|"
    r"\[[^\[\]]{1,60}\]\.?|\((?:End|Music|Applause|Laughter|Jingle|Crosstalk|Break|"
    r"Ends|Pause|Inaudible)\b[^()]{0,40}\)\.?",
    re.IGNORECASE,
)
"""Reader 5: a sentence that is only a photo credit or a bracketed note ("[End of
segment]", "(Applause)")."""


def _split_cjk(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a span after each full-width stop that more text follows."""
    out = []
    for m in _CJK_STOP.finditer(body, start, end):
        if m.end() >= end:
            break
        nxt = m.end()
        while nxt < end and body[nxt].isspace():
            nxt += 1
        if nxt < end:
            out.append((start, m.end()))
            start = nxt
    out.append((start, end))
    return out


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
    layout = text_layout(text, reader)
    turns = [at for at, _ in layout.speakers]
    rows = set(layout.rows.values())
    out = []
    for i, (s, e) in enumerate(spans):
        shown = read_quote(text[s:e], markdown, table=(s, e) in rows)
        k = bisect.bisect_right(turns, s) - 1
        speaker = layout.speakers[k][1] if k >= 0 else ""
        out.append(SentenceRow(ids[i], i, s, e, shown, speaker))
    return out


def read_quote(quote: str, markdown: bool, *, table: bool | frozenset[str] = False) -> str:
    """A stretch of a source's text as it reads: whitespace collapsed; without Markdown
    syntax in a Markdown file; a table row (reader 3) as its cells, "pouches or lockers ·
    £14", not "| pouches or lockers | £14 |". ``table`` says the quote is a row, or gives
    the text's rows (:func:`table_rows`): its lines that are one are read so."""
    if table and "|" in quote:
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


# --------------------------------------------------------------------------- importing


READER = 5
"""How an added file is read (``argmap add --reader N``; ``--html-reader`` is the old name).

- 1: HTML pages as argmap first read them.
- 2: HTML pages without what surrounds the article (kickers, tags, bios, ticker bars).
- 3: also, in HTML, adjacent inline elements apart ("Leon Carver Education…"), the
  ``author vcard`` byline as the author and the site's title as the outlet; in any text,
  Markdown table rows read as their cells, a memo header ("From:", "To:", "Subject:") and
  an "Authors:" line as metadata, and ``NAME:`` labels of a transcript as each turn's
  speaker, not part of its first sentence.
- 4: also a text's head and foot as metadata, not sentences (:func:`text_head`): a
  dateline's outlet ("*Velden Courier · Letters · 21 November 2026*"), a bare line of
  authors' names under the title, a byline, an italic bio ("*Ann Lee is an economist…*"),
  a speech's "Speech by NAME, …" line and "As delivered.", a letter's "Sir," and its
  signature, date-only and "7 min read" lines, a series label ("Policy paper 2026/4");
  a line that does not end like a sentence (a title, a caption) is one sentence, a
  closing quote and emphasis stay with the sentence they end; in a transcript,
  "Present:"/"Witnesses:" name no speaker, "CHAIR" is "CHAIR (Ilse Moser)" when that is
  the only CHAIR, and a stage direction ("*(The sitting closed.)*") is nobody's. In HTML,
  bylines, reading times, sign-up boxes and chrome with a prefix (``#sp-footer``) are
  dropped (a Blogger post, ``div.widget.Blog``, is not a widget to drop); the author from more
  CMS classes (Ghost, Squarespace), the date from
  ``<time datetime>``, the URL from ``<link rel=canonical>``, and the title without the
  section when the page's heading is its start ("Title | Opinion | Site").
- 5: also the page's own date (``dcterms.modified``, ``abbr.published``, a dateline,
  "last updated on …") and never a date from a sentence of the body; a letterhead above
  the title (a press release's, a council's) as the author and outlet; a notes' italic
  dateline's name as the author; a transcript's header line ("*Presenter: NAME ·
  Station · date*") as author, outlet and date; task-list markers ("[ ]"), "ENDS" and
  what follows it, contact lines, attendance lines ("Present:", "Officers:"), signature
  blanks, photo credits and "[End of segment]" as no sentences; speaker labels with
  "of" ("The Minister of Health (Karin Albrecht):"). In HTML, Medium's publication as the
  outlet and its byline and counts dropped, a Blogger "Blog: Post" title, date and
  pager, a government template's phase banner, caption, metadata list and "Is this page
  useful?", and chrome after the article (:func:`html_to_text`).

A page's text is taken when it is added; how a text is cut into sentences is fixed by the
reader recorded with the source (``"reader": 3`` in its ``.meta.json``; a source without
one was added before reader 3 and is read as then), so re-reading a source never moves
the sentence ids its annotations point to. ``--reader 2`` or ``1`` rebuilds a project
annotated with an older argmap (``bench/debate2/make.sh``)."""
READERS = (1, 2, 3, 4, 5)
RECORDED_READER = 3
"""The first reader that changes how a stored text is cut into sentences: from this one
on, the reader is recorded with the source."""


def recorded_reader(reader: int) -> int | None:
    """What a source's metadata records of the ``reader`` it was added with (None: read
    as before readers were recorded, which readers 1 and 2 did)."""
    return reader if reader >= RECORDED_READER else None


def check_reader(reader: int) -> int:
    """``reader`` if argmap has it, else a one-line error."""
    if reader not in READERS:
        raise ArgmapError(
            f"--reader {reader}: no such reader (readers: {', '.join(map(str, READERS))})"
        )
    return reader


class _HTMLText(HTMLParser):
    """Collects readable text of an HTML page, one block element per line.

    Page furniture is skipped with everything inside it: scripts and styles, navigation,
    asides, page footers, site headers (a ``<header>`` outside ``<article>``/``<main>``),
    forms and buttons, and elements whose class, id, role or label names a cookie banner,
    share or social buttons, a newsletter box, breadcrumbs, ads, related links, a comment
    thread (``comments``, not a single ``comment``: British papers call opinion "Comment")
    or sidebar widgets.

    Reader 2 also skips what sits around an article by its place and its class: on a page
    with an ``<article>`` or ``<main>``, text outside it that is not in a heading or a
    paragraph (a market ticker bar, a site's tag line); elements classed as a kicker,
    section label or category line, tags, an author bio or disclosure, a ticker or a
    comment count; and links to the comment thread ("12 Comments"). A line break in the
    page's source inside a paragraph is a space (reader 1 kept it as a break).
    """

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
            "main",
            "header",
            "footer",
            "pre",
            "figcaption",
            "dt",
            "dd",
        ]
    )
    SKIP = frozenset(
        [
            "script",
            "style",
            "noscript",
            "template",
            "svg",
            "nav",
            "aside",
            "footer",
            "form",
            "button",
            "iframe",
            "select",
            "dialog",
        ]
    )
    SKIP_ROLES = frozenset(
        ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog"]
    )
    FURNITURE = re.compile(
        r"(?:^|[\s_-])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|"
        r"breadcrumbs?|advert|advertisement|ads?|promo|related|paywall|skip-link|sidebar|"
        r"comments|comment-respond|widgets?)"
        r"(?:$|[\s_-])",
        re.IGNORECASE,
    )
    # Reader 2: what surrounds an article, named by its class or id.
    AROUND = re.compile(
        r"(?:^|[\s_-])(?:kicker|eyebrow|section-label|categories|category|entry-categories|"
        r"tags|tag-?list|tagcloud|post-tags|entry-tags|author-bio|bio|author-box|about-author|"
        r"author-info|disclosure|ticker|topbar|comments?-link|comments?-count)(?:$|[\s_-])",
        re.IGNORECASE,
    )
    # Reader 3: a class or id naming a site's header, footer, menu or toolbar, whole
    CHROME = re.compile(
        r"(?:site-?|page-?|global-?|main-?)?(?:header|footer|masthead)(?:[-_][\w-]*)?|"
        r"(?:[\w-]*[-_])?(?:nav|navbar|navigation|menu|toolbar)(?:[-_][\w-]*)?|[a-z]*toolbar"
    )
    # Reader 4: a byline block (the author's name, the date, a reading time, a view count;
    # read as metadata), a sign-up box, a topics line; site chrome with a short prefix
    # (Joomla's #sp-header, #sp-footer, #sp-top-bar)
    BYLINE = re.compile(
        r"(?:[\w-]*[-_])?(?:byline|bylines|post-meta|entry-meta|article-meta|article-info|"
        r"meta-info|blog-meta|post-byline|author-name|author-role|reading-time|read-time|"
        r"posted-on|post-date|entry-date|post-views|views-count|view-count|hits)(?:[-_][\w-]*)?"
    )
    AROUND_4 = re.compile(
        r"(?:^|[\s_-])(?:cta|signup|sign-up|topics?|keywords|share-?bar)(?:$|[\s_-])",
        re.IGNORECASE,
    )
    CHROME_4 = re.compile(
        r"(?:[a-z0-9]{1,4}[-_])?(?:site-?|page-?|global-?|main-?)?"
        r"(?:header|footer|masthead|top-?bar)(?:[-_][\w-]*)?"
    )
    AUTHOR_CLASS = re.compile(
        r"(?:[\w-]*[-_])?(?:author(?:[-_]+name)?|authorname|byline[-_]+name|byline[-_]+author)"
        r"(?:__[\w-]+)?"  # a CSS module's hash: Byline_name__x1
    )
    # Reader 5: Medium's byline, counts and publication link, Blogger's pager and feed
    # links, a government template's phase banner, caption, metadata list, contents list
    # and feedback box, a cookie layer named in one word (#cookieconsent), button links
    FURNITURE_5 = re.compile(
        r"speechify-ignore|pw-multi-vote[\w-]*|pw-responses[\w-]*|[\w-]*clap[\w-]*|"
        r"author(?:name|photo)|story(?:readtime|publishdate)|publicationname|"
        r"blog-pager[\w-]*|post-feeds|feed-links|home-link|post-footer[\w-]*|"
        r"[\w-]*phase-banner[\w-]*|govuk-caption-\w+|gem-c-title__context|gem-c-metadata|"
        r"[\w-]*contents-list[\w-]*|[\w-]*feedback[\w-]*|cookie\w*|cc-(?:window|banner)|"
        r"wixui-button|[\w-]*social-bar[\w-]*"
    )
    COMMENT_LINK = re.compile(r"#(?:comments?|respond|disqus_thread)\b", re.IGNORECASE)
    OUTSIDE_KEPT = frozenset(["h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote"])
    VOID = frozenset(["br", "img", "meta", "link", "input", "hr", "wbr", "source", "area"])

    def __init__(self, reader: int = READER, has_content: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self.reader = reader
        self._skip_tag = ""
        self._skip_depth = 0
        self._content_depth = 0  # inside <article> or <main>
        # Reader 5: after the article (or main) ends, what is outside it is chrome ("Written
        # by …", "More from …", "Is this page useful?"), once it held a real text
        self._content_chars = 0
        self._after_content = False
        self._article_depth = 0  # inside <article> (reader 4)
        self._in_title = False
        # Reader 2, on a page with an <article>/<main>: outside it, only the text of
        # headings and paragraphs is kept (``_kept_depth`` counts the open ones).
        self._outside_rule = reader >= 2 and has_content
        self._kept_depth = 0
        self._line_has_text = False  # text since the last block boundary
        self._pre_depth = 0
        # Reader 3: an inline element closed right before another opens ("<span>Leon
        # Carver</span><span>Education reporter</span>") is apart from it, as on the page.
        self._inline_closed = False
        self._space_due = False
        # Reader 3: what the page says of itself in its body (hCard byline, site title,
        # the article's first heading), read even inside furniture that is skipped.
        self.found: dict[str, str] = {}
        self._capture: list[list] = []  # [field, tag, depth, text parts]
        self._term = ""  # reader 5: the last <dt>'s words ("from", "published")

    def _is_furniture(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in self.SKIP:
            return True
        if tag == "header" and not self._content_depth:
            return True
        if attrs.get("role", "").lower() in self.SKIP_ROLES:
            return True
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        named = " ".join(attrs.get(k, "") for k in ("class", "id", "aria-label"))
        if self.reader >= 3 and tag in ("article", "main"):
            # the article itself, whatever its class says ("newsletter-post" on Substack)
            return False
        if self.reader >= 5:
            words = " ".join(attrs.get(k, "") for k in ("class", "id", "data-testid"))
            if any(self.FURNITURE_5.fullmatch(w) for w in words.lower().split()):
                return True
        if self.reader >= 4 and {"widget", "blog"} <= set(attrs.get("class", "").lower().split()):
            return False  # Blogger's posts are a widget too: <div class='widget Blog'>
        if named and self.FURNITURE.search(named):
            return True
        if self.reader >= 3 and not self._content_depth and named:
            # a site's chrome built of <div>s, not <header>/<nav>/<footer>: #header,
            # .nav-primary, #footer, a toolbar ("Print this page | Download PDF")
            words = " ".join(attrs.get(k, "") for k in ("class", "id")).lower().split()
            if any(self.CHROME.fullmatch(w) for w in words):
                return True
        if self.reader >= 4 and named:
            words = " ".join(attrs.get(k, "") for k in ("class", "id")).lower().split()
            if (
                any(self.BYLINE.fullmatch(w) for w in words)
                or "byline" in attrs.get("data-testid", "").lower()
            ):
                return True
            if not self._article_depth and any(
                self.CHROME_4.fullmatch(w) or self.CHROME.fullmatch(w) for w in words
            ):
                return True  # also inside <main>, outside the <article> (Ghost's footer-cta)
            if self.AROUND_4.search(named) and not (self.reader >= 5 and tag == "section"):
                return True  # reader 5: a Wix "section#comp-cta" holds text, not a button
        if self.reader < 2:
            return False
        if tag == "a" and self.COMMENT_LINK.search(attrs.get("href", "")):
            # "12 Comments" standing alone; a link in running text keeps its words
            return not self._line_has_text
        return bool(named and self.AROUND.search(named))

    def _start_capture(self, tag: str, attrs: dict[str, str]) -> None:
        for cap in self._capture:
            if cap[1] == tag:
                cap[2] += 1
        classes = set(attrs.get("class", "").lower().split())
        field = ""
        if classes & {"vcard", "fn", "author"} or "author" in (
            [*attrs.get("rel", "").lower().split(), attrs.get("itemprop", "").lower()]
        ):
            field = "author"
        elif self.reader >= 4 and any(self.AUTHOR_CLASS.fullmatch(c) for c in classes):
            field = "author"  # Ghost's h4.author-name, Squarespace's Blog-meta-item--author
        elif self.reader >= 4 and any(self.BYLINE.fullmatch(c) for c in classes):
            field = "byline"  # its text may hold the date: read as metadata
        elif classes & {"site-title", "site-name", "blog-title"}:
            field = "site"
        elif tag == "h1" and (self._content_depth or "entry-title" in classes):
            field = "h1"
        elif self.reader >= 5 and attrs.get("data-testid", "").lower() == "publicationname":
            field = "publication"  # Medium: the publication, not "Medium"
        elif self.reader >= 5 and tag == "dt":
            field = "dt"  # a metadata list: "From:" Kessling City Council
        elif self.reader >= 5 and tag == "dd" and self._term:
            field = f"dd:{self._term}"
        if field and field not in self.found and all(c[0] != field for c in self._capture):
            self._capture.append([field, tag, 1, []])

    def _end_capture(self, tag: str) -> None:
        for cap in list(self._capture):
            if cap[1] != tag:
                continue
            cap[2] -= 1
            if cap[2] == 0:
                self._capture.remove(cap)
                text = " ".join("".join(cap[3]).split())
                if cap[0] == "dt":
                    self._term = text.rstrip(":").strip().lower()
                    continue
                if cap[0] == "author":
                    text = _BY_PREFIX.sub("", text)
                    if len(text) > 80:
                        continue  # an author box with a bio in it, not a name
                if text:
                    self.found.setdefault(cap[0], text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if self.reader >= 4 and tag in self.BLOCK:
            for cap in self._capture:  # "<li>By Jen Marlowe</li><li>March 23, 2026</li>"
                cap[3].append(" ")
        if self.reader >= 3:
            if tag not in self.VOID:
                self._start_capture(tag, a)
            if tag not in self.BLOCK and tag not in self.VOID:
                self._space_due = self._inline_closed
            self._inline_closed = False
        if self.reader >= 4:
            if tag == "time" and a.get("datetime"):
                self.found.setdefault("date", a["datetime"])
            elif "date" in a.get("class", "").lower() and _ISO_DAY.match(a.get("title", "")):
                self.found.setdefault("date", a["title"])  # Substack: title="2026-11-24T…"
            elif (
                self.reader >= 5
                and "published" in a.get("class", "").lower().split()
                and _ISO_DAY.match(a.get("title", ""))
            ):
                self.found.setdefault("date", a["title"])  # Blogger: <abbr class=published>
            elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
                self.found.setdefault("url", a["href"])
            elif tag == "meta" and a.get("itemprop") and a.get("content"):
                self.meta.setdefault(a["itemprop"].lower(), a["content"])
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag == "title":
            self._in_title = True
            return
        if tag == "meta":
            key = a.get("name") or a.get("property") or ""
            if key and a.get("content"):
                self.meta[key.lower()] = a["content"]
            return
        if tag not in self.VOID and tag not in ("html", "body") and self._is_furniture(tag, a):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in ("article", "main"):
            self._content_depth += 1
        if tag == "article":
            self._article_depth += 1
        if tag in self.OUTSIDE_KEPT:
            self._kept_depth += 1
        if tag == "pre":
            self._pre_depth += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
            self._line_has_text = False
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if self.reader >= 4 and tag in self.BLOCK:
            for cap in self._capture:
                cap[3].append(" ")
        if self.reader >= 3:
            self._end_capture(tag)
            self._inline_closed = tag not in self.BLOCK
            self._space_due = False
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag == "title":
            self._in_title = False
        if tag in ("article", "main") and self._content_depth:
            self._content_depth -= 1
            if self.reader >= 5 and not self._content_depth and self._content_chars >= 400:
                self._after_content = True
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if tag in self.OUTSIDE_KEPT and self._kept_depth:
            self._kept_depth -= 1
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")
            self._line_has_text = False

    def handle_data(self, data: str) -> None:
        if self.reader >= 3:
            for cap in self._capture:
                cap[3].append(data)
            if data:
                if self._space_due and not data[:1].isspace() and self.parts:
                    last = self.parts[-1]
                    if last and not last[-1:].isspace():
                        data = " " + data
                self._inline_closed = self._space_due = False
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            if self._outside_rule and not self._content_depth and not self._kept_depth:
                return  # a ticker bar or a site's tag line around the article
            if self._after_content and not self._content_depth:
                return  # reader 5: "Written by …", "More from …" after the article
            if self._content_depth:
                self._content_chars += len(data.strip())
            if self.reader >= 2 and not self._pre_depth:
                data = _HTML_SPACE.sub(" ", data)  # a paragraph wrapped in the source
            self.parts.append(data)
            self._line_has_text = self._line_has_text or bool(data.strip())


_TITLE_SEPARATOR = re.compile(r"(\s+(?:\||–|—|-|::|·|•)\s+)")


def strip_site_suffix(title: str, site: str = "") -> tuple[str, str]:
    """``title`` without a site name before or after a separator, and that site name.

    "Headline | Example Times" gives ("Headline", "Example Times"); a first or last part
    equal to ``site`` is removed; otherwise a last part of at most four words after a
    longer headline is taken for the site.
    """
    title = title.strip()
    pieces = _TITLE_SEPARATOR.split(title)  # part, separator, part, ...
    if len(pieces) < 3:
        return title, ""
    first, last = pieces[0], pieces[-1]
    if site and last.casefold() == site.strip().casefold():
        return "".join(pieces[:-2]), last
    if site and first.casefold() == site.strip().casefold():
        return "".join(pieces[2:]), first
    headline = "".join(pieces[:-2])
    if len(last.split()) <= 4 and len(last) < len(headline):
        return headline, last
    return title, ""


_HTML_SPACE = re.compile(r"\s+")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_BY_PREFIX = re.compile(r"^(?:by|posted by|written by)\s+", re.IGNORECASE)
_HAS_CONTENT = re.compile(r"<(?:article|main)\b", re.IGNORECASE)
_BARE_BULLET = re.compile(r"[•\s]*")


def html_to_text(markup: str, reader: int = READER) -> tuple[str, dict[str, str]]:
    """Readable text of an HTML page (one paragraph per line) and what its head tells.

    ``reader`` picks how furniture is told from text (see :data:`READER`)."""
    check_reader(reader)
    parser = _HTMLText(reader, has_content=bool(_HAS_CONTENT.search(markup)))
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    if reader >= 2:  # a list item whose only text was furniture ("• 12 Comments")
        lines = [line for line in lines if not _BARE_BULLET.fullmatch(line)]
    paragraphs = "\n\n".join(line for line in lines if line)
    title = html.unescape(" ".join(parser.title.split())) or parser.meta.get("og:title", "")
    site = parser.meta.get("og:site_name", "")
    if reader >= 3:
        site = site or parser.found.get("site", "")
        heading = parser.found.get("h1", "")
        pieces = _TITLE_SEPARATOR.split(title)
        if not site and heading and len(pieces) >= 3 and "".join(pieces[:-2]) == heading:
            # "Why I stopped… – Notes from the School Run": the page's own heading says
            # where the headline ends, however long the site's name
            site = pieces[-1]
    if reader >= 4:
        # "Sixteen is not the new eighteen | Opinion | Aldmark Tidende": the page's own
        # heading (or og:title) says where the headline ends; the last part is the site
        clean = parser.found.get("h1", "") or parser.meta.get("og:title", "")
        rest = title[len(clean) :] if clean and title.startswith(clean) else ""
        pieces = _TITLE_SEPARATOR.split(rest)
        if rest and len(pieces) >= 3 and not pieces[0]:
            title, site = clean, site or pieces[-1].strip()
    title, suffix = strip_site_suffix(title, site)
    if reader >= 4 and not suffix and site and title != (parser.title or "").strip():
        suffix = site
    info = {"title": title}
    if (
        reader >= 3
        and parser.found.get("author")
        and not (parser.meta.get("author") or parser.meta.get("article:author"))
    ):
        info["author"] = parser.found["author"]
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
    if suffix and not info.get("outlet"):
        info["outlet"] = suffix
    if reader >= 5:
        info.update(_page_facts(parser, title, info))
    if reader >= 4:
        found, byline = parser.found, parser.found.get("byline", "")
        if not info.get("date"):
            day = found.get("date", "")
            info["date"] = day[:10] if _ISO_DAY.match(day) else guess_date(byline, reader)
        if not info.get("author") and byline:
            info["author"] = byline_author(byline)
        if not info.get("url") and found.get("url"):
            info["url"] = found["url"]
        info = {k: v for k, v in info.items() if v}
    return paragraphs + "\n", info


PAGE_DATES = ("article:published_time", "date", "dcterms.modified", "dcterms.date", "dc.date",
              "datepublished", "datemodified")  # fmt: skip
"""Reader 5: the head's fields that give a page's own date, first found first."""


def _page_facts(parser: _HTMLText, title: str, info: dict[str, str]) -> dict[str, str]:
    """What reader 5 reads of a page beyond reader 4: its own date (never one from its
    text), Medium's publication as the outlet, a Blogger title "Blog: Post" as title and
    outlet, a government page's "From:" organisation as the author."""
    facts: dict[str, str] = {}
    if not info.get("date"):
        day = next((parser.meta[k] for k in PAGE_DATES if k in parser.meta), "")
        day = day or parser.found.get("date", "")
        for term in ("last updated", "updated", "published"):
            day = day or _guess_day(parser.found.get(f"dd:{term}", ""))
        if _ISO_DAY.match(day):
            facts["date"] = day[:10]
    if parser.found.get("publication"):
        facts["outlet"] = parser.found["publication"]
    clean = parser.found.get("heading") or parser.meta.get("og:title", "")
    blog, colon, rest = title.partition(": ")
    if clean and colon and rest == clean and len(blog.split()) <= 6:
        facts["title"] = clean  # Blogger: "Pedal and Pavement: Why the ring road…"
        if not info.get("outlet"):
            facts["outlet"] = blog
    if not info.get("author") and parser.found.get("dd:from"):
        facts["author"] = parser.found["dd:from"]
    return facts


_BY_WORDS = re.compile(r"\b(?:By|Written by|Posted by|Author)\s*:?\s+(.+)", re.I)


def byline_author(byline: str) -> str:
    """The person a web page's byline block names ("By Jen Marlowe March 23, 2026", "Written
    by: Franz Holler Published: 09 November 2026"), or ``""`` (reader 4)."""
    m = _BY_WORDS.search(byline)
    if not m:
        return ""
    words = m[1].split()
    for n in (4, 3, 2):
        candidate = " ".join(words[:n]).rstrip(",·|•")
        if not any(p.search(candidate) for p in _ANY_DATE) and (names := person_names(candidate)):
            return ", ".join(names)
    return ""


# --------------------------------------------------------------------------- Markdown text

_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LINK = re.compile(r"\[([^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_CODE = re.compile(r"`([^`\n]+)`")
_MD_QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")


def markdown_plain(text: str) -> str:
    """Markdown inline syntax removed: links and images keep their text, emphasis its words.

    Used for what a sentence *reads* (its ``text``); offsets still point into the file.
    """
    text = _MD_QUOTE.sub("", text)
    text = _MD_CODE.sub(r"\1", text)
    text = _MD_IMAGE.sub(r"\1", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_AUTOLINK.sub(r"\1", text)
    for _ in range(2):  # nested: ***both*** or **_mixed_**
        text = _MD_STRONG.sub(r"\2", text)
        text = _MD_EMPH.sub(r"\2", text)
    return _MD_STRIKE.sub(r"\1", text)


def plain_quote(quote: str) -> str:
    """A claim's quote from a Markdown file as it reads: no emphasis, link or quote syntax,
    whitespace collapsed (the quote itself keeps the file's characters, for anchoring)."""
    return _STRAY_EMPHASIS.sub("", " ".join(markdown_plain(quote).split()))


def is_markdown(path: Path | str) -> bool:
    """Whether a source file is Markdown (its sentences read without the syntax)."""
    return Path(path).suffix.lower() in (".md", ".markdown")


_DATE_PATTERNS = (
    re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"),
    re.compile(
        r"\b(January|February|March|April|May|June|July|August|September|October|November|"
        r"December) (\d{1,2}), (\d{4})\b"
    ),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    re.compile(
        r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|"
        r"November|December),? (\d{4})\b"
    ),
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


_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES}),? (\d{{4}})\b")
_DAY_MONTH = re.compile(rf"\d\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+\d{{1,2}}\b(?!\d)")
DATELINE_WORDS = 4
"""A month without a day is read as the date only on a line of its own with at most this
many other words (a dateline: "February 2026", "Policy brief · February 2026"), not in
running text ("Rents rose in February 2026, the council said.")."""


def guess_date(text: str, reader: int | None = None) -> str:
    """An ISO date found near the top of a text (``2026-03-12``; ``2026-02`` for a dateline
    that names only a month), or ``""``.

    From reader 3 on, also a month written short ("Nov 24, 2026", "24 Sept 2026"), and a
    month and year that is one part of a dateline of parts split by ``·`` or ``|``
    ("Centre for Urban Mobility · Briefing paper 14 · November 2026").

    From reader 5 on, only the text's own date: a memo's "Date:", a dateline, a date line,
    "last updated on …", a heading or title line (:func:`_head5`); never a date in a
    sentence ("from 1 April 2028 private cars…")."""
    if reader is not None and reader >= 5:
        layout = text_layout(text, reader)
        return any_date(layout.header.get("Date", "")) or (layout.head or Head(frozenset())).date
    head = text[:1500]
    full = _guess_day(head)
    if full:
        return full
    if reader is not None and reader >= RECORDED_READER:
        short = _guess_short_day(head)
        if short:
            return short
        for line in head.splitlines():
            plain = " ".join(markdown_plain(line).strip(" *_#>").split())
            parts = [p.strip(" *_") for p in _DATELINE_SPLIT.split(plain)]
            if len(parts) < 2:
                continue
            for part in parts:
                m = _MONTH_YEAR.fullmatch(part)
                if m:
                    return f"{int(m[2]):04d}-{_MONTHS[m[1]]:02d}"
    for line in head.splitlines():
        plain = " ".join(markdown_plain(line).strip(" *_#>").split())
        m = _MONTH_YEAR.search(plain)
        if (
            m
            and len((plain[: m.start()] + plain[m.end() :]).split()) <= DATELINE_WORDS
            and not _DAY_MONTH.search(plain)
            and not plain.endswith((".", "!", "?"))
        ):
            return f"{int(m[2]):04d}-{_MONTHS[m[1]]:02d}"
    return ""


_DATELINE_SPLIT = re.compile(r"\s+[·|•]\s+")
_SHORT_MONTHS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}  # fmt: skip
_SHORT = "|".join(_SHORT_MONTHS)
_SHORT_DATES = (
    re.compile(rf"\b({_SHORT})\.? (\d{{1,2}}), (\d{{4}})\b"),  # Nov 24, 2026
    re.compile(rf"\b(\d{{1,2}}) ({_SHORT})\.?,? (\d{{4}})\b"),  # 24 Nov 2026
)


def _guess_short_day(head: str) -> str:
    """The first date of ``head`` with its month written short (reader 3)."""
    found = sorted((m.start(), i, m) for i, p in enumerate(_SHORT_DATES) for m in p.finditer(head))
    for _, i, m in found:
        if i == 0:
            day, month, year = int(m[2]), _SHORT_MONTHS[m[1]], int(m[3])
        else:
            day, month, year = int(m[1]), _SHORT_MONTHS[m[2]], int(m[3])
        if 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


def _guess_day(head: str) -> str:
    """The first full date of ``head`` in reading order, whichever way it is written."""
    found = sorted(
        (m.start(), i, m)
        for i, pattern in enumerate(_DATE_PATTERNS)
        for m in pattern.finditer(head)
    )
    for _, i, m in found:
        if i == 0:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
        elif i == 1:
            day, month, year = int(m[2]), _MONTHS[m[1]], int(m[3])
        elif i == 2:
            year, month, day = int(m[1]), int(m[2]), int(m[3])
        else:
            day, month, year = int(m[1]), _MONTHS[m[2]], int(m[3])
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return ""


TITLE_MAX = 90


def shorten_at_word(text: str, limit: int = TITLE_MAX) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…" if cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–—-") + "…"


def guess_title(text: str, reader: int | None = None) -> str:
    """A short title: the first line if it reads as one, else the first sentence, cut.

    A title line is a Markdown heading, or a first line of at most 120 characters that
    does not end like a sentence. Either way the result is at most 90 characters, cut at
    a word, without Markdown syntax. From reader 3 on, a memo that opens with its header
    takes its "Subject:" (or "Re:"), and a header's lines are no title. From reader 4
    on, no line :func:`text_head` reads as metadata is the title (a letters page's
    "Letters to the Editor, Harwick Herald, 24 November 2026" line), and a speech's
    title is "Speech by NAME at PLACE".
    """
    if reader is not None and reader >= RECORDED_READER:
        layout = text_layout(text, reader)
        if layout.head is not None and layout.head.title:
            return layout.head.title  # "Speech by NAME at PLACE"
        first = next(
            (m.start() for m in _LINE.finditer(text) if text[m.start() : m.end()].strip()), -1
        )
        subject = layout.header.get("Subject") or layout.header.get("Re")
        if first in layout.skip and subject:
            return shorten_at_word(subject)
        if layout.skip:
            kept = [m[0] for m in _LINE.finditer(text) if m.start() not in layout.skip]
            text = "\n".join(kept)
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        heading = stripped.startswith("#")
        plain = " ".join(markdown_plain(stripped.lstrip("#").strip()).split())
        if heading or (len(plain) <= 120 and not plain.endswith((".", "!", "?", ":", ";", ","))):
            return shorten_at_word(plain)
        break
    spans = segment(text[: text.find("\n\n", 0, 4000) if "\n\n" in text[:4000] else 4000])
    first = text[spans[0][0] : spans[0][1]] if spans else text
    return shorten_at_word(markdown_plain(first))


# "By …" on a line of its own, also as a list item ("• By Jen Marlowe" from a blog's <li>)
_BYLINE = re.compile(r"^\s*(?:[•*-]\s+)?(?:By|Author:)\s+([A-Z][^\n,]{2,80})", re.MULTILINE)


def guess_author(text: str, reader: int | None = None) -> str:
    """An author named on a "By ..." line near the top of a text, or ``""``.

    From reader 3 on, also a memo header's "Authors:" or "From:" line, or "Authors: …" as
    one part of a dateline ("Policy brief · April 2026 · Authors: Ines Marchetti"). From
    reader 4 on, also what :func:`text_head` reads: a bare line of names under the title, a
    byline, an italic bio, a speech's speaker, a letter's signature."""
    if reader is not None and reader >= RECORDED_READER:
        layout = text_layout(text, reader)
        header = layout.header
        if header.get("Authors"):
            return header["Authors"]
        if header.get("From"):
            return _sender(header["From"])[0]
        if layout.head is not None and layout.head.author:
            return layout.head.author
        m = _AUTHORS_PART.search(markdown_plain(text[:2000]))
        if m:
            return m[1].strip()
        m = _INTERVIEW_BY.search(markdown_plain(text[:2000]))
        if m:
            return m[1].strip()
    m = _BYLINE.search(text[:2000])
    return m[1].strip() if m else ""


def guess_outlet(text: str, reader: int | None = None) -> str:
    """The organisation a memo comes from, when its "From:" line says name, role and
    organisation ("From: Sunita Rao, Chief Executive, Castlebridge Chamber of Commerce");
    from reader 3 on, else ``""``. From reader 4 on, else a dateline's outlet."""
    if reader is None or reader < RECORDED_READER:
        return ""
    layout = text_layout(text, reader)
    sender = layout.header.get("From", "")
    outlet = _sender(sender)[1] if sender else ""
    if not outlet and layout.head is not None:
        outlet = layout.head.outlet  # reader 4: "*Velden Courier · Letters · 21 Nov 2026*"
    return outlet


def _sender(value: str) -> tuple[str, str]:
    """A "From:" value as (author, organisation): "Name, Role, Organisation" gives the name
    and the organisation; anything else is the author as written."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) >= 3 and all(parts):
        return parts[0], parts[-1]
    return value, ""


# "Interview by Sam Ferreira", "Words by …", "Reported by …" on a line of its own
_INTERVIEW_BY = re.compile(
    r"^[ \t]*(?:[•*-][ \t]+)?(?:Interview|Interviewed|Words|Text|Report|Reported|Reporting)"
    r" by[ \t]+([A-Z][^\n,·|]{2,80})",
    re.MULTILINE,
)


# "… · Authors: Dr Ines Marchetti and Tom Alder" in a dateline
_AUTHORS_PART = re.compile(
    r"(?:^|[·|•—–]\s*)(?:\*\*|__)?Authors?:(?:\*\*|__)?\s+([A-Z][^\n·|•*_]{2,80})", re.MULTILINE
)


# ------------------------------------------------------------------ reader 4: a text's head

HONORIFICS = frozenset(
    ["Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Sir", "Dame", "Cllr", "Rev", "Dr."]
)
_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al", "ter"]
)
NOT_NAMES = frozenset(
    """The A An Of And In On For To With Key Summary Findings Introduction Background
    Conclusion Conclusions Policy Brief Report Letters Letter Editor Opinion News Comment
    Analysis Interview Transcript Update Contents Abstract Recommendations Notes Sources
    References Table Figure Chapter Part Section Appendix Annex Briefing Paper Speech
    Statement Press Release Minutes Agenda Read More Share Subscribe Download Home Menu Search
    Sign Log Contact About Privacy Terms Cookies Photo Image Video Audio Podcast Episode
    Official Record Hearing Committee Council Ministry Department University Institute
    Centre Center Association Union Party Group Foundation Society Trust Office Published
    Updated Posted Written Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905
    + list(_MONTHS)
)
"""Capitalised words that are no part of a person's name (a heading, an organisation)."""


def person_name(words: str) -> str:
    """``words`` without an honorific if they read as one person's name ("Dr Amara Quist"
    gives "Amara Quist"; two to four capitalised words), else ``""``."""
    parts = words.split()
    while parts and parts[0].rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        parts = parts[1:]
    names = [w for w in parts if w not in _PARTICLES]
    if not 2 <= len(names) <= 4 or len(parts) - len(names) > 2:
        return ""
    for w in names:
        core = w.strip("'’")
        if not core[:1].isupper() or core.rstrip(".") in NOT_NAMES:
            return ""
        if not all(c.isalpha() or c in "'’.-" for c in core) or (core.isupper() and len(core) > 3):
            return ""
    return " ".join(parts)


_AND = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")


def person_names(line: str) -> list[str]:
    """The people a line names, if it is nothing but one to four names ("Felix Amundsen and
    Grace Mbeki"), else ``[]``."""
    pieces = [p for p in _AND.split(line.strip()) if p]
    if not 1 <= len(pieces) <= 4:
        return []
    names = [person_name(p) for p in pieces]
    return names if all(names) else []


_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE_EXTRAS = re.compile(
    rf"\b(?:{_WEEKDAYS}|[Uu]pdated|[Pp]ublished|[Pp]osted|[Ll]ast|on|at)\b|"
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b(?:UTC|GMT|CET|CEST|BST)\b|[\s,.:;–—-]+"
)
_ANY_DATE = (*_DATE_PATTERNS, *_SHORT_DATES, _MONTH_YEAR)
READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)\.?\s+(?:read|listen|watch)", re.I)


def is_date_part(part: str) -> bool:
    """Whether ``part`` is a date and nothing else ("Saturday 28 November 2026", "Nov 22,
    2026", "Updated 21 November 2026, 19:00")."""
    for pattern in _ANY_DATE:
        m = pattern.search(part)
        if m:
            rest = part[: m.start()] + " " + part[m.end() :]
            return not _DATE_EXTRAS.sub("", rest)
    return False


_SECTION_WORDS = (
    "opinion|comment|commentary|letters?(?: to the editor)?|letters page|editorial|analysis|"
    "news|interview|feature|features|review|column|blog|blog post|guest post|essay|"
    "explainer|long read|briefing(?: paper)?|policy (?:brief|paper)|research (?:brief|paper)|"
    "working paper|discussion paper|report|official report|press release|statement|"
    "transcript|speech|op-ed|perspective|viewpoint|debate|newsletter|podcast|episode|"
    "issue|edition|submission|consultation response|evidence"
)
_SECTION = re.compile(
    rf"(?:{_SECTION_WORDS})(?:\s+(?:no\.?\s*)?[\w/.-]*\d[\w/.-]*)?(?:\s*\([^)]*\))?", re.I
)
_BY_PART = re.compile(
    r"(?:(?:Interview(?:ed)?|Words|Text|Report(?:ed|ing)?|Written|Posted|Photos?) by|By|"
    r"Authors?:)\s+(?P<names>[^\d·|•]{2,100})",
    re.I,
)
_HEAD_SEP = re.compile(r"\s+[·|•]\s+|\s+[–—]\s+")
_COMMA_PARTS = re.compile(r",\s+(?!\d{4}\b)")


class Dateline(NamedTuple):
    outlet: str
    author: str


def dateline(plain: str) -> Dateline | None:
    """A line of parts (split by ``·``, ``|``, a dash, or commas) one of which is a date and
    none a sentence: "Velden Courier · Letters to the editor · 21 November 2026", "Energy
    Week, 23 November 2026". The outlet is the first part that is no date, section label
    ("Opinion", "Briefing 7") or byline; a "By …"/"Interview by …"/"Authors: …" part is the
    author."""
    if len(plain) > 200 or plain.endswith((".", "!", "?", ":", ";")):
        return None
    parts = [p.strip(" *_") for p in _HEAD_SEP.split(plain)]
    if len(parts) < 2:
        parts = [p.strip() for p in _COMMA_PARTS.split(plain)]
        if not 2 <= len(parts) <= 4 or any(len(p.split()) > 8 for p in parts):
            return None
    if not any(is_date_part(p) for p in parts):
        return None
    outlet = author = ""
    others = []
    for part in parts:
        if not part or part == "…" or is_date_part(part) or READING_TIME.fullmatch(part):
            continue
        if _SECTION.fullmatch(part):
            continue
        by = _BY_PART.fullmatch(part)
        if by:
            names = person_names(by["names"].split(",")[0]) or person_names(by["names"])
            author = author or ", ".join(names) or by["names"].strip()
            continue
        others.append(part)
    if len(others) > 1:
        return None  # "Full Council, 14 January 2027, Item 7: …": a heading, not a dateline
    if others and others[0][:1].isupper() and len(others[0].split()) <= 10:
        outlet = others[0]
    return Dateline(outlet, author)


_SPEECH = re.compile(
    r"(?:Speech|Remarks|Address|Keynote(?: speech| address)?|Statement|Lecture) by\s+"
    r"(?P<rest>.+)",
)
_DELIVERY = re.compile(
    r"\(?\[?(?:As delivered|Check against delivery|As prepared for delivery|"
    r"Speech as delivered)\.?\]?\)?\.?",
    re.I,
)
_BYLINE_LINE = re.compile(
    r"(?:(?:Interview(?:ed)?|Words|Text|Report(?:ed|ing)?|Written) by|By|Written by:)\s+"
    r"(?P<names>[^.!?]{2,120})",
)
_BIO = re.compile(r"(?P<name>[^,.]{4,60}?)\s+(?:is|was|has been)\s+(?:a|an|the|one)\b")
_CONTACT = re.compile(r"(?:Press |Media )?(?:Contact|Enquiries|Inquiries)\s*:", re.I)
_DOWNLOAD = re.compile(r"(?:Download|Read)\b.{0,80}\((?:PDF|pdf|DOCX?|docx?)\b[^)]*\)")
_SALUTATION = re.compile(
    r"(?:Dear\s+)?(?:Sir|Madam|Sirs|Editor|Sir or Madam|Sir/Madam|Sir, Madam|the Editor)"
    r"\s*[,:]?|To the Editor\s*[,:]?",
    re.I,
)
_SIGN_OFF = re.compile(
    r"(?:Yours (?:faithfully|sincerely|truly)|(?:With )?(?:Kind|Best|Warm) (?:regards|wishes)|"
    r"Regards|Sincerely(?: yours)?|Respectfully(?: yours)?)\s*,?",
    re.I,
)


def _speech_title(head: str, parts: list[str]) -> str:
    """ "Speech by Per Halvorsen at the rally on Harbour Square, Harwick" from the parts of
    "Speech by Per Halvorsen, chair of …, at the rally on Harbour Square, Harwick, 28
    November 2026": the place, without the speaker's role and the date."""
    at = next((i for i, p in enumerate(parts) if p.split()[:1] in (["at"], ["in"], ["on"])), None)
    place = []
    for p in parts[at:] if at is not None else []:
        if is_date_part(p):
            break
        place.append(p)
    return shorten_at_word(" ".join([head, *place[:1]]) + "".join(f", {p}" for p in place[1:]))


class Head(NamedTuple):
    """What reader 4 reads in a text's head and foot as metadata (offsets into the text)."""

    skip: frozenset[int]
    """Starts of lines that are metadata, no sentence."""
    author: str = ""
    outlet: str = ""
    title: str = ""
    date: str = ""
    """Reader 5: the text's own date, read from its metadata lines (ISO)."""
    prefix: tuple[tuple[int, int], ...] = ()
    """Reader 5: (line start, where its words begin) of a line that opens with a dateline
    ("Kessling, 24 November 2026 – The Chamber…")."""


def _plain_line(line: str) -> str:
    return " ".join(_STRAY_EMPHASIS.sub("", markdown_plain(line).strip(" \t#>")).split()).strip(
        " *_"
    )


def _emphasised(line: str) -> bool:
    t = line.strip()
    return len(t) > 2 and t[0] in "*_" and t.rstrip(".")[-1:] in "*_"


HEAD_LINES = 12
"""How many non-empty lines at the top of a text :func:`text_head` reads."""


@lru_cache(maxsize=64)
def text_head(text: str, reader: int = 4) -> Head:
    """The metadata lines of a text's head and foot (reader 4) and what they say.

    In the first 12 lines: a dateline (:func:`dateline`), a byline, a bare line of names
    under the title, an italic bio opening with a name, a speech's "Speech by NAME, role,
    place, date" line and "As delivered.", a line that is only a date or a reading time, a
    series label ("Policy paper 2026/4") above the title, a contact line and a "Download
    (PDF)" link. Anywhere: a letter's salutation ("Sir,", "Dear Editor,"); at the foot, a
    sign-off ("Yours faithfully,") and the lines under it, or a letter's last line when it
    is a name ("Helga Fink, Sankt Aurel"). Headings, and the title line itself, stay.
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text)]
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    skip: set[int] = set()
    author = outlet = title = ""
    authors: list[str] = []
    letter = False
    title_seen = body = False
    for n, (s, e) in enumerate(filled[:HEAD_LINES]):
        if s > 3000:
            break
        raw = text[s:e]
        plain = _plain_line(raw)
        if not plain:
            continue
        if raw.lstrip().startswith("#"):
            body = body or title_seen
            title_seen = True
            continue
        if n == 0 and (speech := _SPEECH.fullmatch(plain)):
            parts = [p.strip() for p in _COMMA_PARTS.split(speech["rest"])]
            name = person_name(parts[0])
            if name:
                authors.append(name)
                title = _speech_title(plain[: speech.start("rest")] + parts[0], parts[1:])
                skip.add(s)
                continue
        if _DELIVERY.fullmatch(plain) or _CONTACT.match(plain) or _DOWNLOAD.fullmatch(plain):
            skip.add(s)
            continue
        if _SALUTATION.fullmatch(plain):
            break  # a letter's body begins
        if is_date_part(plain) or READING_TIME.fullmatch(plain):
            skip.add(s)
            continue
        if not title_seen and _SECTION.fullmatch(plain):
            skip.add(s)  # "Policy paper 2026/4" above the title
            continue
        byline = _BYLINE_LINE.fullmatch(plain)
        if byline and not byline["names"].rstrip().endswith(tuple(".!?")):
            names = person_names(byline["names"].split(",")[0]) or person_names(byline["names"])
            if names:
                authors.extend(names)
                skip.add(s)
                continue
        line = dateline(plain)
        if line is not None:
            outlet = outlet or line.outlet
            if line.author:
                authors.append(line.author)
            letter = letter or "letter" in plain.lower()
            skip.add(s)
            continue
        if READING_TIME.search(plain) and len(plain.split()) <= 14:
            # "Anton Marek 17 November 2026, 19:00 6 min read": a byline glued together
            dated = next((m for p in _ANY_DATE if (m := p.search(plain))), None)
            if dated is not None:
                names = person_names(plain[: dated.start()].strip(" ,·|•"))
                authors.extend(names)
                skip.add(s)
                continue
        if _emphasised(raw) and (bio := _BIO.match(plain)):
            name = person_name(bio["name"])
            if name:
                authors.append(" ".join(w for w in name.split() if w not in HONORIFICS))
                skip.add(s)
                continue
        if not title_seen:
            title_seen = True
            continue
        if not body and not authors and (names := person_names(plain)) and len(plain) <= 80:
            authors.extend(names)  # "Felix Amundsen and Grace Mbeki" under the title
            skip.add(s)
            continue
        if len(plain) > 120 or plain.endswith((".", "!", "?", ":")):
            body = True
    # a letter: its salutation, and its signature at the foot
    for s, e in filled[:40]:
        if s > 4000:
            break
        if _SALUTATION.fullmatch(_plain_line(text[s:e])):
            skip.add(s)
            letter = True
    tail = filled[-6:]
    sign = next(
        (i for i, (s, e) in enumerate(tail) if _SIGN_OFF.fullmatch(_plain_line(text[s:e]))),
        None,
    )
    if sign is not None:
        under = tail[sign + 1 :]
        if all(len(_plain_line(text[s:e])) <= 80 for s, e in under):
            skip.update(s for s, _ in tail[sign:])
            if under and not authors:
                first = _plain_line(text[under[0][0] : under[0][1]])
                authors.extend(person_names(first.split(",")[0]))
    elif letter and tail:
        s, e = tail[-1]
        last = _plain_line(text[s:e])
        name = person_name(last.split(",")[0])
        if name and len(last) <= 80 and not last.endswith((".", "!", "?")):
            skip.add(s)
            authors = authors or [name]
    author = ", ".join(dict.fromkeys(authors))
    head = Head(frozenset(skip), author, outlet, title)
    return _head5(text, filled, head) if reader >= 5 else head


# ------------------------------------------------------------ reader 5: more kinds of text

_RELEASE = re.compile(
    r"(?:(?:press|news|media) release|for immediate release|embargoed\b.*|"
    r"(?:press|media) statement)",
    re.I,
)
_ENDS = re.compile(r"[-–—#*\s]*(?:ENDS?|Ends|-ends-|###)[-–—#*\s.]*")
_AFTER_ENDS = re.compile(
    r"(?:notes? (?:to|for) (?:editors|the editor)|editor'?s'? notes?)\s*:?", re.I
)
_ATTENDANCE = re.compile(
    r"(?:Present|Officers|Officers present|In attendance|Also present|Also in attendance|"
    r"Apologies(?: for absence)?|Absent|Members of the public|Attendees|Attending|"
    r"Witnesses|Guests|Minute taker|Clerk)\s*:.*",
    re.I,
)
_BLANKS = re.compile(r".*[._…]{5,}.*")
_UPDATED = re.compile(
    r"(?:This (?:page|article|guidance|post) was )?(?:last )?(?:updated|reviewed|modified)"
    r"(?: on)?:?\s+(?P<date>.{6,40}?)\.?",
    re.I,
)
_PRESS_DATELINE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:,[ \t]+[A-Z]"
    r"[\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})?),[ \t]+(?P<date>[^–—\n]{6,30}?)(?:\*\*|__)?"
    r"[ \t]+[–—-]{1,2}[ \t]+(?=\S)"
)
_HEAD_KEYS = {
    "presenter": "author", "host": "author", "presented by": "author", "hosted by": "author",
    "programme": "outlet", "program": "outlet", "show": "outlet", "station": "outlet",
    "channel": "outlet", "series": "outlet", "broadcast": "date", "aired": "date",
    "recorded": "date", "date": "date", "producer": "", "guest": "", "guests": "",
    "reporter": "", "interviewer": "", "duration": "", "transcript": "", "episode": "",
    "editor": "", "transcribed by": "",
}  # fmt: skip
_HEAD_KEY = re.compile(rf"(?P<key>{'|'.join(_HEAD_KEYS)})\s*:?\s+(?P<value>.+)", re.I)
_BIO_FOOT = re.compile(
    r"(?P<name>[A-Z][^,.]{3,50}?)\s+(?:(?:is|was|has been)\s+(?:a|an|the|one)|writes|"
    r"has written|lives|works|teaches|reports|covers)\b"
)
_STATUS = re.compile(r"(?:provisional|draft|uncorrected|unrevised|final)(?: text| version)?", re.I)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|CET|BST))?", re.I)


def any_date(text: str) -> str:
    """The first full date in ``text`` as ISO, whichever way it is written, or ``""``."""
    return _guess_day(text) or _guess_short_day(text)


def _title_case(line: str) -> str:
    """ "KESSLING CHAMBER OF TRADE" as "Kessling Chamber of Trade"; other lines as they are."""
    if not line.isupper():
        return line
    small = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an"}
    words = line.lower().split()
    return " ".join(w if i and w in small else w[:1].upper() + w[1:] for i, w in enumerate(words))


def dateline5(plain: str) -> tuple[str, str, str] | None:
    """A reader-5 dateline of parts split by ``·``/``|``: (outlet, author, date), or None.

    Beyond :func:`dateline`: a part that is a date inside words ("started 3 Nov 2026, last
    edit 19 Nov"), a time ("07:40"), a status ("Provisional text"), a description in lower
    case ("notes for the residents' meeting": then a name among the parts is the author, not
    an outlet), "Presenter: NAME"/"Host: NAME" (the author) and "Programme: …" (the outlet).
    """
    if len(plain) > 240:
        return None
    parts = [p.strip(" *_") for p in _HEAD_SEP.split(plain.rstrip("."))]
    if len(parts) < 2:
        return None
    outlet = author = day = ""
    others: list[str] = []
    personal = False
    for part in parts:
        found = any_date(part)
        if not part or part == "…" or _TIME.fullmatch(part) or _STATUS.fullmatch(part):
            continue
        if found and (is_date_part(part) or part[:1].islower()):
            day = day or found
            personal = personal or part[:1].islower()
            continue
        if is_date_part(part) or READING_TIME.fullmatch(part) or _SECTION.fullmatch(part):
            continue
        keyed = _HEAD_KEY.fullmatch(part)
        if keyed and part[:1].isupper():
            role, value = _keyed(keyed)
            if role == "author":
                author = author or value
            elif role == "outlet":
                outlet = outlet or value
            elif role == "date":
                day = day or value
            continue
        by = _BY_PART.fullmatch(part)
        if by:
            author = author or ", ".join(person_names(by["names"].split(",")[0]))
            continue
        if part[:1].islower():
            personal = True  # "notes for the residents' meeting"
            continue
        others.append(part)
    if not day and not author:
        return None
    if personal and len(others) == 1 and person_name(others[0]) and not author:
        return "", person_name(others[0]), day
    if len(others) > 1:
        return None
    if others and len(others[0].split()) <= 10 and not outlet:
        outlet = others[0]
    return outlet, author, day


def _head5(text: str, filled: list[tuple[int, int]], head: Head) -> Head:
    """Reader 5's head and foot, on top of reader 4's ``head``.

    - A letterhead: a plain first line above a ``#`` heading ("Kessling City Council"), or a
      press release's lines above its "PRESS RELEASE" mark (the organisation, its address):
      metadata, the first line the author and outlet; a press release's headline the title.
    - A dateline of parts with a name, a date in words, a presenter or a programme
      (:func:`dateline5`), or a transcript's header line of "Key: value." parts.
    - Attendance lines ("Present:", "Officers:"), a signature with blanks ("Chair: ……"),
      contact lines, "last updated on DATE", "ENDS" and all below it, "Notes to editors"
      and all below it, and an author's bio as the last line: no sentences.
    - The text's date: from these lines, else from a heading or the title line; never from
      a sentence of the body.
    """
    skip = set(head.skip)
    author, outlet, title, day = head.author, head.outlet, head.title, ""
    prefix: list[tuple[int, int]] = []
    plains = [(s, e, _plain_line(text[s:e])) for s, e in filled]
    top = plains[:HEAD_LINES]
    # a letterhead, and a press release's marks
    marks = [i for i, (_, _, p) in enumerate(top[:8]) if _RELEASE.fullmatch(p)]
    first_heading = next(
        (i for i, (s, e, _) in enumerate(top) if text[s:e].lstrip().startswith("#")), None
    )
    if marks and marks[0] > 0:
        letterhead = top[0][2]
        skip.update(s for s, _, _ in top[: marks[-1] + 1])
        rest = [p for s, _, p in top[marks[-1] + 1 :] if s not in skip]
        title = title or (shorten_at_word(rest[0]) if rest else "")
    elif (
        first_heading == 1
        and len(top[0][2]) <= 80
        and not _LINE_STOP.search(top[0][2])
        and all(w[:1].isupper() for w in top[0][2].split() if len(w) > 3)
    ):
        letterhead = top[0][2]
        skip.add(top[0][0])
    else:
        letterhead = ""
    if letterhead and not dateline5(letterhead):
        author = author or _title_case(letterhead)
        outlet = outlet or _title_case(letterhead)
    # datelines, header lines, a press dateline opening the first paragraph
    presenter = False
    for s, e, plain in top:
        if s in skip:
            day = day or any_date(plain)
            continue
        raw = text[s:e]
        if raw.lstrip().startswith("#"):
            continue
        read = dateline5(plain) or _header_line(plain)
        if read is not None and (not plain.endswith((".", "!", "?")) or _emphasised(raw)):
            skip.add(s)
            outlet, day = outlet or read[0], day or read[2]
            if read[1] and not head.author:
                author = author or read[1]
                presenter = presenter or "presenter" in plain.lower() or "host" in plain.lower()
            continue
        press = _PRESS_DATELINE.match(raw)
        if press and any_date(press["date"]):
            prefix.append((s, press.end()))
            day = day or any_date(press["date"])
    # anywhere: attendance, signature blanks, contact lines, "last updated"; the foot
    ends = next(
        (
            i
            for i, (_, _, p) in enumerate(plains)
            if i > 2 and (_ENDS.fullmatch(p) or _AFTER_ENDS.fullmatch(p))
        ),
        None,
    )
    for i, (s, _, plain) in enumerate(plains):
        updated = _UPDATED.fullmatch(plain)
        blanks = _BLANKS.fullmatch(plain) and len(plain.split()) <= 12 and ":" in plain
        after_ends = ends is not None and i >= ends
        if after_ends or blanks or _ATTENDANCE.fullmatch(plain) or _CONTACT.match(plain):
            skip.add(s)
        elif updated and any_date(updated["date"]):
            skip.add(s)
            day = day or any_date(updated["date"])
    if len(plains) > 3 and (bio := _BIO_FOOT.match(plains[-1][2])) and person_name(bio["name"]):
        skip.add(plains[-1][0])
        author = author or person_name(bio["name"])
    if presenter and not head.outlet and first_heading is not None and outlet == head.outlet:
        outlet = outlet or top[first_heading][2]  # a radio programme's heading
    if not day:  # a heading or the title line: "Minutes of the meeting of 12 November 2026"
        titles = [
            plain
            for s, e, plain in top
            if text[s:e].lstrip().startswith("#")
            or (
                s not in skip
                and len(plain) <= 120
                and not _LINE_STOP.search(plain)
                and not LIST_MARKER.match(text[s:e])
            )
        ]
        day = next((d for plain in titles if (d := any_date(plain))), "")
    return Head(frozenset(skip), author, outlet, title, day, tuple(prefix))


def _header_line(plain: str) -> tuple[str, str, str] | None:
    """A transcript's header line of "Key: value." parts ("Presenter: Clara Nyquist.
    Programme: The Morning Desk. Broadcast 3 December 2026."): (outlet, author, date)."""
    parts = [p.strip(" *_") for p in re.split(r"(?<=[.])\s+|\s+[·|]\s+", plain) if p.strip(" *_.")]
    keyed = [m for p in parts if (m := _HEAD_KEY.fullmatch(p.rstrip(".")))]
    if len(keyed) < 2 or len(keyed) < len(parts) - 1:
        return None
    got = {"author": "", "outlet": "", "date": ""}
    for m in keyed:
        role, value = _keyed(m)
        if role and not got[role]:
            got[role] = value
    return got["outlet"], got["author"], got["date"]


def _keyed(m: re.Match[str]) -> tuple[str, str]:
    """A "Key: value" header part (``_HEAD_KEY``) as (its role, the value read for it: a
    person's name for the author, ISO for the date); role "" for keys that say nothing."""
    role, value = _HEAD_KEYS[m["key"].lower()], m["value"].strip()
    if role == "author":
        return role, person_name(value) or value
    if role == "date":
        return role, any_date(value)
    return role, value
