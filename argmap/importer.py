"""Importing annotations from a file written in a spreadsheet or by a script.

A CSV (comma) or TSV (tab) file with a header row, or JSON Lines (one object per line),
one annotation per row: where it is (``source`` and ``sentence``, ``quote`` or
``start``/``end``), its ``stance``, ``questions``, ``kind``, ``note`` and ``voice``, and its
links (``supports``/``attacks``: the ``id`` of other rows, or ids of claims already in the
project). The columns are those ``argmap export --format csv`` writes, so an export can be
read back. The whole file is checked against the codebook and the sources before anything
is saved; every problem is one line ``FILE:LINE:COLUMN: …`` (the column counted from 1).
Then it is saved as one edit through :meth:`argmap.project.Project.annotate_many`: a row
on words the annotator has annotated already updates that claim, so importing the same
file again changes nothing.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap.anchoring import find_quote
from argmap.errors import ArgmapError, InvalidFile, UsageError, choices, read_user_file, unknown
from argmap.model import KINDS, VOICE_MAX, annotator_name, voice_name

if TYPE_CHECKING:
    from argmap.model import Claim
    from argmap.project import Project

COLUMNS: tuple[str, ...] = (
    "id",
    "source",
    "sentence",
    "quote",
    "start",
    "end",
    "stance",
    "questions",
    "kind",
    "note",
    "voice",
    "supports",
    "attacks",
    "annotator",
)
"""The columns read; ``source``, ``stance`` and ``questions`` are required, and a place:
``sentence``, ``quote`` (alone or inside the ``sentence``) or ``start`` and ``end``."""
IGNORED: tuple[str, ...] = ("source_title", "question_labels", "text", "speaker", "file")
"""Columns of the CSV export that only repeat what the ids say, and the sentence's words
that ``argmap sentences SOURCE --tsv`` writes for the annotator to read (and its file)."""
FILLED: tuple[str, ...] = (
    "stance",
    "questions",
    "kind",
    "note",
    "voice",
    "supports",
    "attacks",
    "id",
)
"""The columns an annotator fills in: a row with none of them (a sentence of a
``sentences --tsv`` template left as it was) is not an annotation and is passed over."""
ALIASES = {"question": "questions", "label": "id", "claim": "id"}
SUFFIXES = {".csv": ",", ".tsv": "\t", ".tab": "\t", ".jsonl": None, ".ndjson": None}
_SPLIT = re.compile(r"[;,|\s]+")
MAX_PROBLEMS = 20
"""Problems shown at most by an import (the command line shows 21 lines before it cuts);
``--check`` lists them all."""
QUESTION_RULE = (
    "every claim bears on at least one question (a claim on none would be in no cell of the "
    "matrix and no export)"
)
"""Why a row needs a question, said once where rows with none are refused."""


def _voice_problem(voice: str) -> str:
    """Why ``voice`` cannot be a claim's voice, or "" when it can."""
    if "\t" in voice or "\n" in voice.strip():
        return f"voice {voice!r}: one line, no tabs"
    if len(voice_name(voice)) > VOICE_MAX:
        return f"voice of {len(voice_name(voice))} characters: at most {VOICE_MAX}"
    return ""


@dataclass
class Row:
    """One annotation as read: its line, and per column its value and column number."""

    line: int
    cells: dict[str, tuple[Any, int]]

    @property
    def blank(self) -> bool:
        """Nothing filled in: a template's sentence left unannotated."""
        return not any(self.get(name) for name in FILLED)

    def get(self, name: str) -> str:
        value = self.cells.get(name, ("", 0))[0]
        return value.strip() if isinstance(value, str) else value

    def column(self, name: str) -> int:
        return self.cells.get(name, ("", 1))[1] or 1


@dataclass
class ImportReport:
    """What an import did (or, checked only, would do)."""

    rows: int = 0
    blank: int = 0
    """Rows with nothing filled in (a ``sentences --tsv`` template's other sentences)."""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    links_added: int = 0
    links: int = 0
    annotator: str = ""
    claims: list[Claim] = field(default_factory=list)


def _header_name(raw: str) -> str:
    name = raw.strip().lstrip("\ufeff").lower().replace(" ", "_").replace("-", "_")
    return ALIASES.get(name, name)


def read_rows(path: Path) -> list[Row]:
    """The rows of an annotation file; format problems raise :class:`InvalidFile`."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        sheet = suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".numbers")
        raise UsageError(
            f"{path}: unsupported file type {suffix or '(none)'!r} "
            f"(supported: {choices(list(SUFFIXES))})"
            + ("; save the sheet as CSV or TSV from the spreadsheet" if sheet else "")
        )
    data = read_user_file(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise InvalidFile(
            [
                f"{path}:{line}:{column}: not valid UTF-8 (byte 0x{data[err.start]:02x}); save it as UTF-8"
            ]
        ) from None
    delimiter = SUFFIXES[suffix]
    return _read_jsonl(path, text) if delimiter is None else _read_table(path, text, delimiter)


def _read_table(path: Path, text: str, delimiter: str) -> list[Row]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[Row] = []
    problems: list[str] = []
    previous = 0
    try:
        for record in reader:
            line, previous = previous + 1, reader.line_num
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [_header_name(cell) for cell in record]
                problems += _check_header(path, line, header)
                continue
            if len(record) > len(header) and any(c.strip() for c in record[len(header) :]):
                problems.append(
                    f"{path}:{line}:{len(header) + 1}: more cells than the header has columns "
                    f"({len(header)})"
                )
                continue
            cells = {
                name: (value, i + 1)
                for i, (name, value) in enumerate(zip(header, record, strict=False))
                if name not in IGNORED
            }
            rows.append(Row(line, cells))
    except csv.Error as err:
        raise InvalidFile([f"{path}:{reader.line_num}:1: {err}"]) from None
    if header is None:
        raise InvalidFile([f"{path}:1:1: no header row (columns: {', '.join(COLUMNS)})"])
    if problems:
        raise InvalidFile(problems)
    return rows


def _check_header(path: Path, line: int, header: list[str]) -> list[str]:
    out = []
    seen: set[str] = set()
    for i, name in enumerate(header):
        if name in seen:
            out.append(f"{path}:{line}:{i + 1}: column {name!r} twice")
        seen.add(name)
        if name and name not in COLUMNS and name not in IGNORED:
            out.append(
                f"{path}:{line}:{i + 1}: unknown column {name!r} (columns: {choices(COLUMNS)})"
            )
    for name in ("source", "stance", "questions"):
        if name not in seen:
            out.append(f"{path}:{line}:1: no {name!r} column (columns: {choices(COLUMNS)})")
    if not seen & {"sentence", "quote", "start"}:
        out.append(f"{path}:{line}:1: no 'sentence', 'quote' or 'start'/'end' column")
    return out


def _read_jsonl(path: Path, text: str) -> list[Row]:
    rows: list[Row] = []
    problems: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{path}:{number}:{err.colno}: not JSON: {err.msg}")
            continue
        if not isinstance(obj, dict):
            problems.append(f'{path}:{number}:1: not a JSON object ({{"source": …}})')
            continue
        cells: dict[str, tuple[Any, int]] = {}
        for key, value in obj.items():
            name = _header_name(str(key))
            column = line.find(json.dumps(key)) + 1 or 1
            if name in IGNORED:
                continue
            if name not in COLUMNS:
                problems.append(
                    f"{path}:{number}:{column}: unknown field {key!r} (fields: {choices(COLUMNS)})"
                )
                continue
            cells[name] = (value, column)
        rows.append(Row(number, cells))
    if problems:
        raise InvalidFile(problems)
    return rows


def _values(value: Any) -> list[str]:
    """A cell holding several ids: a list, or text separated by ``;``, ``,``, ``|`` or spaces."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v for v in _SPLIT.split(str(value)) if v]


def _offset(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else None


@dataclass
class _Checked:
    specs: list[dict[str, Any]]
    links: list[tuple[int, str, int | str]]


def check_rows(
    project: Project,
    path: Path,
    rows: list[Row],
    annotator: str,
    *,
    default_questions: tuple[str, ...] = (),
    every_problem: bool = False,
) -> _Checked:
    """Each row checked against the codebook and the sources; every problem is collected
    (one line each, ``FILE:LINE:COLUMN``) and raised together as :class:`InvalidFile`:
    the first :data:`MAX_PROBLEMS`, or all with ``every_problem``. A row whose questions
    cell is empty takes ``default_questions`` (a question for the debate as a whole)."""
    problems: list[str] = []
    specs: list[dict[str, Any]] = []
    spans: dict[tuple[str, int, int], int] = {}
    row_ids: dict[str, tuple[int, int]] = {}  # row id -> (spec index, line)
    pending_links: list[tuple[Row, int, str, str, int]] = []
    stances = project.codebook.stance_ids
    questions = project.codebook.question_ids
    index = project.claim_index
    unquestioned = 0

    def problem(row: Row, column: str, message: str) -> None:
        problems.append(f"{path}:{row.line}:{row.column(column)}: {message}")

    for row in rows:
        before = len(problems)
        for name, (value, _) in row.cells.items():
            if name not in ("start", "end", "questions", "supports", "attacks") and not isinstance(
                value, str | type(None)
            ):
                problem(row, name, f"{name}: a text is needed, not {json.dumps(value)}")
        if len(problems) > before:
            continue
        who = row.get("annotator")
        if who and annotator_name(who) != annotator:
            problem(
                row,
                "annotator",
                f"this row is {who}'s reading, not {annotator}'s: import it with "
                f"--annotator {who}, or empty the column",
            )
        doc = None
        ref = row.get("source")
        if not ref:
            problem(row, "source", "no source id")
        else:
            try:
                doc = project.source(ref)
            except ArgmapError as err:
                problem(row, "source", str(err))
        stance = row.get("stance")
        if stance not in stances:
            problem(row, "stance", unknown("stance", stance, stances))
        qs = _values(row.get("questions")) or list(default_questions)
        if not qs:
            problem(row, "questions", f"no question (valid: {choices(questions)})")
            unquestioned += 1
        for q in qs:
            if q not in questions:
                problem(row, "questions", unknown("question", q, questions))
        kind = row.get("kind") or "claim"
        if kind not in KINDS:
            problem(row, "kind", f"unknown kind {kind!r} (valid: {choices(KINDS)})")
        spec: dict[str, Any] = {
            "stance": stance,
            "questions": qs,
            "kind": kind,
            "note": row.get("note") or None,
            "voice": row.get("voice") or None,
        }
        voice_problem = _voice_problem(str(row.get("voice") or ""))
        if voice_problem:
            problem(row, "voice", voice_problem)
        span = _place(row, doc, spec, problem) if doc is not None else None
        rid = str(row.get("id") or "")
        if rid:
            if rid in row_ids:
                problem(row, "id", f"id {rid!r} is also the id of line {row_ids[rid][1]}")
            else:
                row_ids[rid] = (len(specs), row.line)
        for relation in ("supports", "attacks"):
            for target in _values(row.get(relation)):
                pending_links.append((row, len(specs), relation, target, row.line))
        if len(problems) > before or doc is None or span is None:
            specs.append({})  # keeps indices aligned; never saved (problems raise first)
            continue
        key = (doc.id, *span)
        if key in spans:
            problem(
                row,
                "sentence" if "sentence" in row.cells else "quote",
                f"the same words as line {spans[key]}: one reading per span",
            )
        spans.setdefault(key, row.line)
        spec["source"] = doc.id
        specs.append(spec)
    links: list[tuple[int, str, int | str]] = []
    for row, i, relation, target, _ in pending_links:
        if target in row_ids:
            j = row_ids[target][0]
            if j == i:
                problem(row, relation, f"a row cannot {relation[:-1]} itself ({target!r})")
            links.append((i, relation, j))
        elif target in index:
            links.append((i, relation, target))
        else:
            problem(
                row,
                relation,
                f"{relation} {target!r}: no row of this file has that id, and no claim of "
                "the project",
            )
    if problems:
        head = f"{path}:"
        rows_wrong = len({p[len(head) :].split(":")[0] for p in problems if p.startswith(head)})
        shown = MAX_PROBLEMS - 1 - (unquestioned > 0)  # with the lines below: 21, the CLI's
        if len(problems) > shown + 1 and not every_problem:
            more = len(problems) - shown
            problems = [
                *problems[:shown],
                f"{path}: {more} more problems not shown: `argmap import {path} --check` "
                "lists them all",
            ]
        if unquestioned:  # the way out, once: a general verdict bears on no one question
            problems.append(
                f"{path}: {unquestioned} row{'s' if unquestioned != 1 else ''} with no "
                f"question: {QUESTION_RULE}; give each the question it argues, or give a "
                "verdict on the whole debate a question of its own (`argmap codebook "
                "add-question overall --label Overall --text '…?'`) and `argmap import "
                f"{path} --question overall` gives it to every row whose cell is empty"
            )
        # what became of the good rows: a file is imported whole or not at all
        problems.append(
            f"{path}: nothing imported: {rows_wrong} row{'s' if rows_wrong != 1 else ''} "
            "to fix (a file is imported whole or not at all)"
        )
        raise InvalidFile(problems)
    return _Checked(specs, links)


def _place(row: Row, doc: Any, spec: dict[str, Any], problem: Any) -> tuple[int, int] | None:
    """Where the row's annotation stands, as ``spec`` gives it to ``annotate``."""
    sentence_ref = str(row.get("sentence") or "")
    quote = row.get("quote") or ""
    start, end = row.get("start"), row.get("end")
    if start not in ("", None) or end not in ("", None):
        s, e = _offset(start), _offset(end)
        if s is None or e is None or not 0 <= s < e <= len(doc.text):
            problem(row, "start", f"start {start!r}, end {end!r}: not a span of {doc.id}")
            return None
        if quote and " ".join(doc.text[s:e].split()) != " ".join(str(quote).split()):
            problem(row, "quote", f"the quote is not the text at {s}-{e} of {doc.id}")
            return None
        spec["span"] = (s, e)
        return s, e
    sentence = None
    if sentence_ref:
        try:
            sentence = doc.sentence(sentence_ref.rstrip("+"))
        except ArgmapError as err:
            problem(row, "sentence", str(err))
            return None
    if quote:
        hits = find_quote(doc.text, str(quote))
        if sentence is not None:
            hits = [(s, e) for s, e in hits if sentence.start <= s and e <= sentence.end]
        where = f"{doc.id} {sentence.id}" if sentence is not None else doc.id
        if not hits:
            problem(row, "quote", f"quote not found in {where}: {str(quote)[:60]!r}")
            return None
        if len(hits) > 1:
            problem(
                row,
                "quote",
                f"quote occurs {len(hits)} times in {where}; give its sentence or a longer quote",
            )
            return None
        spec["span"] = hits[0]
        return hits[0]
    if sentence is None:
        problem(row, "sentence", "no place: give a sentence, a quote, or start and end")
        return None
    spec["sentence"] = sentence.id
    return sentence.start, sentence.end


def import_annotations(
    project: Project,
    path: Path | str,
    *,
    check: bool = False,
    default_questions: tuple[str, ...] | list[str] = (),
) -> ImportReport:
    """Import the annotations of ``path`` as the project's annotator, all or none.

    With ``check`` nothing is saved: the file is only checked, and every problem is
    listed. Rows on words the annotator has annotated already update those claims; links
    already there are kept once. A row whose questions cell is empty takes
    ``default_questions`` (each checked against the codebook first).
    """
    path = Path(path)
    annotator = project.annotator
    if annotator == project.config.reference_annotator:
        raise UsageError(
            f"you are annotating as {annotator}: the reference annotation changes only "
            "through adjudication"
        )
    questions = project.codebook.question_ids
    for q in default_questions:
        if q not in questions:
            raise UsageError(f"--question: {unknown('question', q, questions)}")
    every = read_rows(path)
    rows = [r for r in every if not r.blank]
    checked = check_rows(
        project,
        path,
        rows,
        annotator,
        default_questions=tuple(dict.fromkeys(default_questions)),
        every_problem=check,
    )
    report = ImportReport(
        rows=len(rows), blank=len(every) - len(rows), links=len(checked.links), annotator=annotator
    )
    if check:
        return report
    mine_before = {c.id: c for c in project.claims(annotator=annotator)}
    claims = project.annotate_many(
        checked.specs, checked.links, label=f"import {len(rows)} annotations from {path.name}"
    )
    reading = {"modified", "relations"}
    for c in claims:
        old = mine_before.get(c.id)
        if old is None:
            report.new += 1
            report.links_added += len(c.relations)
            continue
        if old.model_dump(exclude=reading) == c.model_dump(exclude=reading):
            report.unchanged += 1
        else:
            report.updated += 1
        report.links_added += len(set(c.relations) - set(old.relations))
    report.claims = claims
    return report
