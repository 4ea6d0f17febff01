"""Reference implementations the fast suggestion code is checked against."""

from __future__ import annotations

from argmap.suggest import text as T


def reference_normalise(text: str) -> str:
    """``text.normalise`` the slow way: every pattern run, no substring guards, no cache."""
    text = text.translate(T._QUOTES)
    for pattern, repl in T._CASED:
        text = pattern.sub(repl, text)
    text = T._SPELLING_RE.sub(lambda m: T._SPELLING[m.group(1)], text.lower())
    for pattern, repl in T._LOWER:
        text = pattern.sub(repl, text)
    return T._SPACES.sub(" ", text).strip()
