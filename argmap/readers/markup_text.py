"""Reader 11: a text written in a light markup, reStructuredText (``.rst``) or AsciiDoc
(``.adoc``), read as the Markdown it means (:func:`convert`).

reStructuredText: the over- and underlined title and the underlined section titles are
headings; the field list under the title gives the author (":Author: Kasper Lind, Senior
Fellow …": the name), the date and the organisation; comments (".. -*- coding: utf-8 -*-"),
directives with their options (".. contents::", ".. rubric:: Notes", ".. image::"),
footnote and citation definitions (".. [#viewing] KBC Audience Report …") and link
targets are no sentences, while an admonition's text (".. note::") is read; footnote
references ("for over-65s\\ [#viewing]_.") are dropped so that they do not keep two
sentences in one; `text <url>`_ links read as their text, ``literals`` as their words; a
simple table's rows read as their cells; a short closing block after a transition
("----": an address, a charity number) is the foot, its organisation the outlet.

AsciiDoc: "= Title", "== Section", the attribute lines under the title (":author:",
":revdate:"), the author line under the title, comments ("//") and block attributes
("[NOTE]") no sentences, and footnotes ("footnote:[…]") dropped.
"""

from __future__ import annotations

import re

from argmap.readers.head6 import ORGANISATION
from argmap.readers.head8 import ORGANISATION_8
from argmap.readers.names import person_name

_ADORNMENT = re.compile(r"([=\-~^\"'`#*+:._])\1{2,}[ \t]*")
_FIELD = re.compile(r":(?P<key>[A-Za-z][\w -]{0,30}):(?:[ \t]+(?P<value>.*))?")
_EXPLICIT = re.compile(r"\.\.(?:[ \t]+(?P<rest>.*))?")
_DIRECTIVE = re.compile(r"(?P<name>[\w-]+)::[ \t]*(?P<arg>.*)")
_READ_DIRECTIVES = frozenset(
    ["note", "tip", "important", "warning", "attention", "caution", "danger", "hint",
     "admonition", "epigraph", "pull-quote", "highlights", "topic", "sidebar", "container",
     "compound"]
)  # fmt: skip
_TABLE_BORDER = re.compile(r"=+(?:[ \t]+=+)+[ \t]*")
_FOOTNOTE_REF = re.compile(r"(?:\\ |[ \t])?\[(?:#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_")
_LINK = re.compile(r"`([^`<]+?)\s*<[^>]*>`__?")
_REF = re.compile(r"`([^`]+)`_{1,2}(?!\w)")
_ROLE = re.compile(r":[\w-]+:`([^`]*)`")
_LITERAL = re.compile(r"``([^`]*)``")
_ESCAPED = re.compile(r"\\(.)")
_AUTHOR_KEYS = ("author", "authors")
_DATE_KEYS = ("date", "revdate", "published")
_OUTLET_KEYS = ("organization", "organisation", "publisher")


def looks_like_rst(text: str) -> bool:
    """Whether a plain text is reStructuredText saved as text: a title over- and
    underlined, or two of: an explicit markup line (".. note::", ".. [#x]"), a field list
    line (":Author: …"), a footnote reference ("\\ [#viewing]_")."""
    head = text[:4000]
    titled = re.search(r"^([=\-~#*])\1{3,}[ \t]*\n[^\n]+\n\1{4,}[ \t]*$", head, re.M)
    clues = sum(
        bool(pattern.search(text))
        for pattern in (
            re.compile(r"^\.\. [\w-]+::", re.M),
            re.compile(r"^:(?:Author|Authors|Date|Organi[sz]ation):[ \t]", re.M),
            re.compile(r"\[#[\w-]*\]_"),
        )
    )
    return bool(titled and clues) or clues >= 2


def convert(text: str, suffix: str) -> tuple[str, dict[str, str]]:
    """The Markdown a ``.rst`` or ``.adoc`` text means, and what its head says (title,
    author, date, outlet)."""
    if suffix == ".adoc":
        return _asciidoc(text)
    return _rst(text)


def _rst(text: str) -> tuple[str, dict[str, str]]:
    lines = text.split("\n")
    out: list[str] = []
    info: dict[str, str] = {}
    levels: list[str] = []  # adornment styles in the order first met: their heading levels
    body = False  # a paragraph has been read (a field list after it is text, not the head)
    i = 0

    def heading(title: str, style: str) -> None:
        if style not in levels:
            levels.append(style)
        level = levels.index(style) + 1
        title = _inline(title)
        if level == 1 and not info.get("title"):
            info["title"] = title
        out.extend([f"{'#' * min(level, 6)} {title}", ""])

    while i < len(lines):
        line = lines[i]
        strip = line.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if (
            _ADORNMENT.fullmatch(line)
            and i + 2 < len(lines)
            and lines[i + 1].strip()
            and _ADORNMENT.fullmatch(lines[i + 2])
            and lines[i + 2].strip()[0] == strip[0]
        ):
            heading(lines[i + 1].strip(), "over" + strip[0])
            i += 3
            continue
        if (
            strip
            and not line[:1].isspace()
            and _ADORNMENT.fullmatch(nxt)
            and len(nxt.strip()) >= len(strip) - 1
            and not _TABLE_BORDER.fullmatch(line)
        ):
            heading(strip, "under" + nxt.strip()[0])
            i += 2
            continue
        if _TABLE_BORDER.fullmatch(line):
            i = _simple_table(lines, i, out)
            body = True
            continue
        if (m := _FIELD.fullmatch(line)) and not body:
            key, value = m["key"].strip().lower(), _inline(m["value"] or "")
            if key in _AUTHOR_KEYS:
                first = value.split(",")[0].strip()
                info.setdefault("author", first if person_name(first) else value)
            elif key in _DATE_KEYS:
                info.setdefault("date", value)
            elif key in _OUTLET_KEYS:
                info.setdefault("outlet", value)
            i += 1
            while i < len(lines) and lines[i][:1] in (" ", "\t") and lines[i].strip():
                i += 1  # the field's value goes on indented
            continue
        if (m := _EXPLICIT.fullmatch(line)) is not None:
            rest = m["rest"] or ""
            directive = _DIRECTIVE.fullmatch(rest)
            i, block = _indented(lines, i + 1)
            if directive and directive["name"].lower() in _READ_DIRECTIVES:
                kept = [b for b in block if not _FIELD.fullmatch(b.strip())]
                if directive["arg"] and directive["name"].lower() != "admonition":
                    kept = [directive["arg"], *kept]
                out.extend([_inline(b) for b in kept] + [""])
                body = body or any(b.strip() for b in kept)
            elif directive and directive["name"].lower() == "figure":
                caption = [b for b in block if b.strip() and not _FIELD.fullmatch(b.strip())]
                out.extend([_inline(b) for b in caption] + [""])
            continue  # a comment, footnote, citation, target or other directive
        if strip == "|":
            i += 1
            continue
        if _ADORNMENT.fullmatch(line) and strip[0] in "-=*_" and not nxt.strip():
            foot = [x for x in lines[i + 1 :] if x.strip()]
            if foot and sum(len(x) for x in foot) <= 300:
                organisation = _inline(foot[0]).strip("* ").split(",")[0].strip(" .")
                if ORGANISATION.search(organisation) or ORGANISATION_8.search(organisation):
                    info.setdefault("outlet", organisation)
                break  # the foot: an address, a charity number
            out.append("")
            i += 1
            continue
        out.append(_inline(line))
        body = body or bool(strip)
        i += 1
    return "\n".join(out).strip("\n") + "\n", info


def _indented(lines: list[str], i: int) -> tuple[int, list[str]]:
    """The indented block from line ``i`` on (blank lines inside it kept), dedented."""
    block: list[str] = []
    while i < len(lines) and (not lines[i].strip() or lines[i][:1] in (" ", "\t")):
        if not lines[i].strip():
            j = i
            while j < len(lines) and not lines[j].strip():
                j += 1
            if j >= len(lines) or lines[j][:1] not in (" ", "\t"):
                break
        block.append(lines[i])
        i += 1
    indent = min((len(b) - len(b.lstrip()) for b in block if b.strip()), default=0)
    return i, [b[indent:] for b in block]


def _simple_table(lines: list[str], i: int, out: list[str]) -> int:
    """A simple table from its top border at line ``i``, as Markdown rows; the line after."""
    border = lines[i]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]
    rows: list[list[str]] = []
    borders = 0
    i += 1
    while i < len(lines):
        line = lines[i]
        if _TABLE_BORDER.fullmatch(line):
            borders += 1
            i += 1
            if borders >= 2:
                break
            continue
        if not line.strip():
            i += 1
            continue
        cells = []
        for n, (start, _end) in enumerate(spans):
            stop = spans[n + 1][0] if n + 1 < len(spans) else len(line)
            cells.append(_inline(line[start:stop].strip()))
        rows.append(cells)
        i += 1
    for n, cells in enumerate(rows):
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + "---|" * len(cells))
    out.append("")
    return i


def _inline(line: str) -> str:
    """A line's inline markup as Markdown: no footnote references, links as their text."""
    line = _FOOTNOTE_REF.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF.sub(r"\1", line)
    line = _ROLE.sub(r"\1", line)
    line = _LITERAL.sub(r"\1", line)
    return _ESCAPED.sub(r"\1", line).rstrip()


_ADOC_TITLE = re.compile(r"(?P<marks>={1,6})[ \t]+(?P<title>\S.*)")
_ADOC_ATTRIBUTE = re.compile(r":(?P<key>[\w-]+):(?:[ \t]+(?P<value>.*))?")
_ADOC_FOOTNOTE = re.compile(r"footnote(?:ref)?:[\w-]*\[(?:[^\[\]]|\[[^\]]*\])*\]")
_ADOC_LINK = re.compile(r"(?:https?://\S+|link:\S+)\[([^\]]*)\]")


def _asciidoc(text: str) -> tuple[str, dict[str, str]]:
    out: list[str] = []
    info: dict[str, str] = {}
    head = True  # the lines under the title, before the first blank line: the header
    comment = False
    for n, line in enumerate(text.split("\n")):
        strip = line.strip()
        if strip == "////":
            comment = not comment
            continue
        if comment or strip.startswith("//") or re.fullmatch(r"\[[^\]]*\]", strip):
            continue  # a comment, a block's attributes ("[NOTE]", "[source,python]")
        if (m := _ADOC_TITLE.fullmatch(line)) is not None:
            level = len(m["marks"])
            if level == 1 and not info.get("title"):
                info["title"] = m["title"].strip()
            out.extend([f"{'#' * level} {m['title'].strip()}", ""])
            head = level == 1
            continue
        if (m := _ADOC_ATTRIBUTE.fullmatch(line)) is not None:
            key, value = m["key"].lower(), (m["value"] or "").strip()
            if key in ("author", "authors"):
                info.setdefault("author", value)
            elif key in ("revdate", "date"):
                info.setdefault("date", value)
            elif key in ("organization", "organisation", "publisher"):
                info.setdefault("outlet", value)
            continue
        if head and strip and n and person_name(strip.split("<")[0].strip()):
            info.setdefault("author", person_name(strip.split("<")[0].strip()))
            continue  # the author line under the title
        if not strip:
            head = False
        if re.fullmatch(r"(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|'{3,})", strip):
            continue  # a block's delimiter, a rule
        line = _ADOC_FOOTNOTE.sub("", line)
        out.append(_ADOC_LINK.sub(r"\1", line).rstrip())
    return "\n".join(out).strip("\n") + "\n", info
