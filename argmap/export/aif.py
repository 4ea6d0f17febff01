"""The AIF export: the argument map as an AIFdb/OVA node set.

- every claim is an ``I`` node whose text is its exact quote;
- ``A supports B`` is ``A → RA("Default Inference") → B``; ``A attacks B`` is
  ``A → CA("Default Conflict") → B`` (one S-node per relation);
- authorship follows IAT: per claim an ``L`` node ``"<source> : <quote>"`` and a
  ``YA("Asserting")`` with edges ``L → YA → I``, a ``participants`` entry per source and a
  ``locutions`` row linking the L node to it.

AIF has no slot for stance, questions, offsets or annotator: they live under the separate
top-level key ``"argmap"`` (keyed by I-node id), so the AIF part stays standard. Node and
edge ids are numeric strings, as AIFdb writes them, assigned in document order.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from argmap.export.common import Selection
from argmap.model import SCHEMA_VERSION

SCHEMES = {"supports": ("RA", "Default Inference"), "attacks": ("CA", "Default Conflict")}


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
    for i, sid in enumerate(sel.sources, start=1):
        doc = sel.source(sid)
        person[sid] = str(i)
        participants.append({"participantID": str(i), "firstname": doc.title, "surname": sid})

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

    locutions: list[dict[str, Any]] = []
    for c in sel.claims:
        stamp = _stamp(c.created)
        speaker = sel.source(c.source).title
        loc = node("L", f"{speaker} : {c.quote}", stamp)
        ya = node("YA", "Asserting", stamp)
        edge(loc, ya)
        edge(ya, i_node[c.id])
        locutions.append(
            {
                "nodeID": loc,
                "personID": person[c.source],
                "timestamp": stamp,
                "start": None,
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
