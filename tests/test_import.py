"""``argmap import``: annotations and links from a file written in a spreadsheet, under a
named annotator, checked all or nothing, never counted twice."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_faults import snapshot
from conftest import REPO, make_project

CliRun = Callable[..., tuple[int, str, str]]

ALPHA = (
    "Europe must build its own defence. The United States will not stay forever.\n\n"
    "Critics say NATO remains essential. They warn against duplication.\n\n"
    "Some observers remain unsure. The outcome depends on Washington.\n"
)
BRIEF = (
    "# A note\n\n**Sitting tenants gain.** Rents cannot rise more than inflation.\n\n"
    "> Supply may fall, as landlords sell.\n"
)
# what an annotator types in a spreadsheet: own row ids, sentences or quotes, links by row id
SHEET = (
    "id\tsource\tsentence\tquote\tstance\tquestions\tkind\tnote\tsupports\tattacks\n"
    "T1\talpha\ts0001\t\tpro-autonomy\tnato-replacement\t\t\t\t\n"
    "E1\talpha\ts0002\t\tpro-autonomy\tus-guarantee; nato-replacement\tevidence\tthe thesis' "
    "ground\tT1\t\n"
    "C1\talpha\t\tNATO remains essential\tpro-us-primacy\tnato-replacement\t\t\t\tT1\n"
    "B1\tbrief\ts0002\t\thedged\tus-guarantee\t\t\t\t\n"
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    make_project(tmp_path, {"alpha": ALPHA, "brief.md": BRIEF})
    return tmp_path / "proj"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_spreadsheet_of_annotations_is_imported_in_one_command(
    root: Path, tmp_path: Path, cli: CliRun
) -> None:
    sheet = _write(tmp_path, "ana.tsv", SHEET)
    code, out, err = cli("import", str(sheet), "--annotator", "ana", "--project", str(root))
    assert code == 0, err
    assert out == "imported 4 annotations as ana: 4 new, 0 updated, 0 unchanged; 2 links added\n"
    code, out, _ = cli("claims", "--json", "--project", str(root))
    claims = {c["sentence"] + ":" + c["source"]: c for c in json.loads(out)}
    thesis, evidence, critic = (claims[f"{s}:alpha"] for s in ("s0001", "s0002", "s0003"))
    assert evidence["kind"] == "evidence" and evidence["note"] == "the thesis' ground"
    assert evidence["questions"] == ["nato-replacement", "us-guarantee"]  # codebook order
    assert evidence["relations"] == [{"type": "supports", "target": thesis["id"]}]
    assert critic["quote"] == "NATO remains essential"  # a quote: just those words
    assert critic["relations"] == [{"type": "attacks", "target": thesis["id"]}]
    assert claims["s0002:brief"]["annotator"] == "ana"

    # the same file again: nothing counted twice, no file touched
    before = snapshot(root)
    code, out, _ = cli("import", str(sheet), "--annotator", "ana", "--project", str(root))
    assert out == "imported 4 annotations as ana: 0 new, 0 updated, 4 unchanged; 0 links added\n"
    assert snapshot(root) == before
    # an edited row updates its claim, in place
    edited = _write(
        tmp_path,
        "ana2.tsv",
        SHEET.replace("B1\tbrief\ts0002\t\thedged", "B1\tbrief\ts0002\t\tpro-autonomy"),
    )
    code, out, _ = cli("import", str(edited), "--annotator", "ana", "--project", str(root))
    assert "0 new, 1 updated, 3 unchanged" in out
    code, out, _ = cli("claims", "--json", "--project", str(root))
    assert len(json.loads(out)) == 4


def test_a_bad_file_saves_nothing_and_names_every_place(
    root: Path, tmp_path: Path, cli: CliRun
) -> None:
    bad = SHEET + (
        "X1\talpha\ts0004\t\tpro-autonomy\tno-such-question\t\t\t\t\n"  # line 6
        "X2\talpha\ts0099\t\tpro-autonomy\tus-guarantee\t\t\t\t\n"
        "X3\talpha\t\tnot in the text\tpro-autonomy\tus-guarantee\t\t\t\t\n"
        "X4\talpha\ts0001\t\tpro-nato\tus-guarantee\t\t\t\t\n"
        "X5\tgamma\ts0001\t\thedged\tus-guarantee\t\t\tT9\t\n"
        "X6\talpha\ts0005\t\thedged\tus-guarantee\topinion\t\tT9\t\n"
    )
    sheet = _write(tmp_path, "bad.tsv", bad)
    before = snapshot(root)
    code, out, err = cli("import", str(sheet), "--annotator", "ana", "--project", str(root))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert all(line.startswith(f"argmap: {sheet}:") for line in lines)
    for expected in (
        f"{sheet}:6:6: unknown question 'no-such-question' (valid: ",
        f"{sheet}:7:3: alpha: no sentence 's0099' (ids run s0001..s0006)",
        f"{sheet}:8:4: quote not found in alpha: 'not in the text'",
        f"{sheet}:9:5: unknown stance 'pro-nato' (valid: pro-autonomy, pro-us-primacy, hedged)",
        f"{sheet}:10:2: unknown source 'gamma'",
        f"{sheet}:11:7: unknown kind 'opinion' (valid: claim, evidence)",
        f"{sheet}:11:9: supports 'T9': no row of this file has that id, and no claim of the project",
    ):
        assert any(line.startswith(f"argmap: {expected}") for line in lines), (expected, lines)
    assert lines[-1] == (
        f"argmap: {sheet}: nothing imported: 6 rows to fix (a file is imported whole or not at all)"
    )
    assert snapshot(root) == before  # not one of the good rows was saved
    # --check says the same and never saves; a good file passes it
    code, _, _ = cli("import", str(sheet), "--check", "--annotator", "ana", "--project", str(root))
    assert code == 1
    good = _write(tmp_path, "good.tsv", SHEET)
    code, out, _ = cli("import", str(good), "--check", "--annotator", "ana", "--project", str(root))
    assert code == 0 and "4 annotations and 2 links are valid" in out
    assert snapshot(root) == before


def test_two_rows_on_the_same_words_and_a_foreign_row_are_refused(
    root: Path, tmp_path: Path, cli: CliRun
) -> None:
    text = (
        "source,sentence,stance,questions,annotator\n"
        "alpha,s0001,pro-autonomy,us-guarantee,ana\n"
        "alpha,1,hedged,us-guarantee,\n"
        "alpha,s0002,hedged,us-guarantee,bob\n"
    )
    sheet = _write(tmp_path, "dup.csv", text)
    code, _, err = cli("import", str(sheet), "--annotator", "ana", "--project", str(root))
    assert code == 1
    assert f"{sheet}:3:2: the same words as line 2: one reading per span" in err
    assert (
        f"{sheet}:4:5: this row is bob's reading, not ana's: import it with --annotator bob" in err
    )


def test_jsonl_rows_and_their_syntax_errors(root: Path, tmp_path: Path, cli: CliRun) -> None:
    rows = [
        {
            "id": "a",
            "source": "alpha",
            "sentence": "s0001",
            "stance": "pro-autonomy",
            "questions": ["us-guarantee"],
        },
        {
            "id": "b",
            "source": "brief",
            "quote": "Supply may fall",
            "stance": "hedged",
            "questions": "us-guarantee",
            "attacks": ["a"],
        },
    ]
    good = _write(tmp_path, "ann.jsonl", "".join(json.dumps(r) + "\n" for r in rows))
    code, out, err = cli("import", str(good), "--annotator", "ana", "--project", str(root))
    assert code == 0, err and "2 new" in out
    broken = _write(tmp_path, "broken.jsonl", json.dumps(rows[0]) + '\n{"source": alpha}\n')
    code, _, err = cli("import", str(broken), "--annotator", "ana", "--project", str(root))
    assert code == 1 and f"{broken}:2:12: not JSON: Expecting value" in err
    code, _, err = cli(
        "import", str(tmp_path / "x.xlsx"), "--annotator", "ana", "--project", str(root)
    )
    assert code == 2 and "unsupported file type '.xlsx'" in err


def test_annotators_importing_the_same_sheet_keep_their_own_readings(
    root: Path, tmp_path: Path, cli: CliRun
) -> None:
    """Two annotators import: neither overwrites, hides or doubles the other's claims."""
    sheet = _write(tmp_path, "sheet.tsv", SHEET)
    assert cli("import", str(sheet), "--annotator", "ana", "--project", str(root))[0] == 0
    ana_before = cli("claims", "--by", "ana", "--json", "--project", str(root))[1]
    other = _write(tmp_path, "bob.tsv", SHEET.replace("pro-us-primacy", "hedged"))
    for _ in range(2):
        assert cli("import", str(other), "--annotator", "bob", "--project", str(root))[0] == 0
    ana_after = cli("claims", "--by", "ana", "--json", "--project", str(root))[1]
    bob = cli("claims", "--by", "bob", "--json", "--project", str(root))[1]
    assert ana_after == ana_before
    assert len(json.loads(bob)) == 4
    # bob's links join bob's claims, not ana's
    bob_ids = {c["id"] for c in json.loads(bob)}
    assert all(r["target"] in bob_ids for c in json.loads(bob) for r in c["relations"])
    out = cli("claims", "--json", "--project", str(root))[1]
    assert len(json.loads(out)) == 8


def test_an_export_is_read_back_debate2_in_one_command(tmp_path: Path, cli: CliRun) -> None:
    """bench/debate2's 180 units and 121 links took ~300 commands by hand; its CSV export
    imports in one, into the project without them, and gives the same files."""
    shipped = REPO / "bench" / "debate2"
    root = tmp_path / "debate2"
    shutil.copytree(shipped, root, ignore=shutil.ignore_patterns(".argmap-cache", "raw"))
    export = tmp_path / "gold.csv"
    code, _, err = cli(
        "export", "--format", "csv", "--by", "gold", "-o", str(export), "--project", str(root)
    )
    assert code == 0, err
    for path in (root / "annotations").glob("*.jsonl"):
        path.unlink()
    code, out, err = cli("import", str(export), "--annotator", "gold", "--project", str(root))
    assert code == 0, err
    assert out == (
        "imported 180 annotations as gold: 180 new, 0 updated, 0 unchanged; 121 links added\n"
    )
    # as another annotator, the rows are refused: they say they are gold's
    code, _, err = cli("import", str(export), "--annotator", "copy", "--project", str(root))
    assert code == 1 and "this row is gold's reading, not copy's" in err
    assert "20 more problems" not in err and err.count("\n") == 21
    assert err.splitlines()[-1].endswith(": nothing imported: 180 rows to fix (a file is "
                                         "imported whole or not at all)")  # fmt: skip

    def reading(path: Path) -> list[dict]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return [{k: v for k, v in r.items() if k not in ("created", "modified")} for r in rows]

    for path in sorted((shipped / "annotations").glob("*.jsonl")):
        assert reading(root / "annotations" / path.name) == reading(path), path.name


def test_a_quote_found_twice_is_placed_by_its_sentence(
    root: Path, tmp_path: Path, cli: CliRun
) -> None:
    """A spreadsheet row may give a few words and the sentence they are in."""
    text = "source,sentence,quote,stance,questions\nalpha,,The,hedged,us-guarantee\n"
    both = _write(tmp_path, "q.csv", text)
    code, _, err = cli("import", str(both), "--annotator", "ana", "--project", str(root))
    assert code == 1 and f"{both}:2:3: quote occurs" in err and "give its sentence" in err
    placed = _write(tmp_path, "p.csv", text.replace("alpha,,The", "alpha,s0006,The"))
    code, _, err = cli("import", str(placed), "--annotator", "ana", "--project", str(root))
    assert code == 0, err
    (claim,) = json.loads(cli("claims", "--json", "--project", str(root))[1])
    assert (claim["sentence"], claim["quote"]) == ("s0006", "The")
