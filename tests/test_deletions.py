"""Deleted claims in the annotation files (session 17): what a merge of two copies can put
around a deletion line, read the same by every reader; a damaged deletion line named."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ALPHA, make_project

from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def proj(tmp_path: Path, annotator: str) -> Project:
    """``alpha`` with two claims, the first then deleted."""
    project = make_project(tmp_path, {"alpha": ALPHA})
    a = project.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    project.annotate("alpha", sentence="s0002", stance="hedged", questions=["ukraine"])
    project.delete(a.id)
    return project


def lines(project: Project) -> list[str]:
    return project.annotation_path("alpha").read_text(encoding="utf-8").splitlines()


def save(project: Project, text: list[str]) -> None:
    project.annotation_path("alpha").write_text("\n".join(text) + "\n", encoding="utf-8")


def ids(cli: CliRun, project: Project) -> list[str]:
    code, out, err = cli("claims", "--json", "-p", str(project.root))
    assert code == 0, err
    return [c["id"] for c in json.loads(out)]


def test_the_deleted_line_stays_and_a_deletion_is_appended(proj: Project, cli: CliRun) -> None:
    """The deletion changes no claim line (so git merges it beside any edit of a colleague):
    the claim's line is where it was, the deletion the last line."""
    text = lines(proj)
    assert len(text) == 4 and json.loads(text[-1])["type"] == "deleted"
    gone = json.loads(text[-1])["id"]
    assert json.loads(text[1])["id"] == gone
    kept = json.loads(text[2])["id"]
    assert ids(cli, proj) == [kept]
    code, out, err = cli("validate", "-p", str(proj.root))
    assert code == 0, out + err


def test_versions_a_merge_brings_around_a_deletion(proj: Project, cli: CliRun) -> None:
    """A union merge can bring back the deleted version twice, and an edit made after the
    deletion in another copy: the old versions stay deleted (no duplicate-id problem), the
    later edit is the claim, in the claim list and after `validate --repair` alike."""
    text = lines(proj)
    old = json.loads(text[1])
    again = dict(old, note="changed before the deletion")
    save(proj, [*text[:3], json.dumps(again, sort_keys=True), text[3]])
    assert ids(cli, proj) == [json.loads(text[2])["id"]]
    later = dict(old, stance="pro-us-primacy", modified="2099-01-01T00:00:00Z")
    save(proj, [*text[:3], json.dumps(later, sort_keys=True), text[3]])
    claims = {c["id"]: c for c in json.loads(cli("claims", "--json", "-p", str(proj.root))[1])}
    assert claims[old["id"]]["stance"] == "pro-us-primacy"
    code, out, _ = cli("validate", "--repair", "-p", str(proj.root))
    assert code == 0 and "repair: no claim changed in two copies" in out
    # the claim deleted again: the newer deletion outdates the later edit
    assert cli("unannotate", old["id"], "-p", str(proj.root), "--annotator", "tester")[0] == 0
    assert old["id"] not in ids(cli, proj)
    assert sum('"type": "deleted"' in line for line in lines(proj)) == 2


def test_a_damaged_deletion_line_is_named(proj: Project, cli: CliRun) -> None:
    text = lines(proj)
    save(proj, [*text[:3], text[3].replace('"deleted": "', '"deleted": "yesterday ')])
    code, _, err = cli("validate", "-p", str(proj.root))
    assert code == 1 and f"{proj.annotation_path('alpha')}:4: deletion of c" in err
    assert err.count("\n") == 1 and "deleted: Input should be a valid datetime" in err
    code, _, err = cli("annotate", "alpha", "--sentence", "s0003", "--stance", "hedged",
                       "-q", "ukraine", "-p", str(proj.root), "--annotator", "tester")  # fmt: skip
    assert code == 1 and "not saved" in err
    assert lines(proj)[3].startswith('{"deleted": "yesterday ')  # nothing lost
