"""People's names in a line: "Dr Amara Quist", "Felix Amundsen and Grace Mbeki"."""

from __future__ import annotations

import re

from argmap.readers.dates import _MONTHS

HONORIFICS = frozenset(
    ["Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Mx", "Sir", "Dame", "Cllr", "Rev", "Dr."]
)
_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "al", "ter"]
)
NOT_NAMES = frozenset(
    """The A An Of And In On For To With Key Summary Findings Introduction Background
    Conclusion Conclusions Policy Brief Report Letters Letter Editor Opinion News Comment
    Analysis Interview Transcript Update Contents Abstract Recommendations Notes Sources
    References Table Figure Chapter Part Section Appendix Annex Briefing Paper Speech
    Statement Press Release Minutes Agenda Read More Share Subscribe Download Home Menu Search
    Sign Log Contact About Privacy Terms Cookies Photo Image Video Audio Podcast Episode
    Official Record Hearing Committee Council Ministry Department University Institute
    Centre Center Association Union Party Group Foundation Society Trust Office Published
    Updated Posted Written Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()  # noqa: SIM905
    + list(_MONTHS)
)
"""Capitalised words that are no part of a person's name (a heading, an organisation)."""


def person_name(words: str) -> str:
    """``words`` without an honorific if they read as one person's name ("Dr Amara Quist"
    gives "Amara Quist"; two to four capitalised words), else ``""``."""
    parts = words.split()
    while parts and parts[0].rstrip(".") in {h.rstrip(".") for h in HONORIFICS}:
        parts = parts[1:]
    names = [w for w in parts if w not in _PARTICLES]
    if not 2 <= len(names) <= 4 or len(parts) - len(names) > 2:
        return ""
    for w in names:
        core = w.strip("'’")
        if not core[:1].isupper() or core.rstrip(".") in NOT_NAMES:
            return ""
        if not all(c.isalpha() or c in "'’.-" for c in core) or (core.isupper() and len(core) > 3):
            return ""
    return " ".join(parts)


_AND = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")


def person_names(line: str) -> list[str]:
    """The people a line names, if it is nothing but one to four names ("Felix Amundsen and
    Grace Mbeki"), else ``[]``."""
    pieces = [p for p in _AND.split(line.strip()) if p]
    if not 1 <= len(pieces) <= 4:
        return []
    names = [person_name(p) for p in pieces]
    return names if all(names) else []
