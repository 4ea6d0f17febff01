"""Reports for readers who never open a terminal, on a debate the size of bench/debate22
(15 sources with long titles, 4 stances) and debate23 (long stance labels, two greens):
every stance told apart, colour-blind readers included; the heat map's rows named and its
legend whole; the HTML report short enough to scan, its heat map readable on a phone."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from render_tools import CHROMIUM_FLAGS, need

from argmap.export import render
from argmap.export.colours import VISIONS, ciede2000, difference, distinct, least_difference
from argmap.export.svg import text_w
from argmap.model import Codebook, Question, Stance
from argmap.project import Project

SVG = "{http://www.w3.org/2000/svg}"

# debate23's stances: the labels and colours its analyst chose (two greens, red, amber)
STANCES = [
    ("cap-numbers", "A national cap on international students", "▼", "#3fa34d", 1),
    ("manage-locally", "No national cap, but conditions on each university", "◐", "#6a8f3a", 0),
    ("keep-open", "No cap: keep admissions open", "▲", "#d9534f", -1),
    ("undetermined", "No verdict", "◌", "#e0a526", 0),
]
TITLES = [
    "Everyone in Velstad has decided what our valley proves (thread and replies)",
    "I was wrong about a basic income (thread and replies)",
    "Velstad Housing Federation: response to the Citizen's Dividend consultation",
    "Council motion 27/41: Work Guarantee for Velstad: speech notes",
    "Threshold No. 48: Help that arrives, not help for everyone",
]


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """Five sources with long titles and bylines, debate23's stances, and 16 claims on the
    first question (more than a report shows unfolded)."""
    tmp = tmp_path_factory.mktemp("big")
    codebook = Codebook(
        name="Caps",
        stances=tuple(
            Stance(id=i, label=label, symbol=sym, color=col, axis=axis)
            for i, label, sym, col, axis in STANCES
        ),
        questions=(
            Question(id="housing", label="Housing and rents", text="What caps do to rents?"),
            Question(id="finance", label="Universities' finances", text="Who pays?"),
        ),
    )
    Project.init(
        tmp / "proj", name="Should Caldrenne cap its international students?", codebook=codebook
    )
    project = Project.open(tmp / "proj", annotator="ann")
    sentences = " ".join(f"Point number {n} is made here about rents." for n in range(1, 5))
    for k, title in enumerate(TITLES):
        path = tmp / f"s{k}.txt"
        path.write_text(f"{title}\n\n{sentences}\n", encoding="utf-8")
        project.add_source(path, source_id=f"s{k}")
        project.set_meta(f"s{k}", author=f"Author Number{k}", outlet=f"Outlet {k}")
    stance_ids = [s[0] for s in STANCES]
    n = 0
    for k in range(len(TITLES)):
        for sentence in ("s0002", "s0003", "s0004", "s0005")[: 4 if k < 4 else 0]:
            project.annotate(
                f"s{k}", sentence=sentence, stance=stance_ids[n % 4], questions=["housing"]
            )
            n += 1
    project.annotate("s4", sentence="s0002", stance="keep-open", questions=["finance"])
    return project


def test_ciede2000_matches_the_published_test_data() -> None:
    """Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17 and 34."""
    pairs = [
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
    ]
    for a, b, expected in pairs:
        assert ciede2000(a, b) == pytest.approx(expected, abs=1e-4)


def test_the_default_for_and_against_colours_differ_for_colour_blind_readers(
    big: Project,
) -> None:
    """Every bench codebook (and the shipped ones until session 16) draws "for" #3fa34d and
    "against" #d9534f: to a deuteranope they differ by 1.4 (CIEDE2000), the same colour. The heat map's legend
    draws debate23's four stances at least 9 apart in every vision (measured 9.2; 13.6 when
    colours could also be drawn lighter, which left the amber at under 2:1 on the page)."""
    assert difference("#3fa34d", "#d9534f", "deuteranopia") < 2
    root = ET.fromstring(render(big, "svg"))
    chips = [
        r.get("stroke")
        for r in root.iter(f"{SVG}rect")
        if r.get("width") == "26" and r.get("stroke")
    ]
    assert len(chips) == 4
    assert least_difference(chips)[0] >= 9
    assert min(difference(chips[0], chips[2], v) for v in VISIONS) >= 9  # for / against
    # the hue stays: green is still green, red still red
    assert chips[0][3:5] > chips[0][1:3] and chips[2][1:3] > chips[2][3:5]
    # the data keeps the codebook's colours as chosen
    data = json.loads(render(big, "json"))
    assert [s["color"] for s in data["codebook"]["stances"]] == [s[3] for s in STANCES]


def test_many_stances_are_spread_as_well_without_trying_every_combination() -> None:
    """Past 5 stances the colours move one at a time (7**12 combinations would take hours)."""
    import time

    chosen = ["#3fa34d", "#6a8f3a", "#d9534f", "#e0a526", "#1f77b4", "#9467bd"]
    chosen += ["#17becf", "#8c564b", "#7f7f7f", "#c2185b", "#ff7f0e", "#e6c619"]
    start = time.perf_counter()
    drawn = distinct(chosen)
    assert time.perf_counter() - start < 5
    assert least_difference(drawn)[0] > 3 * least_difference(chosen)[0]  # measured 1.4 -> 5.5


def test_colours_far_enough_apart_are_kept() -> None:
    chosen = ["#1f77b4", "#e69f00", "#000000"]  # blue, orange, black
    assert least_difference(chosen)[0] >= 15
    assert distinct(chosen) == chosen


def test_the_heat_map_names_its_rows_and_keeps_its_legend_inside(big: Project) -> None:
    """debate23's legend ran off the picture ("No verdic"); rows showed 44 characters of
    a title and nothing of who wrote it."""
    root = ET.fromstring(render(big, "svg"))
    width = float(root.get("width"))
    texts = list(root.iter(f"{SVG}text"))
    for t in texts:
        words = "".join(t.itertext()).split("\n")[0]
        if t.get("text-anchor") in (None, "start"):
            size = float(t.get("font-size") or 12)
            assert float(t.get("x")) + text_w(words, size) <= width, words
    shown = ["".join(t.itertext()) for t in texts]
    assert any(s.startswith("No verdict") for s in shown)
    assert any(s.startswith("Author Number0 · Outlet 0") for s in shown)  # under its title
    # the picture's title whole when it fits the width
    assert any(s == "Should Caldrenne cap its international students? — positions" for s in shown)


def test_a_long_question_is_folded_and_the_search_and_printing_unfold_it(
    big: Project, tmp_path: Path
) -> None:
    """debate22's report was 69,586 px tall at 1,280 px wide (every claim and graph of every
    question open); a question with more than 12 claims now shows its positions and folds
    its claims and graphs (measured 11,243 px)."""
    page = render(big, "html")
    housing = page[page.index('id="q-housing"') : page.index('id="q-finance"')]
    finance = page[page.index('id="q-finance"') :]
    assert '<details class="fold"><summary>Claims and evidence (16)' in housing
    assert '<details class="fold" open><summary>Claims and evidence (1)' in finance
    browser = need("chromium")
    probe = (
        "<script>window.addEventListener('load',function(){"
        "var before=Array.from(document.querySelectorAll('details.fold')).map(function(d)"
        "{return d.open});window.dispatchEvent(new Event('beforeprint'));"
        "var printed=Array.from(document.querySelectorAll('details.fold')).map(function(d)"
        "{return d.open});window.dispatchEvent(new Event('afterprint'));"
        "var heat=document.querySelector('svg.heatmap').getBoundingClientRect().width;"
        "var pre=document.createElement('pre');pre.id='probe';pre.textContent="
        "JSON.stringify([before,printed,heat,Number(document.querySelector('svg.heatmap')"
        ".getAttribute('width'))]);document.body.appendChild(pre);});</script></body>"
    )
    path = tmp_path / "report.html"
    path.write_text(page.replace("</body>", probe), encoding="utf-8")

    def probed(width: int, fragment: str = "") -> list:
        done = subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--window-size={width},1200",
                "--virtual-time-budget=3000",
                "--dump-dom",
                path.resolve().as_uri() + fragment,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(re.search(r'<pre id="probe">(.*?)</pre>', done.stdout).group(1))

    before, printed, shown, natural = probed(390)
    assert before == [False, True] and printed == [True, True]  # housing, finance
    # on a phone the heat map scrolls at 80% of its size or more (its labels narrower, it
    # may fit); shrunk to 342 px its text was 3 px
    assert shown >= 0.8 * natural - 1
    before, _, shown, natural = probed(1280, "#search=point%20number%203")
    assert before[0] is True  # the search found claims in the folded list
    assert shown == pytest.approx(natural, abs=1)  # room enough: its own size


def test_the_markdown_table_writes_long_stance_labels_once(big: Project) -> None:
    """debate22's positions table repeated "Work first: fund jobs, not income" in every
    cell: 7 questions made every row 4 lines tall on GitHub. Long labels are said once,
    above the table; the cells hold the symbol and the counts."""
    text = render(big, "markdown")
    table = [line for line in text.splitlines() if line.startswith("| ")]
    assert table[2].split(" | ")[1] == "▼± (1/1/1/1)"  # s0 on housing: one claim each
    assert "(▼ A national cap on international students, ◐ No national cap" in text
    assert not any("No cap: keep admissions open" in row for row in table)


def test_a_question_says_who_stands_where_stance_by_stance(big: Project) -> None:
    """debate22's 15 sources were 15 chips in source order per question; a reader looking
    for who argues what had to read every chip. Now one line per stance names its sources."""
    page = render(big, "html")
    housing = page[page.index('id="q-housing"') : page.index('id="q-finance"')]
    block = re.search(r'<div class="positions by-stance">(.*?)</div></div>', housing).group(1)
    lines = block.split("</div><div>")
    assert len(lines) == 1  # every source's position on housing is ▼ (a tie, mixed)
    assert "<b>A national cap on international students</b> (4): " in lines[0]
    assert re.findall(r'data-source="(s\d)"', lines[0]) == ["s0", "s1", "s2", "s3"]
    finance = page[page.index('id="q-finance"') :]
    assert "<b>No cap: keep admissions open</b> (1): " in finance


def test_a_long_line_of_sources_folds_the_rest(
    big: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bench's 1,000-source report named up to 1,000 sources on a stance's line (307,027
    characters in 9 lines; 269 printed pages in all): past WHO_UP_TO the rest is folded."""
    from argmap.export import html

    monkeypatch.setattr(html, "WHO_UP_TO", 2)
    page = render(big, "html")
    housing = page[page.index('id="q-housing"') : page.index('id="q-finance"')]
    line = re.search(r"\(4\): (.*?)</div>", housing).group(1)
    shown, folded = line.split('<details class="fold more">')
    assert re.findall(r'data-source="(s\d)"', shown) == ["s0", "s1"]
    assert folded.startswith("<summary>and 2 more</summary>")
    assert re.findall(r'data-source="(s\d)"', folded) == ["s2", "s3"]


@pytest.mark.parametrize(("reasons", "direction"), [(4, "BT"), (6, "RL")])
def test_a_wide_mermaid_diagram_is_drawn_sideways(
    tmp_path: Path, annotator: str, reasons: int, direction: str
) -> None:
    """debate22's widest diagram (11 reasons in a row under two claims) was 2,800 px wide
    drawn upwards: GitHub scales it to its column, text 4 px high. Five or more reasons side
    by side are drawn to the right of what they support, as the HTML report's graphs are."""
    from conftest import make_project

    text = " ".join(f"Reason number {n} holds for Europe." for n in range(1, 9))
    project = make_project(tmp_path, {"alpha": text})
    top = project.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    for k in range(2, 2 + reasons):
        c = project.annotate(
            "alpha", sentence=f"s{k:04d}", stance="pro-autonomy", questions=["ukraine"]
        )
        project.relate(c.id, "supports", top.id)
    diagrams = re.findall(r"```mermaid\n(.*?)```", render(project, "markdown"), re.S)
    assert len(diagrams) == 1 and f"\nflowchart {direction}\n" in diagrams[0]


def test_the_report_fits_a_phone_without_sideways_scrolling(big: Project, tmp_path: Path) -> None:
    """At 390 px (a phone) debate23's page was 450 px wide: the comparison's three columns
    and the source pickers ran off the screen, and the sticky header (a title of four lines
    and the search) kept 200 px of the screen. The columns now stack under their titles;
    only the heat map scrolls sideways, in its own box; the header scrolls away."""
    browser = need("chromium")
    (tmp_path / "report.html").write_text(render(big, "html"), encoding="utf-8")
    (tmp_path / "phone.html").write_text(
        '<!doctype html><html><body style="margin:0"><iframe id="f" src="report.html" '
        'style="width:390px;height:800px;border:0"></iframe><script>'
        "window.addEventListener('load',function(){var d=document.getElementById('f')"
        ".contentDocument;var pre=document.createElement('pre');pre.id='probe';"
        "pre.textContent=JSON.stringify([d.defaultView.innerWidth,"
        "d.documentElement.scrollWidth,d.querySelectorAll('#cmp-body td').length,"
        "(d.defaultView.scrollTo(0,3000),d.querySelector('header').getBoundingClientRect()"
        ".bottom)]);"
        "document.body.appendChild(pre);});</script></body></html>",
        encoding="utf-8",
    )
    done = subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            "--allow-file-access-from-files",
            "--window-size=800,1000",
            "--virtual-time-budget=3000",
            "--dump-dom",
            (tmp_path / "phone.html").resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    inner, scrolled, compared, header = json.loads(
        re.search(r'<pre id="probe">(.*?)</pre>', done.stdout).group(1)
    )
    assert inner == 390 and compared > 0  # the comparison was built
    assert scrolled <= inner
    # scrolled down, the title and search no longer cover a third of the screen
    assert header <= 0


def test_the_markdown_says_who_stands_where_stance_by_stance(big: Project) -> None:
    """The Markdown's positions line listed every source in source order, each with its
    symbol; now a line per stance names its sources, as the HTML report does."""
    text = render(big, "markdown", detail="summary")
    housing = text[text.index("### Housing and rents") : text.index("### Universities")]
    assert (
        "- ▼ **A national cap on international students** (4): Everyone in Velstad has "
        "decided what… ± · I was wrong about a basic income… ± · Velstad Housing "
        "Federation: response… ± · Council motion 27/41: Work Guarantee… ±"
    ) in housing
    assert "**No cap: keep admissions open** (1): Threshold No. 48: Help that arrives,…" in text


def _one_claim_with_reasons(tmp_path: Path, reasons: int = 11) -> Project:
    """One claim with ``reasons`` reasons; eleven as debate22's widest picture (2,811 px
    drawn upwards)."""
    from conftest import make_project

    text = " ".join(f"Reason number {n} holds for Europe, says the expert." for n in range(1, 13))
    project = make_project(tmp_path, {"alpha": text})
    top = project.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    for k in range(2, 2 + reasons):
        c = project.annotate(
            "alpha", sentence=f"s{k:04d}", stance="pro-autonomy", questions=["ukraine"]
        )
        project.relate(c.id, "supports", top.id)
    return project


def test_a_wide_dot_picture_is_drawn_sideways_and_fits_a_screen(
    tmp_path: Path, annotator: str
) -> None:
    """`dot -Tpng -O map.dot` on debate22 gave a picture 2,811 px wide (text 11 pt, a reader
    scrolls sideways or shrinks it): the DOT export now uses the HTML report's rule."""
    dot = need("dot")
    path = tmp_path / "map.dot"
    path.write_text(render(_one_claim_with_reasons(tmp_path), "dot"), encoding="utf-8")
    assert "rankdir=RL" in path.read_text(encoding="utf-8")
    subprocess.run([dot, "-Tpng", "-O", str(path)], check=True, capture_output=True)
    head = (tmp_path / "map.dot.png").read_bytes()[16:24]
    width, height = int.from_bytes(head[:4], "big"), int.from_bytes(head[4:], "big")
    assert width < 1400 and height > width / 2


def test_without_graphviz_the_dot_export_estimates_the_width(
    tmp_path: Path, annotator: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exported on a machine without Graphviz, the wide picture is still drawn sideways and
    a narrow one upwards."""
    from argmap.export import dot

    monkeypatch.setattr(dot.shutil, "which", lambda _name: None)
    assert "rankdir=RL" in render(_one_claim_with_reasons(tmp_path / "wide"), "dot")
    assert "rankdir=BT" in render(_one_claim_with_reasons(tmp_path / "narrow", 3), "dot")


def test_printed_the_report_drops_what_paper_cannot_use(big: Project, tmp_path: Path) -> None:
    """Printed, debate22's report began with a search box and a row of links, and gave four
    pages to a comparison of whichever two sources its pickers showed first. The print style
    (applied here on screen) hides them and keeps the title, the positions and the sources."""
    browser = need("chromium")
    page = render(big, "html")
    assert page.count("@media print") == 1
    probe = (
        "<script>window.addEventListener('load',function(){var shown={};"
        "['h1','#search','#hits','header nav','#positions','#questions','#compare','#sources']"
        ".forEach(function(s){var e=document.querySelector(s);"
        "shown[s]=getComputedStyle(e).display!=='none'&&e.getBoundingClientRect().height>0;});"
        "shown.link=getComputedStyle(document.querySelector('#questions a')).color;"
        "shown.body=getComputedStyle(document.body).color;"
        "var pre=document.createElement('pre');pre.id='probe';pre.textContent="
        "JSON.stringify(shown);document.body.appendChild(pre);});</script></body>"
    )
    path = tmp_path / "printed.html"
    path.write_text(
        page.replace("@media print", "@media all").replace("</body>", probe), encoding="utf-8"
    )
    done = subprocess.run(
        [browser, *CHROMIUM_FLAGS, "--window-size=800,1200", "--dump-dom", path.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    shown = json.loads(re.search(r'<pre id="probe">(.*?)</pre>', done.stdout).group(1))
    assert shown.pop("link") == shown.pop("body")  # the table of contents reads as text
    assert shown == {
        "h1": True,
        "#search": False,
        "#hits": False,
        "header nav": False,
        "#positions": True,
        "#questions": True,
        "#compare": False,
        "#sources": True,
    }
