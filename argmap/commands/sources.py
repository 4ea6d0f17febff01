"""Sources: ``argmap add``, ``sources``, ``sentences`` and ``meta``."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from argmap.cliutil import (
    add_json_option,
    add_project_option,
    open_project,
    print_json,
    print_table,
)
from argmap.errors import UsageError

META_FIELDS = ("title", "author", "outlet", "date", "url", "note")


def _expand(paths: list[str]) -> list[str]:
    """Files as given; a folder stands for the articles directly inside it."""
    from pathlib import Path

    from argmap.readers import IMPORT_SUFFIXES

    out: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.iterdir()
                if p.is_file()
                and p.suffix.lower() in IMPORT_SUFFIXES
                and not p.name.startswith(".")
                and (p.suffix.lower() != ".json" or _transcript_json(p) or _chat_day(p))
            )
            found += _slack_channels(path)
            if not found:
                others = sorted(
                    p.name for p in path.iterdir() if p.is_file() and not p.name.startswith(".")
                )
                held = (
                    f"{len(others)} file{'s' if len(others) != 1 else ''}: "
                    + ", ".join(others[:3])
                    + (", …" if len(others) > 3 else "")
                    if others
                    else "it is empty"
                )
                raise UsageError(
                    f"{path}: no file argmap reads in this folder ({held}); it reads "
                    f"{', '.join(sorted(IMPORT_SUFFIXES))}"
                )
            out.extend(found)
        else:
            out.append(name)
    return out


_DAY_JSON = re.compile(r"\d{4}-\d\d-\d\d\.json", re.IGNORECASE)


def _chat_day(path: Path) -> bool:
    """Whether a ``.json`` file is one day of a chat export's channel (Slack's
    ``CHANNEL/2028-02-12.json``: a list of messages), to add as a source of its own."""
    if not _DAY_JSON.fullmatch(path.name):
        return False
    try:
        head = path.read_bytes()[:4000].lstrip()
    except OSError:
        return True  # added, and refused in one line naming it
    return head.startswith(b"[") and b'"ts"' in head


def _slack_channels(folder: Path) -> list[str]:
    """The day files of every channel of a Slack export ``folder`` (``users.json`` or
    ``channels.json`` beside one folder per channel), channel by channel, day by day; []
    for any other folder."""
    if not ((folder / "channels.json").is_file() or (folder / "users.json").is_file()):
        return []
    return [
        str(day)
        for channel in sorted(p for p in folder.iterdir() if p.is_dir())
        if not channel.name.startswith(".")
        for day in sorted(channel.iterdir())
        if day.is_file() and _chat_day(day)
    ]


def _transcript_json(path: Path) -> bool:
    """Whether a ``.json`` file in a folder is a transcript to add (Whisper's "segments",
    whisper.cpp's "transcription"), not the folder's data or settings."""
    try:
        data = path.read_bytes()
    except OSError:
        return True  # added, and refused in one line naming it
    return b'"segments"' in data or b'"transcription"' in data


def cmd_add(args: argparse.Namespace) -> int:
    """Copy articles into the project and print their ids.

    Each file on its own: a file that cannot be added (unreadable, empty, unsupported)
    leaves nothing of itself and gets one error line; the others are added, and the
    command fails (1). A text already in the project is refused unless ``--force``; among
    several files it is skipped with a note, and the command fails (1) only if nothing was
    left to add.
    """
    from argmap.errors import ArgmapError
    from argmap.project import DuplicateSource

    files = _expand(args.files)
    ids: list[str | None] = list(args.id) if args.id else [None] * len(files)
    if len(ids) != len(files):
        raise UsageError(
            f"{len(ids)} --id for {len(files)} files: give one --id per FILE, in the order of "
            f"the files ({', '.join(Path(f).name for f in files[:6])}"
            f"{', …' if len(files) > 6 else ''}), or none"
        )
    if args.replace is not None:
        if len(files) > 1 or args.id:
            raise UsageError("--replace takes a single FILE, the new version of that source")
        return _replace(args, files[0])
    if args.reader is None:
        from argmap.corpus import READER

        args.reader = READER
    project = open_project(args, strict=False, claims_of=())  # adding reads no claims
    titles: dict[str, str] = {}
    for known in project.sources.values():  # sorted by id: "x" before "x-2"
        if known.meta.title:
            titles.setdefault(known.meta.title.casefold(), known.id)
    added = []
    taken: dict[str, str] = {}  # an added id -> the id it would have had, already taken
    skipped = failed = 0
    refused: list[str] = []  # the files not added, by name, for the summary line
    for path, source_id in zip(files, ids, strict=True):
        try:
            with project.all_or_nothing():
                meta = project.add_source(
                    path,
                    source_id=source_id,
                    encoding=args.encoding,
                    force=args.force,
                    # a chat's day is named by its channel and day (its first line is anyone's)
                    id_from="file" if _chat_day(Path(path)) else args.id_from,
                    html_reader=args.reader,
                )
                doc = project.sources[meta.id]
                added.append((meta, len(doc.sentences), path, source_id is None))
                passed_over = project.ids_passed_over.get(meta.id)
                if passed_over is not None and meta.id.startswith(f"{passed_over}-"):
                    taken[meta.id] = passed_over  # "lemmy-2": no words of its own told them apart
        except DuplicateSource as err:
            if len(files) == 1:
                raise
            print(f"argmap: {err}", file=sys.stderr)
            skipped += 1
        except ArgmapError as err:
            if len(files) == 1:
                raise
            print(f"argmap: {err}", file=sys.stderr)  # one line; the other files go on
            failed += 1
            refused.append(Path(path).name)
    if args.json:
        print_json([{**m.model_dump(by_alias=True), "sentences": n} for m, n, _, _ in added])
    else:
        for meta, n, path, chosen in added:
            print(f"added {meta.id}: {meta.title!r} ({n} sentences)")
            print("  " + _read_meta(meta))
            if chosen and args.id_from == "file":
                hint = _file_id_hint(meta.id, Path(path), args.project)
                if hint:
                    print("  " + hint)
            if meta.left_out:
                print("  " + left_out_line(meta, Path(path).name))
            if meta.speakers:
                n = len(meta.speakers)
                print(f"  kept {n} speaker{'s' if n != 1 else ''} set by hand on the same text")
            twin = titles.get(meta.title.casefold()) if meta.title else None
            if twin is not None and twin != meta.id and not _shares_words(project, meta.id, twin):
                print(
                    f"  source {twin} has the same title but other words: if "
                    f"{Path(path).name} is another document under that title (one form's "
                    f"responses), `argmap meta {meta.id} --title …` gives it its own, or "
                    f"`argmap add --id-from file` names each by its file"
                )
            elif (twin is None or twin == meta.id) and meta.id in taken:
                twin = taken[meta.id]  # another save of the same page (debate22's Lemmy .txt)
                print(
                    f"  id {twin} was taken (by {project.sources[twin].meta.title!r}): if "
                    f"{Path(path).name} is another save of it, `argmap add {path} --replace "
                    f"{twin}` gives {twin} its text instead (its claims follow); then "
                    f"`argmap remove {meta.id}` (this copy)"
                )
            elif twin is not None and twin != meta.id:
                print(
                    f"  source {twin} has the same title: if {Path(path).name} is a newer "
                    f"version of it, `argmap add {path} --replace {twin}` gives {twin} its "
                    f"text instead (its claims follow); then "
                    f"`argmap remove {meta.id}` (this copy)"
                )
            if meta.title:  # a later file of this command with the same title is told too
                titles.setdefault(meta.title.casefold(), meta.id)
        if skipped or failed:  # the refusals scrolled past among the added: one line says
            print(_add_summary(len(files), len(added), skipped, refused))
    return 1 if failed or (skipped and not added) else 0


def _add_summary(files: int, added: int, skipped: int, refused: list[str]) -> str:
    """``add`` of several files where some were not added: how many of each, by name."""
    parts = [f"{added} of {files} files added"]
    if skipped:
        parts.append(f"{skipped} already in the project (--force adds a text again)")
    if refused:
        shown = ", ".join(refused[:5]) + (", …" if len(refused) > 5 else "")
        parts.append(f"{len(refused)} refused ({shown}: why, above)")
    return "; ".join(parts)


def _shares_words(project: Any, sid: str, twin: str) -> bool:
    """Whether half of source ``sid``'s sentences at least are also ``twin``'s (a newer
    version of one text, not another text under the same title)."""
    mine = [" ".join(s.text.split()) for s in project.sources[sid].sentences]
    theirs = {" ".join(s.text.split()) for s in project.sources[twin].sentences}
    return not mine or 2 * sum(t in theirs for t in mine) >= len(mine)


def _replace(args: argparse.Namespace, path: str) -> int:
    """``add FILE --replace ID``: the file's text becomes source ID's; the claims and
    rejections on it follow their sentences and are saved (``argmap reanchor``'s work)."""
    from argmap.cliutil import take_unreported_problems

    project = open_project(args, strict=False, report=False)
    doc = project.source(args.replace)
    before = len(doc.sentences)
    meta = project.replace_text(doc.id, path, encoding=args.encoding, html_reader=args.reader)
    take_unreported_problems()
    project = open_project(args, strict=False, report=False)  # re-anchors against the new text
    report = next((r for r in project.anchor_reports if r.source == meta.id), None)
    saved = project.save_reanchored()
    project.save_placed_rejections()
    after = len(project.sources[meta.id].sentences)
    if args.json:
        moved = report if report is not None and meta.id in saved else None
        print_json(
            {
                **project.sources[meta.id].meta.model_dump(by_alias=True),
                "sentences": after,
                "claims_moved": moved.moved if moved else 0,
                "claims_fuzzy": moved.modified if moved else 0,
                "orphans": list(moved.orphans) if moved else [],
            }
        )
    else:
        print(f"replaced the text of {meta.id} with {path} ({before} -> {after} sentences)")
    if report is not None and meta.id in saved and not args.json:
        orphans = len(report.orphans)
        print(
            f"  claims: {report.moved} moved, {report.modified} re-anchored fuzzily, "
            f"{orphans} orphan{'s' if orphans != 1 else ''} kept"
            + (f" (`argmap orphans {meta.id}` lists them)" if orphans else "")
        )
    for line in project.reanchor_failures:
        print(f"argmap: {line}", file=sys.stderr)
    return 1 if project.reanchor_failures else 0


def cmd_remove(args: argparse.Namespace) -> int:
    """Take a source out of the project (kept in ``removed/``; ``--undo`` brings it back),
    or without SOURCE list the sources removed."""
    from argmap.project import REMOVED_DIR

    if args.with_claims and args.undo:
        raise UsageError("--with-claims removes; --undo brings back: give one")
    project = open_project(args, strict=False)
    if args.undo:
        back = project.restore_source(args.source)
        if args.json:
            print_json(_removal_json(back))
            return 0
        print(f"brought back {back.source}: {back.title!r} ({back.sentences} sentences)")
        if what := _removal_words(back):
            print(f"  with {what}")
        return 0
    if args.source is None:
        kept = project.removed_sources()
        if args.json:
            print_json([{**record, "folder": str(folder)} for folder, record in kept])
        elif not kept:
            print(f"no sources removed ({REMOVED_DIR}/ is empty)")
        else:
            print_table(
                ["id", "title", "removed", "claims"],
                [
                    [
                        r["source"],
                        r.get("title", ""),
                        str(r.get("removed", ""))[:16].replace("T", " "),
                        sum(r.get("claims", {}).values()),
                    ]
                    for _, r in kept
                ],
                title="removed sources (`argmap remove ID --undo` brings one back)",
            )
        return 0
    if dropped := project.drop_gone_source_progress(args.source):
        if args.json:
            print_json({"source": args.source, "progress": dropped})
            return 0
        whose = "; ".join(f"{name}'s {', '.join(kept)}" for name, kept in dropped.items())
        print(
            f"{args.source}: no such source (its files are gone); dropped what progress kept: {whose}"
        )
        return 0
    gone = project.remove_source(args.source, with_claims=args.with_claims)
    if args.json:
        print_json({**_removal_json(gone), "folder": str(gone.folder)})
        return 0
    print(f"removed {gone.source}: {gone.title!r} ({gone.sentences} sentences)")
    if what := _removal_words(gone):
        print(f"  with {what}")
    folder = gone.folder.relative_to(project.root) if gone.folder else REMOVED_DIR
    print(f"  kept in {folder}/: `argmap remove {gone.source} --undo` brings it back")
    return 0


def _removal_json(removal) -> dict:  # type: ignore[no-untyped-def]
    return {
        "source": removal.source,
        "title": removal.title,
        "sentences": removal.sentences,
        "claims": removal.claims,
        "links": removal.links,
        "progress": removal.progress,
    }


def _removal_words(removal) -> str:  # type: ignore[no-untyped-def]
    """ "3 claims (alice 2, bob 1), 1 link from a claim on another source, alice's done
    mark": what went or came back with a source."""
    parts = []
    if n := sum(removal.claims.values()):
        whose = ", ".join(f"{name} {count}" for name, count in removal.claims.items())
        parts.append(f"{n} claim{'s' if n != 1 else ''} ({whose})")
    if removal.links:
        parts.append(
            f"{removal.links} link{'s' if removal.links != 1 else ''} from claims on other sources"
        )
    for name, kept in removal.progress.items():
        parts.append(f"{name}'s {', '.join(kept)}")
    return ", ".join(parts)


def left_out_line(meta, page: str) -> str:  # type: ignore[no-untyped-def]
    """One line on the passages of a page that were not read: "2 passages of page.html
    were not read (e.g. "Beautifully put. This is…"); see `argmap leftout ID`"."""
    from argmap.leftout import preview

    n = len(meta.left_out)
    return (
        f"{n} passage{'s' if n != 1 else ''} of {page} {'were' if n != 1 else 'was'} not read "
        f'(e.g. "{preview(meta.left_out[0])}"); see `argmap leftout {meta.id}`'
    )


def _read_meta(meta) -> str:  # type: ignore[no-untyped-def]
    """What was read of a source's author, outlet and date, and how to set what was not:
    "author Ann Lee · date 2026-11-20 · no outlet: argmap meta ID --outlet …"."""
    found = [f"{k} {getattr(meta, k)}" for k in ("author", "outlet", "date") if getattr(meta, k)]
    missing = [k for k in ("author", "outlet", "date") if not getattr(meta, k)]
    if missing:
        options = " ".join(f"--{k} …" for k in missing)
        found.append(f"no {', no '.join(missing)}: argmap meta {meta.id} {options}")
    return " · ".join(found)


def cmd_sources(args: argparse.Namespace) -> int:
    """List the sources with sentence and claim counts."""
    # Counts only: the files unchanged since they were checked are not read again.
    project = open_project(args, strict=False, claims_of=[], summary=True)
    done = project.done_map()
    by = project.claim_counts()
    rows = []
    for sid, doc in project.sources.items():
        claims = by.get(sid, {})
        rows.append(
            {
                "id": sid,
                "title": doc.meta.title,
                "author": doc.meta.author,
                "outlet": doc.meta.outlet,
                "date": doc.meta.date,
                "sentences": doc.sentence_count,
                "claims": sum(claims.values()),
                "claims_by": dict(sorted(claims.items())),
                "done_by": done.get(sid, []),
                "note": doc.meta.note,
                "path": str(doc.path),
                "added_from": doc.meta.added_from,
            }
        )
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "title", "date", "sentences", "claims", "annotators (✓ done)"],
            [[r["id"], r["title"], r["date"], r["sentences"], r["claims"], _who(r)] for r in rows],
        )
    return 0


def _who(row: dict) -> str:
    """``analyst 27 ✓, bob 2``: claims per annotator, ✓ for those who marked it done."""
    names = sorted(set(row["claims_by"]) | set(row["done_by"]))
    return ", ".join(
        f"{n} {row['claims_by'].get(n, 0)}{' ✓' if n in row['done_by'] else ''}" for n in names
    )


def cmd_sentences(args: argparse.Namespace) -> int:
    """List sources' sentences with ids and offsets (or a template to fill in, ``--tsv``)."""
    # `sentences SOURCE --all` (as builders' briefs write it): those sources, every sentence
    args.all = args.all and not args.source
    if not args.source and not args.all:
        raise UsageError("give one or more SOURCE ids, or --all for every source")
    project = open_project(args, strict=False, claims_of=[] if args.all else args.source)
    docs = list(project.sources.values()) if args.all else [project.source(s) for s in args.source]
    if args.tsv:
        _print_template([(doc.id, doc.meta.added_from, doc.sentences) for doc in docs])
        return 0
    if args.json:
        keys = ("id", "start", "end", "text", "speaker")
        print_json(
            [
                {"source": doc.id, **{k: r[k] for k in keys if k in r}}
                for doc in docs
                for r in (s.model_dump() for s in doc.sentences)
            ]
        )
        return 0
    for doc in docs:
        rows = [s.model_dump() for s in doc.sentences]
        talk = any(s.speaker for s in doc.sentences)  # a transcript: who says each sentence
        print_table(
            ["id", "start", "end", *(["speaker"] if talk else []), "text"],
            [
                [
                    r["id"],
                    r["start"],
                    r["end"],
                    *([r.get("speaker", "")] if talk else []),
                    r["text"],
                ]
                for r in rows
            ],
            title=f"{doc.id}: {doc.title}",
        )
    return 0


TEMPLATE_COLUMNS = (
    "stance",
    "questions",
    "kind",
    "note",
    "voice",
    "label",
    "supports",
    "attacks",
)
"""The columns of a ``sentences --tsv`` template an annotator fills in. A row's own label
(for links between rows; ``import`` reads it as ``id``) is ``label``: beside ``sentence``,
a column named ``id`` was read by a script as the sentence's (debate38)."""


def _print_template(sources: list[tuple[str, str, list]]) -> None:  # type: ignore[type-arg]
    """One row per sentence, to fill in and read back with ``argmap import`` (rows left
    blank are passed over): source, sentence, speaker (empty outside a transcript), text,
    the file the source was added from, then empty columns; one header for all."""
    import csv

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["source", "sentence", "speaker", "text", "file", *TEMPLATE_COLUMNS])
    for source, added_from, sentences in sources:
        for s in sentences:
            text = " ".join(s.text.split())
            out.writerow([source, s.id, s.speaker, text, added_from, *[""] * len(TEMPLATE_COLUMNS)])


_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
LONG_ID = 40
"""Above this many characters an id made from a file's name is said to be long at ``add``
(titles are cut there; a file's whole name is kept, debate21's ids told apart by their end)."""


def _file_id_hint(sid: str, path: Path, project: str | None) -> str:
    """What ``add --id-from file`` did to the file's name that a user does not expect (an
    apostrophe left out, a long id), and how to name the source instead; "" if nothing."""
    said = []
    if _APOSTROPHE.search(path.stem):
        said.append("its apostrophe left out (an id has letters, digits, '.', '_' and '-')")
    if len(sid) > LONG_ID:
        said.append(f"{len(sid)} characters long")
    if not said:
        return ""
    where = f" -p {project}" if project else ""
    return (
        f"id from the file's name, {' and '.join(said)}: before annotating it, `argmap "
        f"remove {sid}{where}` and `argmap add FILE --id SHORTER{where}` names it yourself"
    )


def cmd_meta(args: argparse.Namespace) -> int:
    """Show sources' metadata, or set the fields given on each of them (all or none)."""
    refs = list(dict.fromkeys(args.sources))
    project = open_project(args, strict=False, claims_of=refs)
    fields = {k: getattr(args, k) for k in META_FIELDS}
    fields["author"] = join_authors(args.author)
    docs = [project.source(ref) for ref in refs]  # an unknown id changes none
    ids = list(dict.fromkeys(doc.id for doc in docs))
    setting = any(v is not None for v in fields.values())
    if setting and len(ids) > 1 and fields["title"] is not None:
        raise UsageError(
            f"--title with {len(ids)} sources would give them one title: give one SOURCE "
            "(`argmap batch` runs one `meta` a line)"
        )
    with project.all_or_nothing():
        metas = [project.set_meta(sid, **fields) for sid in ids]
    if args.json or not setting:
        dumped = [meta.model_dump(by_alias=True) for meta in metas]
        print_json(dumped[0] if len(args.sources) == 1 else dumped)
    else:
        for meta in metas:
            changed = [f"{k} {getattr(meta, k)!r}" for k, v in fields.items() if v is not None]
            print(f"updated metadata of {meta.id}: {', '.join(changed)}")
    return 0


def join_authors(names: list[str] | None) -> str | None:
    """The ``author`` field for the names given with ``--author`` (repeated for several):
    joined by ", " as a reader joins a page's bylines, or by "; " when a name holds a comma
    ("Berg, Ana"); ``--author ""`` alone clears it; None when not given."""
    if names is None:
        return None
    if names == [""]:
        return ""
    cleaned = [" ".join(name.split()) for name in names]
    if not all(cleaned):
        raise UsageError(
            "--author: an empty name among several (give --author '' alone to clear the authors)"
        )
    if len(set(cleaned)) != len(cleaned):
        twice = next(n for n in cleaned if cleaned.count(n) > 1)
        raise UsageError(f"--author: {twice!r} given twice")
    return ("; " if any("," in name for name in cleaned) else ", ").join(cleaned)


def cmd_leftout(args: argparse.Namespace) -> int:
    """List the passages of sources' saved pages that their text does not hold."""
    project = open_project(args, strict=False, claims_of=args.source or [])
    if args.clear and not args.source:
        raise UsageError("--clear forgets the passages of the SOURCE ids given: name them")
    docs = [project.source(s) for s in args.source] if args.source else None
    if args.clear:
        for doc in docs or []:
            n = len(doc.meta.left_out)
            project.set_meta(doc.id, left_out=())
            print(f"{doc.id}: forgot {n} passage{'s' if n != 1 else ''} not read")
        return 0
    if docs is None:
        docs = [d for d in project.sources.values() if d.meta.left_out]
        if args.json:
            print_json([{"source": d.id, "left_out": list(d.meta.left_out)} for d in docs])
        elif not docs:
            print("every source's saved page was read whole (no passages left out)")
        else:
            print_table(
                ["id", "title", "passages not read"],
                [[d.id, d.meta.title, len(d.meta.left_out)] for d in docs],
            )
        return 0
    if args.json:
        print_json([{"source": d.id, "left_out": list(d.meta.left_out)} for d in docs])
        return 0
    for doc in docs:
        passages = doc.meta.left_out
        if not passages:
            print(f"{doc.id}: no passages left out")
            continue
        n = len(passages)
        print(f"{doc.id}: {n} passage{'s' if n != 1 else ''} of the saved page not in its text")
        for i, passage in enumerate(passages, 1):
            print(f"\n{i}. {passage}")
        print()
    return 0


def _sentence_ids(doc, spec: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids ``spec`` names: ``s0012``, ``12``, a range ``s0012-s0020`` or ``12-20``, or
    several of them joined by commas."""
    ids: list[str] = []
    for part in spec.split(","):
        first, dash, last = part.strip().partition("-")
        if not dash:
            ids.append(doc.sentence(first).id)
            continue
        a, b = doc.sentence(first).index, doc.sentence(last).index
        if b < a:
            raise UsageError(f"{part!r}: a range runs from the first sentence to the last")
        ids.extend(s.id for s in doc.sentences[a : b + 1])
    return ids


def _runs(doc, ids: list[str]) -> str:  # type: ignore[no-untyped-def]
    """Sentence ids as runs of neighbours: "s0048..s0051, s0070..s0071, s0081" (debate23's
    list of three ranges was said as one, "s0048..s0081 (7 sentences)", read as 34)."""
    order = sorted({doc.sentence(i).index: i for i in ids}.items())
    runs: list[list[tuple[int, str]]] = []
    for index, sid in order:
        if runs and index == runs[-1][-1][0] + 1:
            runs[-1].append((index, sid))
        else:
            runs.append([(index, sid)])
    return ", ".join(r[0][1] if len(r) == 1 else f"{r[0][1]}..{r[-1][1]}" for r in runs)


def cmd_speaker(args: argparse.Namespace) -> int:
    """Set or correct who says sentences of a source, or list the speakers set by hand."""
    project = open_project(args, strict=False, claims_of=[args.source])
    doc = project.source(args.source)
    if args.sentences is None:
        if args.clear or args.name is not None:
            raise UsageError("give the SENTENCES (s0012, s0012-s0020) whose speaker to set")
        stale = {f.sentence for f in doc.stale_speakers()}
        rows = [{**f.model_dump(), "applied": f.sentence not in stale} for f in doc.meta.speakers]
        if args.json:
            print_json(rows)
        elif not rows:
            print(f"{doc.id}: no speakers set by hand (the reader's are used)")
        else:
            print_table(
                ["sentence", "speaker", "text"],
                [
                    [
                        r["sentence"],
                        r["speaker"] or "(nobody)",
                        r["text"]
                        if r["applied"]
                        else f"(not applied: the text changed) {r['text']}",
                    ]
                    for r in rows
                ],
                title=f"{doc.id}: speakers set by hand",
            )
        return 0
    if args.clear == (args.name is not None):
        raise UsageError('give the speaker\'s NAME ("" for nobody), or --clear')
    ids = _sentence_ids(doc, args.sentences)
    before = {s.id: s.speaker for s in doc.sentences}
    done = project.set_speaker(doc.id, ids, None if args.clear else args.name)
    if args.json:
        print_json([{"id": s.id, "speaker": s.speaker, "text": s.text} for s in done])
        return 0
    span = ids[0] if len(ids) == 1 else f"{_runs(doc, ids)} ({len(ids)} sentences)"
    was = sorted({before[i] or "nobody" for i in ids})
    now = done[0].speaker if len({s.speaker for s in done}) == 1 else "their reader's speakers"
    print(f"{doc.id} {span}: said by {now or 'nobody'} (was {', '.join(was)})")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``add``, ``sources``, ``sentences`` and ``meta`` to the CLI."""
    p = subparsers.add_parser(
        "add",
        help="add articles (.txt, .md, .html files, e-mails, mailboxes, captions, transcripts, "
        "feeds, notes, office files, or folders of them) to the project",
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a file, or a folder: the files in it argmap reads; a Slack export's folder "
        "(users.json, channels.json, a folder per channel) adds each channel's days, one "
        "source a day (id CHANNEL-DAY)",
    )
    p.add_argument(
        "--id",
        action="append",
        help="source id (default from the title); with several files, one --id per file, "
        "in their order",
    )
    p.add_argument(
        "--id-from",
        choices=["title", "file"],
        default="title",
        help="make ids from each title (default; cut at 40 characters where a phrase ends) or "
        "each whole file name (raw/chf-brief.md: chf-brief; up to 72 characters, an "
        "apostrophe left out: `add` says so, and --id ID names a single file yourself)",
    )
    p.add_argument("--encoding", default="utf-8", help="encoding of the files (default utf-8)")
    p.add_argument(
        "--reader",
        "--html-reader",
        dest="reader",
        type=int,
        choices=[
            1,
            2,
            3,
            4,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            16,
            17,
            18,
        ],  # argmap.readers.READERS (not imported: the CLI starts fast)
        default=None,  # argmap.readers.READER; with --replace, the source's own
        help="how the files are read: 18 (default) also reads a hard-wrapped transcript's "
        "turns whole, a hearing's 'Q101 THE CHAIR' as the chair, a news script's clips and "
        "cues, a row of tick boxes as the option ticked, 'Sect. 7' and 'incl. on' as no "
        "sentence end, a chat message's sentences, an SMF forum's and PubPeer's writers, an "
        "interview's marked questions and answers, a minute's numbered paragraphs, a Matrix "
        "reply without its quote, a JATS article (.xml) and a reading app's page by the "
        "publication it shows; 17 also reads a chat's senders from their heads "
        "(Slack, Discord, Otter's 'Name (role)  07:18'), a vox pop's numbered voices, every "
        "item of a podcast feed, a Word draft's comments and a PDF's footnotes where they are "
        "marked; 16 also reads the comments and replies no "
        "rule read (a Facebook group's, Bluesky's, Medium's, a Google Docs export's), each by "
        "its writer, the writers a page's markup names (LinkedIn, TikTok, a petition's "
        "reasons) as speakers, and no 'On X:' topic or reaction count as a speaker or "
        "sentence; 15 also reads a debate record's every speech "
        "(interjections in place, procedure lines nobody's), an FAQ's questions and collapsed "
        "answers, a live blog's headlines and each entry's writer, a nested reply by its "
        "writer, footnote marks ending their sentence, a judgment's head block, a Word "
        "paper's Title and 'Adopted on' date, an open letter's signatories as its author, a "
        "Zoom chat's messages and an e-mail's 8-bit text as written; "
        "14 also reads a phone-in's callers labelled "
        'after the time ("[09:14] Caller (Arne, Brennholm):"), with two places or "from" a '
        "place, a minute's speakers by its list of who was present (labels and reported "
        "speech, each ending with its paragraph), a response form's respondent, date and "
        "reference, its chosen options only, a letter's signature as its author, an author "
        'without its byline label ("From", "Text:") or profile address, "Taken by NAME" as a '
        'note\'s author and "exhibit A. On Tuesday" as two sentences; 13 also reads threads '
        "whose writers only "
        "an attribute, a heading or a profile link names (review pages, mail groups, "
        "petitions, video comments, planning portals, travel forums), replies after what they "
        "answer, a bold lead with its sentence, a Whisper transcript's title from its file "
        "name and a Word page's subtitle in its title; 12 also reads a thread of any kind by its "
        "shape (each post's writer as the speaker: Lemmy, YouTube, GitHub, Bluesky, forums, "
        "photo posts), LaTeX (.tex), a phone-in's \"NAME, TOWN:\" callers, a form's chosen "
        'options and "Q1." with its question, mailboxes (.mbox, and an mbox or a list digest '
        "saved as .txt) as threads with each sender as the speaker, Whisper and WhisperX "
        "transcripts (.json) with their speakers, Evernote notes (.enex and their HTML "
        "export), a two-column PDF's text by column, Logseq pages and Word's filtered web "
        "pages; "
        "11 also reads comment threads (Substack, "
        "WordPress, Stack Exchange, Coral, Disqus, Facebook, LinkedIn, Tumblr notes) and "
        "posts (Stack Exchange, Discourse, a Tumblr reblog trail) with each writer as the "
        "speaker; 10 also reads Jupyter notebooks (.ipynb: "
        "their Markdown cells), X threads, travel forums, LinkedIn comments, letters pages "
        "and Telegram exports with each writer as the speaker, writers whose names have an "
        "'&', a Telegram export's reactions and poll options as no sentences, and a PDF's "
        "running heads and page breaks; "
        "9 also reads Word (.docx), OpenDocument "
        "(.odt), saved web pages (.mhtml, .mht) and rich text (.rtf), interjections in "
        "records of sittings, Hacker News and wiki talk threads with their writers, "
        "petitions' starters and comments, consultation responses' chosen options and "
        "EPUB endnotes; 8 also reads e-mails saved whole (.eml), "
        "captions (.vtt, .srt), feeds (.xml), Org notes (.org), EPUB chapters (.xhtml), chat "
        "exports, Notion and Obsidian notes, caption transcripts, PDF letterheads, records "
        "of sittings, scholarly pages' citation fields, print views, Wayback captures, "
        "forum threads, comments and Bluesky threads with their writers; 7 also reads "
        "Markdown front matter, a "
        "letterhead in capitals, a head block of Key: value lines and an e-mail's header and "
        "signature as metadata, a pasted PDF's running heads and hyphens, a transcript's "
        "timestamps and timed turn heads, a social thread's comments with their writers "
        "(LinkedIn, Mastodon, old Reddit, pasted), and AMP, Google Docs and LibreOffice "
        "exports; 6 also reads an HTML heading or standfirst "
        "as one sentence, a page's declared charset, Substack, Discourse, wiki and e-mail "
        "pages, a parliament report's masthead, pasted blog text and a press statement's "
        "letterhead; 5 also reads the page's own date (never "
        "one from a sentence), letterheads, notes' and transcripts' header lines as "
        "metadata, drops press releases' ENDS and notes to editors, task-list markers, "
        "photo credits and the chrome of Medium, Blogger and government pages; 4 reads a text's datelines, bylines, "
        "bare author lines, bios, letters' salutations and signatures and a speech's "
        "heading as metadata, a title with a full stop inside as one sentence, and drops "
        "more of a web page's byline and chrome; 3 reads Markdown tables as their cells, "
        "a memo's From/To/Subject header and an Authors: line as metadata, a transcript's "
        "NAME: labels as speakers, and WordPress bylines; 2 reads as argmap did before that "
        "and 1 reads HTML pages as before furniture was dropped (to rebuild a project "
        "annotated with an older reader: its sentence ids and metadata stay the same)",
    )
    p.add_argument(
        "--force", action="store_true", help="add a text even if the project already has it"
    )
    p.add_argument(
        "--replace",
        metavar="ID",
        help="FILE is a newer version of source ID: its text replaces ID's (same id and "
        "metadata, same reader; claims and rejections follow their sentences, and those "
        "whose words are gone are kept as orphans)",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_add)

    p = subparsers.add_parser(
        "remove",
        help="take a source out of the project (a page added by mistake, a second save); kept "
        "in removed/ with its claims: --undo brings it back; no SOURCE: list the removed",
    )
    p.add_argument("source", metavar="SOURCE", nargs="?", help="source id or unique prefix")
    p.add_argument(
        "--with-claims",
        action="store_true",
        help="remove it even though it has claims (they, and links to them from other "
        "sources' claims, are kept with it)",
    )
    p.add_argument(
        "--undo",
        action="store_true",
        help="bring SOURCE back (without SOURCE: the one removed last), with its claims, "
        "links and progress",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_remove)

    p = subparsers.add_parser("sources", help="list sources with sentence and claim counts")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_sources)

    p = subparsers.add_parser("sentences", help="list sources' sentences with ids and offsets")
    p.add_argument("source", metavar="SOURCE", nargs="*", help="source ids or unique prefixes")
    p.add_argument(
        "--all",
        action="store_true",
        help="every source of the project (with SOURCE ids: only those, every sentence)",
    )
    p.add_argument(
        "--tsv",
        action="store_true",
        help="one line per sentence (source, sentence, speaker, text, the file it was added "
        "from) with empty stance, "
        "questions, kind, note, voice, label (a row's own, for links), supports and attacks "
        "columns, one header for all the "
        "sources: fill in the sentences you annotate and read the file back with `argmap "
        "import` (rows left blank are passed over)",
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_sentences)

    p = subparsers.add_parser(
        "leftout",
        help="list the passages of sources' saved pages that were not read (argued text a "
        "reader missed: paste it as a note, save the page another way, or report it)",
    )
    p.add_argument(
        "source",
        metavar="SOURCE",
        nargs="*",
        help="source ids (default: the sources that have any)",
    )
    p.add_argument(
        "--clear", action="store_true", help="forget the SOURCE's passages once dealt with"
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_leftout)

    p = subparsers.add_parser(
        "speaker",
        help="set or correct who says sentences of a source (kept over its reader's speakers; "
        "without SENTENCES: the speakers set by hand)",
    )
    p.add_argument("source", metavar="SOURCE")
    p.add_argument(
        "sentences",
        metavar="SENTENCES",
        nargs="?",
        help="s0012, 12, a range s0012-s0020, or several joined by commas",
    )
    p.add_argument("name", metavar="NAME", nargs="?", help='who says them ("" for nobody)')
    p.add_argument(
        "--clear", action="store_true", help="give the sentences back their reader's speaker"
    )
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_speaker)

    p = subparsers.add_parser(
        "meta",
        help="show or set sources' metadata and position note",
        description="Show a source's metadata, or set the fields given. Several SOURCEs get "
        "the same values (`meta a b c --outlet 'Hollin Bay Herald'`), all or none; for "
        "values of their own, one `meta` a line in `argmap batch FILE` runs them in one "
        "process.",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    for name in META_FIELDS:
        if name == "author":
            p.add_argument(
                "--author",
                action="append",
                metavar="NAME",
                help="who wrote it; repeat for several, each with its part if you like "
                "(--author 'Ana Ruiz (asks)' --author 'Tomas Berg (answers)'); '' clears",
            )
        else:
            p.add_argument(f"--{name}")
    add_project_option(p)
    add_json_option(p)
    p.set_defaults(func=cmd_meta)
