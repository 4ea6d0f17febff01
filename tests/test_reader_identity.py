"""Readers are versioned: every shipped debate pins the reader its sources were added with,
so a change to argmap's readers must leave each pinned reader reading each shipped page
exactly as before (text, metadata, sentences: tests/reader_identity.json, written by
``python3 -m bench.reader_identity --pin tests/reader_identity.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from bench import reader_identity

PINNED = Path(__file__).parent / "reader_identity.json"


def test_every_pinned_reader_reads_every_shipped_page_as_before() -> None:
    pinned: dict[str, str] = json.loads(PINNED.read_text(encoding="utf-8"))
    readers = sorted({int(key.split()[0]) for key in pinned})
    now = reader_identity.fingerprints(reader_identity.dump(readers))
    changed = [key for key, digest in pinned.items() if now.get(key) != digest]
    assert len(pinned) >= 1000
    assert not changed, f"{len(changed)} page-reader pairs read differently: {changed[:5]}"
