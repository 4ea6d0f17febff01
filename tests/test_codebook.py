"""Codebook editing: built-ins, validation, rename and remove rules, crash safety."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ALPHA, BETA, make_project

from argmap import codebook as cbk
from argmap import journal, store
from argmap.errors import InvalidFile, UsageError
from argmap.model import Codebook
from argmap.project import Project

PA, PU, H = "pro-autonomy", "pro-us-primacy", "hedged"


@pytest.fixture
def annotated(project: Project) -> Project:
    """alpha: s1 PA nato+three-ds, s2 PU nato, s3 PU burden; beta: s1 PA three-ds."""
    project.annotate(
        "alpha", sentence="s0001", stance=PA, questions=["nato-replacement", "three-ds"]
    )
    project.annotate("alpha", sentence="s0002", stance=PU, questions=["nato-replacement"])
    project.annotate("alpha", sentence="s0003", stance=PU, questions=["burden-sharing"])
    project.annotate("beta", sentence="s0001", stance=PA, questions=["three-ds"])
    return Project.open(project.root)


def disk_claims(root: Path) -> list[dict]:
    out = []
    for path in sorted((root / "annotations").glob("*.jsonl")):
        out.extend(json.loads(line) for line in path.read_text().splitlines()[1:])
    return out


def disk_codebook(root: Path) -> Codebook:
    return store.load_codebook(root / "annotations" / "codebook.json")


# --------------------------------------------------------------------------- built-ins


def test_blank_codebook_has_three_neutral_stances_and_no_questions() -> None:
    blank = cbk.load_codebook_spec("blank")
    assert blank.stance_ids == ["for", "against", "hedged"]
    assert [s.axis for s in blank.stances] == [1, -1, 0]
    assert blank.questions == ()


def test_defence_and_path_specs(tmp_path: Path, project: Project) -> None:
    assert "nato-replacement" in cbk.load_codebook_spec("defence").question_ids
    # A project directory, its codebook file, both copy the same codebook.
    assert cbk.load_codebook_spec(str(project.root)) == project.codebook
    assert cbk.load_codebook_spec(str(project.codebook_path)) == project.codebook
    with pytest.raises(UsageError, match="not a codebook"):
        cbk.load_codebook_spec(str(tmp_path / "nowhere"))


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("color", ["red", "bright_blue", "#3fa34d", "rgb(63,163,77)", "grey50"])
def test_colours_rich_can_draw_are_accepted(color: str) -> None:
    cb = cbk.add_stance(cbk.blank_codebook(), "mixed", label="Mixed", symbol="●", color=color)
    assert cb.stance("mixed").color == color


@pytest.mark.parametrize("color", ["reddish", "#12345", "", "rgb(300,0,0)"])
def test_colours_that_cannot_be_drawn_are_refused(color: str) -> None:
    with pytest.raises(UsageError, match="cannot be drawn"):
        cbk.add_stance(cbk.blank_codebook(), "mixed", label="Mixed", symbol="●", color=color)


@pytest.mark.parametrize("symbol", ["▲", "+", "●", "é"])
def test_one_cell_symbols_are_accepted(symbol: str) -> None:
    cbk.add_stance(cbk.blank_codebook(), "x", label="X", symbol=symbol)


@pytest.mark.parametrize("symbol", ["", " ", "ab", "中", "\t", "👍"])
def test_wide_empty_or_several_symbols_are_refused(symbol: str) -> None:
    with pytest.raises(UsageError, match="one printable character one cell wide"):
        cbk.add_stance(cbk.blank_codebook(), "x", label="X", symbol=symbol)


def test_add_refuses_duplicates_bad_ids_and_empty_text() -> None:
    cb = cbk.blank_codebook()
    with pytest.raises(UsageError, match="stance 'for' already exists"):
        cbk.add_stance(cb, "for", label="For", symbol="+")
    with pytest.raises(UsageError, match="must start with a letter or digit"):
        cbk.add_question(cb, "-bad id", label="Bad", text="Why?")
    with pytest.raises(UsageError, match="needs its text"):
        cbk.add_question(cb, "cost", label="Cost", text=" ")
    with pytest.raises(UsageError, match="axis 4: a stance's axis is its place on the scale"):
        cbk.add_stance(cb, "x", label="X", symbol="x", axis=4)
    assert cbk.add_stance(cb, "x", label="X", symbol="x", axis=-3).stance("x").axis == -3


def test_edit_changes_only_the_given_fields_and_validates() -> None:
    cb = cbk.edit(cbk.blank_codebook(), "stance", "for", label="Pro nuclear", color="blue")
    stance = cb.stance("for")
    assert (stance.label, stance.color, stance.symbol) == ("Pro nuclear", "blue", "▲")
    with pytest.raises(UsageError, match="cannot be drawn"):
        cbk.edit(cb, "stance", "for", color="bluish")
    with pytest.raises(UsageError, match="a question has no symbol"):
        cb2 = cbk.add_question(cb, "cost", label="Cost", text="Is it affordable?")
        cbk.edit(cb2, "question", "cost", symbol="x")
    with pytest.raises(UsageError, match="unknown stance 'nope'"):
        cbk.edit(cb, "stance", "nope", label="x")


def test_move_puts_a_stance_where_the_user_wants_it_and_claims_keep_theirs(
    annotated: Project, capsys: pytest.CaptureFixture[str]
) -> None:
    """A stance added last (a middle position on the scale) can be put in its place."""
    from argmap.cli import main

    root = annotated.root
    before = disk_claims(root)
    assert main(["codebook", "move", "stance", H, "2", "--project", str(root)]) == 0
    assert "move stance hedged to position 2" in capsys.readouterr().out
    assert disk_codebook(root).stance_ids == [PA, H, PU]
    assert disk_claims(root) == before  # the order changes, no claim does
    assert main(["codebook", "--json", "--project", str(root)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in shown["stances"]] == [PA, H, PU]
    assert main(["codebook", "move", "question", "ukraine", "1", "--project", str(root)]) == 0
    assert Project.open(root).codebook.question_ids[0] == "ukraine"
    assert main(["codebook", "move", "stance", PU, "4", "--project", str(root)]) == 2
    err = capsys.readouterr().err
    assert "position 4 is out of range: give 1 to 3" in err and err.count("\n") == 1
    assert disk_codebook(root).stance_ids == [PA, H, PU]
    with pytest.raises(UsageError, match="unknown stance 'nope'"):
        cbk.move(disk_codebook(root), "stance", "nope", 1)


# --------------------------------------------------------------------------- rename


def test_rename_stance_rewrites_every_claim_in_every_file(annotated: Project) -> None:
    root = annotated.root
    assert PA in {c.stance for c in annotated.view_claims()}  # a cached view, made stale
    annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", PA, "autonomy"))
    assert {c.stance for c in annotated.view_claims()} == {"autonomy", PU}
    stances = [c["stance"] for c in disk_claims(root)]
    assert stances.count("autonomy") == 2 and PA not in stances
    assert disk_codebook(root).stance_ids[0] == "autonomy"
    reopened = Project.open(root)  # strict: every claim's stance is in the codebook
    assert {c.stance for c in reopened.claims(source="beta")} == {"autonomy"}
    assert annotated.codebook.stance_ids[0] == "autonomy"
    assert {c.stance for c in annotated.claims(source="beta")} == {"autonomy"}


def test_rewritten_files_keep_their_permissions(annotated: Project) -> None:
    path = annotated.annotation_path("beta")
    path.chmod(0o664)
    annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", PA, "autonomy"))
    assert path.stat().st_mode & 0o777 == 0o664
    assert "autonomy" in path.read_text()


def test_rename_question_keeps_its_place_in_claims(annotated: Project) -> None:
    annotated.change_codebook(
        lambda cb, cl: cbk.rename(cb, cl, "question", "nato-replacement", "nato")
    )
    qs = [tuple(c["questions"]) for c in disk_claims(annotated.root)]
    assert ("nato", "three-ds") in qs and ("nato",) in qs
    assert Project.open(annotated.root).codebook.question_ids[0] == "nato"


def test_rename_refuses_existing_or_invalid_new_ids(annotated: Project) -> None:
    before = annotated.codebook_path.read_text()
    with pytest.raises(UsageError, match="stance 'hedged' already exists"):
        annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", PA, H))
    with pytest.raises(UsageError, match="must start with a letter"):
        annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", PA, "a b"))
    with pytest.raises(UsageError, match="unknown question 'nope'"):
        annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "question", "nope", "x"))
    assert annotated.codebook_path.read_text() == before


def test_rename_sees_claims_another_process_saved(annotated: Project) -> None:
    other = Project.open(annotated.root, annotator="other")
    other.annotate("beta", sentence="s0002", stance=PA, questions=["three-ds"])
    annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", PA, "autonomy"))
    assert [c["stance"] for c in disk_claims(annotated.root)].count("autonomy") == 3


def test_rename_is_undone_and_redone(annotated: Project) -> None:
    root = annotated.root
    before = {p.name: p.read_text() for p in (root / "annotations").iterdir()}
    annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "question", "three-ds", "ddd"))
    assert annotated.undo() == "rename question three-ds to ddd"
    assert {p.name: p.read_text() for p in (root / "annotations").iterdir()} == before
    assert "three-ds" in annotated.codebook.question_ids
    assert annotated.redo() == "rename question three-ds to ddd"
    assert "ddd" in Project.open(root).codebook.question_ids


# --------------------------------------------------------------------------- remove


def test_remove_unused_entries(annotated: Project) -> None:
    annotated.change_codebook(lambda cb, cl: cbk.remove(cb, cl, "question", "ukraine"))
    assert "ukraine" not in Project.open(annotated.root).codebook.question_ids


def test_remove_refuses_while_claims_use_it(annotated: Project) -> None:
    with pytest.raises(UsageError, match=r"stance 'pro-autonomy' is used by 2 claims; pass --into"):
        annotated.change_codebook(lambda cb, cl: cbk.remove(cb, cl, "stance", PA))
    with pytest.raises(UsageError, match=r"question 'burden-sharing' is used by 1 claim;"):
        annotated.change_codebook(lambda cb, cl: cbk.remove(cb, cl, "question", "burden-sharing"))
    assert PA in Project.open(annotated.root).codebook.stance_ids


def test_remove_stance_into_moves_its_claims(annotated: Project) -> None:
    annotated.change_codebook(lambda cb, cl: cbk.remove(cb, cl, "stance", PU, into=H))
    assert sorted(c["stance"] for c in disk_claims(annotated.root)) == [H, H, PA, PA]
    assert Project.open(annotated.root).codebook.stance_ids == [PA, H]


def test_remove_question_drops_it_or_moves_lone_uses(annotated: Project) -> None:
    annotated.change_codebook(
        lambda cb, cl: cbk.remove(cb, cl, "question", "nato-replacement", into="burden-sharing")
    )
    by_sentence = {
        (c["source"], c["sentence"]): c["questions"] for c in disk_claims(annotated.root)
    }
    assert by_sentence[("alpha", "s0001")] == ["three-ds"]  # had another: dropped
    assert by_sentence[("alpha", "s0002")] == ["burden-sharing"]  # only one: moved
    assert by_sentence[("alpha", "s0003")] == ["burden-sharing"]
    assert by_sentence[("beta", "s0001")] == ["three-ds"]
    # Undo puts back both the question and the claims' old questions.
    annotated.undo()
    by_sentence = {
        (c["source"], c["sentence"]): c["questions"] for c in disk_claims(annotated.root)
    }
    assert by_sentence[("alpha", "s0001")] == ["nato-replacement", "three-ds"]
    assert by_sentence[("alpha", "s0002")] == ["nato-replacement"]


def test_remove_into_itself_unknown_or_last_stance(tmp_path: Path) -> None:
    cb = cbk.blank_codebook()
    with pytest.raises(UsageError, match="into itself"):
        cbk.remove(cb, [], "stance", "for", into="for")
    with pytest.raises(UsageError, match="unknown stance 'nope'"):
        cbk.remove(cb, [], "stance", "for", into="nope")
    cb = cbk.remove(cbk.remove(cb, [], "stance", "for").codebook, [], "stance", "against").codebook
    with pytest.raises(UsageError, match="is the last one"):
        cbk.remove(cb, [], "stance", "hedged")


def test_a_damaged_annotation_file_stops_the_change(annotated: Project) -> None:
    path = annotated.annotation_path("beta")
    path.write_text(path.read_text() + "{not json\n")
    before = annotated.codebook_path.read_text()
    with pytest.raises(InvalidFile, match=r"beta\.jsonl:3"):
        annotated.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", PA, "autonomy"))
    assert annotated.codebook_path.read_text() == before


# --------------------------------------------------------------------------- crash safety


def test_recovery_finishes_a_committed_change_and_drops_an_uncommitted_one(
    tmp_path: Path,
) -> None:
    d = tmp_path / "ann"
    d.mkdir()
    (d / "a").write_text("old a")
    (d / "b").write_text("old b")
    # Crash after the journal was written and one file replaced: recovery finishes.
    (d / ".a.pending").write_text("new a")
    (d / journal.JOURNAL_FILE).write_text(json.dumps({"files": ["a", "b"]}))
    os.replace(d / ".a.pending", d / "a")
    (d / ".b.pending").write_text("new b")
    assert journal.needs_recovery(d) and journal.recover(d)
    assert ((d / "a").read_text(), (d / "b").read_text()) == ("new a", "new b")
    assert not journal.needs_recovery(d)
    # Crash before the journal: the pending files are dropped, the old files stay.
    (d / ".a.pending").write_text("newer a")
    assert journal.recover(d)
    assert (d / "a").read_text() == "new a" and not list(d.glob(".*"))


CHILD = r"""
import os, sys, time
from argmap import codebook as cbk, journal
from argmap.project import Project

stage, root = sys.argv[1], sys.argv[2]
real_replace, real_write = os.replace, journal.atomic_write
count = {"replace": 0}

def signal_and_wait():
    print("ready", flush=True)
    time.sleep(60)

def slow_replace(src, dst):
    real_replace(src, dst)
    if str(src).endswith(journal.PENDING_SUFFIX):
        count["replace"] += 1
        if stage == "during-commit" and count["replace"] == 2:
            signal_and_wait()

def slow_write(path, text):
    if stage == "before-commit" and path.name == journal.JOURNAL_FILE:
        signal_and_wait()
    real_write(path, text)

journal.os.replace = slow_replace
journal.atomic_write = slow_write
project = Project.open(root)
project.change_codebook(lambda cb, cl: cbk.rename(cb, cl, "stance", "pro-autonomy", "autonomy"))
print("done", flush=True)
"""


def _kill_mid_rename(root: Path, stage: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, stage, str(root)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


@pytest.mark.parametrize(
    ("stage", "expected"), [("before-commit", PA), ("during-commit", "autonomy")]
)
def test_kill_9_during_a_rename_leaves_all_old_or_all_new(
    tmp_path: Path, annotator: str, stage: str, expected: str
) -> None:
    project = make_project(tmp_path, {"alpha": ALPHA, "beta": BETA, "gamma": ALPHA})
    for sid in ("alpha", "beta", "gamma"):
        project.annotate(sid, sentence="s0001", stance=PA, questions=["three-ds"])
    root = project.root
    _kill_mid_rename(root, stage)
    files = sorted(p.name for p in (root / "annotations").iterdir())
    assert any(name.endswith(journal.PENDING_SUFFIX) for name in files)  # killed mid-way
    reopened = Project.open(root)  # strict: codebook and claims agree
    assert {c.stance for c in reopened.claims()} == {expected}
    assert expected in reopened.codebook.stance_ids
    assert [
        p.name for p in (root / "annotations").iterdir() if p.name.startswith(".argmap-j")
    ] == []
    assert not journal.needs_recovery(root / "annotations")


def test_kill_9_at_random_moments_never_mixes_old_and_new(tmp_path: Path, annotator: str) -> None:
    texts = {f"s{i:02d}": ALPHA for i in range(12)}
    project = make_project(tmp_path, texts)
    for sid in texts:
        project.annotate(sid, sentence="s0001", stance=PA, questions=["three-ds"])
    root = project.root
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    script = (
        "import sys\nfrom argmap import codebook as cbk\nfrom argmap.project import Project\n"
        "p = Project.open(sys.argv[1])\nold, new = sys.argv[2:4]\n"
        "print('go', flush=True)\n"
        "p.change_codebook(lambda cb, cl: cbk.rename(cb, cl, 'stance', old, new))\n"
    )
    names = [PA, "autonomy"]
    for attempt in range(6):
        old, new = names[attempt % 2], names[(attempt + 1) % 2]
        current = {c.stance for c in Project.open(root).claims()}
        assert current == {old}
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(root), old, new],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "go"
        time.sleep(0.002 * attempt)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        stances = {c.stance for c in Project.open(root).claims()}
        assert stances in ({old}, {new})
        if stances == {old}:  # killed before the commit point: rename for real to go on
            Project.open(root).change_codebook(
                lambda cb, cl, old=old, new=new: cbk.rename(cb, cl, "stance", old, new)
            )


@pytest.mark.parametrize(("color", "stored"), [("orange", "#ffa500"), ("Teal", "#008080")])
def test_a_css_colour_name_is_kept_as_its_hex(
    color: str, stored: str, project: Project, cli: Callable[..., tuple[int, str, str]]
) -> None:
    """A newcomer's `--color orange` (or teal, navy, pink) was refused: Rich knows none of
    them. They are stored as the hex the TUI and every export can draw."""
    code, _, err = cli(
        "codebook", "edit", "stance", "hedged", "--color", color, "-p", str(project.root)
    )
    assert code == 0, err
    assert Project.open(project.root).codebook.stance("hedged").color == stored


def test_a_terminal_colour_name_is_drawn_in_its_colour_in_the_exports(
    project: Project, cli: Callable[..., tuple[int, str, str]]
) -> None:
    """`--color bright_blue` (the refusal's own example) was accepted and then drawn grey
    (#7f7f7f) in every export: the exports knew only a dozen names."""
    from argmap.export.graph import hex_color

    root = str(project.root)
    assert cli("codebook", "edit", "stance", "hedged", "--color", "bright_blue", "-p", root)[0] == 0
    assert hex_color("bright_blue") == "#0000ff"
    assert hex_color("rgb(63,163,77)") == "#3fa34d"
    code, out, err = cli("export", "--format", "html", "-p", root)
    assert code == 0, err
    border = re.search(r'<span class="chip" title="hedged" style="[^"]*border-color:#(\w{6})', out)
    red, green, blue = (int(border.group(1)[i : i + 2], 16) for i in (0, 2, 4))
    assert blue > red + 60 and blue > green + 60  # blue in the legend (was grey)


def test_built_in_codebooks_draw_stances_colour_blind_readers_tell_apart() -> None:
    """The shipped, ``defence`` and ``blank`` codebooks drew green #3fa34d and red #d9534f
    (1.4 apart to a deuteranope: one colour); they draw Okabe-Ito colours, the ones export's
    advice would suggest, so no export of them warns."""
    from argmap.export.colours import COLLIDE_BELOW, least_difference, okabe_ito_for

    shipped = Path(__file__).resolve().parent.parent / "annotations" / "codebook.json"
    for spec in ("blank", "defence", str(shipped)):
        colours = [s.color for s in cbk.load_codebook_spec(spec).stances]
        assert least_difference(colours)[0] >= COLLIDE_BELOW, spec
        assert okabe_ito_for(colours) == colours, spec
