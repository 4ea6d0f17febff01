"""The Argdown export: one statement per claim, grouped by question, with its relations.

Each claim is a statement titled by its id, defined once under the heading of its first
selected question; it is tagged with its stance (first, so it sets the map colour), its
source and every question. Relations are outgoing child lines of the holder: ``+>`` support,
``->`` attack. Statement text escapes every ASCII punctuation character with a backslash,
which Argdown reads back literally (so ``//``, ``[x]``, ``<x>``, ``{x}``, ``#`` and ``_`` in a
quote neither start a comment nor markup).
"""

from __future__ import annotations

import json
import re
import string

from argmap.export.common import Selection

_PUNCT = re.compile("([" + re.escape(string.punctuation) + "])")
_SPACE = re.compile(r"\s+")


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
    colors = {s.id: s.color for s in sel.codebook.stances if s.color.startswith("#")}
    lines = [
        "===",
        f"title: {_yaml_str(sel.name)}",
        f"subTitle: {_yaml_str('argument map exported by argmap')}",
        "model:",
        "    mode: loose",
        "selection:",
        "    excludeDisconnected: false",
        "    statementSelectionMode: all",
    ]
    if colors:
        lines += ["color:", "    tagColors:"]
        lines += [f"        {_yaml_str(k)}: {_yaml_str(v)}" for k, v in colors.items()]
    lines.append("===")
    return lines


def to_argdown(sel: Selection) -> str:
    """The Argdown document of ``sel``."""
    wanted = set(sel.questions)
    home = {c.id: next(q for q in c.questions if q in wanted) for c in sel.claims}
    lines = _frontmatter(sel)
    legend = "; ".join(f"{s.symbol} {s.id}" for s in sel.codebook.stances)
    lines += ["", f"// stances: {legend}"]
    for qid in sel.questions:
        claims = [c for c in sel.claims if home[c.id] == qid]
        if not claims:
            continue
        q = sel.question(qid)
        lines += ["", f"# {ad_text(q.label)}", "", f"// {qid}: {_SPACE.sub(' ', q.text)}"]
        for c in claims:
            tags = [_tag(c.stance), _tag(c.source), *(_tag(x) for x in c.questions)]
            if c.kind == "evidence":
                tags.append("#evidence")
            if c.orphan is not None:
                tags.append("#orphaned")
            data = {
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
                f"[{c.id}]: {symbol} {ad_text(c.quote)} {' '.join(tags)} {{{flow}}}",
            ]
            for r in sel.relations(c):
                arrow = "+>" if r.type == "supports" else "->"
                lines.append(f"  {arrow} [{r.target}]")
    return "\n".join(lines) + "\n"
