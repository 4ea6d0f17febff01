"""A pattern word written with capitals matches only so written: an acronym ("SEND",
special educational needs) is a pattern that "send a message" does not hit. Words in lower
case match any case, as before (the shipped codebooks' patterns are all lower case)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from argmap.store import default_codebook_path, load_codebook

Cli = Callable[..., tuple[int, str, str]]

ARTICLE = """\
Pupils with SEND need their phones for medical apps during the day.

Parents send a message at lunch and expect an answer.

The Send button is in the corner of the screen.
"""


def test_a_pattern_in_capitals_matches_the_acronym_not_the_word(tmp_path: Path, cli: Cli) -> None:
    root = str(tmp_path / "proj")
    assert cli("init", root)[0] == 0
    for qid, label in (("equity", "Equity"), ("contact", "Contact")):
        code, _, err = cli(
            "codebook", "add-question", qid, "--label", label, "--text", f"{label}?",
            "--project", root,
        )  # fmt: skip
        assert code == 0, err
    path = tmp_path / "note.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = cli("add", str(path), "--id", "note", "--project", root)
    assert code == 0, err
    for sentence, question in (("s0001", "equity"), ("s0002", "contact"), ("s0003", "contact")):
        code, _, err = cli(
            "annotate", "note", "--sentence", sentence, "--stance", "for", "-q", question,
            "--annotator", "ana", "--project", root,
        )  # fmt: skip
        assert code == 0, err
    code, _, err = cli("patterns", "add", "question", "equity", "SEND", "send", "--project", root)
    assert code == 0, err
    code, out, err = cli("patterns", "--json", "--project", root)
    assert code == 0, err
    rows = {r["pattern"]: r for r in json.loads(out)}
    # "SEND" is found in the one sentence that writes it so; "send" in all three
    assert (rows["SEND"]["units"], rows["SEND"]["correct"]) == (1, 1)
    assert (rows["send"]["units"], rows["send"]["correct"]) == (3, 1)


def test_the_models_see_a_capitals_pattern_only_where_it_is_so_written() -> None:
    from argmap.suggest.patterns import compile_patterns, match, match_many, tokens_of
    from argmap.suggest.text import normalise
    from argmap.suggest.vectors import tokenise

    codebook = load_codebook(default_codebook_path())
    q = codebook.questions[0].id
    codebook = codebook.model_copy(
        update={
            "questions": (
                codebook.questions[0].model_copy(update={"patterns": ("NATO", "nato* ally")}),
                *codebook.questions[1:],
            )
        }
    )
    ps = compile_patterns(codebook)
    raws = ["NATO must stay.", "Nato must stay.", "A NATO ally.", "a nato ally."]
    norms = [normalise(r) for r in raws]
    many = match_many(ps, norms, tokenise(norms), raws)
    k = ps.question_ids.index(q)
    assert many.question[:, k].tolist() == [1, 0, 2, 1]
    one = [match(ps, n, tokens_of(n), r).question[k] for n, r in zip(norms, raws, strict=True)]
    assert one == [1, 0, 2, 1]
