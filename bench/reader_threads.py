"""What each reader makes of bench/threads12's thread pages, of kinds no debate has
(``python3 -m bench.reader_threads [--pages bench/threads13] [READER ...]``, default 11
and 12; ``--pages`` another folder of pages with its ``gold.tsv``).

Each page is read as ``argmap add --reader N`` reads it and checked against
``bench/threads12/gold.tsv`` (words of each post's text and its writer, written with the
pages before reader 12 was run on them):

- read: gold texts a sentence holds;
- writer right: of those, the ones whose sentence's speaker names the writer (the same
  words, "@" and case aside);
- false speakers: sentences with a speaker who wrote no post of the page;
- sentences, and those with a speaker.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "bench" / "threads12"


def _gold(pages: Path = PAGES) -> dict[str, list[tuple[str, str]]]:
    gold: dict[str, list[tuple[str, str]]] = {}
    for line in (pages / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, words, writer = line.split("\t")
            gold.setdefault(page, []).append((words, writer))
    return gold


def _bare(name: str) -> str:
    return name.lstrip("@").casefold()


def main(argv: list[str]) -> int:
    from bench.reader_friction import _norm

    pages = PAGES
    if argv[:1] == ["--pages"] and len(argv) >= 2:
        pages, argv = Path(argv[1]).resolve(), argv[2:]
    readers = [int(a) for a in argv] or [11, 12]
    gold = _gold(pages)
    for reader in readers:
        read = right = false = sentences = spoken = texts = 0
        for page, checks in gold.items():
            got = _read_page(reader, pages / page)
            rows = [] if isinstance(got, str) else got
            writers = {_bare(w) for _, w in checks}
            sentences += len(rows)
            spoken += sum(1 for _, sp in rows if sp)
            false += sum(1 for _, sp in rows if sp and _bare(sp) not in writers)
            for words, writer in checks:
                texts += 1
                hits = [sp for t, sp in rows if _norm(words) in t]
                read += bool(hits)
                right += any(_bare(sp) == _bare(writer) for sp in hits)
        print(
            f"reader {reader} on {pages.name} ({len(gold)} pages, {texts} texts): "
            f"{read} read, {right} with their writer; {sentences} sentences, {spoken} with "
            f"a speaker, {false} with a speaker who wrote no post"
        )
    return 0


def _read_page(reader: int, path: Path) -> list[tuple[str, str]] | str:
    from argmap import readers as corpus
    from argmap.errors import ArgmapError
    from argmap.project import prepare_source
    from bench.reader_friction import _norm

    try:
        prepared = prepare_source(path, html_reader=reader)
    except ArgmapError as err:
        return str(err)
    rows = corpus.sentence_rows(prepared.text, reader=corpus.recorded_reader(reader))
    return [(_norm(r.text), r.speaker) for r in rows]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
