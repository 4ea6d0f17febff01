"""The whole journey of a new debate through the command line alone (session 18): five pages
of a debate of one's own (two HTML pages saved from the web, two Markdown notes, a letter in
.txt), a codebook, patterns, readings typed and imported, a second annotator in a git clone,
a question renamed in one clone while the other read with it, the merge both ways,
agreement, and every export written to a shared folder. No file of the project is edited by
hand; every step a user would take, and what tripped the walk, is asserted."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import git

Cli = Callable[..., tuple[int, str, str]]

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

PAGES = Path(__file__).parent / "journey_pages"
HERALD = "saturday-car-ban-splits-hollin-bay"
CYCLE = "fore-street-for-people"
LETTER = "letter-to-the-town-clerk-about-the-fore"
TRADERS = "traders-association-meeting-6-march"
CAFE = "why-i-changed-my-mind-about-fore-street"
HEADER = "id\tsource\tsentence\tstance\tquestions\tkind\tsupports\tattacks\n"
READINGS = [  # the spreadsheet kerra fills in; L4 and J8 are verdicts on the whole closure
    ("F2", CYCLE, "s0002", "close-saturdays", "scope", "", "", ""),
    ("F3", CYCLE, "s0003", "close-saturdays", "trade", "evidence", "F2", ""),
    ("F5", CYCLE, "s0005", "close-saturdays", "scope", "", "F2", ""),
    ("F6", CYCLE, "s0006", "close-saturdays", "scope", "", "F5", ""),
    ("F7", CYCLE, "s0007", "conditional", "access", "", "", ""),
    ("L2", LETTER, "s0002", "conditional", "access", "evidence", "L3", ""),
    ("L3", LETTER, "s0003", "conditional", "access", "", "", ""),
    ("L4", LETTER, "s0004", "conditional", "", "", "", ""),
    ("L5", LETTER, "s0005", "close-saturdays", "safety", "", "L4", ""),
    ("T3", TRADERS, "s0003", "keep-open", "scope", "", "", ""),
    ("T4", TRADERS, "s0004", "conditional", "scope", "", "", "T3"),
    ("T5", TRADERS, "s0005", "conditional", "trade;access", "", "", ""),
    ("J2", CAFE, "s0002", "keep-open", "trade", "", "", ""),
    ("J4", CAFE, "s0004", "close-saturdays", "trade", "evidence", "", "J2"),
    ("J7", CAFE, "s0007", "conditional", "access", "", "", ""),
    ("J8", CAFE, "s0008", "conditional", "", "", "J7", ""),
]


def share(where: Path) -> str:
    """Commit, take the others' work (a merge), and push."""
    git(where, "add", "-A")
    git(where, "commit", "-qm", "work")
    merged = git(where, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    git(where, "push", "-q", "origin", "HEAD:main")
    return merged


def sheet(rows: list[tuple[str, ...]]) -> str:
    return HEADER + "".join("\t".join(row) + "\n" for row in rows)


def test_a_new_debate_from_saved_pages_to_a_shared_report_with_two_clones(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ARGMAP_ANNOTATOR", raising=False)
    kerra = tmp_path / "fore"

    def run(where: Path, who: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("ARGMAP_ANNOTATOR", who)
        return cli(*args, "-p", str(where))

    def ok(where: Path, who: str, *args: str) -> str:
        code, out, err = run(where, who, *args)
        assert code == 0, f"argmap {' '.join(args)}: {err}"
        return out

    assert cli("init", str(kerra), "--name", "Fore Street on Saturdays")[0] == 0
    for old, new in (("for", "close-saturdays"), ("against", "keep-open")):
        ok(kerra, "kerra", "codebook", "rename", "stance", old, new)
    ok(kerra, "kerra", "codebook", "rename", "stance", "hedged", "conditional")
    # a question has a --text, a stance a --description: the slip is named with the way
    code, _, err = run(kerra, "kerra", "codebook", "edit", "stance", "conditional", "--text", "x")
    assert code == 2 and "a stance has no text" in err and "its words are its --description" in err
    for stance, label in (
        ("close-saturdays", "Close on Saturdays"),
        ("keep-open", "Keep open"),
        ("conditional", "Only if"),
    ):
        ok(kerra, "kerra", "codebook", "edit", "stance", stance, "--label", label)
    for qid, text in (
        ("trade", "Will a closure help or hurt the shops?"),
        ("access", "Can people who need a car still reach the street?"),
        ("safety", "Is the street safer without cars?"),
        ("scope", "How often should the street close?"),
    ):
        ok(kerra, "kerra", "codebook", "add-question", qid, "--label", qid.title(), "--text", text)
    out = ok(kerra, "kerra", "patterns", "add", "stance", "keep-open", "stay away", "cannot park")
    assert "pattern 'cannot park' added" in out

    # the five pages, saved as they came (reader 15 pinned: the sentence ids below)
    out = ok(kerra, "kerra", "add", str(PAGES), "--reader", "15")
    for sid in (HERALD, CYCLE, LETTER, TRADERS, CAFE):
        assert f"added {sid}: " in out
    assert "author Priya Okafor-Lind · outlet Hollin Bay Herald · date 2027-03-04" in out
    # the second comment's writer is no speaker: set by hand, as a user does
    ok(kerra, "kerra", "speaker", HERALD, "s0012-s0013", "Dave from Trevenna")
    ok(kerra, "kerra", "meta", TRADERS, CAFE, "--outlet", "Hollin Bay notes")  # several at once

    # readings typed one by one, with their links (a claim by SOURCE:SENTENCE)
    for sentence, stance, question, more in (
        ("s0003", "close-saturdays", "safety", ()),
        ("s0004", "close-saturdays", "trade", ("--supports", f"{HERALD}:s0003")),
        ("s0007", "keep-open", "trade,access", ("--attacks", f"{HERALD}:s0004")),
        ("s0008", "close-saturdays", "access", ("--kind", "evidence", "--attacks", f"{HERALD}:s0007")),
        ("s0013", "keep-open", "access", ()),
    ):  # fmt: skip
        ok(kerra, "kerra", "annotate", HERALD, "--sentence", sentence, "--stance", stance,
           "-q", question, *more)  # fmt: skip
    # and the rest from a spreadsheet: the two general verdicts are refused, saying why
    # and how, and nothing is imported
    readings = tmp_path / "kerra.tsv"
    readings.write_text(sheet(READINGS), encoding="utf-8")
    code, _, err = run(kerra, "kerra", "import", str(readings))
    assert code == 1
    assert f"{readings}:9:5: no question (valid: trade, access, safety, scope)" in err
    assert "2 rows with no question: every claim bears on at least one question" in err
    assert f"`argmap import {readings} --question overall` gives it to every row" in err
    assert json.loads(ok(kerra, "kerra", "claims", "--json")).__len__() == 5
    ok(kerra, "kerra", "codebook", "add-question", "overall", "--label", "Overall",
       "--text", "Should Fore Street close to cars on Saturdays?", "--position", "1")  # fmt: skip
    out = ok(kerra, "kerra", "import", str(readings), "--question", "overall")
    assert out.startswith("imported 16 annotations as kerra: 16 new, 0 updated")
    matrix = json.loads(ok(kerra, "kerra", "matrix", "--json"))
    cells = {(c["source"], c["question"]): c for c in matrix["cells"]}
    assert cells[(LETTER, "overall")]["dominant"] == "conditional"
    assert cells[(CAFE, "overall")]["dominant"] == "conditional"

    # shared through a bare repository; bob clones it and reads the same pages
    git(kerra, "init", "-q", "-b", "main")
    git(kerra, "add", "-A")
    git(kerra, "commit", "-qm", "start")
    git(tmp_path, "clone", "-q", "--bare", str(kerra), "shared.git")
    git(kerra, "remote", "add", "origin", str(tmp_path / "shared.git"))
    git(kerra, "fetch", "-q", "origin")
    git(kerra, "branch", "-q", "--set-upstream-to=origin/main")
    git(tmp_path, "clone", "-q", "shared.git", "bob")
    bob = tmp_path / "bob"
    assert json.loads(ok(bob, "bob", "claims", "--by", "kerra", "--json")).__len__() == 21
    his = [
        (*row[:3], {"L4": "close-saturdays", "T4": "keep-open"}.get(row[0], row[3]), *row[4:])
        for row in READINGS
    ]
    (tmp_path / "bob.tsv").write_text(sheet(his), encoding="utf-8")
    ok(bob, "bob", "import", str(tmp_path / "bob.tsv"), "-q", "overall")
    ok(bob, "bob", "annotate", HERALD, "--sentence", "s0013", "--stance", "keep-open", "-q",
       "access")  # fmt: skip
    ok(bob, "bob", "done", CYCLE, LETTER)
    assert "CONFLICT" not in share(bob)

    # meanwhile kerra renamed a question bob's readings use, and read on
    ok(kerra, "kerra", "codebook", "rename", "question", "scope", "how-often")
    ok(kerra, "kerra", "annotate", TRADERS, "--sentence", "s0006", "--stance", "conditional",
       "-q", "trade")  # fmt: skip
    ok(kerra, "kerra", "done", CYCLE, LETTER)
    assert "CONFLICT" not in share(kerra)  # a union merge: both readings of each sentence
    # the first command after the merge moves bob's readings to the renamed question;
    # kerra's own, rewritten by the rename, are read once (not twice, as a merge of a
    # rewrite that kept its time left them: every command refused the files)
    code, out, err = run(kerra, "kerra", "validate")
    assert code == 0, err
    assert "argmap: 5 claims (bob) on question 'scope' moved to 'how-often'" in err
    claims = json.loads(ok(kerra, "kerra", "claims", "--json"))
    assert len(claims) == 21 + 1 + 17
    assert {q for c in claims for q in c["questions"]} == {
        "overall", "trade", "access", "safety", "how-often"
    }  # fmt: skip
    assert "CONFLICT" not in share(kerra)
    git(bob, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert ok(bob, "bob", "validate").startswith("ok: 5 sources, 39 claims")

    # agreement: the two verdicts read differently, all else alike
    agreement = json.loads(ok(bob, "bob", "agreement", "kerra", "bob", "--json"))
    stance = agreement["pairs"][0]["stance"]
    assert agreement["pairs"][0]["annotators"] == ["bob", "kerra"]
    assert stance["units"] - stance["agreed"] == 2, stance

    # the shared report, in every format, into a folder both commit
    shared = bob / "report"
    shared.mkdir()
    formats = {
        "markdown": "md", "html": "html", "svg": "svg", "dot": "dot", "graphml": "graphml",
        "argdown": "argdown", "aif": "aif.json", "ova": "ova.json", "csv": "csv", "json": "json",
    }  # fmt: skip
    for fmt, suffix in formats.items():
        target = shared / f"fore-street.{suffix}"
        ok(bob, "bob", "export", "--format", fmt, "-o", str(target))
        assert target.stat().st_size > 200, fmt
    page = (shared / "fore-street.html").read_text(encoding="utf-8")
    assert "Fore Street on Saturdays" in page and "How-Often" not in page
    assert "I do not object to the trial itself." in page
    data = json.loads((shared / "fore-street.json").read_text(encoding="utf-8"))
    assert {c["annotator"] for c in data["claims"]} >= {"kerra", "bob"}
    rows = (shared / "fore-street.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) > 20 and "how-often" in rows[1:].__str__()
    assert "CONFLICT" not in share(bob)
    git(kerra, "pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
    assert (kerra / "report" / "fore-street.html").exists()
    assert ok(kerra, "kerra", "validate").startswith("ok: 5 sources, 39 claims")
