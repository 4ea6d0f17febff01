"""``argmap add FILE --replace ID``: the user edited the article after annotating it.

Before, adding the edited file again made a second source (``give-us-our-evenings-back-2``)
with no word said; the claims stayed on the old text and the only way to update it was to
edit the project's copy by hand and run ``argmap reanchor``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]
SID = "give-us-our-evenings-back"
ARTICLE = (
    "# Give us our evenings back\n\n"
    "Norvania should keep summer time all year. Light evenings mean fewer accidents.\n\n"
    "Critics say dark mornings are dangerous. Schools can start later.\n"
)


@pytest.fixture
def root(tmp_path: Path, cli: CliRun) -> Path:
    """alice's claims on s0002, s0003 and s0004 of the article; a rejection on s0005."""
    root = tmp_path / "clocks"
    assert cli("init", str(root))[0] == 0
    cli("codebook", "add-question", "q", "--label", "Q", "--text", "Q?", "-p", str(root))
    (tmp_path / "op.md").write_text(ARTICLE, encoding="utf-8")
    assert cli("add", str(tmp_path / "op.md"), "-p", str(root))[0] == 0
    alice = Project.open(root, annotator="alice")
    alice.annotate(SID, stance="for", questions=["q"], sentence="s0002")
    alice.annotate(SID, stance="for", questions=["q"], sentence="s0003")
    alice.annotate(SID, stance="against", questions=["q"], sentence="s0004")
    alice.set_rejected(SID, "s0005", "for")
    return root


def by_text(root: Path) -> dict[str, str]:
    project = Project.open(root)  # strict: nothing left broken
    doc = project.sources[SID]
    return {
        (doc.sentence(c.sentence).text if c.orphan is None else f"orphan: {c.quote}"): c.stance
        for c in project.claims()
    }


def test_an_edited_article_replaces_its_source_and_the_claims_follow(
    root: Path, cli: CliRun, tmp_path: Path
) -> None:
    edited = tmp_path / "op.md"
    edited.write_text(
        ARTICLE.replace("Norvania should", "A new first line. Norvania should").replace(
            "Critics say dark mornings are dangerous. ", ""
        ),
        encoding="utf-8",
    )
    # added again as it was: a second source, and a line saying what to do instead
    code, out, err = cli("add", str(edited), "-p", str(root))
    assert code == 0, err
    assert out.splitlines()[0] == f"added {SID}-2: 'Give us our evenings back' (5 sentences)"
    assert out.splitlines()[-1] == (
        f"  source {SID} has the same title: if op.md is a newer version of it, `argmap add "
        f"{edited} --replace {SID}` gives {SID} its text instead (its claims follow); then "
        f"`argmap remove {SID}-2` (this copy)"
    )
    code, out, err = cli("add", str(edited), "--replace", SID, "-p", str(root))
    assert code == 0, err
    assert out.splitlines() == [
        f"replaced the text of {SID} with {edited} (5 -> 5 sentences)",
        "  claims: 2 moved, 0 re-anchored fuzzily, 1 orphan kept "
        f"(`argmap orphans {SID}` lists them)",
    ]
    assert by_text(root) == {
        "Norvania should keep summer time all year.": "for",
        "Light evenings mean fewer accidents.": "for",
        "orphan: Critics say dark mornings are dangerous.": "against",
    }
    project = Project.open(root)
    assert project.sources[SID].meta.title == "Give us our evenings back"
    assert (
        project.sources[SID].sentence("s0003").text == "Norvania should keep summer time all year."
    )
    assert project.rejected("alice") == {SID: {"s0005": ("for",)}}  # "Schools can start later."
    code, out, err = cli("validate", "-p", str(root))  # the orphan is the one thing to do
    assert code == 1 and len((out + err).splitlines()) == 1 and "is an orphan" in out + err
    edited.write_text(ARTICLE, encoding="utf-8")  # and back, for a script: --json
    code, out, err = cli("add", str(edited), "--replace", SID, "--json", "-p", str(root))
    assert code == 0, err
    got = json.loads(out)
    assert (got["id"], got["sentences"], got["orphans"]) == (SID, 5, [])  # found again
    assert by_text(root)["Critics say dark mornings are dangerous."] == "against"
    assert cli("validate", "-p", str(root))[0] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--replace", SID], f"op.md: the same text as source {SID!r} has; nothing replaced"),
        (
            ["--replace", "give-us-our-evenigs-back"],
            "unknown source 'give-us-our-evenigs-back' (did",
        ),
        (["--replace", SID, "--id", "x"], "--replace takes a single FILE, the new version"),
    ],
)
def test_a_mistaken_replace_is_refused_in_one_line(
    root: Path, cli: CliRun, tmp_path: Path, args: list[str], message: str
) -> None:
    before = json.loads(cli("sources", "--json", "-p", str(root))[1])
    code, out, err = cli("add", str(tmp_path / "op.md"), *args, "-p", str(root))
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err, err
    assert json.loads(cli("sources", "--json", "-p", str(root))[1]) == before


def test_a_new_version_in_another_format_takes_the_old_file_s_place(
    root: Path, cli: CliRun, tmp_path: Path
) -> None:
    """The op-ed came as Markdown, its correction as a saved web page: one text file is kept
    for the source (the old one goes), and the reader it was first read with is kept."""
    reader = Project.open(root).sources[SID].meta.reader
    page = tmp_path / "corrected.html"
    body = ARTICLE.replace("# Give us our evenings back\n\n", "").replace("\n\n", "</p><p>")
    body = body.replace("Schools can", "Schools could")  # the correction
    page.write_text(
        f"<html><head><title>Give us our evenings back</title></head><body><article>"
        f"<h1>Give us our evenings back</h1><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    code, out, err = cli("add", str(page), "--replace", SID, "-p", str(root))
    assert code == 0, err
    assert out.startswith(f"replaced the text of {SID} with {page} (5 -> 5 sentences)")
    seeds = sorted(p.name for p in (root / "seeds").iterdir())
    assert seeds == [f"{SID}.meta.json", f"{SID}.txt"]
    project = Project.open(root)
    assert project.sources[SID].meta.reader == reader
    assert len(project.claims()) == 3 and not project.orphans()
    assert project.sources[SID].sentence("s0005").text == "Schools could start later."
