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
    h = hashlib.blake2b(digest_size=32)
    h.update(code_fingerprint().encode())
    h.update(codebook.model_dump_json(by_alias=True).encode())
    said = sorted((argues or {}).items())
    ruled = sorted((sid, sorted(by.items())) for sid, by in (rejected or {}).items())
    h.update(marshal.dumps((large, focus, said, ruled), 2))
    used: dict[int, tuple[tuple[Context, ...], str]] = {}
    for sid, rows in docs.items():
        sents = [s for s, _, _, _ in rows]
        columns = (
            sid,
            *_sentences(sents, [c for _, c, _, _ in rows], used),
            [covered for _, _, covered, _ in rows],
            [k for *_, k in rows],
        )
        h.update(marshal.dumps(columns, 2))
    h.update(b"\x00examples")
    hash_examples(h, items, used)
    _FINGERPRINTS[0] = used
    return h.hexdigest()


def hash_examples(
    h: Any, items: Sequence[Example], used: dict[int, tuple[tuple[Context, ...], str]]
) -> None:
    """Feed ``h`` (a ``hashlib`` hash) what names training examples: per run of one source,
    its sentences (``_sentences``) and their labels, in order. ``used``: the contexts'
    hashes met so far (``_fingerprint``)."""
    from itertools import groupby

    for source, run in groupby(items, key=lambda e: e.source):
        group = list(run)
        columns = (
            source,
            *_sentences([e.sentence for e in group], [e.ctx for e in group], used),
            [e.context is None for e in group],
            [e.unit for e in group],
            [e.stance for e in group],
            [e.kind for e in group],
            [e.questions for e in group],
        )
        h.update(marshal.dumps(columns, 2))


def _sentences(
    sents: Sequence[AnySentence],
    ctxs: Sequence[Context],
    used: dict[int, tuple[tuple[Context, ...], str]],
) -> tuple[Any, ...]:
    """What names a run of sentences of one source: their contexts' hash, ids, places and
    any text that is not its context's."""
    return (
        _fingerprint(ctxs, used),
        [s.id for s in sents],
        [s.index for s in sents],
        [s.start for s in sents],
        [s.end for s in sents],
        [(i, s.text) for i, (s, c) in enumerate(zip(sents, ctxs, strict=True)) if s.text != c.text],
    )


#: ``contexts_fingerprint`` of the contexts (immutable) ``inputs_key`` hashed last, by their
#: first one's id (the tuple holds it: the id is not reused meanwhile): the reader's ``S``
#: hashes every annotated source's examples again; only the last call's are held
_FINGERPRINTS: list[dict[int, tuple[tuple[Context, ...], str]]] = [{}]


def _fingerprint(ctxs: Sequence[Context], used: dict[int, tuple[tuple[Context, ...], str]]) -> str:
    """``sourcecache.contexts_fingerprint(ctxs)``, remembered for the same context objects
    (in ``used`` by this call, or by the last)."""
    from argmap.suggest.sourcecache import contexts_fingerprint

    if not ctxs:
        return contexts_fingerprint(ctxs)
    first = id(ctxs[0])
    for memo in (used, _FINGERPRINTS[0]):
        got = memo.get(first)
        if (
            got is not None
            and len(got[0]) == len(ctxs)
            and all(a is b for a, b in zip(got[0], ctxs, strict=True))
        ):
            used[first] = got
            return got[1]
    fp = contexts_fingerprint(ctxs)
    used[first] = (tuple(ctxs), fp)
    return fp


def remembered_fingerprint(ctxs: Sequence[Context]) -> str:
    """``sourcecache.contexts_fingerprint(ctxs)``, taken from what the last ``inputs_key``
    hashed where it met these very context objects (a computing run reads every source in
    order after hashing them: ``SourceCache.aligned`` names its files by the same hash)."""
    return _fingerprint(ctxs, {})


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
    place in ``docs`` (its text and offsets are read from there again), strings and tuples
    of strings by their place in a table, probabilities as their packed doubles.

    Column by column (one pass of C-level calls each: a loop over the suggestions appending
    to eight columns was 0.5 s of the 91,000 suggestions of 1,000 sources)."""
    from itertools import groupby
    from operator import attrgetter

    tables: dict[Any, int] = {}
    put = tables.setdefault

    def placed(values: Any) -> bytes:
        return array("q", [put(v, len(tables)) for v in values]).tobytes()

    sources = {sid: i for i, sid in enumerate(docs)}
    src = array("q")
    sentence = array("q")
    # the suggestions of a source come together (sorted by source, or of one source)
    for sid, mine in groupby(suggestions, key=attrgetter("source")):
        at = {s.id: i for i, (s, *_) in enumerate(docs[sid])}
        ids = [g.sentence for g in mine]
        src.extend([sources[sid]] * len(ids))
        sentence.extend(map(at.__getitem__, ids))
    n = len(suggestions)
    columns = [src.tobytes(), sentence.tobytes()]
    columns += [placed(map(attrgetter(name), suggestions)) for name in _TABLED]
    columns.append(placed([g.stance_probs._labels[0] for g in suggestions]))  # type: ignore[attr-defined]
    columns.append(placed([g.question_probs._labels[0] for g in suggestions]))  # type: ignore[attr-defined]
    floats = array("d", bytes(16 * n))
    floats[0::2] = array("d", [g.claim for g in suggestions])
    floats[1::2] = array("d", [g.uncertainty for g in suggestions])
    probs: list[bytes] = [b""] * (2 * n)
    probs[0::2] = [g.stance_probs._values for g in suggestions]  # type: ignore[attr-defined]
    probs[1::2] = [g.question_probs._values for g in suggestions]  # type: ignore[attr-defined]
    return (n, list(tables), columns, floats.tobytes(), b"".join(probs))


#: The string and tuple fields of a suggestion kept by their place in a file's table.
_TABLED = ("kind", "stance", "questions", "top_features")


#: Integer columns of a file: source, sentence, kind, stance, questions, top features and
#: the labels of the stance and question probabilities (the last six: places in the table).
_COLUMNS = 8


def _decode(body: Any, docs: Docs) -> list[Suggestion]:
    """The suggestions ``_encode`` gave ``body`` for (the same values, in the same order)."""
    from argmap.suggest.suggestions import Probs, Suggestion

    n, table, raw_columns, raw_floats, raw_probs = body
    if len(raw_columns) != _COLUMNS:
        raise ValueError("not a file of this layout")
    columns = []
    for raw in raw_columns:
        column = array("q")
        column.frombytes(raw)
        if len(column) != n:
            raise ValueError("columns of unequal length")
        columns.append(column)
    floats = array("d")
    floats.frombytes(raw_floats)
    if len(floats) != 2 * n:
        raise ValueError("columns of unequal length")
    shared = {t: Probs.shared(table[t]) for t in {*columns[6], *columns[7]}}
    rows_of = list(docs.items())
    sizes = {t: labels[2].size for t, labels in shared.items()}
    make = Probs.__new__
    out: list[Suggestion] = []
    append = out.append
    p = 0
    claims, doubts = floats[0::2], floats[1::2]
    for src, row, kind, stance, qs, tf, sp, qp, claim, doubt in zip(
        *columns, claims, doubts, strict=True
    ):
        sid, rows = rows_of[src]
        s = rows[row][0]
        stance_probs = make(Probs)
        stance_probs._labels = shared[sp]
        end = p + sizes[sp]
        stance_probs._values = raw_probs[p:end]
        question_probs = make(Probs)
        question_probs._labels = shared[qp]
        p = end + sizes[qp]
        question_probs._values = raw_probs[end:p]
        # positional: source, sentence, start, end, text, claim, kind, stance, stance_probs,
        # questions, question_probs, top_features, uncertainty
        append(
            Suggestion(
                sid,
                s.id,
                s.start,
                s.end,
                s.text,
                claim,
                table[kind],
                table[stance],
                stance_probs,
                table[qs],
                question_probs,
                table[tf],
                doubt,
            )
        )
    if p != len(raw_probs):
        raise ValueError("the kept probabilities do not match the suggestions")
    return out
