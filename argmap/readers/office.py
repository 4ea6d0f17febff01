"""Reader 9: office files and saved pages, read from their bytes into a text or a page
(:func:`convert`), with the standard library only.

- Word (``.docx``, a zip of WordprocessingML): the paragraphs of ``word/document.xml`` in
  order, a "Title" or "Heading N" paragraph a Markdown heading, a list paragraph an item,
  a table's rows as Markdown rows, a tracked deletion dropped; footnotes and endnotes kept
  under "Notes"; ``docProps/core.xml``'s title, creator (when it is a person's name, not an
  office program's "User") and date;
- OpenDocument text (``.odt``, a zip with ``content.xml``): headings, paragraphs, lists,
  tables, spaces (``text:s``) and notes (kept under "Notes", the reference mark dropped);
  ``meta.xml``'s title, creator and date;
- a web page saved as one file (``.mhtml``, ``.mht``: MIME ``multipart/related``): its
  HTML part, decoded (quoted-printable, base64, its charset), read as a page; the page's
  address from "Snapshot-Content-Location" or the part's "Content-Location";
- rich text (``.rtf``): the text of its groups, ``\\par`` a paragraph, ``\\'e9`` and
  ``\\u233`` the characters they name in the file's code page, the font and colour tables,
  pictures, headers, footers and hidden destinations (``{\\*…}``) dropped; ``{\\info}``'s
  title, author and creation date.

A broken file is refused in one line naming it and what is wrong ("not a Word document
(not a zip archive)", "bad XML in word/document.xml at line 3, column 40").
"""

from __future__ import annotations

import io
import re
import zipfile
from email import message_from_bytes, policy
from pathlib import Path
from xml.etree import ElementTree as ET

from argmap.errors import ArgmapError
from argmap.readers.files import page_encoding
from argmap.readers.head16 import letter16
from argmap.readers.names import person_name

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_OT = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_OWNERS = frozenset(["user", "admin", "administrator", "owner", "author", "clerk", "windows user"])


def convert(
    data: bytes, suffix: str, path: Path | str, reader: int = 9
) -> tuple[str, dict[str, str], str]:
    """The text (or page) a ``suffix`` file's bytes hold, what it says of itself (title,
    author, date, url) and its form ("md", "txt" or "html"). Reader 15: a Word document's
    Title paragraph (and its Subtitle) is its title and an "Adopted … on DATE" line under
    it its date, not the file's working title and creation date (:func:`paper_head15`)."""
    if suffix == ".docx":
        text, info, form = _docx(data, path, reader)
        if reader >= 15 and info.get("author", "").lower() in _APPS_15:
            info = {k: v for k, v in info.items() if k != "author"}  # the app that wrote it
        if reader >= 15:
            info = paper_head15(text, info, _docx_subtitle(data, path))
        if reader >= 16 and (letter := letter16(text)):
            # a letter's subject line and signer, not the file's title ("Letter to Cllr X")
            info = {**info, "title": letter.title or info.get("title", ""), "author": letter.author}
            info = {k: v for k, v in info.items() if v}
        return text, info, form
    if suffix == ".odt":
        text, info, form = _odt(data, path)
        if reader >= 17:
            info = odt_head17(text, info)
        if reader >= 17 and (letter := letter16(text)):
            info = {**info, "title": letter.title or info.get("title", ""), "author": letter.author}
            info = {k: v for k, v in info.items() if v}
        return text, info, form
    if suffix in (".mhtml", ".mht"):
        return _mhtml(data, path)
    return _rtf(data, path)


# -- zip archives -----------------------------------------------------------------------


def _archive(data: bytes, path: Path | str, what: str, part: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        bad = archive.testzip()
    except (zipfile.BadZipFile, EOFError, ValueError) as err:
        reason = "not a zip archive" if not data.startswith(b"PK") else f"bad zip: {err}"
        raise ArgmapError(f"{path}: not {what} ({reason})") from None
    if bad is not None:
        raise ArgmapError(f"{path}: not {what} (bad zip at {bad})")
    if part not in archive.namelist():
        raise ArgmapError(f"{path}: not {what} (no {part} in the zip)")
    return archive


def _xml(archive: zipfile.ZipFile, part: str, path: Path | str) -> ET.Element | None:
    if part not in archive.namelist():
        return None
    try:
        return ET.fromstring(archive.read(part))
    except ET.ParseError as err:
        line, column = err.position
        raise ArgmapError(f"{path}: bad XML in {part} at line {line}, column {column}") from None


def _facts(title: str, creator: str, day: str) -> dict[str, str]:
    info: dict[str, str] = {}
    if title.strip():
        info["title"] = " ".join(title.split())
    creator = " ".join(creator.split())
    if creator and creator.lower() not in _OWNERS and person_name(creator):
        info["author"] = creator
    if _ISO_DAY.match(day.strip()):
        info["date"] = day.strip()[:10]
    return info


def _markdown(blocks: list[str], notes: list[str], comments: list[str] | None = None) -> str:
    out = [b for b in blocks if b.strip()]
    if comments:
        out += ["## Comments", *comments]
    if notes:
        out += ["## Notes", *notes]
    return "\n\n".join(out) + "\n"


# -- Word -------------------------------------------------------------------------------

_APPS_15 = frozenset(["microsoft teams", "zoom", "otter.ai", "google meet", "microsoft office"])
_ISSUED_15 = re.compile(
    r"(?:Adopted|Approved|Agreed|Published|Issued|Endorsed|Dated)\b[^\n]{0,120}", re.I
)


def _docx_subtitle(data: bytes, path: Path | str) -> str:
    """The words of a Word document's first Subtitle-styled paragraph, or ``""``."""
    body = _xml(
        _archive(data, path, "a Word document", "word/document.xml"), "word/document.xml", path
    )
    for p in body.iter(f"{_W}p") if body is not None else ():
        style = p.find(f"{_W}pPr/{_W}pStyle")
        if style is not None and style.get(f"{_W}val", "").lower() == "subtitle":
            return " ".join(_docx_words(p).split())
    return ""


def paper_head15(text: str, info: dict[str, str], subtitle: str = "") -> dict[str, str]:
    """Reader 15: ``info`` with the title of the document's Title paragraph ("# Tools for
    the fields", with its Subtitle paragraph ``subtitle`` right under it: "Tools for the
    fields: Landbund … position paper") and the date of an "Adopted by … on 6 November 2026"
    line among its first paragraphs, over the file's properties."""
    from argmap.readers.dates import any_date

    blocks = [b.strip() for b in text.split("\n\n") if b.strip()][:6]
    out = dict(info)
    if blocks and blocks[0].startswith("# "):
        title = blocks[0][2:].strip()
        if subtitle and len(blocks) > 1 and blocks[1] == subtitle and len(subtitle) <= 120:
            title = f"{title}: {subtitle}"
        out["title"] = title
    for block in blocks[1:]:
        if _ISSUED_15.fullmatch(block) and (day := any_date(block)):
            out["date"] = day
            break
    return out


_WORKING_TITLE_17 = re.compile(r"\b(?:v\d+|final|draft|copy|rev\d*|untitled)\b|_|\.do[ct]x?$", re.I)
_PLAIN_HEAD_17 = re.compile(r"[^#\-|*][^\n]{1,118}[^.!?:;,\n]")


def odt_head17(text: str, info: dict[str, str]) -> dict[str, str]:
    """Reader 17: an OpenDocument text's title, date and author from its first lines rather
    than the file's properties where these are a working file's: its opening line (and a
    subtitle line under it) the title when the file's title is a working name ("IFI report
    9 final v3") or none; a date in its first four paragraphs ("Minutes of the meeting,
    Wednesday 19 November 2027", "· February 2027") over the file's save date; an
    organisation heading a "Name · Series · Month Year" line its author, not the last
    person who saved it."""
    from argmap.readers.dates import _MONTH_YEAR, _MONTHS, any_date
    from argmap.readers.head6 import ORGANISATION

    blocks = [b.strip() for b in text.split("\n\n") if b.strip()][:4]
    out = dict(info)
    working = not info.get("title") or _WORKING_TITLE_17.search(info["title"])
    if blocks and working and _PLAIN_HEAD_17.fullmatch(blocks[0]):
        title = blocks[0]
        if len(blocks) > 1 and _PLAIN_HEAD_17.fullmatch(blocks[1]) and " · " not in blocks[1]:
            title = f"{title}: {blocks[1][:1].lower()}{blocks[1][1:]}"
        out["title"] = title
    for block in blocks:
        first = block.split("\n")[0]
        if day := any_date(first):
            out["date"] = day
            break
        if (month := _MONTH_YEAR.search(first)) and " · " in first:
            out["date"] = f"{int(month[2]):04d}-{_MONTHS[month[1]]:02d}"
            break
    for block in blocks:
        org = block.split(" · ")[0].strip()
        if " · " in block and ORGANISATION.search(org) and len(org.split()) <= 8:
            out["author"] = org
            break
    return out


def _docx(data: bytes, path: Path | str, reader: int = 9) -> tuple[str, dict[str, str], str]:
    """A Word document's text, footnotes and facts; reader 17 also its reviewers' comments
    (under "Comments" after the text, each "Writer: words", in the order they are placed)."""
    archive = _archive(data, path, "a Word document", "word/document.xml")
    body = _xml(archive, "word/document.xml", path)
    assert body is not None
    blocks: list[str] = []
    in_tables = {id(p) for cell in body.iter(f"{_W}tc") for p in cell.iter(f"{_W}p")}
    for node in body.iter():
        if node.tag == f"{_W}tbl" and id(node) not in in_tables:
            blocks.append(_docx_table(node))
        elif node.tag == f"{_W}p" and id(node) not in in_tables:
            blocks.append(_docx_paragraph(node))
    notes: list[str] = []
    for part, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        root = _xml(archive, part, path)
        if root is None:
            continue
        for note in root.iter(f"{_W}{tag}"):
            if note.get(f"{_W}type") in ("separator", "continuationSeparator"):
                continue
            words = " ".join(_docx_words(p) for p in note.iter(f"{_W}p")).strip()
            if words:
                notes.append(f"{note.get(f'{_W}id', '')}. {words}".lstrip(". "))
    core = _xml(archive, "docProps/core.xml", path)
    info = {}
    if core is not None:
        info = _facts(
            core.findtext(f"{_DC}title") or "",
            core.findtext(f"{_DC}creator") or "",
            core.findtext(f"{_DCTERMS}created") or "",
        )
    comments = _docx_comments17(archive, body, path) if reader >= 17 else []
    return _markdown(blocks, notes, comments), info, "md"


def _docx_comments17(archive: zipfile.ZipFile, body: ET.Element, path: Path | str) -> list[str]:
    """Reader 17: a Word document's comments, "Writer: words", in the order the document
    places them (a reviewer's comment argues as much as the draft; reader 16 dropped them)."""
    root = _xml(archive, "word/comments.xml", path)
    if root is None:
        return []
    order = {ref.get(f"{_W}id"): i for i, ref in enumerate(body.iter(f"{_W}commentReference"))}
    found = []
    for at, comment in enumerate(root.iter(f"{_W}comment")):
        words = " ".join(" ".join(_docx_words(p) for p in comment.iter(f"{_W}p")).split())
        if not words:
            continue
        writer = " ".join(comment.get(f"{_W}author", "").split()) or "Comment"
        found.append((order.get(comment.get(f"{_W}id"), len(order) + at), f"{writer}: {words}"))
    return [line for _, line in sorted(found)]


def _docx_words(p: ET.Element) -> str:
    out: list[str] = []
    for node in p.iter():
        if node.tag == f"{_W}t":
            out.append(node.text or "")
        elif node.tag in (f"{_W}tab",) or node.tag in (f"{_W}br", f"{_W}cr"):
            out.append(" ")
    return "".join(out)


def _docx_paragraph(p: ET.Element) -> str:
    for deleted in p.iter(f"{_W}del"):  # a tracked deletion: not the text
        for t in deleted.iter(f"{_W}delText"):
            t.text = ""
    words = " ".join(_docx_words(p).split())
    if not words:
        return ""
    style = p.find(f"{_W}pPr/{_W}pStyle")
    name = (style.get(f"{_W}val", "") if style is not None else "").lower().replace(" ", "")
    if name == "title":
        return f"# {words}"
    level = re.fullmatch(r"heading(\d)", name)
    if level:
        return f"{'#' * min(int(level[1]) + 1, 6)} {words}"
    if p.find(f"{_W}pPr/{_W}numPr") is not None or name.startswith("list"):
        return f"- {words}"
    return words


def _docx_table(tbl: ET.Element) -> str:
    rows = []
    for tr in tbl.findall(f"{_W}tr"):
        cells = [
            " ".join(" ".join(_docx_words(p) for p in tc.iter(f"{_W}p")).split())
            for tc in tr.findall(f"{_W}tc")
        ]
        rows.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    if not rows:
        return ""
    width = rows[0].count(" | ") + 1
    return "\n".join([rows[0], "|" + "---|" * width, *rows[1:]])


# -- OpenDocument -----------------------------------------------------------------------


def _odt(data: bytes, path: Path | str) -> tuple[str, dict[str, str], str]:
    archive = _archive(data, path, "an OpenDocument text", "content.xml")
    content = _xml(archive, "content.xml", path)
    assert content is not None
    text = content.find(f"{_OT}body/{_OT}text")
    blocks: list[str] = []
    notes: list[str] = []
    if text is not None:
        _odt_blocks(text, blocks, notes, "")
    meta = _xml(archive, "meta.xml", path)
    info: dict[str, str] = {}
    if meta is not None:
        m = meta.find(f"{_OT}meta")
        if m is not None:
            info = _facts(
                m.findtext(f"{_DC}title") or "",
                m.findtext(f"{_DC}creator") or m.findtext(f"{_META}initial-creator") or "",
                m.findtext(f"{_META}creation-date") or m.findtext(f"{_DC}date") or "",
            )
    return _markdown(blocks, notes), info, "md"


def _odt_blocks(node: ET.Element, blocks: list[str], notes: list[str], marker: str) -> None:
    for child in node:
        if child.tag == f"{_T}h":
            level = int(child.get(f"{_T}outline-level", "1") or 1)
            words = _odt_words(child, notes)
            if words:
                blocks.append(f"{'#' * min(level + 1, 6)} {words}")
        elif child.tag == f"{_T}p":
            words = _odt_words(child, notes)
            if words:
                blocks.append(f"{marker}{words}")
        elif child.tag == f"{_T}list":
            for item in child.findall(f"{_T}list-item"):
                _odt_blocks(item, blocks, notes, "- ")
        elif child.tag == f"{_TABLE}table":
            rows = []
            for tr in child.iter(f"{_TABLE}table-row"):
                cells = [
                    " ".join(_odt_words(p, notes) for p in tc.iter(f"{_T}p"))
                    for tc in tr.findall(f"{_TABLE}table-cell")
                ]
                rows.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
            if rows:
                width = rows[0].count(" | ") + 1
                blocks.append("\n".join([rows[0], "|" + "---|" * width, *rows[1:]]))
        elif child.tag == f"{_T}section":
            _odt_blocks(child, blocks, notes, marker)


def _odt_words(node: ET.Element, notes: list[str]) -> str:
    out: list[str] = []

    def walk(n: ET.Element) -> None:
        if n.tag == f"{_T}note":
            body = n.find(f"{_T}note-body")
            mark = n.findtext(f"{_T}note-citation") or ""
            if body is not None:
                words = " ".join(_odt_words(p, notes) for p in body.iter(f"{_T}p")).strip()
                if words:
                    notes.append(f"{mark}. {words}".lstrip(". "))
            out.append(n.tail or "")
            return
        if n.tag == f"{_T}s":
            out.append(" " * int(n.get(f"{_T}c", "1") or 1))
        elif n.tag in (f"{_T}tab", f"{_T}line-break"):
            out.append(" ")
        else:
            out.append(n.text or "")
        for c in n:
            walk(c)
        if n is not node:
            out.append(n.tail or "")

    walk(node)
    return " ".join("".join(out).split())


# -- a saved web page -------------------------------------------------------------------


def _mhtml(data: bytes, path: Path | str) -> tuple[str, dict[str, str], str]:
    message = message_from_bytes(data, policy=policy.default)
    if not message.is_multipart() and message.get_content_type() != "text/html":
        raise ArgmapError(f"{path}: not a saved web page (no MIME parts; expected MHTML)")
    part = next(
        (p for p in message.walk() if p.get_content_type() == "text/html"), None
    )  # the page itself comes first; frames after it
    if part is None:
        raise ArgmapError(f"{path}: not a saved web page (no text/html part)")
    body = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or page_encoding(body, "utf-8")
    try:
        page = body.decode(charset)
    except (LookupError, UnicodeDecodeError) as err:
        raise ArgmapError(f"{path}: cannot decode its HTML part as {charset} ({err})") from None
    info: dict[str, str] = {}
    url = message.get("Snapshot-Content-Location") or part.get("Content-Location") or ""
    if url.startswith(("http://", "https://")):
        info["url"] = url.strip()
    return page.replace("\r\n", "\n").replace("\r", "\n"), info, "html"


# -- rich text --------------------------------------------------------------------------

_RTF_TOKEN = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})|"
    r"\\(?P<sym>[^a-zA-Z])|(?P<brace>[{}])|(?P<nl>[\r\n]+)|(?P<text>[^\\{}\r\n]+)"
)
_RTF_SKIP = frozenset(
    ["fonttbl", "colortbl", "stylesheet", "listtable", "listoverridetable", "pict", "header",
     "footer", "headerl", "headerr", "footerl", "footerr", "headerf", "footerf", "object",
     "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "rsidtbl",
     "generator", "filetbl", "revtbl", "pgdsctbl", "fldinst", "bkmkstart", "bkmkend"]
)  # fmt: skip
_RTF_INFO = frozenset(["title", "author", "creatim", "subject", "operator", "company"])
_RTF_SPECIAL = {
    "par": "\n\n", "line": " ", "tab": " ", "emdash": "—", "endash": "–", "lquote": "‘",
    "rquote": "’", "ldblquote": "“", "rdblquote": "”", "bullet": "•", "sect": "\n\n",
    "page": "\n\n", "row": "\n\n", "cell": " · ",
}  # fmt: skip


def _rtf(data: bytes, path: Path | str) -> tuple[str, dict[str, str], str]:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ArgmapError(f"{path}: not a rich text file (it does not begin with {{\\rtf)")
    raw = data.decode("latin-1")
    code_page = re.search(r"\\ansicpg(\d+)", raw[:2000])
    encoding = f"cp{code_page[1]}" if code_page else "cp1252"
    try:
        b"".decode(encoding)
    except LookupError:
        encoding = "cp1252"
    out: list[str] = []
    info_parts: dict[str, list[str]] = {}
    stack: list[tuple[bool, int, str]] = []
    skip, uc, dest = False, 1, ""  # in a dropped group; chars after \u; an info field
    pending = 0  # fallback characters after a \u still to skip
    depth_at_start = True  # the next token opens the group ({\*…}, {\fonttbl…})
    creatim: dict[str, int] = {}
    for m in _RTF_TOKEN.finditer(raw):
        if m["brace"] == "{":
            stack.append((skip, uc, dest))
            depth_at_start = True
            continue
        if m["brace"] == "}":
            if not stack:
                break
            skip, uc, dest = stack.pop()
            depth_at_start = False
            continue
        first, depth_at_start = depth_at_start, False
        if m["nl"]:
            continue
        if m["sym"] == "*" and first:
            skip = True  # a destination this reader does not know: dropped
            continue
        word = m["word"]
        if word:
            arg = int(m["arg"]) if m["arg"] else None
            if word in _RTF_SKIP:
                skip = True
            elif word == "info":
                dest = "info"
            elif dest.startswith("info") and word in _RTF_INFO:
                dest = f"info:{word}"
            elif dest == "info:creatim" and word in ("yr", "mo", "dy") and arg is not None:
                creatim[word] = arg
            elif word == "uc" and arg is not None:
                uc = arg
            elif word == "u" and arg is not None:
                _rtf_put(chr(arg % 65536), skip, dest, out, info_parts)
                pending = uc
            elif word in _RTF_SPECIAL:
                _rtf_put(_RTF_SPECIAL[word], skip, dest, out, info_parts)
            continue
        if m["hex"]:
            if pending:
                pending -= 1
                continue
            char = bytes([int(m["hex"], 16)]).decode(encoding, errors="replace")
            _rtf_put(char, skip, dest, out, info_parts)
            continue
        if m["sym"]:
            if m["sym"] == "~":
                _rtf_put(" ", skip, dest, out, info_parts)
            elif m["sym"] in "\\{}":
                _rtf_put(m["sym"], skip, dest, out, info_parts)
            elif m["sym"] == "-":
                pass  # an optional hyphen
            continue
        piece = m["text"]
        if pending:
            cut = min(pending, len(piece))
            piece, pending = piece[cut:], pending - cut
        _rtf_put(piece, skip, dest, out, info_parts)
    paragraphs = [" ".join(p.split()) for p in "".join(out).split("\n\n")]
    text = "\n\n".join(p for p in paragraphs if p) + "\n"
    day = ""
    if {"yr", "mo", "dy"} <= creatim.keys():
        day = f"{creatim['yr']:04d}-{creatim['mo']:02d}-{creatim['dy']:02d}"
    info = _facts(
        "".join(info_parts.get("info:title", [])),
        "".join(info_parts.get("info:author", [])),
        day,
    )
    return text, info, "txt"


def _rtf_put(chars: str, skip: bool, dest: str, out: list[str], info: dict[str, list[str]]) -> None:
    if skip:
        return
    if dest.startswith("info"):
        info.setdefault(dest, []).append(chars)
    else:
        out.append(chars)
