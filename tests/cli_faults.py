"""Helpers for the CLI robustness tests: file snapshots and read-only folders (even as root)."""

from __future__ import annotations

import builtins
import errno
import io
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

IGNORED = (".argmap-cache", ".argmap.lock")
"""Derived or transient files that any command may touch: not part of a project's state."""


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    """Every project file under ``root`` with its bytes and mode (cache and lock left out)."""
    out = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if any(part in IGNORED for part in rel.split("/")) or not path.is_file():
            continue
        out[rel] = (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
    return out


def _inside(path: object, directory: Path) -> bool:
    if isinstance(path, int):
        return False
    try:
        target = Path(os.fsdecode(path)).absolute()  # type: ignore[arg-type]
    except TypeError:
        return False
    return target.parent == directory


@contextmanager
def read_only(directory: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make ``directory`` read-only for the block: nothing can be created, replaced or
    removed in it.

    A real ``chmod a-w``; when the tests run as root (who may write anyway) the same
    refusals are imposed on the calls that create, replace or remove files there, raising
    the ``PermissionError`` the kernel would.
    """
    directory = directory.absolute()
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in (directory, *directory.iterdir())}
    for path, mode in modes.items():
        path.chmod(mode & ~0o222)

    def refuse(name: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(name))  # type: ignore[arg-type]

    with monkeypatch.context() as m:
        if os.geteuid() == 0:
            real_open, real_os_open = builtins.open, os.open
            writes = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND

            def os_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
                if flags & writes and _inside(path, directory):
                    refuse(path)
                return real_os_open(path, flags, *args, **kwargs)

            def py_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
                if any(ch in mode for ch in "wax+") and _inside(file, directory):
                    refuse(file)
                return real_open(file, mode, *args, **kwargs)

            def guard(real, existing_only: bool = False):  # type: ignore[no-untyped-def]
                def call(*paths, **kwargs):  # type: ignore[no-untyped-def]
                    for p in paths[:2]:
                        # removing a file that is not there fails as "not found" first
                        if _inside(p, directory) and not (existing_only and not os.path.lexists(p)):
                            refuse(p)
                    return real(*paths, **kwargs)

                return call

            m.setattr(os, "open", os_open)
            m.setattr(builtins, "open", py_open)
            m.setattr(io, "open", py_open)
            for name in ("replace", "rename", "mkdir"):
                m.setattr(os, name, guard(getattr(os, name)))
            for name in ("unlink", "remove", "rmdir"):
                m.setattr(os, name, guard(getattr(os, name), existing_only=True))
        try:
            yield
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
