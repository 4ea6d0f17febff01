"""Agreement between annotators, adjudication, and merging concurrent work.

Figures are checked against hand computations written next to each test. Notation: for
two coders, kappa = (p_o - p_e) / (1 - p_e) with p_e = sum over labels of the product of
the two coders' label shares; Krippendorff's alpha = 1 - D_o / D_e with n pairable values,
D_o = (sum over units of disagreeing ordered pairs / (m_u - 1)) / n and
D_e = (n^2 - sum_c n_c^2) / (n (n - 1)).
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.agreement import (
    CLAIM_OR_NOT,
    MIXED,
    NONE,
    OTHER_STANCE,
    Reading,
    adopt,
    adopt_agreed,
    adopt_reading,
    agreement,
    cases,
    write_reference,
)
from argmap.project import Project

# Six sentences, s0001..s0006.
ALPHA = (
    "Europe must build its own army. The US guarantee is fading. "
    "NATO should remain the framework. Buying American jets is wise. "
    "Shells were scarce in 2023. Ukraine needs guarantees.\n"
)
# Two sentences, s0001..s0002.
BETA = "Europe should buy European. Washington will always protect Europe.\n"

PA, PUS, H = "pro-autonomy", "pro-us-primacy", "hedged"
# the CLI as a separate process, whatever the install puts on PATH
ARGMAP = [sys.executable, "-c", "import sys; from argmap.cli import main; sys.exit(main())"]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    Project.init(tmp_path / "proj")
    project = Project.open(tmp_path / "proj", annotator="setup")
    (tmp_path / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (tmp_path / "beta.txt").write_text(BETA, encoding="utf-8")
    project.add_source(tmp_path / "alpha.txt", source_id="alpha")
    project.add_source(tmp_path / "beta.txt", source_id="beta")
    return tmp_path / "proj"


def annotate(
    root: Path, who: str, source: str, rows: list[tuple[str, str, list[str]]], done: bool = True
) -> None:
    """``who`` annotates ``rows`` of ``source`` and (with ``done``) marks it read in full."""
    project = Project.open(root, annotator=who)
    for sentence, stance, questions in rows:
        project.annotate(source, sentence=sentence, stance=stance, questions=questions)
    if done:
        project.mark_done(source)


def partial(root: Path) -> None:
    """alice and bob agree on s1, differ in stance on s2, each alone on s3 / s4."""
    annotate(
        root,
        "alice",
        "alpha",
        [
            ("s0001", PA, ["nato-replacement"]),
            ("s0002", PA, ["us-guarantee"]),
            ("s0003", PUS, ["nato-replacement"]),
        ],
    )
    annotate(
        root,
        "bob",
        "alpha",
        [
            ("s0001", PA, ["nato-replacement"]),
            ("s0002", H, ["us-guarantee", "burden-sharing"]),
            ("s0004", PUS, ["defence-industry"]),
        ],
    )


# --------------------------------------------------------------------------- figures


def test_total_agreement_gives_kappa_and_alpha_one(root: Path) -> None:
    rows = [
        ("s0001", PA, ["nato-replacement"]),
        ("s0002", H, ["us-guarantee"]),
        ("s0003", PUS, ["nato-replacement", "burden-sharing"]),
    ]
    annotate(root, "alice", "alpha", rows)
    annotate(root, "bob", "alpha", rows)
    report = agreement(Project.open(root))
    assert report.annotators == ["alice", "bob"]  # the setup user made no claim
    [pair] = report.pairs
    assert pair.sources == ["alpha"]  # beta was read by neither
    for m in (pair.stance, pair.stance_annotated, pair.claim):
        assert (m.kappa, m.alpha, m.agreed) == (1.0, 1.0, m.n)
    assert pair.stance.n == 6 and pair.stance_annotated.n == 3
    assert pair.questions.mean_jaccard == 1.0
    assert pair.questions.per_question["burden-sharing"].kappa == 1.0
    # nobody tagged three-ds: one category only, kappa undefined, alpha 1 (nltk's convention)
    assert pair.questions.per_question["three-ds"].kappa is None
    assert pair.disagreements == []
    assert report.all is None  # only two annotators


def test_total_disagreement(root: Path) -> None:
    # beta, 2 sentences. Stances swapped on both sentences.
    annotate(
        root,
        "alice",
        "beta",
        [("s0001", PA, ["defence-industry"]), ("s0002", PUS, ["us-guarantee"])],
    )
    annotate(
        root, "bob", "beta", [("s0001", PUS, ["defence-industry"]), ("s0002", PA, ["us-guarantee"])]
    )
    [pair] = agreement(Project.open(root)).pairs
    # alice [PA, PUS], bob [PUS, PA]: p_o = 0, p_e = 1/2*1/2 + 1/2*1/2 = 1/2, kappa = -1.
    # alpha: n = 4 (PA 2, PUS 2); D_o = 4/4 = 1; D_e = (16 - 8) / 12 = 2/3; alpha = 1 - 3/2.
    assert pair.stance.kappa == pytest.approx(-1.0)
    assert pair.stance.alpha == pytest.approx(-0.5)
    assert pair.stance.agreed == 0
    # both opposite on the axis: score 3 each, document order between equals
    assert [(d.sentence.id, d.score) for d in pair.disagreements] == [
        ("s0001", 3.0),
        ("s0002", 3.0),
    ]


def test_total_disagreement_on_claim_vs_not(root: Path) -> None:
    annotate(root, "alice", "beta", [("s0001", PA, ["defence-industry"])])
    annotate(root, "bob", "beta", [("s0002", PUS, ["us-guarantee"])])
    [pair] = agreement(Project.open(root)).pairs
    # claim: alice [c, n], bob [n, c]: p_o = 0, p_e = 1/2, kappa = -1;
    # alpha: n = 4 (c 2, n 2): D_o = 1, D_e = 2/3, alpha = -0.5.
    assert (pair.claim.kappa, pair.claim.alpha) == (pytest.approx(-1.0), pytest.approx(-0.5))
    assert pair.stance_annotated.n == 0 and pair.stance_annotated.kappa is None
    assert pair.questions.n == 0 and pair.questions.mean_jaccard is None


def test_partial_overlap_two_annotators(root: Path) -> None:
    partial(root)
    [pair] = agreement(Project.open(root)).pairs
    # stance per sentence: alice [PA, PA, PUS, n, n, n], bob [PA, H, n, PUS, n, n]
    # p_o = 3/6; p_e = (2*1 [PA] + 1*1 [PUS] + 3*3 [none]) / 36 = 1/3; kappa = (1/6)/(2/3) = 0.25
    # alpha: n = 12 (PA 3, H 1, PUS 2, none 6); D_o = 6/12 (s2, s3, s4 disagree, 2 ordered
    # pairs each); D_e = (144 - 50) / 132 = 94/132; alpha = 1 - 66/94 = 28/94
    assert pair.stance.n == 6 and pair.stance.agreed == 3
    assert pair.stance.kappa == pytest.approx(0.25)
    assert pair.stance.alpha == pytest.approx(28 / 94)
    assert pair.stance.counts["bob"] == {
        "hedged": 1,
        "none": 3,
        "pro-autonomy": 1,
        "pro-us-primacy": 1,
    }
    # claim vs not: alice [c c c n n n], bob [c c n c n n]: p_o = 4/6, p_e = 1/2, kappa = 1/3;
    # alpha: n = 12 (c 6, n 6), D_o = 4/12, D_e = 72/132, alpha = 1 - 132/216 = 84/216
    assert pair.claim.kappa == pytest.approx(1 / 3)
    assert pair.claim.alpha == pytest.approx(84 / 216)
    # both annotated: s1, s2. alice [PA, PA], bob [PA, H]: p_o = 1/2, p_e = 2/4, kappa = 0;
    # alpha: PA 3, H 1, D_o = 2/4, D_e = (16 - 10)/12 = 1/2, alpha = 0
    assert pair.stance_annotated.n == 2
    assert pair.stance_annotated.kappa == pytest.approx(0.0)
    assert pair.stance_annotated.alpha == pytest.approx(0.0)
    # questions on s1, s2: Jaccard 1 and |{usg}| / |{usg, burden}| = 1/2 -> mean 0.75
    assert pair.questions.mean_jaccard == pytest.approx(0.75)
    # burden-sharing on s1, s2: alice [n, n], bob [n, b]: p_o = 1/2, p_e = (2*1)/4, kappa = 0
    assert pair.questions.per_question["burden-sharing"].kappa == pytest.approx(0.0)
    assert pair.questions.per_question["us-guarantee"].kappa == pytest.approx(1.0)
    # ranking by severity: PA vs hedged (distance 1 + (1 - 1/2)) before a claim only one saw
    ranked = [(d.sentence.id, d.severity, d.score) for d in pair.disagreements]
    assert ranked == [("s0002", OTHER_STANCE, 1.5), ("s0003", CLAIM_OR_NOT, 2.0),
                      ("s0004", CLAIM_OR_NOT, 2.0)]  # fmt: skip
    assert pair.disagreements[0].readings["bob"].describe() == (
        "hedged [burden-sharing, us-guarantee]"
    )


def test_question_restricts_the_units(root: Path) -> None:
    partial(root)
    [pair] = agreement(Project.open(root), question="us-guarantee").pairs
    # only claims on us-guarantee: alice [n, PA, n, n, n, n], bob [n, H, n, n, n, n]
    # p_o = 5/6, p_e = (5*5)/36, kappa = (30 - 25)/(36 - 25) = 5/11
    assert pair.stance.agreed == 5
    assert pair.stance.kappa == pytest.approx(5 / 11)
    assert [d.sentence.id for d in pair.disagreements] == ["s0002"]
    assert list(pair.questions.per_question) == ["us-guarantee"]


def test_three_annotators_pairs_and_all(root: Path) -> None:
    partial(root)
    annotate(
        root,
        "carol",
        "alpha",
        [
            ("s0001", PA, ["nato-replacement"]),
            ("s0002", PA, ["us-guarantee"]),
            ("s0003", PUS, ["nato-replacement"]),
        ],
    )
    report = agreement(Project.open(root))
    kappas = {tuple(p.annotators): p.stance.kappa for p in report.pairs}
    assert kappas == {
        ("alice", "bob"): pytest.approx(0.25),
        ("alice", "carol"): pytest.approx(1.0),  # carol = alice
        ("bob", "carol"): pytest.approx(0.25),
    }
    together = report.all
    assert together is not None and together.annotators == ["alice", "bob", "carol"]
    # Light's kappa = mean of pairwise kappas = (0.25 + 1 + 0.25) / 3 = 0.5
    assert together.stance.kappa == pytest.approx(0.5)
    # alpha, 3 coders x 6 units, n = 18: PA 5, H 1, PUS 3, none 9.
    # disagreeing ordered pairs / (m - 1): s2 (PA,H,PA) 4/2, s3 (PUS,n,PUS) 4/2, s4 4/2 -> 6
    # D_o = 6/18; D_e = (324 - (25 + 1 + 9 + 81)) / (18*17) = 208/306;
    # alpha = 1 - (1/3)(306/208) = 318/624
    assert together.stance.alpha == pytest.approx(318 / 624)
    assert together.stance.agreed == 3
    # s2 (bob hedged, the others pro-autonomy) is worse than a claim only bob missed (s3)
    assert [(d.sentence.id, d.score) for d in together.disagreements[:2]] == [
        ("s0002", 3.0),
        ("s0003", 4.0),  # bob alone differs from two others: 2 pairs at distance 2
    ]


def test_mixed_reading_and_sources_read(root: Path) -> None:
    project = Project.open(root, annotator="alice")
    project.annotate("alpha", quote="Europe must", stance=PA, questions=["nato-replacement"])
    project.annotate("alpha", quote="its own army", stance=H, questions=["burden-sharing"])
    annotate(root, "bob", "beta", [("s0001", PA, ["defence-industry"])])
    reading = Reading(tuple(Project.open(root).claims(annotator="alice")))
    assert reading.stance == MIXED
    assert reading.questions == {"nato-replacement", "burden-sharing"}
    assert Reading().stance == NONE
    report = agreement(Project.open(root))
    assert report.read == {"alice": ["alpha"], "bob": ["beta"]}
    # no source read by both: nothing to compare, and no crash
    [pair] = report.pairs
    assert pair.sources == [] and pair.stance.n == 0 and pair.stance.kappa is None


# --------------------------------------------------------------------------- adjudication


def test_adopt_copies_claim_and_reference_drives_the_view(root: Path) -> None:
    partial(root)
    project = Project.open(root)
    bob_s2 = next(c for c in project.claims(annotator="bob") if c.sentence == "s0002")
    copy = adopt(project, bob_s2.id)
    assert copy.annotator == "reference"
    assert (copy.start, copy.end, copy.stance, copy.questions, copy.kind) == (
        bob_s2.start,
        bob_s2.end,
        H,
        bob_s2.questions,
        "claim",
    )
    reopened = Project.open(root)
    view = reopened.view_claims()
    # In the adjudicated sentence only the reference counts; s0001 (agreed) counts once;
    # s0003 and s0004 (a claim against a finished reader's none) are contested.
    assert [c.id for c in view if c.sentence == "s0002"] == [copy.id]
    assert [c.annotator for c in view if c.sentence == "s0001"] == ["alice"]
    assert {c.sentence for c in reopened.view().contested} == {"s0003", "s0004"}
    # one annotator's view is still there
    assert len(reopened.view_claims("alice")) == 3


def test_adopt_reading_replaces_and_marks_not_a_claim(root: Path) -> None:
    partial(root)
    project = Project.open(root)
    adopt_reading(project, "alpha", "s0003", "alice")
    assert [c.stance for c in project.claims(annotator="reference")] == [PUS]
    adopt_reading(project, "alpha", "s0003", "bob")  # bob saw no claim there
    assert project.claims(annotator="reference") == []
    adopt_reading(project, "alpha", "s0002", "alice")
    adopt_reading(project, "alpha", "s0002", "bob")  # same span: updated, not duplicated
    [ref] = Project.open(root).claims(annotator="reference")
    assert (ref.stance, ref.questions) == (H, ("burden-sharing", "us-guarantee"))


def test_write_reference_by_hand(root: Path) -> None:
    partial(root)
    project = Project.open(root)
    claim = write_reference(project, "alpha", "s0002", stance=PUS, questions=["ukraine"], note="x")
    assert (claim.annotator, claim.stance, claim.questions, claim.note) == (
        "reference",
        PUS,
        ("ukraine",),
        "x",
    )
    again = write_reference(project, "alpha", "s0002", stance=H, questions=["ukraine"])
    assert again.id == claim.id and again.stance == H
    assert project.chosen_annotator is None  # the project edits as its own annotator again


def test_adopt_agreed_and_cases(root: Path) -> None:
    partial(root)
    project = Project.open(root)
    todo = cases(project)
    assert [(c.sentence.id, c.settled, c.why) for c in todo] == [
        ("s0002", False, "side vs hedged"),
        ("s0003", False, "claim vs none"),
        ("s0004", False, "claim vs none"),
    ]
    written = adopt_agreed(project)
    assert [(c.sentence, c.stance) for c in written] == [("s0001", PA)]
    adopt_reading(project, "alpha", "s0002", "bob")
    settled = {c.sentence.id: c.settled for c in cases(project)}
    assert settled == {"s0002": True, "s0003": False, "s0004": False}


def test_adopted_links_wait_for_their_target_then_follow_it(root: Path) -> None:
    project = Project.open(root, annotator="alice")
    a1 = project.annotate("alpha", sentence="s0001", stance=PA, questions=["nato-replacement"])
    a2 = project.annotate("alpha", sentence="s0002", stance=PA, questions=["us-guarantee"])
    a3 = project.annotate("alpha", sentence="s0003", stance=PUS, questions=["nato-replacement"])
    project.relate(a2.id, "supports", a1.id)
    project.relate(a3.id, "attacks", a1.id)
    r2 = adopt(project, a2.id)
    # s0001 is not adjudicated yet: the link points at the claim that stands for it
    assert [(r.type, r.target) for r in r2.relations] == [("supports", a1.id)]
    r1 = adopt(project, a1.id)
    # adjudicating s0001 re-targets the link to the reference claim there
    assert [(r.type, r.target) for r in project.claim(r2.id).relations] == [("supports", r1.id)]
    assert r1.relations == ()
    assert all(c.annotator == "reference" for c in project.claims(annotator="reference"))
    assert Project.open(root).validate() == []
    assert a3.id in Project.open(root).claim_index  # alice's own work untouched


# --------------------------------------------------------------------------- CLI


def run(root: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*ARGMAP, "--project", str(root), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_cli_agreement_json_and_table(root: Path) -> None:
    partial(root)
    out = run(root, "agreement", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["pairs"][0]["stance"]["kappa"] == 0.25
    assert data["pairs"][0]["disagreements"][0]["sentence"] == "s0002"
    assert data["pairs"][0]["disagreements"][0]["severity"] == "side vs hedged"
    table = run(root, "agreement", env={"COLUMNS": "200"})
    assert table.returncode == 0
    assert "0.250" in table.stdout and "hedged [burden-sharing" in table.stdout
    bad = run(root, "agreement", "--question", "nope")
    assert bad.returncode == 2 and "unknown question 'nope'" in bad.stderr


def test_cli_adopt(root: Path) -> None:
    partial(root)
    out = run(root, "adopt", "--agreed", "--json")
    assert out.returncode == 0, out.stderr
    assert [c["sentence"] for c in json.loads(out.stdout)] == ["s0001"]
    out = run(root, "adopt", "--sentence", "alpha:s0002", "--from", "bob", "--json")
    assert json.loads(out.stdout)[0]["stance"] == H
    assert run(root, "adopt", "--sentence", "alpha:s0002").returncode == 2
    matrix_out = run(root, "matrix", "--json")
    assert matrix_out.returncode == 0


# --------------------------------------------------------------------------- concurrency


def test_two_processes_annotating_at_once_lose_nothing(root: Path) -> None:
    sentences = [f"s{i:04d}" for i in range(1, 4)]
    procs = []
    for who in ("alice", "bob"):
        cli = " ".join(shlex.quote(a) for a in ARGMAP)
        script = " && ".join(
            f"{cli} --project {shlex.quote(str(root))} --annotator {who} annotate alpha "
            f"--sentence {s} --stance {PA} -q us-guarantee"
            for s in sentences
        )
        # one shell per annotator, each running three `argmap annotate` processes in a row,
        # both on the same sentences of the same annotation file
        procs.append(
            subprocess.Popen(
                ["bash", "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
        )
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    project = Project.open(root)
    for who in ("alice", "bob"):
        assert sorted(c.sentence for c in project.claims(annotator=who)) == sentences
    assert project.validate() == []


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
def test_git_merge_of_two_annotators_branches(root: Path) -> None:
    def git(*args: str) -> str:
        out = subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@x", *args],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        assert out.returncode == 0, out.stdout + out.stderr
        return out.stdout

    git("init", "-q", "-b", "main")
    # an empty annotation file exists on main, so both branches change the same file
    annotate(root, "setup", "alpha", [("s0006", H, ["ukraine"])])
    git("add", "-A")
    git("commit", "-q", "-m", "start")
    git("checkout", "-q", "-b", "alice")
    annotate(
        root,
        "alice",
        "alpha",
        [("s0001", PA, ["nato-replacement"]), ("s0002", PA, ["us-guarantee"])],
    )
    git("commit", "-q", "-am", "alice")
    git("checkout", "-q", "main")
    git("checkout", "-q", "-b", "bob")
    annotate(
        root,
        "bob",
        "alpha",
        [("s0001", PUS, ["nato-replacement"]), ("s0004", PUS, ["defence-industry"])],
    )
    git("commit", "-q", "-am", "bob")
    git("checkout", "-q", "alice")
    git("merge", "-q", "--no-edit", "bob")  # asserts exit 0: no conflict
    assert "<<<<<<<" not in (root / "annotations" / "alpha.jsonl").read_text(encoding="utf-8")
    check = run(root, "validate")
    assert check.returncode == 0, check.stdout + check.stderr
    project = Project.open(root)
    got = {(c.annotator, c.sentence, c.stance) for c in project.claims()}
    assert got == {
        ("setup", "s0006", H),
        ("alice", "s0001", PA),
        ("alice", "s0002", PA),
        ("bob", "s0001", PUS),
        ("bob", "s0004", PUS),
    }
    # and the merged work is comparable straight away
    pairs = {tuple(p.annotators): p for p in agreement(project).pairs}
    assert pairs[("alice", "bob")].stance.n == 6


def test_domain_module_imports_no_ui_or_heavy_library() -> None:
    code = (
        "import sys, argmap.agreement, argmap.commands.agreement; "
        "print(sorted(m for m in ('textual', 'sklearn', 'nltk') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_reference_can_be_compared_when_named(root: Path) -> None:
    partial(root)
    project = Project.open(root)
    adopt_reading(project, "alpha", "s0002", "bob")
    out = run(root, "agreement", "--annotators", "reference,bob", "--json")
    assert out.returncode == 0, out.stderr
    [pair] = json.loads(out.stdout)["pairs"]
    assert pair["annotators"] == ["bob", "reference"]
    # the reference marked nothing done: only s0002, which both annotated, is compared
    assert (pair["stance"]["units"], pair["stance"]["agreed"]) == (1, 1)
    unknown = run(root, "agreement", "--annotators", "zed,bob")
    assert unknown.returncode == 2 and "no claims by annotator 'zed'" in unknown.stderr


def _kinds_and_links(root: Path) -> None:
    """alice and bob both mark s1, s2, s3 and s5 of alpha; alice alone s6, bob alone s4.

    Kinds there: alice claim, evidence, claim, evidence; bob claim, claim, claim, evidence.
    Links between sentences both marked: alice s2→s1 supports, s5→s1 supports, s3→s1
    attacks (her s6→s1 is left out); bob s2→s1 supports, s5→s1 attacks, s3→s1 attacks,
    s3→s2 attacks (his s4→s1 is left out)."""
    marks = {
        "alice": [("s0001", "claim"), ("s0002", "evidence"), ("s0003", "claim"),
                  ("s0005", "evidence"), ("s0006", "claim")],
        "bob": [("s0001", "claim"), ("s0002", "claim"), ("s0003", "claim"),
                ("s0005", "evidence"), ("s0004", "claim")],
    }  # fmt: skip
    links = {
        "alice": [("s0002", "supports", "s0001"), ("s0005", "supports", "s0001"),
                  ("s0003", "attacks", "s0001"), ("s0006", "supports", "s0001")],
        "bob": [("s0002", "supports", "s0001"), ("s0005", "attacks", "s0001"),
                ("s0003", "attacks", "s0001"), ("s0003", "attacks", "s0002"),
                ("s0004", "supports", "s0001")],
    }  # fmt: skip
    for who in ("alice", "bob"):
        project = Project.open(root, annotator=who)
        ids = {
            sentence: project.annotate(
                "alpha", sentence=sentence, stance=PA, questions=["us-guarantee"], kind=kind
            ).id
            for sentence, kind in marks[who]
        }
        for a, rtype, b in links[who]:
            project.relate(ids[a], rtype, ids[b])
        project.mark_done("alpha")


def test_kind_and_relation_agreement(root: Path) -> None:
    """Kind: p_o = 3/4, p_e = 1/2 * 3/4 + 1/2 * 1/4 = 1/2, kappa = 0.5. Links: alice 3,
    bob 4, 2 alike (s2→s1 supports, s3→s1 attacks): F1 = 2*2/(3+4) = 4/7; the same pairs
    whatever the type: 3, F1 = 6/7. Type on the 3 pairs both linked (s2→s1, s3→s1, s5→s1):
    alice supports, attacks, supports; bob supports, attacks, attacks: p_o = 2/3,
    p_e = 2/3 * 1/3 + 1/3 * 2/3 = 4/9, kappa = (2/9) / (5/9) = 0.4. Links from or to a
    sentence only one of them marked (alice's s6, bob's s4) are not compared."""
    _kinds_and_links(root)
    pair = agreement(Project.open(root)).pairs[0]
    assert pair.kind is not None and pair.relations is not None
    assert (pair.kind.n, pair.kind.agreed) == (4, 3)
    assert pair.kind.kappa == pytest.approx(0.5)
    assert pair.kind.counts == {
        "alice": {"claim": 2, "evidence": 2},
        "bob": {"claim": 3, "evidence": 1},
    }
    rel = pair.relations
    assert rel.links == {"alice": 3, "bob": 4} and rel.matched == 2
    assert rel.f1 == pytest.approx(4 / 7)
    assert rel.pair_f1 == pytest.approx(6 / 7)
    assert (rel.type.n, rel.type.agreed) == (3, 2)
    assert rel.type.kappa == pytest.approx(0.4)

    out = run(root, "agreement", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)["pairs"][0]
    assert data["stance"]["units"] == 6  # the fields that were there stay
    assert data["kind"]["kappa"] == 0.5 and data["kind"]["units"] == 4
    assert data["relations"]["links"] == {"alice": 3, "bob": 4}
    assert data["relations"]["matched"] == 2
    assert data["relations"]["f1"] == 0.5714 and data["relations"]["pair_f1"] == 0.8571
    assert data["relations"]["type"]["kappa"] == 0.4
    assert data["relations"]["type"]["counts"]["bob"] == {"attacks": 2, "supports": 1}
    table = run(root, "agreement", env={"COLUMNS": "200"})
    assert table.returncode == 0, table.stderr
    rows = {
        cells[1]: cells[2:]
        for line in table.stdout.splitlines()
        if len(cells := [c.strip() for c in line.split("│")[1:-1]]) > 2
    }
    # alpha (nominal): 5 claim, 3 evidence labels, D_e = (64 - 25 - 9) / 56, D_o = 2 / 8
    assert rows["kind, annotated"] == ["4", "3", "75%", "0.500", "0.533"]
    assert rows["links, F1"][:3] == ["3 / 4", "2", "0.571"]
    assert rows["link type, same pair"][:4] == ["3", "2", "67%", "0.400"]
