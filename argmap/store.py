"""The on-disk format of a project, read with validation and written atomically.

Layout of a project directory::

    argmap.json                     ProjectConfig
    <sources_dir>/<id>.txt|.md      source texts, kept byte for byte
    <sources_dir>/<id>.meta.json    SourceMeta
    <annotations_dir>/codebook.json Codebook
    <annotations_dir>/<id>.jsonl    AnnotationHeader line, then one Claim per line

Every JSON file is written with sorted keys and records in a stable order, so that
files diff and merge line by line. Writes go to a temporary file that is fsynced and
renamed over the old one, under a project-wide lock file.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from argmap.errors import ArgmapError, InvalidFile, LockTimeout
from argmap.model import (
    AnnotationHeader,
    Claim,
    Codebook,
    Deletion,
    ProjectConfig,
    SourceMeta,
    share_fields_sets,
)

CONFIG_FILE = "argmap.json"
CODEBOOK_FILE = "codebook.json"
LOCK_FILE = ".argmap.lock"
META_SUFFIX = ".meta.json"
ANNOTATION_SUFFIX = ".jsonl"
LOCK_TIMEOUT_S = 15.0
USER_CONFIG_ENV = "XDG_CONFIG_HOME"

M = TypeVar("M", bound=BaseModel)


# --------------------------------------------------------------------------- errors


def format_validation_error(err: ValidationError, where: str) -> list[str]:
    """One line per problem: ``where: field: message (got value)``."""
    lines = []
    for problem in err.errors():
        loc = ".".join(str(p) for p in problem["loc"]) or "(record)"
        msg = problem["msg"].removeprefix("Value error, ")  # pydantic's, for a validator's
        got = problem.get("input")
        shown = "" if isinstance(got, dict | list) else f" (got {got!r})"
        if problem["type"] == "missing":
            shown = ""
        if problem["type"] == "too_short" and problem["loc"][-1:] == ("questions",):
            msg, shown = "no question: every claim bears on at least one question", ""
        lines.append(f"{where}: {loc}: {msg}{shown}")
    return lines


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InvalidFile([f"{path}: not valid UTF-8 at byte {err.start}"]) from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidFile([f"{path}: file is missing"]) from None
    except OSError as err:
        raise InvalidFile([f"{path}: cannot read ({err.strerror})"]) from None


def read_text(path: Path) -> str:
    """``path``'s UTF-8 text; an :class:`InvalidFile` naming it (and the byte) when it is
    missing, unreadable or not UTF-8."""
    return _decode(path, _read_bytes(path))


def conflict_marker_line(text: str) -> int | None:
    """The line number of the first merge conflict marker (``<<<<<<<``) in ``text``: a git
    merge (or a rebase) left both copies' changes of the file in it, unresolved."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if line.startswith("<<<<<<< ") or line == "<<<<<<<":
            return lineno
    return None


def conflict_problem(path: Path, lineno: int) -> str:
    """What a file holding merge conflict markers is told (one line, with the way out)."""
    if path.name == CODEBOOK_FILE:
        way = (
            "`argmap codebook merge` keeps what both copies added and changed (`git add` it after)"
        )
    else:
        way = (
            "keep the lines of both sides that should stay, delete the marker lines "
            "(<<<<<<<, =======, >>>>>>>), then `argmap validate`"
        )
    return (
        f"{path}:{lineno}: merge conflict: two copies of the project changed this file and "
        f"the merge left both versions in it: {way}"
    )


class _KeyTwice(ValueError):
    """A JSON object holds a key twice with values that cannot be joined."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _join_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object's pairs as a dict; a key twice, as a git merge of two copies leaves it
    when each added it at one place (codebook.json's ``renamed`` after a rename in each copy,
    a meta file's ``speakers``), is read whole: two lists as one (each item once), the same
    value as itself. Any other key twice is a :class:`_KeyTwice` (json.loads would keep the
    last and silently drop the other copy's)."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key not in out or out[key] == value:
            out[key] = value
        elif isinstance(out[key], list) and isinstance(value, list):
            out[key] = out[key] + [item for item in value if item not in out[key]]
        else:
            raise _KeyTwice(key)
    return out


def _second_line_of(text: str, key: str) -> int:
    """The line of the second ``"key":`` in ``text`` (1 when not found)."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if f'"{key}":' in line]
    return found[1] if len(found) > 1 else 1


def load_json_model(path: Path, model: type[M]) -> M:
    """Read a JSON file into ``model``; every problem becomes one line naming the file."""
    text = _decode(path, _read_bytes(path))
    try:
        raw = json.loads(text, object_pairs_hook=_join_keys)
    except _KeyTwice as err:
        raise InvalidFile(
            [
                f"{path}:{_second_line_of(text, err.key)}: {err.key!r} twice with different "
                "values (a merge of two copies kept both): keep the one that should stay, "
                "then `argmap validate`"
            ]
        ) from None
    except json.JSONDecodeError as err:
        conflict = conflict_marker_line(text)
        if conflict is not None:
            raise InvalidFile([conflict_problem(path, conflict)]) from None
        raise InvalidFile([f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}"]) from None
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        raise InvalidFile(format_validation_error(err, str(path))) from None


def dump_json(model: BaseModel, *, keep_empty: bool = False) -> str:
    """Deterministic, readable JSON text of a model (sorted keys, trailing newline).

    Empty strings are left out unless ``keep_empty``: metadata files keep every field, so
    that clearing or filling one changes one line, not the file's shape.
    """
    data = model.model_dump(mode="json", by_alias=True, exclude_none=True)
    if not keep_empty:
        data = {k: v for k, v in data.items() if v != ""}
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _claim_line(claim: Claim) -> str:
    data = claim.model_dump(mode="json", by_alias=True, exclude_none=True)
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(", ", ": "))


# --------------------------------------------------------------------------- annotations


@dataclass
class AnnotationFile:
    """An annotation file as read: its claims, and what its deletions keep.

    ``claims`` are the live claims, numbered by line. ``dead`` are the versions of deleted
    claims still in the file (a deletion leaves the claim's line alone and appends a
    :class:`Deletion`; a merge may bring back a version too): they are written back as they
    are, so that no merge of two copies can bring the claim back. ``deletions`` are the
    file's deletion lines. Of two versions of one live claim (changed in one copy, kept in
    the other, merged line by line) the one modified last is the claim. Every reader goes
    through :func:`parse_annotation_file`, so the matrix, the exports, agreement, the TUI
    and ``validate --repair`` see the same claims.
    """

    header: AnnotationHeader | None
    claims: list[tuple[int, Claim]]
    problems: list[str]
    dead: list[Claim] = field(default_factory=list)
    deletions: list[Deletion] = field(default_factory=list)
    superseded: list[tuple[int, Claim]] = field(default_factory=list)
    """Older versions of a live claim a merge left beside it (dropped by the next write)."""
    unread: dict[str, int] = field(default_factory=dict)
    """Claim ids named on lines that cannot be read (a problem each), with their line: a
    link to one is to a claim the file holds, damaged, not to one deleted."""


_NAMED_ID = re.compile(r'(?<!\\)"id"\s*:\s*"([A-Za-z0-9][A-Za-z0-9._-]*)"')


def gone_claims(annotations_dir: Path, ids: set[str]) -> tuple[set[str], dict[str, str]]:
    """Of ``ids`` (claims no file holds live), those a file records as deleted, and those on
    an annotation line of ``annotations_dir`` that cannot be read, each with its
    ``FILE:LINE`` (files that name none of ``ids`` are not parsed)."""
    deleted: set[str] = set()
    damaged: dict[str, str] = {}
    for path in sorted(annotations_dir.glob(f"*{ANNOTATION_SUFFIX}")):
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        if not any(f'"{cid}"'.encode() in raw for cid in ids):
            continue
        read = read_annotation_file(path, path.stem)
        deleted.update(d.id for d in read.deletions if d.id in ids)
        for cid, lineno in read.unread.items():
            if cid in ids:
                damaged.setdefault(cid, f"{path}:{lineno}")
    return deleted, damaged


def parse_annotations(
    path: Path, text: str, source_id: str
) -> tuple[AnnotationHeader | None, list[tuple[int, Claim]], list[str]]:
    """Parse an annotation file's text: header, numbered live claims, one line per problem."""
    read = parse_annotation_file(path, text, source_id)
    return read.header, read.claims, read.problems


def parse_annotation_file(path: Path, text: str, source_id: str) -> AnnotationFile:
    """Parse an annotation file's text (see :class:`AnnotationFile`).

    A claim version modified at or before the newest deletion of its id is dead; one
    modified later (edited in another copy after the deletion) is live. Of several live
    versions of one id (changed in one copy or two, then merged) the one modified last is
    the claim; versions modified at the same time are a problem that names the repair.
    """
    problems: list[str] = []
    header: AnnotationHeader | None = None
    claims: list[tuple[int, Claim]] = []
    deletions: list[Deletion] = []
    unread: dict[str, int] = {}
    seen: dict[str, int] = {}
    duplicates: list[tuple[int, str]] = []  # (index in problems, claim id)
    # The validator itself: Claim.model_validate_json's Python wrapper costs 7% of a load.
    validate_json = Claim.__pydantic_validator__.validate_json
    validate_header = AnnotationHeader.__pydantic_validator__.validate_json
    validate_deletion = Deletion.__pydantic_validator__.validate_json
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        if header is None and not claims and not problems and '"header"' in line:
            try:  # the usual first line, in one pass; anything unusual takes the slow path
                first = validate_header(line)
            except ValidationError:
                pass
            else:
                if first.source == source_id:
                    header = first
                    continue
        if line.startswith('{"deleted": ') and header is not None:
            try:  # a deletion line as written (sorted keys): one pass
                deletions.append(validate_deletion(line))
                continue
            except ValidationError:
                pass  # the slow path names the problem
        elif '"header"' not in line:
            # Fast path: pydantic parses and validates in one pass; errors take the slow path.
            try:
                claim = validate_json(line)
            except ValidationError:
                pass
            else:
                if claim.source == source_id and claim.id not in seen and header is not None:
                    seen[claim.id] = lineno
                    claims.append((lineno, share_fields_sets(claim)))
                    continue
        where = f"{path}:{lineno}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}:{err.colno}: invalid JSON: {err.msg}")
            if '"deleted"' not in line and (named := _NAMED_ID.search(line)):
                unread.setdefault(named[1], lineno)
            continue
        if not isinstance(raw, dict):
            problems.append(f"{where}: expected a JSON object, got {type(raw).__name__}")
            continue
        if raw.get("type") == "header":
            if header is not None or claims or deletions:
                problems.append(f"{where}: header must be the first record, and only once")
                continue
            try:
                header = AnnotationHeader.model_validate(raw)
            except ValidationError as err:
                problems.extend(format_validation_error(err, f"{where}: header"))
                continue
            if header.source != source_id:
                problems.append(
                    f"{where}: header names source {header.source!r} but the file is for {source_id!r}"
                )
            continue
        if raw.get("type") == "deleted":
            try:
                deletions.append(Deletion.model_validate(raw))
            except ValidationError as err:
                cid = raw.get("id", "?")
                problems.extend(format_validation_error(err, f"{where}: deletion of {cid}"))
            continue
        try:
            claim = Claim.model_validate(raw)
        except ValidationError as err:
            cid = raw.get("id", "?")
            problems.extend(format_validation_error(err, f"{where}: claim {cid}"))
            if isinstance(cid, str) and cid != "?":
                unread.setdefault(cid, lineno)
            continue
        if claim.source != source_id:
            problems.append(
                f"{where}: claim {claim.id}: source is {claim.source!r}, expected {source_id!r}"
            )
        if claim.id in seen:
            duplicates.append((len(problems), claim.id))
            problems.append(
                f"{where}: claim {claim.id}: duplicate id (also on line {seen[claim.id]}, "
                "modified at the same time: changed in two copies of the project, then merged? "
                "`argmap validate --repair` keeps one and names the other)"
            )
        seen[claim.id] = lineno
        claims.append((lineno, share_fields_sets(claim)))
    if (claims or deletions) and header is None:
        problems.append(f'{path}:1: missing header record {{"type": "header", ...}}')
    dead: list[Claim] = []
    if deletions:
        newest: dict[str, datetime] = {}
        for d in deletions:
            if d.id not in newest or d.deleted > newest[d.id]:
                newest[d.id] = d.deleted
        live = []
        for lineno, claim in claims:
            gone = newest.get(claim.id)
            if gone is not None and claim.modified <= gone:
                dead.append(claim)
            else:
                live.append((lineno, claim))
        claims = live
    superseded: list[tuple[int, Claim]] = []
    if duplicates:
        claims, superseded = _newest_versions(claims)
        counts: dict[str, int] = {}
        for _, claim in claims:
            counts[claim.id] = counts.get(claim.id, 0) + 1
        # a duplicate of a deleted or an older version is no problem any more
        solved = {i for i, cid in duplicates if counts.get(cid, 0) < 2}
        problems = [p for i, p in enumerate(problems) if i not in solved]
    return AnnotationFile(header, claims, problems, dead, deletions, superseded, unread)


def _newest_versions(
    claims: list[tuple[int, Claim]],
) -> tuple[list[tuple[int, Claim]], list[tuple[int, Claim]]]:
    """``claims`` with, of the versions of one id, only the one modified last (a union merge
    keeps the version the other copy had beside the one this copy changed, and may keep an
    unchanged line twice); the versions left out. Different versions modified at the same
    time are all kept (a problem the repair settles with the codebook)."""
    versions: dict[str, list[tuple[int, Claim]]] = {}
    for numbered in claims:
        versions.setdefault(numbered[1].id, []).append(numbered)
    older: set[int] = set()
    for found in versions.values():
        if len(found) < 2:
            continue
        last = max(c.modified for _, c in found)
        newest = [(n, c) for n, c in found if c.modified == last]
        if all(c == newest[0][1] for _, c in newest):  # one version, or the same line twice
            older.update(n for n, _ in found if n != newest[-1][0])
    return (
        [x for x in claims if x[0] not in older],
        [x for x in claims if x[0] in older],
    )


def read_annotations(
    path: Path, source_id: str
) -> tuple[AnnotationHeader | None, list[tuple[int, Claim]], list[str]]:
    """Read ``annotations/<source>.jsonl``; a missing file is an empty one."""
    read = read_annotation_file(path, source_id)
    return read.header, read.claims, read.problems


def read_annotation_file(path: Path, source_id: str) -> AnnotationFile:
    """Read ``annotations/<source>.jsonl`` whole (see :class:`AnnotationFile`); a missing
    file is an empty one."""
    if not path.exists():
        return AnnotationFile(None, [], [])
    try:
        text = _decode(path, _read_bytes(path))
    except InvalidFile as err:
        return AnnotationFile(None, [], err.problems)
    return parse_annotation_file(path, text, source_id)


def render_annotations(
    header: AnnotationHeader,
    claims: list[Claim],
    before: AnnotationFile | None = None,
    now: datetime | None = None,
) -> str:
    """The text of an annotation file: header line, then claims by position.

    With ``before`` (the file as read before the change), what it had deleted stays
    deleted, and a claim live in ``before`` and not in ``claims`` is deleted at ``now``:
    its line stays and a :class:`Deletion` is appended. A claim back in ``claims`` (an
    undo) takes its deletion away.
    """
    dead: list[Claim] = []
    deletions: list[Deletion] = []
    if before is not None:
        ids = {c.id for c in claims}
        dead = [c for c in before.dead if c.id not in ids]
        deletions = [d for d in before.deletions if d.id not in ids]
        gone = [c for _, c in before.claims if c.id not in ids]
        if gone:
            when = now or datetime.now(UTC).replace(microsecond=0)
            latest: dict[str, datetime] = {}
            for c in gone:  # never before the version it deletes (a clock behind)
                latest[c.id] = max(latest.get(c.id, when), c.modified)
            deletions.extend(Deletion(id=cid, deleted=at) for cid, at in latest.items())
            dead.extend(gone)
    lines = [json.dumps(header.model_dump(mode="json", by_alias=True), sort_keys=True)]
    lines.extend(_claim_line(c) for c in sorted([*claims, *dead], key=Claim.sort_key))
    lines.extend(_deletion_line(d) for d in sorted(set(deletions), key=Deletion.sort_key))
    return "\n".join(lines) + "\n"


def _deletion_line(deletion: Deletion) -> str:
    data = deletion.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(", ", ": "))


# --------------------------------------------------------------------------- atomic writes


_UMASK: int | None = None


def current_umask() -> int:
    """The process umask, read once (from /proc where possible: setting it is not thread-safe)."""
    global _UMASK
    if _UMASK is None:
        try:
            with open("/proc/self/status", encoding="ascii") as handle:
                line = next(x for x in handle if x.startswith("Umask:"))
            _UMASK = int(line.split()[1], 8)
        except (OSError, StopIteration, ValueError):
            _UMASK = os.umask(0o022)
            os.umask(_UMASK)
    return _UMASK


def _new_file_mode(path: Path) -> int:
    """The mode a save gives ``path``: the existing file's, else the umask's usual one."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def atomic_write(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves the old or the new file, whole.

    The file keeps its mode (a new one gets the umask's, as ``open`` would give it); any
    failure to write raises :class:`ArgmapError` naming the file, with the old file intact.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise ArgmapError(f"{path}: cannot write ({err.strerror or err})") from None
    try:
        os.fchmod(fd, _new_file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as err:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise ArgmapError(f"{path}: cannot write ({err.strerror or err})") from None
        if isinstance(err, UnicodeEncodeError):
            raise ArgmapError(f"{path}: cannot write: the text is not valid UTF-8") from None
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@contextmanager
def project_lock(annotations_dir: Path, timeout: float = LOCK_TIMEOUT_S) -> Iterator[None]:
    """Hold the project's write lock: one writer at a time across processes.

    An ``flock`` on ``.argmap.lock``, the lock ``filelock`` takes on POSIX (so an argmap
    that used it waits for this one and the other way round), without importing it (13 ms
    of every edit); elsewhere ``filelock`` itself."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        with _filelock(annotations_dir, timeout):
            yield
        return
    path = annotations_dir / LOCK_FILE
    cannot = f"{path}: cannot take the write lock ({{}}); is {annotations_dir} writable?"
    try:
        annotations_dir.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except PermissionError:  # a lock file left read-only: flock needs no write access
            fd = os.open(path, os.O_RDONLY)
    except OSError as err:
        raise ArgmapError(cannot.format(err.strerror or err)) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(
                        f"{path}: another argmap process is saving; gave up after {timeout:.0f} s"
                    ) from None
                time.sleep(0.05)
            except OSError as err:  # a file system without flock: filelock's own way
                if err.errno not in (errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK):
                    raise ArgmapError(cannot.format(err.strerror or err)) from None
                os.close(fd)
                fd = -1
                break
        if fd == -1:
            with _filelock(annotations_dir, timeout):
                yield
            return
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        if fd != -1:
            os.close(fd)


@contextmanager
def _filelock(annotations_dir: Path, timeout: float) -> Iterator[None]:
    """:func:`project_lock` through ``filelock`` (where there is no ``fcntl``)."""
    from filelock import FileLock, Timeout

    try:
        annotations_dir.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(annotations_dir / LOCK_FILE))
        lock.acquire(timeout=timeout)
    except Timeout:
        raise LockTimeout(
            f"{annotations_dir / LOCK_FILE}: another argmap process is saving; "
            f"gave up after {timeout:.0f} s"
        ) from None
    except OSError as err:
        raise ArgmapError(
            f"{annotations_dir / LOCK_FILE}: cannot take the write lock "
            f"({err.strerror or err}); is {annotations_dir} writable?"
        ) from None
    try:
        yield
    finally:
        lock.release()


def update_annotations(
    path: Path,
    source_id: str,
    source_sha256: str,
    change: Callable[[list[Claim]], list[Claim]],
    now: datetime | None = None,
) -> list[Claim]:
    """Read-modify-write one annotation file under the caller's lock.

    The file is re-read from disk, so edits another process saved meanwhile are kept;
    an unreadable file raises and is never overwritten. A claim ``change`` leaves out is
    recorded as deleted at ``now`` (see :func:`render_annotations`).
    """
    # Under the lock no other save is under way: temporary files beside this one are what a
    # killed writer left behind (the file itself is whole), so they can go.
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        # (in a read-only folder this fails quietly: the write below names the file)
        with contextlib.suppress(OSError):
            stale.unlink(missing_ok=True)
    text, claims = changed_annotations(path, source_id, source_sha256, change, now)
    atomic_write(path, text)
    return claims


def changed_annotations(
    path: Path,
    source_id: str,
    source_sha256: str,
    change: Callable[[list[Claim]], list[Claim]],
    now: datetime | None = None,
) -> tuple[str, list[Claim]]:
    """The new text of one annotation file after ``change``, read under the caller's lock
    and not yet written: several such texts are saved together by
    :func:`argmap.journal.replace_files`. An unreadable file raises; a claim ``change``
    leaves out is recorded as deleted at ``now``."""
    before = read_annotation_file(path, source_id)
    if before.problems:
        raise InvalidFile(before.problems)
    claims = change([c for _, c in before.claims])
    header = AnnotationHeader(source=source_id, source_sha256=source_sha256)
    return render_annotations(header, claims, before, now), claims


# --------------------------------------------------------------------------- other files


def find_project_root(start: Path) -> Path | None:
    """The nearest directory at or above ``start`` holding ``argmap.json``."""
    start = start.resolve()
    for directory in (start, *start.parents):
        if (directory / CONFIG_FILE).is_file():
            return directory
    return None


def load_config(root: Path) -> ProjectConfig:
    """Read ``argmap.json``."""
    return load_json_model(root / CONFIG_FILE, ProjectConfig)


def user_config_path() -> Path:
    """This person's argmap settings on this machine, outside every project (so that a
    project shared through git or a synced folder does not share who its user is):
    ``$XDG_CONFIG_HOME/argmap/config.json``, by default ``~/.config/argmap/config.json``."""
    base = os.environ.get(USER_CONFIG_ENV) or str(Path.home() / ".config")
    return Path(base) / "argmap" / "config.json"


def load_user_annotator() -> str | None:
    """The annotator name kept in :func:`user_config_path`, if any (unchecked)."""
    path = user_config_path()
    if not path.is_file():
        return None
    text = _decode(path, _read_bytes(path))
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as err:
        raise InvalidFile([f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}"]) from None
    name = raw.get("annotator") if isinstance(raw, dict) else None
    if name is not None and not isinstance(name, str):
        raise InvalidFile([f"{path}: annotator: not a name (got {name!r})"])
    return name or None


def save_user_annotator(name: str) -> Path:
    """Keep ``name`` as this person's annotator in :func:`user_config_path` (other settings
    in that file are kept); the file's path."""
    path = user_config_path()
    raw: dict[str, object] = {}
    if path.is_file():
        try:
            loaded = json.loads(_decode(path, _read_bytes(path)))
        except json.JSONDecodeError as err:
            raise InvalidFile(
                [f"{path}:{err.lineno}:{err.colno}: invalid JSON: {err.msg}"]
            ) from None
        raw = loaded if isinstance(loaded, dict) else {}
    raw["annotator"] = name
    atomic_write(path, json.dumps(raw, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return path


def load_codebook(path: Path) -> Codebook:
    """Read a codebook JSON file."""
    return load_json_model(path, Codebook)


def default_codebook_path() -> Path:
    """The codebook that ships with argmap (the one in the project's own codebook.md)."""
    return Path(__file__).parent / "data" / "codebook.json"


def load_meta(path: Path) -> SourceMeta:
    """Read one source's metadata file."""
    meta = load_json_model(path, SourceMeta)
    expected = path.name.removesuffix(META_SUFFIX)
    if meta.id != expected:
        raise InvalidFile([f"{path}: id: {meta.id!r} does not match the file name {expected!r}"])
    return meta


def write_model(path: Path, model: BaseModel, *, keep_empty: bool = False) -> None:
    """Write a model as deterministic JSON, atomically (see :func:`dump_json`)."""
    atomic_write(path, dump_json(model, keep_empty=keep_empty))


def ensure_new_dir(path: Path) -> None:
    """Refuse to initialise a project over an existing one."""
    if (path / CONFIG_FILE).exists():
        raise ArgmapError(f"{path / CONFIG_FILE}: a project already exists here")
