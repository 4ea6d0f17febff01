"""Exports of the argument map: one module per format, each a pure function of the project.

:func:`render` is the single entry point the CLI and the TUI call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from argmap.errors import UsageError, choices

if TYPE_CHECKING:
    from argmap.project import Project

FORMATS: tuple[str, ...] = ("markdown", "argdown", "aif", "csv", "json")
"""The export formats, the default first."""

SUFFIXES: dict[str, str] = {
    "markdown": ".md",
    "argdown": ".argdown",
    "aif": ".json",
    "csv": ".csv",
    "json": ".json",
}
"""A fitting file name suffix per format (for save dialogs)."""


def render(
    project: Project,
    fmt: str,
    *,
    questions: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    annotator: str | None = None,
) -> str:
    """The text of ``project``'s map in format ``fmt``.

    ``questions`` and ``sources`` restrict the map (ids or unique source id prefixes; empty
    or ``None`` means all); ``annotator`` exports that person's claims instead of the
    reference view (:meth:`Project.view_claims`). Unknown formats, questions or sources raise
    :class:`UsageError`. The result is deterministic: the same project gives the same text.
    """
    from argmap.export.common import select

    selection = select(project, questions=questions, sources=sources, annotator=annotator)
    if fmt == "markdown":
        from argmap.export.markdown import to_markdown

        return to_markdown(selection)
    if fmt == "argdown":
        from argmap.export.argdown import to_argdown

        return to_argdown(selection)
    if fmt == "aif":
        from argmap.export.aif import to_aif

        return to_aif(selection)
    if fmt == "csv":
        from argmap.export.tables import to_csv

        return to_csv(selection)
    if fmt == "json":
        from argmap.export.json_export import to_json

        return to_json(selection)
    raise UsageError(f"unknown export format {fmt!r} (valid: {choices(FORMATS)})")
