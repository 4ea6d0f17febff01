"""Each reader's metadata of the raw pages of bench/debate2..13 against what their builders
set by hand (``python3 -m bench.reader_meta [READER ...]``, default 6 and 7).

A page is added with ``argmap add --reader N`` (:meth:`Project.add_source`; a page that is
not UTF-8 again with ``--encoding windows-1252`` if the reader does not read it, as its
make.sh does) and its title, author, outlet and date are compared with the debate's
``seeds/<page>.meta.json`` (after the builder's ``argmap meta`` edits). Pages with no
seed of their name (debates 2 and 3 used titles as ids) are not counted; a page a reader
refuses ("the file holds no text") counts four fields wrong. These pages are the readers'
tuning data: the figure is no held-out one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "author", "outlet", "date")


def main(argv: list[str]) -> int:
    from argmap.errors import ArgmapError
    from argmap.project import Project
    from bench.reader_quotes import page_ids

    readers = [int(r) for r in argv] or [6, 7]
    with tempfile.TemporaryDirectory() as tmp:
        for reader in readers:
            project = Project.init(Path(tmp) / f"r{reader}")
            wrong = total = 0
            for d in range(2, 14):
                debate = ROOT / "bench" / f"debate{d}"
                ids = page_ids(debate)
                for page in sorted((debate / "raw").glob("*")) + sorted(
                    (debate / "unread").glob("*")
                ):
                    seed = debate / "seeds" / f"{ids.get(page.name, page.stem)}.meta.json"
                    if not seed.exists():
                        continue
                    gold = json.loads(seed.read_text(encoding="utf-8"))
                    sid = f"d{d}-{page.stem}-{page.suffix[1:]}"
                    try:
                        meta = project.add_source(
                            page, force=True, html_reader=reader, source_id=sid
                        )
                    except ArgmapError as err:
                        if "not valid utf-8" not in str(err):  # "the file holds no text"
                            total, wrong = total + len(FIELDS), wrong + len(FIELDS)
                            print(f"reader {reader} debate{d} {page.name}: {err}")
                            continue
                        meta = project.add_source(
                            page, force=True, html_reader=reader, source_id=sid,
                            encoding="windows-1252",
                        )  # fmt: skip
                    for field in FIELDS:
                        total += 1
                        got, want = getattr(meta, field), gold.get(field, "")
                        if got != want:
                            wrong += 1
                            print(f"reader {reader} debate{d} {page.name} {field}: {got!r}, "
                                  f"set by hand {want!r}")  # fmt: skip
            print(f"reader {reader}: {wrong} of {total} fields wrong")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
