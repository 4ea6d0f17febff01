"""How many of a debate's speakers a reader gets right on its raw pages, against the
speakers the debate's builder kept or set by hand (``argmap speaker`` in its make.sh).

For a debate written blind to a new reader: each source of the committed project is matched
to the raw page it was added from (the page whose reading with the source's own pinned
reader shares most sentences with it); the page is then read again with each reader given,
in an empty project, and every sentence of the source that has a speaker is looked up by
its words. Counted per reader: the same speaker (one name inside the other, case and
punctuation aside), another speaker, none, and sentences no longer read as such (furniture
now dropped, or sentences cut differently); and "false": a speaker where the builder left
none; of the sentences no longer read as such, how many lie inside a longer sentence read
with the same speaker ("inside_same": a fragment now read whole). Run from outside the
checkout measured, with ``PYTHONPATH`` set to it::

    python3 -m bench.reader_speakers_blind bench/debate24 11 12

``--show`` prints each sentence read with another speaker than the builder's, or none, or
one where the builder left none.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

COUNTS = ("speakers", "same", "other", "none", "not_read", "inside_same", "false")


def _argmap(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args], capture_output=True, text=True, check=False
    )


def _words(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def read_page(page: Path, reader: int) -> list[dict[str, Any]] | None:
    """The sentences ``reader`` makes of ``page`` in an empty project, or None if refused."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp, "p")
        _argmap("init", str(project))
        copy = Path(tmp, page.name)
        shutil.copy(page, copy)
        add = ["add", "--reader", str(reader), "--id", "x", str(copy), "-p", str(project)]
        if _argmap(*add).returncode and _argmap(*add, "--encoding", "windows-1252").returncode:
            return None
        return json.loads(_argmap("sentences", "x", "--json", "-p", str(project)).stdout)


def _same(a: str, b: str) -> bool:
    a, b = _words(a), _words(b)
    return bool(a and b) and (a in b or b in a)


def measure(debate: Path, readers: list[int], show: bool = False) -> dict[int, dict[str, int]]:
    """Per reader, the counts of :data:`COUNTS` over the debate's sources (``show``: print
    each sentence read with another speaker, none or a false one)."""
    sources = json.loads(_argmap("sources", "--json", "-p", str(debate)).stdout)
    truth: dict[str, list[dict[str, Any]]] = {}
    pinned: dict[str, int] = {}
    for source in sources:
        sid = source["id"]
        meta = json.loads((debate / "seeds" / f"{sid}.meta.json").read_text(encoding="utf-8"))
        pinned[sid] = meta.get("reader") or 1
        truth[sid] = json.loads(_argmap("sentences", sid, "--json", "-p", str(debate)).stdout)
    best: dict[str, tuple[float, Path]] = {}
    for page in sorted(p for p in (debate / "raw").iterdir() if p.is_file()):
        for reader in sorted(set(pinned.values())):
            got = read_page(page, reader)
            if not got:
                continue
            keys = {_words(s["text"]) for s in got}
            for sid, sentences in truth.items():
                if pinned[sid] != reader:
                    continue
                known = {_words(s["text"]) for s in sentences}
                overlap = len(keys & known) / max(1, len(keys | known))
                if overlap > best.get(sid, (0.0, page))[0]:
                    best[sid] = (overlap, page)
    totals = {reader: dict.fromkeys(COUNTS, 0) for reader in readers}
    for sid, (_, page) in sorted(best.items()):
        said: dict[str, str] = {}
        for sentence in truth[sid]:
            said.setdefault(_words(sentence["text"]), sentence.get("speaker") or "")
        for reader in readers:
            got = read_page(page, reader) or []
            read = {_words(s["text"]): s.get("speaker") or "" for s in got}
            counts = totals[reader]
            for key, speaker in said.items():
                got_one = read.get(key)
                differ = not (speaker and got_one and _same(got_one, speaker))
                if show and got_one is not None and (speaker or got_one) and differ:
                    print(
                        f"  {reader} {sid[:30]} {speaker or '-'!r} read {got_one or '-'!r}: {key[:60]}"
                    )
                if not speaker:
                    counts["false"] += bool(got_one)
                    continue
                counts["speakers"] += 1
                if key not in read:
                    counts["not_read"] += 1
                    # cut differently: inside a longer sentence read, with the same speaker
                    holder = next((k for k in read if key and f" {key} " in f" {k} "), None)
                    counts["inside_same"] += bool(
                        holder is not None and read[holder] and _same(read[holder], speaker)
                    )
                elif not read[key]:
                    counts["none"] += 1
                elif _same(read[key], speaker):
                    counts["same"] += 1
                else:
                    counts["other"] += 1
            print(
                f"{sid[:44]:44} reader {reader}, running total: {counts}",
                file=sys.stderr,
                flush=True,
            )
    return totals


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    debate = Path(argv[0]).resolve()
    for reader, counts in measure(debate, [int(r) for r in argv[1:]], show).items():
        print(f"{debate.name} reader {reader}: {json.dumps(counts)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
