"""Commands that got in the way of the builders of debate30, 31 and 32 (their friction.md,
"Commands and codebook"), each reproduced through the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]

TEXT = "Keep the law as it is. Prison does not help users. Treatment costs less.\n"


@pytest.fixture
def root(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with two questions and one source "a" of three sentences, annotator ann."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ann")
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    for qid in ("harm", "cost"):
        assert cli("codebook", "add-question", qid, "--label", qid, "--text", f"{qid}?",
                   "-p", str(root))[0] == 0  # fmt: skip
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", "-p", str(root))[0] == 0
    return root


def test_a_general_verdict_with_no_question_is_refused_saying_how(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate30, 31, 32: `import` refused every row with an empty questions cell ("no
    question"), and neither the codebook nor `import --help` said a question is needed. A
    claim on no question would be in no cell of the matrix and no export, so it still needs
    one, as everywhere else (annotate, the TUI, validate): the refusal says so once, with
    the way out, and `--question Q` gives Q to the rows that have none."""
    sheet = tmp_path / "gold.tsv"
    sheet.write_text(
        "source\tsentence\tstance\tquestions\n"
        "a\ts0001\tagainst\t\n"
        "a\ts0002\tfor\tharm\n"
        "a\ts0003\tfor\t\n",
        encoding="utf-8",
    )
    code, out, err = cli("import", str(sheet), "-p", str(root))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == f"argmap: {sheet}:2:4: no question (valid: harm, cost)"
    assert lines[2].startswith(
        f"argmap: {sheet}: 2 rows with no question: every claim bears on at least one "
        "question (a claim on none would be in no cell of the matrix and no export)"
    )
    assert f"`argmap import {sheet} --question overall` gives it" in lines[2]
    assert lines[3].endswith("nothing imported: 2 rows to fix (a file is imported whole or "
                             "not at all)")  # fmt: skip
    _, help_text, _ = cli("import", "--help")
    assert "Every row needs a question, as every claim does" in " ".join(help_text.split())
    code, _, err = cli("import", str(sheet), "--question", "overall", "-p", str(root))
    assert code == 2 and "--question: unknown question 'overall'" in err
    assert cli("codebook", "add-question", "overall", "--label", "Overall", "--text",
               "Keep the law?", "-p", str(root))[0] == 0  # fmt: skip
    code, out, err = cli("import", str(sheet), "--question", "overall", "-p", str(root))
    assert code == 0, err
    claims = json.loads(cli("claims", "--json", "-p", str(root))[1])
    assert {c["sentence"]: c["questions"] for c in claims} == {
        "s0001": ["overall"], "s0002": ["harm"], "s0003": ["overall"]
    }  # fmt: skip


def test_check_lists_every_problem_of_an_import(cli: Cli, root: Path, tmp_path: Path) -> None:
    """debate30: the refusal listed 13 rows then "18 more problems not shown"; the user fixed
    them in rounds. An import still shows the first 20 lines, naming `--check`, which lists
    them all."""
    sheet = tmp_path / "gold.csv"
    sheet.write_text(
        "source,sentence,stance,questions\n" + "a,s0001,nope,harm\n" * 30, encoding="utf-8"
    )
    code, _, err = cli("import", str(sheet), "-p", str(root))
    assert code == 1 and len(err.splitlines()) == 21
    assert f"argmap: {sheet}: 11 more problems not shown: `argmap import {sheet} --check` " \
        "lists them all" in err  # fmt: skip
    code, out, err = cli("import", str(sheet), "--check", "-p", str(root))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 31 and "more problems" not in err  # 30 rows, what became of the file
    assert lines[29] == f"argmap: {sheet}:31:3: unknown stance 'nope' (valid: for, against, hedged)"
    assert lines[-1].endswith("nothing imported: 30 rows to fix (a file is imported whole or "
                              "not at all)")  # fmt: skip


def test_adding_a_folder_with_a_refused_file_ends_on_a_summary(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate31: `add raw/*` with a .csv among the pages printed the added sources and, among
    them, the one refusal; a user expected "18 added, 1 refused". The last line says it."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "b.txt").write_text("Fines are cheaper than prison.\n", encoding="utf-8")
    (raw / "copy.txt").write_text(TEXT, encoding="utf-8")
    (raw / "leaflet.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    files = sorted(str(p) for p in raw.iterdir())
    code, out, err = cli("add", *files, "-p", str(root))
    assert code == 1
    assert "leaflet.jpg: unsupported file type '.jpg'" in err
    assert out.splitlines()[-1] == (
        "1 of 3 files added; 1 already in the project (--force adds a text again); "
        "1 refused (leaflet.jpg: why, above)"
    )
    code, out, err = cli("add", str(tmp_path / "a.txt"), "-p", str(root))  # one file: as before
    assert code == 1 and out == "" and "already in the project" in err


def test_meta_sets_a_field_on_several_sources(cli: Cli, root: Path, tmp_path: Path) -> None:
    """debate22 and 27: `meta` took one source, one process each (22 of debate27's calls).
    Several sources take the same values in one command; an unknown id changes none, and a
    title (one per page) is refused for several."""
    (tmp_path / "b.txt").write_text("Fines are cheaper than prison.\n", encoding="utf-8")
    assert cli("add", str(tmp_path / "b.txt"), "--id", "b", "-p", str(root))[0] == 0
    code, _, err = cli("meta", "a", "nope", "--outlet", "Velsgard Tidende", "-p", str(root))
    assert code == 2 and "unknown source 'nope'" in err
    code, out, err = cli("meta", "a", "b", "--outlet", "Velsgard Tidende", "--date",
                         "2026-03-12", "-p", str(root))  # fmt: skip
    assert code == 0, err
    assert out.splitlines() == [
        "updated metadata of a: outlet 'Velsgard Tidende', date '2026-03-12'",
        "updated metadata of b: outlet 'Velsgard Tidende', date '2026-03-12'",
    ]
    shown = json.loads(cli("meta", "a", "b", "-p", str(root))[1])
    assert [(m["id"], m["outlet"]) for m in shown] == [("a", "Velsgard Tidende"),
                                                       ("b", "Velsgard Tidende")]  # fmt: skip
    code, _, err = cli("meta", "a", "b", "--title", "One", "-p", str(root))
    assert code == 2 and "--title with 2 sources would give them one title" in err
    assert json.loads(cli("meta", "a", "-p", str(root))[1])["title"] != "One"


def test_options_rather_than_sides_are_explained(cli: Cli, root: Path) -> None:
    """debate30: three options (A, B, none) were made by renaming for/against and adding a
    stance whose id was the one just renamed to ("already exists"); the help did not say
    options are stances on axis 0. It does now, and "already exists" names `edit`."""
    _, text, _ = cli("codebook", "--help")
    text = " ".join(text.split())
    assert "A debate between options (route A, B or C) rather than for and against" in text
    assert "`codebook edit stance option-a --axis 0`" in text
    code, _, err = cli("codebook", "rename", "stance", "against", "no-new", "-p", str(root))
    assert code == 0, err
    code, _, err = cli("codebook", "add-stance", "no-new", "-p", str(root))
    assert code == 2
    assert "stance 'no-new' already exists (`argmap codebook edit stance no-new …` changes it)" \
        in err  # fmt: skip


def test_a_claim_file_with_a_claim_on_no_question_is_named_in_plain_words(
    cli: Cli, root: Path
) -> None:
    """validate (and every reader) refuses a claim with no question, as import does; the
    line said "Tuple should have at least 1 item after validation, not 0"."""
    assert cli("annotate", "a", "--sentence", "s0001", "--stance", "against", "-q", "harm",
               "-p", str(root))[0] == 0  # fmt: skip
    path = root / "annotations" / "a.jsonl"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"questions": ["harm"]', '"questions": []'), encoding="utf-8")
    code, _, err = cli("validate", "-p", str(root))
    assert code == 1
    assert "a.jsonl:2: claim c" in err and "Tuple" not in err
    assert ": questions: no question: every claim bears on at least one question\n" in err


def test_an_export_file_is_written_in_the_format_its_name_says(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """The journey's slip: `export -o report.html` (no --format) wrote the Markdown report
    into report.html, and `-o report.docx` Markdown into a .docx a word processor refuses.
    The suffix names the format when --format is not given; one no format writes is
    refused, and nothing is written."""
    assert cli("annotate", "a", "--sentence", "s0001", "--stance", "against", "-q", "harm",
               "-p", str(root))[0] == 0  # fmt: skip
    code, _, err = cli("export", "-o", str(tmp_path / "report.html"), "-p", str(root))
    assert code == 0, err
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert cli("export", "-o", str(tmp_path / "claims.csv"), "-p", str(root))[0] == 0
    assert (tmp_path / "claims.csv").read_text(encoding="utf-8").startswith("id,source,")
    code, _, err = cli("export", "-o", str(tmp_path / "report.docx"), "-p", str(root))
    assert code == 2 and not (tmp_path / "report.docx").exists()
    assert "report.docx: no export format writes '.docx' files: name it .md" in err
    code, _, err = cli("export", "--format", "markdown", "-o", str(tmp_path / "r.html"),
                       "-p", str(root))  # fmt: skip
    assert code == 0 and (tmp_path / "r.html").read_text(encoding="utf-8").startswith("# ")


def test_a_folder_of_nothing_argmap_reads_says_what_it_holds(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """A folder of scans (or debate31's consultation export alone): `add raw/` said "no .txt,
    .md or .html files in this folder", three of the 25 kinds argmap reads, and not what
    was there."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "leaflet.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    code, _, err = cli("add", str(raw), "-p", str(root))
    assert code == 2
    assert f"{raw}: no file argmap reads in this folder (1 file: leaflet.jpg); it reads " \
        ".adoc, .atom, " in err  # fmt: skip
    assert ".docx, " in err and ".md, " in err and ".txt, " in err


def test_the_patterns_help_says_what_a_pattern_matches(cli: Cli) -> None:
    """debate28 and 32: "the `patterns add` help does not say a pattern is words only"; the
    rules (wildcards, capitals, punctuation) were in the README alone."""
    _, text, _ = cli("patterns", "add", "--help")
    text = " ".join(text.split())
    assert "`depend*` matches every word it begins" in text
    assert "a pattern without it never matches across punctuation" in text


def test_a_spreadsheet_file_is_refused_saying_how_to_save_it(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """A builder's gold sheet kept in a spreadsheet: `import gold.xlsx` named the types it
    reads, not the step from one to the other."""
    (tmp_path / "gold.xlsx").write_bytes(b"PK\x03\x04")
    code, _, err = cli("import", str(tmp_path / "gold.xlsx"), "-p", str(root))
    assert code == 2
    assert err.strip().endswith("; save the sheet as CSV or TSV from the spreadsheet")
