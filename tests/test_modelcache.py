"""A source's fitted models, kept between runs (``argmap/suggest/modelcache.py``): with the
same annotations a later run reads them back instead of fitting and suggests exactly as
fitting does; other annotations, a source edited by another program whatever its clock
says, other code, a damaged file or one that would run code are never used."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

import argmap.suggest as S
from argmap.project import Project
from argmap.suggest import modelcache, resultcache, suggestions
from argmap.suggest import models as M
from argmap.suggest.readcache import read_checked, write_checked
from tests.test_suggest import build


@pytest.fixture
def computed_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    """(conftest's overridden: the models are kept, the suggestions are not)"""
    monkeypatch.setattr(resultcache, "load", lambda *args, **kwargs: None)


@pytest.fixture(autouse=True)
def own_models_only(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """The source's own models only: the second reading by the models trained without it
    (``unrefit``) fits a model set of its own, counted in its own tests below."""
    if "models_without_the_source" not in request.node.name:
        monkeypatch.setattr(suggestions, "unrefit_models", lambda *args, **kwargs: None)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    S._CACHE.clear()
    return build(tmp_path)


@pytest.fixture
def trained(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The focus of each model set fitted (``models._train`` called)."""
    got: list[str | None] = []
    train = M._train

    def spy(*args: object, **kwargs: object) -> M.Models:
        got.append(kwargs.get("focus"))  # type: ignore[arg-type]
        return train(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(M, "_train", spy)
    return got


def fresh(root: Path, source: str = "src1") -> list[S.Suggestion]:
    """``suggest_source`` in a new process's state: no models in memory."""
    S._CACHE.clear()
    return S.suggest_source(Project.open(root, annotator="analyst"), source)


def kept(root: Path) -> list[Path]:
    return sorted((root / modelcache.CACHE_DIR).glob("*.bin"))


def test_the_same_annotations_read_the_models_back_and_suggest_the_same(
    root: Path, trained: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = fresh(root)
    assert trained == ["src1"] and len(kept(root)) == 1
    again = fresh(root)
    assert trained == ["src1"]  # read back, not fitted
    assert [g.to_json() for g in again] == [g.to_json() for g in first]
    # the reader's warm-up, then S: the same models, from the file then from memory
    S._CACHE.clear()
    project = Project.open(root, annotator="analyst")
    assert S.models_for(project, "src1") is S.models_for(project, "src1")
    assert trained == ["src1"]
    # another source's are its own; suggest --all fits its own and keeps none
    fresh(root, "src2")
    S.suggest_all(Project.open(root, annotator="analyst"))
    assert trained == ["src1", "src2", None] and len(kept(root)) == 2
    # one more annotation: fitted again
    target = next(g for g in first if g.claim < 0.5)
    project.annotate(
        "src1", stance=target.stance, questions=[project.codebook.question_ids[0]],
        sentence=target.sentence,
    )  # fmt: skip
    after = fresh(root)
    assert trained[-1] == "src1" and len(trained) == 4
    with monkeypatch.context() as m:
        m.setattr(modelcache, "_read", lambda *args, **kwargs: None)
        assert [g.to_json() for g in fresh(root)] == [g.to_json() for g in after]


def test_a_source_edited_by_another_program_with_its_old_mtime_fits_again(
    root: Path, trained: list[str | None]
) -> None:
    fresh(root)
    path = next((root / "seeds").glob("src2.*"))
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Europe", "Europa", 1), encoding="utf-8")  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - 10**9))  # older than it was
    fresh(root)
    assert trained == ["src1", "src1"]


def test_other_code_damaged_files_and_files_that_would_run_code_are_never_used(
    root: Path, trained: list[str | None], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    plain = fresh(root)
    (path,) = kept(root)
    whole = path.read_bytes()
    with monkeypatch.context() as m:  # argmap upgraded: its code changed
        m.setattr(resultcache, "code_fingerprint", lambda: "another version")
        fresh(root)
    assert len(trained) == 2
    flipped = bytearray(whole)
    flipped[-3] ^= 0xFF
    for damaged in (whole[: len(whole) // 2], bytes(flipped), b"", b"x" * 100):
        path.write_bytes(damaged)
        assert fresh(root) == plain
        assert path.read_bytes() == whole  # written again whole
    assert len(trained) == 6
    # a whole file, for this very key, whose pickle would call a function: not called
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.mkdir, (str(marker),))

    head, _ = read_checked(path)
    write_checked(path, (head, pickle.dumps(Payload())))
    assert fresh(root) == plain and not marker.exists() and len(trained) == 7
    # and one holding something other than models
    write_checked(path, (head, pickle.dumps({"not": "models"})))
    assert fresh(root) == plain and len(trained) == 8


def test_only_the_last_files_used_are_kept(
    root: Path, trained: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(modelcache, "KEPT", 2)
    for source in ("src0", "src1", "src2"):
        fresh(root, source)
    assert len(kept(root)) == 2
    fresh(root, "src2")
    fresh(root, "src1")
    assert trained == ["src0", "src1", "src2"]
    fresh(root, "src0")  # the oldest, deleted: fitted again
    assert trained == ["src0", "src1", "src2", "src0"]


def test_an_unwritable_folder_still_gives_the_models(root: Path, trained: list[str | None]) -> None:
    blocked = root / modelcache.CACHE_DIR
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder")
    assert fresh(root) == fresh(root)
    assert trained == ["src1", "src1"]


def test_models_that_cannot_be_pickled_are_fitted_each_time_without_an_error(
    root: Path, trained: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    train = M._train

    def holding_a_lambda(*args: object, **kwargs: object) -> M.Models:
        models = train(*args, **kwargs)  # type: ignore[arg-type]
        models.constant["odd"] = {"f": lambda: 0.0}  # type: ignore[dict-item]
        return models

    monkeypatch.setattr(M, "_train", holding_a_lambda)
    assert fresh(root) == fresh(root)
    assert kept(root) == []


def test_the_models_without_the_source_are_kept_too(
    root: Path, trained: list[str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source with units annotated is read a second time by the models trained without
    it (``unrefit``): both model sets are kept, and a later run fits neither."""
    first = fresh(root)
    assert trained == ["src1", None] and len(kept(root)) == 2
    assert [g.to_json() for g in fresh(root)] == [g.to_json() for g in first]
    assert trained == ["src1", None]  # both read back
    # one more unit of the source: its own models are fitted again, those without it
    # (the same training) are read back, and the suggestions are those of fitting both
    project = Project.open(root, annotator="analyst")
    target = next(g for g in first if g.claim < 0.5)
    project.annotate(
        "src1", stance=target.stance, questions=[project.codebook.question_ids[0]],
        sentence=target.sentence,
    )  # fmt: skip
    after = fresh(root)
    assert trained == ["src1", None, "src1"]
    with monkeypatch.context() as m:
        m.setattr(modelcache, "_read", lambda *args, **kwargs: None)
        assert [g.to_json() for g in fresh(root)] == [g.to_json() for g in after]
    assert trained == ["src1", None, "src1", "src1", None]
    # another source's unit changes the training without src1: fitted again
    other = fresh(root, "src2")
    project = Project.open(root, annotator="analyst")
    target = next(g for g in other if g.claim < 0.5)
    project.annotate(
        "src2", stance=target.stance, questions=[project.codebook.question_ids[0]],
        sentence=target.sentence,
    )  # fmt: skip
    del trained[:]
    fresh(root)
    assert trained == ["src1", None]


def test_the_models_without_the_source_are_those_of_the_examples_without_it(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``suggest_source`` hands ``unrefit_models`` the examples it collected (the source's
    own unannotated sentences left out, ``partial``): the models are those fitted on the
    examples collected without the source."""
    from argmap.suggest.data import examples

    monkeypatch.setattr(modelcache, "_read", lambda *args, **kwargs: None)  # both fitted
    project = Project.open(root, annotator="analyst")
    partial = examples(project, partial="src1")
    given = suggestions.unrefit_models(project, "src1", items=partial)
    S._CACHE.clear()
    alone = suggestions.unrefit_models(Project.open(root, annotator="analyst"), "src1")
    assert given is not None and alone is not None and given is not alone
    assert M.training_key(
        [e for e in partial if e.source != "src1"], project.codebook, large=False, focus=None
    ) == M.training_key(
        [e for e in examples(project) if e.source != "src1"],
        project.codebook,
        large=False,
        focus=None,
    )
    assert pickle.dumps(given.classifiers) == pickle.dumps(alone.classifiers)
