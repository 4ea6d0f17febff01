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
- ``POSITIVE`` and ``NEGATIVE``: a small lexicon of general evaluation (good or bad, works
  or fails, helps or harms), in the manner of Hu and Liu's opinion lexicon;
- ``NEGATION``: negators: an evaluation word up to ``NEGATION_SCOPE`` words after one
  counts for the other polarity ("does not work", "nothing to help").

Every entry is in ``text.normalise``'s form (lower case, American spelling, "-" between
letters a space). One-word entries are counted from the words, the others with a regex.
"""

from __future__ import annotations

import re

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

POSITIVE = (
    "benefit",
    "benefits",
    "beneficial",
    "best",
    "better",
    "effective",
    "fair",
    "fairer",
    "good",
    "gain",
    "gains",
    "help",
    "helps",
    "improve",
    "improves",
    "improved",
    "improvement",
    "protect",
    "protects",
    "protected",
    "protection",
    "reasonable",
    "relief",
    "right",
    "rightly",
    "safe",
    "secure",
    "security",
    "sensible",
    "stable",
    "strong",
    "stronger",
    "strengthen",
    "succeed",
    "succeeds",
    "success",
    "successful",
    "support",
    "supports",
    "welcome",
    "work",
    "works",
    "worked",
    "worth",
    "deserve",
    "deserves",
)

NEGATIVE = (
    "bad",
    "burden",
    "collapse",
    "cost",
    "costly",
    "costs",
    "damage",
    "damages",
    "danger",
    "dangerous",
    "decline",
    "declines",
    "fail",
    "failed",
    "fails",
    "failure",
    "flawed",
    "harm",
    "harmful",
    "harms",
    "hurt",
    "hurts",
    "lose",
    "loses",
    "loss",
    "losses",
    "mistake",
    "problem",
    "problems",
    "punish",
    "punishing",
    "risk",
    "risks",
    "risky",
    "shrink",
    "shrinks",
    "shrinking",
    "threat",
    "threaten",
    "threatens",
    "undermine",
    "undermines",
    "unfair",
    "unrealistic",
    "weak",
    "weaker",
    "weaken",
    "weakens",
    "worse",
    "worst",
    "wrong",
    "waste",
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

#: Groups in the order of their features (``Lexicon.dense_names``).
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("hedges (Hyland)", HEDGES),
    ("boosters (Hyland)", BOOSTERS),
    ("contrast or concession", CONTRAST),
    ("condition", CONDITION),
    ("weighs both sides", BALANCE),
    ("positive evaluation", POSITIVE),
    ("negative evaluation", NEGATIVE),
)

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
    multi = sorted((w for w in words if " " in w), key=len, reverse=True)
    if not multi:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in multi) + r")\b")


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


#: Per group: its one-word cues, the key words of its other cues, and their regex.
COMPILED: tuple[tuple[frozenset[str], tuple[str, ...], re.Pattern[str] | None], ...] = tuple(
    (
        single_words(words),
        tuple(sorted({_key(w) for w in words if " " in w})),
        phrase_regex(words),
    )
    for _, words in GROUPS
)

#: The negators, as one set.
NEGATORS = frozenset(NEGATION)

#: Group name -> its position in ``GROUPS``.
GROUP_INDEX = {name: g for g, (name, _) in enumerate(GROUPS)}
_WORD = re.compile(r"\w+")


def found(norm: str, group: int) -> list[str]:
    """The cues of group ``group`` in the normalised text ``norm``, each once, in order
    (for the reasons shown with a suggestion; the evaluation groups ignore negation)."""
    single, _, rx = COMPILED[group]
    got = [w for w in _WORD.findall(norm) if w in single]
    if rx is not None:
        got += rx.findall(norm)
    return list(dict.fromkeys(got))
