"""A team annotating reported speech: `argmap agreement` compares whose stance each
annotator says a claim is (its voice), and adjudication keeps the voice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]

TEXT = (
    "The minister said the levy works. The federation said it must go. "
    "Critics disagree with both. The levy starts in May.\n"
)


@pytest.fixture
def root(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Source a read by ann and bea: s1 the minister's for ann, the writer's for bea; s2
    the federation's for both (spelled two ways); s3 the writer's for both; s4 none."""
    root = tmp_path / "p"
    p = ("-p", str(root))
    assert cli("init", str(root))[0] == 0
    assert cli("codebook", "add-question", "levy", "--label", "Levy", "--text", "The levy?",
               *p)[0] == 0  # fmt: skip
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", *p)[0] == 0
    readings = {
        "ann": (("s0001", "for", "the minister"), ("s0002", "against", "the federation"),
                ("s0003", "against", "")),
        "bea": (("s0001", "for", ""), ("s0002", "against", "The Federation"),
                ("s0003", "against", "")),
    }  # fmt: skip
    for who, rows in readings.items():
        monkeypatch.setenv("ARGMAP_ANNOTATOR", who)
        for sentence, stance, voice in rows:
            code, _, err = cli("annotate", "a", "--sentence", sentence, "--stance", stance,
                               "-q", "levy", "--voice", voice, *p)  # fmt: skip
            assert code == 0, err
        assert cli("done", "a", *p)[0] == 0
    return root


def test_agreement_counts_voices_and_lists_a_sentence_given_two_voices(
    cli: Cli, root: Path
) -> None:
    """Same stance, same question, other voice: agreement said the two agreed on all three
    sentences and listed no disagreement; now a voice figure (2 of 3) beside stance, and s1
    listed with each one's voice."""
    code, out, err = cli("agreement", "--json", "-p", str(root))
    assert code == 0, err
    [pair] = json.loads(out)["pairs"]
    assert pair["stance_annotated"]["agreed"] == 3
    assert (pair["voice"]["units"], pair["voice"]["agreed"]) == (3, 2)  # "The Federation" alike
    [dis] = pair["disagreements"]
    assert (dis["sentence"], dis["severity"]) == ("s0001", "voice")
    assert dis["readings"]["ann"]["voice"] == "the minister"
    assert dis["readings"]["bea"]["voice"] == "(writer)"
    code, out, err = cli("agreement", "-p", str(root))
    assert code == 0, err
    assert "voice, annotated" in out
    assert "a:s0001 (voice)" in out and "voice:" in out  # each one's voice beside the stance


def test_a_project_without_voices_shows_no_voice_figure(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "p"
    p = ("-p", str(root))
    assert cli("init", str(root))[0] == 0
    assert cli("codebook", "add-question", "levy", "--label", "Levy", "--text", "The levy?",
               *p)[0] == 0  # fmt: skip
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert cli("add", str(tmp_path / "a.txt"), "--id", "a", *p)[0] == 0
    for who in ("ann", "bea"):
        monkeypatch.setenv("ARGMAP_ANNOTATOR", who)
        assert cli("annotate", "a", "--sentence", "s0001", "--stance", "for", "-q", "levy",
                   *p)[0] == 0  # fmt: skip
    code, out, err = cli("agreement", "--json", *p)
    assert code == 0, err
    assert json.loads(out)["pairs"][0]["voice"] is None
    assert "voice, annotated" not in cli("agreement", *p)[1]


def test_adjudication_keeps_the_voice_and_adopts_only_sentences_read_in_one_voice(
    cli: Cli, root: Path
) -> None:
    """`adopt --agreed` copied s1 (same stance and questions, other voices) and dropped
    every voice: the matrix by voice, which counts the reference, moved the federation's
    stance to the writer."""
    p = ("-p", str(root))
    code, out, err = cli("adopt", "--agreed", "--json", *p)
    assert code == 0, err
    written = {c["sentence"]: c["voice"] for c in json.loads(out)}
    assert written == {"s0002": "The Federation", "s0003": ""}  # the project's spelling
    code, out, err = cli("adopt", "--sentence", "a:s0001", "--from", "ann", "--json", *p)
    assert code == 0, err
    assert [c["voice"] for c in json.loads(out)] == ["the minister"]
    code, out, err = cli("adopt", "--sentence", "a:s0004", "--stance", "hedged", "-q", "levy",
                         "--voice", "Critics", "--json", *p)  # fmt: skip
    assert code == 0, err
    assert [c["voice"] for c in json.loads(out)] == ["Critics"]
    code, out, err = cli("matrix", "--rows", "voice", "--json", *p)
    assert code == 0, err
    cells = {c["voice"]: c["counts"] for c in json.loads(out)["cells"]}
    assert cells["The Federation"]["against"] == 1 and cells["the minister"]["for"] == 1
    assert cells["Critics"]["hedged"] == 1


def test_validate_notes_two_voices_spelled_almost_alike(
    cli: Cli, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """bea typed "the ministre": `argmap voices` named the pair, `validate` said ok and
    nothing else. Now a note (exit 0: two people may be named so) and JSON near_voices."""
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "bea")
    code, _, err = cli("annotate", "a", "--sentence", "s0001", "--stance", "for", "-q", "levy",
                       "--voice", "the ministre", "-p", str(root))  # fmt: skip
    assert code == 0, err
    code, out, err = cli("validate", "-p", str(root))
    assert code == 0, err
    assert "note: voices 'the minister' and 'the ministre' are spelled almost alike" in out
    code, out, err = cli("validate", "--json", "-p", str(root))
    assert code == 0, err
    assert json.loads(out)["near_voices"] == [["the minister", "the ministre"]]


def test_voices_rename_mends_a_typo_in_all_your_claims_at_once(
    cli: Cli, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A typo in a voice was mended one `update CLAIM --voice` per claim; now `voices
    --rename OLD NEW` changes every claim of yours in OLD (one edit) and names whose others
    are (theirs to rename); an unknown OLD is refused with the near voice."""
    p = ("-p", str(root))
    for who in ("ann", "bea"):
        monkeypatch.setenv("ARGMAP_ANNOTATOR", who)
        for sentence in ("s0003", "s0004"):
            assert cli("annotate", "a", "--sentence", sentence, "--stance", "against", "-q",
                       "levy", "--voice", "Critcs", *p)[0] == 0  # fmt: skip
    monkeypatch.setenv("ARGMAP_ANNOTATOR", "ann")
    code, out, err = cli("voices", "--rename", "critcs", "Critics", *p)
    assert code == 0, err
    assert "2 claims of ann's now in voice 'Critics' (was 'Critcs')" in out
    assert "bea has 2 claims in 'Critcs': theirs to rename" in out
    claims = json.loads(cli("claims", "--json", *p)[1])
    assert sorted((c["annotator"], c["sentence"], c["voice"]) for c in claims
                  if c["sentence"] in ("s0003", "s0004")) == [
        ("ann", "s0003", "Critics"), ("ann", "s0004", "Critics"),
        ("bea", "s0003", "Critcs"), ("bea", "s0004", "Critcs"),
    ]  # fmt: skip
    code, _, err = cli("voices", "--rename", "the ministr", "x", *p)
    assert code == 2 and "no claim of ann's is in voice 'the ministr'" in err
    assert "did you mean 'the minister'" in err
