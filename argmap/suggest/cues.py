"""Debate-general cues of stance: words that mark a position in any debate.

A codebook's own patterns and hedge cues are written for one debate and may fire on few
sentences of a new one (the rent-cap debate of ``bench/debate2`` has no hedge cues at all).
These lists are written from the literature on stance and metadiscourse, not from any
article, and every project gets them:

- ``HEDGES`` and ``BOOSTERS``: Hyland's hedges and boosters (*Metadiscourse*, 2005,
  appendix; Hyland 1998), the epistemic markers that withhold or press commitment;
- ``CONTRAST``: concession and contrast ("but", "while", "although", "on the other hand"),
  the structure of a two-sided sentence;
- ``CONDITION``: conditionals ("if", "unless", "only if", "provided that", "depends on");
- ``BALANCE``: weighing both sides ("both", "neither", "trade-off", "on balance");
- ``POSITIVE`` and ``NEGATIVE``: general evaluation words, the words of the VADER
  sentiment lexicon (Hutto and Gilbert, 2014: 7,500 entries, each rated -4..4 by ten
  people; MIT licence, read from the ``vaderSentiment`` package) whose mean rating is at
  least ``VALENCE_MIN`` from 0, that are words (not emoticons) and neither stop words nor
  cues of the groups above;
- ``NEGATION``: negators: an evaluation word up to ``NEGATION_SCOPE`` words after one
  counts for the other polarity ("does not work", "nothing to help").

Every entry is in ``text.normalise``'s form (lower case, American spelling, "-" between
letters a space). One-word entries are counted from the words, the others with a regex.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

HEDGES = (
    "about",
    "almost",
    "apparently",
    "appear",
    "appeared",
    "appears",
    "approximately",
    "arguably",
    "around",
    "assume",
    "assumed",
    "broadly",
    "could",
    "couldn",
    "doubt",
    "doubtful",
    "essentially",
    "estimate",
    "estimated",
    "fairly",
    "feel",
    "frequently",
    "generally",
    "guess",
    "in general",
    "in most cases",
    "in my opinion",
    "in my view",
    "in our view",
    "indicate",
    "indicates",
    "largely",
    "likely",
    "mainly",
    "may",
    "maybe",
    "might",
    "mostly",
    "often",
    "on the whole",
    "ought",
    "perhaps",
    "plausible",
    "plausibly",
    "possible",
    "possibly",
    "predict",
    "presumably",
    "probable",
    "probably",
    "quite",
    "relatively",
    "roughly",
    "seem",
    "seemed",
    "seems",
    "sometimes",
    "somewhat",
    "suggest",
    "suggests",
    "suppose",
    "suspect",
    "tend",
    "tends",
    "to some extent",
    "to a certain extent",
    "typically",
    "uncertain",
    "unclear",
    "unlikely",
    "usually",
    "would",
    "wouldn",
    "wonder",
)

BOOSTERS = (
    "actually",
    "always",
    "certain",
    "certainly",
    "clear",
    "clearly",
    "conclusively",
    "decidedly",
    "definitely",
    "demonstrate",
    "demonstrates",
    "doubtless",
    "evident",
    "evidently",
    "in fact",
    "indeed",
    "indisputable",
    "know",
    "known",
    "must",
    "never",
    "no doubt",
    "obvious",
    "obviously",
    "of course",
    "prove",
    "proves",
    "proved",
    "really",
    "show",
    "shows",
    "shown",
    "sure",
    "surely",
    "truly",
    "undeniable",
    "undeniably",
    "without doubt",
    "will",
)

CONTRAST = (
    "but",
    "however",
    "although",
    "though",
    "while",
    "whereas",
    "yet",
    "nevertheless",
    "nonetheless",
    "even so",
    "despite",
    "in spite of",
    "on the other hand",
    "on the one hand",
    "at the same time",
    "then again",
    "admittedly",
    "granted",
)

CONDITION = (
    "if",
    "unless",
    "only if",
    "provided that",
    "providing that",
    "as long as",
    "so long as",
    "on condition",
    "depends on",
    "depend on",
    "depending on",
    "whether",
    "in case",
)

BALANCE = (
    "both",
    "neither",
    "either side",
    "both sides",
    "each side",
    "trade off",
    "trade offs",
    "on balance",
    "weigh",
    "weighed",
    "weighing",
    "mixed",
    "pros and cons",
    "costs and benefits",
    "more good than harm",
    "middle ground",
    "compromise",
    "balance",
    "balanced",
)

NEGATION = (
    "not",
    "no",
    "never",
    "nothing",
    "none",
    "nor",
    "neither",
    "cannot",
    "t",  # the "t" of "don't", "won't", "isn't" (the tokeniser splits at the apostrophe)
    "without",
    "little",
)

#: The smallest absolute mean rating (VADER's scale, -4..4) of an evaluation word.
VALENCE_MIN = 1.5
_LETTERS = re.compile(r"[a-z]+")


def vader_lexicon() -> dict[str, float]:
    """The VADER sentiment lexicon as shipped in the ``vaderSentiment`` package: entry ->
    mean rating (-4 most negative .. 4 most positive)."""
    from importlib.resources import files

    path = files("vaderSentiment") / "vader_lexicon.txt"
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            out[parts[0]] = float(parts[1])
    return out


def evaluation_words(min_valence: float = VALENCE_MIN) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The positive and negative evaluation words: VADER's entries of letters only rated at
    least ``min_valence`` from 0, less stop words and the words of the other groups."""
    from argmap.suggest.text import stop_words

    taken = stop_words() | set(HEDGES + BOOSTERS + CONTRAST + CONDITION + BALANCE + NEGATION)
    words = {
        w: v
        for w, v in vader_lexicon().items()
        if _LETTERS.fullmatch(w) and w not in taken and abs(v) >= min_valence
    }
    return (
        tuple(sorted(w for w, v in words.items() if v > 0)),
        tuple(sorted(w for w, v in words.items() if v < 0)),
    )


#: Endings of a word that name the same thing ("ban": "bans", "banned", "banning").
_INFLECTIONS = ("", "s", "es", "d", "ed", "ing", "er", "ers")


def naming_words(names: Iterable[str]) -> frozenset[str]:
    """The evaluation words that name a stance of the debate (a word of one of ``names``,
    normalised, with an inflection): "ban" rates -2.6 in VADER, but in a debate whose
    stances are ``ban`` and ``allow`` it names a position rather than judging one."""
    from argmap.suggest.text import normalise, stop_words

    stop = stop_words()
    bases = {w for name in names for w in _LETTERS.findall(normalise(name)) if w not in stop}
    forms = {
        b + ending
        for b in bases
        if len(b) >= 3
        for ending in (*_INFLECTIONS, *(b[-1] + e for e in ("ed", "ing")))
    }
    pos, neg = _evaluation()
    return frozenset(forms & (set(pos) | set(neg)))


#: Groups in the order of their features (``Lexicon.dense_names``).
#: The groups' names, in the order of their features (``Lexicon.dense_names``).
GROUP_NAMES = (
    "hedges (Hyland)",
    "boosters (Hyland)",
    "contrast or concession",
    "condition",
    "weighs both sides",
    "positive evaluation",
    "negative evaluation",
)


@lru_cache(maxsize=1)
def _evaluation() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``evaluation_words()``, read once (the lexicon and scikit-learn's stop words are
    loaded on first use, not when argmap starts)."""
    return evaluation_words()


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    pos, neg = _evaluation()
    words = (HEDGES, BOOSTERS, CONTRAST, CONDITION, BALANCE, pos, neg)
    return tuple(zip(GROUP_NAMES, words, strict=True))


#: The groups (positions in ``GROUPS``) that mark a two-sided sentence.
TWO_SIDED = (2, 3, 4)
#: The positive and negative evaluation groups (positions in ``GROUPS``).
POLARITY = (5, 6)
#: Words after a negator that it turns.
NEGATION_SCOPE = 3


def single_words(words: tuple[str, ...]) -> frozenset[str]:
    """The one-word entries of a group."""
    return frozenset(w for w in words if " " not in w)


def phrase_regex(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex of the several-word entries of a group (longest first), or None."""
    from argmap.suggest.text import longest_first

    multi = [w for w in words if " " in w]
    if not multi:
        return None
    return re.compile(r"\b(?:" + longest_first(multi) + r")\b")


#: Common words that a several-word cue is not looked up by.
_COMMON = frozenset(
    [
        "as",
        "at",
        "even",
        "in",
        "long",
        "more",
        "no",
        "of",
        "on",
        "only",
        "other",
        "so",
        "than",
        "the",
        "then",
        "time",
        "to",
    ]
)


def _key(phrase: str) -> str:
    """The word of a several-word cue that the texts holding it are looked up by: its
    longest uncommon one ("hand" of "on the other hand")."""
    words = [w for w in phrase.split() if w not in _COMMON] or phrase.split()
    return max(words, key=lambda w: (len(w), w))


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[frozenset[str], tuple[str, ...], re.Pattern[str] | None], ...]:
    """Per group: its one-word cues, the key words of its other cues, and their regex."""
    return tuple(
        (
            single_words(words),
            tuple(sorted({_key(w) for w in words if " " in w})),
            phrase_regex(words),
        )
        for _, words in _groups()
    )


def __getattr__(name: str) -> object:
    """``POSITIVE``, ``NEGATIVE`` (the evaluation words), ``GROUPS`` (name and words of
    each group) and ``COMPILED`` (``_compiled``), made on first use."""
    if name in ("POSITIVE", "NEGATIVE"):
        return _evaluation()[name == "NEGATIVE"]
    if name == "GROUPS":
        return _groups()
    if name == "COMPILED":
        return _compiled()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


#: The negators, as one set.
NEGATORS = frozenset(NEGATION)

#: Group name -> its position in ``GROUPS``.
GROUP_INDEX = {name: g for g, name in enumerate(GROUP_NAMES)}
_WORD = re.compile(r"\w+")


def found(norm: str, group: int) -> list[str]:
    """The cues of group ``group`` in the normalised text ``norm``, each once, in order
    (for the reasons shown with a suggestion; the evaluation groups ignore negation)."""
    single, _, rx = _compiled()[group]
    words = _WORD.findall(norm)
    # an evaluation word is not the first half of a contraction ("won" of "won't")
    half = group in POLARITY
    got = [
        w
        for i, w in enumerate(words)
        if w in single and not (half and words[i + 1 : i + 2] == ["t"])
    ]
    if rx is not None:
        got += rx.findall(norm)
    return list(dict.fromkeys(got))
