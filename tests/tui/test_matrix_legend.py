"""The matrix legend at 80 columns names every mark, however long the stance labels."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from argmap.cli import main
from argmap.project import Project
from argmap.tui.app import ArgmapApp

from .conftest import ARTICLE

LABELS = {
    "for-4day": ("for the 4-day week", "1"),
    "against-4day": ("against the 4-day week", "-1"),
    "pilot-first": ("pilot it first", "0"),
    "sector-specific": ("depends on the sector", "0"),
}


async def test_legend_names_every_mark_at_80_columns(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["init", str(root), "--name", "four-day week"]) == 0
        for sid, (label, axis) in LABELS.items():
            args = ["codebook", "add-stance", sid, "--label", label, f"--axis={axis}"]
            assert main([*args, "--project", str(root)]) == 0
        assert main(["add", str(article), "--project", str(root)]) == 0
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if type(app.screen).__name__ != "MatrixScreen":
            app.show("matrix")
        await pilot.pause()
        await pilot.pause()
        lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
        region = app.screen.query_one("#legend").region
        shown = " ".join(lines[region.y : region.bottom])
    for label, _ in LABELS.values():
        assert label in shown, shown
    assert "± mixed" in shown and "· silent" in shown, shown


SCALE = {
    "legalise-broadly": ("Legalise broadly", "1"),
    "terminal-illness-only": ("Terminally ill adults only", "1"),
    "not-yet": ("Not yet: palliative care first", "0"),
    "oppose-legalising": ("Never legalise", "-1"),
}


async def test_the_marks_follow_the_last_stance_not_the_middle_of_a_scale(
    tmp_path: Path,
) -> None:
    """debate28 at 80 columns: "▲ Legalise broadly   △ Terminally ill adults only   ± mixed
    · silent" above "◇ Not yet: palliative care first   ▼ Never legalise": the marks came
    between two stances of the scale."""
    root = tmp_path / "proj"
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["init", str(root), "--name", "assisted dying"]) == 0
        for sid, (label, axis) in SCALE.items():
            args = ["codebook", "add-stance", sid, "--label", label, f"--axis={axis}"]
            assert main([*args, "--project", str(root)]) == 0
        for old in ("for", "against", "hedged"):
            assert main(["codebook", "remove", "stance", old, "--project", str(root)]) == 0
        assert main(["add", str(article), "--project", str(root)]) == 0
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if type(app.screen).__name__ != "MatrixScreen":
            app.show("matrix")
        await pilot.pause()
        await pilot.pause()
        lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
        region = app.screen.query_one("#legend").region
        shown = [line.strip() for line in lines[region.y : region.bottom]]
    assert len(shown) == 2, shown
    assert "Legalise broadly" in shown[0] and "±" not in shown[0], shown
    assert shown[1].endswith("Never legalise   ± mixed   · silent"), shown


async def test_the_legend_lists_a_scale_in_its_order_as_the_cells_do(small_project: Path) -> None:
    """The shipped codebook lists for (+1), against (-1), hedged (0): the legend read
    "▲ pro-autonomy   ▼ pro-US-primacy   ◆ hedged" while a cell lists "▲1 ◆1 ▼2", the
    scale's order; now the legend is in the scale's order too."""
    app = ArgmapApp(Project.open(small_project, annotator="tester"))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
        region = app.screen.query_one("#legend").region
        shown = " ".join(lines[region.y : region.bottom])
    assert shown.index("▲ pro-autonomy") < shown.index("◆ hedged") < shown.index("▼ pro-US"), shown
