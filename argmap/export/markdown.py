"""The Markdown report: sources, the positions matrix, an argument map per question.

Written to read well as plain text and to render on GitHub (GFM tables, ```mermaid fences).
Every piece of text that comes from a source, a note or the codebook goes through
:func:`md_text` (or :func:`mermaid_label` inside diagrams), so no quote can break the
structure or inject HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from argmap.export.common import Selection, contests_on, in_quotes, main_line
from argmap.export.graph import (
    ATTACK_COLOR,
    SUPPORT_COLOR,
    Part,
    ink_on,
    question_parts,
)
from argmap.model import Claim

_MERMAID_ENTITIES = {
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "#": "#35;",
    "&": "#amp;",
    "`": "#96;",
    "|": "#124;",
    "\\": "#92;",
}
# Backslash-escaping these makes them literal in CommonMark/GFM (any ASCII punctuation may
# be escaped); the set covers emphasis, code, links, HTML, headings, tables, strikethrough
# and entity references. Escaping the backslash itself keeps a trailing one from eating the
# next character (e.g. the cell-separating pipe of a table).
_MD_SPECIALS = "\\`*_[]<>|~#!&{}"
_NEEDS_ESCAPE = re.compile("[" + re.escape(_MD_SPECIALS) + "]")
_MERMAID_TABLE = {ord(ch): code for ch, code in _MERMAID_ENTITIES.items()}
_URL = re.compile(r"^https?://[^\s<>`\\]+$")
MAX_DIAGRAMS = 10
"""Mermaid diagrams per question (the largest parts); GitHub renders each one separately."""
QUOTE_WIDTH = 60
"""Characters of a quote shown in diagram nodes and back-references."""


@lru_cache(maxsize=1 << 16)
def md_text(text: str) -> str:
    """``text`` as inline Markdown that renders literally on one line."""
    text = " ".join(text.split())
    if _NEEDS_ESCAPE.search(text) is None:  # most quotes: nothing to escape
        return text
    for ch in _MD_SPECIALS:  # the backslash first, so added backslashes stay single
        if ch in text:
            text = text.replace(ch, "\\" + ch)
    return text


def md_cell(text: str) -> str:
    """``text`` for a GFM table cell (escaped; never empty, never ending in a backslash)."""
    return md_text(text) or " "


@lru_cache(maxsize=1 << 16)
def shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    """``text`` on one line, cut at a word boundary to at most ``width`` characters."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0] if " " in text[: width - 1] else text[: width - 1]
    return cut.rstrip() + "…"


def mermaid_label(text: str) -> str:
    """``text`` for a double-quoted Mermaid label: specials as Mermaid entity codes."""
    return " ".join(text.split()).translate(_MERMAID_TABLE)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _place(sel: Selection, claim: Claim) -> str:
    sentence = sel.sentence_id(claim)
    where = f"{claim.source}:{sentence}" if sentence else claim.source
    return f"`{where}` {claim.start}–{claim.end}"


def _position_mark(sel: Selection, dominant: str | None, mixed: bool) -> str:
    """The dominant stance's symbol, with ± for a mixed position."""
    symbol = md_text(sel.stance(dominant).symbol) if dominant else "·"
    return symbol + ("±" if mixed else "")


def _symbol(sel: Selection, claim: Claim) -> str:
    return md_text(sel.stance(claim.stance).symbol)


class _Shown:
    """Which claims the report has quoted in full already (each quote is printed once),
    and the pieces every claim line repeats (symbols, cut titles), made once per report."""

    def __init__(self, sel: Selection) -> None:
        self.ids: set[str] = set()
        self.refs: dict[str, str] = {}
        self.sel = sel
        self.symbols = {s.id: md_text(s.symbol) for s in sel.codebook.stances}
        self._titles: dict[tuple[str, int], str] = {}

    def symbol(self, claim: Claim) -> str:
        symbol = self.symbols.get(claim.stance)
        return symbol if symbol is not None else _symbol(self.sel, claim)

    def title(self, source: str, width: int) -> str:
        """The source's title cut to ``width``, as Markdown."""
        title = self._titles.get((source, width))
        if title is None:
            title = md_text(shorten(self.sel.source(source).title, width))
            self._titles[(source, width)] = title
        return title


def _claim_line(sel: Selection, claim: Claim, shown: _Shown | None = None) -> str:
    """A claim in full (symbol, kind, quote, source, place, id), or a short reference when
    ``shown`` says it was quoted in full before."""
    if shown is not None:
        if claim.id in shown.ids:
            return _claim_ref(sel, claim, shown) + " (quoted above)"
        shown.ids.add(claim.id)
    kind = "*evidence* " if claim.kind == "evidence" else ""
    if shown is not None:
        title, symbol = shown.title(claim.source, 50), shown.symbol(claim)
    else:
        title, symbol = md_text(shorten(sel.source(claim.source).title, 50)), _symbol(sel, claim)
    speaker = sel.speaker(claim)
    said = f"{md_text(speaker)} in " if speaker else ""
    voice = sel.voice(claim)  # whose stance: a quoted person or body, before their words
    voiced = f"**{md_text(voice)}**: " if voice else ""
    line = f"{symbol} {kind}{voiced}{in_quotes(md_text(sel.quote(claim)))} — {said}{title}, {_place(sel, claim)} `{claim.id}`"
    if claim.orphan is not None:
        line += " **(orphaned: quote not found in the current text)**"
    return line


def _claim_ref(sel: Selection, claim: Claim, shown: _Shown | None = None) -> str:
    """A short back-reference to a claim quoted in full elsewhere."""
    if shown is None:
        return _make_ref(sel, claim)
    ref = shown.refs.get(claim.id)
    if ref is None:
        ref = shown.refs[claim.id] = _make_ref(sel, claim, shown)
    return ref


def _make_ref(sel: Selection, claim: Claim, shown: _Shown | None = None) -> str:
    if shown is not None:
        title, symbol = shown.title(claim.source, 40), shown.symbol(claim)
    else:
        title, symbol = md_text(shorten(sel.source(claim.source).title, 40)), _symbol(sel, claim)
    sentence = sel.sentence_id(claim)
    where = f"{title} {sentence}" if sentence else title
    return f"{symbol} {in_quotes(md_text(shorten(sel.quote(claim), 48)))} ({where}) `{claim.id}`"


def _note_lines(claim: Claim, indent: str) -> list[str]:
    return [f"{indent}  - note: {md_text(claim.note)}"] if claim.note.strip() else []


def _stance_legend(sel: Selection) -> list[str]:
    lines = ["**Stances:**", ""]
    for s in sel.stances:  # along the scale when they are one; counts in codebook order
        desc = f" — {md_text(s.description)}" if s.description else ""
        lines.append(f"- {md_text(s.symbol)} **{md_text(s.label)}** (`{s.id}`){desc}")
    symbols = " / ".join(md_text(s.symbol) for s in sel.codebook.stances)
    first = md_text(sel.codebook.stances[0].label)  # the tie rule's
    # options (no stance takes a side of the axis) have no mixed positions to explain
    mixed = ""
    if sel.scale():
        mixed = " ± marks a *mixed* position: its claims take both sides of the axis."
    lines += [
        "",
        "**Reading a position** (a source's claims on one question): the symbol is the "
        "*dominant* stance, the one with the most claims. A tie goes to the stance with more "
        "claims of kind *claim* (evidence weighs less), and a tie there to the stance listed "
        f"first in the codebook ({first} before the others).{mixed} "
        f"The counts in brackets are {symbols}; "
        "· means no claim on the question.",
        "",
        "**Diagrams:** a box is a claim in its stance colour (dashed: evidence), headed by "
        "its source and sentence; a solid arrow means *supports*, a dashed purple arrow with "
        "a cross *attacks*. Each quote is given in full once; later mentions are short "
        "references with the claim id.",
    ]
    return lines


def _sources_list(sel: Selection) -> list[str]:
    lines = ["## Sources", ""]
    for sid in sel.sources:
        doc = sel.source(sid)
        parts = [p for p in (doc.meta.byline, doc.meta.date) if p]
        extra = f" — {md_text(', '.join(parts))}" if parts else ""
        n = len(sel.claims_of(sid))
        line = main_line(sel, sid)
        main = ""
        if line is not None:
            st = sel.stance(line.stance)
            main = f"; main line {md_text(st.symbol)} {md_text(st.label)}, {line.on_line} of them"
        lines.append(f"- **{md_text(doc.title)}**{extra} (`{sid}`, {_plural(n, 'claim')}{main})")
    if not sel.sources:
        lines.append("_No sources._")
    return lines


CELL_LABEL_CHARS = 16
"""Stance labels up to this long are written in the positions table's cells; longer ones
(debate22's "Work first: fund jobs, not income") made a table of 7 questions 4 lines a
cell: the cells then hold the symbol, and the line above the table says what it means."""


def _scale_note(sel: Selection) -> str:
    """The positions table's note that the stances are one scale (its rows then go along
    it), or "" when they are options."""
    points = sel.scale()
    if not points:
        return ""
    first, last = sel.stance(points[0]), sel.stance(points[-1])
    return (
        f" The stances are one scale, from {md_text(first.symbol)} {md_text(first.label)} to "
        f"{md_text(last.symbol)} {md_text(last.label)}: the rows go along it, by the mean "
        "place of each source's claims."
    )


def _matrix_table(sel: Selection) -> list[str]:
    stances = sel.codebook.stances
    labelled = max((len(s.label) for s in stances), default=0) <= CELL_LABEL_CHARS
    key = (
        ""
        if labelled
        else " (" + ", ".join(f"{md_text(s.symbol)} {md_text(s.label)}" for s in stances) + ")"
    )
    lines = [
        "## Positions",
        "",
        f"Each cell: the dominant stance of a source's claims on a question{key}, "
        f"± when they hold both sides of the axis, ! when annotators read some of its "
        f"sentences differently (contested; not counted), and the counts "
        f"{' / '.join(md_text(s.symbol) for s in stances)}.{_scale_note(sel)}",
        "",
    ]
    header = ["Source", *(md_cell(sel.question(q).label) for q in sel.questions)]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join([" --- "] + [" :---: "] * len(sel.questions)) + "|")
    for sid in sel.along_scale(sel.sources):
        row = [md_cell(shorten(sel.source(sid).title, 48))]
        for q in sel.questions:
            cell = sel.cell(sid, q)
            if cell.dominant is None:
                row.append("·")
                continue
            st = sel.stance(cell.dominant)
            mixed = ("±" if cell.mixed else "") + ("!" if getattr(cell, "contested", 0) else "")
            counts = "/".join(str(cell.counts.get(s.id, 0)) for s in stances)
            label = f" {md_cell(st.label)}" if labelled else ""
            row.append(f"{md_text(st.symbol)}{mixed}{label} ({counts})")
        lines.append("| " + " | ".join(row) + " |")
    return lines


def _voices_table(sel: Selection) -> list[str]:
    """Who argues what: each quoted voice's position on each question and the sources that
    quote it (see the HTML report's table); nothing when no claim has a voice."""
    vm = sel.voices()
    if not vm.voices:
        return []
    lines = [
        "## Who argues what",
        "",
        f"{_plural(len(vm.voices), 'voice')}: the people and bodies the sources quote or "
        "report. Each cell: the dominant stance of a voice's claims on a question (± both "
        "sides, ! read differently by annotators, not counted) and how many sentences (each "
        "once); ordered along the stances, the most quoted first."
        + (
            f" {_plural(vm.writer_claims, 'claim')} are their writers' own (in the positions "
            "above only)."
            if vm.writer_claims
            else ""
        ),
        "",
        "| "
        + " | ".join(
            ["Voice", *(md_cell(sel.question(q).label) for q in vm.questions), "Quoted in"]
        )
        + " |",
        "|" + "|".join([" --- "] + [" :---: "] * len(vm.questions) + [" --- "]) + "|",
    ]
    for voice in sel.voice_order():
        row = [md_cell(voice)]
        for q in vm.questions:
            cell = vm.cell(voice, q)
            if cell.dominant is None and not cell.contested:
                row.append("·")
                continue
            mark = _position_mark(sel, cell.dominant, cell.mixed) + ("!" if cell.contested else "")
            row.append(f"{mark} {cell.sentences}")
        sources = vm.sources.get(voice, [])
        row.append(md_cell("; ".join(shorten(sel.source(sid).title, 40) for sid in sources)))
        lines.append("| " + " | ".join(row) + " |")
    return lines


def _question_tree(sel: Selection, claims: list[Claim]) -> tuple[list[Claim], dict[str, list[str]]]:
    """Roots and children: a supporting claim nests under the first claim it supports.

    Cycles of support are broken by making their first claim (in document order) a root.
    """
    ids = {c.id for c in claims}
    parent: dict[str, str] = {}
    for c in claims:
        targets = [r.target for r in sel.relations(c) if r.type == "supports" and r.target in ids]
        if targets:
            parent[c.id] = targets[0]
    order = {c.id: i for i, c in enumerate(claims)}
    settled: set[str] = set()  # claims whose chain of parents is known to end at a root
    for c in claims:
        path: list[str] = []
        on_path: set[str] = set()
        cur = c.id
        while cur in parent and cur not in on_path and cur not in settled:
            path.append(cur)
            on_path.add(cur)
            cur = parent[cur]
        if cur in on_path:
            cycle = path[path.index(cur) :]
            del parent[min(cycle, key=order.__getitem__)]
        settled.update(path)
    children: dict[str, list[str]] = {}
    roots: list[Claim] = []
    for c in claims:
        if c.id in parent:
            children.setdefault(parent[c.id], []).append(c.id)
        else:
            roots.append(c)
    return roots, children


def _attackers(sel: Selection, claims: list[Claim]) -> dict[str, list[Claim]]:
    attackers: dict[str, list[Claim]] = {}
    for c in claims:
        for r in sel.relations(c):
            if r.type == "attacks":
                attackers.setdefault(r.target, []).append(c)
    return attackers


def _tree_lines(
    sel: Selection,
    claim: Claim,
    children: dict[str, list[str]],
    attackers: dict[str, list[Claim]],
    on_question: set[str],
    depth: int,
    shown: _Shown,
    label: str = "",
) -> list[str]:
    indent = "  " * depth
    lines = [f"{indent}- {label}{_claim_line(sel, claim, shown)}"]
    lines.extend(_note_lines(claim, indent))
    for r in sel.relations(claim):
        target = sel.by_id[r.target]
        if (
            r.type == "supports"
            and (r.target in on_question)
            and claim.id in children.get(r.target, [])
        ):
            continue  # shown by the nesting
        verb = "supports" if r.type == "supports" else "**attacks**"
        lines.append(f"{indent}  - {verb}: {_claim_ref(sel, target, shown)}")
    for attacker in attackers.get(claim.id, []):
        lines.append(f"{indent}  - **attacked by**: {_claim_ref(sel, attacker, shown)}")
    for cid in children.get(claim.id, []):
        lines.extend(
            _tree_lines(
                sel,
                sel.by_id[cid],
                children,
                attackers,
                on_question,
                depth + 1,
                shown,
                "supported by: ",
            )
        )
    return lines


MERMAID_BOX_PX = 250
"""About the width Mermaid gives a box of lines of ~34 characters."""
MERMAID_PAGE_PX = 1100
"""Wider than this drawn upwards (five boxes side by side), a picture is drawn sideways:
GitHub shows a diagram in a column of about 1,000 px and scales a wider one down (debate22's
widest, 11 reasons in one row, came out at 800 px with its text 4 px high)."""


def _sideways(part: Part) -> bool:
    """Whether ``part`` drawn upwards would be wider than :data:`MERMAID_PAGE_PX`."""
    from argmap.export.svg import layered_layout

    ids = [n.id for n in part.nodes]
    edges = [(e.source, e.target) for e in part.edges]
    sizes = {i: (float(MERMAID_BOX_PX), 80.0) for i in ids}
    _, width, _ = layered_layout(ids, edges, sizes, max_row=len(ids) + 1)
    return width > MERMAID_PAGE_PX


def _mermaid(part: Part) -> list[str]:
    """One picture as a Mermaid flowchart: reasons below what they support or attack, or,
    when that is wider than a page, to their right (``RL``), as the HTML report does."""
    # explicit <br/> breaks keep lines at ~34 characters: give Mermaid room not to re-wrap
    lines = ["```mermaid", "---", "config:", "  flowchart:", "    wrappingWidth: 320", "---"]
    lines.append("flowchart RL" if _sideways(part) else "flowchart BT")
    classes: dict[tuple[str, str], list[str]] = {}
    evidence: list[str] = []
    for n in part.nodes:
        body = "<br/>".join(mermaid_label(line) for line in n.lines)
        lines.append(f'  {n.id}["<b>{mermaid_label(n.heading)}</b><br/>{body}"]')
        classes.setdefault((n.fill, n.color), []).append(n.id)
        if n.claim.kind == "evidence":
            evidence.append(n.id)
    attacks = []
    for k, e in enumerate(part.edges):
        arrow = "--x" if e.type == "attacks" else "-->"
        lines.append(f"  {e.source} {arrow} {e.target}")
        if e.type == "attacks":
            attacks.append(str(k))
    for k, ((fill, stroke), members) in enumerate(sorted(classes.items())):
        lines.append(
            f"  classDef s{k} fill:{fill},stroke:{stroke},stroke-width:2px,color:{ink_on(fill)}"
        )
        lines.append(f"  class {','.join(members)} s{k}")
    if evidence:
        lines.append("  classDef ev stroke-dasharray:5 3")
        lines.append(f"  class {','.join(evidence)} ev")
    if part.edges:
        lines.append(f"  linkStyle default stroke:{SUPPORT_COLOR},stroke-width:1.5px")
    if attacks:
        lines.append(
            f"  linkStyle {','.join(attacks)} "
            f"stroke:{ATTACK_COLOR},stroke-width:2px,stroke-dasharray:6 4"
        )
    lines.append("```")
    return lines


def _positions_lines(sel: Selection, qid: str, shown: _Shown) -> list[str]:
    """Who stands where on question ``qid``: a line per stance naming the sources whose
    position it is (± after a mixed one); debate22's 15 sources in source order, each with
    its symbol, had to be read whole to find one side."""
    groups: dict[str, list[str]] = {}
    for sid in sel.sources:
        cell = sel.cell(sid, qid)
        if cell.dominant is not None:
            title = shown.title(sid, 40) + (" ±" if cell.mixed else "")
            groups.setdefault(cell.dominant, []).append(title)
    lines = ["Who stands where:", ""]
    for st in sel.stances:  # along the scale, when the stances are one
        if st.id in groups:
            lines.append(
                f"- {md_text(st.symbol)} **{md_text(st.label)}** ({len(groups[st.id])}): "
                + " · ".join(groups[st.id])
            )
    return lines


def _question_section(sel: Selection, qid: str, detail: str, shown: _Shown) -> list[str]:
    q = sel.question(qid)
    claims = sel.claims_on(qid)
    lines = [f"### {md_text(q.label)}", "", f"> {md_text(q.text)}", ""]
    contested = _contested_lines(sel, qid) if detail != "summary" else []
    if not claims:
        return [*lines, "_No claims on this question._", *(["", *contested] if contested else [])]
    per_stance = Counter(c.stance for c in claims)
    counts = " · ".join(f"{md_text(s.symbol)} {per_stance[s.id]}" for s in sel.codebook.stances)
    lines += [f"Question id `{qid}`; {_plural(len(claims), 'claim')}: {counts}.", ""]
    lines += [*_positions_lines(sel, qid, shown), ""]
    if detail == "summary":
        return lines[:-1]
    roots, children = _question_tree(sel, claims)
    attackers = _attackers(sel, claims)
    on_question = {c.id for c in claims}
    for stance in sel.codebook.stances:
        group = [c for c in roots if c.stance == stance.id]
        if not group:
            continue
        lines += [f"#### {md_text(stance.symbol)} {md_text(stance.label)}", ""]
        for c in group:
            lines.extend(_tree_lines(sel, c, children, attackers, on_question, 0, shown))
        lines.append("")
    if contested:
        lines += [*contested, ""]
    lines.extend(_diagrams(sel, qid))
    return lines[:-1] if lines[-1] == "" else lines


def _contested_lines(sel: Selection, qid: str) -> list[str]:
    """The question's contested sentences, every annotator's reading by name."""
    contests = contests_on(sel, qid)
    if not contests:
        return []
    lines = [
        f"**Contested** ({_plural(len(contests), 'sentence')} read differently; not counted)",
        "",
    ]
    for k in contests:
        readings = "; ".join(f"{md_text(name)}: {md_text(r)}" for name, r in k.readings)
        lines.append(
            f"- {in_quotes(md_text(k.quote))} — {md_text(k.source)}, {k.sentence} ({readings})"
        )
    return lines


def _diagrams(sel: Selection, qid: str) -> list[str]:
    """The question's Mermaid diagrams: one per connected part of at most ~30 claims (small
    parts share one, :func:`question_parts`)."""
    parts = question_parts(sel, qid, limit=MAX_DIAGRAMS)
    if not parts:
        return []
    left = parts[0].unlinked
    lines = [
        f"**Diagrams** ({_plural(parts[0].count, 'part')}"
        + (f"; {_plural(left, 'claim')} without relations not drawn" if left else "")
        + ")",
        "",
    ]
    for part in parts:
        lines += [f"_{md_text(part.caption)}_", "", *_mermaid(part), ""]
    if parts[0].count > len(parts):
        rest = parts[0].count - len(parts)
        lines += [
            f"_{_plural(rest, 'smaller part')} not drawn here: "
            f"`argmap export --format dot -q {qid}` or `--format html` has them._",
            "",
        ]
    return lines


MAIN_EVIDENCE = 3
"""At most this many pieces of evidence are quoted under a source's main line."""


def _main_line(sel: Selection, sid: str, shown: _Shown) -> list[str]:
    """A source's main line for its section: its dominant stance over all its claims, its
    claim on that line most backed by its own claims, and the evidence backing that (a
    quote given in full above is cut short here, as every later mention)."""
    line = main_line(sel, sid)
    if line is None:
        return []

    def quoted(claim: Claim) -> str:
        quote = sel.quote(claim)
        if claim.id in shown.ids:
            quote = shorten(quote, 48)
        shown.ids.add(claim.id)
        return f"{in_quotes(md_text(quote))} ({sel.sentence_id(claim) or claim.id})"

    st = sel.stance(line.stance)
    head = (
        f"**Main line:** {md_text(st.symbol)} {md_text(st.label)} "
        f"({line.on_line} of {line.total} claims)"
    )
    if line.claim is not None:
        head += f": {quoted(line.claim)}"
    out = [head]
    if line.evidence:
        listed = line.evidence[:MAIN_EVIDENCE]
        out[0] += ", backed by its evidence:"
        # "*" items: a list of their own, not the first items of the "-" list below
        out += [f"* {quoted(c)}" for c in listed]
        if len(line.evidence) > len(listed):
            out.append(f"* and {len(line.evidence) - len(listed)} more")
    return [*out, ""]


def _source_section(sel: Selection, sid: str, shown: _Shown) -> list[str]:
    doc = sel.source(sid)
    meta = doc.meta
    lines = [f"### {md_text(doc.title)}", ""]
    facts = [f"`{sid}`"]
    facts += [md_text(p) for p in (meta.byline, meta.date) if p]
    if meta.url:
        facts.append(f"<{meta.url}>" if _URL.match(meta.url) else md_text(meta.url))
    lines += [" · ".join(facts), ""]
    if meta.note.strip():
        lines += [f"> {md_text(meta.note)}", ""]
    claims = sel.claims_of(sid)
    if not claims:
        return [*lines, "_No claims from this source._"]
    by_q: dict[str, list[Claim]] = {}
    for c in claims:
        for q in c.questions:
            by_q.setdefault(q, []).append(c)
    positions = []
    for qid in sel.questions:
        cell = sel.cell(sid, qid)
        if cell.dominant is not None:
            label = md_text(sel.question(qid).label)
            positions.append(f"{label} {_position_mark(sel, cell.dominant, cell.mixed)}")
    lines += ["Positions: " + " · ".join(positions), "", *_main_line(sel, sid, shown)]
    # the quotes are given under the questions; here, where to find them in this source
    for qid in sel.questions:
        on_q = by_q.get(qid)
        if not on_q:
            continue
        cell = sel.cell(sid, qid)
        counts = "/".join(str(cell.counts.get(st.id, 0)) for st in sel.codebook.stances)
        where = ", ".join(
            f"{shown.symbol(c)} {sel.sentence_id(c) or c.id}"
            + ("" if c.id in shown.ids else f" {in_quotes(md_text(sel.quote(c)))}")
            for c in on_q
        )
        lines.append(f"- **{md_text(sel.question(qid).label)}** ({counts}): {where}")
        shown.ids.update(c.id for c in on_q)
    return lines


def to_markdown(sel: Selection, detail: str = "full", heatmap: str | None = None) -> str:
    """The Markdown argument map of ``sel``.

    ``detail`` ``"summary"`` keeps the legend, the sources, the positions and each
    question's counts, and leaves out the quotes and diagrams. ``heatmap`` is the path or
    URL of the heat map picture (``argmap export --format svg``) to show above the table.
    """
    view = f"annotator `{sel.annotator}`" if sel.annotator else "reference view"
    scope = " (filtered)" if sel.filtered else ""
    lines = [
        f"# Argument map: {md_text(sel.name)}",
        "",
        f"{_plural(len(sel.claims), 'claim')} from {_plural(len(sel.sources), 'source')} on "
        f"{_plural(len(sel.questions), 'question')}{scope}; {view}. "
        "Generated by `argmap export`.",
        "",
        *_stance_legend(sel),
        "",
        *_sources_list(sel),
        "",
        *_matrix_table(sel),
    ]
    voices = _voices_table(sel)
    if voices:
        lines += ["", *voices]
    if heatmap:
        lines[lines.index("## Positions") + 1 : lines.index("## Positions") + 1] = [
            "",
            f"![Heat map of the positions: sources by questions]({heatmap.replace(' ', '%20')})",
        ]
    lines += ["", "## Questions"]
    shown = _Shown(sel)
    for qid in sel.questions:
        lines += ["", *_question_section(sel, qid, detail, shown)]
    if detail == "full":
        lines += ["", "## Sources in detail"]
        for sid in sel.sources:
            lines += ["", *_source_section(sel, sid, shown)]
    return "\n".join(lines).rstrip("\n") + "\n"
