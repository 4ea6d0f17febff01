"""The load cache and partly opened projects: faster opens that never hide a change.

Files written moments ago are never remembered (their mtime may not yet tell versions
apart), so these tests age the project's files first, as files are on a real project.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from argmap import store
from argmap.errors import InvalidFile
from argmap.loadcache import CACHE_DIR, shard_of
from argmap.project import Project
from tests.conftest import ALPHA


def age(root: Path, seconds: float = 60) -> None:
    """Set every file of the project back ``seconds`` in time."""
    past = time.time() - seconds
    for path in root.rglob("*"):
        if path.is_file() and ".argmap-cache" not in path.parts:
            os.utime(path, (past, past))


@pytest.fixture
def annotated(project: Project) -> Path:
    """The two-source project with a claim in each source, aged and opened once (cached)."""
    project.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["three-ds"])
    project.annotate("beta", sentence="s0001", stance="hedged", questions=["three-ds"])
    age(project.root)
    Project.open(project.root)
    assert list((project.root / CACHE_DIR).glob("*.json"))
    return project.root


def test_second_open_reads_no_source_text_yet_gives_the_same_project(annotated: Path) -> None:
    first = Project.open(annotated)
    assert all(doc._text is None for doc in first.sources.values())
    fresh = Project.open(annotated)
    shutil.rmtree(annotated / CACHE_DIR)
    uncached = Project.open(annotated)
    assert fresh.claims() == uncached.claims()
    assert {s: d.sha256 for s, d in fresh.sources.items()} == {
        s: d.sha256 for s, d in uncached.sources.items()
    }
    assert fresh.sources["alpha"].text == uncached.sources["alpha"].text


def test_edited_source_is_still_reanchored_after_a_cached_open(annotated: Path) -> None:
    path = annotated / "seeds" / "alpha.txt"
    path.write_text("A new first line.\n\n" + ALPHA, encoding="utf-8")
    project = Project.open(annotated, strict=False)
    assert [r.source for r in project.anchor_reports] == ["alpha"]
    assert project.claims(source="alpha")[0].start == len("A new first line.\n\n")


def test_same_size_edit_with_old_mtime_is_still_seen(annotated: Path) -> None:
    """An edit that keeps size and mtime still changes the inode (argmap writes atomically)."""
    path = annotated / "seeds" / "alpha.txt"
    stat = path.stat()
    tmp = path.with_name("alpha.tmp")
    tmp.write_text(ALPHA.replace("Europe", "Eurasia"[:6]), encoding="utf-8")
    os.utime(tmp, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    os.replace(tmp, path)
    assert path.stat().st_size == stat.st_size
    project = Project.open(annotated, strict=False)
    assert project.sources["alpha"].text.startswith("Eurasi")
    assert [r.source for r in project.anchor_reports] == ["alpha"]


def test_damaged_annotation_file_is_reported_after_a_cached_open(annotated: Path) -> None:
    path = annotated / "annotations" / "beta.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    with pytest.raises(InvalidFile) as err:
        Project.open(annotated)
    assert any("beta.jsonl" in p and "invalid JSON" in p for p in err.value.problems)


def test_codebook_change_checks_claims_again(annotated: Path) -> None:
    path = annotated / "annotations" / "codebook.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"hedged"', '"doubtful"'))
    with pytest.raises(InvalidFile) as err:
        Project.open(annotated)
    assert any("unknown stance 'hedged'" in p for p in err.value.problems)


def test_damaged_cache_is_ignored(annotated: Path) -> None:
    files = list((annotated / CACHE_DIR).glob("*.json"))
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**data, "sources": dict.fromkeys(data["sources"], 3)}))
    assert len(Project.open(annotated).claims()) == 2
    for path in files:
        path.write_bytes(b"\xff\x00")
    assert len(Project.open(annotated).claims()) == 2


def test_annotate_reads_only_its_source_and_files_changed_since_checked(
    annotated: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Unchanged, checked files are not read again; a file damaged since is still named."""
    read: list[str] = []
    real = store.read_annotations
    monkeypatch.setattr(store, "read_annotations", lambda p, s: read.append(s) or real(p, s))
    Project.open(annotated, claims_of=["alpha"])
    assert read == ["alpha"]
    damaged = annotated / "annotations" / "beta.jsonl"
    damaged.write_text(damaged.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    before = damaged.read_bytes()
    code, _, err = cli(
        "annotate", "alpha", "--sentence", "s0002", "--stance", "pro-us-primacy", "-q", "three-ds",
        "--project", str(annotated),
    )  # fmt: skip
    assert code == 0 and "beta.jsonl:3" in err  # saved; the damage is named
    assert damaged.read_bytes() == before
    code, _, err = cli(
        "annotate", "beta", "--sentence", "s0002", "--stance", "pro-us-primacy", "-q", "three-ds",
        "--project", str(annotated),
    )  # fmt: skip
    assert code == 1 and "beta.jsonl" in err


def test_partly_opened_project_reads_the_rest_on_demand(annotated: Path) -> None:
    project = Project.open(annotated, claims_of=["alpha"])
    assert project._partial == {"alpha"}
    beta_claim = Project.open(annotated).claims(source="beta")[0]
    alpha_claim = project.claims(source="alpha")[0]
    related = project.relate(alpha_claim.id, "supports", beta_claim.id[:6])
    assert related.relations[0].target == beta_claim.id
    assert len(project.claims()) == 2
    assert project._partial is None


def test_partly_opened_project_knows_every_claim_id(annotated: Path) -> None:
    project = Project.open(annotated, claims_of=["alpha"])
    beta_id = Project.open(annotated).claims(source="beta")[0].id
    assert project._id_taken(beta_id)
    assert project._partial == {"alpha"}  # answered from the cache, nothing more read


def test_sources_and_validate_read_only_files_changed_since_checked(
    annotated: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Counts and checks come from the cache for unchanged files; a change is still seen:
    a claim deleted by hand leaves a relation to it dangling in an unread file."""
    full = Project.open(annotated)
    alpha, beta = full.claims(source="alpha")[0], full.claims(source="beta")[0]
    full.relate(alpha.id, "supports", beta.id)
    age(annotated)
    Project.open(annotated)  # checked and remembered
    read: list[str] = []
    real = store.read_annotations
    monkeypatch.setattr(store, "read_annotations", lambda p, s: read.append(s) or real(p, s))
    code, out, _ = cli("validate", "--project", str(annotated))
    assert code == 0 and "2 sources, 2 claims" in out and read == []
    code, out, _ = cli("sources", "--json", "--project", str(annotated))
    assert code == 0 and read == []
    assert [(s["id"], s["claims"], s["claims_by"]) for s in json.loads(out)] == [
        ("alpha", 1, {"tester": 1}),
        ("beta", 1, {"tester": 1}),
    ]
    beta_file = annotated / "annotations" / "beta.jsonl"
    beta_file.write_text(beta_file.read_text(encoding="utf-8").splitlines()[0] + "\n")
    code, _, err = cli("validate", "--project", str(annotated))
    assert read == ["beta", "alpha"]  # alpha only once a relation of it was found dangling
    assert code == 1 and f"claim {alpha.id}: supports target {beta.id} does not exist" in err
    code, out, err = cli("sources", "--json", "--project", str(annotated))
    assert code == 1 and "does not exist" in err
    assert [s["claims"] for s in json.loads(out)] == [1, 0]


def test_validate_names_near_identical_voices_of_files_it_does_not_read(
    annotated: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The load cache keeps each file's voices, so ``validate`` reads no unchanged file and
    still names two voices spelled almost alike in two of them."""
    full = Project.open(annotated)
    full.update(full.claims(source="alpha")[0].id, voice="Margit Solheim-Rask")
    full.update(full.claims(source="beta")[0].id, voice="Margit Solheim-Rusk")
    age(annotated)
    Project.open(annotated)  # checked and remembered
    read: list[str] = []
    real = store.read_annotations
    monkeypatch.setattr(store, "read_annotations", lambda p, s: read.append(s) or real(p, s))
    code, out, err = cli("validate", "--project", str(annotated))
    assert code == 0 and read == []
    assert "'Margit Solheim-Rask' and 'Margit Solheim-Rusk'" in out + err


def test_validate_still_quotes_saved_orphans_and_files_without_a_source(
    annotated: Path, cli
) -> None:  # type: ignore[no-untyped-def]
    project = Project.open(annotated)
    claim = project.claims(source="alpha")[0]
    path = annotated / "annotations" / "alpha.jsonl"
    header, line = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    record["orphan"] = {"reason": "quote not found", "since_sha256": "0" * 64}
    path.write_text(f"{header}\n{json.dumps(record)}\n", encoding="utf-8")
    (annotated / "annotations" / "gone.jsonl").write_text(
        (annotated / "annotations" / "beta.jsonl").read_text(encoding="utf-8")
    )
    age(annotated)
    for _ in range(2):  # the first run remembers the files, the second reads the cache
        code, _, err = cli("validate", "--project", str(annotated))
        assert code == 1 and f"claim {claim.id} is an orphan: quote not found" in err
        assert "gone.jsonl: annotations for a missing source 'gone'" in err


def test_damaged_metadata_in_the_cache_is_read_from_the_files(annotated: Path) -> None:
    """Cached metadata is validated when first used; a damaged entry falls back to the file."""
    title = Project.open(annotated).sources["alpha"].meta.title
    for sid, field, value in (("alpha", "title", 3), ("beta", "author", ["not", "text"])):
        path = annotated / CACHE_DIR / f"{shard_of(sid):02x}.json"
        cache = json.loads(path.read_text(encoding="utf-8"))
        cache["sources"][sid]["meta"][field] = value
        path.write_text(json.dumps(cache), encoding="utf-8")
    project = Project.open(annotated)
    assert project.sources["alpha"].meta.title == title
    assert project.sources["beta"].meta.author == ""


def test_metadata_edited_in_place_by_another_program_is_seen(annotated: Path) -> None:
    """The same file, inode and size, written in place (not replaced): its mtime tells."""
    path = annotated / "seeds" / "alpha.meta.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    with open(path, "r+", encoding="utf-8") as handle:  # in place, as an editor may save
        handle.write(json.dumps({**data, "title": "A retitled source"}))
        handle.truncate()
    assert Project.open(annotated).sources["alpha"].title == "A retitled source"


def test_text_in_a_subfolder_is_checked_by_its_path(annotated: Path) -> None:
    """A source whose metadata names its text by a path below the sources folder."""
    seeds = annotated / "seeds"
    (seeds / "texts").mkdir()
    os.replace(seeds / "alpha.txt", seeds / "texts" / "alpha.txt")
    meta = json.loads((seeds / "alpha.meta.json").read_text(encoding="utf-8"))
    (seeds / "alpha.meta.json").write_text(json.dumps({**meta, "file": "texts/alpha.txt"}))
    age(annotated)
    Project.open(annotated)  # remembered with the text's new place
    assert Project.open(annotated).sources["alpha"].text == ALPHA
    (seeds / "texts" / "alpha.txt").write_text("A new first line.\n\n" + ALPHA, encoding="utf-8")
    project = Project.open(annotated, strict=False)
    assert [r.source for r in project.anchor_reports] == ["alpha"]
