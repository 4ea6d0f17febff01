"""A new debate from the command line alone: the places a newcomer had to edit a file or
guess (session 15's walk from an empty folder to a shared report)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import make_project

from argmap.project import Project

Cli = Callable[..., tuple[int, str, str]]


def test_init_on_a_project_changes_its_name_and_annotator(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report's title is the project's name, the folder's by default ("ardley"); it
    could only be changed in argmap.json by hand, as could the default annotator the
    "no annotator set" error sent one to."""
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    root = tmp_path / "ardley"
    assert cli("init", str(root))[0] == 0
    (tmp_path / "a.txt").write_text("The levy is fair. Visitors use the roads.\n")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", "-p", str(root))[0] == 0
    code, _, err = cli("done", "a", "-p", str(root))
    assert code == 2 and f"`argmap init {root} --annotator NAME`" in err
    code, out, err = cli("init", str(root), "--name", "Tourist tax in Ardley", "--annotator", "mia")
    assert code == 0, err
    user_config = Path(os.environ["XDG_CONFIG_HOME"]) / "argmap" / "config.json"
    assert out.splitlines()[:2] == [
        f"{root / 'argmap.json'}: name 'ardley' -> 'Tourist tax in Ardley'",
        f"{user_config}: annotator 'mia'",
    ]
    project = Project.open(root)
    assert project.config.name == "Tourist tax in Ardley" and project.annotator == "mia"
    code, out, _ = cli("export", "--format", "html", "-p", str(root))
    assert "<title>Argument map: Tourist tax in Ardley</title>" in out
    # nothing else given: refused as before, saying how to change it
    code, _, err = cli("init", str(root))
    assert code == 1 and "--name NAME` or `--annotator NAME` changes" in err
    code, _, err = cli("init", str(root), "--codebook", "defence", "--name", "x")
    assert code == 1 and Project.open(root).config.name == "Tourist tax in Ardley"
    code, _, err = cli("init", str(root), "--annotator", "two words")
    assert code == 2 and "is not a valid name" in err


def test_a_new_project_can_keep_its_annotator(tmp_path: Path, cli: Cli) -> None:
    code, out, err = cli("init", str(tmp_path / "p"), "--annotator", "mia")
    assert code == 0, err
    assert "annotator: mia, your name in every project on this machine (kept in" in out
    assert "annotator" not in json.loads((tmp_path / "p" / "argmap.json").read_text())
    assert Project.open(tmp_path / "p").annotator == "mia"
    code, _, err = cli("init", str(tmp_path / "q"), "--annotator", "a b")
    assert code == 2 and not (tmp_path / "q").exists()  # refused before anything is made


def test_relate_takes_claims_as_annotate_prints_them(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`annotate` prints a claim as `cXXXX SOURCE:SENTENCE …`; `relate` took only the id, so
    linking twenty claims meant copying ids from `argmap claims`. SOURCE:SENTENCE (with a
    source prefix) now names the claim on that sentence, yours first."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "mia")
    project = make_project(tmp_path, {"tourist-tax": "One. Two is true. Three is so."})
    root = str(project.root)
    ids = {}
    for n in (1, 2):
        code, out, err = cli(
            "annotate",
            "tour",
            "--sentence",
            f"s000{n}",
            "--stance",
            "pro-autonomy",
            "-q",
            "ukraine",
            "-p",
            root,
        )
        assert code == 0, err
        ids[n] = out.split()[0]
    code, out, err = cli("relate", "tour:s0002", "--supports", "tourist-tax:s0001", "-p", root)
    assert code == 0, err
    assert out == f"{ids[2]}: supports {ids[1]}\n"
    code, _, err = cli("relate", "tour:s0003", "--supports", "tour:s0001", "-p", root)
    assert code == 2 and err == (
        "argmap: no claim on tourist-tax:s0003 (annotate it first; `argmap claims --source "
        "tourist-tax` lists its claims)\n"
    )
    # two annotators on one sentence: yours; someone else's only by id
    code, out, err = cli(
        "annotate",
        "tour",
        "--sentence",
        "s0002",
        "--stance",
        "hedged",
        "-q",
        "ukraine",
        "--annotator",
        "ole",
        "-p",
        root,
    )
    assert code == 0, err
    ole = out.split()[0]
    code, out, _ = cli("relate", "tour:s0002", "--remove", "tour:s0001", "-p", root)
    assert code == 0 and out.startswith(ids[2])
    code, _, err = cli(
        "relate", "tour:s0001", "--attacks", "tour:s0002", "--annotator", "zed", "-p", root
    )
    assert code == 2 and f"{ids[2]} (mia), {ole} (ole)" in err


def test_patterns_one_refused_the_others_added(project: Project, cli: Cli) -> None:
    """Three patterns given, the third refused: the error named only the third, and one
    could not tell whether the first two were kept. Then (d28, d29) one bad pattern cost
    the other 49 of the command: now the others are added and the refused one is named."""
    code, out, err = cli(
        "patterns", "add", "question", "ukraine", "raise*", "€* million", "-p", str(project.root)
    )
    assert code == 2 and out == "question ukraine: pattern 'raise*' added\n"
    assert err.startswith("argmap: pattern '€* million': '€*' is not a word")
    assert err.endswith("(not added; the 1 other was added)\n")
    assert Project.open(project.root).codebook.question("ukraine").patterns == ("raise*",)
    code, out, err = cli(
        "patterns", "add", "question", "ukraine", "€* million", "a,b", "-p", str(project.root)
    )
    assert code == 2 and out == "" and err.startswith("argmap: none of the 2 patterns added: ")
    assert "'€* million'" in err and "'a,b'" in err and err.count("\n") == 1


def test_a_markdown_report_written_to_a_file_names_its_picture(
    project: Project, cli: Cli, tmp_path: Path
) -> None:
    """`export --format markdown -o report.md` also wrote report-heatmap.svg, silently: a
    reader sent report.md alone got a broken picture."""
    out = tmp_path / "share" / "report.md"
    out.parent.mkdir()
    code, said, err = cli("export", "--format", "markdown", "-o", str(out), "-p", str(project.root))
    assert code == 0, err
    picture = out.with_name("report-heatmap.svg")
    assert picture.exists() and "](report-heatmap.svg)" in out.read_text(encoding="utf-8")
    assert said == (
        f"wrote {out} and {picture}, its heat map picture: share them together "
        "(--format html is one file)\n"
    )


def _hand_edit(project: Project, **stance_fields: object) -> None:
    data = json.loads(project.codebook_path.read_text(encoding="utf-8"))
    data["stances"][0].update(stance_fields)
    data["questions"][0]["patterns"] = ["€* million"]
    project.codebook_path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def test_a_hand_edited_codebook_is_checked_by_validate(project: Project, cli: Cli) -> None:
    """A colour nothing draws, a two-cell symbol and a pattern that does not compile, typed
    into codebook.json: validate said "codebook valid"; exports drew the colour grey and
    `suggest` stopped naming only the pattern. Now one line each names file and place."""
    _hand_edit(project, color="tealish", symbol="▲▲")
    path = project.codebook_path
    stance = project.codebook.stances[0].id
    question = project.codebook.questions[0].id
    code, _, err = cli("validate", "-p", str(project.root))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith(f"{path}: ")]
    assert lines == [
        f"{path}: stance {stance}: colour 'tealish' cannot be drawn (use a name like 'orange', "
        "'teal' or 'bright_blue', a hex '#3fa34d' or 'rgb(63,163,77)')",
        f"{path}: stance {stance}: symbol '▲▲' must be one printable character one cell wide "
        "(e.g. ▲ + ●)",
        f"{path}: question {question}: pattern '€* million': '€*' is not a word, a word* "
        "prefix or a lone *",
    ]
    code, _, err = cli("suggest", "alpha", "-p", str(project.root))
    assert code == 2 and err.startswith(f"argmap: {path}: question {question}: pattern")
    # each is mended from the command line
    root = str(project.root)
    assert cli("patterns", "remove", "question", question, "€* million", "-p", root)[0] == 0
    assert (
        cli("codebook", "edit", "stance", stance, "--color", "teal", "--symbol", "▲", "-p", root)[0]
        == 0
    )
    assert cli("validate", "-p", root)[0] == 0


def test_a_css_colour_typed_into_the_file_is_drawn_and_named(project: Project, cli: Cli) -> None:
    _hand_edit(project, color="teal")
    stance = project.codebook.stances[0].id
    code, _, err = cli("validate", "-p", str(project.root))
    assert (
        f"{project.codebook_path}: stance {stance}: colour 'teal' is not one a terminal draws: "
        f"`argmap codebook edit stance {stance} --color teal` keeps it as #008080"
    ) in err.splitlines()
    code, out, _ = cli("export", "--format", "svg", "-p", str(project.root))
    assert code == 0 and "#7f7f7f" not in out  # drawn teal-ish, not the grey of an unknown name


def test_a_validator_error_reads_without_pydantic_words(project: Project, cli: Cli) -> None:
    data = json.loads(project.codebook_path.read_text(encoding="utf-8"))
    data["stances"][1]["id"] = data["stances"][0]["id"]
    project.codebook_path.write_text(json.dumps(data), encoding="utf-8")
    code, _, err = cli("validate", "-p", str(project.root))
    assert code == 1
    assert err == (
        f"argmap: {project.codebook_path}: stances: duplicate id {data['stances'][0]['id']!r}\n"
    )


def test_a_claim_saved_after_another_writer_renamed_its_question_is_refused(
    project: Project,
) -> None:
    """Two writers at once: one renamed a question while another was annotating with it
    (its codebook read before). The claim was saved with the old id, which no longer
    existed: `validate` then failed on it. Now the write, under the project lock, checks the
    codebook on disk, names it, and saves nothing."""
    from argmap import codebook as cbk
    from argmap.errors import UsageError

    slow = Project.open(project.root)  # read the codebook: `ukraine` is a question
    other = Project.open(project.root)
    other.change_codebook(
        lambda cb, claims: cbk.rename(cb, claims, "question", "ukraine", "kyiv"), "rename"
    )
    before = sorted(p.read_bytes() for p in project.annotations_dir.glob("*.jsonl"))
    with pytest.raises(UsageError) as err:
        slow.annotate("alpha", sentence="s0001", stance="pro-autonomy", questions=["ukraine"])
    assert str(err.value).startswith(
        f"{project.codebook_path}: changed by another process while this one worked: "
        "question 'ukraine' no longer in it"
    )
    assert sorted(p.read_bytes() for p in project.annotations_dir.glob("*.jsonl")) == before
    assert Project.open(project.root).validate() == []
    # the same writer's claim on a question the new codebook still has is saved
    slow.annotate("alpha", sentence="s0002", stance="pro-autonomy", questions=["us-guarantee"])
    assert [c.sentence for c in Project.open(project.root).claims(source="alpha")] == ["s0002"]


def test_what_progress_keeps_for_a_source_deleted_by_hand_is_dropped_by_remove(
    project: Project, cli: Cli
) -> None:
    """A source's files deleted by hand (not `argmap remove`): validate named the done mark
    and side kept for it and said "delete them from the file", the one way out was editing
    JSON. `argmap remove ID` now drops them, naming each."""
    root = str(project.root)
    assert cli("done", "beta", "-p", root)[0] == 0
    assert cli("argues", "beta", "hedged", "-p", root)[0] == 0
    for f in project.sources_dir.glob("beta*"):
        f.unlink()
    code, _, err = cli("validate", "-p", root)
    assert code == 1 and "`argmap remove beta` drops them" in err
    code, out, err = cli("remove", "beta", "-p", root)
    assert code == 0, err
    assert out == (
        "beta: no such source (its files are gone); dropped what progress kept: tester's done "
        "mark, argues hedged\n"
    )
    assert cli("validate", "-p", root)[0] == 0
    code, _, err = cli("remove", "beta", "-p", root)
    assert code == 2 and "unknown source 'beta'" in err  # nothing kept: as before
