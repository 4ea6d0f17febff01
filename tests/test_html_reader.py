"""The HTML report as a reader meets it: emoji their fonts cannot draw, and a printed search."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import make_project
from render_tools import CHROMIUM_FLAGS, need

from argmap.export import render
from argmap.export.html import emoji_names
from argmap.project import Project

TEXT = (
    "Students love the new rule \u2705 and say so loudly. "
    "The dean laughed \U0001f602 at the question. "
    "Staff from \U0001f1eb\U0001f1f7 were \U0001f469\u200d\U0001f4bb all week. "
    "Nobody asked the porters what they thought."
)


@pytest.fixture
def emoji_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    project = make_project(tmp_path, {"alpha": TEXT})
    for n in range(1, 5):
        project.annotate(
            "alpha",
            sentence=f"s{n:04d}",
            stance="pro-autonomy" if n % 2 else "pro-us-primacy",
            questions=["ukraine"],
        )
    return project


def test_emoji_are_named_for_the_page() -> None:
    assert emoji_names("ok \u2705, \U0001f44d\U0001f3fd, \U0001f1eb\U0001f1f7 \u25b2") == {
        "\u2705": "[white heavy check mark]",
        "\U0001f44d\U0001f3fd": "[thumbs up sign]",  # the skin tone is not a word of its own
        "\U0001f1eb\U0001f1f7": "[flag FR]",
    }  # a stance symbol (geometric shape) is not an emoji


def _probe(page: str, path: Path, script: str, fragment: str = "", width: int = 800) -> dict:
    """Load ``page`` in chromium and return what ``script`` (a function body returning a
    JSON-able value, run on load) found."""
    browser = need("chromium")
    probe = (
        "<script>window.addEventListener('load',function(){var pre=document.createElement"
        f"('pre');pre.id='probe';pre.textContent=JSON.stringify((function(){{{script}}})());"
        "document.body.appendChild(pre);});</script></body>"
    )
    path.write_text(page.replace("</body>", probe), encoding="utf-8")
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
    found = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
    assert found, done.stdout[-2000:]
    return json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<"))


def test_an_emoji_no_font_can_draw_reads_as_its_name(
    emoji_project: Project, tmp_path: Path
) -> None:
    """debate22's report printed an emoji as an empty box (the machine had no font for it);
    the page now compares each emoji's pixels with those of a character no font has, and
    writes the ones that would be boxes as their names. One a font draws stays itself."""
    page = render(emoji_project, "html")
    found = _probe(
        page,
        tmp_path / "report.html",
        "function px(s){var c=document.createElement('canvas');c.width=96;c.height=48;"
        "var g=c.getContext('2d');g.font='32px '+getComputedStyle(document.body).fontFamily;"
        "g.fillText(s,4,36);return c.toDataURL();}"
        "var box=px('\\u{10FFFD}');"
        "return {quotes:Array.from(document.querySelectorAll('#questions .quote'))"
        ".map(function(e){return e.textContent;}),"
        "check:px('\\u2705')===box, laugh:px('\\u{1F602}')===box,"
        "compare:document.getElementById('cmp-body').textContent};",
    )
    quotes = " ".join(found["quotes"])
    # what this machine's fonts draw is measured independently of the page's own check
    if found["check"]:
        assert "[white heavy check mark]" in quotes and "\u2705" not in quotes
        assert "[white heavy check mark]" in found["compare"]  # the table the script builds
    else:
        assert "\u2705" in quotes
    if found["laugh"]:
        assert "[face with tears of joy]" in quotes
    else:
        assert "\U0001f602" in quotes and "[face with tears of joy]" not in quotes
    assert "Nobody asked the porters" in quotes  # the rest of the text as it was
    assert "\u2705" in page  # the exported file keeps the emoji: only the browser spells them


def test_a_report_printed_after_a_search_says_it_is_filtered(
    emoji_project: Project, tmp_path: Path
) -> None:
    """A search typed before printing printed only the matching claims, with nothing on the
    paper to say so (the hit count is hidden in print). A printed line now names the search,
    what is shown and how to print all; without a search nothing is added."""
    page = render(emoji_project, "html").replace("@media print", "@media all")
    script = (
        "var e=document.getElementById('filtered');"
        "return {shown:getComputedStyle(e).display!=='none'&&e.getBoundingClientRect().height>0,"
        "text:e.textContent};"
    )
    path = tmp_path / "printed.html"
    searched = _probe(page, path, script, "#search=porters")
    assert searched["shown"]
    assert searched["text"] == (
        "Printed with the search \u201cporters\u201d: 1 of 4 claims shown, and only the "
        "questions and sources with a match. Clear the search box to print the whole report."
    )
    assert _probe(page, path, script) == {"shown": False, "text": ""}


def test_a_large_report_prints_its_folded_questions_folded(
    emoji_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Printing bench's 1,000-source report (22,327 claims) opened every folded question
    and did not finish in 500 s: above PRINT_ALL_UP_TO claims the page prints as shown,
    and a line on the paper says so and how to print a question's claims."""
    from argmap.export import html

    monkeypatch.setattr(html, "OPEN_UP_TO", 2)  # the question's 4 claims are folded
    script = (
        "window.dispatchEvent(new Event('beforeprint'));"
        "var e=document.getElementById('print-folded');"
        "return {open:Array.from(document.querySelectorAll('details.fold'))"
        ".map(function(d){return d.open;}),"
        "line:e?(getComputedStyle(e).display!=='none'?e.textContent:'hidden'):null};"
    )
    path = tmp_path / "printed.html"
    page = render(emoji_project, "html").replace("@media print", "@media all")
    assert _probe(page, path, script) == {"open": [True], "line": None}
    monkeypatch.setattr(html, "PRINT_ALL_UP_TO", 3)
    page = render(emoji_project, "html").replace("@media print", "@media all")
    found = _probe(page, path, script)
    assert found["open"] == [False]
    assert found["line"].startswith("This report has 4 claims: printed with every question's")
    assert "Open a question's claims, or search, before printing" in found["line"]
    assert _probe(page, path, script, "#search=porters")["open"] == [True]


def test_on_a_phone_the_heat_maps_row_labels_stay_in_view_as_it_scrolls(
    emoji_project: Project, tmp_path: Path
) -> None:
    """At 390 px the heat map scrolls sideways (debate28's: one question of seven in
    view), and its row labels scrolled away with the grid: the reader saw cells without
    knowing whose. The labels now stay at the left edge, over the grid sliding under them."""
    script = (
        "var svg=document.querySelector('.scroll > svg.heatmap'),f=svg.parentNode;"
        "var label=Array.from(svg.querySelectorAll('g.pin g.row.label text'))"
        ".filter(function(t){return t.getClientRects().length;})[0];"
        "var cell=svg.querySelector('g.row g.cell rect');"
        "var before=[label.getBoundingClientRect().left,cell.getBoundingClientRect().left];"
        "f.scrollLeft=200;f.dispatchEvent(new Event('scroll'));"
        "var after=[label.getBoundingClientRect().left,cell.getBoundingClientRect().left];"
        "return {scrolls:f.scrollWidth>f.clientWidth,label:after[0]-before[0],"
        "cell:after[1]-before[1]};"
    )
    page = render(emoji_project, "html")
    found = _probe(page, tmp_path / "phone.html", script, width=390)
    assert found["scrolls"]
    assert abs(found["label"]) < 1  # the label did not move
    assert found["cell"] < -150  # the grid did


LONG_TITLES = {
    "council": "Aviation Capacity Review: the City Council's response on the three options",
    "forum": "Runway 2 or Oldbridge? megathread for the Aviation Capacity Review",
}


def test_on_a_phone_the_heat_maps_row_labels_leave_room_for_the_grid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """debate30's row labels (title, and author and outlet below it) took 265 px of a
    390 px phone's 350: one question in view beside them. On a phone they are the titles
    alone on two lines, the grid starts under half-way, and they still stay in view as
    the grid scrolls; on a wide screen they are as before."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    project = make_project(tmp_path, {sid: TEXT for sid in LONG_TITLES})
    questions = ["ukraine", "nato-replacement", "three-ds", "burden-sharing", "us-guarantee"]
    for sid, title in LONG_TITLES.items():
        project.set_meta(sid, title=title, author="Director of Place", outlet="Marisvale Talk")
        for n in range(1, 5):
            project.annotate(sid, sentence=f"s{n:04d}", stance="hedged", questions=questions)
    script = (
        "var svg=document.querySelector('.scroll > svg.heatmap'),f=svg.parentNode;"
        "var shown=function(sel){return Array.from(svg.querySelectorAll(sel))"
        ".filter(function(t){return t.getClientRects().length;});};"
        "var texts=shown('g.pin g.row.label text');"
        "var cells=shown('g.row g.cell rect');"
        "var left=f.getBoundingClientRect().left;"
        "var grid=cells[0].getBoundingClientRect().left-left;"
        "var whole=cells.filter(function(c){var r=c.getBoundingClientRect();"
        "return r.top===cells[0].getBoundingClientRect().top&&r.left>=left+grid-1&&"
        "r.right<=left+f.clientWidth+1;}).length;"
        "var label=texts[0].getBoundingClientRect().left;"
        "var title=(shown('g.lead text')[0]||svg.querySelector('text'))"
        ".getBoundingClientRect().left-left;"
        "f.scrollLeft=150;f.dispatchEvent(new Event('scroll'));"
        "var legend=shown('g.legend text').length;"
        "var below=svg.getBoundingClientRect().bottom-cells[cells.length-1]"
        ".getBoundingClientRect().bottom;"
        "return {frame:f.clientWidth,grid:grid,whole:whole,title:title,legend:legend,below:below,"
        "lines:texts.map(function(t){return t.firstChild.nodeValue;}),"
        "moved:texts[0].getBoundingClientRect().left-label};"
    )
    page = render(project, "html")
    phone = _probe(page, tmp_path / "phone.html", script, width=390)
    assert phone["grid"] < 0.45 * phone["frame"], phone  # was 0.76 (265 of 350)
    assert phone["whole"] >= 2, phone  # questions in view beside the labels (was 0 or 1)
    assert 0 <= phone["title"] < 20, phone  # the picture's title starts at its left edge
    assert abs(phone["moved"]) < 1, phone  # the labels stay as the grid scrolls
    assert "Director of Place" not in " ".join(phone["lines"])
    assert phone["lines"][:2] == ["Aviation Capacity", "Review: the City…"]
    # the map's legend, wider than the phone (cut at its edge), gives way to the page's
    assert phone["legend"] == 0 and phone["below"] < 20, phone
    assert "The chip left of a row is the source's <b>main line</b>" in page
    wide = _probe(page, tmp_path / "wide.html", script, width=1280)
    assert wide["lines"][:2] == [
        "Aviation Capacity Review: the City…",
        "Director of Place · Marisvale Talk",
    ]
    assert wide["legend"] > 3 and wide["below"] > 60, wide


def test_on_a_phone_the_heat_maps_title_wraps_to_the_phone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """debate35's heat map title ("How should Ostrava Minor set the minimum wage of workers
    under 21?: positions") was wrapped at the picture's width: on a 390 px phone it ran off
    the right edge, "…the minimum wage" cut. On a phone it is on lines the phone shows."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    project = make_project(tmp_path, {sid: TEXT for sid in LONG_TITLES})
    config = project.root / "argmap.json"
    data = json.loads(config.read_text(encoding="utf-8"))
    data["name"] = "How should Ostrava Minor set the minimum wage of workers under 21?"
    config.write_text(json.dumps(data), encoding="utf-8")
    questions = ["ukraine", "nato-replacement", "three-ds", "burden-sharing", "us-guarantee"]
    for sid, title in LONG_TITLES.items():
        project.set_meta(sid, title=title)
        for n in range(1, 5):
            project.annotate(sid, sentence=f"s{n:04d}", stance="hedged", questions=questions)
    script = (
        "var svg=document.querySelector('.scroll > svg.heatmap'),f=svg.parentNode;"
        "var edge=f.getBoundingClientRect().left+f.clientWidth;"
        "var texts=Array.from(svg.querySelectorAll('g.lead text'))"
        ".filter(function(t){return t.getClientRects().length;});"
        "return {slim:svg.classList.contains('slim'),lines:texts.map(function(t){"
        "return t.textContent;}),over:Math.max.apply(null,texts.map(function(t){"
        "return t.getBoundingClientRect().right-edge;}))};"
    )
    page = render(Project.open(project.root), "html")
    phone = _probe(page, tmp_path / "phone.html", script, width=390)
    assert phone["slim"], phone
    assert phone["over"] <= 1, phone  # no title line past the phone's edge (was 130 px)
    assert " ".join(phone["lines"]).startswith("How should Ostrava Minor set the minimum wage")
    assert phone["lines"][-1].startswith("2 sources × 9 questions"), phone
    wide = _probe(page, tmp_path / "wide.html", script, width=1280)
    assert not wide["slim"] and wide["lines"][0].endswith("under 21? — positions"), wide


def test_on_a_phone_a_tall_heat_maps_legend_wraps_to_the_phone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A heat map of more than 40 sources has its legend above the grid; on a phone its notes,
    wrapped to the picture's width, ran past the phone's edge (cut until scrolled). On a
    phone it is the stances' chips, wrapped to the phone (the page's legend says the rest)."""
    from argmap.export import svg

    monkeypatch.setenv("ARGMAP_ANNOTATOR", "tester")
    monkeypatch.setattr(svg, "TALL_ROWS", 1)  # two sources are "many"
    project = make_project(tmp_path, {sid: TEXT for sid in LONG_TITLES})
    questions = ["ukraine", "nato-replacement", "three-ds", "burden-sharing", "us-guarantee"]
    for sid, title in LONG_TITLES.items():
        project.set_meta(sid, title=title)
        for n in range(1, 5):
            project.annotate(sid, sentence=f"s{n:04d}", stance="hedged", questions=questions)
    script = (
        "var svg=document.querySelector('.scroll > svg.heatmap'),f=svg.parentNode;"
        "var edge=f.getBoundingClientRect().left+f.clientWidth;"
        "var texts=Array.from(svg.querySelectorAll('g.lead text'))"
        ".filter(function(t){return t.getClientRects().length;});"
        "var notes=texts.filter(function(t){return t.getAttribute('fill')==='#333';});"
        "var cell=svg.querySelector('g.row g.cell rect').getBoundingClientRect().top;"
        "return {slim:svg.classList.contains('slim'),notes:notes.length,"
        "chips:texts.filter(function(t){return /^(pro-autonomy|hedged)$/.test(t.textContent);})"
        ".length,over:Math.max.apply(null,texts.map(function(t){"
        "return t.getBoundingClientRect().right-edge;})),"
        "above:Math.max.apply(null,texts.map(function(t){"
        "return t.getBoundingClientRect().bottom;}))<cell};"
    )
    page = render(Project.open(project.root), "html")
    phone = _probe(page, tmp_path / "phone.html", script, width=390)
    assert phone["slim"] and phone["chips"] == 2 and phone["above"], phone  # chips on top
    assert phone["over"] <= 1, phone  # nothing past the phone's edge (notes were 187 px)
    assert phone["notes"] == 0 and "<b>dominant</b> stance" in page  # the page's legend
    wide = _probe(page, tmp_path / "wide.html", script, width=1280)
    assert not wide["slim"] and wide["notes"] >= 5 and wide["chips"] == 2, wide
    assert wide["above"], wide
