"""Reader 10: a Jupyter notebook (``.ipynb``) read as the Markdown its writer wrote
(:func:`convert`).

A notebook is JSON (nbformat 4, and 3's worksheets): a list of cells, each Markdown, code
or raw. What a reader of an argument wants is the prose: the Markdown cells, in order, one
block each. Code cells and their outputs (tables, plots, printed numbers) are the working,
not the argument, and are not read; nor are raw cells. The title is the first heading (as
in any Markdown text); a data desk's italic credit line in the first cell ("*Kallin Ledger
data desk, analysis by Ines Garvey. Published … 20 September 2027.*") gives the outlet,
author and date; the notebook's own ``metadata`` ``title`` and ``authors`` (JupyterLab
writes them) come first when set.

A broken file is refused in one line naming it and what is wrong ("not a Jupyter notebook
(bad JSON at line 3, column 40)"); so is a notebook without a Markdown cell with words in
it, saying how many code cells it has.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from argmap.errors import ArgmapError
from argmap.readers.dates import any_date
from argmap.readers.names import person_name


def convert(data: bytes, path: Path | str) -> tuple[str, dict[str, str], str]:
    """The Markdown a notebook's bytes hold, what its metadata says of it (title, author)
    and its form ("md")."""
    try:
        notebook = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise ArgmapError(
            f"{path}: not a Jupyter notebook (not UTF-8 at byte {err.start})"
        ) from None
    except json.JSONDecodeError as err:
        raise ArgmapError(
            f"{path}: not a Jupyter notebook (bad JSON at line {err.lineno}, column {err.colno})"
        ) from None
    if not isinstance(notebook, dict):
        raise ArgmapError(f"{path}: not a Jupyter notebook (no cells)")
    cells = notebook.get("cells")
    if cells is None:  # nbformat 3: the cells are in worksheets
        sheets = notebook.get("worksheets")
        if isinstance(sheets, list):
            cells = [c for s in sheets if isinstance(s, dict) for c in s.get("cells") or []]
    if not isinstance(cells, list):
        raise ArgmapError(f"{path}: not a Jupyter notebook (no cells)")
    blocks: list[str] = []
    code = 0
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        kind = cell.get("cell_type")
        if kind == "code":
            code += 1
        if kind not in ("markdown", "heading"):
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        if kind == "heading":  # nbformat 3's heading cell
            text = "#" * int(cell.get("level", 1) or 1) + " " + text
        if text.strip():
            blocks.append(text)
    if not blocks:
        raise ArgmapError(
            f"{path}: the notebook has no Markdown cell with text "
            f"(its {code} code cell{' is' if code == 1 else 's are'} not read)"
        )
    facts = {**_credit(blocks[0]), **_facts(notebook.get("metadata"))}
    return "\n\n".join(blocks) + "\n", facts, "md"


_CREDIT = re.compile(
    r"[ \t]*[*_](?P<outlet>[^*_,\n]{3,80}), (?:analysis|words|reporting|text|data|code)"
    r"(?: and \w+)? by (?P<name>[^.*_,\n]{3,60})\.(?P<rest>[^*_\n]*)[*_][ \t]*$",
    re.M,
)


def _credit(first: str) -> dict[str, str]:
    """A data desk's italic credit line in the first cell ("*Kallin Ledger data desk,
    analysis by Ines Garvey. Published … 20 September 2027.*"): the outlet, the author and
    the date it gives (the line stays a sentence of the text)."""
    m = _CREDIT.search(first)
    if not m or not person_name(m["name"].strip()):
        return {}
    facts = {"outlet": m["outlet"].strip(), "author": m["name"].strip()}
    day = any_date(m["rest"])
    if day:
        facts["date"] = day
    return facts


def _facts(meta: object) -> dict[str, str]:
    """A notebook's ``metadata`` title and authors (JupyterLab's), where it has them."""
    if not isinstance(meta, dict):
        return {}
    facts: dict[str, str] = {}
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        facts["title"] = " ".join(title.split())
    authors = meta.get("authors")
    if isinstance(authors, list):
        names = [
            a.get("name", "") if isinstance(a, dict) else a if isinstance(a, str) else ""
            for a in authors
        ]
        names = [" ".join(n.split()) for n in names if isinstance(n, str) and n.strip()]
        if names:
            facts["author"] = ", ".join(names)
    return facts
