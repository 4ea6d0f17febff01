"""Commands that got in the way of the builders of debate33, 34 and 35 (their friction.md,
"Commands and codebook"), each reproduced through the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]

TEXT = (
    "Abolish the rule now. Phase it in over two years. Keep it as it is. "
    "Freeze it where it stands. Cut it back hard.\n"
)


@pytest.fixture
def root(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with one question and one source "a" of five sentences, annotator ann."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ann")
    root = tmp_path / "p"
    assert cli("init", str(root))[0] == 0
    assert cli("codebook", "add-question", "rule", "--label", "Rule", "--text", "The rule?",
               "-p", str(root))[0] == 0  # fmt: skip
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", "-p", str(root))[0] == 0
    return root


def test_an_ordered_scale_of_five_stances_has_places_the_matrix_and_exports_follow(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate35: five stances on one scale, and `--axis` took only -1/0/+1, so the two
    stances on each side could not be told apart (the order lived only in the list). A
    stance's axis is now its place, -3..+3: the sign its side, the size how far out; the
    matrix and the reports run along it whatever order the codebook lists them in."""
    p = ("-p", str(root))
    # the blank codebook's for +1, against -1, hedged 0; the ends added last, out of order
    assert cli("codebook", "rename", "stance", "for", "phase-in", *p)[0] == 0
    assert cli("codebook", "rename", "stance", "against", "freeze", *p)[0] == 0
    assert cli("codebook", "rename", "stance", "hedged", "keep", *p)[0] == 0
    code, _, err = cli("codebook", "add-stance", "cut", "--axis", "-2", *p)
    assert code == 0, err
    assert cli("codebook", "add-stance", "abolish", "--axis", "+2", *p)[0] == 0
    code, _, err = cli("codebook", "edit", "stance", "keep", "--axis", "4", *p)
    assert code != 0 and "axis 4: a stance's axis is its place on the scale, -3 to +3" in err
    _, help_text, _ = cli("codebook", "add-stance", "--help")
    assert "the size how far out" in " ".join(help_text.split())
    for n, stance in enumerate(["abolish", "phase-in", "keep", "freeze", "cut"], start=1):
        assert cli("annotate", "a", "--sentence", f"s000{n}", "--stance", stance, "-q",
                   "rule", *p)[0] == 0  # fmt: skip
    code, out, err = cli("matrix", *p)
    assert code == 0, err
    header = " ".join(out.split())
    assert "counts abolish/phase-in/keep/freeze/cut;" in header
    assert "± mixed" in header and "±" in out.split("counts")[1]  # +2 and -2 are sides
    code, _, err = cli("export", "-o", str(tmp_path / "report.md"), *p)
    assert code == 0, err
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    legend = [report.index(f"(`{sid}`)") for sid in ("abolish", "phase-in", "keep", "freeze",
                                                      "cut")]  # fmt: skip
    assert legend == sorted(legend), report[:800]
    assert "The stances are one scale, from ■ abolish to ● cut" in report
    described = json.loads(cli("codebook", "--json", *p)[1])
    assert {s["id"]: s["axis"] for s in described["stances"]} == {
        "phase-in": 1, "freeze": -1, "keep": 0, "cut": -2, "abolish": 2
    }  # fmt: skip


def test_the_file_each_source_came_from_is_in_sentences_tsv_and_sources_json(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate35: `sentences --all --tsv` had no column for the file a source came from and
    `sources --json` no path: matching files to ids meant re-deriving the slugs."""
    name = "I own 3 burger franchises and 60% of my crew are under 21, AMA.txt"
    (tmp_path / name).write_text("Raise the wage. It helps the young.\n", encoding="utf-8")
    assert cli("add", str(tmp_path / name), "--id-from", "file", "-p", str(root))[0] == 0
    code, out, err = cli("sentences", "--all", "--tsv", "-p", str(root))
    assert code == 0, err
    header, *rows = [line.split("\t") for line in out.splitlines()]
    assert header[:5] == ["source", "sentence", "speaker", "text", "file"]
    assert {(r[0], r[4]) for r in rows} == {
        ("a", "a.txt"), ("i-own-3-burger-franchises-and-60-of-my-crew-are-under-21-ama", name)
    }  # fmt: skip
    listed = json.loads(cli("sources", "--json", "-p", str(root))[1])
    files = {s["id"]: (s["added_from"], Path(s["path"]).is_file()) for s in listed}
    assert files["a"] == ("a.txt", True)
    # the template, filled in, reads back: the file column is only for the reader
    filled = tmp_path / "filled.tsv"
    cells = rows[0] + [""] * (len(header) - len(rows[0]))
    cells[header.index("stance")], cells[header.index("questions")] = "for", "rule"
    filled.write_text("\t".join(header) + "\n" + "\t".join(cells) + "\n", encoding="utf-8")
    code, _, err = cli("import", str(filled), "-p", str(root))
    assert code == 0, err


def test_a_furniture_title_gives_no_id_the_file_names_the_source(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate34: a Moodle page saved as text was titled "Skip to main content" and a Slack
    day file "<@U03LT2W5N> has joined the channel …": ids that named no source, set by
    hand with `--id`. Such a title is furniture: the file names the source and its title."""
    page = tmp_path / "Course_ Being Online (Year 8) _ Marrowgate Learning.txt"
    page.write_text(
        "Skip to main content\n\nPhones should stay in lockers all day. Pupils focus better.\n",
        encoding="utf-8",
    )
    code, out, err = cli("add", str(page), "-p", str(root))
    assert code == 0, err
    assert out.startswith(
        "added course-being-online-year-8: 'Course Being Online (Year 8) Marrowgate Learning'"
    ), out


def test_a_slack_export_folder_is_added_a_source_per_channel_day(
    cli: Cli, root: Path, tmp_path: Path
) -> None:
    """debate34: `add` of a Slack export's folder said "no .txt, .md or .html files" though
    `add --help` lists chat exports; the builder added one day's file by hand. The folder
    now adds each channel's days, named CHANNEL-DAY (every day file is named by its date)."""
    export = tmp_path / "Governors Slack export Feb 12 2028 - Feb 13 2028"
    (export / "phones").mkdir(parents=True)
    (export / "general").mkdir()
    (export / "users.json").write_text('[{"id": "U1", "real_name": "Ann Lee"}]', "utf-8")
    (export / "channels.json").write_text('[{"name": "phones"}, {"name": "general"}]', "utf-8")

    def day(*texts: str) -> str:
        return json.dumps(
            [{"type": "message", "user": "U1", "text": t, "ts": f"1707{n}.0"}
             for n, t in enumerate(texts)]
        )  # fmt: skip

    (export / "phones" / "2028-02-12.json").write_text(
        day("<@U1> has joined the channel", "Ban phones all day. It helps focus."), "utf-8"
    )
    (export / "phones" / "2028-02-13.json").write_text(day("Lessons only, I say."), "utf-8")
    (export / "general" / "2028-02-12.json").write_text(day("Meeting moved to six."), "utf-8")
    code, out, err = cli("add", str(export), "-p", str(root))
    assert code == 0, err
    ids = {s["id"] for s in json.loads(cli("sources", "--json", "-p", str(root))[1])}
    assert ids == {"a", "general-2028-02-12", "phones-2028-02-12", "phones-2028-02-13"}, out
    code, out, err = cli("sentences", "phones-2028-02-12", "--json", "-p", str(root))
    assert "It helps focus." in {s["text"] for s in json.loads(out)}  # how it reads: r19's


def test_an_edit_on_a_source_changed_since_it_was_annotated_says_what_it_saved(
    cli: Cli, root: Path
) -> None:
    """A source's text edited after it was annotated: the next edit of its claims saved them
    all re-anchored on the new text (a claim whose words are gone as an orphan) and said
    nothing; only `validate` told, before the save. The edit now says it, one line naming
    the file; nothing is lost."""
    p = ("-p", str(root))
    for n, stance in ((1, "for"), (2, "for"), (5, "against")):
        assert cli("annotate", "a", "--sentence", f"s000{n}", "--stance", stance, "-q", "rule",
                   *p)[0] == 0  # fmt: skip
    text = root / "seeds" / "a.txt"
    text.write_text(TEXT.replace("Cut it back hard.", "Leave it."), encoding="utf-8")
    code, _, err = cli("annotate", "a", "--sentence", "s0003", "--stance", "hedged", "-q",
                       "rule", *p)  # fmt: skip
    assert code == 0, err
    notes = [line for line in err.splitlines() if "re-anchored" in line]
    assert notes == [
        f"argmap: {root / 'annotations' / 'a.jsonl'}: source a's text changed since it was "
        "annotated: its claims were saved re-anchored (0 moved, 0 fuzzily, 1 orphan: argmap "
        "orphans a)"
    ]
    claims = json.loads(cli("claims", "--json", *p)[1])
    assert len(claims) == 4 and sum(bool(c.get("orphan")) for c in claims) == 1
    code, _, err = cli("annotate", "a", "--sentence", "s0004", "--stance", "hedged", "-q",
                       "rule", *p)  # fmt: skip
    assert code == 0 and "re-anchored" not in err  # said once, when saved


def test_a_source_saved_in_another_encoding_is_named_not_called_missing(
    cli: Cli, root: Path
) -> None:
    """A source's text re-saved in Latin-1 by an editor: every command named the text's byte
    and then called the source's annotations "for a missing source (no text in seeds/)",
    which it is not; nothing is written and its claims are kept."""
    p = ("-p", str(root))
    assert cli("annotate", "a", "--sentence", "s0001", "--stance", "for", "-q", "rule", *p)[0] == 0
    claims = root / "annotations" / "a.jsonl"
    before = claims.read_bytes()
    (root / "seeds" / "a.txt").write_bytes(TEXT.replace("now", "n\xf6w").encode("latin-1"))
    code, _, err = cli("annotate", "a", "--sentence", "s0002", "--stance", "for", "-q", "rule",
                       *p)  # fmt: skip
    assert code == 1
    assert f"{root / 'seeds' / 'a.txt'}: not valid utf-8 at byte 18 (0xf6)" in err
    assert "missing source" not in err
    assert f"{claims}: annotations of source 'a', whose files cannot be read" in err
    assert claims.read_bytes() == before


def test_codebook_merge_of_a_codebook_not_in_utf8_is_one_line(cli: Cli, root: Path) -> None:
    """Every write command against each project file made non-UTF-8 (session 19's sweep):
    `codebook merge` alone ended in a UnicodeDecodeError traceback."""
    path = root / "annotations" / "codebook.json"
    path.write_bytes(path.read_bytes().replace(b"The rule?", b"The r\xe8gle?"))
    code, out, err = cli("codebook", "merge", "-p", str(root))
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [f"argmap: {path}: not valid UTF-8 at byte {err_at(path)}"]


def err_at(path: Path) -> int:
    return path.read_bytes().index(b"\xe8")


def test_a_key_a_merge_left_twice_in_a_metadata_file_is_read_or_named(cli: Cli, root: Path) -> None:
    """git joins two copies' additions at one place of a JSON file without a conflict (each
    set a speaker on a source that had none: `"speakers"` twice); json kept the last copy's
    and silently dropped the other's. Two lists are read as one; two different values of one
    field are named with the line."""
    meta = root / "seeds" / "a.meta.json"
    data = json.loads(meta.read_text(encoding="utf-8"))
    data.pop("speakers", None)
    text = json.dumps(data, indent=2, sort_keys=True)
    one = (
        '  "speakers": [{"sentence": "s0001", "speaker": "Ann", "text": "Abolish the rule now."}],'
    )
    two = '  "speakers": [{"sentence": "s0002", "speaker": "Bo", "text": "Phase it in over two years."}],'
    meta.write_text(text.replace("{\n", "{\n" + one + "\n" + two + "\n", 1), encoding="utf-8")
    out = json.loads(cli("sentences", "a", "--json", "-p", str(root))[1])
    assert [s.get("speaker", "") for s in out][:3] == ["Ann", "Bo", ""]
    meta.write_text(text.replace("{\n", '{\n  "outlet": "Herald",\n', 1), encoding="utf-8")
    code, _, err = cli("meta", "a", "-p", str(root))
    assert code == 1
    assert f"{meta}:" in err and "'outlet' twice with different values" in err


def test_two_writers_of_one_metadata_file_keep_each_others_fields(cli: Cli, root: Path) -> None:
    """A program that opened the project earlier (the TUI, open for an hour) saved a
    source's metadata as it had read it: a `speaker` or `meta` set meanwhile from a terminal
    was lost. Each writer now changes its own fields of the file as saved, and undo only
    those."""
    from argmap.project import Project

    early = Project.open(root, annotator="ann", strict=False)
    assert cli("speaker", "a", "s0001", "Bob", "-p", str(root))[0] == 0
    early.set_meta("a", outlet="Herald")
    later = Project.open(root, annotator="ann", strict=False)
    assert later.source("a").meta.outlet == "Herald"
    assert [(f.sentence, f.speaker) for f in later.source("a").meta.speakers] == [("s0001", "Bob")]
    assert cli("meta", "a", "--author", "Dee Fox", "-p", str(root))[0] == 0
    early.set_speaker("a", ["s0002"], "Cy")
    early.undo()  # Cy's speaker only
    meta = Project.open(root, annotator="ann", strict=False).source("a").meta
    assert (meta.outlet, meta.author) == ("Herald", "Dee Fox")
    assert [(f.sentence, f.speaker) for f in meta.speakers] == [("s0001", "Bob")]
