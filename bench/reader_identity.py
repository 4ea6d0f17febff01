"""What every reader makes of every shipped page, to prove a change to the readers moves
nothing a shipped project pins (``python3 -m bench.reader_identity OUT.json`` dumps;
``python3 -m bench.reader_identity --compare A.json B.json`` diffs two dumps).

Readers are versioned: a project records the reader each source was added with, and the
debates' make.sh files pin theirs. So a refactor of argmap's readers, or a new reader, must
leave readers 1 to N-1 byte for byte as they were. This reads each page as ``argmap add
--reader R --force`` stores it (with the functions :meth:`Project.add_prepared` saves with,
without a project; ``--via-project``: added into a scratch project per reader, 3 fsyncs a
page) and records what is stored: the source's text, its metadata (title, author, outlet,
date, url, reader) and its sentences (id, offsets, text, speaker).

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

import functools
import hashlib
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argmap.model import SourceMeta
    from argmap.project import SourceDoc

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


@functools.cache
def page_bytes() -> dict[Path, bytes]:
    """Every page of :func:`pages` and its bytes, each file read once (per process)."""
    return {page: page.read_bytes() for page in pages()}


def dump(
    readers: list[int], *, via_project: bool = False, only: Sequence[Path] | None = None
) -> dict[str, dict]:
    """``{"READER PAGE": what is stored}`` for each reader and page (an error's message if
    the page cannot be added with that reader).

    What ``argmap add --reader R --force`` stores, read without a project: the page read by
    :func:`argmap.project.prepare_source` and its metadata made by
    :func:`argmap.project.source_meta`, the functions :meth:`Project.add_prepared` saves
    with; the text as saved and read back, cut into sentences by :class:`SourceDoc`. With
    ``via_project`` each page is added into a scratch project per reader instead
    (:meth:`Project.add_source`, 3 fsyncs a page): the same record, slower (the fsyncs are
    most of the wall time on a busy disk; tests/test_reader_identity.py checks the two agree
    on a sample of pages). ``only``: these pages of :func:`pages`, not all."""
    data = page_bytes()
    if only is not None:
        data = {page: data[page] for page in only}
    if via_project:
        return _dump_via_project(readers, list(data))
    out: dict[str, dict] = {}
    for reader in readers:
        for page, raw in data.items():
            out[f"{reader} {page.relative_to(ROOT)}"] = _stored(page, raw, reader)
    return out


def _source_id(page: Path) -> str:
    """An id from the page's path, so that adding pages renames no other page."""
    return "p" + hashlib.sha256(str(page.relative_to(ROOT)).encode()).hexdigest()[:12]


def _stored(page: Path, raw: bytes, reader: int) -> dict:
    """What ``argmap add PAGE --reader READER --force`` stores (see :func:`dump`)."""
    from argmap import readers as corpus
    from argmap.errors import ArgmapError
    from argmap.project import SourceDoc, prepare_source, source_meta, source_title

    sid = _source_id(page)
    try:
        try:
            prepared = prepare_source(page, html_reader=reader, data=raw)
        except ArgmapError as err:
            if "not valid utf-8" not in str(err):
                raise
            prepared = prepare_source(page, html_reader=reader, encoding="windows-1252", data=raw)
        meta = source_meta(prepared, sid, source_title(prepared))
        # saved byte for byte (a UTF-8 text) or as the text read, in UTF-8 (store.atomic_write)
        try:
            stored = raw if prepared.raw_copy else prepared.text.encode("utf-8")
        except UnicodeEncodeError:
            raise ArgmapError(f"{meta.file}: cannot write: the text is not valid UTF-8") from None
    except ArgmapError as err:
        return {"error": str(err).replace(str(page), "PAGE")}
    target = Path("sources") / meta.file
    doc = SourceDoc(meta, target, corpus.decode_source(stored, target))
    return _record(meta, stored, doc)


def _record(meta: SourceMeta, stored: bytes, doc: SourceDoc) -> dict:
    """The dump's record of one added page: its file, the stored text's digest, its
    metadata (without what ``add`` records of the adding) and its sentences."""
    fields = meta.model_dump(mode="json")
    fields.pop("added", None)  # the time it was added
    # what add found unread and speakers set by hand: not what the reader reads
    fields.pop("left_out", None)
    fields.pop("speakers", None)
    fields.pop("added_from", None)  # the file name add was given
    return {
        "file": meta.file,
        "text_sha256": hashlib.sha256(stored).hexdigest(),
        "meta": fields,
        "sentences": [[s.id, s.start, s.end, s.text, s.speaker] for s in doc.sentences],
    }


def _dump_via_project(readers: list[int], pages_: list[Path]) -> dict[str, dict]:
    """:func:`dump` by adding each page into a scratch project per reader."""
    from argmap.errors import ArgmapError
    from argmap.project import Project

    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for reader in readers:
            project = Project.init(Path(tmp) / f"r{reader}")
            for page in pages_:
                key = f"{reader} {page.relative_to(ROOT)}"
                sid = _source_id(page)
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
                stored = (project.sources_dir / meta.file).read_bytes()
                out[key] = _record(meta, stored, project.source(sid))
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
    via_project = "--via-project" in argv
    argv = [arg for arg in argv if arg != "--via-project"]
    if argv[:1] == ["--compare"] and len(argv) == 3:
        a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[1:])
        diff = compare(a, b)
        print("\n".join(diff) if diff else f"identical: {len(a)} page-reader pairs")
        return 1 if diff else 0
    if argv[:1] == ["--pin"] and len(argv) >= 2:
        readers = [int(r) for r in argv[2:]] or [1, 2, 3, 4, 5]
        pinned = fingerprints(dump(readers, via_project=via_project))
        text = json.dumps(pinned, indent=0, sort_keys=True)
        Path(argv[1]).write_text(text + "\n", encoding="utf-8")
        print(f"{len(pinned)} page-reader pairs pinned -> {argv[1]}")
        return 0
    if len(argv) < 1:
        print(__doc__)
        return 2
    readers = [int(r) for r in argv[1:]] or [1, 2, 3, 4, 5]
    got = dump(readers, via_project=via_project)
    Path(argv[0]).write_text(json.dumps(got, indent=0, ensure_ascii=False), encoding="utf-8")
    errors = sum("error" in v for v in got.values())
    print(f"{len(got)} page-reader pairs ({errors} refused) -> {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
