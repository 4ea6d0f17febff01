"""The Argdown export, read back by the official Argdown parser (@argdown/core on Node).

The parser test needs ``node`` and the parser installed next to the check script:
``npm ci --prefix tests/argdown`` (or ``npm install --prefix tests/argdown``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from export_fixtures import HOSTILE, build_project

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


def test_official_parser_reads_the_export_without_error(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    path = tmp_path / "map.argdown"
    path.write_text(render(project, "argdown"), encoding="utf-8")
    code, result = parse_argdown(path)
    assert result["errors"] == [] and code == 0
    statements = result["statements"]
    assert set(statements) == set(ids.values())
    # the hostile quote survives verbatim: no comment, link, tag or markup was parsed out
    assert statements[ids["hostile"]]["text"].startswith(f"▼ {HOSTILE} #pro-us-primacy")
    assert statements[ids["hostile"]]["tags"] == ["pro-us-primacy", "beta", "nato-replacement"]
    assert statements[ids["shells"]]["data"]["start"] == 121
    assert statements[ids["jets"]]["section"] == "Defence industry"
    relations = {(r["from"], r["type"], r["to"]) for r in result["relations"]}
    assert relations == {
        (ids["guarantee"], "support", ids["core"]),
        (ids["shells"], "support", ids["guarantee"]),
        (ids["committed"], "attack", ids["guarantee"]),
        (ids["hostile"], "attack", ids["core"]),
        (ids["core"], "attack", ids["hostile"]),
    }
    # claims without relations are still in the map (selection settings in the frontmatter)
    assert set(result["nodes"]) == set(ids.values())


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
    assert text.count("\n[c") == 2
    assert f"  -> [{ids['guarantee']}]" in text
    assert f"[{ids['core']}]" not in text


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
        x for x in render(project, "argdown").splitlines() if x.startswith(f"[{ids['pillar']}]")
    )
    assert "#orphaned" in line
    markdown = render(project, "markdown")
    assert f"`{ids['pillar']}` **(orphaned: quote not found in the current text)**" in markdown
