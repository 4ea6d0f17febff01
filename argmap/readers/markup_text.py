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

from argmap.readers.dates import any_date
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
    """The Markdown a ``.rst``, ``.adoc`` or ``.tex`` text means, and what its head says
    (title, author, date, outlet)."""
    if suffix == ".tex":
        return latex(text)
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


_TEX_COMMENT = re.compile(r"(?<!\\)%.*")
_TEX_SECTION = re.compile(r"\\(?P<kind>(?:sub)*section|chapter|paragraph)\*?\s*(?:\[[^\]]*\])?\{")
_TEX_DROP_ENVS = ("equation", "equation*", "align", "align*", "figure", "figure*", "table",
                  "table*", "tabular", "verbatim", "lstlisting", "tikzpicture")  # fmt: skip
_TEX_NO_TEXT = re.compile(
    r"[ \t]*\\(?:label|ref|eqref|cite[tp]?\*?|citeauthor|citeyear|bibliographystyle|bibliography|"
    r"thispagestyle|pagestyle|vspace|hspace|includegraphics|hypersetup|setlength|"
    r"pagenumbering)\*?\s*(?:\[[^\]]*\])*\{[^{}]*\}"
)
_TEX_SYMBOLS = (("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"), ("~", " "),
                ("\\%", "%"), ("\\&", "&"), ("\\$", "$"), ("\\_", "_"), ("\\#", "#"))  # fmt: skip


def _braced(text: str, at: int) -> tuple[str, int]:
    """The text inside the braces opening at ``at`` (``text[at] == "{"``) and the index after
    the closing brace (the rest of the text when they do not close)."""
    depth = 0
    for n in range(at, len(text)):
        if text[n] == "{" and text[n - 1 : n] != "\\":
            depth += 1
        elif text[n] == "}" and text[n - 1 : n] != "\\":
            depth -= 1
            if depth == 0:
                return text[at + 1 : n], n + 1
    return text[at + 1 :], len(text)


def _tex_command(text: str, name: str) -> tuple[str, int, int] | None:
    """The argument of the first ``\\name{…}`` in ``text``, with where the command starts
    and ends."""
    m = re.search(rf"\\{name}\s*(?:\[[^\]]*\])?\s*\{{", text)
    if m is None:
        return None
    arg, end = _braced(text, m.end() - 1)
    return arg, m.start(), end


def _tex_inline(text: str, notes: list[str]) -> str:
    """LaTeX running text as plain text: footnotes taken out into ``notes``, citations and
    labels dropped, ``\\emph{x}`` as x, inline maths without its markup."""
    while (found := _tex_command(text, "footnote")) is not None:
        arg, start, end = found
        notes.append(_tex_inline(arg, notes))
        text = text[:start].rstrip() + text[end:]
    text = _TEX_NO_TEXT.sub("", text)
    text = re.sub(r"\$([^$]*)\$", lambda m: re.sub(r"\\([A-Za-z]+)", r"\1", m[1]), text)
    text = re.sub(r"\\\\(?:\[[^\]]*\])?", "\n", text)
    for _ in range(4):  # \textbf{\emph{x}}: the innermost first
        text = re.sub(r"\\[A-Za-z]+\*?\s*(?:\[[^\]]*\])?\{([^{}]*)\}", r"\1", text)
    text = re.sub(r"\\[A-Za-z]+\*?", "", text)
    for mark, char in _TEX_SYMBOLS:
        text = text.replace(mark, char)
    text = text.replace("{", "").replace("}", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def latex(text: str) -> tuple[str, dict[str, str]]:
    """The Markdown a LaTeX source means (reader 12) and what its preamble says: the title
    (without its ``\\thanks``), the authors ("A and B", each without the affiliation after
    ``\\\\``) and the date as written. Sections are headings, the abstract and the
    bibliography sections, footnotes notes at the end (a full date: ``\\date{October 2027}``
    is none); the preamble, labels, citations,
    display maths and figures are no text."""
    text = "\n".join(_TEX_COMMENT.sub("", line) for line in text.split("\n"))
    info: dict[str, str] = {}
    notes: list[str] = []
    if (title := _tex_command(text, "title")) is not None:
        bare = title[0]
        while (thanks := _tex_command(bare, "thanks")) is not None:
            bare = bare[: thanks[1]] + bare[thanks[2] :]
        info["title"] = _tex_inline(bare, []).replace("\n", " ")
    if (author := _tex_command(text, "author")) is not None:
        names = [re.split(r"\\\\", part)[0] for part in re.split(r"\\and\b", author[0])]
        names = [_tex_inline(n, []) for n in names if n.strip()]
        info["author"] = " and ".join(n for n in names if n)
    if (date := _tex_command(text, "date")) is not None and any_date(date[0]):
        info["date"] = any_date(date[0])  # not "Working Paper 27-09, October 2027", "\\today"
    body = text
    begin = re.search(r"\\begin\{document\}", text)
    if begin is not None:
        end = re.search(r"\\end\{document\}", text)
        body = text[begin.end() : end.start() if end else len(text)]
    for env in _TEX_DROP_ENVS:
        body = re.sub(
            rf"\\begin\{{{re.escape(env)}\}}.*?\\end\{{{re.escape(env)}\}}", "", body, flags=re.S
        )
    body = re.sub(r"\\\[.*?\\\]|\$\$.*?\$\$", "", body, flags=re.S)
    out: list[str] = [f"# {info['title']}", ""] if info.get("title") else []
    body = re.sub(r"\\begin\{abstract\}", "\n\n## Abstract\n\n", body)
    body = re.sub(r"\\begin\{thebibliography\}\{[^}]*\}", "\n\n## References\n\n", body)
    body = re.sub(r"\\bibitem(?:\[[^\]]*\])?\{[^}]*\}", "\n- ", body)
    body = re.sub(r"\\item(?:\[([^\]]*)\])?", lambda m: f"\n- {m[1] or ''}", body)
    body = re.sub(r"\\(?:begin|end)\{[^}]*\}(?:\{[^}]*\})?|\\maketitle|\\noindent", "", body)
    for block in re.split(r"\n[ \t]*\n", body):
        block = block.strip()
        pieces: list[str] = []
        while (m := _TEX_SECTION.search(block)) is not None:
            heading, end = _braced(block, m.end() - 1)
            pieces.append(block[: m.start()])
            level = {"chapter": 1, "section": 2, "subsection": 3}.get(m["kind"], 4)
            pieces.append(f"{'#' * level} {_tex_inline(heading, [])}")
            block = block[end:].strip()
        pieces.append(block)
        for piece in pieces:
            if piece.startswith("#"):
                out.extend(["", piece, ""])
                continue
            for line in piece.split("\n"):
                if line.startswith("## "):
                    out.extend(["", line, ""])
                    continue
                item = line.strip().startswith("- ")
                line = _tex_inline(line.strip()[2:] if item else line, notes)
                if line.strip():
                    out.append(f"- {line}" if item else line)
        out.append("")
    if notes:
        out.extend(["## Notes", "", *(f"{n}. {note}" for n, note in enumerate(notes, 1))])
    lines: list[str] = []
    for line in out:
        if line.startswith("#") and lines and lines[-1]:
            lines.append("")
        lines.append(line)
        if line.startswith("#"):
            lines.append("")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n", info
