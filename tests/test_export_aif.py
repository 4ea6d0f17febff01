"""The AIF export: a structural check of the AIF node set, and argmap's extra key."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from export_fixtures import HOSTILE, build_project

from argmap.export import render

NODE_TYPES = {"I", "RA", "CA", "MA", "PA", "L", "YA", "TA"}


def check_aif(graph: dict) -> list[str]:
    """Problems with the AIF structure of ``graph`` (empty when it is well formed)."""
    problems = []
    nodes = {n["nodeID"]: n for n in graph["nodes"]}
    if len(nodes) != len(graph["nodes"]):
        problems.append("duplicate node ids")
    edge_ids = [e["edgeID"] for e in graph["edges"]]
    if len(set(edge_ids)) != len(edge_ids):
        problems.append("duplicate edge ids")
    for n in graph["nodes"]:
        if n["type"] not in NODE_TYPES or not isinstance(n["text"], str):
            problems.append(f"node {n['nodeID']}: bad type or text")
        if not isinstance(n["nodeID"], str) or not n.get("timestamp"):
            problems.append(f"node {n['nodeID']}: id must be a string, timestamp set")
    incoming: dict[str, list[str]] = {nid: [] for nid in nodes}
    outgoing: dict[str, list[str]] = {nid: [] for nid in nodes}
    for e in graph["edges"]:
        if e["fromID"] not in nodes or e["toID"] not in nodes:
            problems.append(f"edge {e['edgeID']}: unknown node")
            continue
        outgoing[e["fromID"]].append(nodes[e["toID"]]["type"])
        incoming[e["toID"]].append(nodes[e["fromID"]]["type"])
    for nid, n in nodes.items():
        if n["type"] in ("RA", "CA"):
            if incoming[nid].count("I") < 1 or set(incoming[nid]) != {"I"}:
                problems.append(
                    f"{n['type']} {nid}: needs >=1 incoming I edge, has {incoming[nid]}"
                )
            if outgoing[nid] != ["I"]:
                problems.append(f"{n['type']} {nid}: needs exactly 1 outgoing I edge")
        if n["type"] == "YA" and (incoming[nid] != ["L"] or outgoing[nid] != ["I"]):
            problems.append(f"YA {nid}: must join one L to one I")
        if n["type"] == "I" and set(outgoing[nid]) - {"RA", "CA", "MA", "PA"}:
            problems.append(f"I {nid}: edge to a non-S node")
    people = {p["participantID"] for p in graph["participants"]}
    for loc in graph["locutions"]:
        if nodes.get(loc["nodeID"], {}).get("type") != "L" or loc["personID"] not in people:
            problems.append(f"locution {loc['nodeID']}: not an L node of a participant")
    return problems


def test_aif_structure_and_relations(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    graph = json.loads(render(project, "aif"))
    assert check_aif(graph) == []
    types = Counter(n["type"] for n in graph["nodes"])
    assert types == {"I": 7, "L": 7, "YA": 7, "RA": 2, "CA": 3}
    by_claim = {meta["claim"]: nid for nid, meta in graph["argmap"]["nodes"].items()}
    assert set(by_claim) == set(ids.values())
    nodes = {n["nodeID"]: n for n in graph["nodes"]}
    assert nodes[by_claim[ids["hostile"]]]["text"] == HOSTILE
    # committed attacks guarantee: I -> CA -> I
    succ = {}
    for e in graph["edges"]:
        succ.setdefault(e["fromID"], []).append(e["toID"])
    ca = [s for s in succ[by_claim[ids["committed"]]] if nodes[s]["type"] == "CA"]
    assert len(ca) == 1 and succ[ca[0]] == [by_claim[ids["guarantee"]]]
    assert nodes[ca[0]]["text"] == "Default Conflict"
    ra = [s for s in succ[by_claim[ids["shells"]]] if nodes[s]["type"] == "RA"]
    assert succ[ra[0]] == [by_claim[ids["guarantee"]]]


def test_authorship_and_argmap_fields(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    graph = json.loads(render(project, "aif"))
    meta = graph["argmap"]["nodes"]
    nodes = {n["nodeID"]: n for n in graph["nodes"]}
    jets = next(nid for nid, m in meta.items() if m["claim"] == ids["jets"])
    assert meta[jets] | {"locution": None} == {
        "claim": ids["jets"],
        "source": "beta",
        "sentence": "s0004",
        "start": 238,
        "end": 292,
        "stance": "pro-us-primacy",
        "questions": ["defence-industry"],
        "kind": "claim",
        "annotator": "ann",
        "note": "",
        "orphan": False,
        "locution": None,
    }
    loc = meta[jets]["locution"]
    assert nodes[loc]["text"].endswith(" : Buying American jets keeps the alliance interoperable.")
    row = next(x for x in graph["locutions"] if x["nodeID"] == loc)
    who = next(p for p in graph["participants"] if p["participantID"] == row["personID"])
    assert who["surname"] == "beta"
    for n in graph["nodes"]:
        assert set(n) <= {"nodeID", "text", "type", "timestamp", "scheme"}


def test_filtered_aif_has_no_dangling_edges(tmp_path: Path) -> None:
    project, _ = build_project(tmp_path)
    graph = json.loads(render(project, "aif", sources=["alpha"]))
    assert check_aif(graph) == []
    assert Counter(n["type"] for n in graph["nodes"])["RA"] == 2
    assert Counter(n["type"] for n in graph["nodes"])["CA"] == 0
    assert render(project, "aif") == render(project, "aif")


def test_structural_check_catches_broken_graphs(tmp_path: Path) -> None:
    project, _ = build_project(tmp_path)
    graph = json.loads(render(project, "aif"))
    ca = next(n["nodeID"] for n in graph["nodes"] if n["type"] == "CA")
    graph["edges"] = [e for e in graph["edges"] if e["fromID"] != ca]
    graph["edges"].append({"edgeID": "x", "fromID": "1", "toID": "999", "formEdgeID": None})
    problems = check_aif(graph)
    assert any(p.startswith(f"CA {ca}") for p in problems)
    assert "edge x: unknown node" in problems


def ova_speaker(text: str, participants: list[dict]) -> str | None:
    """The participant OVA3 finds for an L node (``findParticipantIDText`` in OVA3's
    ``ova-model.js``): the text before the first ``:``, split at spaces, first word as
    first name and second as surname, matched exactly."""
    name = text[: text.index(":")].split(" ")
    first, sur = name[0], name[1] if len(name) > 1 else None
    found = [p for p in participants if p["firstname"] == first and p["surname"] == sur]
    return found[0]["participantID"] if found else None


def test_ova3_finds_each_speaker_and_every_locution_has_a_start(tmp_path: Path) -> None:
    project, _ = build_project(tmp_path)
    project.set_meta("alpha", title="Alpha: the Review of Things")  # spaces and a colon
    graph = json.loads(render(project, "aif"))
    nodes = {n["nodeID"]: n for n in graph["nodes"]}
    assert {p["surname"] for p in graph["participants"]} == {"alpha", "beta"}
    for loc in graph["locutions"]:
        text = nodes[loc["nodeID"]]["text"]
        assert ova_speaker(text, graph["participants"]) == loc["personID"], text
        assert loc["start"] == nodes[loc["nodeID"]]["timestamp"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", loc["start"])
    alpha = next(p for p in graph["participants"] if p["surname"] == "alpha")
    assert alpha["firstname"] == "Alpha_the_Review_of_Things"


def test_ova_file_has_layout_schemes_and_the_analysis_text(tmp_path: Path) -> None:
    project, ids = build_project(tmp_path)
    doc = json.loads(render(project, "ova"))
    assert set(doc) == {"AIF", "OVA", "text", "dialog", "argmap"}
    aif = doc["AIF"]
    assert check_aif(aif) == []
    layout = {n["nodeID"]: n for n in doc["OVA"]["nodes"]}
    assert set(layout) == {n["nodeID"] for n in aif["nodes"]}
    assert all(
        n["visible"] and isinstance(n["x"], int) and isinstance(n["y"], int)
        for n in layout.values()
    )
    types = {n["nodeID"]: n["type"] for n in aif["nodes"]}
    argument = [nid for nid, t in types.items() if t in ("I", "RA", "CA")]
    # no two argument nodes share a place (OVA3 would stack them on a diagonal otherwise)
    assert len({(layout[n]["x"], layout[n]["y"]) for n in argument}) == len(argument)
    assert len({(n["x"], n["y"]) for n in layout.values()}) == len(layout)
    # a reason sits below the claim it supports: shells (evidence) -> RA -> guarantee
    by_claim = {m["claim"]: nid for nid, m in doc["argmap"]["nodes"].items()}
    assert layout[by_claim[ids["shells"]]]["y"] > layout[by_claim[ids["guarantee"]]]["y"]
    schemes = {s["nodeID"]: s["schemeID"] for s in aif["schemefulfillments"]}
    assert {types[n] for n in schemes} == {"RA", "CA", "YA"}
    assert all(schemes[n] == {"RA": "72", "CA": "71", "YA": "168"}[types[n]] for n in schemes)
    assert {(e["fromID"], e["toID"]) for e in doc["OVA"]["edges"]} == {
        (e["fromID"], e["toID"]) for e in aif["edges"]
    }
    # the analysis text links each claim to its I node and names its stance and questions
    for _claim, nid in by_claim.items():
        assert f'<span class="highlighted" id="node{nid}">' in doc["text"]
    assert "&lt;script&gt;" in doc["text"] and "<script>" not in doc["text"]
    assert "[▲ pro-autonomy · NATO replacement, US guarantee · s0003 · " in doc["text"]
