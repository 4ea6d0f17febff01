"""Anchors (offsets + quote + context) and re-anchoring claims after a source is edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import make_project

from argmap.anchoring import find_quote, make_anchor, reanchor
from argmap.cli import main
from argmap.project import Project

TEXT = (
    "Intro sentence here. Europe must build its own defence industry now. "
    "Critics say NATO remains essential. The end.\n"
)
QUOTE = "Europe must build its own defence industry now."


def anchor_of(text: str, quote: str, nth: int = 0):  # type: ignore[no-untyped-def]
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote))


# --------------------------------------------------------------------------- pure functions


def test_make_anchor_records_quote_and_context() -> None:
    a = anchor_of(TEXT, QUOTE)
    assert (a.start, a.end, a.exact) == (21, 68, QUOTE)
    assert a.prefix == "Intro sentence here. "
    assert a.suffix == " Critics say NATO remains essent"  # 32 characters
    assert len(a.suffix) == 32


def test_find_quote_ignores_whitespace_and_quote_style() -> None:
    text = "They call it “burden\nsharing.” Proponents   say otherwise."
    assert find_quote(text, 'call it "burden sharing."') == [(5, 30)]
    assert find_quote(text, "Proponents say") == [(31, 47)]
    assert find_quote(text, "   ") == []
    assert find_quote(text, "absent words") == []


def test_insertion_after_quote_leaves_it_unchanged() -> None:
    placed = reanchor(
        TEXT.replace("The end.", "The end. A new closing line."), anchor_of(TEXT, QUOTE)
    )
    assert placed.status == "unchanged"
    assert placed.anchor is not None and placed.anchor.start == 21


def test_insertion_before_quote_moves_it() -> None:
    edited = "A brand new opening sentence. " + TEXT
    placed = reanchor(edited, anchor_of(TEXT, QUOTE))
    assert placed.status == "moved"
    assert placed.anchor is not None
    assert edited[placed.anchor.start : placed.anchor.end] == QUOTE
    assert placed.anchor.start == 21 + len("A brand new opening sentence. ")


def test_insertion_inside_quote_is_found_fuzzily() -> None:
    edited = TEXT.replace("its own", "its very own")
    placed = reanchor(edited, anchor_of(TEXT, QUOTE))
    assert placed.status == "modified"
    assert placed.anchor is not None
    assert placed.anchor.exact == "Europe must build its very own defence industry now."
    assert 0.75 <= placed.similarity < 1


def test_deleted_quote_is_an_orphan() -> None:
    placed = reanchor(TEXT.replace(QUOTE + " ", ""), anchor_of(TEXT, QUOTE))
    assert placed.status == "orphan" and placed.anchor is None
    assert placed.similarity < 0.75


def test_duplicate_quote_keeps_its_own_occurrence() -> None:
    text = "Alpha says: we must act. Beta says: we must act. Gamma disagrees.\n"
    second = anchor_of(text, "we must act.", nth=1)
    first = anchor_of(text, "we must act.", nth=0)
    edited = "A preface was added here. " + text
    for a, speaker in ((second, "Beta says: "), (first, "Alpha says: ")):
        placed = reanchor(edited, a)
        assert placed.status == "moved" and placed.anchor is not None
        assert edited[: placed.anchor.start].endswith(speaker)


def test_curly_quotes_retyped_straight_keep_the_whole_quote() -> None:
    text = "Intro. They call it “burden sharing.” Proponents say otherwise. End.\n"
    quote = "They call it “burden sharing.”"
    edited = "Added first. " + text.replace("“", '"').replace("”", '"')
    placed = reanchor(edited, anchor_of(text, quote))
    assert placed.status == "modified" and placed.anchor is not None
    assert placed.anchor.exact == 'They call it "burden sharing."'
    assert edited[placed.anchor.start : placed.anchor.end] == placed.anchor.exact


# --------------------------------------------------------------------------- through a project

ALPHA = (
    "Europe must build its own defence. The United States will not stay forever.\n\n"
    "Critics say NATO remains essential. They warn against duplication.\n"
)


@pytest.fixture
def annotated(tmp_path: Path, annotator: str) -> tuple[Project, dict[str, str]]:
    project = make_project(tmp_path, {"alpha": ALPHA})
    ids = {}
    for key, sid, stance in (
        ("first", "s0001", "pro-autonomy"),
        ("second", "s0002", "pro-autonomy"),
        ("third", "s0003", "pro-us-primacy"),
        ("fourth", "s0004", "pro-us-primacy"),
    ):
        ids[key] = project.annotate(
            "alpha", sentence=sid, stance=stance, questions=["nato-replacement"]
        ).id
    project.relate(ids["third"], "attacks", ids["first"])
    return project, ids


def edit_source(project: Project, new_text: str) -> Project:
    project.sources["alpha"].path.write_text(new_text, encoding="utf-8")
    return Project.open(project.root, strict=False)


def test_project_reanchors_moved_and_modified_claims(
    annotated: tuple[Project, dict[str, str]],
) -> None:
    project, ids = annotated
    new = "A new first line was added.\n\n" + ALPHA.replace("They warn", "They loudly warn")
    reopened = edit_source(project, new)
    doc = reopened.sources["alpha"]
    for c in reopened.claims():
        assert c.orphan is None
        assert new[c.start : c.end] == c.quote
        assert c.sentence == doc.sentence_at(c.start).id  # type: ignore[union-attr]
    assert reopened.claim(ids["first"]).sentence == "s0002"
    assert reopened.claim(ids["fourth"]).quote == "They loudly warn against duplication."
    report = reopened.anchor_reports[0]
    assert (report.moved, report.modified, report.orphans) == (3, 1, [])
    assert any("3 claims moved, 1 re-anchored fuzzily" in p for p in reopened.validate())


def test_reanchor_command_saves_and_then_validate_is_clean(
    annotated: tuple[Project, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    project, ids = annotated
    new = "A new first line was added.\n\n" + ALPHA
    edit_source(project, new)
    assert main(["reanchor", "--project", str(project.root)]) == 0
    assert "alpha: 4 moved, 0 fuzzily re-anchored, 0 orphans kept" in capsys.readouterr().out
    reopened = Project.open(project.root)  # strict: no problem left
    assert reopened.validate() == []
    assert reopened.claim(ids["first"]).start == new.index("Europe must")
    assert main(["reanchor", "--project", str(project.root)]) == 0
    assert "nothing to re-anchor" in capsys.readouterr().out


def orphan_setup(project: Project) -> Project:
    return edit_source(project, ALPHA.replace("Europe must build its own defence. ", ""))


def test_deleted_quote_becomes_an_orphan_that_is_kept(
    annotated: tuple[Project, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    project, ids = annotated
    reopened = orphan_setup(project)
    orphan = reopened.claim(ids["first"])
    assert orphan.orphan is not None and "quote not found" in orphan.orphan.reason
    assert ids["first"] in [c.id for c in reopened.claims()]
    assert len(reopened.claims()) == 4
    assert main(["validate", "--project", str(project.root)]) == 1
    err = capsys.readouterr().err
    assert f"claim {ids['first']} is an orphan" in err
    assert "Europe must build its own defence." in err


def test_orphan_survives_reanchor_command(
    annotated: tuple[Project, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    project, ids = annotated
    orphan_setup(project)
    assert main(["reanchor", "--project", str(project.root)]) == 0
    assert "1 orphans kept" in capsys.readouterr().out
    lines = project.annotation_path("alpha").read_text(encoding="utf-8").splitlines()
    on_disk = {json.loads(line)["id"]: json.loads(line) for line in lines[1:]}
    assert set(on_disk) == set(ids.values())
    assert "orphan" in on_disk[ids["first"]]
    reopened = Project.open(project.root, strict=False)
    assert reopened.problems == []  # the file itself is valid
    assert reopened.claim(ids["first"]).orphan is not None
    # still reported until someone deals with it
    assert main(["validate", "--project", str(project.root)]) == 1
    assert f"claim {ids['first']} is an orphan" in capsys.readouterr().err
    # the relation pointing at the orphan is kept too
    assert [r.target for r in reopened.claim(ids["third"]).relations] == [ids["first"]]


def test_orphan_survives_another_edit_of_the_source(
    annotated: tuple[Project, dict[str, str]],
) -> None:
    project, ids = annotated
    reopened = orphan_setup(project)
    reopened.update(ids["second"], note="edited after the source changed")
    again = Project.open(project.root, strict=False)
    assert again.problems == []
    assert again.claim(ids["first"]).orphan is not None
    assert len(again.claims()) == 4
    assert again.claim(ids["second"]).note == "edited after the source changed"
    assert any(f"claim {ids['first']} is an orphan" in p for p in again.validate())


def test_orphan_can_be_deleted(annotated: tuple[Project, dict[str, str]]) -> None:
    project, ids = annotated
    orphan_setup(project).delete(ids["first"])
    again = Project.open(project.root)
    assert ids["first"] not in again.claim_index
    assert again.claim(ids["third"]).relations == ()
    assert again.validate() == []


def test_duplicate_sentence_text_reanchors_to_its_own_place(tmp_path: Path, annotator: str) -> None:
    text = "Alpha says this.\nWe must act.\nBeta says that.\nWe must act.\n"
    project = make_project(tmp_path, {"dup": text})
    c = project.annotate("dup", sentence="s0004", stance="hedged", questions=["ukraine"])
    new = "Opening added.\n" + text
    project.sources["dup"].path.write_text(new, encoding="utf-8")
    reopened = Project.open(project.root, strict=False)
    moved = reopened.claim(c.id)
    assert moved.sentence == "s0005"
    assert new[: moved.start].endswith("Beta says that.\n")


def test_curly_to_straight_repaste_through_project(tmp_path: Path, annotator: str) -> None:
    text = "They call it “burden sharing.” Proponents say otherwise.\n"
    project = make_project(tmp_path, {"q": text})
    c = project.annotate("q", sentence="s0001", stance="hedged", questions=["burden-sharing"])
    assert c.quote == "They call it “burden sharing.”"
    new = text.replace("“", '"').replace("”", '"')
    project.sources["q"].path.write_text(new, encoding="utf-8")
    reopened = Project.open(project.root, strict=False)
    assert reopened.claim(c.id).quote == 'They call it "burden sharing."'
    assert reopened.claim(c.id).orphan is None
