"""A small project for the export tests: two sources, relations, and hostile text."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project

HOSTILE = (
    'Pipes | and *stars* and <script>alert("x")</script> and `code` and [link](http://x.org) '
    "and {braces} and _under_ and // slashes and a trailing backslash \\"
)

ALPHA = (
    "Alpha Review\n\n"
    "Europe needs a defence core able to act without NATO. "
    "The US guarantee can no longer be taken for granted. "
    "European factories produced only a third of the shells promised to Ukraine. "
    "NATO with a stronger European pillar should stay the framework.\n"
)

BETA = (
    "Beta | Journal <b>bold</b>\n\n"
    "Washington remains committed to the defence of Europe. "
    f"{HOSTILE}\n"
    "Buying American jets keeps the alliance interoperable.\n"
)


def build_project(root: Path) -> tuple[Project, dict[str, str]]:
    """A project at ``root`` with sources ``alpha`` and ``beta`` and named claims."""
    project = Project.init(root / "proj", name="Test | map <debate>")
    project = Project.open(root / "proj", annotator="ann")
    (root / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "beta.txt").write_text(BETA, encoding="utf-8")
    project.add_source(root / "alpha.txt", source_id="alpha")
    project.add_source(root / "beta.txt", source_id="beta")
    project.set_meta(
        "alpha", author="A. Author", outlet="Alpha Review", date="2025-01-02", note="Leans *pro*."
    )
    project.set_meta("beta", title="Beta | Journal <b>bold</b>", note="Note with | pipe\\")

    def at(source: str, quote: str, **kw: object) -> str:
        return project.annotate(source, quote=quote, **kw).id  # type: ignore[arg-type]

    ids = {
        "core": at(
            "alpha",
            "Europe needs a defence core able to act without NATO.",
            stance="pro-autonomy",
            questions=["nato-replacement"],
        ),
        "guarantee": at(
            "alpha",
            "The US guarantee can no longer be taken for granted.",
            stance="pro-autonomy",
            questions=["nato-replacement", "us-guarantee"],
        ),
        "shells": at(
            "alpha",
            "European factories produced only a third of the shells promised to Ukraine.",
            stance="pro-autonomy",
            questions=["nato-replacement"],
            kind="evidence",
        ),
        "pillar": at(
            "alpha",
            "NATO with a stronger European pillar should stay the framework.",
            stance="hedged",
            questions=["nato-replacement"],
        ),
        "committed": at(
            "beta",
            "Washington remains committed to the defence of Europe.",
            stance="pro-us-primacy",
            questions=["us-guarantee", "nato-replacement"],
        ),
        "hostile": at(
            "beta",
            HOSTILE,
            stance="pro-us-primacy",
            questions=["nato-replacement"],
            note="note | with <i>html</i> and `ticks`",
        ),
        "jets": at(
            "beta",
            "Buying American jets keeps the alliance interoperable.",
            stance="pro-us-primacy",
            questions=["defence-industry"],
        ),
    }
    project.relate(ids["guarantee"], "supports", ids["core"])
    project.relate(ids["shells"], "supports", ids["guarantee"])
    project.relate(ids["committed"], "attacks", ids["guarantee"])
    project.relate(ids["hostile"], "attacks", ids["core"])
    project.relate(ids["core"], "attacks", ids["hostile"])
    return project, ids
