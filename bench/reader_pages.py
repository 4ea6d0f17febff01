"""How clean each reader reads the test pages of tests/reader5/ (``python3 -m
bench.reader_pages [READER ...]``, default readers 4 and 5).

For each page the text's sentences that a reader of the page would annotate, and its
title, author, outlet and date, are written down by hand below (GOLD). A page is added
with ``argmap add --reader N`` into a scratch project, as a user does, and counted:

- chrome: sentences that hold none of the page's own sentences (a byline, "ENDS", "Newer
  Post Older Post Home");
- lost: the page's own sentences found in no sentence of the reader;
- meta wrong: title, author, outlet and date fields that differ from the page's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

PAGES = Path(__file__).resolve().parent.parent / "tests" / "reader5"

GOLD: dict[str, dict] = {
    "medium-feature.html": {
        "meta": ("The bus lane that nobody asked for", "Ivo Brandt", "The Harbour Line",
                 "2026-11-18"),
        "text": ["The bus lane that nobody asked for", "Kessling wants a red lane on Quay",
                 "The traders were never asked", "The riders were",
                 "The new lane at Quay Street, two weeks after", "The city painted the lane",
                 "By the morning the buses", "I think the lane is right",
                 "A council that asks nobody"],
    },
    "blogger-post.html": {
        "meta": ("Why the ring road should close on Sundays", "Jonas Feld",
                 "Pedal and Pavement", "2026-11-22"),
        "text": ["Why the ring road should close on Sundays", "Last Sunday the ring road",
                 "Children rode where", "Old men sat on the kerb",
                 "The ring road at ten in the morning", "I want that every Sunday"],
    },
    "gov-guidance.html": {
        "meta": ("Low traffic zone in the Old Port: what changes for residents",
                 "Kessling City Council", "GOV.KS", "2026-11-20"),
        "text": ["Low traffic zone in the Old Port: what changes", "How the zone will work",
                 "From 1 March 2029 private cars", "Who can drive in the zone",
                 "Residents, blue badge holders", "The council expects traffic"],
    },
    "press-release.txt": {
        "meta": ("Traders ask council to pause Old Port car ban", "Kessling Chamber of Trade",
                 "Kessling Chamber of Trade", "2026-11-24"),
        "text": ["Traders ask council to pause", "Chamber says shops need loading bays",
                 "The Kessling Chamber of Trade today asked", "We are not against cleaner",
                 "We are against losing our customers", "The Chamber's survey of 212 shops"],
    },
    "resident-notes.md": {
        "meta": ("Old Port zone – what I want to say at the meeting", "Mira Solberg", "",
                 "2026-11-03"),
        "text": ["Old Port zone – what I want", "read the council's page",
                 "ask whether carers get a permit", "no private cars inside the Old Port",
                 "The zone is good for the children", "Traffic there is the worst",
                 "My worry is the carers", "Nobody has said whether"],
    },
    "committee-minutes.md": {
        "meta": ("Transport Committee – minutes of the meeting of 12 November 2026",
                 "Kessling City Council", "Kessling City Council", "2026-11-12"),
        "text": ["Transport Committee – minutes", "Old Port low traffic zone",
                 "The Head of Transport said", "Cllr Brink said the shops",
                 "Cllr Moe said they had been asked", "RESOLVED: that the zone start"],
    },
    "radio-transcript.md": {
        "meta": ("Radio Kessling – Morning Edition", "Sara Lind",
                 "Radio Kessling, Morning Edition", "2026-11-24"),
        "text": ["Radio Kessling – Morning Edition", "Good morning", "The Old Port will close",
                 "Is that too soon", "It is too soon for the shops", "We need loading bays",
                 "The loading bays are in the plan", "They come before the zone",
                 "Ruth Amsel, do you believe", "I will believe it", "We have to leave it"],
    },
}  # fmt: skip


def _argmap(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "argmap", *args], capture_output=True, text=True, check=True
    )
    return done.stdout


def measure(reader: int) -> dict[str, tuple[int, int, int, int]]:
    """Per page: (sentences, chrome kept, own sentences lost, metadata fields wrong)."""
    out: dict[str, tuple[int, int, int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        project = str(Path(tmp) / "p")
        _argmap("init", project)
        for name, gold in GOLD.items():
            try:
                meta = json.loads(
                    _argmap(
                        "add",
                        str(PAGES / name),
                        "--reader",
                        str(reader),
                        "--json",
                        "--id-from",
                        "file",
                        "--project",
                        project,
                    )
                )[0]
            except subprocess.CalledProcessError:  # "the file holds no text"
                out[name] = (0, 0, len(gold["text"]), len(gold["meta"]))
                continue
            rows = [s["text"] for s in json.loads(
                _argmap("sentences", meta["id"], "--json", "--project", project)
            )]  # fmt: skip
            chrome = sum(1 for r in rows if not any(g in r for g in gold["text"]))
            lost = sum(1 for g in gold["text"] if not any(g in r for r in rows))
            got = (meta["title"], meta["author"], meta["outlet"], meta["date"])
            wrong = sum(a != b for a, b in zip(got, gold["meta"], strict=True))
            out[name] = (len(rows), chrome, lost, wrong)
    return out


def main() -> None:
    """Print a table: per page and reader, sentences, chrome kept, lost, metadata wrong."""
    readers = [int(a) for a in sys.argv[1:]] or [4, 5]
    results = {r: measure(r) for r in readers}
    head = " | ".join(f"reader {r}: sent / chrome / lost / meta wrong" for r in readers)
    print(f"| page | {head} |")
    print("|---|" + "---|" * len(readers))
    totals = {r: [0, 0, 0, 0] for r in readers}
    for name in GOLD:
        cells = []
        for r in readers:
            row = results[r][name]
            totals[r] = [t + v for t, v in zip(totals[r], row, strict=True)]
            cells.append(" / ".join(map(str, row)))
        print(f"| {name} | " + " | ".join(cells) + " |")
    print("| total | " + " | ".join(" / ".join(map(str, totals[r])) for r in readers) + " |")


if __name__ == "__main__":
    main()
