"""``argmap remove SOURCE``: a page added by mistake, or saved twice, taken out of the
project (no command did it; the ``--replace`` hint said to delete ``seeds/ID-2.*`` by hand,
which left progress entries and links behind). Kept in ``removed/``, brought back whole."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_faults import snapshot
from conftest import ALPHA, BETA, make_project

from argmap.project import Project

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def linked(tmp_path: Path, annotator: str) -> Project:
    """alpha and beta; tester's claim on beta attacks tester's claim on alpha; tester
    marked beta done and rejected a suggestion on it; other's claim on alpha."""
    project = make_project(tmp_path, {"alpha": ALPHA, "beta": BETA})
    a = project.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    b = project.annotate("beta", sentence="s0001", stance="pro-us-primacy", questions=["ukraine"])
    project.relate(b.id, "attacks", a.id)
    project.mark_done("beta")
    project.set_rejected("beta", "s0002", "hedged")
    project.mark_done("alpha")
    project.chosen_annotator = "other"
    project.annotate("alpha", sentence="s0003", stance="hedged", questions=["ukraine"])
    return project


def test_a_source_without_claims_is_removed_and_validate_stays_clean(
    tmp_path: Path, cli: CliRun, annotator: str
) -> None:
    project = make_project(tmp_path, {"alpha": ALPHA, "beta": BETA})
    root = str(project.root)
    assert cli("done", "beta", "-p", root)[0] == 0
    code, out, err = cli("remove", "beta", "-p", root)
    assert code == 0, err
    assert out.splitlines() == [
        "removed beta: 'Autonomy is a slogan.' (2 sentences)",
        "  with tester's done mark",
        "  kept in removed/beta/: `argmap remove beta --undo` brings it back",
    ]
    assert not list((project.root / "seeds").glob("beta*"))
    code, out, err = cli("validate", "-p", root)
    assert code == 0, out + err  # no "no such source (removed or renamed?)" line
    code, out, _ = cli("sources", "--json", "-p", root)
    assert [s["id"] for s in json.loads(out)] == ["alpha"]


def test_claims_refuse_in_one_line_naming_how_many_and_whose(linked: Project, cli: CliRun) -> None:
    root = str(linked.root)
    before = snapshot(linked.root)
    code, out, err = cli("remove", "alpha", "-p", root)
    assert code == 2 and out == ""
    assert err == (
        "argmap: source alpha has 2 claims (other 1, tester 1) and 1 link from claims on "
        "other sources: `argmap remove alpha --with-claims` removes them with it (kept in "
        "removed/alpha/; `argmap remove alpha --undo` brings all back)\n"
    )
    assert snapshot(linked.root) == before


def test_with_claims_takes_links_and_progress_and_undo_brings_all_back(
    linked: Project, cli: CliRun
) -> None:
    root = str(linked.root)
    before = snapshot(linked.root)
    code, out, err = cli("remove", "alpha", "--with-claims", "-p", root)
    assert code == 0, err
    assert out.splitlines()[1] == (
        "  with 2 claims (other 1, tester 1), 1 link from claims on other sources, "
        "tester's done mark"
    )
    assert cli("validate", "-p", root)[0] == 0  # no dangling link, no stray progress
    opened = Project.open(root)
    assert "alpha" not in opened.sources
    assert [c.relations for c in opened.claims(source="beta")] == [()]
    # listed while removed
    code, out, _ = cli("remove", "-p", root)
    assert code == 0 and "alpha" in out and "Europe must build" in out
    code, out, err = cli("remove", "alpha", "--undo", "-p", root)
    assert code == 0, err
    assert out.splitlines() == [
        "brought back alpha: 'Europe must build its own defence.' (6 sentences)",
        "  with 2 claims (other 1, tester 1), 1 link from claims on other sources, "
        "tester's done mark",
    ]
    after = snapshot(linked.root)
    assert after == before  # byte for byte
    assert not (linked.root / "removed").exists()  # no empty folder left behind
    code, out, _ = cli("remove", "-p", root)
    assert out == "no sources removed (removed/ is empty)\n"


def test_a_second_save_removed_is_what_the_replace_hint_says(
    tmp_path: Path, cli: CliRun, annotator: str
) -> None:
    """debate22: lemmy.html then its pasted lemmy.txt became lemmy-2; the hint now names
    `argmap remove`, not deleting files by hand."""
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    page, pasted = tmp_path / "lemmy.html", tmp_path / "lemmy.txt"
    page.write_text(
        "<html><head><title>Town hall</title></head><body><h1>Town hall</h1>"
        "<p>The levy should go. It is unfair to renters.</p></body></html>",
        encoding="utf-8",
    )
    pasted.write_text("Town hall thread\n\nThe levy should go. Many agree.\n", encoding="utf-8")
    assert cli("add", str(page), "--id-from", "file", "-p", root)[0] == 0
    code, out, _ = cli("add", str(pasted), "--id-from", "file", "-p", root)
    assert "then `argmap remove lemmy-2`" in out
    code, out, err = cli("remove", "lemmy-2", "-p", root)
    assert code == 0, err
    code, out, err = cli("add", str(pasted), "--id-from", "file", "--replace", "lemmy", "-p", root)
    assert code == 0, err
    assert cli("validate", "-p", root)[0] == 0


def test_undo_in_one_process_and_a_source_added_again_meanwhile(
    linked: Project, cli: CliRun
) -> None:
    """The project's undo (the TUI's `u`) brings a removed source back; redo removes it
    again. A source added under the removed id meanwhile is never overwritten."""
    root = linked.root
    before = snapshot(root)
    linked.remove_source("beta", with_claims=True)
    assert linked.undo() == "remove beta"
    assert snapshot(root) == before and "beta" in linked.sources
    assert linked.redo() == "remove beta"
    assert "beta" not in linked.sources
    (root / "seeds" / "beta.txt").write_text("A new beta. It differs.\n", encoding="utf-8")
    code, _, err = cli("remove", "beta", "--undo", "-p", str(root))
    assert code == 2
    assert err.startswith("argmap: cannot bring back beta: a source 'beta' is in the project")
    assert (root / "seeds" / "beta.txt").read_text() == "A new beta. It differs.\n"
    assert (root / "removed" / "beta" / "removal.json").is_file()


@pytest.mark.parametrize("folder", ["seeds", "annotations"])
def test_a_removal_that_cannot_finish_changes_nothing(
    linked: Project, cli: CliRun, monkeypatch: pytest.MonkeyPatch, folder: str
) -> None:
    from cli_faults import read_only

    root = linked.root
    before = snapshot(root)
    with read_only(root / folder, monkeypatch):
        code, _, err = cli("remove", "alpha", "--with-claims", "-p", str(root))
    assert code == 1 and err.startswith("argmap: ") and err.count("\n") == 1, err
    assert snapshot(root) == before and not (root / "removed").exists()
