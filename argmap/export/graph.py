"""The argument graph every picture draws: per question, connected parts of at most ~30 claims
(small ones side by side in a shared picture).

One model feeds Graphviz, Mermaid, Argdown, GraphML and the HTML report, so every picture
follows the same rules: a node reads as "stance symbol, short source title, sentence id" over
the quote wrapped to a few lines, in its stance colour; a support is a plain dark arrow, an
attack a dashed arrow in :data:`ATTACK_COLOR` with a flat head; no edge carries a label
(the legend says what each style means). Claims without a relation on a question are not
drawn (a picture of unlinked boxes says nothing the lists do not).
"""

from __future__ import annotations

import re
import textwrap
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache

from argmap.export.common import Selection
from argmap.model import Claim

MAX_NODES = 30
"""Largest part drawn as one picture; bigger connected components are cut in parts."""
PACK_BELOW = 15
"""Connected components smaller than this share pictures (up to :data:`MAX_NODES` claims
each) instead of each being a picture of its own: debate30's "Demand forecasts" was 33
pictures, most of them a claim and its one piece of evidence."""
PACK_SHARED = 20
"""Claims in a shared picture at most: 30 in pairs drawn sideways were 1,683 pt tall (the
shipped corpus), taller than a page shows."""
PACK_RANKS = 3
"""Groups at most this many claims deep (the longest chain of relations) share a picture
with groups as deep: drawn sideways (reasons right of what they support) such a picture is
as wide as one of its groups (3 boxes, about 830 pt, within a page)."""
WRAP = 38
"""Characters per quote line in a node."""
MAX_LINES = 5
"""Quote lines in a node; a longer quote ends in an ellipsis (the reports give it whole)."""
HEADING = 36
"""Characters of a node heading: stance symbol, source title (cut to fit), sentence id."""
SPEAKER_CHARS = 24
"""A node heading names the sentence's speaker (a transcript's, a thread's) in at most this
many characters, before the source title cut to what is left (debate36's "MINISTER
HALVORSRUD" whole)."""
TITLE_MIN = 16
"""Fewer characters left than this for the source title beside a speaker: no title."""
SUPPORT_COLOR = "#3b3b3b"
ATTACK_COLOR = "#7b2cbf"
"""Purple: distinct from the usual green/red/amber stance colours and in greyscale."""

_SPACE = re.compile(r"\s+")
_NAMED = {
    "white": "#ffffff",
    "black": "#000000",
    "red": "#d62728",
    "green": "#2ca02c",
    "blue": "#1f77b4",
    "yellow": "#e6c619",
    "orange": "#ff7f0e",
    "purple": "#9467bd",
    "magenta": "#c2185b",
    "cyan": "#17becf",
    "grey": "#7f7f7f",
    "gray": "#7f7f7f",
    "brown": "#8c564b",
}


@lru_cache(maxsize=256)
def hex_color(color: str, default: str = "#7f7f7f") -> str:
    """``color`` (``#rgb``, ``#rrggbb``, a basic name, or any colour Rich draws: the ones a
    codebook allows) as ``#rrggbb``; ``default`` otherwise."""
    c = color.strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", c):
        return "#" + "".join(ch * 2 for ch in c[1:])
    if re.fullmatch(r"#[0-9a-f]{6}", c):
        return c
    if re.fullmatch(r"#[0-9a-f]{8}", c):
        return c[:7]
    if c in _NAMED:
        return _NAMED[c]
    from rich.color import Color, ColorParseError

    try:  # a terminal colour the codebook allows: "bright_blue", "dark_orange", "rgb(…)"
        parsed = Color.parse(c)
    except ColorParseError:
        from argmap.codebook import check_color
        from argmap.errors import UsageError

        try:  # a CSS name ("teal") written in the file by hand
            css = check_color(c)
        except UsageError:
            return default
        return css if css.startswith("#") else default
    return default if parsed.is_default else parsed.get_truecolor().hex


@lru_cache(maxsize=256)
def tint(color: str, amount: float) -> str:
    """``color`` mixed with white: ``amount`` 0 gives white, 1 the colour itself."""
    c = hex_color(color)
    rgb = [int(c[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - v) * amount) for v in rgb]
    return "#" + "".join(f"{v:02x}" for v in mixed)


def ink_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (WCAG relative luminance)."""
    from argmap.export.colours import luminance

    lum = luminance(hex_color(color))
    return "#000000" if (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05) else "#ffffff"


def short_title(title: str, width: int = 40) -> str:
    """``title`` on one line, cut at a word boundary to at most ``width`` characters."""
    text = _SPACE.sub(" ", title).strip()
    if len(text) <= width:
        return text
    head = text[: width - 1]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:-–—.") + "…"  # "the PASTEL permit…", not "permit.…"


def wrap_quote(quote: str, width: int = WRAP, max_lines: int = MAX_LINES) -> list[str]:
    """``quote`` in lines of at most ``width`` characters, at most ``max_lines`` of them.

    The lines of ``textwrap.wrap(text, width, break_long_words=True,
    break_on_hyphens=False)``; filled word by word here when no word is longer than a line
    (textwrap's chunk-by-chunk loop took half of a GraphML export of 22,000 claims).
    """
    text = _SPACE.sub(" ", quote).strip()
    words = text.split(" ")
    if max(map(len, words)) > width:
        lines = textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False)
    else:
        lines, current = [], words[0]
        for word in words[1:]:
            if len(current) + 1 + len(word) <= width:
                current += " " + word
            else:
                lines.append(current)
                current = word
        lines.append(current)
    lines = [line for line in lines if line] or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        lines[-1] = (
            last[: width - 1].rsplit(" ", 1)[0] if " " in last else last[: width - 1]
        ) + "…"
    return lines


@dataclass(frozen=True)
class Node:
    """A claim as a picture shows it."""

    id: str
    heading: str
    """``"▲ Alpha Review · s0003"``; in a transcript or thread ``"▲ LEENA · Clocks… · s0004"``."""
    lines: tuple[str, ...]
    """The quote, wrapped (evidence starts with ``evidence:``; a claim with a voice with
    ``Voice:``, evidence with ``evidence from Voice:``)."""
    stance: str
    symbol: str
    color: str
    """The stance colour as ``#rrggbb``, darkened where needed to 3:1 on the page (the box's
    border, as a heat map's fullest cell)."""
    fill: str
    """A light tint of the stance colour, for the box."""
    claim: Claim
    quote: str = ""
    """The whole quote as it reads (no Markdown syntax), for tooltips."""
    lead: int = 0
    """How many characters of :attr:`lines` (a line break one) say whose the words are
    (``Halvorsrud:``): pictures set them in bold."""

    def spans(self) -> list[tuple[str, str]]:
        """Each line of :attr:`lines` as (its part of the lead, the rest)."""
        out, done = [], 0
        for line in self.lines:
            take = max(0, min(len(line), self.lead - done))
            out.append((line[:take], line[take:]))
            done += len(line) + 1
        return out

    @property
    def text(self) -> str:
        """Heading and quote lines joined by newlines."""
        return "\n".join((self.heading, *self.lines))


@dataclass(frozen=True)
class Edge:
    """``source`` supports or attacks ``target`` (both node ids)."""

    source: str
    target: str
    type: str


@dataclass
class Part:
    """One picture: a connected component of a question's graph, or a part of a big one."""

    question: str
    label: str
    """The question's label."""
    index: int
    """1-based number of this part among the question's parts."""
    count: int
    """How many parts the question's graph has."""
    nodes: list[Node]
    edges: list[Edge]
    cut: int = 0
    """Relations to claims drawn in another part of the same question (not drawn here)."""
    group_sizes: tuple[int, ...] = ()
    """The sizes of the connected groups of claims drawn side by side in this picture (small
    ones share one), in the order of :attr:`nodes`; empty for one group."""
    name: str = field(default="")
    unlinked: int = 0
    """How many claims on the question have no relation on it (see :func:`unlinked`)."""

    def __post_init__(self) -> None:
        if not self.name:
            self.name = f"{self.question}-{self.index}"

    @property
    def groups(self) -> int:
        """How many connected groups of claims this picture draws."""
        return max(1, len(self.group_sizes))

    def grouped_nodes(self) -> list[list[Node]]:
        """:attr:`nodes` group by group."""
        out, start = [], 0
        for size in self.group_sizes or (len(self.nodes),):
            out.append(self.nodes[start : start + size])
            start += size
        return out

    @property
    def caption(self) -> str:
        """``"NATO replacement — part 1 of 3: 12 claims, 14 links"``; a picture of several
        unconnected groups says how many (``"24 claims in 11 groups, 13 links"``)."""
        part = f" — part {self.index} of {self.count}" if self.count > 1 else ""
        cut = f"; {self.cut} more to other parts" if self.cut else ""
        groups = f" in {self.groups} groups" if self.groups > 1 else ""
        links = len(self.edges)
        return (
            f"{self.label}{part}: {len(self.nodes)} claim{'s' * (len(self.nodes) != 1)}"
            f"{groups}, {links} link{'s' * (links != 1)}{cut}"
        )


def node_for(sel: Selection, claim: Claim) -> Node:
    """The picture node of ``claim``."""
    stance = sel.stance(claim.stance)
    sentence = sel.sentence_id(claim)
    tail = f" · {sentence}" if sentence else ""
    # who says it, in a transcript or a thread (debate38's 17 chats and forums: every box of
    # one thread read "14 March EGM - the vote… · s0053", whoever posted it)
    speaker = sel.speaker(claim)
    if speaker:
        said = short_title(speaker, SPEAKER_CHARS)
        room = HEADING - 2 - len(tail) - len(said) - 3
        # the title only where a few words of it fit ("Press…" said nothing)
        title = short_title(sel.source(claim.source).title, room) if room >= TITLE_MIN else ""
        heading = f"{stance.symbol} {said}{' · ' + title if title else ''}{tail}"
    else:
        where = short_title(sel.source(claim.source).title, HEADING - 2 - len(tail))
        heading = f"{stance.symbol} {where}{tail}"
    kind = "evidence: " if claim.kind == "evidence" else ""
    voice = sel.voice(claim)  # whose stance, when a quoted person's or body's: who says what
    if voice:
        kind = f"evidence from {voice}: " if claim.kind == "evidence" else f"{voice}: "
    lines = tuple(wrap_quote(kind + sel.quote(claim)))
    color = sel.colour(stance.id)
    from argmap.export.colours import strong

    return Node(
        id=claim.id,
        heading=heading,
        lines=lines,
        stance=stance.id,
        symbol=stance.symbol,
        color=strong(color),  # the box's border: 3:1 on the page (an amber had 2.2:1)
        fill=tint(color, 0.28),
        claim=claim,
        quote=sel.quote(claim),
        lead=len(kind) - 1 if voice else 0,
    )


def _components(ids: list[str], adjacent: dict[str, set[str]]) -> list[list[str]]:
    """Connected components in breadth-first order, each starting at its best-linked claim."""
    order = {cid: i for i, cid in enumerate(ids)}
    seen: set[str] = set()
    comps: list[list[str]] = []
    for cid in ids:
        if cid in seen:
            continue
        # find the component, then restart the walk at its most linked claim (the hub reads
        # best at the top of a part)
        members = []
        queue = deque([cid])
        seen.add(cid)
        while queue:
            cur = queue.popleft()
            members.append(cur)
            for nxt in sorted(adjacent[cur], key=order.__getitem__):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        hub = max(members, key=lambda m: (len(adjacent[m]), -order[m]))
        walk, queue, inside = [], deque([hub]), {hub}
        while queue:
            cur = queue.popleft()
            walk.append(cur)
            for nxt in sorted(adjacent[cur], key=order.__getitem__):
                if nxt not in inside:
                    inside.add(nxt)
                    queue.append(nxt)
        comps.append(walk)
    return comps


def _cut(
    comp: list[str], adjacent: dict[str, set[str]], order: dict[str, int], max_nodes: int
) -> list[list[str]]:
    """A connected component cut into connected parts of about equal size, at most
    ``max_nodes`` each: breadth-first regions grown from the best-linked claim left; a
    leftover of one or two claims joins the part it has most links to, if there is room."""
    if len(comp) <= max_nodes:
        return [comp]
    size = -(-len(comp) // -(-len(comp) // max_nodes))  # 31 claims: 16 + 15, not 30 + 1
    left = set(comp)
    parts: list[list[str]] = []
    while left:
        hub = max(left, key=lambda m: (len(adjacent[m] & left), -order[m]))
        part, queue, seen = [], deque([hub]), {hub}
        while queue and len(part) < size:
            cur = queue.popleft()
            part.append(cur)
            for nxt in sorted(adjacent[cur] & left, key=order.__getitem__):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        left -= set(part)
        parts.append(part)
    kept: list[list[str]] = []
    for part in parts:
        if len(part) <= 2 and kept:
            links = [len(adjacent_to(part, adjacent) & set(k)) for k in kept]
            best = max(range(len(kept)), key=lambda i: links[i])
            if links[best] and len(kept[best]) + len(part) <= max_nodes:
                kept[best].extend(part)
                continue
        kept.append(part)
    return kept


def _depth(members: list[str], reasons_of: dict[str, set[str]]) -> int:
    """How many claims deep ``members`` are: the longest chain of relations among them (a
    relation back into the chain, a cycle, ends it)."""
    inside = set(members)
    memo: dict[str, int] = {}

    def depth(node: str, chain: set[str]) -> int:
        if node in memo:
            return memo[node]
        chain.add(node)
        below = [depth(t, chain) for t in reasons_of.get(node, ()) if t in inside - chain]
        chain.discard(node)
        memo[node] = 1 + max(below, default=0)
        return memo[node]

    return max(depth(m, set()) for m in members)


def _pack(
    chunks: list[list[str]], max_nodes: int, small: int, depths: dict[int, int]
) -> list[list[list[str]]]:
    """``chunks`` as pictures, so that a question of many small groups is a few pictures,
    not dozens: chunks of fewer than ``small`` claims and at most :data:`PACK_RANKS` deep
    (``depths``, by chunk index) share pictures of at most ``max_nodes`` claims (and
    :data:`PACK_SHARED`) with chunks as deep (first fit, largest first); the others are
    alone. Largest pictures first."""
    room = min(max_nodes, PACK_SHARED)
    pictures: list[list[int]] = []  # chunk indices
    shared: dict[int, list[list[int]]] = {}
    for k in sorted(range(len(chunks)), key=lambda k: -len(chunks[k])):
        if len(chunks[k]) >= small or depths[k] > PACK_RANKS:
            pictures.append([k])
            continue
        bins = shared.setdefault(depths[k], [])
        for picture in bins:
            if sum(len(chunks[j]) for j in picture) + len(chunks[k]) <= room:
                picture.append(k)
                break
        else:
            bins.append([k])
            pictures.append(bins[-1])
    out = [[chunks[k] for k in picture] for picture in pictures]
    out.sort(key=lambda p: -sum(map(len, p)))
    return out


def adjacent_to(members: list[str], adjacent: dict[str, set[str]]) -> set[str]:
    """Claims linked to any of ``members``."""
    out: set[str] = set()
    for m in members:
        out |= adjacent[m]
    return out


def question_parts(
    sel: Selection, qid: str, max_nodes: int | None = None, limit: int | None = None
) -> list[Part]:
    """The pictures of question ``qid``: its related claims, split into parts.

    Two claims on ``qid`` joined by a relation are in the same connected component; a
    component larger than ``max_nodes`` is cut into connected parts (:func:`_cut`), and the
    relations between parts are counted in :attr:`Part.cut`; components smaller than
    :data:`PACK_BELOW` share parts (:func:`_pack`, :attr:`Part.groups`).
    Parts are ordered by size, largest first; with ``limit`` only the first ``limit`` parts
    are returned (their :attr:`Part.count` still says how many there are).
    """
    max_nodes = max_nodes or MAX_NODES
    claims = sel.claims_on(qid)
    on_q = {c.id: c for c in claims}
    edges: list[Edge] = []
    adjacent: dict[str, set[str]] = {}
    reasons_of: dict[str, set[str]] = {}  # a claim's targets: what it supports or attacks
    for c in claims:
        for r in sel.relations(c):
            if r.target in on_q and r.target != c.id:
                edges.append(Edge(c.id, r.target, r.type))
                adjacent.setdefault(c.id, set()).add(r.target)
                adjacent.setdefault(r.target, set()).add(c.id)
                reasons_of.setdefault(c.id, set()).add(r.target)
    ids = [c.id for c in claims if c.id in adjacent]
    chunks: list[list[str]] = []
    order = {cid: i for i, cid in enumerate(ids)}
    for comp in _components(ids, adjacent):
        chunks.extend(_cut(comp, adjacent, order, max_nodes))
    small = min(PACK_BELOW, max_nodes)
    depths = {k: _depth(ch, reasons_of) if len(ch) < small else 0 for k, ch in enumerate(chunks)}
    pictures = _pack(chunks, max_nodes, small, depths)
    label = sel.question(qid).label
    shown = pictures if limit is None else pictures[:limit]
    part_of = {cid: k for k, picture in enumerate(shown) for chunk in picture for cid in chunk}
    inner: list[list[Edge]] = [[] for _ in shown]
    cut = [0] * len(shown)
    for e in edges:
        a, b = part_of.get(e.source), part_of.get(e.target)
        if a is not None and a == b:
            inner[a].append(e)
        else:
            for k in {a, b} - {None}:
                cut[k] += 1  # type: ignore[index]
    parts = []
    for n, picture in enumerate(shown, start=1):
        parts.append(
            Part(
                question=qid,
                label=label,
                index=n,
                count=len(pictures),
                nodes=[node_for(sel, on_q[cid]) for chunk in picture for cid in chunk],
                edges=inner[n - 1],
                cut=cut[n - 1],
                unlinked=len(claims) - len(ids),
                group_sizes=tuple(map(len, picture)) if len(picture) > 1 else (),
            )
        )
    return parts


def unlinked(sel: Selection, qid: str) -> int:
    """How many claims on ``qid`` have no relation to another claim on ``qid``."""
    claims = sel.claims_on(qid)
    on_q = {c.id for c in claims}
    linked: set[str] = set()
    for c in claims:
        for r in sel.relations(c):
            if r.target in on_q and r.target != c.id:
                linked.update((c.id, r.target))
    return len(on_q - linked)
