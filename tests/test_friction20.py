"""Commands that got in the way of the builders of debate36, 37 and 38 (their friction.md,
"Commands"), each reproduced through the command line."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]

TEXT = "Keep warming to 1.5°C or lose the reefs. The budget is skint. Wait for the review.\n"


@pytest.fixture
def root(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with one question ("climate") and one source "a", annotator ann."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ann")
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    assert cli("codebook", "add-question", "climate", "--label", "Climate", "--text", "How?",
               "-p", str(root))[0] == 0  # fmt: skip
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", "-p", str(root))[0] == 0
    return root


def test_a_pattern_with_a_unit_written_onto_its_number_is_a_pattern(cli: Cli, root: Path) -> None:
    """debate37: `patterns add question climate-urgency "1.5 °c"` was refused ("'°c' is not
    a word"); "1.5 degrees" had to do."""
    code, out, err = cli("patterns", "add", "question", "climate", "1.5 °c", "-p", str(root))
    assert code == 0, err
    assert "pattern '1.5 °c' added" in out
    code, out, err = cli("patterns", "--json", "-p", str(root))
    assert code == 0, err
    assert [p["pattern"] for p in json.loads(out)] == ["1.5 °c"]
    code, _, err = cli("patterns", "add", "question", "climate", "°c*", "-p", str(root))
    assert code == 2 and "'°c*' is not a word" in err  # a prefix of a unit is still refused


def test_a_pattern_given_twice_there_already_or_on_another_entry_is_said(
    cli: Cli, root: Path
) -> None:
    """debate38: 254 patterns added, 246 distinct (given for a stance and for a question),
    and nothing said so; a pattern there already was reported "added"."""
    p = ("-p", str(root))
    assert cli("patterns", "add", "question", "climate", "skint", *p)[0] == 0
    code, out, err = cli("patterns", "add", "stance", "against", "skint", "restraint  of trade",
                         "restraint of trade", *p)  # fmt: skip
    assert code == 0, err
    assert "stance against: pattern 'restraint of trade' given twice: added once" in out
    assert "pattern 'skint' is also question climate's" in out
    code, out, err = cli("patterns", "add", "stance", "against", "skint", *p)
    assert code == 0, err
    assert "stance against: pattern 'skint' was there already" in out and "added" not in out
    book = json.loads((root / "annotations" / "codebook.json").read_text(encoding="utf-8"))
    against = next(s for s in book["stances"] if s["id"] == "against")
    assert against["patterns"] == ["skint", "restraint of trade"]


def test_add_id_from_file_says_it_left_out_an_apostrophe_and_made_a_long_id(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate36: `--id-from file` on "Don't make …" gave "dont-make-…" and the live blog's id
    was 72 characters, and `add` said neither (ids from files keep the whole name: debate21's
    were told apart by their ends; eight debates' make.sh rely on ids over 50 characters)."""
    page = tmp_path / "Don't make the poorest pay for our good intentions — Askerby Courant.txt"
    page.write_text("The levy takes most from the poorest households.\n", encoding="utf-8")
    code, out, err = cli("add", str(page), "--id-from", "file", "-p", str(root))
    assert code == 0, err
    sid = "dont-make-the-poorest-pay-for-our-good-intentions-askerby-courant"
    assert f"added {sid}:" in out
    said = " ".join(out.split())
    assert "its apostrophe left out" in said and f"{len(sid)} characters long" in said
    assert f"`argmap remove {sid} -p {root}` and `argmap add FILE --id SHORTER" in said
    short = tmp_path / "brief.txt"
    short.write_text("A short brief on the levy.\n", encoding="utf-8")
    code, out, _ = cli("add", str(short), "--id-from", "file", "-p", str(root))
    assert code == 0 and "id from the file's name" not in out  # nothing unexpected: silent


def test_a_sentences_template_has_one_id_column_the_sentences(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate38: the `sentences --tsv` header had `sentence` (the id) and `id` (the row's
    label for links, empty): a script read `id` and matched every row to "". The row's label
    is `label` now (import reads it as before), and a `voice` column is there to fill."""
    code, out, err = cli("sentences", "a", "--tsv", "-p", str(root))
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t"))
    header = list(rows[0])
    assert "id" not in header and [h for h in header if "id" in h] == []
    assert {"sentence", "label", "voice"} <= set(header)
    rows[0].update(stance="for", questions="climate", label="R1", voice="the reef scientists")
    rows[1].update(stance="against", questions="climate", label="R2", attacks="R1")
    todo = tmp_path / "todo.tsv"
    with todo.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    code, out, err = cli("import", str(todo), "-p", str(root))
    assert code == 0, err
    assert "2 new" in out and "1 links added" in out
    code, out, _ = cli("claims", "--json", "-p", str(root))
    claims = {c["sentence"]: c for c in json.loads(out)}
    assert claims["s0001"]["voice"] == "the reef scientists"
    assert claims["s0002"]["relations"] == [{"type": "attacks", "target": claims["s0001"]["id"]}]
