"""What the project's files look like on disk, to notice changes made by other processes.

A plain module (no Textual). Once a second the app compares :func:`dir_marks` (a few
``stat`` calls): a file added, removed or replaced by a rename, as argmap, git and most
editors write, changes its directory's mtime. Then, and every few seconds in any case (a
file rewritten in place), a worker thread takes :func:`disk_state` (one ``stat`` per file,
~0.1 s at 1,000 sources, ~0.5 s at 5,000) and the app reloads when it differs from the
state its own last load or save left.
"""

from __future__ import annotations

import os
from pathlib import Path

from argmap.project import Project

State = dict[str, tuple[int, int]]


def _scan(directory: Path, out: State, depth: int = 1) -> None:
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith((".lock", ".tmp")):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                if depth > 0 and entry.name != "work":
                    _scan(Path(entry.path), out, depth - 1)
                continue
            st = entry.stat()
        except OSError:
            continue
        out[entry.path] = (st.st_mtime_ns, st.st_size)


def disk_state(project: Project) -> State:
    """``path -> (mtime_ns, size)`` of the annotation files, the progress files, the
    codebook and the source texts (a few milliseconds at 1,000 sources)."""
    out: State = {}
    _scan(project.annotations_dir, out)
    _scan(project.sources_dir, out, depth=0)
    return out


def dir_marks(project: Project) -> State:
    """``path -> (mtime_ns, size)`` of the directories :func:`disk_state` scans."""
    out: State = {}
    for directory in (project.annotations_dir, project.progress_dir, project.sources_dir):
        try:
            st = os.stat(directory)
        except OSError:
            continue
        out[str(directory)] = (st.st_mtime_ns, st.st_size)
    return out


def changed_files(before: State, after: State) -> list[str]:
    """Names of the files added, removed or changed between two states, sorted."""
    names = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    return sorted(Path(p).name for p in names)
