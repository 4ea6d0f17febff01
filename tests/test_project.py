"""The Project API (edits saved at once, undo, queries) and the positions matrix."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import ALPHA, make_project

from argmap.analysis import matrix, position
from argmap.errors import ArgmapError, ProjectNotFound, UsageError
from argmap.model import Anchor, Claim
from argmap.project import DuplicateSource, Project

PA, PU, H = "pro-autonomy", "pro-us-primacy", "hedged"


def reopen(project: Project) -> Project:
    return Project.open(project.root)


# --------------------------------------------------------------------------- opening, creating


def test_init_creates_an_empty_valid_project(tmp_path: Path) -> None:
    project = Project.init(tmp_path / "debate")
    root = tmp_path / "debate"
    assert json.loads((root / "argmap.json").read_text())["name"] == "debate"
    assert (root / "annotations" / "codebook.json").is_file()
    assert (root / "seeds").is_dir()
    assert project.sources == {} and project.claims() == [] and project.validate() == []
    assert project.codebook.stance_ids == [PA, PU, H]
    with pytest.raises(ArgmapError, match="a project already exists here"):
        Project.init(root)


def test_codebook_matches_the_repo_codebook() -> None:
    repo = Path(__file__).resolve().parent.parent
    shipped = json.loads((repo / "argmap" / "data" / "codebook.json").read_text())
    project_cb = json.loads((repo / "annotations" / "codebook.json").read_text())
    assert [s["id"] for s in shipped["stances"]] == [s["id"] for s in project_cb["stances"]]
    assert [q["id"] for q in shipped["questions"]] == [q["id"] for q in project_cb["questions"]]


def test_open_without_project_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ProjectNotFound, match="argmap init DIR"):
        Project.open(tmp_path)


def test_open_finds_project_above_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, annotator: str
) -> None:
    project = make_project(tmp_path, {"alpha": ALPHA})
    monkeypatch.chdir(project.sources_dir)
    assert Project.open().root == project.root.resolve()


def test_add_source_ids_and_metadata(tmp_path: Path) -> None:
    project = make_project(tmp_path, {})
    path = tmp_path / "a.txt"
    path.write_text("Europe Alone\nBy Jane Doe\nMarch 4, 2025\nEurope must act.\n")
    first = project.add_source(path)
    # The same text again is refused, unless forced (then it gets a fresh id).
    with pytest.raises(DuplicateSource, match="already in the project as source 'europe-alone'"):
        project.add_source(path)
    second = project.add_source(path, force=True)
    assert (first.id, second.id) == ("europe-alone", "europe-alone-2")
    assert (first.title, first.author, first.date) == ("Europe Alone", "Jane Doe", "2025-03-04")
    with pytest.raises(UsageError, match="already exists"):
        project.add_source(path, source_id="europe-alone", force=True)
    meta = project.set_meta("europe-alone-2", outlet="Policy Review", note="leans autonomy")
    assert reopen(project).sources["europe-alone-2"].meta == meta
    assert meta.outlet == "Policy Review" and meta.title == "Europe Alone"


# --------------------------------------------------------------------------- annotator


def test_annotator_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    project = make_project(tmp_path, {"alpha": ALPHA})
    with pytest.raises(UsageError, match="no annotator set"):
        project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    assert not project.annotation_path("alpha").exists()
    cfg = json.loads((project.root / "argmap.json").read_text())
    (project.root / "argmap.json").write_text(json.dumps({**cfg, "annotator": "fromfile"}))
    assert reopen(project).annotator == "fromfile"
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "fromenv")
    assert reopen(project).annotator == "fromenv"
    assert Project.open(project.root, annotator="fromflag").annotator == "fromflag"
    with pytest.raises(UsageError, match="not a valid name: one word"):
        _ = Project.open(project.root, annotator="two words").annotator


# --------------------------------------------------------------------------- edits


def test_annotate_sentence_is_saved_at_once(project: Project) -> None:
    c = project.annotate(
        "alpha", sentence="s0002", stance=PA, questions=["us-guarantee", "burden-sharing"]
    )
    assert c.quote == "The United States will not stay forever."
    assert ALPHA[c.start : c.end] == c.quote and c.sentence == "s0002"
    # questions are stored in codebook order whatever order they were given in
    assert c.questions == ("burden-sharing", "us-guarantee")
    assert c.annotator == "tester" and c.kind == "claim"
    assert reopen(project).claim(c.id) == c


def test_annotate_by_quote_and_span(project: Project) -> None:
    q = project.annotate("alpha", quote="NATO remains  essential", stance=PU, questions=["ukraine"])
    assert q.quote == "NATO remains essential" and q.sentence == "s0003"
    start = ALPHA.index("They warn")
    s = project.annotate(
        "alpha", span=(start, start + 9), stance=H, questions=["ukraine"], kind="evidence"
    )
    assert (s.quote, s.kind) == ("They warn", "evidence")
    with pytest.raises(UsageError, match="quote not found"):
        project.annotate("alpha", quote="not in the text", stance=H, questions=["ukraine"])
    with pytest.raises(UsageError, match="not a non-empty part"):
        project.annotate("alpha", span=(5, 5), stance=H, questions=["ukraine"])


def test_ambiguous_quote_lists_where(tmp_path: Path, annotator: str) -> None:
    project = make_project(tmp_path, {"dup": "We must act. They agree. We must act.\n"})
    with pytest.raises(UsageError, match=r"occurs 2 times \(s0001@0, s0003@25\)"):
        project.annotate("dup", quote="We must act.", stance=H, questions=["ukraine"])


def test_reannotating_a_sentence_updates_the_claim(project: Project) -> None:
    first = project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    again = project.annotate(
        "alpha", sentence="s0001", stance=H, questions=["three-ds"], note="hedges"
    )
    assert again.id == first.id
    claims = reopen(project).claims(source="alpha")
    assert len(claims) == 1
    assert (claims[0].stance, claims[0].questions, claims[0].note) == (H, ("three-ds",), "hedges")
    assert claims[0].created == first.created


def test_two_annotators_on_one_sentence_are_two_claims(project: Project) -> None:
    a = project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    other = Project.open(project.root, annotator="second")
    b = other.annotate("alpha", sentence="s0001", stance=PU, questions=["ukraine"])
    assert a.id != b.id
    assert reopen(project).annotators() == ["second", "tester"]
    assert [c.annotator for c in reopen(project).claims(source="alpha")] == ["second", "tester"]


def test_invalid_values_name_the_valid_choices(project: Project) -> None:
    with pytest.raises(UsageError, match=r"unknown stance 'pro' \(valid: pro-autonomy, "):
        project.annotate("alpha", sentence="s0001", stance="pro", questions=["ukraine"])
    with pytest.raises(
        UsageError, match=r"unknown question 'nato' \(did you mean 'nato-replacement'\? valid: "
    ):
        project.annotate("alpha", sentence="s0001", stance=PA, questions=["nato"])
    with pytest.raises(UsageError, match=r"unknown source 'gamma' \(valid: alpha, beta\)"):
        project.annotate("gamma", sentence="s0001", stance=PA, questions=["ukraine"])
    with pytest.raises(UsageError, match=r"no sentence 's0099' \(ids run s0001..s0006\)"):
        project.annotate("alpha", sentence="s0099", stance=PA, questions=["ukraine"])
    with pytest.raises(UsageError, match="at least one question"):
        project.annotate("alpha", sentence="s0001", stance=PA, questions=[])
    with pytest.raises(UsageError, match="unknown claim 'c123456'"):
        project.claim("c123456")
    assert not project.annotation_path("alpha").exists()


def test_sentence_and_source_references(project: Project) -> None:
    doc = project.source("alp")
    assert doc.id == "alpha"
    assert doc.sentence("3") == doc.sentence("alpha:s0003") == doc.sentence("s0003")
    assert doc.sentence_at(doc.sentence("s0003").start + 2).id == "s0003"  # type: ignore[union-attr]


def test_update_relate_unrelate(project: Project) -> None:
    a = project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    b = project.annotate("alpha", sentence="s0003", stance=PU, questions=["ukraine"])
    c = project.annotate("beta", sentence="s0001", stance=PA, questions=["ukraine"])
    project.update(a.id[:6], stance=H, kind="evidence")
    project.relate(b.id, "attacks", a.id)
    project.relate(c.id, "supports", a.id)  # across sources
    fresh = reopen(project)
    assert (fresh.claim(a.id).stance, fresh.claim(a.id).kind) == (H, "evidence")
    assert [(r.type, r.target) for r in fresh.claim(b.id).relations] == [("attacks", a.id)]
    assert [(r.type, r.target) for r in fresh.claim(c.id).relations] == [("supports", a.id)]
    project.relate(b.id, "supports", a.id)  # replaces the attack
    assert [r.type for r in reopen(project).claim(b.id).relations] == ["supports"]
    with pytest.raises(UsageError, match="cannot support itself"):
        project.relate(a.id, "supports", a.id)
    with pytest.raises(UsageError, match="unknown relation"):
        project.relate(a.id, "refutes", b.id)
    project.unrelate(b.id, a.id)
    assert reopen(project).claim(b.id).relations == ()
    with pytest.raises(UsageError, match="has no relation"):
        project.unrelate(b.id, a.id)


def test_delete_removes_incoming_relations(project: Project) -> None:
    a = project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    b = project.annotate("alpha", sentence="s0003", stance=PU, questions=["ukraine"])
    c = project.annotate("beta", sentence="s0002", stance=PA, questions=["ukraine"])
    project.relate(b.id, "attacks", a.id)
    project.relate(c.id, "supports", a.id)
    project.delete(a.id)
    fresh = reopen(project)
    assert a.id not in fresh.claim_index
    assert fresh.claim(b.id).relations == () and fresh.claim(c.id).relations == ()
    assert fresh.validate() == []


def test_undo_and_redo_are_saved(project: Project) -> None:
    a = project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    b = project.annotate("alpha", sentence="s0003", stance=PU, questions=["ukraine"])
    project.relate(b.id, "attacks", a.id)
    project.delete(a.id)
    assert project.undo() == f"delete {a.id}"
    fresh = reopen(project)
    assert fresh.claim(a.id) == a and fresh.claim(b.id).relations[0].target == a.id
    assert project.redo() == f"delete {a.id}"
    assert a.id not in reopen(project).claim_index
    project.undo()
    project.undo()  # the relation
    project.undo()  # b
    project.undo()  # a
    assert project.undo() is None
    assert reopen(project).claims() == []


def test_edits_keep_work_saved_by_another_process(project: Project) -> None:
    first = Project.open(project.root, annotator="one")
    second = Project.open(project.root, annotator="two")
    a = first.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    b = second.annotate("alpha", sentence="s0002", stance=PU, questions=["ukraine"])
    assert {c.id for c in second.claims()} == {a.id, b.id}  # refreshed from disk
    first.update(a.id, note="n")
    assert {c.id for c in reopen(project).claims()} == {a.id, b.id}


def test_claims_filters(project: Project) -> None:
    project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine", "three-ds"])
    project.annotate("alpha", sentence="s0003", stance=PU, questions=["ukraine"], kind="evidence")
    project.annotate("beta", sentence="s0001", stance=H, questions=["three-ds"])
    assert len(project.claims()) == 3
    assert [c.sentence for c in project.claims(source="alpha")] == ["s0001", "s0003"]
    assert len(project.claims(question="ukraine")) == 2
    assert [c.source for c in project.claims(question="three-ds")] == ["alpha", "beta"]
    assert len(project.claims(stance=H)) == 1
    assert len(project.claims(kind="evidence")) == 1
    assert project.claims(annotator="nobody") == []
    with pytest.raises(UsageError):
        project.claims(question="nope")


def test_view_claims_prefers_the_reference(project: Project) -> None:
    project.annotate("alpha", sentence="s0001", stance=PA, questions=["ukraine"])
    project.annotate("beta", sentence="s0001", stance=PA, questions=["ukraine"])
    ref = Project.open(project.root)
    with ref.adjudication():
        r = ref.annotate("alpha", sentence="s0001", stance=H, questions=["ukraine"])
    view = reopen(project).view_claims()
    assert [c.annotator for c in view] == ["reference", "tester"]
    assert view[0].id == r.id
    assert [c.annotator for c in reopen(project).view_claims("tester")] == ["tester", "tester"]


# --------------------------------------------------------------------------- analysis

NOW = datetime(2025, 1, 1, tzinfo=UTC)


def claim(source: str, stance: str, *questions: str, kind: str = "claim", n: int = 0) -> Claim:
    return Claim(
        id=f"c{n:010x}",
        source=source,
        anchor=Anchor(start=n, end=n + 1, exact="x"),
        stance=stance,
        questions=questions,
        kind=kind,  # type: ignore[arg-type]
        annotator="a",
        created=NOW,
        modified=NOW,
    )


@pytest.fixture
def codebook(project: Project):  # type: ignore[no-untyped-def]
    return project.codebook


def test_position_dominant_and_mixed(codebook) -> None:  # type: ignore[no-untyped-def]
    counts, dominant, mixed = position(
        [claim("s", PA, "ukraine", n=i) for i in range(2)] + [claim("s", PU, "ukraine", n=9)],
        codebook,
    )
    assert counts == {PA: 2, PU: 1, H: 0}
    assert dominant == PA and mixed is True
    _, dominant, mixed = position([claim("s", PA, "u", n=1), claim("s", H, "u", n=2)], codebook)
    assert mixed is False  # hedged is on neither side
    assert position([], codebook) == ({PA: 0, PU: 0, H: 0}, None, False)


def test_position_ties_broken_by_claims_then_codebook_order(codebook) -> None:  # type: ignore[no-untyped-def]
    tie_kind = [claim("s", PA, "u", kind="evidence", n=1), claim("s", PU, "u", n=2)]
    assert position(tie_kind, codebook)[1] == PU  # evidence weighs less
    tie_all = [claim("s", PU, "u", n=1), claim("s", PA, "u", n=2)]
    assert position(tie_all, codebook)[1] == PA  # codebook order
    tie_hedged = [claim("s", H, "u", n=1), claim("s", PU, "u", n=2)]
    assert position(tie_hedged, codebook)[1] == PU


def test_matrix_cells(codebook) -> None:  # type: ignore[no-untyped-def]
    claims = [
        claim("a", PA, "ukraine", "three-ds", n=1),
        claim("a", PA, "ukraine", n=2),
        claim("a", PU, "ukraine", n=3),
        claim("b", H, "three-ds", n=4),
    ]
    m = matrix(claims, codebook, ["a", "b"], ["ukraine", "three-ds"])
    assert m.sources == ["a", "b"] and m.questions == ["ukraine", "three-ds"]
    assert [(c.source, c.question) for c in m.cells] == [
        ("a", "ukraine"),
        ("a", "three-ds"),
        ("b", "ukraine"),
        ("b", "three-ds"),
    ]
    cell = m.cell("a", "ukraine")
    assert (cell.counts, cell.dominant, cell.mixed, cell.total) == (
        {PA: 2, PU: 1, H: 0},
        PA,
        True,
        3,
    )
    assert len(cell.claims) == 3
    assert m.cell("a", "three-ds").dominant == PA and not m.cell("a", "three-ds").mixed
    assert m.cell("b", "ukraine").dominant is None
    assert m.cell("b", "three-ds").dominant == H
    full = matrix(claims, codebook, ["a", "b"])
    assert full.questions == codebook.question_ids
    data = m.to_json()
    assert set(data) == {"sources", "questions", "cells", "done"}
    assert set(data["cells"][0]) >= {"source", "question", "counts", "dominant", "mixed"}


def test_a_sentence_id_is_placed_from_the_span_cache_without_reading_the_layout(
    project: Project,
) -> None:
    """``annotate --sentence ID`` places the claim where the sentence is, as the sentences
    say, from the cached spans (no layout read, no sentence objects made: most of a command
    on a large project); a wrong id is refused as before."""
    import subprocess
    import sys

    want = [(s.id, s.start, s.end) for s in project.sources["alpha"].sentences]
    reopened = Project.open(project.root)
    doc = reopened.sources["alpha"]
    for i, (sid, start, end) in enumerate(want):
        assert doc.sentence_span(sid) == doc.sentence_span(str(i + 1)) == (sid, start, end)
        assert doc.sentence_span(f"alpha:{sid}") == (sid, start, end)
    assert "sentences" not in doc.__dict__
    for wrong in ("s0099", "0", "x0002", "s2"):
        with pytest.raises(UsageError, match="no sentence"):
            doc.sentence_span(wrong)
    claim = reopened.annotate("alpha", sentence="s0003", stance=PU, questions=["ukraine"])
    assert (claim.sentence, claim.start, claim.end) == want[2]
    code = (
        "import sys\nfrom argmap.project import Project\n"
        f"p = Project.open({str(project.root)!r}, annotator='tester')\n"
        f"p.annotate('alpha', sentence='s0004', stance={PU!r}, questions=['ukraine'])\n"
        "print('argmap.readers.layout' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
