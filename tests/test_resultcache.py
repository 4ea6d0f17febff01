"""The last suggestions, kept between runs (``argmap/suggest/resultcache.py``): asked again
with nothing changed they are read back without training, exactly as computed; anything
they are made from changed (an annotation, a source edited by another program or by git
whatever its clock says, what a source argues, a rejection, the code) makes them computed
again, and a damaged file is never read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import argmap.suggest as S
from argmap.project import Project
from argmap.suggest import modelcache, resultcache
from argmap.suggest import models as M
from tests.conftest import git
from tests.test_suggest import build


@pytest.fixture
def computed_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    """(conftest's overridden: the suggestions are kept, the models are not)"""
    monkeypatch.setattr(modelcache, "_read", lambda *args, **kwargs: None)
    monkeypatch.setattr(modelcache, "_write", lambda *args, **kwargs: None)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    S._CACHE.clear()
    return build(tmp_path)


@pytest.fixture
def trained(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry per model set fitted (``models._train`` called)."""
    got: list[int] = []
    train = M._train

    def spy(*args: object, **kwargs: object) -> M.Models:
        got.append(1)
        return train(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(M, "_train", spy)
    return got


def fresh(root: Path, source: str | None = None, **kw: object) -> list[S.Suggestion]:
    """``suggest_all`` (or ``suggest_source``) in a new process's state: no models in
    memory, the project reopened."""
    S._CACHE.clear()
    project = Project.open(root, annotator="analyst")
    if source is None:
        return S.suggest_all(project, **kw)  # type: ignore[arg-type]
    return S.suggest_source(project, source, **kw)  # type: ignore[arg-type]


def computed(root: Path, monkeypatch: pytest.MonkeyPatch, source: str | None = None) -> list:
    """What a run computes, reading nothing kept."""
    with monkeypatch.context() as m:
        m.setattr(resultcache, "load", lambda *args, **kwargs: None)
        return fresh(root, source)


def kept_files(root: Path) -> dict[str, bytes]:
    folder = root / resultcache.CACHE_DIR
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.is_dir() else {}


def test_asked_again_the_suggestions_are_read_back_without_training(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = fresh(root)
    assert len(trained) == 1 and len(kept_files(root)) == 1
    again = fresh(root)
    assert len(trained) == 1  # nothing fitted
    plain = computed(root, monkeypatch)
    assert len(trained) == 2
    assert first == plain and again == plain
    assert [g.to_json() for g in again] == [g.to_json() for g in plain]
    assert [g.provenance() for g in again] == [g.provenance() for g in plain]
    # one more annotation: fitted again, and as a run that keeps nothing computes
    project = Project.open(root, annotator="analyst")
    target = next(g for g in plain if g.source == "src1")
    project.annotate(
        "src1", stance=target.stance, questions=[project.codebook.question_ids[0]],
        sentence=target.sentence,
    )  # fmt: skip
    after = fresh(root)
    assert len(trained) == 3
    assert after == computed(root, monkeypatch) and after != plain
    assert fresh(root) == after and len(trained) == 4  # (the computing run above: 4)


def test_one_source_is_kept_apart_from_every_source(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    every = fresh(root)
    one = fresh(root, "src2")
    # every source: one model set; src2 (units annotated): its own and those without it
    assert len(trained) == 3 and len(kept_files(root)) == 2
    assert fresh(root, "src2") == one == computed(root, monkeypatch, "src2")
    assert fresh(root) == every
    assert len(trained) == 5  # only the computing run fitted again (its two model sets)
    # rejected sentences are left out of what is read back as of what is computed
    project = Project.open(root, annotator="analyst")
    g = one[0]
    project.set_rejected("src2", g.sentence, g.stance)
    got = fresh(root, "src2")
    assert g.sentence not in {h.sentence for h in got}
    assert got == computed(root, monkeypatch, "src2")


def test_a_source_edited_by_another_program_with_its_old_mtime_is_suggested_afresh(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As an editor would change it, the clock set back: the key is of what the sentences
    say, not of any file's stat."""
    fresh(root)
    path = next((root / "seeds").glob("src2.*"))
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Europe", "Europa", 1), encoding="utf-8")  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))  # older than it was
    got = fresh(root)
    assert len(trained) == 2
    assert got == computed(root, monkeypatch)
    assert any("Europa" in g.text for g in got if g.source == "src2")


def test_annotations_put_back_by_git_are_suggested_afresh(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "four sources")
    before = fresh(root)
    project = Project.open(root, annotator="analyst")
    target = next(g for g in before if g.source == "src3")
    project.annotate(
        "src3", stance=target.stance, questions=[project.codebook.question_ids[0]],
        sentence=target.sentence,
    )  # fmt: skip
    assert fresh(root) != before and len(trained) == 2
    # the annotation undone by git: its file as it was, with the clock of now
    git(root, "checkout", "-q", "--", "annotations")
    assert fresh(root) == before and len(trained) == 3


def test_what_a_source_argues_and_another_codebook_are_inputs_too(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = fresh(root)
    project = Project.open(root, annotator="analyst")
    project.set_argued("src1", project.codebook.stance_ids[1])
    said = fresh(root)
    assert len(trained) == 2  # the same training data: fitted in memory again
    assert said == computed(root, monkeypatch)
    project.set_argued("src1", None)
    assert fresh(root) == before


def test_another_version_or_damaged_files_are_never_read(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = fresh(root)
    (name, whole), *_ = kept_files(root).items()
    path = root / resultcache.CACHE_DIR / name
    # argmap upgraded (its code changed): computed again, and kept for that version
    with monkeypatch.context() as m:
        m.setattr(resultcache, "code_fingerprint", lambda: "another version")
        assert fresh(root) == plain and len(trained) == 2
        assert fresh(root) == plain and len(trained) == 2
    assert fresh(root) == plain and len(trained) == 3
    assert path.read_bytes() == whole
    # damaged: cut short, one byte changed, empty, not ours
    flipped = bytearray(whole)
    flipped[-3] ^= 0xFF
    for damaged in (whole[: len(whole) // 2], bytes(flipped), b"", b"x" * 100):
        path.write_bytes(damaged)
        before = len(trained)
        assert fresh(root) == plain and len(trained) == before + 1
        assert path.read_bytes() == whole  # written again whole
    assert fresh(root) == plain and len(trained) == 7


def test_a_whole_file_that_does_not_fit_the_sources_is_not_read(
    root: Path, trained: list[int]
) -> None:
    """A sound file whose places point past the sources (written for other ones under the
    same key: never by argmap, but never trusted) is computed again."""
    from argmap.suggest.readcache import read_checked, write_checked

    plain = fresh(root)
    (name, _), *_ = kept_files(root).items()
    path = root / resultcache.CACHE_DIR / name
    head, (n, table, columns, floats, probs) = read_checked(path)
    at = bytearray(columns[0])
    at[:8] = (999).to_bytes(8, "little")  # the first suggestion's source
    write_checked(path, (head, (n, table, [bytes(at), *columns[1:]], floats, probs)))
    assert fresh(root) == plain and len(trained) == 2


def test_an_unwritable_folder_still_gives_the_suggestions(
    root: Path, trained: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = root / resultcache.CACHE_DIR
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder")
    assert fresh(root) == fresh(root) == computed(root, monkeypatch)
    assert len(trained) == 3
