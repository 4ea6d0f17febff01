"""Matrix row labels at 80 columns: an id made from the title is not shown before it (it read
as a stutter, "pan Panel on phone…"); an id that says something else (the shipped corpus's
``000_…``) still is."""

from __future__ import annotations

from pathlib import Path

from argmap.project import Project
from argmap.tui.app import ArgmapApp

from .conftest import ARTICLE

PANEL = "# Panel on phones in school\n\nAttention in lessons improved within a month.\n"


def _rows(app: ArgmapApp) -> list[str]:
    lines = ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]
    return [line for line in lines if "·" in line and "silent" not in line]


async def test_a_title_made_id_is_not_repeated_before_the_title(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    Project.init(root, name="phones")
    project = Project.open(root, annotator="ana")
    for name, text in (("panel.md", PANEL), ("article.txt", ARTICLE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    project.add_source(tmp_path / "panel.md")  # id from the title: panel-on-phones-in-school
    project.add_source(tmp_path / "article.txt", source_id="x7-defence")
    long = "Renters cannot wait any longer: cap the rents now, before the winter"
    (tmp_path / "rents.md").write_text(f"# {long}\n\nRents rose again.\n", encoding="utf-8")
    assert project.add_source(tmp_path / "rents.md").id == "renters-cannot-wait-any-longer"
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        rows = _rows(app)
    assert any(row.startswith("Panel on phones in…") for row in rows), rows
    assert not any(row.startswith("pan ") for row in rows), rows
    assert any(row.startswith("x7 European Defenc…") for row in rows), rows
    assert any(row.startswith("Renters cannot wai…") for row in rows), rows  # cut at a word


async def test_fifteen_sources_at_80x24_leave_the_cell_its_lines(tmp_path: Path) -> None:
    """debate22 at 80x24: 15 rows took 75 % of the screen and the legend the rest but one
    line: the detail said the source and nothing of the question or the cell under the
    cursor (its column header "Bureau… errors…"). Rows scroll; the cell's lines show."""
    root = tmp_path / "proj"
    Project.init(root, name="big")
    project = Project.open(root, annotator="ana")
    for i in range(15):
        path = tmp_path / f"s{i}.md"
        path.write_text(f"# Source number {i} on the matter\n\nWe must act now.\n", "utf-8")
        project.add_source(path)
    sid = sorted(project.sources)[0]
    project.annotate(sid, sentence="s0002", stance="pro-autonomy", questions=["three-ds"])
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.view.move_to(0, app.screen.matrix.questions.index("three-ds"))
        await pilot.pause()
        lines = ["".join(s.text for s in st) for st in app.screen._compositor.render_strips()]
    text = "\n".join(lines)
    assert any(line.startswith(" Question Three Ds:") for line in lines), text
    assert any(line.strip() == "▲1" for line in lines), text  # the cell's counts
    assert any(line.strip().startswith("▲ s0002 We must act now.") for line in lines), text


async def test_ids_alike_for_twenty_characters_keep_the_columns_in_line(tmp_path: Path) -> None:
    """debate24 at 80 columns: "old-town-homes-order-our-response-google-groups" and
    "…-what-now-…" need 22 characters to tell apart; that prefix filled the 20-column label
    and pushed the row's cells 3 columns right of every other row's. The label keeps its
    width and names the word the ids differ in."""
    root = tmp_path / "proj"
    Project.init(root, name="lets")
    project = Project.open(root, annotator="ana")
    pages = {
        "old-town-homes-order-our-response-google-groups": "Old Town Homes Order: our response?",
        "old-town-homes-order-what-now-owners-forum": "Old Town Homes Order: what now?",
        "x7-defence": "European Defence After the Election",
    }
    for sid, title in pages.items():
        path = tmp_path / f"{sid}.md"
        path.write_text(f"# {title}\n\nWe must act now.\n", encoding="utf-8")
        project.add_source(path, source_id=sid)
    app = ArgmapApp(Project.open(root, annotator="ana"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        rows = [row for row in _rows(app) if "argmap ·" not in row]  # not the header
    assert len(rows) == 3, rows
    assert len({row.index("·") for row in rows}) == 1, rows  # the first cell, in line
    ours, what = sorted(r for r in rows if "Old Town" in r)
    assert ours.startswith("…our Old Town"), ours
    assert what.startswith("…what Old Town"), what
