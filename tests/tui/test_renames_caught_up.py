"""A colleague's codebook rename pulled by git: the TUI moves the claims still on the old id,
as every CLI command does, instead of showing them as problems it will not save."""

from __future__ import annotations

import asyncio
import contextlib
import io
import shutil
import time
from pathlib import Path

from argmap.cli import main
from argmap.project import Project
from argmap.tui.app import ArgmapApp
from argmap.tui.dialogs import ProblemsScreen
from tests.tui.conftest import claims_on_disk, notices


def _renamed_elsewhere(root: Path, tmp_path: Path) -> None:
    """A clone of ``root`` renames ``hedged`` to ``balanced`` while bea, in ``root``, makes a
    claim on ``hedged``; the clone's codebook then arrives (a git merge)."""
    clone = tmp_path / "clone"
    shutil.copytree(root, clone)
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["codebook", "rename", "stance", "hedged", "balanced", "-p", str(clone)]) == 0
    Project.open(root, annotator="bea").annotate(
        "article", stance="hedged", questions=["ukraine"], sentence="s0007"
    )
    codebook = Path("annotations") / "codebook.json"
    shutil.copy(clone / codebook, root / codebook)


def _beas_stances(root: Path) -> list[str]:
    return [c["stance"] for c in claims_on_disk(root) if c["annotator"] == "bea"]


async def test_a_rename_made_in_another_copy_is_caught_up_on_opening(
    small_project: Path, tmp_path: Path
) -> None:
    _renamed_elsewhere(small_project, tmp_path)
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)  # nothing left unreadable
        assert app.project.problems == []
        assert [c.stance for c in app.project.claims(annotator="bea")] == ["balanced"]
        said = " ".join(notices(app))
        assert "1 claim (bea) on stance 'hedged' moved to 'balanced'" in said
        assert "changed on disk" not in said  # the move is ours, not another program's
    assert _beas_stances(small_project) == ["balanced"]  # saved, as the CLI would


async def test_a_rename_pulled_while_the_tui_is_open_is_caught_up(
    small_project: Path, tmp_path: Path
) -> None:
    app = ArgmapApp(Project.open(small_project, annotator="tester", strict=False))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        _renamed_elsewhere(small_project, tmp_path)  # `git pull` in another terminal
        t0 = time.monotonic()
        while not any("moved to 'balanced'" in n for n in notices(app)):
            assert time.monotonic() - t0 < 8, f"not caught up: {notices(app)}"
            await asyncio.sleep(0.1)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.project.problems == []
        assert [c.stance for c in app.project.claims(annotator="bea")] == ["balanced"]
        await asyncio.sleep(app.POLL_SECONDS * 1.5)  # our own move is not news
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sum("changed on disk" in n for n in notices(app)) == 1
    assert _beas_stances(small_project) == ["balanced"]
