"""Readers are versioned: every shipped debate pins the reader its sources were added with,
so a change to argmap's readers must leave each pinned reader reading each shipped page
exactly as before (text, metadata, sentences: tests/reader_identity.json, written by
``python3 -m bench.reader_identity --pin tests/reader_identity.json``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import reader_identity

PINNED = Path(__file__).parent / "reader_identity.json"
#: ``{"READER PAGE": digest of what that reader stores for that page}``
DIGESTS: dict[str, str] = json.loads(PINNED.read_text(encoding="utf-8"))
#: One test per reader, so that a parallel run (pytest -n) spreads the readers over the cores.
READERS = sorted({int(key.split()[0]) for key in DIGESTS})


def test_every_shipped_page_is_pinned() -> None:
    assert len(DIGESTS) >= 1000


@pytest.mark.parametrize("reader", READERS)
def test_every_pinned_reader_reads_every_shipped_page_as_before(reader: int) -> None:
    pinned = {key: digest for key, digest in DIGESTS.items() if int(key.split()[0]) == reader}
    now = reader_identity.fingerprints(reader_identity.dump([reader]))
    changed = [key for key, digest in pinned.items() if now.get(key) != digest]
    assert not changed, f"{len(changed)} page-reader pairs read differently: {changed[:5]}"
