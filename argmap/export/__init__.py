"""Exports of the argument map: one module per format, each a pure function of the project.

:func:`render` is the single entry point the CLI and the TUI call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from argmap.errors import UsageError, choices

if TYPE_CHECKING:
    from argmap.project import Project

FORMATS: tuple[str, ...] = (
    "markdown",
    "html",
    "svg",
    "dot",
    "graphml",
    "argdown",
    "aif",
    "ova",
    "csv",
    "json",
)
"""The export formats, the default first."""

SUFFIXES: dict[str, str] = {
    "markdown": ".md",
    "html": ".html",
    "svg": ".svg",
    "dot": ".dot",
    "graphml": ".graphml",
    "argdown": ".argdown",
    "aif": ".json",
    "ova": ".json",
    "csv": ".csv",
    "json": ".json",
}
"""A fitting file name suffix per format (for save dialogs)."""

DETAILS: tuple[str, ...] = ("full", "summary")
"""How much the Markdown report shows: everything, or the positions without the quotes."""


def render(
    project: Project,
    fmt: str,
    *,
    questions: Sequence[str] | None = None,
    sources: Sequence[str] | None = None,
    annotator: str | None = None,
    stances: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    detail: str = "full",
    heatmap: str | None = None,
    schema: str | None = None,
) -> str:
    """The text of ``project``'s map in format ``fmt``.

    ``questions`` and ``sources`` restrict the map (ids or unique source id prefixes; empty
    or ``None`` means all), as do ``stances`` and ``kinds`` (``claim``/``evidence``);
    ``annotator`` exports that person's claims instead of the reference view
    (:meth:`Project.view_claims`). ``detail`` is the Markdown report's ``full`` or
    ``summary``; ``heatmap`` a path or URL of the heat map picture the Markdown report shows
    (none when ``None``); ``schema`` what the JSON export's ``$schema`` names. Unknown formats,
    questions, sources, stances or kinds raise :class:`UsageError`. The result is
    deterministic: the same project gives the same text.
    """
    from argmap.export.common import select

    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (valid: {choices(FORMATS)})")
    if detail not in DETAILS:
        raise UsageError(f"unknown detail {detail!r} (valid: {choices(DETAILS)})")
    selection = select(
        project,
        questions=questions,
        sources=sources,
        annotator=annotator,
        stances=stances,
        kinds=kinds,
    )
    if fmt == "markdown":
        from argmap.export.markdown import to_markdown

        return to_markdown(selection, detail=detail, heatmap=heatmap)
    if fmt == "html":
        from argmap.export.html import to_html

        return to_html(selection)
    if fmt == "svg":
        from argmap.export.svg import heatmap_svg

        return heatmap_svg(selection)
    if fmt == "dot":
        from argmap.export.dot import to_dot

        return to_dot(selection)
    if fmt == "graphml":
        from argmap.export.graphml import to_graphml

        return to_graphml(selection)
    if fmt == "argdown":
        from argmap.export.argdown import to_argdown

        return to_argdown(selection)
    if fmt == "aif":
        from argmap.export.aif import to_aif

        return to_aif(selection)
    if fmt == "ova":
        from argmap.export.aif import to_ova

        return to_ova(selection)
    if fmt == "csv":
        from argmap.export.tables import to_csv

        return to_csv(selection)
    from argmap.export.json_export import to_json

    return to_json(selection, schema=schema)
