"""Fixtures for the TUI tests: a small project in tmp_path and a copy of the shipped corpus."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import io
import json
import shutil
from pathlib import Path

import pytest

from argmap.project import Project

REPO = Path(__file__).resolve().parents[2]


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{n: pyfuncitem.funcargs[n] for n in names}))
    return True


ARTICLE = """European Defence After the Election

Europe must build its own army and stop relying on Washington. The American guarantee can no longer be taken for granted.

NATO remains the bedrock of European security and should stay under US leadership. Buying American fighter jets keeps the alliance interoperable.

Perhaps a European pillar inside NATO could balance both concerns. Ukraine needs guarantees that someone will honour.
"""


@pytest.fixture(autouse=True)
def _no_env_annotator(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)


@pytest.fixture(autouse=True)
def _no_background_training(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader fits the suggestion models when reading pauses (1.5 s): in a test that
    would be CPU spent in a thread that outlives it; tests of suggestions press S."""
    from argmap.tui.reader import ReaderScreen

    monkeypatch.setattr(ReaderScreen, "WARM_UP_AFTER", 3600.0)


@pytest.fixture(autouse=True)
def _notice_log(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every notice an app shows, kept in ``app.notice_log`` (a notice lasts 3-8 s on
    screen; at a load of 12 one came and went between two of the pilot's pauses)."""
    from argmap.tui.app import ArgmapApp

    shown = ArgmapApp.notify

    def notify(self: ArgmapApp, message: str, **kwargs: object) -> None:
        self.__dict__.setdefault("notice_log", []).append(message)
        shown(self, message, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ArgmapApp, "notify", notify)


def notices(app: object) -> list[str]:
    """Every notice ``app`` has shown so far, oldest first (see ``_notice_log``)."""
    return list(getattr(app, "notice_log", []))


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    """A project with one source of 7 sentences and two claims by ``tester``."""
    root = tmp_path / "proj"
    Project.init(root, name="test debate")
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE, encoding="utf-8")
    project = Project.open(root, annotator="tester")
    project.add_source(text, source_id="article")
    project = Project.open(root, annotator="tester")
    project.annotate(
        "article", stance="pro-autonomy", questions=["nato-replacement"], sentence="s0002"
    )
    project.annotate(
        "article",
        stance="pro-us-primacy",
        questions=["nato-replacement", "us-guarantee"],
        sentence="s0004",
    )
    return root


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the shipped corpus (seeds, annotations, argmap.json) in tmp_path."""
    root = tmp_path / "shipped"
    root.mkdir()
    cfg = json.loads((REPO / "argmap.json").read_text(encoding="utf-8"))
    for name in (cfg.get("sources_dir", "seeds"), cfg.get("annotations_dir", "annotations")):
        shutil.copytree(REPO / name, root / name, ignore=shutil.ignore_patterns("work", "*.lock"))
    shutil.copy(REPO / "argmap.json", root / "argmap.json")
    return root


def claims_on_disk(root: Path) -> list[dict]:
    """What `argmap claims --json --project ROOT` prints, parsed (a fresh read of the files)."""
    from argmap.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["claims", "--json", "--project", str(root)]) == 0
    return json.loads(out.getvalue())
