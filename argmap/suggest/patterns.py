"""Step 2 of 6: the codebook's phrase patterns (labelling functions an analyst writes).

Each stance and question of the codebook may carry ``patterns``: short phrases that, when
found in a sentence, speak for that stance or question. They are features of the models,
a prior mixed into the stance probabilities, and reasons shown in the explanations; their
precision on the project's annotations is reported (``argmap patterns``).

Pattern syntax, matched on the normalised text (``text.normalise``: lower case, "U.S." and
"American" both read ``usa``, British and US spelling alike, numbers as ``_num_``):

- words separated by spaces must follow each other: ``european pillar``;
- a word ending in ``*`` matches any word it begins: ``depend*`` (depends, dependence);
- a lone ``*`` allows up to three words in between: ``reduce * dependence``;
- a word written with capitals must appear written so: ``SEND`` (special educational
  needs) matches "SEND pupils", not "send a message"; ``NATO`` not "Nato". Words in lower
  case match any case, as before;
- a currency or other symbol is a word of its own: ``€2.9 million`` matches "€2.9
  million" and "€ 3.1 million" (every number reads ``_num_``), not "2.9 million"; a
  symbol written onto a word, as a unit is, is one word: ``1.5 °c`` matches "1.5 °C" and
  "1.5°C".
- punctuation next to a word is matched as written: ``the product, not the process``
  matches those words with that comma; a pattern without it never matches across
  punctuation (``yes but`` does not match "yes, but").

A *concession* ("While X, Y", "Although X, Y", "X, but Y") is split: by the guide's rule
R19 the unit takes the stance of Y, so stance patterns count in the main clause Y, and hits
in the conceded X are kept apart as features of their own.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from argmap.errors import UsageError
from argmap.suggest.text import normalise

if TYPE_CHECKING:
    from argmap.model import Codebook
    from argmap.suggest.vectors import Tokens

#: Words allowed between the parts of a pattern around a lone ``*``.
MAX_GAP = 3
_GAP = r"\s+(?:\S+\s+){0," + str(MAX_GAP) + "}"
_WORDISH = re.compile(r"^[\w'.&-]+\*?$")
_MARK = re.compile(r"[,;:!?()\"]")  # punctuation in a pattern's word ("yes, but")
# a word with punctuation before or after it ("product,", "(cat"): matched as written
_MARKED_WORD = re.compile(r"^[,;:!?()\"]*[\w'.&-]+[,;:!?()\"]*$")
_HAS_WORD = re.compile(r"\w")
_CONCESSIVE = re.compile(r"^(?:while|although|though|even though|even if|despite|whereas)\b")
_BUT = re.compile(r"[,;] (?:but|yet) ")


def _is_symbol(token: str) -> bool:
    """Whether ``token`` is a currency or other symbol ("€", "£", "§", "°"), matched as
    written like a word ("€2.9 million" reads "€ _num_ million")."""
    return all(unicodedata.category(c) in ("Sc", "So", "Sm") for c in token)


def _is_unit(token: str) -> bool:
    """Whether ``token`` is a symbol written onto a word, as a unit is ("°c", "°f"):
    matched as written like a word ("1.5 °C" and "1.5°C" read "_num_ °c")."""
    body = token.lstrip("".join(c for c in token if unicodedata.category(c) in ("Sc", "So")))
    return body != token and bool(body) and bool(_WORDISH.match(body)) and "*" not in body


class InvalidPattern(UsageError):
    """A pattern that cannot be compiled: empty, or with characters other than words."""


def pattern_regex(pattern: str) -> re.Pattern[str]:
    """The regular expression of ``pattern`` (see the module doc), over normalised text."""
    tokens = normalise(pattern).split()
    parts: list[str] = []
    gap = False
    for tok in tokens:
        if tok == "*":
            gap = True
            continue
        mark = _MARK.search(tok)
        if mark and _HAS_WORD.search(tok):
            if "*" in tok or not _MARKED_WORD.match(tok):
                raise InvalidPattern(
                    f"pattern {pattern!r}: {mark[0]!r} in {tok!r}: punctuation is matched as "
                    'written, next to a whole word ("cat. 1", "the product, not the '
                    'process"), not inside a word or with a word* prefix'
                )
        elif not (_WORDISH.match(tok) or _is_symbol(tok) or _is_unit(tok)) or tok.count("*") > 1:
            raise InvalidPattern(
                f"pattern {pattern!r}: {tok!r} is not a word, a word* prefix or a lone *"
            )
        word = re.escape(tok[:-1]) + r"\w*" if tok.endswith("*") else re.escape(tok) + r"(?!\w)"
        if parts:
            parts.append(_GAP if gap else r"\s+")
        parts.append(r"(?<!\w)" + word)
        gap = False
    if not parts:
        raise InvalidPattern(f"pattern {pattern!r} has no word")
    return re.compile("".join(parts))


_CAPITAL = re.compile(r"[A-Z]")


def cased_words(pattern: str) -> tuple[re.Pattern[str], ...]:
    """The words of ``pattern`` written with capitals, each as a regex over the sentence as
    written (not normalised): ``SEND pupil*`` gives one, for "SEND"; none for lower case."""
    out = []
    for word in pattern.split():
        if word == "*" or not _CAPITAL.search(word):
            continue
        stem = word[:-1] if word.endswith("*") else word
        tail = r"\w*" if word.endswith("*") else r"(?!\w)"
        head = "" if stem[:1] and not re.match(r"\w", stem[0]) else r"(?<!\w)"  # "°C" in "1.5°C"
        out.append(re.compile(head + re.escape(stem) + tail))
    return tuple(out)


def split_concession(norm: str) -> tuple[str, str]:
    """``(conceded, main)`` of a normalised sentence; ``("", norm)`` if it concedes nothing.

    "while x, y" / "although x, y" give ``("while x", "y")``; "x, but y" gives ``("x", "y")``.
    """
    if _CONCESSIVE.match(norm):
        cut = norm.find(", ")
        if cut > 0:
            return norm[:cut], norm[cut + 2 :]
    m = _BUT.search(norm)
    if m is not None and m.start() > 0:
        return norm[: m.start()], norm[m.end() :]
    return "", norm


_TOKEN = re.compile(r"\w+")
_PLAIN = re.compile(r"^\w+$")


@dataclass(frozen=True, eq=False)
class Compiled:
    """One pattern: its text, its regex, and what any match must contain (the plain words,
    looked up in the sentence's word set, and other parts, looked up as substrings), so
    that the regex runs only on the few sentences that could match."""

    text: str
    regex: re.Pattern[str]
    words: frozenset[str]
    parts: tuple[str, ...]
    cased: tuple[re.Pattern[str], ...] = ()
    """Its words written with capitals, looked for in the sentence as written."""

    def search(self, norm: str, tokens: frozenset[str], raw: str | None = None) -> bool:
        if not self.words <= tokens:
            return False
        for part in self.parts:
            if part not in norm:
                return False
        return self.regex.search(norm) is not None and self.cased_ok(raw)

    def cased_ok(self, raw: str | None) -> bool:
        """Whether the words written with capitals are so in ``raw`` (the sentence as
        written; None: not known, the pattern matches in any case)."""
        return raw is None or all(rx.search(raw) for rx in self.cased)

    # (text, regex) unpacking, as a pair
    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.text, self.regex))


def compile_one(pattern: str) -> Compiled:
    """``pattern`` compiled with its pre-checks."""
    rx = pattern_regex(pattern)
    words, parts = set(), []
    for tok in normalise(pattern).split():
        if tok == "*":
            continue
        lit = tok[:-1] if tok.endswith("*") else tok
        if not tok.endswith("*") and _PLAIN.match(tok):
            words.add(tok)
        elif lit:
            parts.append(lit)
    return Compiled(pattern, rx, frozenset(words), tuple(parts), cased_words(pattern))


def tokens_of(norm: str) -> frozenset[str]:
    """The words of a normalised text, for ``Compiled.search``."""
    return frozenset(_TOKEN.findall(norm))


@dataclass(frozen=True)
class PatternSet:
    """The codebook's patterns, compiled: per stance and per question."""

    stance_ids: tuple[str, ...]
    question_ids: tuple[str, ...]
    stance: tuple[tuple[Compiled, ...], ...]
    question: tuple[tuple[Compiled, ...], ...]

    @cached_property
    def index(self) -> tuple[dict[str, tuple[Compiled, ...]], tuple[Compiled, ...]]:
        """Patterns by one of their plain words, and those with none (checked by their
        parts): a sentence then tries only the patterns one of its words can start."""
        by_word: dict[str, list[Compiled]] = {}
        rest: list[Compiled] = []
        for group in (*self.stance, *self.question):
            for pat in group:
                if pat.words:
                    by_word.setdefault(min(pat.words, key=lambda w: (-len(w), w)), []).append(pat)
                else:
                    rest.append(pat)
        return {w: tuple(v) for w, v in by_word.items()}, tuple(rest)

    @cached_property
    def _any_part(self) -> re.Pattern[str] | None:
        """Matches if any pattern without a plain word may match (one scan for all)."""
        parts = sorted({p for pat in self.index[1] for p in pat.parts}, key=lambda p: (-len(p), p))
        return re.compile("|".join(map(re.escape, parts))) if parts else None

    def candidates(self, norm: str, tokens: frozenset[str]) -> frozenset[Compiled]:
        """The patterns that may match ``norm``: a superset of those that do."""
        by_word, rest = self.index
        out = {pat for w in tokens & by_word.keys() for pat in by_word[w]}
        if rest and (self._any_part is None or self._any_part.search(norm)):
            out.update(pat for pat in rest if all(part in norm for part in pat.parts))
        return frozenset(out)

    @cached_property
    def place(self) -> dict[Compiled, tuple[int, int, int]]:
        """Each pattern's place: (0 stance / 1 question, its index, its order in the group)."""
        out: dict[Compiled, tuple[int, int, int]] = {}
        for is_q, groups in ((0, self.stance), (1, self.question)):
            for k, pats in enumerate(groups):
                for j, pat in enumerate(pats):
                    out.setdefault(pat, (is_q, k, j))
        return out

    @property
    def empty(self) -> bool:
        return not any(self.stance) and not any(self.question)


@dataclass(frozen=True)
class Hits:
    """Pattern hits in one sentence: counts per stance (main clause, conceded clause) and
    per question, and the patterns found, as ``(stance or question id, pattern)``."""

    stance: tuple[int, ...]
    conceded: tuple[int, ...]
    question: tuple[int, ...]
    found: tuple[tuple[str, str], ...]


@lru_cache(maxsize=16)
def compile_patterns(codebook: Codebook) -> PatternSet:
    """Compile every pattern of ``codebook`` (an invalid one raises ``InvalidPattern``)."""
    return PatternSet(
        stance_ids=tuple(codebook.stance_ids),
        question_ids=tuple(codebook.question_ids),
        stance=tuple(tuple(compile_one(p) for p in s.patterns) for s in codebook.stances),
        question=tuple(tuple(compile_one(p) for p in q.patterns) for q in codebook.questions),
    )


def match(
    patterns: PatternSet, norm: str, tokens: frozenset[str] | None = None, raw: str | None = None
) -> Hits:
    """The hits of ``patterns`` in the normalised sentence ``norm`` (``tokens``: its words,
    ``tokens_of(norm)``, if the caller has them; ``raw``: the sentence as written, for
    patterns with capitals)."""
    if tokens is None:
        tokens = tokens_of(norm)
    n_s, n_q = len(patterns.stance_ids), len(patterns.question_ids)
    maybe = patterns.candidates(norm, tokens)
    if not maybe:
        zero_s = (0,) * n_s
        return Hits(zero_s, zero_s, (0,) * n_q, ())
    conceded, main = split_concession(norm)
    t_main = tokens_of(main) if conceded else tokens
    t_conc = tokens_of(conceded) if conceded else frozenset()
    found: list[tuple[str, str]] = []
    stance, other, question = [0] * n_s, [0] * n_s, [0] * n_q
    # the candidates in codebook order (stances, then questions; patterns in order)
    place = patterns.place
    for pat in sorted(maybe, key=place.__getitem__):
        is_q, k, _ = place[pat]
        if is_q:
            if pat.search(norm, tokens, raw):
                question[k] += 1
                found.append((patterns.question_ids[k], pat.text))
        elif pat.search(main, t_main, raw):
            stance[k] += 1
            found.append((patterns.stance_ids[k], pat.text))
        elif conceded and pat.search(conceded, t_conc, raw):
            other[k] += 1
    return Hits(tuple(stance), tuple(other), tuple(question), tuple(found))


@dataclass
class ManyHits:
    """``Hits`` of many texts at once: count arrays (texts x stances or questions) and the
    patterns found per text (mostly none)."""

    stance: Any  # int64, main clause
    conceded: Any  # int64
    question: Any  # int64
    found: list[tuple[tuple[str, str], ...]]


def match_many(
    patterns: PatternSet,
    norms: Sequence[str],
    tokens: Tokens,
    raws: Sequence[str] | None = None,
) -> ManyHits:
    """``match`` of every normalised text of ``norms`` (``tokens``: their words; ``raws``:
    the texts as written, for patterns with capitals).

    Each pattern is tried only on the texts that hold all its plain words, a word beginning
    with each of its prefixes (``word*``) and its other parts; the rest is ``match``'s logic,
    pattern by pattern in codebook order, so the results are the same.
    """
    import numpy as np

    from argmap.suggest.vectors import distinct

    n = len(norms)
    n_s, n_q = len(patterns.stance_ids), len(patterns.question_ids)
    stance = np.zeros((n, n_s), dtype=np.int64)
    other = np.zeros((n, n_s), dtype=np.int64)
    question = np.zeros((n, n_q), dtype=np.int64)
    found: dict[int, list[tuple[str, str]]] = {}
    if n == 0 or patterns.empty:
        return ManyHits(stance, other, question, [()] * n)
    index = tokens.index
    groups = [(0, k, pats) for k, pats in enumerate(patterns.stance)]
    groups += [(1, k, pats) for k, pats in enumerate(patterns.question)]
    # the word ids each pattern needs: its words, and the words beginning with its prefixes
    prefixes = {p for _, _, pats in groups for pat in pats for p in pat.parts if _PLAIN.match(p)}
    by_prefix: dict[str, list[int]] = {p: [] for p in prefixes}
    if prefixes:
        for word, wid in index.items():
            for p in prefixes:
                if word.startswith(p):
                    by_prefix[p].append(wid)
    wanted = {index[w] for _, _, pats in groups for pat in pats for w in pat.words if w in index}
    wanted.update(w for ids in by_prefix.values() for w in ids)
    post = tokens.postings(sorted(wanted))
    empty = np.zeros(0, dtype=np.int32)
    prefix_docs = {
        p: distinct(np.concatenate([post[w] for w in ids])) if ids else empty
        for p, ids in by_prefix.items()
    }
    split: dict[int, tuple[str, str]] = {}
    for is_q, k, pats in groups:
        for pat in pats:
            wids = [index.get(w) for w in pat.words]
            if None in wids:
                continue  # a word no text has
            lists = [post[w] for w in wids]
            inside = []
            for p in pat.parts:
                if _PLAIN.match(p):
                    lists.append(prefix_docs[p])
                else:
                    inside.append(p)
            docs = None
            for d in sorted(lists, key=len):  # the rarest first
                docs = d if docs is None else np.intersect1d(docs, d, assume_unique=True)
                if not len(docs):
                    break
            cands = range(n) if docs is None else docs.tolist()
            rx = pat.regex
            # one (id, pattern) pair shared by every text it is found in
            hit = (patterns.question_ids[k] if is_q else patterns.stance_ids[k], pat.text)
            for i in cands:
                norm = norms[i]
                if inside and not all(p in norm for p in inside):
                    continue
                if pat.cased and raws is not None and not pat.cased_ok(raws[i]):
                    continue
                if is_q:
                    if rx.search(norm) is not None:
                        question[i, k] += 1
                        found.setdefault(i, []).append(hit)
                    continue
                parts = split.get(i)
                if parts is None:
                    parts = split[i] = split_concession(norm)
                conceded, main = parts
                if rx.search(main) is not None:
                    stance[i, k] += 1
                    found.setdefault(i, []).append(hit)
                elif conceded and rx.search(conceded) is not None:
                    other[i, k] += 1
    out: list[tuple[tuple[str, str], ...]] = [()] * n
    # equal hits held once (most texts that hold any hold the same one or two: 12 MB of
    # tuples for the 109,000 texts of 1,000 sources, kept through the suggestions)
    shared: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
    for i, f in found.items():
        t = tuple(f)
        out[i] = shared.setdefault(t, t)
    return ManyHits(stance, other, question, out)


# --------------------------------------------------------------------------- editing


def with_pattern(codebook: Codebook, target: str, item_id: str, pattern: str) -> Codebook:
    """``codebook`` with ``pattern`` added to stance or question ``item_id``.

    ``target`` is ``"stance"`` or ``"question"``. The pattern is checked first; adding one
    that is already there changes nothing.
    """
    pattern = " ".join(pattern.split())
    pattern_regex(pattern)
    return _edit(codebook, target, item_id, lambda ps: ps if pattern in ps else (*ps, pattern))


def without_pattern(codebook: Codebook, target: str, item_id: str, pattern: str) -> Codebook:
    """``codebook`` with ``pattern`` removed from stance or question ``item_id``."""
    pattern = " ".join(pattern.split())

    def drop(ps: tuple[str, ...]) -> tuple[str, ...]:
        if pattern not in ps:
            raise UsageError(
                f"{target} {item_id} has no pattern {pattern!r} "
                f"(its patterns: {', '.join(ps) or 'none'})"
            )
        return tuple(p for p in ps if p != pattern)

    return _edit(codebook, target, item_id, drop)


def check_item(codebook: Codebook, target: str, item_id: str) -> None:
    """Raise a ``UsageError`` unless ``codebook`` has stance or question ``item_id``."""
    from argmap.errors import choices

    if target not in ("stance", "question"):
        raise UsageError(f"patterns belong to a stance or a question, not {target!r}")
    items = codebook.stances if target == "stance" else codebook.questions
    ids = [i.id for i in items]
    if item_id not in ids:
        raise UsageError(f"unknown {target} {item_id!r} (valid: {choices(ids)})")


def _edit(codebook: Codebook, target: str, item_id: str, change) -> Codebook:  # type: ignore[no-untyped-def]
    check_item(codebook, target, item_id)
    items = codebook.stances if target == "stance" else codebook.questions
    new_items = tuple(
        i.model_copy(update={"patterns": tuple(change(i.patterns))}) if i.id == item_id else i
        for i in items
    )
    field = "stances" if target == "stance" else "questions"
    return codebook.model_copy(update={field: new_items})
