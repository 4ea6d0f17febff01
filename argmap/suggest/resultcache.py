"""The last suggestions made, kept on disk: asked again with nothing changed, they are read back.

``suggest --all`` at 1,000 sources trains for ~7 s of CPU and predicts and reads every
source in order for ~6 s more; asked again with the same annotations, sources, codebook and
code, it would make the very same suggestions. So ``suggest_all`` and ``suggest_source``
keep what they made in ``.argmap-cache/suggest-v1/<what was asked>.bin`` (derived data,
safe to delete, git-ignored; one file per annotator for ``--all`` and per annotator and
source for one source, each replaced by the next run) and a later run whose inputs hash
the same reads it back instead of training and predicting.

The hash (``inputs_key``) is of what the suggestions are computed from, as this run reads
it, never of a file's name, size or time: every source's sentences (ids, places, texts and
layout: ``sourcecache.contexts_fingerprint``), whether each is covered and the stance of
its first claim, the training examples' labels, the codebook (as JSON), the mode and focus,
what each source is said to argue and the stances rejected; and the code (``code_fingerprint``:
the source of every ``argmap`` module, its shipped data, argmap's, Python's and the numeric
and language libraries' versions). A source or annotation edited however (by argmap,
another program or git, with any clock) hashes otherwise, and so does another version of
argmap. The file's bytes carry their own hash (``readcache.read_checked``): a damaged,
partial or foreign file is ignored and written again, never read.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from array import array
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from argmap.codebook import Codebook
    from argmap.project import Project
    from argmap.suggest.data import AnySentence, Context, Example
    from argmap.suggest.suggestions import Suggestion

    Docs = Mapping[str, Sequence[tuple[AnySentence, Context, bool, str | None]]]

#: Where the files are, under the project's root.
CACHE_DIR = ".argmap-cache/suggest-v1"
#: The layout of a file (changed with it).
FORMAT = 1
#: Distributions whose versions name the code too (those installed).
_LIBRARIES = ("numpy", "scipy", "scikit-learn", "nltk", "vaderSentiment", "pydantic")


@cache
def code_fingerprint() -> str:
    """What names the code that makes suggestions: the source of every ``argmap`` module,
    the files of ``argmap/data``, argmap's and Python's versions and those of the libraries
    it computes with."""
    from importlib import metadata

    import argmap

    h = hashlib.blake2b(digest_size=16)
    root = Path(argmap.__file__).resolve().parent
    for path in sorted([*root.rglob("*.py"), *(root / "data").glob("*")]):
        if path.is_file():
            h.update(str(path.relative_to(root)).encode() + b"\x00" + path.read_bytes())
    versions = [argmap.__version__, sys.version, str(FORMAT)]
    for name in _LIBRARIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=-")
    h.update("|".join(versions).encode())
    return h.hexdigest()


def inputs_key(
    items: Sequence[Example],
    docs: Docs,
    codebook: Codebook,
    *,
    large: bool,
    focus: str | None,
    argues: Mapping[str, str] | None,
    rejected: Mapping[str, Mapping[str, tuple[str, ...]]] | None,
) -> str:
    """A hash of everything suggestions are made from (see the module's docstring): equal
    keys, equal suggestions."""
    from argmap.suggest.sourcecache import contexts_fingerprint

    h = hashlib.blake2b(digest_size=32)
    h.update(code_fingerprint().encode())
    h.update(codebook.model_dump_json(by_alias=True).encode())
    said = sorted((argues or {}).items())
    ruled = sorted((sid, sorted(by.items())) for sid, by in (rejected or {}).items())
    h.update(marshal.dumps((large, focus, said, ruled), 2))
    # where each context and sentence object of ``docs`` is: an example holding the same
    # object is hashed by its place, any other by its fields
    place: dict[int, tuple[int, int]] = {}
    rows_of = list(docs.values())
    for si, (sid, rows) in enumerate(docs.items()):
        sents = [s for s, _, _, _ in rows]
        ctxs = [c for _, c, _, _ in rows]
        columns = (
            sid,
            contexts_fingerprint(ctxs),
            [s.id for s in sents],
            [s.index for s in sents],
            [s.start for s in sents],
            [s.end for s in sents],
            [covered for _, _, covered, _ in rows],
            [k for *_, k in rows],
        )
        h.update(marshal.dumps(columns, 2))
        place.update((id(c), (si, ri)) for ri, c in enumerate(ctxs))
    h.update(b"\x00examples")
    labels = []
    for e in items:
        at = place.get(id(e.context))
        row = rows_of[at[0]][at[1]] if at is not None else None
        if row is not None and row[1] is e.context and row[0] is e.sentence:
            where: Any = at
        else:
            s, c = e.sentence, e.context
            fields = None if c is None else (c.text, c.prev, c.next, c.para, c.alone, c.first)
            where = (s.id, s.index, s.start, s.end, s.text, fields)
            where = (where, None if c is None else (c.para_pos, c.title))
        labels.append((e.source, where, e.unit, e.stance, e.kind, e.questions))
    h.update(marshal.dumps(labels, 2))
    return h.hexdigest()


def _file(project: Project, annotator: str | None, source: str | None) -> Path:
    """The file of the suggestions asked by ``annotator`` (of ``source``, or every source)."""
    name = hashlib.blake2b(repr((annotator, source)).encode(), digest_size=12).hexdigest()
    return project.root / CACHE_DIR / f"{'all' if source is None else 'source'}-{name}.bin"


def load(
    project: Project, annotator: str | None, source: str | None, key: str, docs: Docs
) -> list[Suggestion] | None:
    """The suggestions kept for ``key`` (made from ``docs``), if the file holds them whole;
    else None."""
    from argmap.suggest.readcache import read_checked

    value = read_checked(_file(project, annotator, source))
    try:
        head, body = value  # type: ignore[misc]
        if head != (FORMAT, key):
            return None
        return _decode(body, docs)
    except (TypeError, ValueError, IndexError, KeyError):
        return None


def keep(
    project: Project,
    annotator: str | None,
    source: str | None,
    key: str,
    docs: Docs,
    suggestions: Sequence[Suggestion],
) -> None:
    """Keep ``suggestions`` (made from ``docs``) as those of ``key``, replacing the file's
    last (best effort: a file that cannot be written is left out)."""
    from argmap.suggest.readcache import write_checked

    write_checked(_file(project, annotator, source), ((FORMAT, key), _encode(suggestions, docs)))


def _encode(suggestions: Sequence[Suggestion], docs: Docs) -> tuple[Any, ...]:
    """``suggestions`` as marshal-able columns: each sentence by its source's and its own
    place in ``docs`` (its text and offsets are read from there again), strings by their
    place in one table, probabilities as their packed doubles."""
    strings: dict[str, int] = {}
    label_sets: dict[tuple[str, ...], int] = {}
    sources = {sid: i for i, sid in enumerate(docs)}
    rows: dict[str, dict[str, int]] = {}
    at = array("q")
    floats = array("d")
    flat = array("q")
    probs: list[bytes] = []
    for g in suggestions:
        mine = rows.get(g.source)
        if mine is None:
            mine = rows[g.source] = {s.id: i for i, (s, *_) in enumerate(docs[g.source])}
        at.append(sources[g.source])
        at.append(mine[g.sentence])
        at.append(strings.setdefault(g.kind, len(strings)))
        at.append(strings.setdefault(g.stance, len(strings)))
        for held in (g.stance_probs, g.question_probs):
            labels, packed = held._labels[0], held._values  # type: ignore[attr-defined]
            at.append(label_sets.setdefault(labels, len(label_sets)))
            probs.append(packed)
        for names in (g.questions, g.top_features):
            at.append(len(names))
            flat.extend(strings.setdefault(w, len(strings)) for w in names)
        floats.append(g.claim)
        floats.append(g.uncertainty)
    return (
        len(suggestions),
        list(strings),
        list(label_sets),
        at.tobytes(),
        flat.tobytes(),
        floats.tobytes(),
        b"".join(probs),
    )


def _decode(body: Any, docs: Docs) -> list[Suggestion]:
    """The suggestions ``_encode`` gave ``body`` for (the same values, in the same order)."""
    from argmap.suggest.suggestions import Probs, Suggestion

    n, strings, label_sets, raw_at, raw_flat, raw_floats, raw_probs = body
    at, flat, floats = array("q"), array("q"), array("d")
    at.frombytes(raw_at)
    flat.frombytes(raw_flat)
    floats.frombytes(raw_floats)
    shared = [Probs.shared(tuple(labels)) for labels in label_sets]
    rows_of = list(docs.items())
    out: list[Suggestion] = []
    i = j = p = 0
    for k in range(n):
        sid, rows = rows_of[at[i]]
        s = rows[at[i + 1]][0]
        kind, stance = strings[at[i + 2]], strings[at[i + 3]]
        held = []
        for t in (at[i + 4], at[i + 5]):
            size = 8 * len(shared[t][0])
            held.append(Probs.packed(shared[t], raw_probs[p : p + size]))
            p += size
        i += 6
        names = []
        for _ in range(2):
            m = at[i]
            names.append(tuple(strings[w] for w in flat[j : j + m]))
            i += 1
            j += m
        out.append(
            Suggestion(
                source=sid,
                sentence=s.id,
                start=s.start,
                end=s.end,
                text=s.text,
                claim=floats[2 * k],
                kind=kind,
                stance=stance,
                stance_probs=held[0],
                questions=names[0],
                question_probs=held[1],
                top_features=names[1],
                uncertainty=floats[2 * k + 1],
            )
        )
    if i != len(at) or j != len(flat) or p != len(raw_probs) or 2 * n != len(floats):
        raise ValueError("the kept suggestions do not match their sources")
    return out
