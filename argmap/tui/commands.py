"""Command palette provider: switch screens, jump to sources, questions and claims, export."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider

from argmap.project import quote_as_read

if TYPE_CHECKING:
    from argmap.tui.app import ArgmapApp


EXPORT_HELP = {
    "markdown": "a report to read, its heat map beside it (.md, .svg)",
    "html": "one offline report page: heat map, questions, graphs (.html)",
    "svg": "the heat map picture, sources × questions (.svg)",
    "dot": "the argument graphs for Graphviz (.dot)",
    "graphml": "the argument graph for yEd, Gephi, networkx (.graphml)",
    "argdown": "the argument map as Argdown text (.argdown)",
    "aif": "an AIFdb node set (.json)",
    "ova": "an OVA3 analysis file (.json)",
    "csv": "the claims as a spreadsheet (.csv)",
    "json": "the whole project as data (.json)",
}
"""What each export is for, told in the palette (the formats' names alone say little)."""


class ArgmapCommands(Provider):
    """Every argmap action, found by fuzzy search in the command palette."""

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        app: ArgmapApp = self.app  # type: ignore[assignment]
        project = app.project
        out: list[tuple[str, Callable[[], object], str]] = [
            ("Show matrix", partial(app.action_show, "matrix"), "sources × questions"),
            ("Show reader", partial(app.action_show, "reader"), "read and annotate"),
            ("Show question map", partial(app.action_show, "map"), "one question as a tree"),
            ("Show search", partial(app.action_show, "search"), "find and filter"),
            ("Show help", app.action_help, "every key binding"),
            ("Compare sources", app.action_compare, "C: positions side by side"),
            ("Undo last edit", app.action_undo, "u / ctrl+z"),
            ("Redo", app.action_redo, "U / ctrl+y"),
            ("Reload from disk", app.action_reload, "see edits made by other processes"),
            ("Edit the codebook", app.action_codebook, "K: stances and questions"),
            ("Add sources", app.action_add_sources, "N: files, folders, pasted text"),
            ("Annotate as someone else", app.action_switch_annotator, app.annotator_said()),
        ]
        if project.problems:
            out.append(("Show problems", app.action_problems, "files that could not be read"))
        for fmt in app.export_formats():
            what = EXPORT_HELP.get(fmt, "write the map to a file")
            out.append((f"Export {fmt}", partial(app.export, fmt), what))
        if app.has_adjudication():
            out.append(("Adjudicate", app.action_adjudicate, "compare annotators, decide"))
        for sid, doc in sorted(project.sources.items()):
            out.append((f"Open source: {doc.title}", partial(app.open_reader, sid), sid))
        for sid, doc in sorted(project.sources.items()):
            if n := doc.left_out_count:
                out.append(
                    (
                        f"Passages not read: {doc.title}",
                        partial(app.show_left_out, sid),
                        f"{n} passage{'s' if n != 1 else ''} of the saved page a reader left out",
                    )
                )
        for q in project.codebook.questions:
            out.append((f"Question: {q.label}", partial(app.open_question, q.id), q.text))
        for c in project.view_claims():
            out.append(
                (
                    f"Claim {c.id}: {quote_as_read(c, project.sources)[:70]}",
                    partial(app.open_reader, c.source, claim=c.id),
                    f"{c.source} {c.sentence} {c.stance}",
                )
            )
        return out

    async def discover(self) -> Hits:
        for name, action, help_text in self._commands()[:12]:
            yield DiscoveryHit(name, action, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, action, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), action, help=help_text)
