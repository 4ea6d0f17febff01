"""The Argdown export: a section per question, a statement per claim and question.

Statements have human titles (short source title and sentence id); the stance symbol opens
the text; tags give the stance (first, so it sets the map colour), the questions and the
source, and the frontmatter keeps them out of the displayed text (``removeTagsFromText``).
Relations are outgoing child lines of the holder: ``+>`` support, ``->`` attack. Statement
text escapes every ASCII punctuation character with a backslash, which Argdown reads back
literally (so ``//``, ``[x]``, ``<x>``, ``{x}``, ``#`` and ``_`` in a quote neither start a
comment nor markup).
"""

from __future__ import annotations

import json
import re
import string

from argmap.export.common import Selection
from argmap.export.graph import short_title

_PUNCT = re.compile("([" + re.escape(string.punctuation) + "])")
_SPACE = re.compile(r"\s+")
# statement titles: keep letters, digits, spaces and plain punctuation Argdown does not parse
_TITLE_UNSAFE = re.compile(r"[^\w\s.,'’&()…-]")


def ad_text(text: str) -> str:
    """``text`` as one line of Argdown statement text that is read back literally."""
    return _PUNCT.sub(r"\\\1", _SPACE.sub(" ", text).strip())


def _yaml_str(value: str) -> str:
    # JSON strings are YAML flow scalars; ensure_ascii keeps them on one safe line.
    return json.dumps(value, ensure_ascii=True)


def _tag(value: str) -> str:
    """A tag; ids may hold ``.`` or ``_``, so wrap them in ``#(...)``."""
    return f"#({value})" if re.fullmatch(r"[A-Za-z0-9-]+", value) is None else f"#{value}"


def _frontmatter(sel: Selection) -> list[str]:
    colors = {s.id: sel.colour(s.id) for s in sel.codebook.stances}
    lines = [
        "===",
        f"title: {_yaml_str(sel.name)}",
        f"subTitle: {_yaml_str('argument map exported by argmap')}",
        "model:",
        "    mode: loose",
        "    removeTagsFromText: true",
        "selection:",
        "    excludeDisconnected: false",
        "    statementSelectionMode: all",
        "map:",
        "    statementLabelMode: hide-untitled",
        "group:",
        "    groupDepth: 1",
        "color:",
        "    tagColors:",
    ]
    lines += [f"        {_yaml_str(k)}: {_yaml_str(v)}" for k, v in colors.items()]
    lines.append("===")
    return lines


def _clean_title(text: str) -> str:
    return _SPACE.sub(" ", _TITLE_UNSAFE.sub(" ", text)).strip()


def _titles(sel: Selection) -> dict[str, str]:
    """A readable, unique statement title per claim: short source title and sentence id."""
    titles: dict[str, str] = {}
    used: set[str] = set()
    for c in sel.claims:
        head = _clean_title(short_title(sel.source(c.source).title, 32))
        title = f"{head or c.source} {sel.sentence_id(c) or c.id}".strip()
        base, n = title, 2
        while title in used:
            title, n = f"{base} ({n})", n + 1
        used.add(title)
        titles[c.id] = title
    return titles


def to_argdown(sel: Selection) -> str:
    """The Argdown document of ``sel``: a section per question, each claim under each of its
    questions.

    A statement's title is its source's short title and sentence id (``[Alpha Review
    s0003]``); Argdown places a statement in the group of the section that defines it, so a
    claim on several questions is written once per question: under its first question with
    that title, under the others as ``[Alpha Review s0003 · US guarantee]`` with the same
    text and data. Inside a section relations join the copies there; a relation to a claim
    on none of the section's questions is written once, from the first copy. Stance and
    question tags colour the map and are kept out of the text (``removeTagsFromText``).
    """
    wanted = sel.questions
    titles = _titles(sel)
    home = {c.id: next(q for q in c.questions if q in wanted) for c in sel.claims}

    def title_in(cid: str, qid: str) -> str:
        if home[cid] == qid:
            return titles[cid]
        return f"{titles[cid]} · {_clean_title(sel.question(qid).label)}"

    lines = _frontmatter(sel)
    legend = "; ".join(f"{s.symbol} {s.id}" for s in sel.codebook.stances)
    lines += [
        "",
        f"// stances: {legend}; a claim on several questions appears under each",
    ]
    for qid in wanted:
        claims = sel.claims_on(qid)
        if not claims:
            continue
        on_q = {c.id for c in claims}
        q = sel.question(qid)
        lines += ["", f"# {ad_text(q.label)}", "", f"// {qid}: {_SPACE.sub(' ', q.text)}"]
        for c in claims:
            tags = [_tag(c.stance), *(_tag(x) for x in c.questions), _tag(c.source)]
            if c.kind == "evidence":
                tags.append("#evidence")
            if c.orphan is not None:
                tags.append("#orphaned")
            data = {
                "claim": c.id,
                "source": c.source,
                "sentence": sel.sentence_id(c),
                "start": c.start,
                "end": c.end,
                "kind": c.kind,
                "annotator": c.annotator,
            }
            flow = ", ".join(
                f"{k}: {v if isinstance(v, int) else _yaml_str(v)}" for k, v in data.items()
            )
            symbol = sel.stance(c.stance).symbol
            lines += [
                "",
                f"[{title_in(c.id, qid)}]: {symbol} {ad_text(c.quote)} {' '.join(tags)} {{{flow}}}",
            ]
            for r in sel.relations(c):
                arrow = "+>" if r.type == "supports" else "->"
                if r.target in on_q:
                    lines.append(f"  {arrow} [{title_in(r.target, qid)}]")
                elif home[c.id] == qid:
                    lines.append(f"  {arrow} [{titles[r.target]}]")
    return "\n".join(lines) + "\n"
