"""Rejected suggestions follow their sentences when a source is edited or cut anew.

A rejection is kept per sentence in ``annotations/progress/NAME.json``; sentence ids shift
when a source's text is edited, when it is read by another reader, or when it is added
again. A rejection must stay on the sentence that was rejected (never hide another one), and
one that no sentence reads as any more is kept and named by ``validate``, never dropped.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import make_project

from argmap import rejections
from argmap.model import Progress
from argmap.project import Project

PA, PUS, H = "pro-autonomy", "pro-us-primacy", "hedged"

ARTICLE = (
    "By Jane Doe, Staff Writer\n"
    "March 3, 2024\n\n"
    "Europe must build its own defence. The United States will not stay forever.\n\n"
    "Critics say NATO remains essential. They warn against duplication.\n\n"
    "Some observers remain unsure. The outcome depends on Washington.\n"
)


def rejected_texts(project: Project, who: str, sid: str = "op") -> dict[str, tuple[str, ...]]:
    """``who``'s rejections on source ``sid`` by the text of the sentence they hide."""
    doc = project.sources[sid]
    got = project.rejected(who).get(sid, {})
    return {doc.sentence(sentence).text: stances for sentence, stances in got.items()}


def progress_file(root: Path, who: str) -> Path:
    return root / "annotations" / "progress" / f"{who}.json"


@pytest.fixture
def op(tmp_path: Path) -> Project:
    """A project with the opinion piece ``op``; alice and bob rejected suggestions in it."""
    project = make_project(tmp_path, {"op": ARTICLE})
    alice = Project.open(project.root, annotator="alice")
    alice.set_rejected("op", "s0002", PA)
    alice.set_rejected("op", "s0004", H)
    alice.set_rejected("op", "s0004", PA)
    alice.set_rejected("op", "s0006", PUS)
    bob = Project.open(project.root, annotator="bob")
    bob.set_rejected("op", "s0001", H)
    bob.set_rejected("op", "s0005", PA)
    return Project.open(project.root)


ALICE = {
    "The United States will not stay forever.": (PA,),
    "They warn against duplication.": (H, PA),
    "The outcome depends on Washington.": (PUS,),
}
BOB = {"Europe must build its own defence.": (H,), "Some observers remain unsure.": (PA,)}


def test_the_fixture_rejects_what_the_tests_expect(op: Project) -> None:
    assert rejected_texts(op, "alice") == ALICE
    assert rejected_texts(op, "bob") == BOB


def test_rejections_follow_their_sentences_when_the_source_is_edited(op: Project) -> None:
    text_path = op.sources["op"].path
    text = text_path.read_text()
    text = text.replace("Europe must", "A new opening line arrives. Europe must")
    text = text.replace("Critics say", "Two more words here. Critics say")
    text_path.write_text(text)
    edited = Project.open(op.root)
    assert [s.id for s in edited.sources["op"].sentences][-1] == "s0008"  # ids moved by 1 and 2
    assert rejected_texts(edited, "alice") == ALICE
    assert rejected_texts(edited, "bob") == BOB
    # what is now at the old ids is not hidden
    assert edited.rejected("alice")["op"].keys() == {"s0003", "s0006", "s0008"}


def test_a_rejection_follows_a_sentence_edited_a_little(op: Project) -> None:
    text_path = op.sources["op"].path
    text_path.write_text(
        "An editor's note opens the piece now.\n\n"
        + text_path.read_text().replace("They warn against", "They warn loudly against")
    )
    edited = Project.open(op.root)
    assert rejected_texts(edited, "alice") == {
        **{k: v for k, v in ALICE.items() if not k.startswith("They")},
        "They warn loudly against duplication.": (H, PA),
    }


def test_rejections_follow_their_sentences_read_by_another_reader(op: Project) -> None:
    meta_path = op.sources_dir / "op.meta.json"
    meta = json.loads(meta_path.read_text())
    assert meta["reader"] != 3
    meta_path.write_text(json.dumps({**meta, "reader": 3}))  # the byline is read as sentences
    reread = Project.open(op.root)
    assert reread.sources["op"].sentence("s0001").text == "By Jane Doe, Staff Writer"
    assert rejected_texts(reread, "alice") == ALICE
    assert rejected_texts(reread, "bob") == BOB


def test_rejections_follow_a_source_added_again_edited_with_another_reader(
    op: Project, tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    again = tmp_path / "op-again.txt"
    again.write_text(ARTICLE.replace("Some observers", "Meanwhile, some observers"))
    (op.sources_dir / "op.txt").unlink()
    (op.sources_dir / "op.meta.json").unlink()
    code, _, err = cli("--project", str(op.root), "add", str(again), "--id", "op", "--reader", "3")
    assert code == 0, err
    readded = Project.open(op.root)
    assert rejected_texts(readded, "alice") == ALICE
    # bob's "Some observers remain unsure." is now "Meanwhile, some observers remain unsure."
    assert rejected_texts(readded, "bob") == {
        "Europe must build its own defence.": (H,),
        "Meanwhile, some observers remain unsure.": (PA,),
    }


def test_a_rejection_no_sentence_reads_as_is_kept_and_named_once(
    op: Project, cli: Callable[..., tuple[int, str, str]]
) -> None:
    text_path = op.sources["op"].path
    text_path.write_text(
        text_path.read_text()
        .replace("The United States will not stay forever.", "Washington keeps its promises.")
        .replace("essential. They warn", "essential, and they warn")
    )
    edited = Project.open(op.root)
    # alice's s0002 is rewritten, her s0004 merged into a longer sentence: neither is placed,
    # so the sentences now there are suggested to her again
    assert rejected_texts(edited, "alice") == {"The outcome depends on Washington.": (PUS,)}
    assert rejected_texts(edited, "bob") == BOB
    code, out, err = cli("--project", str(op.root), "validate")
    assert code == 1
    path = progress_file(op.root, "alice")
    lines = [line for line in err.splitlines() if "rejected" in line]
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}: rejected: op: s0002: ")
    assert "'The United States will not stay forever.'" in lines[0]
    assert "its sentence is gone from the text" in lines[0]
    assert lines[1].startswith(f"{path}: rejected: op: s0004: ")
    assert "now part of s0003, a longer sentence" in lines[1]
    assert "argmap reject op s0004 --undo" in lines[1]
    listed = cli("--project", str(op.root), "reject")[1]
    assert listed.endswith(
        "2 more kept but not on any sentence now (their sources changed): `argmap validate` "
        "names them\n"
    )
    # kept through the next save of the file
    Project.open(op.root, annotator="alice").mark_done("op")
    saved = Progress.model_validate_json(path.read_text()).rejected["op"]
    assert {r.anchor.exact for r in saved if r.anchor} == set(ALICE)
    # a new rejection at an id an unplaced one had is kept apart from it
    Project.open(op.root, annotator="alice").set_rejected("op", "s0002", PUS)
    after = Project.open(op.root)
    assert after.rejected("alice")["op"]["s0002"] == (PUS,)
    assert len(Progress.model_validate_json(path.read_text()).rejected["op"]) == 4
    # taking back every stance at that id drops the unplaced one too, and nothing else
    code, out, _ = cli(
        "--project", str(op.root), "--annotator", "alice", "reject", "op", "s0002", "--undo"
    )
    assert code == 0 and out == "alice: op:s0002: nothing rejected\n"
    code, _, err = cli("--project", str(op.root), "validate")
    assert [line for line in err.splitlines() if "rejected" in line] == lines[1:]


def test_an_older_progress_file_loads_and_is_anchored_on_its_next_save(
    op: Project, cli: Callable[..., tuple[int, str, str]]
) -> None:
    path = progress_file(op.root, "carol")
    older = {
        "schema": 1,
        "annotator": "carol",
        "done": {"op": "2026-11-01T10:00:00Z"},
        "rejected": {"op": {"s0003": [H], "s0004": [PA, PUS], "s0012": [H]}},
    }
    path.write_text(json.dumps(older))
    project = Project.open(op.root)
    assert rejected_texts(project, "carol") == {
        "Critics say NATO remains essential.": (H,),
        "They warn against duplication.": (PA, PUS),
    }
    code, _, err = cli("--project", str(op.root), "validate")
    assert code == 1
    assert (
        f"{path}: rejected: op: s0012: not placed, no sentence s0012 now (ids run s0001..s0006)"
        in err
    )
    # the first save writes the current form: anchors for what is placed, s0012 kept as it was
    Project.open(op.root, annotator="carol").set_argued("op", PA)
    saved = json.loads(path.read_text())
    assert saved["done"] == older["done"] and saved["argues"] == {"op": PA}
    assert [(r["sentence"], r["stances"], "anchor" in r) for r in saved["rejected"]["op"]] == [
        ("s0003", [H], True),
        ("s0004", [PA, PUS], True),
        ("s0012", [H], False),
    ]
    # and from then on the rejections follow their sentences
    text_path = op.sources["op"].path
    text_path.write_text("A first line is new.\n\n" + text_path.read_text())
    assert rejected_texts(Project.open(op.root), "carol") == {
        "Critics say NATO remains essential.": (H,),
        "They warn against duplication.": (PA, PUS),
    }


def test_argues_done_and_rejections_of_a_removed_source_are_kept_and_named(
    op: Project, tmp_path: Path, cli: Callable[..., tuple[int, str, str]]
) -> None:
    alice = Project.open(op.root, annotator="alice")
    alice.set_argued("op", PA)
    alice.mark_done("op")
    other = tmp_path / "other.txt"
    other.write_text("Another source says little. It is short.\n")
    alice.add_source(other, source_id="other")
    text = (op.sources_dir / "op.txt").read_text()
    (op.sources_dir / "op.txt").unlink()
    (op.sources_dir / "op.meta.json").unlink()
    project = Project.open(op.root, annotator="alice")  # opens: nothing of it is an error
    assert project.argued() == {} and project.rejected() == {} and project.done_sources() == []
    code, _, err = cli("--project", str(op.root), "validate")
    assert code == 1
    path = progress_file(op.root, "alice")
    named = [line for line in err.splitlines() if line.startswith(f"{path}: ")]
    assert named == [
        f"{path}: op: no such source (removed or renamed?): kept done mark, argues {PA} "
        "and 3 rejections; add it again as op, or `argmap remove op` drops them"
    ]
    # another save keeps them; the source added again with its id gets them back
    project.mark_done("other")
    again = tmp_path / "op.txt"
    again.write_text(text)
    code, _, err = cli("--project", str(op.root), "add", str(again), "--id", "op")
    assert code == 0, err
    back = Project.open(op.root, annotator="alice")
    assert back.argued() == {"op": PA}
    assert back.done_sources() == ["op", "other"]
    assert rejected_texts(back, "alice") == ALICE
    assert back.validate() == []


def test_placing_merges_rejections_on_one_sentence_and_keeps_a_cut_one_apart() -> None:
    from argmap.model import Rejection, Sentence

    text = "One thing is said. Two things follow."
    one = Sentence(id="s0001", index=0, start=0, end=18, text="One thing is said.")
    two = Sentence(id="s0002", index=1, start=19, end=37, text="Two things follow.")
    moved = rejections.anchored(text, two, [PA]).model_copy(update={"sentence": "s0005"})
    by_id = Rejection(sentence="s0002", stances=(H,))  # an older one, by id alone
    placed = rejections.place(text, [one, two], [moved, by_id])
    assert placed.by_sentence == {"s0002": (H, PA)}
    assert placed.unplaced == [] and placed.changed
    # cut anew: "One thing is said." is now part of one longer sentence
    both = Sentence(id="s0001", index=0, start=0, end=37, text=text)
    first = rejections.anchored(text, one, [PA])
    placed = rejections.place(text, [both], [first])
    assert placed.by_sentence == {}
    assert [(u.rejection, u.reason) for u in placed.unplaced] == [
        (first, "its text is now part of s0001, a longer sentence")
    ]
    assert placed.rejections == (first,) and not placed.changed


def test_reanchor_saves_rejections_where_their_sentences_are_now(
    op: Project, cli: Callable[..., tuple[int, str, str]]
) -> None:
    text_path = op.sources["op"].path
    text_path.write_text(
        "A first line is new.\n\n"
        + text_path.read_text().replace(
            "The United States will not stay forever.", "Washington keeps its promises."
        )
    )
    code, out, err = cli("--project", str(op.root), "reanchor")
    assert code == 0, err
    alice, bob = progress_file(op.root, "alice"), progress_file(op.root, "bob")
    assert out.splitlines() == [
        f"{alice}: rejections in edited sources saved where they are now: "
        "2 on their sentences, 1 kept unplaced",
        f"{bob}: rejections in edited sources saved where they are now: "
        "2 on their sentences, 0 kept unplaced",
    ]
    saved = Progress.model_validate_json(alice.read_text()).rejected["op"]
    assert [(r.sentence, r.stances) for r in saved] == [
        ("s0005", (H, PA)),
        ("s0007", (PUS,)),
        ("s0002", (PA,)),  # unplaced, kept as it was
    ]
    assert saved[-1].anchor and saved[-1].anchor.exact == "The United States will not stay forever."
    saved = Progress.model_validate_json(bob.read_text()).rejected["op"]
    assert [r.sentence for r in saved] == ["s0002", "s0006"]
    assert cli("--project", str(op.root), "reanchor")[1] == (
        "nothing to re-anchor: every source is unchanged since it was annotated\n"
    )


def test_a_stance_renamed_in_the_codebook_is_renamed_in_progress_files_too(
    op: Project, cli: Callable[..., tuple[int, str, str]]
) -> None:
    from argmap.codebook import rename

    Project.open(op.root, annotator="alice").set_argued("op", H)
    code, _, err = cli("--project", str(op.root), "codebook", "rename", "stance", H, "unsure")
    assert code == 0, err
    renamed = Project.open(op.root)  # strict: nothing unknown is left
    assert renamed.argued("alice") == {"op": "unsure"}
    assert rejected_texts(renamed, "alice")["They warn against duplication."] == (PA, "unsure")
    assert rejected_texts(renamed, "bob")["Europe must build its own defence."] == ("unsure",)
    assert renamed.validate() == []
    # undone and redone with the codebook
    project = Project.open(op.root, annotator="alice")
    project.change_codebook(lambda cb, claims: rename(cb, claims, "stance", "unsure", "torn"))
    assert Project.open(op.root).argued("alice") == {"op": "torn"}
    project.undo()
    assert Project.open(op.root).argued("alice") == {"op": "unsure"}
    assert project.argued() == {"op": "unsure"}
    project.redo()
    assert rejected_texts(Project.open(op.root), "bob") == {
        "Europe must build its own defence.": ("torn",),
        "Some observers remain unsure.": (PA,),
    }


def test_the_journal_replaces_and_recovers_progress_files_in_their_folder(tmp_path: Path) -> None:
    from argmap import journal

    (tmp_path / "progress").mkdir()
    journal.replace_files(tmp_path, {"codebook.json": "new\n", "progress/alice.json": "new\n"})
    assert (tmp_path / "progress" / "alice.json").read_text() == "new\n"
    # a writer killed before its commit point leaves a pending file there: recovery drops it
    stale = tmp_path / "progress" / ".alice.json.pending"
    stale.write_text("half")
    assert journal.needs_recovery(tmp_path)
    journal.recover(tmp_path)
    assert not stale.exists() and (tmp_path / "progress" / "alice.json").read_text() == "new\n"
    # one killed after it: recovery finishes the work
    stale.write_text("newer\n")
    (tmp_path / journal.JOURNAL_FILE).write_text(json.dumps({"files": ["progress/alice.json"]}))
    journal.recover(tmp_path)
    assert (tmp_path / "progress" / "alice.json").read_text() == "newer\n"
    assert not journal.needs_recovery(tmp_path)


# --------------------------------------------------------------------------- two writers


MANY = " ".join(f"Sentence number {i} says something." for i in range(1, 41)) + "\n"


def _reject_many(root: str, first: int, start: object) -> None:
    start.wait(60)  # type: ignore[attr-defined]
    project = Project.open(root, annotator="alice")
    for i in range(first, first + 20):
        project.set_rejected("many", f"s{i:04d}", PA if i % 2 else H)


def test_two_processes_rejecting_in_one_progress_file_lose_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"many": MANY})
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(2)
    procs = [
        ctx.Process(target=_reject_many, args=(str(project.root), first, start))
        for first in (1, 21)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    got = Project.open(project.root).rejected("alice")["many"]
    assert got == {f"s{i:04d}": (PA,) if i % 2 else (H,) for i in range(1, 41)}
