"""User-facing errors: each carries a one-line message naming the file and place."""

from __future__ import annotations

from pathlib import Path

from argmap import exit_codes


class ArgmapError(Exception):
    """Base of every error argmap reports to a user; ``str(err)`` is one line."""

    exit_code = exit_codes.ERROR


class UsageError(ArgmapError):
    """The command was given an unknown id, stance, question or option value."""

    exit_code = exit_codes.USAGE


class ProjectNotFound(ArgmapError):
    """No ``argmap.json`` in the given directory or above it."""


class InvalidFile(ArgmapError):
    """A file failed validation; ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(
            problems[0] if len(problems) == 1 else f"{problems[0]} (+{len(problems) - 1} more)"
        )


class NotYours(ArgmapError):
    """An edit of a claim that belongs to another annotator (or to the reference annotation)."""


class LockTimeout(ArgmapError):
    """Another process held the project's write lock for too long."""


def choices(valid: list[str] | tuple[str, ...]) -> str:
    """Format valid choices for an error message."""
    return ", ".join(valid) if valid else "(none)"


def unknown(kind: str, value: str, valid: list[str] | tuple[str, ...]) -> str:
    """``unknown stance 'keep-sumer-time' (did you mean 'keep-summer-time'? valid: …)``: the
    one-line message for a mistyped id, naming the nearest valid one when one is close (a
    letter dropped, doubled or swapped; another case)."""
    import difflib

    folded: dict[str, str] = {}
    for v in valid:
        folded.setdefault(v.casefold(), v)
    near = folded.get(value.casefold())
    if near is None:
        close = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.85)
        near = folded[close[0]] if close else None
    if near is None and len(value) >= 3:
        # the start of one id ("keep-summer" for "keep-summer-time")
        starting = [v for f, v in folded.items() if f.startswith(value.casefold())]
        near = starting[0] if len(starting) == 1 else None
    hint = f"did you mean {near!r}? " if near is not None and near != value else ""
    return f"unknown {kind} {value!r} ({hint}valid: {choices(valid)})"


def read_user_file(path: Path) -> bytes:
    """The bytes of a file the user named, or an ``ArgmapError`` saying in one line why not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ArgmapError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ArgmapError(f"{path}: is a folder, not a file") from None
    except OSError as err:
        raise ArgmapError(f"{path}: cannot read ({err.strerror or err})") from None
