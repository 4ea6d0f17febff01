"""The matcher's identity: every codebook pattern of the repository's 30 projects compiles
and matches as it did before patterns could hold punctuation (session 17): the models use
the patterns as features, so a pattern's matches change only on purpose."""

from __future__ import annotations

import json

from tests.pattern_identity import OUT, digest, old_regex, projects


def test_every_pattern_of_every_project_matches_what_it_matched() -> None:
    """Per project, the compiled patterns and their hits on every line of its texts, as
    digested with the matcher before session 17. A project whose codebook or texts changed
    since (a model engineer's new patterns) is checked pattern by pattern against a copy
    of the old compiler instead."""
    expected = json.loads(OUT.read_text(encoding="utf-8"))
    from argmap import store
    from argmap.suggest.patterns import pattern_regex

    changed = []
    for name, codebook, texts in projects():
        got = digest(codebook, texts)
        if name in expected and got["inputs"] == expected[name]["inputs"]:
            assert got == expected[name], name
            continue
        changed.append(name)
        book = store.load_codebook(codebook)
        for entry in (*book.stances, *book.questions):
            for pattern in entry.patterns:
                before = old_regex(pattern)
                if before is not None:
                    assert pattern_regex(pattern).pattern == before, (name, pattern)
    assert len(changed) < len(expected) / 2, f"regenerate {OUT.name}: {changed} changed"
