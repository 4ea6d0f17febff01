"""Step 1 of 6: one spelling and style for every text (see ``argmap.suggest``).

A new outlet's style ("U.S." or "US", "defence" or "defense", curly quotes, numbers) would
otherwise look like signal: every feature and pattern sees the text through ``normalise``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": " - ",
        "\u2014": " - ",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2026": "...",
    }
)

# ``_QUOTES`` as (character, replacement) pairs: replacing the characters a text holds one by
# one is ``translate`` (no replacement holds a character of another pair), several times faster.
_QUOTE_PAIRS = tuple((chr(c), r) for c, r in _QUOTES.items())
assert not any(c in r for c, _ in _QUOTE_PAIRS for _, r in _QUOTE_PAIRS)


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of the literal ``words`` that matches, at a position, the longest
    of them with which the rest of the pattern matches: what ``w1|w2|...`` with the words
    sorted longest first does, written as a tree of their characters (``a(?:nd|s)?`` for
    "and", "as", "a"), which the regex engine tries in a fraction of the time (one branch
    per next character, not every word at every position)."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # longer words first: the branch is tried before ending here
        return f"(?:{body})?" if "" in node else body

    return branch(tree)


# Applied before lower-casing, so that "US" (the country) and "us" (the pronoun) differ.
# A pattern written ``\bWORD...`` is written ``WORD(?<=\bWORD)...``: the same matches (a
# word boundary before the word, looked back at), but the regex engine then searches for
# the word's letters rather than trying the pattern at every position (3-4 times faster).
_CASED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"U\.(?<=\bU\.)\s?S\.(?:\s?A\.)?"), " usa "),
    (re.compile(r"United(?<=\bUnited) States(?: of America)?\b"), " usa "),
    (re.compile(r"US(?<=\bUS)A?\b"), " usa "),
    (re.compile(r"America(?<=\bAmerica)n?s?\b"), " usa "),
    (
        re.compile(
            r"U\.(?<=\bU\.)\s?K\.|UK(?<=\bUK)\b|United(?<=\bUnited) Kingdom\b"
            r"|Great(?<=\bGreat) Britain\b|Britain(?<=\bBritain)\b"
        ),
        " uk ",
    ),
    (re.compile(r"E\.(?<=\bE\.)\s?U\.|EU(?<=\bEU)\b|European(?<=\bEuropean) Union\b"), " eu "),
]

_SPELLING = {
    "defence": "defense",
    "defences": "defenses",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "licences": "licenses",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "programme": "program",
    "programmes": "programs",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "dialogues": "dialogs",
    "per cent": "percent",
    "co-operation": "cooperation",
}

_LOWER: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"co-operat(?<=\bco-operat)"), "cooperat"),
    (re.compile(r"per(?<=\bper) cent\b"), "percent"),
    (re.compile(r"%"), " percent "),
    # ("'s", or "'" after an "s" before a space: the quote first, so that it is scanned for)
    (re.compile(r"'(?:s\b|(?<=s')(?=\s|$))"), ""),
    # any number (years, money, percentages, ordinals) is one token
    (re.compile(r"\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?\b"), " _num_ "),
    # -ise/-isation -> -ize/-ization; -yse -> -yze; -our -> -or (both sides alike)
    (re.compile(r"\b(\w{3,}?)is(e|es|ed|ing|ation|ations|er|ers)\b"), r"\1iz\2"),
    (re.compile(r"\b(\w{2,}?)ys(e|es|ed|ing)\b"), r"\1yz\2"),
    (re.compile(r"\b(\w{3,}?)our(s|ed|ing|able|ite|ites)?\b"), r"\1or\2"),
    # "burden-sharing" and "burden sharing" are one phrase
    # (the dash first, so that it is scanned for, then the letter before it)
    (re.compile(r"[-/](?<=[a-z][-/])(?=[a-z])"), " "),
]


def _at_word_start(words: Iterable[str]) -> str:
    """``\\b(?:W1|W2|...)`` of the literal ``words`` (``longest_first``), written so that
    the regex engine searches for their first letters: each first letter, then the word
    boundary before it looked back at, then the rest of the words that begin with it."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(word[1:])
    return (
        "(?:"
        + "|".join(
            f"{re.escape(ch)}(?<=\\b{re.escape(ch)}){longest_first(rests[ch])}"
            for ch in sorted(rests)
        )
        + ")"
    )


_SPELLING_RE = re.compile("(" + _at_word_start(_SPELLING) + r")\b")
_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")
# Per pattern of _CASED / _LOWER: literals one of which every match contains. A pattern is
# only run on a text containing one (a substring test is far cheaper than a regex scan).
_CASED_GUARDS: list[tuple[str, ...]] = [
    ("U.",),
    ("United States",),
    ("US",),
    ("America",),
    ("U.", "UK", "United Kingdom", "Britain"),
    ("E.", "EU", "European Union"),
]
_SPELLING_GUARDS = (
    "fence",  # defence, offence (not "ence": evidence, influence, ...)
    "licence",
    "centre",
    "theatre",
    "programme",
    "catalogue",
    "dialogue",
    "per cent",
    "co-operation",
)
_LOWER_GUARDS: list[tuple[str, ...]] = [
    ("co-operat",),
    ("per cent",),
    ("%",),
    ("'s", "s'"),
    tuple("0123456789"),  # digits
    ("ise", "ising", "isation"),
    ("yse", "ysing"),
    ("our",),
    ("-", "/"),
]
assert len(_CASED_GUARDS) == len(_CASED) and len(_LOWER_GUARDS) == len(_LOWER)
_CASED_GUARDED = list(zip(_CASED, _CASED_GUARDS, strict=True))
_LOWER_GUARDED = list(zip(_LOWER, _LOWER_GUARDS, strict=True))


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """The text in one spelling and style: lower case, ``usa``/``uk``/``eu``, US spelling.

    ``"The U.S. defence budget rose 5%."`` becomes ``"the usa defense budget rose _num_ percent ."``.
    """
    return normalise_uncached(text)


def normalise_many(texts: Iterable[str]) -> list[str]:
    """``normalise`` of each of ``texts`` (many distinct texts: no cache)."""
    return list(map(normalise_uncached, texts))


def normalise_uncached(text: str) -> str:
    """``normalise`` without the cache."""
    if not text.isascii():  # every character _QUOTES maps is beyond ASCII
        for c, r in _QUOTE_PAIRS:
            if c in text:
                text = text.replace(c, r)
    for (pattern, repl), guards in _CASED_GUARDED:
        for g in guards:  # a plain loop: any() with a generator costs more than the tests
            if g in text:
                text = pattern.sub(repl, text)
                break
    text = text.lower()
    for g in _SPELLING_GUARDS:
        if g in text:
            text = _SPELLING_RE.sub(_spelling, text)
            break
    for (pattern, repl), guards in _LOWER_GUARDED:
        for g in guards:
            if g in text:
                text = pattern.sub(repl, text)
                break
    # str.split() and the regex \s agree on what is white space: runs become one space.
    # Every white space character but the space is unprintable, so a printable text without
    # two spaces in a row or at either end is already so (most texts: 0.1 s less at 1,000
    # sources than splitting and joining each)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


def _spelling(m: re.Match[str]) -> str:
    return _SPELLING[m.group(1)]


_WORD = re.compile(r"[a-z_]{2,}")
#: Words naming the US side and the European side (whole words of normalised text).
US_WORDS = frozenset({"usa", "washington", "transatlantic", "nato"})
EUROPE_WORDS = frozenset({"europe", "european", "europeans", "eu"})
_US = re.compile(r"\b(?:" + "|".join(sorted(US_WORDS)) + r")\b")
_EUROPE = re.compile(r"\b(?:" + "|".join(sorted(EUROPE_WORDS)) + r")\b")
# The stance descriptions call autonomy "redundant, unrealistic, risky or harmful"; these are
# the words such arguments are made with.
_OBSTACLE_WORDS = (
    r"risks?|risky|obstacles?|fragmented|vulnerable|cannot|unrealistic|harmful|redundant|"
    r"challenges?|undermin\w*|complex|fears?|fearing|hesitat\w*|threat|collapse|difficult|"
    r"costly|duplicat\w*"
)
_OBSTACLE = re.compile(r"\b(?:" + _OBSTACLE_WORDS + r")\b")
#: One word (a ``\w+`` token) that ``_OBSTACLE`` finds: its matches are whole words.
OBSTACLE_WORD = re.compile(r"(?:" + _OBSTACLE_WORDS + r")")


@lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """Content-word stems (first 6 letters) of ``text``, for keyword priors."""
    return stems_norm(normalise(text))


def stems_norm(norm: str) -> frozenset[str]:
    """Content-word stems (first 6 letters) of normalised text."""
    stop = stop_words()
    return frozenset({w[:6] for w in _WORD.findall(norm) if w not in stop})


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)
