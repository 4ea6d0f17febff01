"""The held-out nuclear-plant debate in ``bench/debate5``: a fifth project made from an
empty folder with argmap's own commands (``bench/debate5/make.sh``: codebook, patterns,
``add --reader 3``, ``meta``, one ``import`` of ``gold.tsv``), on data the models were never
tuned on, with three stances (none of them for/against).

Structural checks only: the suggestion models change all the time, so no figure of theirs
is asserted here, only that ``evaluate`` reports each one."""

from __future__ import annotations

import csv
import json
import re
import shlex
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO

from argmap.cli import main
from argmap.project import Project

DEBATE5 = REPO / "bench" / "debate5"
STANCES = ("run-on", "close", "unsettled")
QUESTIONS = {"safety", "climate", "supply", "cost", "waste", "renewables", "region"}
SOURCES = 7
UNITS = 187
SENTENCES = 277


def _copy(root: Path) -> Path:
    """A copy of the shipped project (opening it writes a cache; the repo stays clean)."""
    shutil.copytree(DEBATE5, root, ignore=shutil.ignore_patterns(".argmap-cache", "*.lock", "raw"))
    return root


@pytest.fixture(scope="module")
def debate5(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _copy(tmp_path_factory.mktemp("debate5") / "debate5")


def _gold() -> list[dict[str, str]]:
    with (DEBATE5 / "gold.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _ids(value: str) -> set[str]:
    return {v for v in re.split(r"[;,\s]+", value) if v}


def _make_sh() -> list[list[str]]:
    """make.sh's commands, one list of words per logical line (continuations joined)."""
    text = (DEBATE5 / "make.sh").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = (shlex.split(line, comments=True) for line in text.splitlines())
    return [words for words in lines if words]


def _claim_key(c) -> tuple:
    return (c.source, c.sentence, c.stance, frozenset(c.questions), c.kind, c.note)


def test_the_shipped_debate_validates(debate5: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["--project", str(debate5), "validate"]) == 0
    assert f"{SOURCES} sources, {UNITS} claims" in capsys.readouterr().out


def test_its_codebook_is_its_own(debate5: Path) -> None:
    """Three stances, none the blank codebook's for/against/hedged or another debate's id (a
    question id may recur: ``supply`` is rent caps' too); patterns of its own (shared with
    the other debates only as generic hedges, and only by ``unsettled``)."""
    book = Project.open(debate5).codebook
    assert tuple(book.stance_ids) == STANCES
    assert set(book.question_ids) == QUESTIONS
    others = [
        REPO / "annotations" / "codebook.json",
        REPO / "bench" / "debate2" / "annotations" / "codebook.json",
        REPO / "bench" / "debate3" / "annotations" / "codebook.json",
        REPO / "bench" / "debate4" / "annotations" / "codebook.json",
    ]
    other_ids: set[str] = set()
    other_patterns: set[str] = set()
    for path in others:
        data = json.loads(path.read_text(encoding="utf-8"))
        other_ids |= {e["id"] for e in data["stances"] + data["questions"]}
        other_patterns |= {p for e in data["stances"] for p in e["patterns"]}
    assert not set(STANCES) & (other_ids | {"for", "against", "hedged"})
    own = {p for e in (*book.stances, *book.questions) for p in e.patterns}
    assert len(own) >= 140
    sided = {p for s in book.stances if s.id != "unsettled" for p in s.patterns}
    assert len(sided & other_patterns) <= len(sided) // 10


def test_make_sh_patterns_are_the_codebooks(debate5: Path) -> None:
    """Every pattern is an ``sp``/``qp`` line of make.sh and the other way round (the patterns
    were committed, with the codebook, before any article existed)."""
    lines = _make_sh()
    wanted = {(w[0], w[1], p) for w in lines if w[0] in ("sp", "qp") and len(w) > 2 for p in w[2:]}
    book = Project.open(debate5).codebook
    have = {("sp", s.id, p) for s in book.stances for p in s.patterns}
    have |= {("qp", q.id, p) for q in book.questions for p in q.patterns}
    assert have == wanted


def test_gold_tsv_is_what_the_project_holds(debate5: Path) -> None:
    """Every claim and relation of the committed project is a row of gold.tsv (make.sh's one
    ``import``) and the other way round: a hand edit of the JSON, or of gold.tsv alone,
    fails here."""
    rows = _gold()
    assert len({r["id"] for r in rows}) == len(rows) == UNITS
    claims = Project.open(debate5).view_claims()
    assert {_claim_key(c) for c in claims} == {
        (
            r["source"],
            r["sentence"],
            r["stance"],
            frozenset(_ids(r["questions"])),
            r["kind"],
            r["note"],
        )
        for r in rows
    }
    by_place = {(c.source, c.sentence): c.id for c in claims}
    claim_of = {r["id"]: by_place[(r["source"], r["sentence"])] for r in rows}
    expected = {
        (claim_of[r["id"]], rel, claim_of[target])
        for r in rows
        for rel in ("supports", "attacks")
        for target in _ids(r[rel])
    }
    actual = {(c.id, r.type, r.target) for c in claims for r in c.relations}
    assert actual == expected
    assert len(actual) >= 80


def test_importing_gold_tsv_rebuilds_the_annotations(tmp_path: Path) -> None:
    """make.sh's step 4 on the committed sources and codebook gives the committed claims
    (ids, anchors, relations), with nothing but the times of the edit different."""
    root = _copy(tmp_path / "rebuilt")
    for path in (root / "annotations").glob("*.jsonl"):
        path.unlink()
    (root / "annotations" / "progress" / "gold.json").unlink()
    assert (
        main(["--project", str(root), "--annotator", "gold", "import", str(DEBATE5 / "gold.tsv")])
        == 0
    )

    def strip(path: Path) -> list[dict]:
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            data = json.loads(line)
            data.pop("created", None)
            data.pop("modified", None)
            out.append(data)
        return out

    for committed in sorted((DEBATE5 / "annotations").glob("*.jsonl")):
        assert strip(root / "annotations" / committed.name) == strip(committed), committed.name


def test_every_annotation_anchors_in_its_sentence(debate5: Path) -> None:
    """Each unit's quoted words are at its offsets in the stored text, inside its sentence,
    and no claim is orphaned."""
    project = Project.open(debate5)
    claims = project.view_claims()
    for c in claims:
        doc = project.sources[c.source]
        sentence = next(s for s in doc.sentences if s.id == c.sentence)
        assert sentence.start <= c.start < c.end <= sentence.end, c.id
        assert doc.text[c.start : c.end] == c.quote, c.id
        assert not c.orphan, c.id


def test_every_stance_is_represented_and_the_articles_differ(debate5: Path) -> None:
    """At least 30 units per stance, and the articles are not all alike: some one-sided
    (three units in four of one stance), some mixed (no stance has half), one mostly
    ``unsettled``, and in three the first unit is not the article's majority stance (the
    defence seeds put their majority first)."""
    claims = Project.open(debate5).view_claims()
    assert min(Counter(c.stance for c in claims).values()) >= 30
    by_source: dict[str, list] = {}
    for c in sorted(claims, key=lambda c: (c.source, c.start)):
        by_source.setdefault(c.source, []).append(c)
    assert len(by_source) == SOURCES
    majority = {s: Counter(c.stance for c in cs).most_common(1)[0] for s, cs in by_source.items()}
    shares = {s: n / len(by_source[s]) for s, (_, n) in majority.items()}
    assert sum(share >= 0.75 for share in shares.values()) >= 3
    assert sum(share < 0.5 for share in shares.values()) >= 2
    assert any(stance == "unsettled" and shares[s] >= 0.6 for s, (stance, _) in majority.items())
    minority_first = [s for s, cs in by_source.items() if cs[0].stance != majority[s][0]]
    assert len(minority_first) >= 3


def test_evaluate_reports_every_figure(debate5: Path, capsys: pytest.CaptureFixture) -> None:
    """``argmap evaluate --json`` runs on the held-out debate and reports each figure of
    issue 13 beside its baseline; the figures themselves are not asserted."""
    capsys.readouterr()
    assert main(["--project", str(debate5), "evaluate", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["units"] == UNITS
    assert {f["held_out"] for f in report["folds"]} == set(Project.open(debate5).sources)
    stance = report["stance"]
    for side in ("model", "majority"):
        assert 0.0 <= stance[side]["macro_f1"] <= 1.0
        assert set(stance[side]["per_class"]) == set(STANCES)
        for cls in stance[side]["per_class"].values():
            assert 0.0 <= cls["recall"] <= 1.0
    assert set(report["curve"]) == {"0", "3", "5", "10"}
    for point in report["curve"].values():
        assert {"model", "baseline", "units"} <= set(point)
    claim = report["claim"]
    assert 0.0 <= claim["model"]["macro_f1"] <= 1.0 and 0.0 <= claim["majority"]["macro_f1"] <= 1.0
    assert 0.0 <= claim["flagged"] <= 1.0
    assert claim["gold_flagged"] == pytest.approx(UNITS / SENTENCES, abs=0.01)
    assert set(report["per_source"]) == set(Project.open(debate5).sources)
    book = Project.open(debate5).codebook
    n_patterns = sum(len(e.patterns) for e in (*book.stances, *book.questions))
    assert len(report["patterns"]) == n_patterns
