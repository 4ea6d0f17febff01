"""The Argdown export, read back by the official Argdown parser (@argdown/core on Node).

The parser test needs ``node`` and the parser installed next to the check script:
``npm ci --prefix tests/argdown`` (or ``npm install --prefix tests/argdown``).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_fixtures import HOSTILE, build_project
from render_tools import need, run

from argmap.export import render
from argmap.export.argdown import ad_text

CHECK_DIR = Path(__file__).parent / "argdown"
NODE = shutil.which("node")


def parse_argdown(path: Path) -> tuple[int, dict]:
    """Run the official parser on ``path``: exit code and the script's JSON summary."""
    if NODE is None:
        pytest.skip("node is not installed; the Argdown parser runs on Node")
    if not (CHECK_DIR / "node_modules" / "@argdown" / "core").is_dir():
        pytest.skip("@argdown/core is not installed: run `npm ci --prefix tests/argdown`")
    done = subprocess.run(
        [NODE, str(CHECK_DIR / "check.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.returncode, json.loads(done.stdout)


def _by_claim(statements: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for title, st in statements.items():
        out.setdefault(st["data"]["claim"], []).append(title)
    return out


def test_official_parser_reads_the_export_without_error(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    path = tmp_path / "map.argdown"
    path.write_text(render(project, "argdown"), encoding="utf-8")
    code, result = parse_argdown(path)
    assert result["errors"] == [] and code == 0
    statements = result["statements"]
    titles = _by_claim(statements)
    assert set(titles) == set(ids.values())
    # human titles; a claim on two questions is a statement in each question's group
    assert titles[ids["core"]] == ["Alpha Review s0002"]
    assert sorted(titles[ids["guarantee"]]) == [
        "Alpha Review s0003",
        "Alpha Review s0003 · US guarantee",
    ]
    placed = {tuple(p) for p in result["placed"]}
    assert ("NATO replacement", "Alpha Review s0003") in placed
    assert ("US guarantee", "Alpha Review s0003 · US guarantee") in placed
    assert ("Defence industry", "Beta Journal b bold b s0004") in placed
    # the hostile quote survives verbatim, tags are out of the text
    hostile = statements[titles[ids["hostile"]][0]]
    assert hostile["text"].strip() == f"▼ {HOSTILE}"
    assert hostile["tags"] == ["pro-us-primacy", "nato-replacement", "beta"]
    assert statements[titles[ids["shells"]][0]]["data"]["start"] == 121
    relations = {(r["from"], r["type"], r["to"]) for r in result["relations"]}
    assert relations == {
        ("Alpha Review s0003", "support", "Alpha Review s0002"),
        ("Alpha Review s0004", "support", "Alpha Review s0003"),
        ("Beta Journal b bold b s0002", "attack", "Alpha Review s0003"),
        ("Beta Journal b bold b s0003", "attack", "Alpha Review s0002"),
        ("Alpha Review s0002", "attack", "Beta Journal b bold b s0003"),
        (
            "Beta Journal b bold b s0002 · US guarantee",
            "attack",
            "Alpha Review s0003 · US guarantee",
        ),
    }
    # claims without relations are still in the map (selection settings in the frontmatter)
    assert set(result["nodes"]) == {t for ts in titles.values() for t in ts}


def test_argdown_cli_draws_the_map(tmp_path: Path) -> None:
    argdown = need("argdown")
    project, _ids = build_project(tmp_path)
    path = tmp_path / "map.argdown"
    path.write_text(render(project, "argdown"), encoding="utf-8")
    run([argdown, "map", str(path), str(tmp_path / "out"), "--format", "svg"], timeout=180)
    svg = (tmp_path / "out" / "map.svg").read_text(encoding="utf-8")
    assert svg.count('class="node"') == 9  # 7 claims, two of them on two questions
    assert svg.count('class="cluster"') == 3  # the three questions with claims
    assert "Alpha Review s0003" in svg and "#pro-autonomy" not in svg
    width, height = (
        float(v) for v in re.search(r'width="([\d.]+)pt" height="([\d.]+)pt"', svg).groups()
    )
    assert width > 300 and height > 150


def test_parser_rejects_a_broken_file(tmp_path: Path) -> None:
    """The check script really fails on errors, so the test above can fail too."""
    path = tmp_path / "broken.argdown"
    path.write_text("[A]: a [x] and <y> inside\n", encoding="utf-8")
    code, result = parse_argdown(path)
    assert code == 1 and result["errors"]


def test_escaping_covers_argdown_syntax() -> None:
    assert ad_text("see https://x.org [a] <b> {c} _ #t") == (
        "see https\\:\\/\\/x\\.org \\[a\\] \\<b\\> \\{c\\} \\_ \\#t"
    )
    assert ad_text("two\nlines") == "two lines"


def test_filtered_export_keeps_only_selected_relations(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    text = render(project, "argdown", questions=["us-guarantee"])
    assert text.count("\n[") == 2
    assert "  -> [Alpha Review s0003]" in text
    assert "Alpha Review s0002" not in text and ids["core"] not in text


def test_orphaned_claims_are_marked(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    text_path = project.sources["alpha"].path
    text = text_path.read_text(encoding="utf-8")
    text_path.write_text(
        text.replace("NATO with a stronger European pillar should stay the framework.", "Gone."),
        encoding="utf-8",
    )
    project = type(project).open(project.root)
    assert project.claim(ids["pillar"]).orphan is not None
    line = next(
        x for x in render(project, "argdown").splitlines() if f'claim: "{ids["pillar"]}"' in x
    )
    assert "#orphaned" in line
    markdown = render(project, "markdown")
    assert f"`{ids['pillar']}` **(orphaned: quote not found in the current text)**" in markdown
