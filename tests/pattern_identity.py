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
