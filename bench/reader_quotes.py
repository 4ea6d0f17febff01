"""How many of the debates' annotated sentences each reader still reads (``python3 -m
bench.reader_quotes [READER ...]``, default 6 and 7).

For each raw page of bench/debate2..13 (``raw/``) whose source id in the debate is the
page's file name, every claim's quote in the shipped project (read by the reader its
make.sh pins) is looked up in the sentences another reader makes of the same page
(``argmap add --reader N`` into a scratch project, as a user adds it): a quote that no
sentence holds, whitespace, Markdown marks, reference marks ("[2]") and a table row's cell
separators (" · ") aside, is split
when consecutive sentences hold it (the reader cuts it in two: "No." answering a question)
and lost when none do. A reader that drops a page's chrome loses nothing; one that drops a
sentence the annotator marked does. Each page's title, author, outlet
and date are also printed. These pages are the readers' tuning data (debates 10 and 11
were held out from reader 6, not from reader 7): no held-out figure.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEBATES = [f"debate{n}" for n in range(2, 14)]
"""Debates 2-13 (12 and 13, held out in session 9, are tuning data since; 14 and 15, held
out in session 10, are not here)."""
_ID_ARG = re.compile(r"--id (\S+) \\?\s*\"?\$HERE/?\"?/raw/([^\"\n]+)\"?")


def page_ids(debate: Path) -> dict[str, str]:
    """The source ids a debate's make.sh gives pages by ``--id`` (d12's WhatsApp export, its
    Notion page): ``{file name: id}``; other pages' ids are their file names'."""
    make = debate / "make.sh"
    text = make.read_text(encoding="utf-8").replace("\\\n", " ") if make.exists() else ""
    return {m[2].strip(): m[1] for m in _ID_ARG.finditer(text)}


_MARK = re.compile(r"\[\d{1,3}\]")
_CELLS = re.compile(r"\s+·\s+")
_CHAT_STAMP = re.compile(
    r"^\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?\s*[-–]?\s*"
    r"[^:\n]{1,60}:\s+"
)


def _norm(text: str) -> str:
    from argmap.readers import plain_quote

    text = _CELLS.sub(" ", _MARK.sub("", plain_quote(text)))  # a table row's cells: "a · b"
    text = _CHAT_STAMP.sub("", text)  # "21/11/2026, 21:12 - Name: ": the speaker, no words
    return re.sub(r"\s+", " ", text).strip(" *_")


def lost_quotes(reader: int, debates: list[str] = DEBATES) -> dict[str, tuple[int, int, int, str]]:
    """Per page (``debateN/name``): (quotes lost, quotes split, quotes, "title | author |
    outlet | date")."""
    from argmap.errors import ArgmapError
    from argmap.project import Project

    out: dict[str, tuple[int, int, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Project.init(Path(tmp) / f"r{reader}")
        for name in debates:
            debate = ROOT / "bench" / name
            project = Project.open(debate)
            quotes: dict[str, list[str]] = {}
            for claim in project.claims(annotator=None):
                quotes.setdefault(claim.source, []).append(claim.quote)
            ids = page_ids(debate)
            for page in sorted((debate / "raw").glob("*")):
                stem = ids.get(page.name, page.stem)
                if stem not in quotes:
                    continue
                sid = f"{name}-{stem}"
                try:
                    meta = scratch.add_source(page, force=True, html_reader=reader, source_id=sid)
                except ArgmapError as err:
                    if "not valid utf-8" not in str(err):
                        many = len(quotes[stem])
                        out[f"{name}/{page.name}"] = (many, 0, many, str(err))
                        continue
                    meta = scratch.add_source(
                        page, force=True, html_reader=reader, source_id=sid, encoding="windows-1252"
                    )
                texts = [_norm(s.text) for s in scratch.source(sid).sentences]
                wanted = [_norm(q) for q in quotes[stem]]
                whole = " ".join(texts)
                kept = [q for q in wanted if any(q in t for t in texts)]
                split = [q for q in wanted if q not in kept and q in whole]
                lost = len(wanted) - len(kept) - len(split)
                facts = " | ".join([meta.title, meta.author, meta.outlet, meta.date])
                out[f"{name}/{page.name}"] = (lost, len(split), len(wanted), facts)
    return out


def main(argv: list[str]) -> int:
    readers = [int(r) for r in argv] or [6, 7]
    results = {r: lost_quotes(r) for r in readers}
    pages = sorted(results[readers[0]])
    head = " | ".join(f"reader {r}: lost / split / quotes" for r in readers)
    print(f"| page | {head} |")
    print("|---|" + "---|" * len(readers))
    for page in pages:
        cells = [" / ".join(map(str, results[r][page][:3])) for r in readers]
        print(f"| {page} | " + " | ".join(cells) + " |")
    for r in readers:
        lost = sum(v[0] for v in results[r].values())
        split = sum(v[1] for v in results[r].values())
        total = sum(v[2] for v in results[r].values())
        print(f"reader {r}: of {total} annotated quotes on {len(pages)} pages, {lost} lost, "
              f"{split} split in two or more sentences")  # fmt: skip
    for page in pages:
        facts = {r: results[r][page][3] for r in readers}
        if len(set(facts.values())) > 1:
            print(f"{page}: " + "  ->  ".join(f"[{r}] {facts[r]}" for r in readers))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
