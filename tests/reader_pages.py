"""What the reader tests (tests/test_reader5.py, 6, 7) share: add one of their pages to a
project with ``argmap add`` and read back its metadata and sentences, as a user would."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., tuple[int, str, str]]


def add_page(cli: Cli, root: str, page: Path, *extra: str) -> dict:
    """Add ``page`` to the project at ``root`` (``extra``: more ``argmap add`` options): its
    metadata, with ``rows`` its sentences ("speaker: text" where a sentence has a speaker)."""
    code, out, err = cli("add", str(page), "--json", "--project", root, *extra)
    assert code == 0, err
    meta = json.loads(out)[0]
    code, out, err = cli("sentences", meta["id"], "--json", "--project", root)
    assert code == 0, err
    meta["rows"] = [
        f"{s['speaker']}: {s['text']}" if s.get("speaker") else s["text"] for s in json.loads(out)
    ]
    return meta


def facts(meta: dict) -> tuple[str, str, str, str]:
    """A page's title, author, outlet and date as ``argmap add`` read them."""
    return meta["title"], meta["author"], meta["outlet"], meta["date"]
