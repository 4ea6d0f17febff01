"""What the codebook patterns of every project in the repository match, in one digest per
project: the matcher's identity check (``tests/test_pattern_identity.py``).

Every line of every source text of the seeds, bench/eval and bench/debate2-29 (the held-out
debates are left out) is matched, as written and normalised, against its project's patterns
(bench/eval's articles against the seeds' codebook). ``python3 -m tests.pattern_identity``
writes ``tests/pattern_identity.json``; run it only when a pattern's matches are meant to
change.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = Path(__file__).with_name("pattern_identity.json")
HELD_OUT = frozenset({"debate30", "debate31"})


def projects() -> list[tuple[str, Path, list[Path]]]:
    """(name, codebook, text files) of every project matched."""
    seeds = REPO / "annotations" / "codebook.json"
    out = [
        ("seeds", seeds, sorted((REPO / "seeds").glob("*.txt"))),
        ("eval", seeds, sorted((REPO / "bench" / "eval" / "articles").glob("*"))),
    ]
    debates = [
        d
        for d in (REPO / "bench").glob("debate*")
        if re.fullmatch(r"debate\d+", d.name) and d.name not in HELD_OUT
    ]
    for d in sorted(debates, key=lambda d: int(d.name.removeprefix("debate"))):
        texts = [p for p in sorted((d / "seeds").glob("*")) if p.suffix in (".txt", ".md")]
        out.append((d.name, d / "annotations" / "codebook.json", texts))
    return out


def inputs(codebook: Path, texts: list[Path]) -> str:
    """A digest of what a project's figures are made from: its patterns and its texts (a
    codebook or a text changed since the reference was written is not the matcher's
    doing; :func:`old_regex` checks that project's patterns then)."""
    from argmap import store

    book = store.load_codebook(codebook)
    made = hashlib.sha256()
    for entry in (*book.stances, *book.questions):
        made.update(repr(entry.patterns).encode())
    for path in texts:
        made.update(path.read_bytes())
    return made.hexdigest()[:16]


def old_regex(pattern: str) -> str | None:
    """The regular expression the matcher before session 17 made of ``pattern``, or None
    where it refused it (punctuation next to a word): a copy of that code."""
    from argmap.suggest.patterns import _GAP, _HAS_WORD, _MARK, _WORDISH, _is_symbol
    from argmap.suggest.text import normalise

    parts: list[str] = []
    gap = False
    for tok in normalise(pattern).split():
        if tok == "*":
            gap = True
            continue
        mark = _MARK.search(tok)
        if mark and _HAS_WORD.search(tok):
            return None
        if not (_WORDISH.match(tok) or _is_symbol(tok)) or tok.count("*") > 1:
            return None
        word = re.escape(tok[:-1]) + r"\w*" if tok.endswith("*") else re.escape(tok) + r"(?!\w)"
        if parts:
            parts.append(_GAP if gap else r"\s+")
        parts.append(r"(?<!\w)" + word)
        gap = False
    return "".join(parts) if parts else None


def digest(codebook: Path, texts: list[Path]) -> dict[str, object]:
    """The compiled patterns and their hits on every line of ``texts``, as a digest."""
    from argmap import store
    from argmap.suggest.patterns import compile_patterns, match
    from argmap.suggest.text import normalise

    patterns = compile_patterns(store.load_codebook(codebook))
    compiled = hashlib.sha256()
    for group in (*patterns.stance, *patterns.question):
        for pat in group:
            compiled.update(repr((pat.text, pat.regex.pattern, sorted(pat.words))).encode())
            compiled.update(repr((pat.parts, [rx.pattern for rx in pat.cased])).encode())
    hits = hashlib.sha256()
    lines = found = 0
    for path in texts:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            lines += 1
            got = match(patterns, normalise(line), raw=line)
            found += len(got.found)
            hits.update(repr((got.stance, got.conceded, got.question, got.found)).encode())
    return {
        "inputs": inputs(codebook, texts),
        "lines": lines,
        "hits": found,
        "patterns": compiled.hexdigest()[:16],
        "matches": hits.hexdigest()[:16],
    }


def measure() -> dict[str, dict[str, object]]:
    return {name: digest(cb, texts) for name, cb, texts in projects()}


if __name__ == "__main__":
    result = measure()
    OUT.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"{OUT}: {len(result)} projects, {sum(r['hits'] for r in result.values())} hits",
        file=sys.stderr,
    )
