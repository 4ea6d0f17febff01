"""What every reader makes of every shipped page, to prove a change to the readers moves
nothing a shipped project pins (``python3 -m bench.reader_identity OUT.json`` dumps;
``python3 -m bench.reader_identity --compare A.json B.json`` diffs two dumps).

Readers are versioned: a project records the reader each source was added with, and the
debates' make.sh files pin theirs. So a refactor of argmap's readers, or a new reader, must
leave readers 1 to N-1 byte for byte as they were. This adds each page, as ``argmap add
--reader R --force`` does (:meth:`Project.add_source`), into a scratch project per reader,
and records what is stored: the source's text, its metadata (title, author, outlet, date,
url, reader) and its sentences (id, offsets, text, speaker).

Pages: the raw pages of bench/debate2..11 and of later debates not in ``HELD_OUT`` (``raw/``
and ``unread/``), the stored texts of their ``seeds/`` and of the shipped ``seeds/``, and the
reader tests' pages (tests/reader*/).
A page that is not UTF-8 is read as windows-1252, as its make.sh says. Run it with the old
code (``PYTHONPATH=/work/main``) and the new, then ``--compare``.

``--pin FILE [READER ...]`` writes one fingerprint per page and reader
(tests/reader_identity.json): tests/test_reader_identity.py fails when a pinned reader
reads a pinned page differently.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Debates held out from the readers' authors while they are being written (debate10/11,
# held out in session 8, and debate12/13, held out in session 9, are measured and pinned;
# debate14/15, held out in session 10, debate16/17/18, held out in session 11, and
# debate19/20/21, held out in session 12 while reader 10 was written, debate22/23, held out
# in session 13 while reader 11 was, debate24/25, held out in session 14 while reader 12
# was, debate26/27, held out in session 15 while reader 13 was, debate28/29, held out in
# session 16 while reader 14 was, debate30/31/32, held out in session 17 while reader 15
# was, debate33/34/35, held out in session 18 while reader 16 was, and debate36/37/38, held
# out in session 19 while reader 17 was, are measured and pinned too). Name a debate here
# while it is the held-out test of a reader being written.
HELD_OUT: tuple[str, ...] = ("debate39", "debate40", "debate41")
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm",
            ".eml", ".vtt", ".srt", ".xml", ".atom", ".rss", ".org", ".xhtml",
            ".docx", ".odt", ".mhtml", ".mht", ".rtf", ".ipynb", ".rst", ".adoc", ".tex",
            ".mbox", ".json", ".enex", ".csv")  # fmt: skip


def pages() -> list[Path]:
    """Every page the dump covers, in a fixed order."""
    found: list[Path] = []
    for debate in sorted((ROOT / "bench").glob("debate*")):
        if debate.name in HELD_OUT:
            continue
        for sub in ("raw", "unread", "seeds"):
            found.extend(sorted((debate / sub).glob("*")))
    found.extend(sorted((ROOT / "seeds").glob("*")))
    for tests in sorted((ROOT / "tests").glob("reader*")):
        if tests.is_dir():
            found.extend(sorted(tests.rglob("*")))
    return [
        p
        for p in found
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.endswith(".meta.json")
    ]


def dump(readers: list[int]) -> dict[str, dict]:
    """``{"READER PAGE": what is stored}`` for each reader and page (an error's message if
    the page cannot be added with that reader)."""
    from argmap.errors import ArgmapError
    from argmap.project import Project

    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for reader in readers:
            project = Project.init(Path(tmp) / f"r{reader}")
            for page in pages():
                key = f"{reader} {page.relative_to(ROOT)}"
                # an id from the page's path, so that adding pages renames no other page
                sid = "p" + hashlib.sha256(str(page.relative_to(ROOT)).encode()).hexdigest()[:12]
                try:
                    try:
                        meta = project.add_source(
                            page, source_id=sid, force=True, html_reader=reader
                        )
                    except ArgmapError as err:
                        if "not valid utf-8" not in str(err):
                            raise
                        meta = project.add_source(
                            page,
                            source_id=sid,
                            force=True,
                            html_reader=reader,
                            encoding="windows-1252",
                        )
                except ArgmapError as err:
                    out[key] = {"error": str(err).replace(str(page), "PAGE")}
                    continue
                doc = project.source(sid)
                stored = (project.sources_dir / meta.file).read_bytes()
                fields = meta.model_dump(mode="json")
                fields.pop("added", None)  # the time it was added
                # what add found unread and speakers set by hand: not what the reader reads
                fields.pop("left_out", None)
                fields.pop("speakers", None)
                fields.pop("added_from", None)  # the file name add was given
                out[key] = {
                    "file": meta.file,
                    "text_sha256": hashlib.sha256(stored).hexdigest(),
                    "meta": fields,
                    "sentences": [[s.id, s.start, s.end, s.text, s.speaker] for s in doc.sentences],
                }
    return out


def fingerprints(dumped: dict[str, dict]) -> dict[str, str]:
    """One SHA-256 per page and reader of what is stored (text, metadata, sentences)."""
    return {
        key: hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()
        for key, value in dumped.items()
    }


def compare(a: dict[str, dict], b: dict[str, dict]) -> list[str]:
    """One line per page and reader whose stored source differs between two dumps."""
    lines = []
    for key in sorted(a.keys() | b.keys()):
        if key not in a or key not in b:
            lines.append(f"{key}: only in {'the first' if key in a else 'the second'}")
            continue
        x, y = a[key], b[key]
        for field in sorted(x.keys() | y.keys()):
            if x.get(field) != y.get(field):
                lines.append(f"{key}: {field} differs")
    return lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["--compare"] and len(argv) == 3:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        diff = compare(a, b)
        print("\n".join(diff) if diff else f"identical: {len(a)} page-reader pairs")
        return 1 if diff else 0
    if argv[:1] == ["--pin"] and len(argv) >= 2:
        pinned = fingerprints(dump([int(r) for r in argv[2:]] or [1, 2, 3, 4, 5]))
        text = json.dumps(pinned, indent=0, sort_keys=True)
        Path(argv[1]).write_text(text + "\n", encoding="utf-8")
        print(f"{len(pinned)} page-reader pairs pinned -> {argv[1]}")
        return 0
    if len(argv) < 1:
        print(__doc__)
        return 2
    readers = [int(r) for r in argv[1:]] or [1, 2, 3, 4, 5]
    got = dump(readers)
    Path(argv[0]).write_text(json.dumps(got, indent=0, ensure_ascii=False), encoding="utf-8")
    errors = sum("error" in v for v in got.values())
    print(f"{len(got)} page-reader pairs ({errors} refused) -> {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
