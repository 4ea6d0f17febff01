"""Read a debate's raw pages with the last two readers (17 and 18), each in an empty project, and
count what a user gets: sentences, sentences with a speaker, passages left out.

For debates written blind to the readers (debate22-23, then debate24-25, debate26-27, debate28-29, debate30-32, debate33-35,
debate36-38): the
figure says whether a reader's rules reach page kinds they were not written on. Run from outside the checkout
measured, with ``PYTHONPATH`` set to it::

    python3 -m bench.reader_pages_blind bench/debate26 bench/debate27
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

READERS = (17, 18)


def _argmap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args], capture_output=True, text=True, check=False
    )


def _page_file(page: Path) -> Path | None:
    """The file to add for a raw page (a chat export folder gives its ``_chat.txt``)."""
    if page.is_file():
        return page
    inner = [c for c in page.iterdir() if c.name in ("_chat.txt", "messages.html")]
    return inner[0] if inner else None


def read_pages(debate: Path, reader: int) -> dict[str, int]:
    """Totals over ``debate/raw`` read with ``reader``; refused pages are printed."""
    totals = dict(pages=0, refused=0, sentences=0, speaker=0, left_out=0, left_out_chars=0)
    for page in sorted(Path(debate, "raw").iterdir()):
        target = _page_file(page)
        if target is None:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            project = str(Path(tmp, "project"))
            _argmap("init", project)
            added = _argmap("add", "--reader", str(reader), "--json", str(target), "-p", project)
            if added.returncode:
                totals["refused"] += 1
                print(f"  reader {reader} {page.name}: {added.stderr.strip()[:120]}")
                continue
            totals["pages"] += 1
            source = json.loads(added.stdout)[0]["id"]
            rows = json.loads(_argmap("sentences", source, "--json", "-p", project).stdout)
            totals["sentences"] += len(rows)
            totals["speaker"] += sum(1 for row in rows if row.get("speaker"))
            left = json.loads(_argmap("leftout", source, "--json", "-p", project).stdout)
            for entry in left:
                totals["left_out"] += len(entry["left_out"])
                totals["left_out_chars"] += sum(len(p) for p in entry["left_out"])
    return totals


def main(argv: list[str]) -> int:
    """Print each debate's totals per reader."""
    for debate in argv:
        for reader in READERS:
            print(debate, f"reader {reader}", read_pages(Path(debate), reader), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
