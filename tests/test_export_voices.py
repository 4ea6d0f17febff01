"""Voices in the exports: who says what (a quoted person or body, not the source's writer or
the sentence's speaker) and the "who argues what" table, each read back by its consumer."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_fixtures import HOSTILE, build_project
from render_tools import need

from argmap.export import render
from argmap.export.common import in_quotes
from argmap.export.json_export import export_schema
from argmap.project import Project


@pytest.fixture
def voiced(tmp_path: Path) -> tuple[Project, dict[str, str]]:
    """The export fixture with three of its claims in quoted voices: Jane Doe's (twice) and
    a body's with markup in its name."""
    project, ids = build_project(tmp_path)
    project.update(ids["core"], voice="Jane Doe")
    project.update(ids["shells"], voice="Jane Doe")
    project.update(ids["committed"], voice="Pentagon <officials> & co")
    return Project.open(project.root, annotator="ann"), ids


class _Table(HTMLParser):
    """The rows of the page's ``table.voices``: each a list of its cells' visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._in = False
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table" and ("class", "voices") in attrs:
            self._in = True
        elif self._in and tag == "tr":
            self.rows.append([])
        elif self._in and tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in = False
        elif self._in and tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def voices_table(page: str) -> list[list[str]]:
    table = _Table()
    table.feed(page)
    return table.rows


def test_the_html_report_says_who_argues_what(voiced) -> None:
    project, _ = voiced
    page = render(project, "html")
    rows = voices_table(page)
    head, *body = rows
    labels = [q.label for q in project.codebook.questions]
    assert head == ["Voice", *labels, "Quoted in"]
    by_voice = {row[0]: row for row in body}
    # one row per voice, in the project's spelling, markup shown as text
    assert set(by_voice) == {"Jane Doe", "Pentagon <officials> & co"}
    jane = by_voice["Jane Doe"]
    nato = 1 + labels.index(project.codebook.question("nato-replacement").label)
    # two sentences of Jane Doe's on NATO replacement, both pro-autonomy (▲ in the fixture)
    symbol = next(s.symbol for s in project.codebook.stances if s.id == "pro-autonomy")
    assert jane[nato] == f"{symbol} 2"
    assert jane[-1].startswith("1: Alpha Review")
    pentagon = by_voice["Pentagon <officials> & co"]
    assert pentagon[-1].startswith("1: Beta | Journal")
    # along the scale: the autonomy side's voice before the US side's (fixture's order)
    assert [row[0] for row in body] == ["Jane Doe", "Pentagon <officials> & co"]
    assert '<a href="#voices">Voices</a>' in page
    # each voiced claim: the voice's name before its words, escaped
    assert re.search(r'<span class="voice"[^>]*>Jane Doe:</span> <span class="quote">', page)
    assert "Pentagon &lt;officials&gt; &amp; co:</span>" in page


def test_a_report_without_voices_has_no_voices_section(tmp_path: Path) -> None:
    project, _ = build_project(tmp_path)
    page = render(project, "html")
    assert voices_table(page) == []
    assert 'id="voices"' not in page and "#voices" not in page
    assert "## Who argues what" not in render(project, "markdown")
    assert "voices" not in json.loads(render(project, "json"))


def test_markdown_has_the_voices_table_and_the_voice_before_its_words(voiced) -> None:
    project, ids = voiced
    text = render(project, "markdown")
    section = text.split("## Who argues what", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    assert rows[0].startswith("| Voice |") and rows[0].endswith("| Quoted in |")
    voices = [r.split(" | ")[0] for r in rows[2:]]
    assert voices == ["| Jane Doe", r"| Pentagon \<officials\> \& co"]
    core = next(line for line in text.splitlines() if f"`{ids['core']}`" in line and "“" in line)
    assert "**Jane Doe**: “Europe needs a defence core" in core


def test_json_carries_each_claims_voice_and_the_voices_matrix(voiced) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    project, ids = voiced
    data = json.loads(render(project, "json"))
    jsonschema.Draft202012Validator(export_schema()).validate(data)
    by_id = {c["id"]: c for c in data["claims"]}
    assert by_id[ids["shells"]]["voice"] == "Jane Doe"
    assert "voice" not in by_id[ids["guarantee"]]  # the writer's own
    assert data["voices"]["voices"] == ["Jane Doe", "Pentagon <officials> & co"]
    cell = next(
        c
        for c in data["voices"]["cells"]
        if c["voice"] == "Jane Doe" and c["question"] == "nato-replacement"
    )
    assert cell["sentences"] == 2 and cell["dominant"] == "pro-autonomy"
    assert data["voices"]["sources"]["Jane Doe"] == ["alpha"]


def test_aif_makes_each_voice_a_participant_ova3_finds(voiced) -> None:
    from test_export_aif import check_aif, ova_speaker

    project, ids = voiced
    graph = json.loads(render(project, "aif"))
    assert check_aif(graph) == []
    nodes = {n["nodeID"]: n for n in graph["nodes"]}
    people = {p["participantID"]: p for p in graph["participants"]}
    meta = graph["argmap"]["nodes"]
    said_by: dict[str, str] = {}
    for loc in graph["locutions"]:
        text = nodes[loc["nodeID"]]["text"]
        assert ova_speaker(text, graph["participants"]) == loc["personID"], text
        claim = next(m["claim"] for m in meta.values() if m["locution"] == loc["nodeID"])
        said_by[claim] = people[loc["personID"]]["firstname"]
    # one participant for Jane Doe across her claims, the writers' own claims the sources'
    assert said_by[ids["core"]] == said_by[ids["shells"]] == "Jane_Doe"
    assert said_by[ids["committed"]] == "Pentagon_<officials>_&_co"
    assert said_by[ids["guarantee"]] == "Alpha_Review"
    voice = {m["claim"]: m.get("voice") for m in meta.values()}
    assert voice[ids["core"]] == "Jane Doe" and voice[ids["guarantee"]] is None
    assert set(graph["argmap"]["voices"]) == {"Jane Doe", "Pentagon <officials> & co"}
    assert len(graph["participants"]) == 2 + 2


def test_graphviz_sets_the_voice_in_bold_before_its_words(voiced, tmp_path: Path) -> None:
    project, ids = voiced
    dot_text = render(project, "dot")
    core = next(
        line for line in dot_text.splitlines() if line.lstrip().startswith(f'"{ids["core"]}"')
    )
    assert '<br align="left"/><b>Jane Doe:</b> Europe needs' in core
    shells = next(
        line for line in dot_text.splitlines() if line.lstrip().startswith(f'"{ids["shells"]}"')
    )
    assert "<b>evidence from Jane Doe:</b>" in shells
    dot = need("dot")
    path = tmp_path / "voices.dot"
    path.write_text(dot_text, encoding="utf-8")
    done = subprocess.run([dot, "-Tsvg", "-O", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    drawn = (tmp_path / "voices.dot.svg").read_text(encoding="utf-8")
    assert re.search(r'font-weight="bold"[^>]*>Jane Doe:</text>', drawn)


def test_csv_and_graphml_carry_each_claims_voice(voiced) -> None:
    project, ids = voiced
    rows = list(csv.DictReader(io.StringIO(render(project, "csv"))))
    voice = {r["id"]: r["voice"] for r in rows}
    assert voice[ids["core"]] == "Jane Doe" and voice[ids["guarantee"]] == ""
    assert list(rows[0])[-1] == "voice"  # last: the older columns keep their places
    nx = pytest.importorskip("networkx")
    graph = nx.read_graphml(io.StringIO(render(project, "graphml")))
    assert graph.nodes[ids["committed"]]["voice"] == "Pentagon <officials> & co"


def test_the_reports_compare_table_quotes_a_voiced_claim_under_its_voice(voiced) -> None:
    """The page's "Compare two sources" lists each source's quotes per question from the
    page's data: a voiced claim carries its voice, which the script writes before it."""
    project, ids = voiced
    page = render(project, "html")
    data = json.loads(page.split('id="argmap-data">', 1)[1].split("</script>", 1)[0])
    listed = {row[3]: row for row in data["claims"]["alpha"]["nato-replacement"]}
    assert listed[ids["core"]][4:] == ["Jane Doe"]
    assert listed[ids["guarantee"]][4:] == []  # the writer's own: four fields, as before
    assert '(c[4] ? c[4] + ": " : "")' in page


def test_the_compare_table_quotes_as_the_page_does(tmp_path: Path) -> None:
    """debate36's news quotes speech: the compare table read “"Our members will …," he
    said.” where the claims above read “‘Our members will …,’ he said.”."""
    project, ids = build_project(tmp_path)
    page = render(project, "html")
    data = json.loads(page.split('id="argmap-data">', 1)[1].split("</script>", 1)[0])
    listed = {row[3]: row[1] for q in data["claims"]["beta"].values() for row in q}
    hostile = listed[ids["hostile"]]
    assert hostile == in_quotes(HOSTILE) and hostile.startswith("“") and '"x"' not in hostile
    assert html.escape(hostile) in page  # the same words in the claims above
