"""How readers read a folder of test pages of kinds no debate has, written before the
reader under test read them (bench/pages14 for reader 14, bench/pages15 for reader 15),
against the folder's gold.json: ``python3 -m bench.blind_pages bench/pages15 14 15`` (from
outside the checkout, give the folder's whole path, with ``PYTHONPATH`` set to it).

Per reader: of the gold's speaker fragments, the sentences found holding them, with the
right speaker (one name inside the other, case and punctuation aside), another, none; of
those the gold gives nobody, how many got a speaker ("false"); furniture fragments kept
in a sentence; metadata fields the gold names that were read right; pages refused.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path


def _words(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _same(a: str, b: str) -> bool:
    a, b = _words(a), _words(b)
    return bool(a and b) and (a in b or b in a)


def read(page: Path, reader: int) -> tuple[dict, list] | None:
    """The metadata and sentences ``reader`` makes of ``page``, or None if refused."""
    from argmap.errors import ArgmapError
    from argmap.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        project = Project.init(Path(tmp) / "p")
        try:
            project.add_source(page, source_id="x", html_reader=reader)
        except ArgmapError as err:
            print(f"  {page.name}: refused by reader {reader}: {err}")
            return None
        doc = Project.open(Path(tmp) / "p").sources["x"]
        meta = doc.meta.model_dump(mode="json")
        return meta, [(s.text, s.speaker or "") for s in doc.sentences]


def score(folder: Path, reader: int, show: bool = False) -> dict[str, int]:
    """What ``reader`` makes of ``folder``'s pages against its gold.json (counts)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["pages"]
    counts = dict.fromkeys(
        ("spoken", "same", "other", "none", "not_found", "nobody", "false", "furniture",
         "furniture_kept", "meta", "meta_right", "refused"),
        0,
    )  # fmt: skip
    for name, want in gold.items():
        got = read(folder / name, reader)
        if got is None:
            counts["refused"] += 1
            continue
        meta, sentences = got
        for field, value in want["meta"].items():
            counts["meta"] += 1
            read_value = str(meta.get(field) or "")
            right = read_value == value if not value else _same(read_value, value)
            counts["meta_right"] += right
            if show and not right:
                print(f"  {reader} {name}: {field} {read_value!r} (gold {value!r})")
        for fragment, speaker in want["speakers"]:
            found = next((s for s in sentences if fragment in s[0]), None)
            key = "spoken" if speaker else "nobody"
            counts[key] += 1
            if found is None:
                counts["not_found"] += 1
                if show:
                    print(f"  {reader} {name}: not found {fragment!r}")
                continue
            if not speaker:
                counts["false"] += bool(found[1])
                continue
            what = "same" if _same(found[1], speaker) else "other" if found[1] else "none"
            counts[what] += 1
            if show and what != "same":
                print(f"  {reader} {name}: {fragment!r} -> {found[1]!r} (gold {speaker!r})")
        for fragment in want["furniture"]:
            counts["furniture"] += 1
            kept = any(fragment in s[0] for s in sentences)
            counts["furniture_kept"] += kept
            if show and kept:
                print(f"  {reader} {name}: furniture kept {fragment!r}")
    return counts


def main(argv: list[str]) -> int:
    """``FOLDER READER... [--show]``: one line of counts per reader."""
    show = "--show" in argv
    folder, *readers = [a for a in argv if a != "--show"]
    for reader in readers:
        print(reader, score(Path(folder).resolve(), int(reader), show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
