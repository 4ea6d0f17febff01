"""Reader 18: a journal article in JATS XML (``.xml``, the NLM/JATS ``<article>`` a journal
or PubMed Central gives for download) read as the article, not as text with its tags
(:func:`jats_article18`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

__all__ = ["is_jats18", "jats_article18"]

_ROOT = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<article\b", re.S)
_SKIP = frozenset(["xref", "label", "graphic", "inline-graphic", "object-id"])


def is_jats18(text: str) -> bool:
    """Whether ``text`` is a JATS article: its root element ``<article>`` with ``<front>``."""
    return bool(_ROOT.match(text.lstrip())) and "<front>" in text[:20000]


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _words(element: ET.Element | None) -> str:
    """An element's text without its citation marks and labels ("[1]", "1"), one line."""
    if element is None:
        return ""
    parts: list[str] = []

    def walk(node: ET.Element) -> None:
        if _local(node.tag) not in _SKIP:
            parts.append(node.text or "")
            for child in node:
                walk(child)
        parts.append(node.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
    text = " ".join("".join(parts).split())
    text = re.sub(r"\s*\[\s*(?:[,–-]\s*)*\]", "", text)  # "[ , ]": marks left bare
    text = re.sub(r"\(\s*(?:cf\.|see)?\s*\)", "", text)
    return re.sub(r"\s+([.,;:)])", r"\1", text).strip()


def _find(root: ET.Element, name: str) -> ET.Element | None:
    return next((e for e in root.iter() if _local(e.tag) == name), None)


def _section(sec: ET.Element, depth: int, out: list[str]) -> None:
    for child in sec:
        kind = _local(child.tag)
        if kind == "title" and (title := _words(child)):
            out.append(f"{'#' * min(depth, 6)} {title}")
        elif kind == "p" and (text := _words(child)):
            out.append(text)
        elif kind in ("sec", "app", "ack"):
            _section(child, depth + 1, out)
        elif kind in ("fig", "table-wrap", "boxed-text"):
            caption = _find(child, "caption")
            if text := _words(caption):
                out.append(text)
        elif kind in ("list",):
            out.extend(f"- {t}" for item in child if (t := _words(item)))
        elif kind in ("disp-quote",) and (text := _words(child)):
            out.append(f"> {text}")


def jats_article18(text: str) -> tuple[str, dict[str, str]] | None:
    """None unless ``text`` is a JATS article (:func:`is_jats18`); else its Markdown (its title, abstract, sections with their titles, figure
    captions, acknowledgements and references, one a line) and its metadata (title,
    authors, the journal as outlet, the publication date), or None when the XML does not
    parse."""
    if not is_jats18(text):
        return None
    try:
        root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", text, count=1, flags=re.S))
    except ET.ParseError:
        return None
    info: dict[str, str] = {}
    title = _words(_find(root, "article-title"))
    if title:
        info["title"] = title
    authors = []
    for contrib in root.iter():
        if _local(contrib.tag) != "contrib" or contrib.get("contrib-type", "author") != "author":
            continue
        given, surname = _words(_find(contrib, "given-names")), _words(_find(contrib, "surname"))
        if name := " ".join(p for p in (given, surname) if p):
            authors.append(name)
    if authors:
        info["author"] = ", ".join(authors)
    if journal := _words(_find(root, "journal-title")):
        info["outlet"] = journal
    date = next((e for e in root.iter() if _local(e.tag) == "pub-date"), None)
    if date is not None:
        year, month, day = (_words(_find(date, k)) for k in ("year", "month", "day"))
        if year.isdigit():
            info["date"] = "-".join(
                [year, *([month.zfill(2)] if month.isdigit() else []),
                 *([day.zfill(2)] if day.isdigit() and month.isdigit() else [])]
            )  # fmt: skip
    out: list[str] = [f"# {title}"] if title else []
    abstract = _find(root, "abstract")
    if abstract is not None:
        out.append("## Abstract")
        _section(abstract, 3, out)
    body = _find(root, "body")
    if body is not None:
        _section(body, 2, out)
    back = _find(root, "back")
    if back is not None:
        for child in back:
            kind = _local(child.tag)
            if kind == "ack":
                out.append("## Acknowledgements")
                _section(child, 3, out)
            elif kind == "ref-list":
                out.append("References")
                for ref in child:
                    if _local(ref.tag) != "ref":
                        continue
                    cited = _find(ref, "mixed-citation")
                    if text := _words(
                        cited if cited is not None else _find(ref, "element-citation")
                    ):
                        out.append(text)
            elif kind in ("sec", "app-group", "fn-group", "notes"):
                _section(child, 2, out)
    if not out:
        return None
    return "\n\n".join(out) + "\n", info
