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
    # only the pinned pages are read (not a debate held out since, nor one pinned later); a
    # pinned page the dump no longer covers counts as read differently
    shipped = reader_identity.page_bytes()
    pages = [reader_identity.ROOT / key.split(" ", 1)[1] for key in pinned]
    now = reader_identity.fingerprints(
        reader_identity.dump([reader], only=[page for page in pages if page in shipped])
    )
    changed = [key.split(" ", 1)[1] for key, digest in pinned.items() if now.get(key) != digest]
    assert not changed, (
        f"reader {reader} reads {len(changed)} pinned pages differently: {changed[:5]}; "
        f"which fields: `python3 -m bench.reader_identity OUT.json {reader}` with main's code "
        "and with this, then `--compare`"
    )


def test_the_dump_stores_what_add_stores() -> None:
    """The dump reads pages without a project: it must record what ``argmap add --force``
    stores in one, on a page of each kind (and one not UTF-8), by the oldest and newest
    readers (a refused page's error too: reader 1 reads no .docx)."""
    kinds: dict[str, Path] = {}
    for page, raw in reader_identity.page_bytes().items():
        if f"{READERS[-1]} {page.relative_to(reader_identity.ROOT)}" not in DIGESTS:
            continue  # pinned pages only (no debate held out)
        kinds.setdefault(page.suffix.lower(), page)
        if not raw.isascii():
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                kinds.setdefault("windows-1252", page)
    sample = sorted(kinds.values())
    assert len(sample) >= 20 and "windows-1252" in kinds
    readers = [READERS[0], READERS[-1]]
    direct = reader_identity.dump(readers, only=sample)
    added = reader_identity.dump(readers, only=sample, via_project=True)
    assert any("error" in record for record in added.values())
    assert reader_identity.compare(added, direct) == []
