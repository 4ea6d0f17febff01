"""Reference implementations the fast suggestion code is checked against."""

from __future__ import annotations

import re

from argmap.suggest import text as T

# ``text``'s patterns as first written (a word boundary first), before they were written to
# be searched by their first letters: the same matches.
_CASED = [
    (re.compile(r"\bU\.\s?S\.(?:\s?A\.)?"), " usa "),
    (re.compile(r"\bUnited States(?: of America)?\b"), " usa "),
    (re.compile(r"\bUSA?\b"), " usa "),
    (re.compile(r"\bAmerican?s?\b"), " usa "),
    (re.compile(r"\bU\.\s?K\.|\bUK\b|\bUnited Kingdom\b|\bGreat Britain\b|\bBritain\b"), " uk "),
    (re.compile(r"\bE\.\s?U\.|\bEU\b|\bEuropean Union\b"), " eu "),
]
_SPELLING_RE = re.compile(r"\b(" + T.longest_first(T._SPELLING) + r")\b")
_FIRST_LOWER = [
    (re.compile(r"\bco-operat"), "cooperat"),
    (re.compile(r"\bper cent\b"), "percent"),
]


def reference_normalise(text: str) -> str:
    """``text.normalise`` the slow way: every pattern run, no substring guards, no cache."""
    text = text.translate(T._QUOTES)
    for pattern, repl in _CASED:
        text = pattern.sub(repl, text)
    text = _SPELLING_RE.sub(lambda m: T._SPELLING[m.group(1)], text.lower())
    for pattern, repl in [*_FIRST_LOWER, *T._LOWER[len(_FIRST_LOWER) :]]:
        text = pattern.sub(repl, text)
    return T._SPACES.sub(" ", text).strip()
