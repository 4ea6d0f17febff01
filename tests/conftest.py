"""Shared fixtures: small projects built in ``tmp_path``; nothing writes into the repo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from argmap.cli import main
from argmap.project import Project

#: The debates written blind and held out from model work: never in the shipped
#: cross-debate models (tests/test_align.py, test_middle.py, test_pairs.py check it).
#: debate28-38, blind in their own sessions, are tuning projects now.
HELD_OUT = (
    "debate39",
    "debate40",
    "debate41",
)


def git(where: Path, *args: str) -> str:
    """Run ``git ARGS`` in ``where`` as a test committer; its stdout and stderr."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    done = subprocess.run(
        ["git", *args], cwd=where, env=env, capture_output=True, text=True, check=False
    )
    return done.stdout + done.stderr


REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
ARGMAP_CMD = [sys.executable, "-c", "import sys; from argmap.cli import main; sys.exit(main())"]

ALPHA = (
    "Europe must build its own defence. The United States will not stay forever.\n\n"
    "Critics say NATO remains essential. They warn against duplication.\n\n"
    "Some observers remain unsure. The outcome depends on Washington.\n"
)
BETA = "Autonomy is a slogan. Industry is fragmented across many national champions.\n"


def make_project(tmp_path: Path, texts: dict[str, str], name: str = "proj") -> Project:
    """A fresh project in ``tmp_path/name`` with one source per entry of ``texts``.

    Keys are source ids; a key ending in ``.md`` or ``.html`` picks that file type
    (the id is the key without its suffix).
    """
    root = tmp_path / name
    Project.init(root)
    project = Project.open(root)
    incoming = tmp_path / f"{name}-incoming"
    incoming.mkdir(exist_ok=True)
    for key, text in texts.items():
        sid, dot, suffix = key.partition(".")
        path = incoming / f"{sid}.{suffix if dot else 'txt'}"
        path.write_text(text, encoding="utf-8")
        project.add_source(path, source_id=sid)
    return Project.open(root)


@pytest.fixture(autouse=True)
def own_user_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets an empty ``$XDG_CONFIG_HOME``: the annotator name `argmap init
    --annotator` keeps on this machine is never the tester's own, nor another test's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("user-config")))


@pytest.fixture(autouse=True)
def computed_suggestions(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ``suggest_all`` / ``suggest_source`` computes its suggestions and fits its
    models, none kept or read back (``argmap.suggest.resultcache``, ``modelcache``): a test
    that changes argmap's code in memory (monkeypatch) would read what the code on disk
    made before. tests/test_resultcache.py and test_modelcache.py override it."""
    from argmap.suggest import modelcache, resultcache

    monkeypatch.setattr(resultcache, "load", lambda *args, **kwargs: None)
    monkeypatch.setattr(resultcache, "keep", lambda *args, **kwargs: None)
    monkeypatch.setattr(modelcache, "_read", lambda *args, **kwargs: None)
    monkeypatch.setattr(modelcache, "_write", lambda *args, **kwargs: None)


@pytest.fixture
def annotator(monkeypatch: pytest.MonkeyPatch) -> str:
    """Set ``$ARGMAP_ANNOTATOR`` to ``tester`` for the test."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    return "tester"


@pytest.fixture
def project(tmp_path: Path, annotator: str) -> Project:
    """A project with two small sources, ``alpha`` and ``beta``, and an annotator set."""
    return make_project(tmp_path, {"alpha": ALPHA, "beta": BETA})


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run ``argmap ARGS`` in-process: ``(exit code, stdout, stderr)``."""

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def cli_json(
    cli: Callable[..., tuple[int, str, str]],
) -> Callable[..., object]:
    """Run ``argmap ARGS --json`` in-process, assert exit 0 and parse the output."""

    def run(*args: str) -> object:
        code, out, err = cli(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    return run


def run_argmap(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``argmap ARGS`` in a child process."""
    import os

    return subprocess.run(
        [*ARGMAP_CMD, *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        check=False,
        timeout=120,
    )
