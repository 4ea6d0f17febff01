"""A new debate from an empty folder to a matrix and a Markdown export, through the CLI alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_argmap

CliRun = Callable[..., tuple[int, str, str]]

ARTICLES = {
    "reactors.txt": (
        "Nuclear power is the backbone of a low-carbon grid\n\n"
        "By Ann Lee\n\n"
        "New reactors deliver steady power when the wind drops. "
        "Their construction costs remain high, but they run for sixty years.\n"
    ),
    "wind.md": (
        "# Wind first\n\n"
        "> Onshore **wind** is now the [cheapest](https://example.org/lcoe) source of power.\n\n"
        "Reactors take fifteen years to build. We cannot wait that long.\n"
    ),
    "balance.html": (
        "<html><head><title>A balanced grid | Energy Weekly</title></head><body>"
        "<nav>Home Energy Climate</nav><div class='cookie-notice'>We use cookies.</div>"
        "<article><p>Both reactors and wind have a role. The mix depends on cost.</p></article>"
        "<footer>© Energy Weekly</footer></body></html>"
    ),
}


def test_energy_policy_debate_from_init_to_matrix_and_markdown(
    tmp_path: Path, cli: CliRun, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ana")
    root = str(tmp_path / "energy")

    def ok(*args: str) -> str:
        code, out, err = cli(*args, "--project", root) if args[0] != "init" else cli(*args)
        assert code == 0, err
        return out

    out = ok("init", root, "--codebook", "blank", "--name", "Energy policy")
    assert "3 stances (for, against, hedged), 0 questions" in out

    # Make the codebook this debate needs.
    ok("codebook", "rename", "stance", "for", "pro-nuclear")
    ok("codebook", "rename", "stance", "against", "pro-renewables")
    ok("codebook", "edit", "stance", "pro-nuclear", "--label", "Pro nuclear", "--color", "cyan")
    ok("codebook", "edit", "stance", "pro-renewables", "--label", "Pro renewables")
    ok("codebook", "add-question", "cost", "--label", "Cost", "--text", "Which is cheaper?")
    ok("codebook", "add-question", "speed", "--label", "Speed", "--text", "Which is faster?")
    ok("codebook", "add-question", "reliability", "--label", "Reliability", "--text", "Firm power?")
    codebook = json.loads(ok("codebook", "--json"))
    assert [s["id"] for s in codebook["stances"]] == ["pro-nuclear", "pro-renewables", "hedged"]
    assert [q["id"] for q in codebook["questions"]] == ["cost", "speed", "reliability"]

    # Add a folder of articles: text, Markdown and an HTML page.
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name, text in ARTICLES.items():
        (incoming / name).write_text(text, encoding="utf-8")
    added = json.loads(ok("add", str(incoming), "--json"))
    assert sorted(m["id"] for m in added) == [
        "a-balanced-grid",
        "nuclear-power-is-the-backbone",
        "wind-first",
    ]
    by_title = {m["title"]: m for m in added}
    assert by_title["A balanced grid"]["outlet"] == "Energy Weekly"
    assert by_title["Nuclear power is the backbone of a low-carbon grid"]["author"] == "Ann Lee"
    # Adding the same folder again is refused file by file.
    code, _, err = cli("add", str(incoming / "wind.md"), "--project", root)
    assert code == 1 and "already in the project" in err and "--force" in err

    nuclear = by_title["Nuclear power is the backbone of a low-carbon grid"]["id"]
    wind = by_title["Wind first"]["id"]
    balance = by_title["A balanced grid"]["id"]
    sentences = json.loads(ok("sentences", wind, "--json"))
    assert sentences[1]["text"] == "Onshore wind is now the cheapest source of power."

    # reader 4 (the default) reads "By Ann Lee" as the author, not as sentence s0002
    ok("annotate", nuclear, "--sentence", "s0002", "--stance", "pro-nuclear", "-q", "reliability")
    ok("annotate", nuclear, "--sentence", "s0003", "--stance", "hedged", "-q", "cost")
    ok("annotate", wind, "--sentence", "s0002", "--stance", "pro-renewables", "-q", "cost")
    ok("annotate", wind, "--sentence", "s0003", "--stance", "pro-renewables", "-q", "speed")
    ok("annotate", balance, "--sentence", "s0002", "--stance", "hedged", "-q", "cost")

    # A late rename reaches the claims already made.
    ok("codebook", "rename", "question", "cost", "affordability")
    matrix = json.loads(ok("matrix", "--json"))
    cells = {(c["source"], c["question"]): c for c in matrix["cells"]}
    assert cells[(wind, "affordability")]["dominant"] == "pro-renewables"
    assert cells[(nuclear, "reliability")]["dominant"] == "pro-nuclear"
    assert cells[(balance, "affordability")]["dominant"] == "hedged"
    table = ok("matrix")
    assert "affordability" in table and "▲ pro-nuclear" in table

    markdown = ok("export", "--format", "markdown")
    assert "Energy policy" in markdown
    for text in ("**Cost**", "Pro renewables", "Pro nuclear", "Reactors take fifteen years"):
        assert text in markdown, text
    assert "cost" not in json.loads(ok("codebook", "--json"))["questions"][0]["id"]

    # Removing a stance in use is refused; --into moves its claims.
    code, _, err = cli("codebook", "remove", "stance", "hedged", "--project", root)
    assert code == 2 and "is used by 2 claims; pass --into" in err
    out = ok("codebook", "remove", "stance", "hedged", "--into", "pro-nuclear")
    assert "2 claims in 2 files rewritten" in out
    assert run_argmap("validate", "--project", root).returncode == 0


def test_init_codebook_choices(tmp_path: Path, cli: CliRun) -> None:
    code, out, _ = cli("init", str(tmp_path / "d"), "--codebook", "defence")
    assert code == 0 and "pro-autonomy" in out
    code, out, _ = cli("init", str(tmp_path / "copy"), "--codebook", str(tmp_path / "d"))
    assert code == 0 and "9 questions" in out
    code, _, err = cli("init", str(tmp_path / "x"), "--codebook", "nonsense")
    assert code == 2 and "not a codebook" in err and not (tmp_path / "x").exists()
    code, out, _ = cli("init", str(tmp_path / "default"))
    assert code == 0 and "3 stances (for, against, hedged), 0 questions" in out
    # the blank codebook's stances are placeholders: the output says how to make them one's own
    assert "codebook rename stance for ID" in out and "codebook add-stance ID" in out
    code, out, _ = cli("init", str(tmp_path / "d2"), "--codebook", "defence")
    assert "rename stance" not in out


def test_an_analyst_adds_several_patterns_in_one_command(tmp_path: Path, cli: CliRun) -> None:
    """Writing a codebook's patterns is one command per stance or question, not per phrase."""
    root = str(tmp_path / "rent")
    assert cli("init", root)[0] == 0

    def patterns() -> tuple[str, ...]:
        book = json.loads((tmp_path / "rent" / "annotations" / "codebook.json").read_text())
        return tuple(next(s for s in book["stances"] if s["id"] == "for")["patterns"])

    code, out, _ = cli("patterns", "add", "stance", "for", "cap* rents", "protect* tenants",
                       "rents * risen", "--project", root)  # fmt: skip
    assert code == 0
    assert patterns() == ("cap* rents", "protect* tenants", "rents * risen")
    assert out.count("added") == 3
    # one bad pattern among several is named, and the others are added (exit 2)
    code, _, err = cli("patterns", "add", "stance", "for", "freeze", "a ( b", "--project", root)
    assert code == 2 and "'a ( b'" in err and "(not added; the 1 other was added)" in err
    assert patterns()[-1] == "freeze"
    # removing two at once leaves the others
    assert cli("patterns", "remove", "stance", "for", "cap* rents", "rents * risen",
               "--project", root)[0] == 0  # fmt: skip
    assert patterns() == ("protect* tenants", "freeze")


CLIPPINGS = {
    "gazette-meters.html": (
        "<html><head><title>Water meters for all? | The Gazette</title>"
        '<meta name="author" content="Ana Ruiz"></head><body>'
        '<div class="topbar"><span>Markets</span> <span>FTSE 8,100</span></div>'
        '<main><article><p class="kicker">Opinion · Water</p><h1>Water meters for all?</h1>'
        "<p>Meters cut household water use by a tenth. Every home should have one by "
        "2030.</p><p>Poorer families with large households may pay more.</p>"
        '<p class="author-bio">Ana Ruiz writes on the environment.</p>'
        '<div class="post-tags">Tags: water, bills</div></article></main></body></html>'
    ),
    "radio-water.md": (
        "# Transcript: Water Hour, 3 May 2026\n\n"
        "**LENA PARK:** Metering is the fairest way to pay for water.\n\n"
        "**OMAR VALE:** Metering will punish large families on low incomes.\n"
    ),
}


def test_from_an_empty_folder_to_a_shared_report_with_two_annotators(
    tmp_path: Path, cli: CliRun
) -> None:
    """A user's own codebook, HTML and Markdown clippings, two annotators' spreadsheets:
    the report shows the words as they read, no page furniture, each reading counted once."""
    root = str(tmp_path / "water")

    def ok(*args: str) -> str:
        code, out, err = cli(*args, "--project", root) if args[0] != "init" else cli(*args)
        assert code == 0, err
        return out

    ok("init", root, "--name", "Water meters")
    ok("codebook", "rename", "stance", "for", "meters")
    ok("codebook", "rename", "stance", "against", "no-meters")
    ok("codebook", "add-question", "fairness", "--label", "Fairness", "--text", "Is it fair?")
    ok("codebook", "add-question", "use", "--label", "Use", "--text", "Does it cut use?")
    clippings = tmp_path / "clippings"
    clippings.mkdir()
    for name, text in CLIPPINGS.items():
        (clippings / name).write_text(text, encoding="utf-8")
    out = ok("add", str(clippings), "--id-from", "file")
    assert "added gazette-meters: 'Water meters for all?'" in out
    assert "added radio-water: 'Transcript: Water Hour, 3 May 2026'" in out
    sentences = [s["text"] for s in json.loads(ok("sentences", "gazette-meters", "--json"))]
    assert sentences == [
        "Water meters for all?",
        "Meters cut household water use by a tenth.",
        "Every home should have one by 2030.",
        "Poorer families with large households may pay more.",
    ]
    sheet = (
        "id\tsource\tsentence\tstance\tquestions\tkind\tsupports\tattacks\n"
        "T\tgazette-meters\ts0003\tmeters\tuse\t\t\t\n"
        "E\tgazette-meters\ts0002\tmeters\tuse\tevidence\tT\t\n"
        "P\tgazette-meters\ts0004\tno-meters\tfairness\t\t\tT\n"
        "L\tradio-water\ts0002\tmeters\tfairness\t\t\t\n"
        "O\tradio-water\ts0003\tno-meters\tfairness\t\t\tL\n"
    )
    (tmp_path / "ana.tsv").write_text(sheet, encoding="utf-8")
    # bob reads Lena Park as hedged where ana read her as for meters
    (tmp_path / "bob.tsv").write_text(
        sheet.replace("L\tradio-water\ts0002\tmeters", "L\tradio-water\ts0002\thedged"),
        encoding="utf-8",
    )
    for who in ("ana", "bob", "ana"):  # ana imports twice: nothing counted twice
        ok("import", str(tmp_path / f"{who}.tsv"), "--annotator", who)
    claims = json.loads(ok("claims", "--json"))
    assert len(claims) == 10 and {c["annotator"] for c in claims} == {"ana", "bob"}
    matrix = json.loads(ok("matrix", "--json"))
    cells = {(c["source"], c["question"]): c for c in matrix["cells"]}
    assert cells[("gazette-meters", "use")]["dominant"] == "meters"
    assert cells[("radio-water", "fairness")]["contested"] == 1  # one sentence, two readings
    report = tmp_path / "water.html"
    ok("export", "--format", "html", "-o", str(report))
    page = report.read_text(encoding="utf-8")
    assert "OMAR VALE: Metering will punish" in page and "**OMAR VALE" not in page
    for furniture in ("FTSE 8,100", "Opinion · Water", "Tags: water", "writes on the environment"):
        assert furniture not in page, furniture
    assert 'class="argument-graph"' in page
    # the contested sentence is not counted, but both readings are shown, by name
    contested = page[page.index("Contested (1 sentence read differently") :]
    contested = contested[: contested.index("</details>")]
    assert "LENA PARK: Metering is the fairest way" in contested
    assert "<b>ana</b>: ▲ For" in contested and "<b>bob</b>: ◆ Hedged" in contested
    markdown = ok("export", "--format", "markdown")
    assert (
        "- “LENA PARK: Metering is the fairest way to pay for water.” — Transcript: Water "
        "Hour, 3 May 2026, s0002 (ana: ▲ For; bob: ◆ Hedged)" in markdown
    )
