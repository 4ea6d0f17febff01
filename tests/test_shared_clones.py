"""Several annotators in separate git clones of one project, merging (session 16's walk):
who saves a claim, a codebook both changed, a stance renamed in one clone while the other
annotated with it, a claim changed in both, a link to a claim deleted in the other."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import git

Cli = Callable[..., tuple[int, str, str]]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

TEXT = (
    "The levy is fair. Visitors use the roads. Shops will lose trade. "
    "The money should fund housing.\n"
)


def commit(where: Path) -> None:
    git(where, "add", "-A")
    git(where, "commit", "-qm", "work")


@pytest.fixture
def clones(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A project (two questions, one source) shared through a bare repository, cloned by
    alice and by bob."""
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    start = tmp_path / "start"
    assert cli("init", str(start))[0] == 0
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    for args in (
        ("codebook", "add-question", "trade", "--label", "Trade", "--text", "Trade?"),
        ("codebook", "add-question", "roads", "--label", "Roads", "--text", "Roads?"),
        ("add", str(tmp_path / "a.txt"), "--id", "a"),
    ):
        assert cli(*args, "-p", str(start))[0] == 0
    git(start, "init", "-q", "-b", "main")
    commit(start)
    git(tmp_path, "clone", "-q", "--bare", str(start), "shared.git")
    for name in ("alice", "bob"):
        git(tmp_path, "clone", "-q", "shared.git", name)
    return tmp_path / "alice", tmp_path / "bob"


def pull(where: Path) -> str:
    return git(where, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")


def test_a_clone_does_not_take_the_first_annotators_name(
    clones: tuple[Path, Path], cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """`argmap init . --annotator alice` kept the name in argmap.json, which git shares: bob
    annotated in his clone and every claim was saved as alice's, without a word."""
    alice, bob = clones
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "alice-home"))
    code, out, err = cli("init", str(alice), "--annotator", "alice")
    assert code == 0, err
    assert "argmap.json" not in out.split("\n")[0]
    commit(alice)
    git(alice, "push", "-q", "origin", "main")
    pull(bob)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "bob-home"))
    code, _, err = cli("annotate", "a", "--sentence", "s0001", "--stance", "for", "-q", "trade",
                       "-p", str(bob))  # fmt: skip
    assert code == 2 and "no annotator set" in err and "--annotator NAME" in err
    assert cli("init", str(bob), "--annotator", "bob")[0] == 0
    code, out, err = cli("annotate", "a", "--sentence", "s0001", "--stance", "for",
                         "-q", "trade", "-p", str(bob))  # fmt: skip
    assert code == 0, err
    saved = (bob / "annotations" / "a.jsonl").read_text().splitlines()[1]
    assert json.loads(saved)["annotator"] == "bob"


def test_a_name_argmap_json_shares_is_said_and_moved_out(
    clones: tuple[Path, Path], cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A project made by an older argmap keeps its annotator in argmap.json: a claim saved
    under it says so, and `init --annotator` takes it out of the shared file."""
    alice, _ = clones
    config = alice / "argmap.json"
    config.write_text(json.dumps({**json.loads(config.read_text()), "annotator": "alice"}))
    code, _, err = cli("annotate", "a", "--sentence", "s0002", "--stance", "for", "-q", "roads",
                       "-p", str(alice))  # fmt: skip
    assert code == 0
    assert f"argmap: saved as 'alice', the name {config} gives everyone who opens" in err
    code, _, err = cli("sources", "-p", str(alice))
    assert code == 0 and "saved as" not in err  # a read says nothing
    code, out, _ = cli("init", str(alice), "--annotator", "bob")
    assert code == 0 and f"{config}: annotator 'alice' taken out" in out
    assert "annotator" not in json.loads(config.read_text())
    code, _, err = cli("annotate", "a", "--sentence", "s0003", "--stance", "against",
                       "-q", "trade", "-p", str(alice))  # fmt: skip
    assert code == 0 and "saved as" not in err
    saved = [json.loads(x) for x in (alice / "annotations" / "a.jsonl").read_text().splitlines()]
    assert [c["annotator"] for c in saved[1:]] == ["alice", "bob"]


def test_a_codebook_both_clones_changed_merges_by_command(
    clones: tuple[Path, Path], cli: Cli
) -> None:
    """Each clone added a question (and bob relabelled a stance): git's merge left conflict
    markers in codebook.json, and every command said only "invalid JSON"."""
    alice, bob = clones
    assert cli("codebook", "add-question", "housing", "--label", "Housing", "--text", "H?",
               "-p", str(alice))[0] == 0  # fmt: skip
    assert cli("codebook", "rename", "stance", "hedged", "conditional", "-p", str(alice))[0] == 0
    commit(alice)
    git(alice, "push", "-q", "origin", "main")
    assert cli("codebook", "add-question", "jobs", "--label", "Jobs", "--text", "J?",
               "-p", str(bob))[0] == 0  # fmt: skip
    assert cli("codebook", "edit", "stance", "for", "--label", "Pro levy", "-p", str(bob))[0] == 0
    assert cli("annotate", "a", "--sentence", "s0004", "--stance", "hedged", "-q", "jobs",
               "-p", str(bob), "--annotator", "bob")[0] == 0  # fmt: skip
    assert cli("annotate", "a", "--sentence", "s0003", "--stance", "against", "-q", "trade",
               "-p", str(bob), "--annotator", "bob")[0] == 0  # fmt: skip
    assert cli("relate", "a:s0003", "--attacks", "a:s0004", "-p", str(bob),
               "--annotator", "bob")[0] == 0  # fmt: skip
    commit(bob)
    assert "CONFLICT" in pull(bob)
    codebook = bob / "annotations" / "codebook.json"
    code, _, err = cli("matrix", "-p", str(bob))
    assert code == 1 and f"{codebook}:" in err and "merge conflict: two copies" in err
    assert "`argmap codebook merge`" in err
    code, out, err = cli("codebook", "merge", "-p", str(bob))
    assert code == 0, err
    merged = json.loads(codebook.read_text())
    assert [q["id"] for q in merged["questions"]] == ["trade", "roads", "housing", "jobs"]
    assert [s["id"] for s in merged["stances"]] == ["for", "against", "conditional"]
    assert merged["stances"][0]["label"] == "Pro levy"
    # bob's claim is on 'hedged', which alice renamed: the codebook records the rename
    # (session 17), and the next command moves the claim (c16: by `codebook rename` by hand)
    code, out, err = cli("validate", "-p", str(bob))
    assert code == 0, out + err
    assert "argmap: 1 claim (bob) on stance 'hedged' moved to 'conditional': " in err
    claims = [json.loads(x) for x in (bob / "annotations" / "a.jsonl").read_text().splitlines()]
    assert [c.get("stance") for c in claims[1:]] == ["against", "conditional"]
    for form in ("html", "markdown", "svg", "dot", "csv"):
        code, out, err = cli("export", "--format", form, "-p", str(bob))
        assert code == 0 and "hedged" not in err, err


def test_a_claim_changed_in_both_and_a_link_to_a_deleted_claim_are_repaired(
    clones: tuple[Path, Path], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rename in alice's clone rewrote bob's claim while bob changed it (one id on two
    lines after the union merge), and bob linked to a claim alice deleted meanwhile (a
    link to nothing): each stopped every command, and no command could mend them."""
    alice, bob = clones
    made = (("alice", alice, "s0001", "hedged"), ("bob", bob, "s0002", "for"),
            ("bob", bob, "s0004", "hedged"))  # fmt: skip
    for who, where, sentence, stance in made:
        assert cli("annotate", "a", "--sentence", sentence, "--stance", stance,
                   "-q", "roads", "-p", str(where), "--annotator", who)[0] == 0  # fmt: skip
        commit(where)
        pull(where)
        git(where, "push", "-q", "origin", "main")
    pull(alice)
    code, out, _ = cli("claims", "-p", str(alice), "--json")
    mine = next(c["id"] for c in json.loads(out) if c["sentence"] == "s0001")
    theirs = next(c["id"] for c in json.loads(out) if c["sentence"] == "s0004")
    assert cli("codebook", "rename", "stance", "hedged", "conditional", "-p", str(alice))[0] == 0
    assert cli("unannotate", mine, "-p", str(alice), "--annotator", "alice")[0] == 0
    commit(alice)
    git(alice, "push", "-q", "origin", "main")
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
    monkeypatch.setattr("argmap.project._now", lambda: later)  # bob edits after the rename
    assert cli("update", theirs, "--stance", "against", "-q", "trade",
               "-p", str(bob), "--annotator", "bob")[0] == 0  # fmt: skip
    assert cli("annotate", "a", "--sentence", "s0003", "--stance", "against", "-q", "trade",
               "-p", str(bob), "--annotator", "bob")[0] == 0  # fmt: skip
    assert cli("relate", "a:s0003", "--attacks", mine, "-p", str(bob), "--annotator", "bob")[0] == 0
    commit(bob)
    pull(bob)
    code, _, err = cli("export", "--format", "html", "-p", str(bob))
    # (session 17) bob's later version is the claim for every reader; (session 19) the link
    # to the claim alice deleted is left out, not the whole file's readings: `validate`
    # notes it, `validate --repair` drops it from the file
    assert code == 0 and "duplicate id" not in err and "does not exist" not in err
    code, out, _ = cli("validate", "-p", str(bob))
    assert code == 0 and f"its link attacks {mine} is left out: {mine} was deleted" in out
    code, out, _ = cli("claims", "-p", str(bob), "--json", "--source", "a")
    assert [c["stance"] for c in json.loads(out) if c["id"] == theirs] == ["against"]
    code, out, err = cli("validate", "--repair", "-p", str(bob))
    assert code == 0, err
    assert f"claim {theirs} (bob) was changed in two copies: kept line" in out
    assert "(against, trade, claim, modified" in out and "(conditional, roads, claim" in out
    assert f"dropped its link attacks {mine}: no file holds that claim" in out
    code, out, _ = cli("claims", "-p", str(bob), "--json")
    claims = {c["id"]: c for c in json.loads(out)}
    assert claims[theirs]["stance"] == "against" and claims[theirs]["questions"] == ["trade"]
    assert mine not in claims and len(claims) == 3
    code, out, _ = cli("validate", "--repair", "-p", str(bob))
    assert code == 0 and "repair: no claim changed in two copies" in out


def claim_ids(cli: Cli, where: Path) -> dict[str, dict]:
    code, out, err = cli("claims", "-p", str(where), "--json")
    assert code == 0, err
    return {c["id"]: c for c in json.loads(out)}


def annotate(cli: Cli, where: Path, who: str, sentence: str, stance: str = "for") -> str:
    code, _, err = cli("annotate", "a", "--sentence", sentence, "--stance", stance,
                         "-q", "roads", "-p", str(where), "--annotator", who)  # fmt: skip
    assert code == 0, err
    return next(c for c in claim_ids(cli, where).values() if c["sentence"] == sentence
                and c["annotator"] == who)["id"]  # fmt: skip


def share(where: Path) -> None:
    commit(where)
    pull(where)
    git(where, "push", "-q", "origin", "main")


def test_a_deleted_claim_stays_deleted_through_a_merge(
    clones: tuple[Path, Path], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alice deleted her claim while bob annotated the same sentence and linked to it: the
    union merge brought the deleted line back (git cannot tell a deletion from an unchanged
    line next to bob's new one), and every reader counted it again."""
    alice, bob = clones
    gone = annotate(cli, alice, "alice", "s0001")
    kept = annotate(cli, alice, "alice", "s0002", "against")
    share(alice)
    pull(bob)
    assert cli("unannotate", gone, "-p", str(alice), "--annotator", "alice")[0] == 0
    share(alice)
    mine = annotate(cli, bob, "bob", "s0001", "against")  # the line next to the deleted one
    assert cli("relate", mine, "--attacks", gone, "-p", str(bob), "--annotator", "bob")[0] == 0
    commit(bob)
    merged = pull(bob)
    assert "CONFLICT" not in merged, merged
    assert git(bob, "status", "--porcelain") == ""
    # every reader: the claim list, the matrix, the exports, agreement, the TUI's load
    code, out, err = cli("claims", "-p", str(bob), "--json")  # the link left out, noted
    assert code == 0 and [c["relations"] for c in json.loads(out) if c["id"] == mine] == [[]]
    code, out, err = cli("validate", "-p", str(bob))
    assert code == 0 and f"its link attacks {gone} is left out: {gone} was deleted" in out
    code, out, err = cli("validate", "--repair", "-p", str(bob))
    assert code == 0, err
    assert f"dropped its link attacks {gone}: no file holds that claim" in out
    claims = claim_ids(cli, bob)
    assert sorted(claims) == sorted([kept, mine]) and claims[mine]["relations"] == []
    code, out, err = cli("matrix", "-p", str(bob), "--json")
    assert code == 0, err
    roads = next(c for c in json.loads(out)["cells"] if c["question"] == "roads")
    assert roads["counts"]["for"] == 0 and sorted(roads["claims"]) == sorted([kept, mine])
    for form in ("csv", "html", "aif"):
        target = bob / f"export.{form}"
        code, _, err = cli("export", "--format", form, "-o", str(target), "-p", str(bob))
        assert code == 0, err
        text = target.read_text(encoding="utf-8")
        assert mine in text and gone not in text, form
    code, out, err = cli("agreement", "-p", str(bob), "--json")
    assert code == 0, err
    pair = json.loads(out)["pairs"][0]  # s0001: only bob's reading is left
    assert pair["stance_annotated"]["units"] == 0 and pair["disagreements_total"] == 0
    from argmap.project import Project

    assert gone not in Project.open(bob, annotator="bob").claim_index
    # and in alice's clone after she pulls bob's work back
    share(bob)
    pull(alice)
    assert sorted(claim_ids(cli, alice)) == sorted([kept, mine])


def test_an_edit_after_a_deletion_in_another_clone_is_kept(
    clones: tuple[Path, Path], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One annotator in two clones (a laptop and a desktop): a claim deleted on one and
    changed later on the other is the changed claim after the merge; deleted on one after
    a change on the other, it stays deleted."""
    laptop, desktop = clones
    first = annotate(cli, laptop, "alice", "s0001")
    second = annotate(cli, laptop, "alice", "s0002")
    share(laptop)
    pull(desktop)
    assert cli("unannotate", first, "-p", str(laptop), "--annotator", "alice")[0] == 0
    assert cli("update", second, "--stance", "against", "-p", str(laptop),
               "--annotator", "alice")[0] == 0  # fmt: skip
    share(laptop)
    later = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
    monkeypatch.setattr("argmap.project._now", lambda: later)
    assert cli("update", first, "--stance", "against", "-p", str(desktop),
               "--annotator", "alice")[0] == 0  # fmt: skip
    even_later = later + timedelta(minutes=5)
    monkeypatch.setattr("argmap.project._now", lambda: even_later)
    assert cli("unannotate", second, "-p", str(desktop), "--annotator", "alice")[0] == 0
    commit(desktop)
    pull(desktop)
    code, out, err = cli("validate", "-p", str(desktop))
    assert code == 0, out + err
    claims = claim_ids(cli, desktop)
    assert list(claims) == [first] and claims[first]["stance"] == "against"
    share(desktop)
    pull(laptop)
    assert list(claim_ids(cli, laptop)) == [first]


def test_a_deletion_undone_brings_the_claim_back(tmp_path: Path, cli: Cli) -> None:
    """Undo of a deletion (the TUI's `u`) restores the claim as it was, with no deletion
    left in the file to hide it again."""
    from argmap.project import Project

    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", "-p", str(root))[0] == 0
    assert cli("codebook", "add-question", "roads", "--label", "Roads", "--text", "Roads?",
               "-p", str(root))[0] == 0  # fmt: skip
    project = Project.open(root, annotator="ann")
    claim = project.annotate("a", sentence="s0001", stance="for", questions=["roads"])
    path = root / "annotations" / "a.jsonl"
    saved = path.read_text(encoding="utf-8")
    project.delete(claim.id)
    assert '"type": "deleted"' in path.read_text(encoding="utf-8")
    assert claim.id not in Project.open(root, annotator="ann").claim_index
    project.undo()
    assert path.read_text(encoding="utf-8") == saved
    assert Project.open(root, annotator="ann").claim_index[claim.id] == claim


def test_a_rename_in_one_clone_catches_up_the_other_clones_work(
    clones: tuple[Path, Path], cli: Cli
) -> None:
    """Alice renamed a stance and a question while bob annotated with the old ids and said
    what the source argues: after the merge (clean: only alice changed the codebook) his
    claims named ids the codebook no longer had, every command refused them, and c16's
    way out was a `codebook rename OLD NEW` by hand. The codebook now records the renames,
    and the first command in bob's clone moves his work to the new ids, saying so."""
    alice, bob = clones
    for args in (("stance", "hedged", "conditional"), ("question", "roads", "streets")):
        assert cli("codebook", "rename", *args, "-p", str(alice))[0] == 0
    book = json.loads((alice / "annotations" / "codebook.json").read_text())
    assert book["renamed"] == [{"kind": "stance", "new": "conditional", "old": "hedged"},
                               {"kind": "question", "new": "streets", "old": "roads"}]  # fmt: skip
    share(alice)
    hedged = annotate(cli, bob, "bob", "s0002", "hedged")
    assert cli("argues", "a", "hedged", "-p", str(bob), "--annotator", "bob")[0] == 0
    commit(bob)
    assert "CONFLICT" not in pull(bob)
    code, out, err = cli("matrix", "-p", str(bob), "--json")
    assert code == 0, err
    assert "argmap: 1 claim (bob) on question 'roads' moved to 'streets'" in err
    assert "argmap: 1 claim (bob) on stance 'hedged' moved to 'conditional'" in err
    assert "argmap: what bob said of a renamed stance (progress/) moved to its new id" in err
    cell = next(c for c in json.loads(out)["cells"] if c["question"] == "streets")
    assert cell["claims"] == [hedged] and cell["counts"]["conditional"] == 1
    progress = json.loads((bob / "annotations" / "progress" / "bob.json").read_text())
    assert progress["argues"] == {"a": "conditional"}
    code, out, err = cli("validate", "-p", str(bob))
    assert code == 0 and "moved" not in err, out + err
    share(bob)
    pull(alice)
    assert claim_ids(cli, alice)[hedged]["stance"] == "conditional"
    # an old id added again is a new entry: claims on it stay on it
    assert cli("codebook", "add-stance", "hedged", "-p", str(alice))[0] == 0
    book = json.loads((alice / "annotations" / "codebook.json").read_text())
    assert book["renamed"] == [{"kind": "question", "new": "streets", "old": "roads"}]


def test_a_stance_renamed_in_one_clone_and_changed_in_the_other_merges_into_one(
    clones: tuple[Path, Path], cli: Cli
) -> None:
    """Alice renamed 'hedged' while bob relabelled it and gave it a pattern: the codebook
    merge kept both 'hedged' (bob's changes) and 'conditional' (alice's), two stances for
    one. With the rename recorded, bob's changes go to 'conditional'."""
    alice, bob = clones
    assert cli("codebook", "rename", "stance", "hedged", "conditional", "-p", str(alice))[0] == 0
    share(alice)
    assert cli("codebook", "edit", "stance", "hedged", "--label", "It depends",
               "-p", str(bob))[0] == 0  # fmt: skip
    assert cli("patterns", "add", "stance", "hedged", "it depends", "-p", str(bob))[0] == 0
    commit(bob)
    assert "CONFLICT" in pull(bob)
    code, _, err = cli("codebook", "merge", "-p", str(bob))
    assert code == 0, err
    merged = json.loads((bob / "annotations" / "codebook.json").read_text())
    assert [s["id"] for s in merged["stances"]] == ["for", "against", "conditional"]
    assert merged["stances"][2]["label"] == "It depends"
    assert merged["stances"][2]["patterns"] == ["it depends"]


def test_a_rename_beside_the_other_clones_readings_merges_and_loses_no_edit(
    clones: tuple[Path, Path], cli: Cli
) -> None:
    """Session 18's walk: a rename rewrote claims keeping their time; bob's readings of the
    same sentences sit on the neighbouring lines, so the union merge kept the old line and
    the renamed one with one time ("duplicate id … modified at the same time") and every
    command refused the file. A rewrite is now a version one millisecond after the claim's
    own: it wins over the line it replaces, but not over an edit made meanwhile in the
    other clone (bob's new stance), nor over a deletion there."""
    alice, bob = clones
    kept = annotate(cli, alice, "alice", "s0002", "for")
    edited = annotate(cli, alice, "bob", "s0003", "for")
    gone = annotate(cli, alice, "bob", "s0004", "for")
    share(alice)
    pull(bob)
    assert annotate(cli, bob, "bob", "s0002", "against")  # bob's reading beside alice's
    assert cli("update", edited, "--stance", "hedged", "-p", str(bob), "--annotator", "bob")[0] == 0
    assert cli("unannotate", gone, "-p", str(bob), "--annotator", "bob")[0] == 0
    commit(bob)
    assert cli("codebook", "rename", "question", "roads", "streets", "-p", str(alice))[0] == 0
    share(alice)
    assert "CONFLICT" not in pull(bob)
    code, out, err = cli("validate", "-p", str(bob))
    assert code == 0, out + err
    claims = claim_ids(cli, bob)
    assert claims[kept]["questions"] == ["streets"]
    assert (claims[edited]["stance"], claims[edited]["questions"]) == ("hedged", ["streets"])
    assert gone not in claims and len(claims) == 3
