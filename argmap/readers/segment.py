"""Cutting a text into sentence spans, offline (:func:`segment`).

Segmentation uses nltk's Punkt with a hand-given abbreviation set and no orthographic
context (no ``nltk.download``, no training): text is cut into blocks at line breaks
(soft-wrapped lines of hard-wrapped Markdown are joined first), list markers are cut off,
Punkt splits each block, and punctuation-only fragments are glued back. From reader 3 on,
what :func:`text_layout` finds (tables, headers, speakers, metadata lines) is read too."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from argmap.readers.layout import text_layout
from argmap.readers.plain import _HAS_WORD, _LINE, LIST_MARKER
from argmap.readers.text18 import abbreviations18
from argmap.readers.versions import RECORDED_READER

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

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
_QUOTE_MARKER = re.compile(r"[ \t]*(?:>[ \t]*)+")
_INDENT_OR_QUOTE = re.compile(r"[ \t]*(?:>[ \t]*)*")
_NUMBER_MARKER = re.compile(r"\d{1,3}[.)][ \t\u00a0]+")
# A sentence-ending line (then a new line starts a new sentence, whatever its case).
_LINE_END = re.compile(r"[.!?:;…\"'”’)\]*_]$")
# Emphasis markers that close right after a sentence's full stop: "**Summary.** Then…".
_CLOSING_EMPHASIS = re.compile(r"([*_]{1,3})(?:\s+|$)")
# Reader 4: also a closing quote before them: '**"Not mature enough."** Nobody checks…'.
_CLOSING_RUN = re.compile(r"([\"'”’»)\]]*[*_]{1,3}|[\"'”’»)\]]+)(?:\s+|$)")
_DASH_MARKER = re.compile(r"[ \t\u00a0]*[-–]\s")


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


def _blocks(
    text: str,
    alone: frozenset[int] = frozenset(),
    bridge: frozenset[int] = frozenset(),
    digits: bool = False,
    indent: bool = False,
    opens: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of text to segment independently: lines, or paragraphs of soft-wrapped lines.

    A line starting at an offset in ``alone`` (reader 3: a table row, a memo header line,
    a speaker's turn) is never joined to the lines around it, except that a line in
    ``opens`` (reader 18: a turn's labelled first line) goes on in the lines after it. A
    line in ``bridge`` (reader 7: a transcript's timestamp, "0:15") is passed over: the
    lines on either side of it join as if it were not there."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.start() not in bridge]
    if bridge:
        # a bridged line's neighbours are adjacent: pretend they are one line break apart
        gap = {
            e: s
            for (_, e), (s, _) in itertools.pairwise(lines)
            if _only_bridges(text, e, s, bridge)
        }
    else:
        gap = {}
    wrapped, width = _is_hard_wrapped([text[s:e] for s, e in lines])
    if not wrapped:
        return _join_broken_lines(text, lines, alone, gap, digits, indent, opens)
    blocks: list[tuple[int, int]] = []
    prev: tuple[int, int] | None = None
    for s, e in lines:
        line = text[s:e]
        continues = (
            prev is not None
            and (prev[1] == s - 1 or gap.get(prev[1]) == s)  # no blank line in between
            and prev[1] - prev[0] >= 0.6 * width
            and not LIST_MARKER.match(line)
            and not line.lstrip().startswith("#")
            and s not in alone
            and (prev[0] not in alone or prev[0] in opens)
        )
        if continues:
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
        prev = (s, e)
    return _join_broken_lines(text, blocks, alone, gap, digits, indent, opens)


def _only_bridges(text: str, end: int, start: int, bridge: frozenset[int]) -> bool:
    """Whether only bridged lines (and their line breaks) lie between ``end`` and ``start``."""
    at = end + 1
    while at < start:
        if at not in bridge:
            return False
        nl = text.find("\n", at)
        at = (nl if nl != -1 else len(text)) + 1
    return at == start


def _join_broken_lines(
    text: str,
    lines: list[tuple[int, int]],
    alone: frozenset[int] = frozenset(),
    gap: dict[int, int] | None = None,
    digits: bool = False,
    indent: bool = False,
    opens: frozenset[int] = frozenset(),
) -> list[tuple[int, int]]:
    """Lines, with a line that goes on with a sentence joined to the line before (reader 10,
    ``indent``: an indented one too, a PDF's text laid out; reader 18, ``opens``: a turn's
    labelled first line too).

    In a text of long lines, a short passage may still be wrapped by hand (a Markdown
    blockquote typed in an editor): a line right below one that does not end a sentence,
    starting with a lower-case word, is the same sentence.
    """
    blocks: list[tuple[int, int]] = []
    for s, e in lines:
        adjacent = blocks and (blocks[-1][1] == s - 1 or (gap or {}).get(blocks[-1][1]) == s)
        if adjacent and s not in alone and (blocks[-1][0] not in alone or blocks[-1][0] in opens):
            prev = text[blocks[-1][0] : blocks[-1][1]].rstrip()
            quote = (_INDENT_OR_QUOTE if indent else _QUOTE_MARKER).match(text, s, e)
            first = quote.end() if quote else s
            if (
                prev
                and not _LINE_END.search(prev)
                and (
                    text[first : first + 1].islower()
                    # reader 8: "… from here and" / "190 kilometres": a number goes on a clause
                    or (digits and text[first : first + 1].isdigit() and prev[-1].islower())
                )
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


_CLOSING_HASHES = re.compile(r"[ \t]+#+$")
_LINE_REF_18 = re.compile(r"[ \t>]*(?P<ref>(?:l|ll|s|ss|p|pp)\.[ \t]*\d)")
"""Reader 18: a line, section or page reference opening a line ("l. 88-95: …"), no list
marker."""


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
    bridge = layout.bridge if layout is not None else frozenset()
    # reader 8: a caption transcript's speaker-change marks (">> thank you."), no sentence's
    marks = reader is not None and reader >= 8 and len(_TURN_MARK.findall(text)) >= 2
    digits = marks or (reader is not None and reader >= 8 and bool(bridge))  # captions only
    indent = reader is not None and reader >= 10  # a PDF's laid-out lines go on indented
    alone = layout.alone if layout else frozenset()
    # reader 18: a hard-wrapped turn goes on after its labelled first line
    opens = frozenset(layout.labels) if layout and reader is not None and reader >= 18 else None
    for start, end in _blocks(text, alone, bridge, digits, indent, opens or frozenset()):
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
        if (
            offset
            and reader is not None
            and reader >= 18
            and (ref := _LINE_REF_18.match(text, start, end))
        ):
            offset = min(offset, ref.start("ref") - start)  # "l. 88-95: the bus lane …"
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
        if reader is not None and reader >= 7:
            block = _mend7(body, block)
        if reader is not None and reader >= 11:
            block = _double_stops11(body, block)
        if reader is not None and reader >= 12:
            block = _question_labels12(body, block)
        if reader is not None and reader >= 13:
            block = _bold_leads13(body, block, reader)
        if reader is not None and reader >= 14:
            block = _capital_stops14(body, block)
        if reader is not None and reader >= 15:
            block = _mend15(body, block)
        if reader is not None and reader >= 17:
            block = _cut_after(body, block, _ANSWER_STOP_17, " \t\n")
        if reader is not None and reader >= 18:
            block = abbreviations18(body, block)
        if marks:
            block = _turn_marks8(body, block)
        spans.extend((body_start + s, body_start + e) for s, e in block)
        prev_block_end = end
    merged: list[tuple[int, int]] = []
    cuts = layout.cuts if layout is not None and layout.cuts else {}
    for s, e in spans:
        s = cuts.get(s, s)  # reader 14: a minute's label inside a line ("Vik: "Tell her…"")
        if bridge and reader is not None and reader >= 8:
            lead = _LEADING_STAMPS.match(text, s, e)  # "1:02\n[Applause]": no time in it
            s = lead.end() if lead and lead.end() < e else s
        if reader is not None and reader >= 5 and _NO_SENTENCE_5.fullmatch(text[s:e].strip("*_ ")):
            continue  # "Photo by Marta Quist on Unsplash", "[End of segment]"
        if reader is not None and reader >= 17 and _NO_SENTENCE_17.fullmatch(text[s:e].strip()):
            continue  # "6A.", "(Paragraph 11)": a report's paragraph number or reference
        if reader is not None and reader >= 8 and _ONLY_TAGS.fullmatch(text, s, e):
            continue  # "#budget" after a note's sentence: a tag, no sentence
        if not _HAS_WORD.search(text, s, e):
            if merged and "\n" not in text[merged[-1][1] : s]:
                merged[-1] = (merged[-1][0], e)
            # else: a line of no words ("---", "***", "• • •") is a rule, not a sentence
            continue
        merged.append((s, e))
    return merged


_BOLD_LEAD_13 = re.compile(r"(\*\*|__)[^*_\n]{1,40}[.:](\*\*|__)")


def _bold_leads13(
    body: str, block: list[tuple[int, int]], reader: int = 13
) -> list[tuple[int, int]]:
    """Reader 13: a bold lead opening a paragraph ("**Coastlink.** The operator…", a Logseq
    block's or a brief's run-in head) is read with the sentence it opens, not alone; reader
    14: not a lead that is a sentence of its own, with an article or a pronoun after its
    first word ("**Support the plan.** It would…", "**Oppose it.**"; "**Our complaints.**"
    is a head)."""
    if len(block) >= 2 and block[0][0] == 0 and _BOLD_LEAD_13.fullmatch(body, *block[0]):
        words = body[block[0][0] : block[0][1]].strip("*_ .:").split()
        if (
            reader >= 14
            and body[block[0][1] - 3 : block[0][1]].rstrip("*_").endswith(".")
            and ({w.lower().strip(",;") for w in words[1:]} & _SENTENCE_WORDS_14)
        ):
            return block
        if len(words) <= 5:
            return [(block[0][0], block[1][1]), *block[2:]]
    return block


_SENTENCE_WORDS_14 = frozenset(
    ["the", "a", "an", "it", "them", "this", "that", "these", "those", "our", "their", "its",
     "his", "her", "my", "your", "we", "they", "i", "you", "he", "she", "is", "are", "was",
     "not", "no", "will", "would", "should", "must", "can"]
)  # fmt: skip
"""Reader 14: words that make a bold lead a sentence of its own, not a run-in head."""
_CAPITAL_STOP_14 = re.compile(
    r"(?<=\s)[a-z]{2,}[ \t]+[A-Z]\.(?=[ \t]+(?:On|In|At|The|It|He|She|They|We|I|But|And|"
    r"This|That|There|Her|His|Its|Our|Their|After|Before|When|If|So|Yet|A|An|For|By|Last|"
    r"Next|Now|Then|Today|Yesterday|Asked)\b)"
)


def _capital_stops14(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 14: a sentence that ends in a capital letter after a word in lower case
    ("… the Executive's exhibit A. On Tuesday, …"; an initial follows a name) ends there."""
    return _cut_after(body, block, _CAPITAL_STOP_14, " \t\n")


_NOTE_DIGITS_15 = re.compile(r"(?<=[a-z)\]][.!?])([\"”’)]?\d{1,2})(?=[ \t\n]+[A-Z])")
_MD_NOTE_15 = re.compile(r"\[\^[\w-]{1,12}\](?:\[\^[\w-]{1,12}\])*")
_NUMBERED_ABBREVIATION_15 = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:[Cc]at|[Nn]o|[Nn]r|[Vv]ol|[Aa]rt|[Cc]h|[Ff]ig|[Ss]ec|[Pp]ara|[Cc]l|"
    r"[Tt]ab|[Pp]p|[Rr]eg|[Rr]ef|[Ee]q)\.$"
)
_SALUTATION_15 = re.compile(
    r"(?:Dear|To) [^,.!?;:\n]{2,80},[ \t]+(?=(?:We|I|Our|My|As|On|In|This|Thank|Today)\b)"
)
_QUOTE_GOES_ON_15 = re.compile(r"[\"”’](?:[ \t]*[:;,—–]|[ \t]+[a-z])")


def _mend15(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 15's mending of a block's sentences (offsets into ``body``):

    - a footnote's number glued to a full stop ("… a quicker end.1 Our own nurses…",
      pdftotext's superscripts) ends the sentence it follows;
    - a Markdown footnote mark ("… noticing.[^1] Others ask…") ends the sentence before it;
    - a numbered abbreviation is no sentence end ("NBT cat. 1", "every cat. 1 variety");
    - a quotation ending in "?" or "!" goes on after its closing mark ('"is it GMO 2.0?": no,
      because…');
    - a letter's salutation opening its first paragraph ("To the Members of the Assembly,
      We are…") is a line of its own.
    """
    out: list[tuple[int, int]] = []
    if block and (hello := _SALUTATION_15.match(body, block[0][0], block[0][1])):
        # "To the Members of the Assembly, We are…": the salutation, a line of its own
        rest = hello.end()
        cut = rest - len(hello[0]) + len(hello[0].rstrip())
        block = [(block[0][0], cut), (rest, block[0][1]), *block[1:]]
    for s, e in block:
        s = _mark_to_sentence_before(body, out, s, e, _MD_NOTE_15)
        if s is None:
            continue
        for m in _NOTE_DIGITS_15.finditer(body, s, e):
            word = re.search(r"[\w.]*(?=[.!?]$)", body[max(s, m.start() - 12) : m.start()])
            if word and _NUMBERED_ABBREVIATION_15.search(word[0] + "."):
                continue  # "cat.1 A", "No.2 The": a number after an abbreviation
            if m.end() < e:
                out.append((s, m.end()))
                s = m.end()
                while s < e and body[s].isspace():
                    s += 1
        out.append((s, e))
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged:
            prev = body[merged[-1][0] : merged[-1][1]]
            joined = _NUMBERED_ABBREVIATION_15.search(prev) and body[s : s + 1].isdigit()
            quoted = prev.rstrip()[-1:] in "?!" and _QUOTE_GOES_ON_15.match(body, s)
            if joined or quoted:
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    return merged


_DOUBLE_STOP = re.compile(r"[?!]{2,}[\"'”’)]*(?=[ \t]+[a-z])")


def _double_stops11(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 11: a sentence ended by "??" or "!!" before a lower-case word ("…watch the
    news?? are inspectors going to…", a post written in lower case) ends there."""
    return _cut_after(body, block, _DOUBLE_STOP, " \t")


_NO_SENTENCE_17 = re.compile(
    r"\d{1,3}[A-Z]\.|\((?:Paragraphs?|Paras?\.?) \d{1,3}[A-Z]?(?:(?:[-–,]| and) ?\d{1,3}[A-Z]?)*\)"
)
"""Reader 17: a report's lettered paragraph number ("6A.") or a conclusion's reference to
its paragraph ("(Paragraph 11)"), standing alone: no sentence."""
_ANSWER_STOP_17 = re.compile(r"(?<=, )(?:no|No|Jan)\.(?=[ \t\n]+[A-Z])")
"""Reader 17: "no." answering and "Jan." addressed after a comma end their sentence ("Not
the phase-in, no. A phase-in…", "… three years, Jan. Half the salons…"): no abbreviations."""


def _cut_after(
    body: str, block: list[tuple[int, int]], stop: re.Pattern[str], blanks: str
) -> list[tuple[int, int]]:
    """Each sentence of ``block`` cut after every match of ``stop`` inside it (not at its
    end); the next one starts past the ``blanks`` that follow."""
    out: list[tuple[int, int]] = []
    for s, e in block:
        for m in stop.finditer(body, s, e):
            if m.end() < e:
                out.append((s, m.end()))
                s = m.end()
                while s < e and body[s] in blanks:
                    s += 1
        out.append((s, e))
    return out


_QUESTION_LABEL = re.compile(r"(?:Q|Qu\.|Question)[ \t]?\d{1,3}[a-z]?[.):]", re.I)


def _question_labels12(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 12: a question's label ("Q1.", "Question 4:") is no sentence of its own but
    the start of the question it numbers."""
    out: list[tuple[int, int]] = []
    label: int | None = None
    for s, e in block:
        if label is None and _QUESTION_LABEL.fullmatch(body, s, e):
            label = s
            continue
        out.append((s if label is None else label, e))
        label = None
    if label is not None:
        out.append((label, block[-1][1]))
    return out


def _mark_to_sentence_before(
    body: str, out: list[tuple[int, int]], s: int, e: int, mark: re.Pattern[str]
) -> int | None:
    """A note mark that Punkt gave the start of the sentence ``s``-``e`` ("[2] It has…")
    goes to the end of the sentence before it (``out[-1]``, changed in place) when only
    blanks lie between them; where this sentence now starts, or None if nothing is left."""
    found = mark.match(body, s, e)
    if not (out and found and not body[out[-1][1] : s].strip()):
        return s
    out[-1] = (out[-1][0], found.end())
    s = found.end()
    while s < e and body[s].isspace():
        s += 1
    return None if s >= e else s


_REF_MARK = re.compile(r"(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+(?=\s)")
_NO_ANSWER = re.compile(r"(?<![\w.])No\.(?=\s+[A-Z][a-z])")


def _mend7(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 7's mending of a block's sentences (offsets into ``body``):

    - a reference mark that Punkt gave the next sentence ("…in 2027.[2] It has…", "…
      cost.¹ Then…") ends the sentence it follows;
    - "No." answering a question ("Did it grow? No. It shrank.") is a sentence, not the
      abbreviation of "number" (that one is followed by a digit: "No. 41");
    - a quotation is not cut at a question or exclamation mark inside its marks: "“Lovely
      for them? And who pays?”".
    """
    out: list[tuple[int, int]] = []
    for s, e in block:
        s = _mark_to_sentence_before(body, out, s, e, _REF_MARK)
        if s is None:
            continue
        at = s
        for m in _NO_ANSWER.finditer(body, s, e):
            if m.start() == at or body[at : m.start()].rstrip()[-1:] in "?!.":
                out.append((at, m.end()))
                at = m.end()
                while at < e and body[at].isspace():
                    at += 1
        if at < e:
            out.append((at, e))
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged:
            prev = body[merged[-1][0] : merged[-1][1]]
            if (
                prev.count("“") > prev.count("”")
                and prev.rstrip()[-1:] in "?!"
                and e - merged[-1][0] <= 400
            ):
                merged[-1] = (merged[-1][0], e)
                continue
        merged.append((s, e))
    return merged


_TURN_MARK = re.compile(r"(?:^|(?<=\s))(?:>>|&gt;&gt;)(?=\s)", re.MULTILINE)


_LEADING_STAMPS = re.compile(r"(?:[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*\n)+")
_ONLY_TAGS = re.compile(r"(?:#[^\W\d_][\w/-]*\s*)+")
_ONLY_STAMPS = re.compile(r"(?:\s*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?)+\s*")
_TRAILING_STAMPS = re.compile(r"(?:\s+[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?)*\s*$")


def _turn_marks8(body: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Reader 8: a sentence cut where a caption transcript marks a new speaker (">>"), and
    the mark in neither part: "go ahead. >> thank you." is "go ahead." and "thank you."."""
    out: list[tuple[int, int]] = []
    for s, e in block:
        at = s
        for m in _TURN_MARK.finditer(body, s, e):
            if body[at : m.start()].strip() and not _ONLY_STAMPS.fullmatch(body, at, m.start()):
                tail = _TRAILING_STAMPS.search(body, at, m.start())
                end = tail.start() if tail else m.start()
                if end > at:
                    out.append((at, end))
            at = m.end()
            while at < e and body[at].isspace():
                at += 1
        if at < e:
            out.append((at, e))
    return out


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
