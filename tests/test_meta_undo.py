"""A source's metadata edits (who says a sentence, passages not read forgotten, a title) and
progress edits (done, what it argues, a rejection) are undone and redone like claim edits,
and an undo moves back only what its edit changed."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project

NOTE = (
    "# Panel on phones\n\n"
    "We tried a ban last year. Attention in lessons improved.\n\n"
    "A full ban goes too far.\n"
)


def _project(tmp_path: Path) -> Project:
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    (tmp_path / "panel.md").write_text(NOTE, encoding="utf-8")
    project = Project.open(root, annotator="ana")
    project.add_source(tmp_path / "panel.md", source_id="panel")
    return project


def _speakers(root: Path) -> dict[str, str]:
    return {s.id: s.speaker for s in Project.open(root).sources["panel"].sentences}


def test_a_speaker_set_by_hand_is_undone_and_redone(tmp_path: Path) -> None:
    project = _project(tmp_path)
    root = project.root
    before = _speakers(root)
    project.set_speaker("panel", ["s0002", "s0003"], "Head")
    assert _speakers(root)["s0002"] == "Head"
    assert project.undo() == "speaker of panel:s0002–s0003"
    assert _speakers(root) == before
    assert project.sources["panel"].sentences[1].speaker == before["s0002"]  # read again
    assert project.redo() == "speaker of panel:s0002–s0003"
    assert _speakers(root)["s0003"] == "Head"
    assert project.sources["panel"].sentences[2].speaker == "Head"


def test_undoing_a_speaker_keeps_a_title_changed_since(tmp_path: Path) -> None:
    project = _project(tmp_path)
    project.set_speaker("panel", ["s0002"], "Head")
    Project.open(project.root).set_meta("panel", title="Parents' evening")  # elsewhere
    project.undo()
    meta = Project.open(project.root).sources["panel"].meta
    assert (meta.title, meta.speakers) == ("Parents' evening", ())


def test_a_title_change_is_one_undo_step(tmp_path: Path) -> None:
    project = _project(tmp_path)
    title = project.sources["panel"].meta.title
    project.set_meta("panel", title="Parents' evening")
    assert project.undo() == "panel: title"
    assert Project.open(project.root).sources["panel"].meta.title == title
    assert project.undo() is None


def test_done_argues_and_a_rejection_are_undone_not_the_claim_before_them(
    tmp_path: Path,
) -> None:
    """D (done) then u undid the claim made before it, and the source stayed done."""
    project = _project(tmp_path)
    project.annotate("panel", sentence="s0002", stance="pro-autonomy", questions=["ukraine"])
    project.mark_done("panel")
    assert project.undo() == "panel done"
    assert "panel" not in Project.open(project.root).done_map()
    assert len(Project.open(project.root).claims(source="panel")) == 1  # the claim stays
    assert project.redo() == "panel done"
    assert "ana" in Project.open(project.root).done_map()["panel"]
    project.set_argued("panel", "hedged")
    project.set_rejected("panel", "s0003", "pro-us-primacy")
    assert project.undo() == "suggestion rejected at panel:s0003"
    assert Project.open(project.root).rejected("ana") == {}
    assert project.undo() == "panel argues hedged"
    assert Project.open(project.root).argued("ana") == {}
    assert project.undo() == "panel done"
    assert (project.undo() or "").startswith("annotate ")
