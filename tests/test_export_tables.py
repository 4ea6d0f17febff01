"""The CSV and JSON exports and the JSON Schema: read back with csv, pydantic, jsonschema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from export_fixtures import HOSTILE, build_project

from argmap.cli import main
from argmap.export import render
from argmap.export.json_export import SCHEMA_FILE, ProjectExport, export_schema
from argmap.export.tables import COLUMNS
from argmap.model import Claim


def test_csv_round_trip(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    rows = list(csv.DictReader(io.StringIO(render(project, "csv"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    by_id = {r["id"]: r for r in rows}
    assert list(by_id) == [c.id for c in project.view_claims()]
    hostile = by_id[ids["hostile"]]
    assert hostile["quote"] == HOSTILE
    assert hostile["note"] == "note | with <i>html</i> and `ticks`"
    assert (hostile["source"], hostile["sentence"], hostile["start"], hostile["end"]) == (
        "beta",
        "s0003",
        "83",
        "237",
    )
    assert hostile["attacks"] == ids["core"] and hostile["supports"] == ""
    assert by_id[ids["guarantee"]]["questions"] == "nato-replacement;us-guarantee"
    assert by_id[ids["guarantee"]]["question_labels"] == "NATO replacement;US guarantee"
    assert hostile["source_title"] == "Beta | Journal <b>bold</b>"
    assert by_id[ids["shells"]]["kind"] == "evidence"
    for row in rows:
        claim = project.claim(row["id"])
        assert project.sources[row["source"]].text[int(row["start"]) : int(row["end"])] == (
            claim.quote
        )


def test_csv_filter_drops_relations_to_left_out_claims(tmp_path: Path) -> None:
    project, _ = build_project(tmp_path)
    rows = list(csv.DictReader(io.StringIO(render(project, "csv", sources=["beta"]))))
    assert {r["source"] for r in rows} == {"beta"}
    assert all(r["attacks"] == "" for r in rows)


def test_json_export_validates_against_the_models(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    data = json.loads(render(project, "json"))
    assert data["$schema"] == SCHEMA_FILE
    doc = ProjectExport.model_validate(data)
    assert doc.config == project.config and doc.codebook == project.codebook
    assert [s.meta.id for s in doc.sources] == ["alpha", "beta"]
    assert doc.sources[1].sha256 == project.sources["beta"].sha256
    claims = [Claim.model_validate(c) for c in data["claims"]]
    assert claims == sorted(project.view_claims(), key=lambda c: (c.source, c.start))
    assert set(ids.values()) == {c.id for c in claims}


def test_json_export_validates_against_the_generated_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    project, _ = build_project(tmp_path)
    schema = export_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    data = json.loads(render(project, "json"))
    assert list(validator.iter_errors(data)) == []
    data["claims"][0]["stance"] = "not an id!"
    data["claims"][1]["extra"] = 1
    assert len(list(validator.iter_errors(data))) == 2


def test_filtered_json_has_no_dangling_relations(tmp_path: Path) -> None:
    project, _ = build_project(tmp_path)
    data = json.loads(render(project, "json", questions=["us-guarantee"]))
    kept = {c["id"] for c in data["claims"]}
    assert len(kept) == 2 and data["questions"] == ["us-guarantee"]
    assert all(r["target"] in kept for c in data["claims"] for r in c["relations"])


def test_schema_command(tmp_path: Path, capsys) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(json.dumps(export_schema(), sort_keys=True))
    assert {"claims", "codebook", "config", "sources", "$schema"} <= set(printed["properties"])
    out = tmp_path / SCHEMA_FILE
    assert main(["schema", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == printed


def test_csv_bom_for_spreadsheets(tmp_path: Path, capsys) -> None:
    project, _ = build_project(tmp_path)
    out = tmp_path / "claims.csv"
    assert main(["export", "-p", str(project.root), "-f", "csv", "--bom", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,source,source_title,")
    assert raw.decode("utf-8-sig") == render(project, "csv")
    assert main(["export", "-p", str(project.root), "-f", "csv"]) == 0
    assert not capsys.readouterr().out.startswith("\ufeff")


def test_json_schema_is_written_beside_the_export_and_resolves(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    project, _ = build_project(tmp_path)
    out = tmp_path / "share" / "map.json"
    assert main(["export", "-p", str(project.root), "-f", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    schema_path = out.parent / data["$schema"]  # a relative reference, resolved beside it
    assert schema_path.is_file()
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data)) == []
