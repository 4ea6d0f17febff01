"""A shipped debate rebuilt with another reader, its annotations carried over by their
words (``python3 -m bench.reader_rebuild DEBATE READER OUT``), to measure what a reader
changes downstream: ``python3 -m bench.source_reading bench/DEBATE OUT`` then compares the
two.

The debate's make.sh is run up to its ``argmap import`` with every ``--reader N`` replaced
by ``--reader READER``; its gold.tsv is then imported with each row's sentence id replaced
by that sentence's words in the shipped project (a ``quote`` column), so each annotation
lands on the sentence of the new reading that holds its words. A row whose words the new
reading does not hold (a line it drops as chrome) is left out, and so are its links; the
count is printed. The debate folder is read, not written: it is copied first.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_READER = re.compile(r"--(?:html-)?reader \d+")
_PROBLEM_LINE = re.compile(r":(\d+):\d+: ")


def rebuild(debate: str, reader: int, out: Path) -> tuple[int, int]:
    """Rebuild ``bench/DEBATE`` into ``out`` with ``reader``: (rows imported, rows left out)."""
    from argmap.errors import ArgmapError
    from argmap.importer import import_annotations
    from argmap.project import Project
    from bench.reader_identity import HELD_OUT

    if debate in HELD_OUT:  # written blind: not rebuilt until measured
        raise SystemExit(f"{debate} is held out this session: not rebuilt")
    source = ROOT / "bench" / debate
    with tempfile.TemporaryDirectory() as tmp:
        here = Path(tmp) / debate
        shutil.copytree(source, here, ignore=shutil.ignore_patterns("seeds", "annotations"))
        script = (here / "make.sh").read_text(encoding="utf-8")
        head = script.split('am import "$HERE/gold.tsv"', 1)[0]
        (here / "make.sh").write_text(_READER.sub(f"--reader {reader}", head), encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run(["bash", str(here / "make.sh"), str(out)], check=True, env=env)
        shipped = Project.open(source)
        rows = list(csv.DictReader((source / "gold.tsv").open(encoding="utf-8"), delimiter="\t"))
        for row in rows:
            sentence = shipped.source(row["source"]).sentence(row.pop("sentence"))
            row["quote"] = shipped.source(row["source"]).text[sentence.start : sentence.end]
        fields = [*rows[0].keys()]
        dropped: set[str] = set()
        os.environ["ARGMAP_ANNOTATOR"] = "gold"
        while True:
            kept = [r for r in rows if r["id"] not in dropped]
            for r in kept:
                for link in ("supports", "attacks"):
                    ids = [i for i in r.get(link, "").split(";") if i and i not in dropped]
                    r[link] = ";".join(ids)
            path = Path(tmp) / "gold-quotes.tsv"
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fields, delimiter="\t")
                writer.writeheader()
                writer.writerows(kept)
            project = Project.open(out, annotator="gold")
            try:
                import_annotations(project, path)
                return len(kept), len(rows) - len(kept)
            except ArgmapError as err:
                bad = {int(m[1]) for m in _PROBLEM_LINE.finditer(str(err))}
                if not bad:
                    raise
                dropped |= {kept[n - 2]["id"] for n in bad if 2 <= n <= len(kept) + 1}


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__)
        return 2
    imported, left = rebuild(argv[0], int(argv[1]), Path(argv[2]))
    print(f"{argv[0]} with reader {argv[1]}: {imported} annotations imported, {left} left out")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
