"""What each reader makes of a debate's raw pages against its gold annotations, speakers
included (``python3 -m bench.reader_voices [READER ...]``, default 8 and 9, on debate14 and
debate15; ``--debates debate12,debate13`` for others).

Each page in ``raw/`` is read as ``argmap add --reader N`` reads it (a SubRip file as
windows-1252, as the debates' make.sh do) and compared with the shipped project:

- sentences: how many the reader makes (fewer is better when what goes is chrome);
- quotes found: gold quotes (``annotations/*.jsonl``) that one sentence holds whole,
  whitespace, curly or straight quotation marks, a note mark ("…falls.1") and Obsidian
  link brackets aside (the builders annotated the text they could add: a mail client's
  text, a copy of the EPUB chapter as HTML);
- voices right: of the found quotes whose note names a voice ("voice: kestrel_ops",
  "voice: the Government (Vikström)", "voice: Farrant's interjection"), those whose
  sentence's speaker has that voice's first name-like word; a voice the note only
  describes ("voice: an angler") counts as not right for every reader alike;
- fields: title, author, outlet and date against the seed's ``.meta.json`` (the builder's
  ``argmap meta`` edits), where the page has a seed of its id.

A Telegram Desktop export (a folder) is read from its ``messages.html``, a WhatsApp export
(a folder) from its ``_chat.txt``, as the builders added them.

These debates are the readers' tuning data (held out from reader 8, not from reader 9):
no held-out figure. Never name a debate that is being held out (bench.reader_identity's
``HELD_OUT``).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "author", "outlet", "date")
_NOTE_MARK = re.compile(r"(?<=[.!?\"”’)])\d{1,2}\b")
_QUOTES = str.maketrans("“”‘’", "\"\"''")
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]")


def _norm(text: str) -> str:
    text = text.translate(_QUOTES)
    return " ".join(_NOTE_MARK.sub("", _WIKI_LINK.sub(r"\1", text)).split())


def _voice(note: str) -> str:
    """The name a gold note gives as the voice ("" when it names none)."""
    m = re.search(r"voice: ([^;]+)", note)
    if not m:
        return ""
    voice = m[1].strip()
    if voice.startswith("the "):
        inside = re.search(r"\(([^)]+)\)", voice)
        voice = inside[1] if inside else ""
    return re.sub(r"\(.*?\)", "", voice).split(",")[0].strip()


def _names(voice: str, speaker: str) -> bool:
    """Whether ``speaker`` names ``voice``: its first word of three letters or more
    ("Farrant's interjection": Farrant; "Lars Veil reporting …": Lars) is a word of it."""
    word = next((w for w in re.findall(r"[^\W\d_][\w-]*", voice) if len(w) >= 3), "")
    word = re.sub(r"['’]s$", "", word)
    return (
        bool(word)
        and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", speaker, re.I) is not None
    )


def _gold(debate: Path) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for path in sorted((debate / "annotations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "anchor" in row:
                out.setdefault(row["source"], []).append(
                    (row["anchor"]["exact"], row.get("note", ""))
                )
    return out


def _ids(debate: Path) -> dict[str, str]:
    """A raw page's source id when make.sh gives it one (``--id``)."""
    make = (debate / "make.sh").read_text(encoding="utf-8").replace("\\\n", " ")
    ids: dict[str, str] = {}
    for line in make.splitlines():
        m = re.search(r"\badd\b.*--id (\S+)", line)
        if m:
            for page in (debate / "raw").iterdir():
                if page.name in line:
                    ids.setdefault(page.name, m[1].strip("'\""))
    return ids


def measure(reader: int, debates: list[str], show: bool = False) -> dict[str, int]:
    """The counts above for ``reader`` on ``debates``' raw pages."""
    from argmap import readers as corpus
    from argmap.errors import ArgmapError
    from argmap.project import prepare_source

    tot = dict.fromkeys(("pages", "sentences", "quotes", "found", "voiced", "right"), 0)
    tot.update(fields=0, fields_wrong=0)
    for name in debates:
        debate = ROOT / "bench" / name
        gold, ids = _gold(debate), _ids(debate)
        for page in sorted((debate / "raw").iterdir()):
            sid = ids.get(page.name) or re.sub(r"[^a-z0-9]+", "-", page.stem.lower()).strip("-")
            encoding = "windows-1252" if page.suffix == ".srt" else "utf-8"
            # a Telegram Desktop export is a folder: its messages.html, as argmap's error says
            path = page / "messages.html" if (page / "messages.html").is_file() else page
            # a WhatsApp export is a folder too: its _chat.txt, as the builders added it
            path = page / "_chat.txt" if (page / "_chat.txt").is_file() else path
            try:
                prepared = prepare_source(path, encoding=encoding, html_reader=reader)
            except ArgmapError as err:
                print(f"  reader {reader} {name} {page.name}: {err}")
                continue
            tot["pages"] += 1
            recorded = corpus.recorded_reader(reader)
            rows = corpus.sentence_rows(
                prepared.text, markdown=prepared.suffix in (".md", ".markdown"), reader=recorded
            )
            tot["sentences"] += len(rows)
            texts = [(_norm(r.text), r.speaker) for r in rows]
            for quote, note in gold.get(sid, []):
                tot["quotes"] += 1
                speaker = next((sp for text, sp in texts if _norm(quote) in text), None)
                if speaker is None:
                    if show:
                        print(f"  reader {reader} {sid}: lost {quote[:70]!r}")
                    continue
                tot["found"] += 1
                voice = _voice(note)
                if voice:
                    tot["voiced"] += 1
                    if _names(voice, speaker):
                        tot["right"] += 1
                    elif show:
                        print(f"  reader {reader} {sid}: voice {voice!r}, speaker {speaker!r}")
            seed = debate / "seeds" / f"{sid}.meta.json"
            if seed.exists():
                want = json.loads(seed.read_text(encoding="utf-8"))
                info = prepared.info
                got = {
                    "title": info.get("title") or corpus.guess_title(prepared.text, recorded),
                    "author": info.get("author") or corpus.guess_author(prepared.text, recorded),
                    "outlet": info.get("outlet") or corpus.guess_outlet(prepared.text, recorded),
                    "date": info.get("date", "")[:10] or corpus.guess_date(prepared.text, recorded),
                }
                for field in FIELDS:
                    tot["fields"] += 1
                    if got[field] != (want.get(field) or ""):
                        tot["fields_wrong"] += 1
                        if show:
                            print(
                                f"  reader {reader} {sid} {field}: {got[field]!r}, set {want.get(field)!r}"
                            )
    return tot


def main(argv: list[str]) -> int:
    from bench.reader_identity import HELD_OUT

    debates = ["debate14", "debate15"]
    if "--debates" in argv:
        at = argv.index("--debates")
        debates = argv[at + 1].split(",")
        argv = argv[:at] + argv[at + 2 :]
    show = "--show" in argv
    readers = [int(a) for a in argv if a != "--show"] or [8, 9]
    held = [d for d in debates if d in HELD_OUT]
    if held:
        print(f"refused: {', '.join(held)} held out (bench.reader_identity.HELD_OUT)")
        return 2
    for reader in readers:
        t = measure(reader, debates, show)
        print(
            f"reader {reader} on {'+'.join(debates)} ({t['pages']} pages): {t['sentences']} "
            f"sentences; gold quotes found {t['found']} of {t['quotes']}; voices right "
            f"{t['right']} of {t['voiced']}; fields wrong {t['fields_wrong']} of {t['fields']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
