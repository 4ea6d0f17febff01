"""Removing a stance never leaves a progress file on a stance the codebook no longer has.

What an annotator said a source argues (``argmap argues``) and the suggestions they
rejected (``argmap reject``) are kept in ``annotations/progress/NAME.json`` by stance id.
Before: ``codebook remove stance ID`` without ``--into`` (allowed when no claim used it)
left them there, and every later command exited 1 ("unknown stance"); undoing a
``remove --into`` left them on the other stance.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import make_project

from argmap.codebook import add_stance, remove
from argmap.errors import UsageError
from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]
PA, H = "pro-autonomy", "hedged"
ARTICLE = (
    "Europe must build its own defence. The United States will not stay forever.\n\n"
    "Critics say NATO remains essential. They warn against duplication.\n"
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """alice says ``op`` argues hedged and rejected hedged (and pro-autonomy) on s0004; bob
    rejected hedged on s0001. No claim uses hedged."""
    project = make_project(tmp_path, {"op": ARTICLE})
    alice = Project.open(project.root, annotator="alice")
    alice.set_argued("op", H)
    alice.set_rejected("op", "s0004", H)
    alice.set_rejected("op", "s0004", PA)
    Project.open(project.root, annotator="bob").set_rejected("op", "s0001", H)
    return project.root


def progress_of(root: Path) -> tuple[dict, dict, dict]:
    """alice's argues, alice's and bob's rejections, as a fresh strict open reads them."""
    project = Project.open(root)
    return project.argued("alice"), project.rejected("alice"), project.rejected("bob")


BEFORE = ({"op": H}, {"op": {"s0004": (H, PA)}}, {"op": {"s0001": (H,)}})


def test_removing_a_stance_progress_files_use_is_refused_in_one_line(
    root: Path, cli: CliRun
) -> None:
    codebook = (root / "annotations" / "codebook.json").read_text()
    code, out, err = cli("--project", str(root), "codebook", "remove", "stance", H)
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert err.startswith(
        f"argmap: stance {H!r} is used in 2 progress files (alice.json: argues 1 source, "
        "rejected on 1 sentence; bob.json: rejected on 1 sentence); pass --into OTHER to "
        "move them (valid: "
    )
    # nothing changed, and the project still opens
    assert (root / "annotations" / "codebook.json").read_text() == codebook
    assert progress_of(root) == BEFORE
    assert cli("--project", str(root), "validate")[0] == 0


def test_remove_into_moves_progress_even_when_no_claim_uses_the_stance(
    root: Path, cli: CliRun
) -> None:
    code, out, err = cli("--project", str(root), "codebook", "remove", "stance", H, "--into", PA)
    assert code == 0, err
    assert out == f"remove stance {H} into {PA} (progress of alice, bob rewritten)\n"
    assert progress_of(root) == ({"op": PA}, {"op": {"s0004": (PA,)}}, {"op": {"s0001": (PA,)}})
    assert cli("--project", str(root), "validate")[0] == 0


def test_undoing_a_remove_into_moves_progress_back_and_redo_again(root: Path) -> None:
    project = Project.open(root, annotator="alice")
    project.change_codebook(lambda cb, claims: remove(cb, claims, "stance", H, into=PA))
    # meanwhile bob rejects pro-autonomy elsewhere: that one was never hedged
    Project.open(root, annotator="bob").set_rejected("op", "s0003", PA)
    project.undo()
    argued, alice, bob = progress_of(root)
    assert (argued, alice) == BEFORE[:2]
    assert bob == {"op": {"s0001": (H,), "s0003": (PA,)}}
    assert project.argued() == {"op": H}
    project.redo()
    assert progress_of(root) == (
        {"op": PA},
        {"op": {"s0004": (PA,)}},
        {"op": {"s0001": (PA,), "s0003": (PA,)}},
    )


def test_undoing_an_added_stance_someone_argued_since_is_refused(root: Path) -> None:
    project = Project.open(root, annotator="alice")
    project.change_codebook(lambda cb, _claims: add_stance(cb, "torn", label="Torn"))
    Project.open(root, annotator="bob").set_argued("op", "torn")
    with pytest.raises(UsageError, match=r"cannot undo: stance 'torn' is used in 1 progress"):
        project.undo()
    assert Project.open(root).argued("bob") == {"op": "torn"}  # still opens
    assert project._undo  # the edit can still be undone once bob changes his mind


def test_a_project_left_on_a_stance_the_codebook_lacks_is_repaired_from_the_cli(
    root: Path, cli: CliRun
) -> None:
    """A project broken before this fix (or codebook.json edited by hand): every command
    names the file and how to repair it, and the codebook commands still work."""
    import json

    path = root / "annotations" / "codebook.json"
    book = json.loads(path.read_text())
    book["stances"] = [s for s in book["stances"] if s["id"] != H]
    path.write_text(json.dumps(book))
    code, _, err = cli("--project", str(root), "validate")
    progress = root / "annotations" / "progress"
    assert code == 1
    assert (
        f"{progress / 'alice.json'}: argues: op: unknown stance {H!r} (valid: pro-autonomy, "
        f"pro-us-primacy; renamed in another copy of the project before a merge? `argmap "
        f"codebook rename stance {H} NEW` moves its claims to NEW; `argmap codebook "
        f"add-stance {H}` brings it back)"
    ) in err.splitlines()
    code, out, err = cli("--project", str(root), "codebook")
    assert code == 1 and "pro-us-primacy" in out and "unknown stance" in err
    code, out, err = cli("--project", str(root), "codebook", "add-stance", H, "--axis", "0")
    assert code == 0, err
    assert cli("--project", str(root), "validate")[0] == 0
    assert progress_of(root) == BEFORE


def test_a_claim_on_an_unknown_stance_names_the_one_meant_or_the_repair(
    root: Path, cli: CliRun
) -> None:
    """A typo in a hand-edited annotation file: the stance meant; a stance gone from a
    hand-edited codebook.json: how to bring it back."""
    Project.open(root, annotator="alice").annotate(
        "op", stance=PA, questions=["us-guarantee"], sentence="s0001"
    )
    path = root / "annotations" / "op.jsonl"
    path.write_text(path.read_text().replace(f'"{PA}"', '"pro-autonomi"'))
    code, out, err = cli("--project", str(root), "validate")
    assert code == 1
    assert f"{path}:2: claim " in out + err
    assert "unknown stance 'pro-autonomi' (did you mean 'pro-autonomy'? valid: " in out + err
    path.write_text(path.read_text().replace('"pro-autonomi"', '"pro-mars"'))
    code, out, err = cli("--project", str(root), "validate")
    assert "`argmap codebook add-stance pro-mars` brings it back)" in out + err
