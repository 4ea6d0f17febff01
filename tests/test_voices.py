"""Voices: a claim's stance that belongs to a quoted or reported person or body, not the
writer (debate36, news in reported speech): stored, normalised, merged, listed, counted."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import git

from argmap.model import Anchor, Claim, voice_key, voice_name
from argmap.store import _claim_line

Cli = Callable[..., tuple[int, str, str]]

NOW = datetime(2026, 11, 28, 2, 50, tzinfo=UTC)


def _claim(**extra: object) -> Claim:
    return Claim(
        id="c0000aa",
        source="a",
        anchor=Anchor(start=0, end=5, exact="Hello"),
        stance="for",
        questions=("q",),
        annotator="ann",
        created=NOW,
        modified=NOW,
        **extra,
    )


def test_an_older_claim_line_without_a_voice_loads_and_saves_unchanged() -> None:
    line = _claim_line(_claim())
    assert "voice" not in line
    again = Claim.model_validate(json.loads(line))
    assert again.voice == "" and _claim_line(again) == line


def test_a_voice_round_trips_normalised_and_compares_without_case() -> None:
    claim = _claim(voice="  “Margit   Solheim-Rask,”\n")
    assert claim.voice == "Margit Solheim-Rask"
    line = _claim_line(claim)
    assert json.loads(line)["voice"] == "Margit Solheim-Rask"
    assert Claim.model_validate(json.loads(line)) == claim
    assert voice_key("margit  SOLHEIM-rask") == voice_key(claim.voice)
    assert voice_name("the federation:") == "the federation"


TEXT = (
    "The federation said the rule must go. Margit Solheim-Rask said it works, and she said "
    "it twice. The minister said phase it in. Critics disagree.\n"
)
OTHER = "Margit Solheim-Rask repeated that it works. The union wants it gone.\n"


@pytest.fixture
def root(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with one question and two sources, a (4 sentences) and b (2), annotator ann."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ann")
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    assert cli("codebook", "add-question", "rule", "--label", "Rule", "--text", "The rule?",
               "-p", str(root))[0] == 0  # fmt: skip
    for sid, text in (("a", TEXT), ("b", OTHER)):
        (tmp_path / f"{sid}.txt").write_text(text, encoding="utf-8")
        assert cli("add", str(tmp_path / f"{sid}.txt"), "--id", sid, "-p", str(root))[0] == 0
    return root


def test_annotate_and_update_set_a_voice_in_the_projects_spelling_and_report_a_near_miss(
    cli: Cli, root: Path
) -> None:
    p = ("-p", str(root))
    code, _, err = cli("annotate", "a", "--sentence", "s0002", "--stance", "for", "-q", "rule",
                       "--voice", "margit  solheim-rask", *p)  # fmt: skip
    assert code == 0 and err == ""
    # the name's case, typed later, is how the project shows it; spacing and case are one voice
    code, _, err = cli("annotate", "b", "--sentence", "s0001", "--stance", "for", "-q", "rule",
                       "--voice", "Margit Solheim-Rask", *p)  # fmt: skip
    assert code == 0, err
    code, _, err = cli("annotate", "b", "--sentence", "s0002", "--stance", "against", "-q",
                       "rule", "--voice", "MARGIT SOLHEIM-RASK", *p)  # fmt: skip
    assert code == 0
    assert "voice 'MARGIT SOLHEIM-RASK' written 'Margit Solheim-Rask'" in err
    code, _, err = cli("annotate", "a", "--sentence", "s0001", "--stance", "against", "-q",
                       "rule", "--voice", "Margit Solheim-Rusk", *p)  # fmt: skip
    assert code == 0  # a new voice is saved, and the likely typo named
    assert "voice 'Margit Solheim-Rusk' is new; the project has 'Margit Solheim-Rask'" in err
    code, out, _ = cli("claims", *p)
    assert code == 0 and "voice" in out.split("\n")[1] and "Margit Solheim-Rusk" in out
    code, out, err = cli("claims", "--voice", "margit solheim-RASK", "--json", *p)
    assert code == 0, err
    got = json.loads(out)
    assert [(c["source"], c["sentence"], c["voice"]) for c in got] == [
        ("a", "s0002", "margit solheim-rask"),
        ("b", "s0001", "Margit Solheim-Rask"),
        ("b", "s0002", "Margit Solheim-Rask"),
    ]
    code, _, err = cli("claims", "--voice", "Margit Solheim-Rusc", *p)
    assert code == 2 and "unknown voice 'Margit Solheim-Rusc' (did you mean" in err
    code, out, _ = cli("voices", *p)
    assert "'Margit Solheim-Rask' and 'Margit Solheim-Rusk': one voice mistyped?" in out
    assert cli("update", "a:s0001", "--voice", "margit solheim-rask", *p)[0] == 0
    code, out, _ = cli("voices", "--json", *p)
    listed = json.loads(out)
    assert listed["near_duplicates"] == [] and listed["writer_claims"] == 0
    assert listed["voices"][0]["voice"] == "Margit Solheim-Rask"
    assert listed["voices"][0]["sources"] == {
        "a": {"for": 1, "against": 1},
        "b": {"for": 1, "against": 1},
    }
    assert cli("update", "a:s0001", "--voice", "", *p)[0] == 0  # back to the writer's own
    code, out, _ = cli("claims", "--source", "a", "--json", *p)
    assert [c["voice"] for c in json.loads(out)] == ["", "margit solheim-rask"]
    line = (root / "annotations" / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert sum('"voice"' in x for x in line) == 1  # an empty voice is not written


def test_import_reads_a_voice_column_and_the_same_file_again_changes_nothing(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    p = ("-p", str(root))
    tsv = tmp_path / "gold.tsv"
    tsv.write_text(
        "source\tsentence\tstance\tquestions\tvoice\n"
        "a\ts0001\tagainst\trule\tthe federation\n"
        "a\ts0002\tfor\trule\t  Margit Solheim-Rask \n"
        "a\ts0004\tagainst\trule\t\n"
        "b\ts0001\tfor\trule\tmargit solheim-rask\n",
        encoding="utf-8",
    )
    code, out, err = cli("import", str(tsv), *p)
    assert code == 0, err
    assert "4 new" in out
    code, out, _ = cli("claims", "--json", *p)
    assert [c["voice"] for c in json.loads(out)] == [
        "the federation",
        "Margit Solheim-Rask",
        "",
        "Margit Solheim-Rask",  # one spelling, within one file too
    ]
    code, out, _ = cli("import", str(tsv), *p)
    assert code == 0 and "4 unchanged" in out
    bad = tmp_path / "bad.jsonl"
    row = {"source": "a", "sentence": "s0003", "stance": "for", "questions": "rule"}
    bad.write_text(json.dumps({**row, "voice": "the\tminister"}) + "\n", encoding="utf-8")
    code, _, err = cli("import", str(bad), *p)
    assert code != 0 and f"{bad}:1" in err and "one line, no tabs" in err


def test_the_matrix_by_voice_counts_a_sentence_once_and_names_its_sources(
    cli: Cli, root: Path
) -> None:
    p = ("-p", str(root))
    for source, where, stance, voice in (
        ("a", ("--sentence", "s0001"), "against", "the federation"),
        ("a", ("--quote", "Margit Solheim-Rask said it works"), "for", "Margit Solheim-Rask"),
        ("a", ("--quote", "she said it twice"), "for", "Margit Solheim-Rask"),
        ("b", ("--sentence", "s0001"), "for", "Margit Solheim-Rask"),
        ("a", ("--sentence", "s0004"), "against", ""),
    ):
        code, _, err = cli("annotate", source, *where, "--stance", stance, "-q", "rule",
                           *(["--voice", voice] if voice else []), *p)  # fmt: skip
        assert code == 0, err
    code, out, err = cli("matrix", "--rows", "voice", "--json", *p)
    assert code == 0, err
    m = json.loads(out)
    assert m["voices"] == ["Margit Solheim-Rask", "the federation"]
    assert m["writer_claims"] == 1
    margit = m["cells"][0]
    # two quotes of one sentence of a are one vote; b's sentence the second
    assert (margit["counts"]["for"], margit["sentences"], margit["sources"]) == (2, 2, ["a", "b"])
    assert m["sources"] == {"Margit Solheim-Rask": ["a", "b"], "the federation": ["a"]}
    rows = [{**cell, **cell["counts"]} for cell in m["cells"]]  # flat: a DataFrame's rows
    assert {(r["voice"], r["question"], r["against"]) for r in rows} == {
        ("Margit Solheim-Rask", "rule", 0),
        ("the federation", "rule", 1),
    }
    code, out, _ = cli("matrix", "--rows", "voice", *p)
    assert code == 0 and "positions by voice" in out
    row = next(line for line in out.splitlines() if "Margit" in line)
    assert "2/0/0" in row and "2: a, b" in row
    assert "1 claim in the writers' own voice" in out
    code, out, _ = cli("matrix", *p)  # the sources' matrix is as it was
    assert "positions, one vote per sentence" in " ".join(out.split())


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_two_annotators_who_name_different_voices_keep_both_readings_through_a_merge(
    cli: Cli, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ann reads a:s0003 as the minister's, bea as the federation's, each in a clone: the
    merge keeps both claims, and the voice matrix counts the sentence under neither voice,
    listing it under both as read differently (the rule of stances read differently)."""
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "start")
    git(tmp_path, "clone", "-q", str(root), "bea")
    bea = tmp_path / "bea"
    for where, who, voice in ((root, "ann", "the minister"), (bea, "bea", "the federation")):
        monkeypatch.setenv("ARGMAP_ANNOTATOR", who)
        code, _, err = cli("annotate", "a", "--sentence", "s0003", "--stance", "for", "-q",
                           "rule", "--voice", voice, "-p", str(where))  # fmt: skip
        assert code == 0, err
        git(where, "add", "-A")
        git(where, "commit", "-qm", who)
    git(root, "pull", "-q", "--no-rebase", "--no-edit", str(bea), "main")
    code, out, err = cli("claims", "--json", "-p", str(root))
    assert code == 0, err
    assert sorted((c["annotator"], c["voice"]) for c in json.loads(out)) == [
        ("ann", "the minister"),
        ("bea", "the federation"),
    ]
    assert cli("validate", "-p", str(root))[0] == 0
    code, out, _ = cli("matrix", "--rows", "voice", "--json", "-p", str(root))
    m = json.loads(out)
    assert m["voices"] == ["the federation", "the minister"]
    for cell in m["cells"]:
        assert cell["counts"]["for"] == 0 and cell["contested"] == 1
        assert cell["contested_sentences"][0]["readings"] == {
            "ann": "the minister: for",
            "bea": "the federation: for",
        }
    code, out, _ = cli("matrix", "--rows", "voice", "--by", "bea", "--json", "-p", str(root))
    assert json.loads(out)["voices"] == ["the federation"]
