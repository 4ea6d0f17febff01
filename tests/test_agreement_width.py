"""`argmap agreement` in an 80-column terminal: headings whole, notes read left to right."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.project import Project

TEXT = (
    "Trials in Britain showed that output held steady. Most firms kept the policy.\n\n"
    "Workers reported less burnout. Critics say the trials were voluntary.\n"
)


def two_annotators(tmp_path: Path) -> Path:
    root = tmp_path / "proj"
    Project.init(root, name="four-day week")
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    Project.open(root, annotator="ana").add_source(article, source_id="article")
    for who, stances in (
        ("ana", ["pro-autonomy", "pro-autonomy"]),
        ("bo", ["pro-autonomy", "hedged"]),
    ):
        project = Project.open(root, annotator=who)
        for sentence, stance in zip(("s0001", "s0003"), stances, strict=True):
            project.annotate(
                "article", stance=stance, questions=["us-guarantee"], sentence=sentence
            )
    return root


def test_agreement_table_fits_80_columns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = two_annotators(tmp_path)
    monkeypatch.setenv("COLUMNS", "80")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["agreement", "--project", str(root)]) == 0
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines)
    heading = next(line for line in lines if "measure" in line)
    assert "annotators" in heading and "…" not in heading, heading
    note = next(i for i, line in enumerate(lines) if line.lstrip().startswith("stance: every"))
    assert lines[note].startswith("stance: every"), "the note under the table is centred"
    assert lines[note + 1].startswith("sentences all annotated"), lines[note + 1]


def test_disagreements_stay_readable_with_long_source_ids(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Source ids from titles run to 40 characters: with SOURCE:ID in a column of its own
    (no wrap) the sentence's text was folded five letters wide ("Perha / ps th / e...")."""
    root = tmp_path / "proj"
    Project.init(root, name="four-day week")
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    sid = "farmers-need-the-clocks-to-stay-as-they"
    Project.open(root, annotator="ana").add_source(article, source_id=sid)
    for who, stance in (("ana", "pro-autonomy"), ("bo", "hedged")):
        Project.open(root, annotator=who).annotate(
            sid, stance=stance, questions=["us-guarantee"], sentence="s0003"
        )
    monkeypatch.setenv("COLUMNS", "80")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["agreement", "--project", str(root)]) == 0
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines)
    table = lines[next(i for i, line in enumerate(lines) if "Most different" in line) :]
    assert any("Workers reported less burnout." in line for line in table), "\n".join(table)
    assert any("(side vs hedged)" in line for line in table)
