"""The JSON export: the whole project (config, codebook, sources, claims) in one document.

Its shape is the pydantic model :class:`ProjectExport`; ``argmap schema`` prints the JSON
Schema generated from it, and every export names that schema in ``$schema``.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from argmap.export.common import Selection
from argmap.model import SCHEMA_VERSION, Claim, Codebook, ProjectConfig, SourceMeta
from argmap.voices import VoiceMatrix

SCHEMA_FILE = "argmap-export.schema.json"
"""Where ``$schema`` points: write it with ``argmap schema -o argmap-export.schema.json``."""


class ExportedSource(BaseModel):
    """A source's metadata and the fingerprint of the text its offsets refer to."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    meta: SourceMeta
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    characters: int = Field(ge=0)


class ProjectExport(BaseModel):
    """The document ``argmap export --format json`` writes."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    schema_ref: str = Field(SCHEMA_FILE, alias="$schema")
    format: Literal["argmap-export"] = "argmap-export"
    schema_version: int = Field(SCHEMA_VERSION, alias="schema")
    view: str = Field(description="'reference' or the annotator whose claims these are")
    questions: list[str] = Field(description="the questions selected for this export")
    config: ProjectConfig
    codebook: Codebook
    sources: list[ExportedSource]
    claims: list[Claim]
    voices: VoiceMatrix | None = Field(
        None,
        exclude_if=lambda v: v is None,
        description="who argues what: the claims' voices by question (argmap.voices); "
        "left out when no claim has a voice",
    )


def export_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the JSON export, generated from the models."""
    schema = ProjectExport.model_json_schema(by_alias=True)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _within(sel: Selection, claim: Claim) -> Claim:
    """``claim`` without relations to claims left out of a filtered export."""
    if all(r.target in sel.by_id for r in claim.relations):
        return claim
    return claim.model_copy(
        update={"relations": tuple(r for r in claim.relations if r.target in sel.by_id)}
    )


def to_json(sel: Selection, schema: str | None = None) -> str:
    """The JSON text of ``sel``: sorted keys, two-space indent, UTF-8.

    ``$schema`` names ``schema`` (default :data:`SCHEMA_FILE`, which ``argmap export -o``
    writes beside the export).
    """
    doc = ProjectExport(
        schema_ref=schema or SCHEMA_FILE,
        view=sel.annotator or "reference",
        questions=sel.questions,
        config=sel.project.config,
        codebook=sel.codebook,
        sources=[
            ExportedSource(
                meta=sel.source(sid).meta,
                sha256=sel.source(sid).sha256,
                characters=len(sel.source(sid).text),
            )
            for sid in sel.sources
        ],
        claims=[_within(sel, c) for c in sel.claims],
        voices=sel.voices() if sel.voices().voices else None,
    )
    data = doc.model_dump(mode="json", by_alias=True)
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
