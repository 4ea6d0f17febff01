"""All-or-nothing replacement of several files of one directory (a redo journal); names may
lead into its folders (``progress/alice.json``).

``os.replace`` makes one file's change atomic; a codebook rename changes ``codebook.json``
and every annotation file that uses the id, and a crash half-way must not leave some files
old and some new. :func:`replace_files` therefore works in three steps, under the project
lock held by the caller:

1. every new text is written, fsynced, to ``.<name>.pending`` beside its file;
2. the journal ``.argmap-journal.json`` naming those files is written atomically: this is
   the commit point;
3. each pending file is renamed over its target, then the journal is deleted.

:func:`recover` (run when a project is opened and before any locked save) finishes the work
of a writer that died after step 2 (all new) and deletes the pending files of one that died
before it (all old). Nothing else reads a project without recovering first.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from argmap.errors import ArgmapError
from argmap.store import atomic_write

JOURNAL_FILE = ".argmap-journal.json"
PENDING_SUFFIX = ".pending"


def _pending(path: Path) -> Path:
    return path.with_name(f".{path.name}{PENDING_SUFFIX}")


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _default_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def needs_recovery(directory: Path) -> bool:
    """Whether a killed writer left a journal or pending files in ``directory``."""
    if (directory / JOURNAL_FILE).exists():
        return True
    return directory.is_dir() and any(_pending_files(directory))


def _pending_files(directory: Path) -> list[Path]:
    """Pending files in ``directory`` and its folders (``progress/``)."""
    return [*directory.glob(f".*{PENDING_SUFFIX}"), *directory.glob(f"*/.*{PENDING_SUFFIX}")]


def recover(directory: Path) -> bool:
    """Finish or undo an interrupted :func:`replace_files`; True if anything was left.

    The caller holds the project lock.
    """
    journal = directory / JOURNAL_FILE
    # Temporary files of a writer killed inside ``atomic_write`` of a pending file or journal.
    for stale in (
        *directory.glob(f"..*{PENDING_SUFFIX}.*.tmp"),
        *directory.glob(f".{JOURNAL_FILE}.*.tmp"),
    ):
        stale.unlink(missing_ok=True)
    if journal.exists():
        try:
            names = json.loads(journal.read_text(encoding="utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError):
            raise ArgmapError(
                f"{journal}: damaged journal of an interrupted codebook change; "
                "restore the annotations from version control"
            ) from None
        for name in names:
            target = directory / name
            pending = _pending(target)
            if pending.exists():
                os.replace(pending, target)
        _fsync_dir(directory)
        journal.unlink()
        _fsync_dir(directory)
        return True
    leftovers = _pending_files(directory) if directory.is_dir() else []
    for path in leftovers:
        path.unlink(missing_ok=True)
    return bool(leftovers)


def _write_durable(path: Path, text: str, mode: int) -> None:
    """Write ``path`` and fsync it (no rename: a pending file is only used once whole)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, mode)  # the umask may have narrowed it


def replace_files(directory: Path, texts: dict[str, str]) -> None:
    """Replace the files ``directory/<name>`` with ``texts`` all together or not at all.

    The caller holds the project lock. Each file's data is fsynced before the journal is
    written, and the directory once before and once after the renames.
    """
    recover(directory)
    names = sorted(texts)
    default_mode = _default_mode()
    try:
        for name in names:
            target = directory / name
            # The new file keeps the old one's permissions.
            try:
                mode = target.stat().st_mode & 0o777
            except FileNotFoundError:
                mode = default_mode
            _write_durable(_pending(target), texts[name], mode)
    except BaseException:
        # Before the commit point: the old files stand; the new ones are dropped now.
        for name in names:
            _pending(directory / name).unlink(missing_ok=True)
        raise
    folders = sorted({(directory / name).parent for name in names})
    for folder in folders:
        _fsync_dir(folder)
    atomic_write(directory / JOURNAL_FILE, json.dumps({"files": names}) + "\n")
    for name in names:
        os.replace(_pending(directory / name), directory / name)
    for folder in folders:
        _fsync_dir(folder)
    (directory / JOURNAL_FILE).unlink()
    _fsync_dir(directory)
