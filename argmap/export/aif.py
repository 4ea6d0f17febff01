"""The AIF export: the argument map as an AIFdb/OVA node set.

- every claim is an ``I`` node whose text is its exact quote;
- ``A supports B`` is ``A → RA("Default Inference") → B``; ``A attacks B`` is
  ``A → CA("Default Conflict") → B`` (one S-node per relation);
- authorship follows IAT: per claim an ``L`` node ``"<speaker> : <quote>"`` and a
  ``YA("Asserting")`` with edges ``L → YA → I``, a ``participants`` entry per source and a
  ``locutions`` row (with its ``start`` time) linking the L node to it.

The speaker is written so that OVA3 finds the participant again: OVA3 reads the text before
the first ``:`` of an L node, splits it at spaces and looks up ``firstname`` = first word,
``surname`` = second word. So a source is the participant ``firstname`` = its title with
spaces and colons turned into ``_`` and ``surname`` = its id (ids hold neither). A claim
with a voice (a quoted person or body) is that voice's locution: one participant per voice
(``surname`` = ``(voice)``) across every source quoting it; ``"argmap"`` keeps the source.

AIF has no slot for stance, questions, offsets or annotator. They live under the separate
top-level key ``"argmap"`` (keyed by I-node id), so the AIF part stays standard; the OVA3
file (:func:`to_ova`) also writes them into its analysis text, which OVA3 shows beside the
graph and keeps when it saves. Node and edge ids are numeric strings, as AIFdb writes them,
assigned in document order.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from argmap.export.common import Selection, connected_components
from argmap.model import SCHEMA_VERSION

SCHEMES = {"supports": ("RA", "Default Inference"), "attacks": ("CA", "Default Conflict")}


VOICE_SURNAME = "(voice)"
"""The surname of a quoted voice's participant (a source's is its id): no space, no colon."""


def speaker_name(title: str) -> str:
    """``title`` as one word OVA3 reads back as a first name: no spaces, no colons."""
    word = re.sub(r"[\s:]+", "_", title.strip()).strip("_")[:60]
    return word or "Source"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def aif_graph(sel: Selection) -> dict[str, Any]:
    """The AIF node set of ``sel`` as a JSON-ready dict."""
    nodes: list[dict[str, Any]] = []
    edges: list[dict[str, Any]] = []
    counter = {"node": 0, "edge": 0}

    def node(kind: str, text: str, stamp: str, **extra: str) -> str:
        counter["node"] += 1
        nid = str(counter["node"])
        nodes.append({"nodeID": nid, "text": text, "type": kind, "timestamp": stamp, **extra})
        return nid

    def edge(src: str, dst: str) -> None:
        counter["edge"] += 1
        edges.append(
            {"edgeID": str(counter["edge"]), "fromID": src, "toID": dst, "formEdgeID": None}
        )

    participants: list[dict[str, Any]] = []
    person: dict[str, str] = {}
    speaker: dict[str, str] = {}
    for i, sid in enumerate(sel.sources, start=1):
        first = speaker_name(sel.source(sid).title)
        person[sid] = str(i)
        speaker[sid] = f"{first} {sid}"
        participants.append({"participantID": str(i), "firstname": first, "surname": sid})
    # A claim with a voice is that voice's locution (a quoted person or body, one
    # participant across the sources that quote it), the source's own claims the source's.
    voiced: dict[str, str] = {}
    for c in sel.claims:
        voice = sel.voice(c)
        if voice and voice not in voiced:
            voiced[voice] = pid = str(len(participants) + 1)
            first = speaker_name(voice)
            person[f"voice:{voice}"] = pid
            speaker[f"voice:{voice}"] = f"{first} {VOICE_SURNAME}"
            participants.append(
                {"participantID": pid, "firstname": first, "surname": VOICE_SURNAME}
            )

    i_node: dict[str, str] = {}
    claims_meta: dict[str, dict[str, Any]] = {}
    for c in sel.claims:
        i_node[c.id] = node("I", c.quote, _stamp(c.modified))
        claims_meta[i_node[c.id]] = {
            "claim": c.id,
            "source": c.source,
            "sentence": sel.sentence_id(c),
            "start": c.start,
            "end": c.end,
            "stance": c.stance,
            "questions": list(c.questions),
            "kind": c.kind,
            "annotator": c.annotator,
            "note": c.note,
            "orphan": c.orphan is not None,
        }
        if c.voice:  # whose stance, when a quoted voice's; its locution is the voice's
            claims_meta[i_node[c.id]]["voice"] = sel.voice(c)

    locutions: list[dict[str, Any]] = []
    for c in sel.claims:
        stamp = _stamp(c.created)
        who = f"voice:{sel.voice(c)}" if c.voice else c.source
        loc = node("L", f"{speaker[who]} : {c.quote}", stamp)
        ya = node("YA", "Asserting", stamp)
        edge(loc, ya)
        edge(ya, i_node[c.id])
        locutions.append(
            {
                "nodeID": loc,
                "personID": person[who],
                "timestamp": stamp,
                "start": stamp,
                "end": None,
                "source": None,
            }
        )
        claims_meta[i_node[c.id]]["locution"] = loc

    for c in sel.claims:
        for r in sel.relations(c):
            kind, scheme = SCHEMES[r.type]
            s_node = node(kind, scheme, _stamp(c.modified), scheme=scheme)
            edge(i_node[c.id], s_node)
            edge(s_node, i_node[r.target])

    return {
        "nodes": nodes,
        "edges": edges,
        "locutions": locutions,
        "participants": participants,
        "argmap": {
            "schema": SCHEMA_VERSION,
            "project": sel.name,
            "view": sel.annotator or "reference",
            "questions": sel.questions,
            "stances": {s.id: {"label": s.label, "symbol": s.symbol} for s in sel.codebook.stances},
            "sources": {
                sid: {"participantID": person[sid], **_source_meta(sel, sid)} for sid in sel.sources
            },
            "nodes": claims_meta,
            "voices": {voice: {"participantID": pid} for voice, pid in voiced.items()},
        },
    }


def _source_meta(sel: Selection, sid: str) -> dict[str, str]:
    meta = sel.source(sid).meta
    return {
        "title": sel.source(sid).title,
        "author": meta.author,
        "outlet": meta.outlet,
        "date": meta.date,
        "url": meta.url,
    }


def to_aif(sel: Selection) -> str:
    """The AIF JSON text of ``sel``."""
    return json.dumps(aif_graph(sel), indent=2, ensure_ascii=False) + "\n"


OVA_SCHEME_IDS = {"RA": "72", "CA": "71", "YA": "168"}
"""AIFdb scheme ids OVA3 gives these node types when it loads a node set (Default Inference,
Default Conflict, Asserting), written as its ``schemefulfillments``."""


def _ova_layout(graph: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """OVA3 node and edge layout: the argument (I, RA, CA nodes) in layers, each conclusion
    above its reasons, component after component; each claim's locution mirrored to the
    right (its YA node just above it), for OVA3's dialogical view."""
    from argmap.export.svg import layered_layout

    nodes = {n["nodeID"]: n for n in graph["nodes"]}
    argument = [nid for nid, n in nodes.items() if n["type"] in ("I", "RA", "CA")]
    sizes = {
        nid: (220.0, 30.0 + 16.0 * (len(nodes[nid]["text"]) // 32 + 1))
        if nodes[nid]["type"] == "I"
        else (90.0, 40.0)
        for nid in argument
    }
    links = [
        (e["fromID"], e["toID"])
        for e in graph["edges"]
        if e["fromID"] in sizes and e["toID"] in sizes
    ]
    adjacent: dict[str, set[str]] = {nid: set() for nid in argument}
    for a, b in links:
        adjacent[a].add(b)
        adjacent[b].add(a)
    place: dict[str, tuple[float, float]] = {}
    comps = [sorted(comp, key=int) for comp in connected_components(argument, adjacent)]
    comp_of = {n: k for k, comp in enumerate(comps) for n in comp}
    inner: list[list[tuple[str, str]]] = [[] for _ in comps]
    for a, b in links:
        inner[comp_of[a]].append((a, b))
    x = y = row_h = 0.0
    for k, comp in enumerate(comps):
        boxes, w, h = layered_layout(comp, inner[k], sizes, max_row=6)
        if x > 0 and x + w > 3000:
            x, y, row_h = 0.0, y + row_h + 120, 0.0
        for nid, b in boxes.items():
            place[nid] = (x + b.x, y + b.y)
        x += w + 120
        row_h = max(row_h, h)
    width = max((px for px, _ in place.values()), default=0) + 600
    asserted = {
        e["toID"]: e["fromID"] for e in graph["edges"] if nodes[e["fromID"]]["type"] == "YA"
    }
    speaker = {e["toID"]: e["fromID"] for e in graph["edges"] if nodes[e["fromID"]]["type"] == "L"}
    for i_node, ya in asserted.items():
        ix, iy = place[i_node]
        place[ya] = (ix + width + 65, iy - 46)  # in the gap above its locution
        if ya in speaker:
            place[speaker[ya]] = (ix + width, iy)
    layout = [
        {
            "nodeID": nid,
            "visible": True,
            "x": round(place.get(nid, (0.0, 0.0))[0]),
            "y": round(place.get(nid, (0.0, 0.0))[1]),
            "timestamp": n["timestamp"] if n["type"] == "L" else "",
        }
        for nid, n in nodes.items()
    ]
    edges = [{"fromID": e["fromID"], "toID": e["toID"], "visible": True} for e in graph["edges"]]
    return layout, edges


def _analysis_text(sel: Selection, graph: dict[str, Any]) -> str:
    """OVA3's analysis text: per source its claims, each highlighted and linked to its I node
    (``<span id="node{ID}">``), followed by its stance and questions in brackets."""
    from html import escape

    i_node = {meta["claim"]: nid for nid, meta in graph["argmap"]["nodes"].items()}
    parts: list[str] = []
    for sid in sel.sources:
        claims = sel.claims_of(sid)
        if not claims:
            continue
        parts.append(f"<p><b>{escape(sel.source(sid).title)}</b> ({escape(sid)})</p>")
        for c in claims:
            st = sel.stance(c.stance)
            qs = ", ".join(
                sel.question(q).label for q in c.questions if q in sel.codebook.question_ids
            )
            sentence = sel.sentence_id(c)
            parts.append(
                f'<p><span class="highlighted" id="node{i_node[c.id]}">{escape(c.quote)}</span>'
                f" [{escape(st.symbol)} {escape(st.label)} · {escape(qs)}"
                f"{' · ' + escape(sentence) if sentence else ''}"
                f"{' · voice: ' + escape(sel.voice(c)) if c.voice else ''} · {c.id}]</p>"
            )
    return "".join(parts)


def ova_document(sel: Selection) -> dict[str, Any]:
    """The OVA3 analysis file of ``sel``: ``{"AIF": ..., "OVA": layout, "text": ...}``."""
    graph = aif_graph(sel)
    layout, layout_edges = _ova_layout(graph)
    schemes = [
        {"nodeID": n["nodeID"], "schemeID": OVA_SCHEME_IDS[n["type"]]}
        for n in graph["nodes"]
        if n["type"] in OVA_SCHEME_IDS
    ]
    return {
        "AIF": {
            "nodes": graph["nodes"],
            "edges": graph["edges"],
            "schemefulfillments": schemes,
            "participants": graph["participants"],
            "locutions": graph["locutions"],
            "descriptorfulfillments": [],
            "cqdescriptorfulfillments": [],
        },
        "text": _analysis_text(sel, graph),
        "dialog": True,
        "OVA": {"firstname": "", "surname": "", "url": "", "nodes": layout, "edges": layout_edges},
        "argmap": graph["argmap"],
    }


def to_ova(sel: Selection) -> str:
    """The OVA3 analysis file of ``sel`` as JSON text (load it with OVA3's *Load analysis*)."""
    return json.dumps(ova_document(sel), indent=2, ensure_ascii=False) + "\n"
