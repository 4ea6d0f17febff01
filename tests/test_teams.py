"""Teams on a copy of the shipped corpus: analyst (shipped), alice and bob.

Each annotator's reading stays theirs; every view counts a sentence once per cell.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from argmap.analysis import project_matrix
from argmap.errors import NotYours
from argmap.project import Project

REPO = Path(__file__).resolve().parent.parent

SRC = "004_789456f1d4370080"
Q = "us-guarantee"
PA, PUS, H = "pro-autonomy", "pro-us-primacy", "hedged"


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped project (sources, codebook, analyst's annotations)."""
    root = tmp_path / "shipped"
    root.mkdir()
    shutil.copy(REPO / "argmap.json", root / "argmap.json")
    shutil.copytree(REPO / "seeds", root / "seeds")
    (root / "annotations").mkdir()
    for path in (REPO / "annotations").iterdir():
        if path.suffix in (".jsonl", ".json"):
            shutil.copy(path, root / "annotations" / path.name)
    return root


def open_as(root: Path, who: str) -> Project:
    return Project.open(root, annotator=who)


def analyst_claim(root: Path, sentence: str) -> str:
    project = Project.open(root)
    return next(
        c.id
        for c in project.claims(source=SRC, annotator="analyst")
        if c.sentence == sentence and Q in c.questions
    )


# --------------------------------------------------------------------------- ownership


def test_alice_cannot_edit_delete_or_relate_analysts_claim(shipped: Path) -> None:
    path = shipped / "annotations" / f"{SRC}.jsonl"
    before = path.read_bytes()
    cid = analyst_claim(shipped, "s0004")
    other = analyst_claim(shipped, "s0002")
    alice = open_as(shipped, "alice")
    for attempt in (
        lambda: alice.update(cid, stance=PUS),
        lambda: alice.delete(cid),
        lambda: alice.relate(cid, "supports", other),
        lambda: alice.unrelate(cid, other),
    ):
        with pytest.raises(NotYours) as err:
            attempt()
        message = str(err.value)
        assert "\n" not in message
        assert f"claim {cid} is analyst's" in message
        assert f"argmap annotate {SRC} --sentence s0004" in message
    assert path.read_bytes() == before
    assert open_as(shipped, "analyst").claim(cid).stance == PA


def test_the_reference_changes_only_through_adjudication(shipped: Path) -> None:
    alice = open_as(shipped, "alice")
    mine = alice.annotate(SRC, sentence="s0002", stance=PUS, questions=[Q])
    with alice.adjudication():
        from argmap.agreement import adopt

        ref = adopt(alice, mine.id)
    assert ref.annotator == "reference" and alice.annotator == "alice"
    path = shipped / "annotations" / f"{SRC}.jsonl"
    before = path.read_bytes()
    as_reference = open_as(shipped, "reference")
    with pytest.raises(NotYours, match="changes only through adjudication"):
        as_reference.update(ref.id, stance=H)
    with pytest.raises(NotYours, match="changes only through adjudication"):
        as_reference.annotate(SRC, sentence="s0003", stance=H, questions=[Q])
    with pytest.raises(NotYours, match="changes only through adjudication"):
        alice.delete(ref.id)
    assert path.read_bytes() == before


def test_editing_someone_elses_claim_makes_your_own_reading(shipped: Path) -> None:
    cid = analyst_claim(shipped, "s0004")
    theirs = open_as(shipped, "analyst").claim(cid)
    alice = open_as(shipped, "alice")
    mine = alice.edit_reading(cid, stance=H)
    assert (mine.annotator, mine.stance, mine.questions) == ("alice", H, theirs.questions)
    assert (mine.start, mine.end) == (theirs.start, theirs.end)
    assert mine.relations == theirs.relations  # the links come along, theirs stay
    again = alice.edit_reading(cid, stance=PUS)  # a second edit changes alice's copy
    assert again.id == mine.id and again.stance == PUS
    reopened = Project.open(shipped)
    assert reopened.claim(cid) == theirs
    assert [c.id for c in reopened.claims(annotator="alice")] == [mine.id]
    assert alice.undo() is not None and alice.undo() is not None
    assert Project.open(shipped).claims(annotator="alice") == []


def test_deleting_a_linked_claim_takes_its_links_along(shipped: Path) -> None:
    analyst = open_as(shipped, "analyst")
    linked = next(c for c in analyst.claims(source=SRC) if analyst.links_to(c.id))
    links = analyst.links_to(linked.id)
    analyst.delete(linked.id)
    reopened = Project.open(shipped)
    for source, _ in links:
        assert all(r.target != linked.id for r in reopened.claim(source.id).relations)


# --------------------------------------------------------------------------- one vote


def counts(root: Path, annotator: str | None = None) -> tuple[dict[str, int], int, bool]:
    cell = project_matrix(Project.open(root), annotator).cell(SRC, Q)
    return cell.counts, cell.contested, cell.mixed


def test_a_disagreement_is_one_contested_vote_not_two_stances(shipped: Path) -> None:
    before, contested, mixed = counts(shipped)
    assert (before[PA], before[PUS], contested, mixed) == (11, 0, 0, False)
    open_as(shipped, "bob").annotate(SRC, sentence="s0004", stance=PUS, questions=[Q])
    after, contested, mixed = counts(shipped)
    # the sentence is no longer analyst's ▲ nor bob's ▼: one contested vote, not mixed
    assert (after[PA], after[PUS], contested, mixed) == (10, 0, 1, False)
    assert sum(after.values()) + contested == sum(before.values())
    cell = project_matrix(Project.open(shipped)).cell(SRC, Q)
    [who] = cell.contested_sentences
    assert (who.sentence, who.readings) == ("s0004", {"analyst": PA, "bob": PUS})
    # each annotator's own view is untouched by the other
    assert counts(shipped, "analyst")[0][PA] == 11
    assert counts(shipped, "bob")[0] == {PA: 0, PUS: 1, H: 0}


def test_a_claim_against_a_finished_no_claim_adds_one_contested(shipped: Path) -> None:
    before, _, _ = counts(shipped)
    bob = open_as(shipped, "bob")
    bob.annotate(SRC, sentence="s0003", stance=PUS, questions=[Q])  # analyst left s0003 empty
    # analyst has not said they finished 004: bob's reading is the only one of s0003
    assert counts(shipped)[:2] == ({**before, PUS: 1}, 0)
    open_as(shipped, "analyst").mark_done(SRC)
    after, contested, mixed = counts(shipped)
    assert (after, contested, mixed) == (before, 1, False)


def test_agreeing_annotators_count_once(shipped: Path) -> None:
    before = counts(shipped)
    for who in ("alice", "bob"):
        open_as(shipped, who).annotate(SRC, sentence="s0004", stance=PA, questions=[Q])
    assert counts(shipped) == before
    view = Project.open(shipped).view_claims()
    assert [c.annotator for c in view if c.source == SRC and c.sentence == "s0004"] == ["alice"]


def test_the_reference_settles_a_contested_sentence(shipped: Path) -> None:
    from argmap.agreement import adopt_reading

    open_as(shipped, "bob").annotate(SRC, sentence="s0004", stance=PUS, questions=[Q])
    adopt_reading(Project.open(shipped), SRC, "s0004", "bob")
    after, contested, mixed = counts(shipped)
    assert (after[PA], after[PUS], contested, mixed) == (10, 1, 0, True)


def test_a_question_only_one_annotator_tagged_is_contested_alone(shipped: Path) -> None:
    # analyst tagged s0006 with us-guarantee and decision-formats; bob only us-guarantee
    open_as(shipped, "bob").annotate(SRC, sentence="s0006", stance=PA, questions=[Q])
    m = project_matrix(Project.open(shipped))
    assert m.cell(SRC, Q).contested == 0 and m.cell(SRC, Q).counts[PA] == 11
    fmt = m.cell(SRC, "decision-formats")
    assert fmt.contested == 1 and fmt.contested_sentences[0].readings["bob"] == "none"
    view = [c for c in Project.open(shipped).view_claims() if c.sentence == "s0006"]
    assert [(c.annotator, c.questions) for c in view if c.source == SRC] == [("analyst", (Q,))]


# --------------------------------------------------------------------------- command line


def argmap(root: Path, *args: str, who: str = "alice") -> tuple[int, str, str]:
    import contextlib
    import io

    from argmap.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--project", str(root), "--annotator", who, *args])
    return code, out.getvalue(), err.getvalue()


def test_cli_refuses_another_annotators_claim_in_one_line(shipped: Path) -> None:
    path = shipped / "annotations" / f"{SRC}.jsonl"
    before = path.read_bytes()
    cid = analyst_claim(shipped, "s0004")
    for args in (
        ("update", cid, "--stance", PUS),
        ("unannotate", cid),
        ("relate", cid, "--remove", analyst_claim(shipped, "s0002")),
    ):
        code, out, err = argmap(shipped, *args)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1 and f"claim {cid} is analyst's, not yours (alice)" in err
    assert path.read_bytes() == before


def test_cli_unannotate_says_which_links_go_with_the_claim(shipped: Path) -> None:
    project = Project.open(shipped)
    target = next(c for c in project.claims(source=SRC) if len(project.links_to(c.id)) >= 1)
    links = project.links_to(target.id)
    code, out, _ = argmap(shipped, "unannotate", target.id, who="analyst")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"deleted {target.id}"
    assert sorted(lines[1:]) == sorted(
        f"  and the link {c.id} (analyst) {r.type} {target.id}" for c, r in links
    )


def test_cli_done_sources_and_matrix_show_progress(shipped: Path) -> None:
    import json

    assert argmap(shipped, "done", "004", who="analyst")[1].startswith(
        f"analyst: {SRC} marked done (1 of 5 sources done)"
    )
    assert "already done; nothing changed" in argmap(shipped, "done", "004", who="analyst")[1]
    argmap(shipped, "annotate", SRC, "--sentence", "s0003", "--stance", PUS, "-q", Q, who="bob")
    rows = {r["id"]: r for r in json.loads(argmap(shipped, "sources", "--json")[1])}
    assert rows[SRC]["done_by"] == ["analyst"]
    assert rows[SRC]["claims_by"] == {"analyst": 27, "bob": 1}
    m = json.loads(argmap(shipped, "matrix", "--json")[1])
    cell = next(c for c in m["cells"] if (c["source"], c["question"]) == (SRC, Q))
    assert (cell["counts"][PA], cell["counts"][PUS], cell["contested"]) == (11, 0, 1)
    assert m["done"] == {SRC: ["analyst"]}
    bob = json.loads(argmap(shipped, "matrix", "--json", "--by", "bob")[1])
    bob_cell = next(c for c in bob["cells"] if (c["source"], c["question"]) == (SRC, Q))
    assert bob_cell["counts"] == {PA: 0, PUS: 1, H: 0}
    argmap(shipped, "done", "004", "--undo", who="analyst")
    m = json.loads(argmap(shipped, "matrix", "--json")[1])
    cell = next(c for c in m["cells"] if (c["source"], c["question"]) == (SRC, Q))
    assert (cell["counts"][PUS], cell["contested"], m["done"]) == (1, 0, {})


# --------------------------------------------------------------------------- adjudication

TITLE = "Who Will Lead Europe’s Security as the US Steps Back?"


def team(root: Path) -> None:
    """analyst finished 004; alice and bob each read a few of its sentences."""
    open_as(root, "analyst").mark_done(SRC)
    alice = open_as(root, "alice")
    alice.annotate(SRC, sentence="s0002", stance=H, questions=[Q])  # analyst: ▲
    alice.annotate(SRC, sentence="s0006", stance=PA, questions=[Q])  # analyst: ▲, 2 questions
    bob = open_as(root, "bob")
    bob.annotate(SRC, sentence="s0003", stance=PA, questions=[Q])  # analyst: no claim
    bob.annotate(SRC, sentence="s0004", stance=PUS, questions=[Q])  # analyst: ▲


def test_the_queue_ranks_opposite_sides_first_and_skips_unread_sentences(shipped: Path) -> None:
    from argmap.agreement import cases

    team(shipped)
    queue = cases(Project.open(shipped))
    # only the four sentences two annotators both read: not the ~35 bob and alice never read
    assert [(c.sentence.id, c.why) for c in queue] == [
        ("s0004", "opposite sides"),
        ("s0002", "side vs hedged"),
        ("s0003", "claim vs none"),
        ("s0006", "questions"),
    ]
    first = queue[0]
    assert first.title == TITLE and first.sentence.text.startswith(
        "Yet, that era of certainty is ending"
    )
    assert {a: r.stance for a, r in first.readings.items()} == {"analyst": PA, "bob": PUS}


def test_adopted_readings_keep_their_links(shipped: Path) -> None:
    from argmap.agreement import adopt_reading

    team(shipped)
    project = Project.open(shipped)
    source_claim = project.claim(analyst_claim(shipped, "s0004"))
    assert len(source_claim.relations) == 2
    [ref] = adopt_reading(project, SRC, "s0004", "analyst")
    # targets not adjudicated yet: the links point at the claims standing for them
    assert {(r.type, r.target) for r in ref.relations} == {
        (r.type, r.target) for r in source_claim.relations
    }
    for r in source_claim.relations:  # adjudicate the targets' sentences too
        target = project.claim(r.target)
        adopt_reading(project, target.source, target.sentence, target.annotator)
    reopened = Project.open(shipped)
    ref = reopened.claim(ref.id)
    targets = [reopened.claim(r.target) for r in ref.relations]
    assert len(targets) == 2 and {t.annotator for t in targets} == {"reference"}
    assert {(t.source, t.sentence) for t in targets} == {
        (project.claim(r.target).source, project.claim(r.target).sentence)
        for r in source_claim.relations
    }
    assert reopened.validate() == []


def test_adopting_with_nothing_to_adopt_says_so(shipped: Path) -> None:
    code, out, _ = argmap(shipped, "adopt", "--agreed")
    assert code == 0 and out.startswith("nothing adopted:")
    assert Project.open(shipped).claims(annotator="reference") == []
    team(shipped)
    argmap(shipped, "adopt", "--sentence", f"{SRC}:s0004", "--from", "bob")
    code, out, _ = argmap(shipped, "adopt", "--sentence", f"{SRC}:s0004", "--from", "bob")
    assert out.startswith("nothing changed: the reference reading was already so")
    code, out, _ = argmap(
        shipped, "adopt", "--sentence", f"{SRC}:s0003", "--stance", H, "-q", Q, "--note", "both"
    )
    assert code == 0
    [written] = [c for c in Project.open(shipped).claims(annotator="reference") if c.note]
    assert (written.sentence, written.stance, written.note) == ("s0003", H, "both")


def test_agreement_per_matrix_cell(shipped: Path) -> None:
    import json

    team(shipped)
    data = json.loads(argmap(shipped, "agreement", "--json")[1])
    cells = {(c["source"], c["question"]): c for c in data["cells"]}
    cell = cells[(SRC, Q)]
    assert cell["annotators"] == ["alice", "analyst", "bob"]
    # four sentences read by two annotators; analyst and alice/bob agree on one (s0006)
    assert (cell["n"], cell["agreed"]) == (4, 1)
    assert cell["kappa"] is not None and cell["alpha"] < 0.5
    # decision-formats: analyst tagged s0006 with it, alice did not
    assert cells[(SRC, "decision-formats")]["agreed"] == 3
    # sources only analyst read have no cell
    assert {s for s, _ in cells} == {SRC}


# --------------------------------------------------------------------------- what a source argues


def test_cli_argues_keeps_each_annotators_word_apart(shipped: Path) -> None:
    import json

    assert argmap(shipped, "argues", "004", PUS, who="alice")[1] == f"alice: {SRC}: argues {PUS}\n"
    assert "(unchanged)" in argmap(shipped, "argues", "004", PUS, who="alice")[1]
    argmap(shipped, "argues", "004", PA, who="bob")
    listed = json.loads(argmap(shipped, "argues", "--json")[1])
    assert listed[SRC] == {"alice": PUS, "bob": PA}
    assert sum(1 for said in listed.values() if said) == 1
    progress = shipped / "annotations" / "progress"
    assert json.loads((progress / "alice.json").read_text())["argues"] == {SRC: PUS}
    argmap(shipped, "argues", "004", "--undo", who="bob")
    assert Project.open(shipped).argued_map() == {SRC: {"alice": PUS}}
    assert "argues" not in json.loads((progress / "bob.json").read_text())


def test_cli_argues_source_reads_without_an_annotator_only_saying_needs_one(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``argmap argues SOURCE`` only reads: with no annotator set it says everyone's word
    and why nothing is proposed; saying a side (or ``--undo``) still asks for a name, in
    one line, and writes nothing."""
    import contextlib
    import io
    import json

    from argmap.cli import main

    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    argmap(shipped, "argues", "004", PUS, who="alice")

    def anonymous(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--project", str(shipped), "argues", *args])
        return code, out.getvalue(), err.getvalue()

    code, out, err = anonymous("004")
    assert (code, err) == (0, "")
    assert out.startswith(f"{SRC}: nothing proposed (proposals are for sources with nothing ")
    assert "annotated claims here are most often ▲ pro-autonomy (by analyst)" in out
    assert out.rstrip().endswith("--annotator NAME")
    code, out, _ = anonymous("004", "--json")
    said = json.loads(out)
    assert code == 0
    assert (said["annotator"], said["argues"], said["proposed"]) == (None, None, None)
    assert said["said"] == {"alice": PUS}
    progress = shipped / "annotations" / "progress"
    before = sorted(p.name for p in progress.iterdir())
    for args in (("004", PA), ("004", "--undo")):
        code, out, err = anonymous(*args)
        assert code != 0 and out == ""
        assert err.count("\n") == 1 and "no annotator set: pass --annotator NAME" in err
    assert sorted(p.name for p in progress.iterdir()) == before
    assert Project.open(shipped).argued_map() == {SRC: {"alice": PUS}}


def test_cli_argues_refuses_an_unknown_stance_in_one_line(shipped: Path) -> None:
    code, out, err = argmap(shipped, "argues", "004", "pro-mars", who="alice")
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "unknown stance 'pro-mars'" in err
    assert not (shipped / "annotations" / "progress" / "alice.json").exists()


def test_an_unknown_stance_in_a_progress_file_names_file_and_source(shipped: Path) -> None:
    import json

    path = shipped / "annotations" / "progress" / "alice.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"schema": 1, "annotator": "alice", "argues": {SRC: "pro-mars"}}))
    code, out, err = argmap(shipped, "validate", who="alice")
    assert code != 0
    assert f"{path}: argues: {SRC}: unknown stance 'pro-mars'" in out + err


# --------------------------------------------------------------------------- rejected suggestions


def test_cli_reject_hides_a_suggestion_from_its_annotator_only_until_undone(shipped: Path) -> None:
    import json

    def suggested(*args: str) -> dict[str, str]:
        code, out, _ = argmap(shipped, "suggest", *args, "--json", who="analyst")
        assert code == 0
        return {f"{g['source']}:{g['sentence']}": g["stance"] for g in json.loads(out)}

    before = suggested("004")
    key, stance = next(iter(before.items()))
    sentence = key.rsplit(":", 1)[1]
    # a colleague's rejection never hides your suggestions
    assert argmap(shipped, "reject", "004", sentence, stance, who="bob")[1] == (
        f"bob: {key}: rejected {stance}\n"
    )
    assert suggested("004")[key] == stance
    # no STANCE: the one `suggest` proposes there now
    assert argmap(shipped, "reject", "004", sentence, who="analyst")[1] == (
        f"analyst: {key}: rejected {stance}\n"
    )
    assert "(unchanged)" in argmap(shipped, "reject", "004", sentence, stance, who="analyst")[1]
    assert "(unchanged)" in argmap(shipped, "reject", "004", sentence, who="analyst")[1]
    progress = shipped / "annotations" / "progress" / "analyst.json"
    (saved,) = json.loads(progress.read_text())["rejected"][SRC]
    text = Project.open(shipped).sources[SRC].text
    assert (saved["sentence"], saved["stances"]) == (sentence, [stance])
    assert text[saved["anchor"]["start"] : saved["anchor"]["end"]] == saved["anchor"]["exact"]
    # kept across runs, honoured by suggest and suggest --all
    assert set(suggested("004")) == set(before) - {key}
    assert key not in suggested("--all")
    listed = json.loads(argmap(shipped, "reject", "--json")[1])
    assert listed == {name: {SRC: {sentence: [stance]}} for name in ("analyst", "bob")}
    # taken back
    assert argmap(shipped, "reject", "004", sentence, "--undo", who="analyst")[1] == (
        f"analyst: {key}: nothing rejected\n"
    )
    assert suggested("004")[key] == stance
    assert "rejected" not in json.loads(progress.read_text())
    code, out, err = argmap(shipped, "reject", "004", sentence, "pro-mars")
    assert code != 0 and out == "" and err.count("\n") == 1 and "unknown stance 'pro-mars'" in err


def test_an_unknown_stance_rejected_in_a_progress_file_names_file_and_sentence(
    shipped: Path,
) -> None:
    import json

    path = shipped / "annotations" / "progress" / "alice.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"schema": 1, "annotator": "alice", "rejected": {SRC: {"s0003": ["pro-mars"]}}})
    )
    code, out, err = argmap(shipped, "validate", who="alice")
    assert code != 0
    assert f"{path}: rejected: {SRC}: s0003: unknown stance 'pro-mars'" in out + err
