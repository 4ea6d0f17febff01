"""What a reader tripped on in the reports of bench/debate36-38 (news in reported speech, long
expert sources, chats and forums), each read from the exported structure."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from export_fixtures import build_project

from argmap.export import render
from argmap.export.graph import short_title
from argmap.project import Project

TRANSCRIPT = (
    "LEENA: Welcome back. Today we talk about the clocks.\n\n"
    "ARVID: Keep summer time all year. The evenings are what people want.\n\n"
    "LEENA: On the farm the change is a nuisance.\n"
)


def test_a_project_named_by_its_question_titles_its_heat_map_without_a_stray_colon(
    tmp_path: Path,
) -> None:
    """debate36-38 are named by their question: the heat map read "…processed foods?:
    positions"."""
    project, _ = build_project(tmp_path)
    config = project.root / "argmap.json"
    data = json.loads(config.read_text(encoding="utf-8"))
    data["name"] = "Should Veldoria tax sugary foods?"
    config.write_text(json.dumps(data), encoding="utf-8")
    picture = render(Project.open(project.root), "svg")
    lead = picture.split('<g class="lead">', 1)[1].split("</g>", 1)[0]
    shown = " ".join(re.findall(r">([^<>]+)</text>", lead))
    assert "foods? — positions" in shown and "?:" not in shown, shown
    named = render(build_project(tmp_path / "plain")[0], "svg")
    assert "Test | map &lt;debate&gt;: positions" in named  # a name, not a question: as before


def test_a_title_cut_after_a_full_stop_ends_in_one_mark() -> None:
    """debate37's "Open letter: Refuse the PASTEL permit.…" in who stands where."""
    title = "Open letter: Refuse the PASTEL permit. Signed by 412 academics and others"
    assert short_title(title, 40) == "Open letter: Refuse the PASTEL permit…"


def test_a_transcripts_graph_boxes_name_who_says_each_claim(tmp_path: Path) -> None:
    """debate38's chats and forums: every box of one thread was headed by the thread's title,
    whoever posted the words; now the speaker first."""
    root = tmp_path / "proj"
    Project.init(root, name="clocks")
    page = tmp_path / "clocks.txt"
    page.write_text(TRANSCRIPT, encoding="utf-8")
    project = Project.open(root, annotator="ann")
    project.add_source(page, source_id="clocks")
    project.set_meta("clocks", title="Clocks podcast episode 12: summer time for good?")
    q = ["nato-replacement"]
    sentences = {s.text: s.id for s in project.sources["clocks"].sentences}
    keep = project.annotate(
        "clocks",
        stance="pro-autonomy",
        questions=q,
        sentence=sentences["Keep summer time all year."],
    )
    farm = project.annotate(
        "clocks",
        stance="pro-us-primacy",
        questions=q,
        sentence=sentences["On the farm the change is a nuisance."],
    )
    project.relate(farm.id, "attacks", keep.id)
    dot_text = render(Project.open(root), "dot")
    heads = dict(re.findall(r'"(c[0-9a-f]+)" \[label=<<b>([^<]*)</b>', dot_text))
    assert heads[keep.id].startswith("▲ ARVID · Clocks podcast"), heads
    assert heads[farm.id].startswith("▼ LEENA · Clocks podcast"), heads
    assert all(len(h) <= 36 for h in heads.values()), heads


class _Folds(HTMLParser):
    """Each ``table.voices`` row: its voice and whether its sources cell folds some away."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, bool] = {}
        self._row: str | None = None
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "th" and ("scope", "row") in attrs:
            self._in_head = True
        elif tag == "details" and self._row is not None:
            self.rows[self._row] = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "th":
            self._in_head = False

    def handle_data(self, data: str) -> None:
        if self._in_head:
            self._row = data
            self.rows.setdefault(data, False)


def test_a_voice_quoted_in_many_sources_keeps_its_row_short(tmp_path: Path) -> None:
    """debate36's Halvorsrud, quoted in 6 sources, named them all in the row: 4 lines on a
    desktop, 9 on a phone. Two are named, the rest fold under "and N more"."""
    root = tmp_path / "proj"
    Project.init(root, name="levy")
    project = Project.open(root, annotator="ann")
    for k in range(1, 5):
        page = tmp_path / f"paper{k}.txt"
        page.write_text("The minister said the levy works. Others disagree.\n", encoding="utf-8")
        project.add_source(page, source_id=f"paper{k}")
        project.annotate(
            f"paper{k}",
            stance="pro-autonomy",
            questions=["nato-replacement"],
            sentence="s0001",
            voice="Signe Halvorsrud",
        )
    project.annotate(
        "paper1", stance="hedged", questions=["ukraine"], sentence="s0002", voice="Others"
    )
    page_html = render(Project.open(root), "html")
    folds = _Folds()
    folds.feed(page_html.split('<table class="voices">', 1)[1].split("</table>", 1)[0])
    assert folds.rows == {"Signe Halvorsrud": True, "Others": False}
    assert "and 2 more</summary>" in page_html
