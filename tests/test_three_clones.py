"""Three annotators in three git clones of one project (session 19's new colleague): each
reads overlapping sentences, one renames a question, one deletes a claim another linked to,
and they merge in different orders. No reading may overwrite, double-count or hide another,
and what the commands show must not depend on the order of the merges."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import git

Cli = Callable[..., tuple[int, str, str]]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

A = "The levy is fair. Visitors use the roads. Shops will lose trade. The money should fund housing.\n"
B = "Tourism pays for itself. A levy scares visitors away. Councils need the money.\n"
NAMES = ("ann", "bea", "cal")


def share(where: Path) -> None:
    """Commit, pull (a merge), push: what each annotator does to share."""
    git(where, "add", "-A")
    git(where, "commit", "-qm", "work")
    git(where, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    git(where, "push", "-q", "origin", "HEAD:main")


def run(cli: Cli, where: Path, who: str, *args: str) -> str:
    code, out, err = cli("--annotator", who, *args, "-p", str(where))
    assert code == 0, (who, args, err)
    assert "does not exist" not in err, err
    return out


def scenario(cli: Cli, top: Path, order: tuple[str, ...]) -> dict[str, object]:
    """The three annotators' work, shared in ``order`` (twice round), then what every clone
    shows: its readings, matrix, agreement and CSV export, with ids and times left out."""
    start = top / "start"
    assert cli("init", str(start))[0] == 0
    (top / "a.txt").write_text(A, encoding="utf-8")
    (top / "b.txt").write_text(B, encoding="utf-8")
    for args in (
        ("codebook", "add-question", "trade", "--label", "Trade", "--text", "Trade?"),
        ("codebook", "add-question", "roads", "--label", "Roads", "--text", "Roads?"),
        ("add", str(top / "a.txt"), str(top / "b.txt"), "--id", "a", "--id", "b"),
    ):
        assert cli(*args, "-p", str(start))[0] == 0
    git(start, "init", "-q", "-b", "main")
    git(start, "add", "-A")
    git(start, "commit", "-qm", "start")
    git(top, "clone", "-q", "--bare", str(start), "shared.git")
    ann, bea, cal = (top / n for n in NAMES)
    for name in NAMES:
        git(top, "clone", "-q", "shared.git", name)
    # ann reads first and shares; bea and cal start from her reading
    for sentence, stance, q in (("s0001", "for", "trade"), ("s0003", "against", "trade")):
        run(cli, ann, "ann", "annotate", "a", "--sentence", sentence, "--stance", stance, "-q", q)
    run(cli, ann, "ann", "annotate", "b", "--sentence", "s0001", "--stance", "for", "-q", "roads")
    share(ann)
    for where in (bea, cal):
        git(where, "pull", "-q", "--no-rebase", "origin", "main")
    fair = json.loads(run(cli, bea, "bea", "claims", "--json"))
    linked = next(c["id"] for c in fair if c["sentence"] == "s0001" and c["source"] == "a")
    # then at once: bea reads ann's sentence otherwise and links to ann's claim
    run(cli, bea, "bea", "annotate", "a", "--sentence", "s0001", "--stance", "against", "-q",
        "trade")  # fmt: skip
    run(cli, bea, "bea", "annotate", "a", "--sentence", "s0002", "--stance", "for", "-q",
        "roads", "--supports", linked)  # fmt: skip
    run(cli, bea, "bea", "annotate", "b", "--sentence", "s0002", "--stance", "against", "-q",
        "trade")  # fmt: skip
    # cal renames a question and reads with the new name, bea's sentence among others
    run(cli, cal, "cal", "codebook", "rename", "question", "roads", "transport")
    run(cli, cal, "cal", "annotate", "a", "--sentence", "s0002", "--stance", "for", "-q",
        "transport")  # fmt: skip
    run(cli, cal, "cal", "annotate", "b", "--sentence", "s0001", "--stance", "hedged", "-q",
        "transport")  # fmt: skip
    # ann deletes the claim bea linked to, and reads on
    run(cli, ann, "ann", "unannotate", linked)
    run(cli, ann, "ann", "annotate", "a", "--sentence", "s0004", "--stance", "for", "-q", "trade")
    for _ in range(2):
        for name in order:
            share(top / name)
    shown: dict[str, object] = {}
    for name in NAMES:
        where = top / name
        claims = json.loads(run(cli, where, name, "claims", "--json"))
        readings = sorted(
            (c["annotator"], c["source"], c["sentence"], c["stance"], tuple(c["questions"]),
             len(c["relations"])) for c in claims
        )  # fmt: skip
        matrix = json.loads(run(cli, where, name, "matrix", "--json"))
        cells = {
            (c["source"], c["question"]): (c["counts"], c["dominant"], c["contested"])
            for c in matrix["cells"]
        }
        agreement = json.loads(run(cli, where, name, "agreement", "--json"))
        pairs = {tuple(p["annotators"]): p["stance"] for p in agreement["pairs"]}
        run(cli, where, name, "export", "--format", "csv", "-o", str(top / f"{name}.csv"))
        rows = list(csv.DictReader(io.StringIO((top / f"{name}.csv").read_text("utf-8"))))
        exported = sorted((r["annotator"], r["source"], r["sentence"], r["stance"]) for r in rows)
        shown[name] = (readings, cells, pairs, exported)
    return shown


def test_three_clones_merged_in_any_order_show_every_reading_once(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before: bea's link to the claim ann deleted made source a's file unreadable after the
    merge: every command failed, and `export` wrote a report without any of a's six readings
    (ann's, bea's and cal's). Now the link is left out (noted by `validate`), and each clone,
    whatever the order of the merges, shows the same readings, matrix, agreement and export."""
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    seen = []
    for n, order in enumerate((("ann", "bea", "cal"), ("cal", "bea", "ann"))):
        top = tmp_path / f"order{n}"
        top.mkdir()
        shown = scenario(cli, top, order)
        assert shown["ann"] == shown["bea"] == shown["cal"], order
        seen.append(shown["ann"])
    assert seen[0] == seen[1]
    readings, cells, pairs, exported = seen[0]  # type: ignore[misc]
    assert readings == [
        ("ann", "a", "s0003", "against", ("trade",), 0),
        ("ann", "a", "s0004", "for", ("trade",), 0),
        ("ann", "b", "s0001", "for", ("transport",), 0),
        ("bea", "a", "s0001", "against", ("trade",), 0),
        ("bea", "a", "s0002", "for", ("transport",), 0),  # renamed, its dead link left out
        ("bea", "b", "s0002", "against", ("trade",), 0),
        ("cal", "a", "s0002", "for", ("transport",), 0),
        ("cal", "b", "s0001", "hedged", ("transport",), 0),
    ]
    # one vote per sentence: bea and cal agree on a:s0002 (counted once), ann and cal
    # differ on b:s0001 (contested, not counted)
    assert cells[("a", "transport")] == ({"for": 1, "against": 0, "hedged": 0}, "for", 0)
    assert cells[("b", "transport")] == ({"for": 0, "against": 0, "hedged": 0}, None, 1)
    assert cells[("a", "trade")] == ({"for": 1, "against": 2, "hedged": 0}, "against", 0)
    assert len(exported) == 5 and len(pairs) == 3
    # a program (the TUI) that saves on a's file goes on reading the claim without the link
    from argmap.project import Project

    project = Project.open(tmp_path / "order1" / "bea", annotator="bea", strict=False)
    project.annotate("a", stance="hedged", questions=["trade"], sentence="s0003")
    assert not project.problems
    assert all(not c.relations for c in project.claims(source="a"))


def test_a_link_to_a_claim_on_a_damaged_line_names_the_line_and_repair_keeps_it(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """c18 left: a link to a claim whose line was damaged (a hand edit, a bad merge) was
    reported as "deleted in another copy … `argmap validate --repair` drops the link", and
    the repair did drop it: mending the line afterwards left the link lost."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ann")
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    assert cli("codebook", "add-question", "trade", "--label", "Trade", "--text", "Trade?",
               "-p", str(root))[0] == 0  # fmt: skip
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--id", "a", "--id", "b",
               "-p", str(root))[0] == 0  # fmt: skip
    out = cli("annotate", "a", "--sentence", "s0001", "--stance", "for", "-q", "trade", "--json",
              "-p", str(root))[1]  # fmt: skip
    target = json.loads(out)["id"]
    assert cli("annotate", "b", "--sentence", "s0001", "--stance", "against", "-q", "trade",
               "--attacks", target, "-p", str(root))[0] == 0  # fmt: skip
    damaged = root / "annotations" / "a.jsonl"
    lines = damaged.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace('"kind": "claim", ', '"kind": "claim" ')  # a comma lost
    damaged.write_text("\n".join(lines), encoding="utf-8")
    code, _, err = cli("validate", "-p", str(root))
    assert code == 1
    assert f"attacks target {target} is on {damaged}:2, a line that cannot be read" in err
    assert "deleted in another copy" not in err
    code, out, err = cli("validate", "--repair", "-p", str(root))
    assert f"kept its link attacks {target}: that claim is on {damaged}:2" in out + err
    damaged.write_text("\n".join(lines).replace('"kind": "claim" ', '"kind": "claim", '), "utf-8")
    code, out, err = cli("validate", "-p", str(root))
    assert code == 0, err
    claims = json.loads(cli("claims", "--json", "-p", str(root))[1])
    assert [r["target"] for c in claims for r in c["relations"]] == [target]


def renames_in_two_clones(cli: Cli, top: Path, order: tuple[str, ...]) -> list[object]:
    """bea renames trade, cal renames roads, ann adds a question and reads with the old
    ids; shared in ``order`` twice round (a `codebook merge` where git stops); what each
    clone then reads: its questions and every reading."""
    start = top / "start"
    assert cli("init", str(start))[0] == 0
    (top / "a.txt").write_text(A, encoding="utf-8")
    for args in (
        ("codebook", "add-question", "trade", "--label", "Trade", "--text", "Trade?"),
        ("codebook", "add-question", "roads", "--label", "Roads", "--text", "Roads?"),
        ("add", str(top / "a.txt"), "--id", "a"),
    ):
        assert cli(*args, "-p", str(start))[0] == 0
    git(start, "init", "-q", "-b", "main")
    git(start, "add", "-A")
    git(start, "commit", "-qm", "start")
    git(top, "clone", "-q", "--bare", str(start), "shared.git")
    ann, bea, cal = (top / n for n in NAMES)
    for name in NAMES:
        git(top, "clone", "-q", "shared.git", name)
    run(cli, bea, "bea", "codebook", "rename", "question", "trade", "economy")
    run(cli, bea, "bea", "annotate", "a", "--sentence", "s0003", "--stance", "against", "-q",
        "economy")  # fmt: skip
    run(cli, cal, "cal", "codebook", "rename", "question", "roads", "transport")
    run(cli, ann, "ann", "codebook", "add-question", "housing", "--label", "Housing", "--text",
        "Housing?")  # fmt: skip
    run(cli, ann, "ann", "annotate", "a", "--sentence", "s0001", "--stance", "for", "-q", "trade")
    run(cli, ann, "ann", "annotate", "a", "--sentence", "s0002", "--stance", "for", "-q", "roads")
    for _ in range(2):
        for name in order:
            where = top / name
            git(where, "add", "-A")
            git(where, "commit", "-qm", "work")
            git(where, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
            if "<<<<<<<" in (where / "annotations" / "codebook.json").read_text("utf-8"):
                run(cli, where, name, "codebook", "merge")
                git(where, "add", "-A")
                git(where, "commit", "-qm", "merge")
            git(where, "push", "-q", "origin", "HEAD:main")
    shown = []
    for name in NAMES:
        claims = json.loads(run(cli, top / name, name, "claims", "--json"))
        codebook = json.loads((top / name / "annotations" / "codebook.json").read_text("utf-8"))
        shown.append(
            (
                [q["id"] for q in codebook["questions"]],
                sorted((c["annotator"], c["sentence"], tuple(c["questions"])) for c in claims),
            )
        )
    return shown


def test_a_rename_in_each_of_two_clones_is_caught_up_whatever_the_order(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merged ann, bea, cal, git joined bea's and cal's codebook.json without a conflict, each
    adding its `"renamed": [...]` block: a JSON object with the key twice, whose last copy
    alone was read. bea's rename was lost: ann's claim on 'trade' stayed there, and every
    command in all three clones failed ("unknown question 'trade'"); merged cal, bea, ann
    (a conflict, `codebook merge`), all was well. Both blocks are now read."""
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    expected = (
        ["economy", "transport", "housing"],
        [("ann", "s0001", ("economy",)), ("ann", "s0002", ("transport",)),
         ("bea", "s0003", ("economy",))],
    )  # fmt: skip
    for n, order in enumerate((("ann", "bea", "cal"), ("cal", "bea", "ann"))):
        top = tmp_path / f"order{n}"
        top.mkdir()
        assert renames_in_two_clones(cli, top, order) == [expected] * 3, order
