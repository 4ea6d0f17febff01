"""The Markdown export, read back with a GFM parser (markdown-it-py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_fixtures import HOSTILE, build_project
from markdown_it import MarkdownIt
from markdown_it.token import Token

from argmap.cli import main
from argmap.errors import UsageError
from argmap.export import FORMATS, render
from argmap.export.common import in_quotes
from argmap.export.markdown import md_text, mermaid_label
from argmap.project import Project

MD = MarkdownIt("gfm-like")
MERMAID_DIR = Path(__file__).parent / "mermaid"
NASTY = [
    HOSTILE,
    'end; %% not a comment ::: class --> arrow -.-> |pipe| "quoted" #35; &amp; ;',
    "graph TD\nsubgraph x\nend",
    "a]b[c(d)e{f}g",
]


def plain(token: Token) -> str:
    """The text a reader sees in an inline token (escapes resolved, markup dropped)."""
    return "".join(
        c.content for c in token.children or [] if c.type in ("text", "text_special", "code_inline")
    )


def table(tokens: list[Token]) -> list[list[str]]:
    """The first table as rows of cell texts (header row first)."""
    rows: list[list[str]] = []
    inside = False
    for t in tokens:
        if t.type == "table_open":
            inside = True
        elif t.type == "table_close":
            return rows
        elif inside and t.type == "tr_open":
            rows.append([])
        elif inside and t.type == "inline":
            rows[-1].append(plain(t))
    raise AssertionError("no table in the output")


def sections(tokens: list[Token], level: str) -> dict[str, list[Token]]:
    """Tokens under each heading of ``level`` (e.g. ``h3``), by heading text."""
    out: dict[str, list[Token]] = {}
    current: list[Token] | None = None
    for i, t in enumerate(tokens):
        if t.type == "heading_open" and t.tag <= level:
            current = None
            if t.tag == level:
                current = out.setdefault(plain(tokens[i + 1]), [])
                continue
        if current is not None:
            current.append(t)
    return out


def list_depth(tokens: list[Token], needle: str) -> int:
    """How deeply the list item whose text holds ``needle`` is nested (1 = top level)."""
    depth = 0
    for t in tokens:
        if t.type == "bullet_list_open":
            depth += 1
        elif t.type == "bullet_list_close":
            depth -= 1
        elif t.type == "inline" and needle in plain(t):
            return depth
    raise AssertionError(f"{needle!r} not in the list")


@pytest.fixture
def built(tmp_path: Path) -> tuple[Project, dict[str, str]]:
    return build_project(tmp_path)


def test_matrix_table_has_a_row_per_source_and_a_column_per_question(built) -> None:
    project, _ = built
    rows = table(MD.parse(render(project, "markdown")))
    labels = [q.label for q in project.codebook.questions]
    assert rows[0] == ["Source", *labels]
    assert [r[0] for r in rows[1:]] == ["Alpha Review", "Beta | Journal <b>bold</b>"]
    assert all(len(r) == 1 + len(labels) for r in rows)
    nato = labels.index("NATO replacement") + 1
    assert rows[1][nato] == "▲ pro-autonomy (3/0/1)"
    assert rows[2][nato] == "▼ pro-US-primacy (0/2/0)"
    assert rows[1][labels.index("Ukraine") + 1] == "·"


def test_mixed_cell_is_marked(built) -> None:
    project, _ = built
    project.annotate(
        "alpha",
        quote="NATO with a stronger European pillar should stay the framework.",
        stance="pro-us-primacy",
        questions=["nato-replacement"],
    )
    rows = table(MD.parse(render(project, "markdown")))
    assert rows[1][1] == "▲± pro-autonomy (3/1/0)"


def test_title_ending_in_backslash_keeps_the_table_shape(built) -> None:
    project, _ = built
    project.set_meta("alpha", title="Ends in a backslash \\")
    rows = table(MD.parse(render(project, "markdown")))
    assert rows[1][0] == "Ends in a backslash \\"
    assert len(rows[1]) == len(rows[0])


def test_each_question_has_a_section_with_its_claims(built) -> None:
    project, ids = built
    tokens = MD.parse(render(project, "markdown"))
    qs = sections(tokens, "h3")
    for q in project.codebook.questions:
        assert q.label in qs
    nato = qs["NATO replacement"]
    stances = [plain(nato[i + 1]) for i, t in enumerate(nato) if t.type == "heading_open"]
    assert stances == ["▲ pro-autonomy", "▼ pro-US-primacy", "◆ hedged"]
    texts = [plain(t) for t in nato if t.type == "inline"]
    assert any(in_quotes(HOSTILE) in t and ids["hostile"] in t for t in texts)
    assert any("beta:s0003" in t and "83–237" in t for t in texts)
    assert "▲ pro-autonomy (1): Alpha Review" in texts
    assert "▼ pro-US-primacy (1): Beta | Journal <b>bold</b>" in texts
    empty = sections(MD.parse(render(project, "markdown")), "h3")["Ukraine"]
    assert [plain(t) for t in empty if t.type == "inline"][-1] == "No claims on this question."


def test_supports_nest_and_attacks_are_marked(built) -> None:
    project, ids = built
    nato = sections(MD.parse(render(project, "markdown")), "h3")["NATO replacement"]
    assert list_depth(nato, "Europe needs a defence core") == 1
    assert list_depth(nato, "supported by: ▲ “The US guarantee") == 2
    assert list_depth(nato, "supported by: ▲ evidence “European factories") == 3
    attacks = [plain(t) for t in nato if t.type == "inline" and "attacked by" in plain(t)]
    assert any(ids["committed"] in t for t in attacks)
    attack_lines = [plain(t) for t in nato if t.type == "inline" and plain(t).startswith("attacks")]
    assert any(ids["guarantee"] in t for t in attack_lines)


def test_hostile_text_cannot_inject_html_or_markup(built) -> None:
    project, _ = built
    text = render(project, "markdown")
    html = MD.render(text)
    assert "<script" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html
    assert "<em>stars</em>" not in html and "<code>code</code>" not in html


def test_mermaid_diagram_per_question(built) -> None:
    project, ids = built
    tokens = MD.parse(render(project, "markdown"))
    nato = sections(tokens, "h3")["NATO replacement"]
    fences = [t for t in nato if t.type == "fence"]
    assert [f.info for f in fences] == ["mermaid"]
    body = fences[0].content
    assert body.startswith("---\nconfig:\n") and "\nflowchart BT\n" in body
    nodes = dict(re.findall(r'^\s+(c[0-9a-f]+)\["(.*)"\]$', body, re.M))
    # only related claims are drawn: the hedged pillar claim has no relation
    assert set(nodes) == {ids[k] for k in ("core", "guarantee", "shells", "committed", "hostile")}
    # a label a person reads: stance symbol, source title, sentence id, the quote wrapped
    assert nodes[ids["core"]].startswith("<b>▲ Alpha Review · s0002</b><br/>Europe needs a")
    assert nodes[ids["shells"]].count("<br/>") >= 2 and "evidence: " in nodes[ids["shells"]]
    for label in nodes.values():
        text = label.replace("<b>", "").replace("</b>", "").replace("<br/>", "")
        assert not set(text) & set('"<>`|')
    edges = re.findall(r"^\s+(c\w+) (-->|--x) (c\w+)$", body, re.M)
    assert len(edges) == 5 and "|" not in body.split("classDef")[0].replace("#124;", "")
    assert (ids["committed"], "--x", ids["guarantee"]) in edges
    assert (ids["shells"], "-->", ids["guarantee"]) in edges
    attack_idx = [str(i) for i, e in enumerate(edges) if e[1] == "--x"]
    assert f"linkStyle {','.join(attack_idx)} stroke:#7b2cbf" in body
    assert "classDef ev stroke-dasharray" in body and f"class {ids['shells']} ev" in body
    assert not [f for f in sections(tokens, "h3")["Ukraine"] if f.type == "fence"]


def test_each_quote_in_full_once_and_the_legend_explains_ties(built) -> None:
    project, ids = built
    text = render(project, "markdown")
    # "guarantee" is on two questions and in two relations: quoted in full exactly once
    full = "The US guarantee can no longer be taken for granted."
    assert text.count(full) == 1
    assert text.count(ids["guarantee"]) >= 4
    for quote in (
        "Washington remains committed to the defence of Europe.",
        "Buying American jets keeps the alliance interoperable.",
    ):
        assert text.count(quote) == 1
    assert "A tie goes to the stance with more claims of kind *claim*" in text
    assert "± marks a *mixed* position" in text


def test_summary_detail_leaves_out_quotes_and_diagrams(built) -> None:
    project, _ids = built
    text = render(project, "markdown", detail="summary")
    tokens = MD.parse(text)
    assert table(tokens) == table(MD.parse(render(project, "markdown")))
    assert "```mermaid" not in text and "Europe needs a defence core" not in text
    assert "Sources in detail" not in text
    nato = [plain(t) for t in sections(tokens, "h3")["NATO replacement"] if t.type == "inline"]
    assert "▲ pro-autonomy (1): Alpha Review" in nato
    assert len(text) < len(render(project, "markdown")) / 2
    with pytest.raises(UsageError, match="unknown detail"):
        render(project, "markdown", detail="tiny")


def test_stance_and_kind_filters(built) -> None:
    project, ids = built
    text = render(project, "csv", stances=["pro-autonomy"])
    assert {ids["core"], ids["guarantee"], ids["shells"]} == {
        line.split(",")[0] for line in text.splitlines()[1:]
    }
    text = render(project, "csv", kinds=["evidence"])
    assert [line.split(",")[0] for line in text.splitlines()[1:]] == [ids["shells"]]
    text = render(project, "markdown", stances=["pro-us-primacy", "hedged"], kinds=["claim"])
    assert ids["pillar"] in text and ids["committed"] in text and ids["core"] not in text
    assert "(filtered)" in text
    with pytest.raises(UsageError, match="unknown stance 'nope'"):
        render(project, "csv", stances=["nope"])
    with pytest.raises(UsageError, match="unknown kind 'fact'"):
        render(project, "csv", kinds=["fact"])
    assert main(["export", "-p", str(project.root), "-f", "csv", "--stance", "hedged"]) == 0
    assert main(["export", "-p", str(project.root), "-f", "csv", "--kind", "fact"]) == 2


def test_source_sections_show_note_and_claims_by_question(built) -> None:
    project, ids = built
    detail = sections(MD.parse(render(project, "markdown")), "h3")["Beta | Journal <b>bold</b>"]
    texts = [plain(t) for t in detail if t.type == "inline"]
    assert "Note with | pipe\\" in texts
    assert "Positions: NATO replacement ▼ · US guarantee ▼ · Defence industry ▼" in texts
    # where each claim is in the source, by question; the quotes are under the questions
    assert "NATO replacement (0/2/0): ▼ s0002, ▼ s0003" in texts
    assert "US guarantee (0/1/0): ▼ s0002" in texts
    assert "Defence industry (0/1/0): ▼ s0004" in texts
    assert not any(ids["jets"] in t for t in texts)


def test_filters_and_determinism(built, tmp_path: Path) -> None:
    project, ids = built
    text = render(project, "markdown", questions=["us-guarantee"], sources=["be"])
    rows = table(MD.parse(text))
    assert rows == [
        ["Source", "US guarantee"],
        ["Beta | Journal <b>bold</b>", "▼ pro-US-primacy (0/1/0)"],
    ]
    assert ids["core"] not in text and ids["committed"] in text
    again = Project.open(project.root, annotator="other")
    assert render(again, "markdown") == render(project, "markdown")
    with pytest.raises(UsageError, match="unknown question"):
        render(project, "markdown", questions=["nope"])
    with pytest.raises(UsageError, match="unknown export format"):
        render(project, "pdf")


def test_escaping_helpers() -> None:
    assert md_text("a | b\\") == "a \\| b\\\\"
    assert md_text("line\nbreak  here") == "line break here"
    assert mermaid_label('say "hi" <b> #1') == "say #quot;hi#quot; #lt;b#gt; #35;1"


def test_cli_writes_file_atomically_and_to_stdout(built, tmp_path: Path, capsys) -> None:
    project, _ = built
    out = tmp_path / "out" / "map.md"
    assert main(["export", "-p", str(project.root), "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out} and ")  # names both files
    assert out.read_text(encoding="utf-8") == render(project, "markdown", heatmap="map-heatmap.svg")
    # the heat map picture the report shows is written beside it
    assert (out.parent / "map-heatmap.svg").read_text(encoding="utf-8") == render(project, "svg")
    assert "![Heat map of the positions" in out.read_text(encoding="utf-8")
    assert "![Heat map" not in render(project, "markdown")
    assert main(["export", "-p", str(project.root), "-q", "ukraine"]) == 0
    assert capsys.readouterr().out == render(project, "markdown", questions=["ukraine"])
    assert main(["export", "-p", str(project.root), "-q", "nope"]) == 2
    assert "unknown question 'nope'" in capsys.readouterr().err
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    assert main(["export", "-p", str(project.root), "-o", str(blocker / "map.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"argmap: {blocker / 'map.md'}: cannot write") and err.count("\n") == 1
    for fmt in FORMATS:
        assert main(["export", "-p", str(project.root), "--format", fmt]) == 0
        assert capsys.readouterr().out == render(project, fmt)


def test_official_mermaid_parser_reads_every_diagram(built, tmp_path: Path) -> None:
    """Needs node and ``npm ci --prefix tests/mermaid``; skipped otherwise."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed; the Mermaid parser runs on Node")
    if not (MERMAID_DIR / "node_modules" / "mermaid").is_dir():
        pytest.skip("mermaid is not installed: run `npm ci --prefix tests/mermaid`")
    project, _ = built
    nasty = "\n".join(f'  n{i}["{mermaid_label(t)}"]' for i, t in enumerate(NASTY))
    extra = f"```mermaid\nflowchart LR\n{nasty}\n  n0 -->|supports| n1\n```\n"
    broken = '```mermaid\nflowchart LR\n  a["x "y" z"]\n```\n'
    path = tmp_path / "map.md"
    path.write_text(render(project, "markdown") + extra + broken, encoding="utf-8")
    done = subprocess.run(
        [node, str(MERMAID_DIR / "check.mjs"), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    result = json.loads(done.stdout)
    blocks = 2 + 1 + 1  # two questions with relations, the nasty labels, the broken control
    assert result["blocks"] == blocks
    assert len(result["errors"]) == 1 and result["errors"][0].startswith(f"block {blocks}:")


def test_big_components_are_cut_into_parts(built, monkeypatch) -> None:
    import argmap.export.graph as graph

    project, ids = built
    monkeypatch.setattr(graph, "MAX_NODES", 3)
    nato = sections(MD.parse(render(project, "markdown")), "h3")["NATO replacement"]
    fences = [t.content for t in nato if t.type == "fence"]
    drawn = [set(re.findall(r"^\s+(c[0-9a-f]+)\[", f, re.M)) for f in fences]
    # the 5 related claims, each in exactly one part of at most 3, the largest first
    assert len(fences) >= 2 and all(len(d) <= 3 for d in drawn) and len(drawn[0]) == 3
    assert sum(len(d) for d in drawn) == len(set().union(*drawn)) == 5
    assert ids["pillar"] not in "".join(fences)
    texts = [plain(t) for t in nato if t.type == "inline"]
    n = len(fences)
    assert f"Diagrams ({n} parts; 1 claim without relations not drawn)" in texts
    assert any(t.startswith(f"NATO replacement — part 1 of {n}: 3 claims") for t in texts)


def test_hostile_codebook_labels_and_symbols(built) -> None:
    project, _ = built
    path = project.annotations_dir / "codebook.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stances"][0].update(symbol="|", label="<b>pro</b> | `x`")
    data["questions"][0].update(label="NATO | *replacement*\\", text="<script>q</script>")
    path.write_text(json.dumps(data), encoding="utf-8")
    project = Project.open(project.root)
    text = render(project, "markdown")
    rows = table(MD.parse(text))
    assert rows[0][1] == "NATO | *replacement*\\"
    assert rows[1][1] == "| <b>pro</b> | `x` (3/0/1)"
    assert all(len(r) == len(rows[0]) for r in rows)
    html = MD.render(text)
    assert "<b>" not in html and "<script" not in html
    assert "NATO | *replacement*\\" in sections(MD.parse(text), "h3")


def test_quotes_that_hold_quotation_marks_are_nested_not_doubled(tmp_path: Path) -> None:
    """A claim that opens with a quotation reads “‘For too long…,’ she told…”, in both reports."""
    assert in_quotes('"Yes," she said.') == "“‘Yes,’ she said.”"
    assert in_quotes("the “strategic autonomy” slogan") == "“the ‘strategic autonomy’ slogan”"
    assert in_quotes("Europe's own") == "“Europe's own”"
    debate2 = Path(__file__).parent.parent / "bench" / "debate2"
    root = tmp_path / "debate2"
    shutil.copytree(debate2, root, ignore=shutil.ignore_patterns(".argmap-cache", "*.lock", "raw"))
    project = Project.open(root)
    for fmt in ("markdown", "html"):
        text = render(project, fmt)
        assert "“‘For too long families in this city" in text, fmt
        assert "““" not in text and '“"' not in text and "“&quot;" not in text, fmt
