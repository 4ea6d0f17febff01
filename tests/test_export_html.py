"""The HTML report: self-contained, escaped, and working in a real headless browser."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from export_fixtures import HOSTILE, build_project
from render_tools import CHROMIUM_FLAGS, need, png_size, screenshot

from argmap.export import render
from argmap.export.common import in_quotes
from argmap.project import Project


@pytest.fixture
def built(tmp_path: Path) -> tuple[Project, dict[str, str]]:
    return build_project(tmp_path)


class _Tags(HTMLParser):
    """Collects start tags with their attributes, and the page's visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


def test_report_is_self_contained_and_escaped(built) -> None:
    project, ids = built
    page = render(project, "html")
    tags = parse(page)
    names = [t for t, _ in tags.tags]
    # nothing is fetched: no external script, stylesheet, image or font
    assert not [
        a
        for t, a in tags.tags
        if t in ("script", "img", "link") and (a.get("src") or a.get("href"))
    ]
    stripped = re.sub(r'xmlns(:\w+)?="[^"]*"', "", page)  # namespace names are not fetched
    assert "http://" not in stripped.replace("http://x.org", "")
    assert names.count("script") == 2 and "style" in names
    # hostile text is text: exactly one <script> of ours runs, no <b> from a title
    text = "".join(tags.text)
    assert in_quotes(HOSTILE) in text and "Beta | Journal <b>bold</b>" in text
    assert ("b", {}) not in [(t, a) for t, a in tags.tags if t == "b" and "bold" in str(a)]
    data = re.search(r'<script type="application/json" id="argmap-data">(.*?)</script>', page, re.S)
    assert data and "<" not in data.group(1)
    # sections: heat map, one per question, compare, sources; claims with their ids
    ids_ = {a.get("id") for _, a in tags.tags}
    assert {"positions", "questions", "compare", "sources", "search"} <= ids_
    assert {f"q-{q.id}" for q in project.codebook.questions} <= ids_
    assert (
        f"{ids['guarantee']}-nato-replacement" in ids_
        and f"{ids['guarantee']}-us-guarantee" in ids_
    )
    assert page.count('class="heatmap"') == 1
    assert page.count('class="argument-graph"') == 2  # NATO replacement, US guarantee
    assert "A position is the <b>dominant</b> stance" in page and "a tie goes to" in page


def _dom(page: Path, fragment: str = "") -> str:
    browser = need("chromium")
    done = subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            "--virtual-time-budget=3000",
            "--dump-dom",
            page.resolve().as_uri() + fragment,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_report_scripts_run_in_a_real_browser(built, tmp_path: Path) -> None:
    """Chromium runs the page: the comparison table is built, the search filters claims."""
    project, ids = built
    page = tmp_path / "report.html"
    page.write_text(render(project, "html"), encoding="utf-8")
    dom = _dom(page)
    body = re.search(r'<tbody id="cmp-body">(.*?)</tbody>', dom, re.S).group(1)
    rows = re.findall(r"<tr><th>(.*?)</th>", body)
    # alpha vs beta: the questions where either has claims, in codebook order
    assert rows == ["NATO replacement", "US guarantee", "Defence industry"]
    assert 'class="differ"' in body and "Washington remains committed" in body
    dom = _dom(page, "#search=washington%20committed")
    assert re.search(r'id="hits">\s*1 of 7 claims match', dom)
    visible = re.findall(r'<li class="claim(?: evidence)?" id="(c\w+)-([\w-]+)"', dom)
    assert {cid for cid, _ in visible} == {ids["committed"]}
    hidden = re.findall(r'<li class="claim[^"]*hidden" id="(c\w+)-', dom)
    assert ids["core"] in hidden


def test_report_screenshot_shows_the_page(built, tmp_path: Path) -> None:
    project, _ = built
    page = tmp_path / "report.html"
    page.write_text(render(project, "html"), encoding="utf-8")
    png = screenshot(page, tmp_path / "report.png", 1200, 1600)
    assert png_size(png) == (1200, 1600)
    assert png.stat().st_size > 60_000  # heat map, chips and text: not a blank page


def test_graphs_are_drawn_by_graphviz_or_by_argmap(built) -> None:
    """With ``dot`` the graphs are Graphviz's SVG; without it argmap's own layout."""
    from argmap.export.common import select
    from argmap.export.html import to_html

    need("dot")
    project, ids = built
    sel = select(project)
    by_dot = to_html(sel)
    own = to_html(sel, graphviz=False)
    for page in (by_dot, own):
        assert page.count('class="argument-graph"') == 2
        assert (
            page.count(f'data-claim="{ids["core"]}"') + page.count(">▲ Alpha Review · s0002<") >= 1
        )
    assert 'class="graph"' in by_dot and 'class="graph"' not in own
    page_ids = re.findall(r'\bid="([^"]+)"', by_dot)
    assert len(page_ids) == len(set(page_ids))  # several pictures on one page: ids unique


_MEASURE = """<script>
window.addEventListener("load", function () {
  var out = [];
  document.querySelectorAll("svg.argument-graph").forEach(function (svg) {
    out.push([svg.getAttribute("data-part"), svg.getBoundingClientRect().width,
              svg.parentElement.clientWidth, svg.width.baseVal.value]);
  });
  var pre = document.createElement("pre");
  pre.id = "measured";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script></body>"""


def test_wide_argument_graphs_fit_the_page_debate2(tmp_path: Path) -> None:
    """bench/debate2's widest graph (13 claims around the op-ed's thesis, 2,272 px drawn
    upwards) was cut at the page's right edge: it is drawn sideways, at full size, and
    every graph fits the page at 1,400 and at 800 px (scaled down there)."""
    import json
    import shutil

    from conftest import REPO

    need("dot")
    browser = need("chromium")
    root = tmp_path / "debate2"
    shutil.copytree(
        REPO / "bench" / "debate2", root, ignore=shutil.ignore_patterns(".argmap-cache", "raw")
    )
    page = tmp_path / "report.html"
    page.write_text(
        render(Project.open(root), "html").replace("</body>", _MEASURE), encoding="utf-8"
    )
    for width in (1400, 800):
        done = subprocess.run(
            [
                browser,
                *CHROMIUM_FLAGS,
                f"--window-size={width},2000",
                "--virtual-time-budget=3000",
                "--dump-dom",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        measured = json.loads(re.search(r'<pre id="measured">(.*?)</pre>', done.stdout).group(1))
        assert len(measured) > 12  # small groups share pictures (test_export_graph_parts)
        cut = [(part, shown, room) for part, shown, room, _ in measured if shown > room + 1]
        assert cut == [], f"graphs wider than the page at {width} px"
        if width == 1400:
            (shown, natural) = next((s, n) for p, s, _, n in measured if p == "affordability-1")
            assert shown == pytest.approx(natural, abs=1)  # full size: not shrunk to fit
