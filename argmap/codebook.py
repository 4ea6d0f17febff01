"""Codebook editing: built-in codebooks, adding, editing, renaming and removing entries.

Pure functions build a new :class:`Codebook`; :func:`rename` and :func:`remove` also work
out which claims change. :meth:`argmap.project.Project.change_codebook` saves the new
codebook and the changed claims together, all-or-nothing (see :mod:`argmap.journal`).
Every refusal is a :class:`UsageError` with a one-line message, the same in CLI and TUI.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from argmap import store
from argmap.errors import UsageError, choices, unknown
from argmap.model import AXIS_REACH, Claim, Codebook, Question, Rename, Stance

Kind = Literal["stance", "question"]
KINDS: tuple[str, ...] = ("stance", "question")
BUILTIN: tuple[str, ...] = ("blank", "defence")
DEFAULT_BUILTIN = "blank"
_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"


# --------------------------------------------------------------------------- built-ins


def blank_codebook(name: str = "codebook") -> Codebook:
    """No questions and a neutral three-stance axis (for, against, hedged) to rename."""
    return Codebook(
        name=name,
        stances=(
            Stance(
                id="for",
                label="For",
                description="The text argues for the proposal under debate.",
                symbol="▲",
                color="#009e73",
                axis=1,
            ),
            Stance(
                id="against",
                label="Against",
                description="The text argues against the proposal under debate.",
                symbol="▼",
                color="#cc79a7",
                axis=-1,
            ),
            Stance(
                id="hedged",
                label="Hedged",
                description="Qualified, conditional or weighing both sides.",
                symbol="◆",
                color="#f0e442",
                axis=0,
            ),
        ),
        questions=(),
    )


def load_codebook_spec(spec: str) -> Codebook:
    """The codebook named by ``spec``: ``blank``, ``defence``, or a path.

    A path may name a codebook JSON file, a project directory (its codebook is copied) or
    a project's annotations directory.
    """
    if spec == "blank":
        return blank_codebook()
    if spec == "defence":
        return store.load_codebook(store.default_codebook_path())
    path = Path(spec)
    if path.is_dir():
        candidates = [path / store.CODEBOOK_FILE]
        if (path / store.CONFIG_FILE).is_file():
            config = store.load_config(path)
            candidates.insert(0, path / config.annotations_dir / store.CODEBOOK_FILE)
        for candidate in candidates:
            if candidate.is_file():
                return store.load_codebook(candidate)
        raise UsageError(f"{path}: no {store.CODEBOOK_FILE} in this directory or its project")
    if not path.exists():
        raise UsageError(
            f"{spec}: not a codebook (give {' or '.join(BUILTIN)}, a codebook.json "
            "or a project directory)"
        )
    return store.load_codebook(path)


# --------------------------------------------------------------------------- validation


def check_color(color: str) -> str:
    """``color`` if Rich (and so the TUI) can draw it; a CSS colour name Rich does not know
    ("orange", "teal") as its ``#rrggbb``; else a one-line error."""
    from rich.color import Color, ColorParseError

    try:
        Color.parse(color)
    except ColorParseError:
        from textual.color import Color as CssColor
        from textual.color import ColorParseError as CssColorParseError

        name = color.strip().lower()
        try:
            if re.fullmatch(r"[a-z]+", name):
                return CssColor.parse(name).hex6.lower()
            raise CssColorParseError(name)
        except CssColorParseError:
            raise UsageError(
                f"colour {color!r} cannot be drawn (use a name like 'orange', 'teal' or "
                "'bright_blue', a hex '#3fa34d' or 'rgb(63,163,77)')"
            ) from None
    return color


def check_symbol(symbol: str) -> str:
    """``symbol`` if it is one printable character one terminal cell wide."""
    from rich.cells import cell_len

    visible = "".join(ch for ch in symbol if unicodedata.category(ch) not in ("Mn", "Me"))
    if (
        not symbol
        or not symbol.isprintable()
        or symbol.isspace()
        or len(visible) != 1
        or cell_len(symbol) != 1
    ):
        raise UsageError(
            f"symbol {symbol!r} must be one printable character one cell wide (e.g. ▲ + ●)"
        )
    return symbol


def check_id(kind: str, new_id: str) -> str:
    """``new_id`` if it is a valid identifier."""
    import re

    if not re.match(_ID_PATTERN, new_id) or len(new_id) > 80:
        raise UsageError(
            f"{kind} id {new_id!r} must start with a letter or digit and hold only "
            "letters, digits, '.', '_' and '-'"
        )
    return new_id


AXIS_HELP = (
    f"place on the scale, -{AXIS_REACH} to +{AXIS_REACH}: the sign is the side (+ for, - "
    "against, 0 neither: the middle, or an option among several), the size how far out "
    "(+2 beyond +1: an ordered scale's 'abolish' beyond 'phase in')"
)
"""What ``--axis`` means, for the CLI's help and the TUI's form."""


def check_axis(axis: object) -> int:
    """``axis`` as a stance's place on the scale, or a one-line refusal saying what it is."""
    try:
        place = int(str(axis).strip().lstrip("+")) if not isinstance(axis, int) else axis
    except ValueError:
        place = None
    if place is None or isinstance(axis, bool) or not -AXIS_REACH <= place <= AXIS_REACH:
        raise UsageError(f"axis {axis!r}: a stance's axis is its {AXIS_HELP}")
    return place


def side(axis: int) -> int:
    """The side of the scale a place is on: 1, -1, or 0 for the middle."""
    return (axis > 0) - (axis < 0)


def scale(stances: Sequence[Stance]) -> list[str] | None:
    """The ids of ``stances`` as points of one scale, from one end to the other, when both
    sides are there; None for options (all at 0: debate27's five ways to pay for a ferry)
    and for stances on one side only. The one rule the matrix, the exports and the TUI
    order a scale by: by place (``axis``), from the end of the first stance that takes a
    side (the shipped for +1, against -1, hedged 0 run for, hedged, against; debate35's
    abolish +2, phase in +1, keep 0, freeze -1, cut -2 run so), stances at one place in
    codebook order (as before places: every -1/0/+1 codebook keeps its order)."""
    axes = [s.axis for s in stances]
    if not (any(a > 0 for a in axes) and any(a < 0 for a in axes)):
        return None
    first = side(next(a for a in axes if a))
    return [stances[k].id for k in sorted(range(len(axes)), key=lambda k: -axes[k] * first)]


def _rebuild(codebook: Codebook, **changes: object) -> Codebook:
    try:
        return Codebook.model_validate(
            {**codebook.model_dump(by_alias=True), **changes}, by_alias=True
        )
    except ValidationError as err:
        first = err.errors()[0]
        raise UsageError(f"codebook: {first['msg']}") from None


def _ids(codebook: Codebook, kind: str) -> list[str]:
    return codebook.stance_ids if kind == "stance" else codebook.question_ids


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise UsageError(f"unknown entry kind {kind!r} (valid: {choices(KINDS)})")


def _require(codebook: Codebook, kind: str, entry_id: str) -> None:
    _check_kind(kind)
    if entry_id not in _ids(codebook, kind):
        raise UsageError(unknown(kind, entry_id, _ids(codebook, kind)))


def _require_new(
    codebook: Codebook, kind: str, entry_id: str, replacing: str | None = None
) -> None:
    check_id(kind, entry_id)
    if entry_id in _ids(codebook, kind):
        raise UsageError(
            f"{kind} {entry_id!r} already exists (`argmap codebook edit {kind} {entry_id} …` "
            "changes it)"
        )
    twin = next(
        (i for i in _ids(codebook, kind) if i.casefold() == entry_id.casefold() and i != replacing),
        None,
    )
    if twin is not None:
        raise UsageError(
            f"{kind} {entry_id!r} differs from {kind} {twin!r} only in capitals: one is "
            "easily typed for the other; choose another id"
        )


# --------------------------------------------------------------------------- edits


DEFAULT_SYMBOLS = "●▲▼■◆○△▽□◇★☆"
"""Symbols a new stance takes, in order, when none is given (one cell wide each)."""
DEFAULT_COLORS = ("#4a7fd4", "#8e5cc4", "#2a9d8f", "#b5651d", "#d36ba6", "#6c757d")
"""Colours a new stance takes, in order, when none is given: each drawn on the white of an
export's page and on a dark terminal, and none like the blank codebook's green, red, amber."""


def add_stance(
    codebook: Codebook,
    stance_id: str,
    *,
    label: str | None = None,
    symbol: str | None = None,
    axis: int = 0,
    color: str | None = None,
    description: str = "",
) -> Codebook:
    """The codebook with a new stance at the end. Without a ``label`` it is the id in
    words ("pro-transit": "pro transit"); without a ``symbol``, the first of ● ▲ ▼ ■ ◆ …
    that no stance has; without a ``color``, the first of :data:`DEFAULT_COLORS` no stance
    has (white, the default before, did not show on an export's white page)."""
    _require_new(codebook, "stance", stance_id)
    if color is None:
        used = {s.color.lower() for s in codebook.stances}
        color = next((c for c in DEFAULT_COLORS if c not in used), DEFAULT_COLORS[-1])
    if label is None:
        label = " ".join(re.split(r"[-_.]+", stance_id)).strip() or stance_id
    if symbol is None:
        taken = {s.symbol for s in codebook.stances}
        symbol = next((c for c in DEFAULT_SYMBOLS if c not in taken), "•")
    if not label.strip():
        raise UsageError(f"stance {stance_id!r} needs a label")
    stance = Stance(
        id=stance_id,
        label=label,
        symbol=check_symbol(symbol),
        axis=check_axis(axis),
        color=check_color(color),
        description=description,
    )
    return codebook.model_copy(
        update={
            "stances": (*codebook.stances, stance),
            "renamed": _reused(codebook, "stance", stance_id),
        }
    )


def add_question(codebook: Codebook, question_id: str, *, label: str, text: str) -> Codebook:
    """The codebook with a new question at the end."""
    _require_new(codebook, "question", question_id)
    if not label.strip():
        raise UsageError(f"question {question_id!r} needs a label")
    if not text.strip():
        raise UsageError(f"question {question_id!r} needs its text (the question asked)")
    question = Question(id=question_id, label=label, text=text)
    return codebook.model_copy(
        update={
            "questions": (*codebook.questions, question),
            "renamed": _reused(codebook, "question", question_id),
        }
    )


_EDITABLE = {
    "stance": ("label", "description", "symbol", "color", "axis"),
    "question": ("label", "text"),
}


def edit(codebook: Codebook, kind: str, entry_id: str, **fields: object) -> Codebook:
    """The codebook with fields of one stance or question changed (``None`` = unchanged)."""
    _require(codebook, kind, entry_id)
    changes = {k: v for k, v in fields.items() if v is not None}
    bad = sorted(set(changes) - set(_EDITABLE[kind]))
    if bad:
        meant = {("stance", "text"): "description", ("question", "description"): "text"}
        hints = [f"--{meant[kind, b]}" for b in bad if (kind, b) in meant]
        raise UsageError(
            f"a {kind} has no {', '.join(bad)} (editable: {choices(_EDITABLE[kind])})"
            + (f": its words are its {hints[0]}" if hints else "")
        )
    if not changes:
        raise UsageError(f"nothing to change: give {', '.join('--' + f for f in _EDITABLE[kind])}")
    if "symbol" in changes:
        check_symbol(str(changes["symbol"]))
    if "color" in changes:
        changes["color"] = check_color(str(changes["color"]))
    if "axis" in changes:
        changes["axis"] = check_axis(changes["axis"])
    for key in ("label", "text"):
        if key in changes and not str(changes[key]).strip():
            raise UsageError(f"{kind} {entry_id!r}: {key} cannot be empty")
    items = codebook.stances if kind == "stance" else codebook.questions
    new_items = tuple(
        item.model_copy(update=changes) if item.id == entry_id else item for item in items
    )
    return _rebuild(codebook, **{f"{kind}s": [i.model_dump() for i in new_items]})


def move(codebook: Codebook, kind: str, entry_id: str, position: int) -> Codebook:
    """The codebook with one stance or question moved to ``position`` (1 = first): the order
    of tables, legends, the matrix and every export."""
    _require(codebook, kind, entry_id)
    items = list(codebook.stances if kind == "stance" else codebook.questions)
    if not 1 <= position <= len(items):
        raise UsageError(f"position {position} is out of range: give 1 to {len(items)}")
    moving = next(item for item in items if item.id == entry_id)
    items.remove(moving)
    items.insert(position - 1, moving)
    return _rebuild(codebook, **{f"{kind}s": [i.model_dump() for i in items]})


@dataclass
class CodebookChange:
    """A codebook edit with the claims it rewrites: ``(source, before, after)`` each."""

    label: str
    codebook: Codebook
    claims: list[tuple[str, Claim, Claim]] = field(default_factory=list)
    stance_moves: dict[str, str] = field(default_factory=dict)
    """Stance ids that go over to another (old -> new): a rename, or a removal ``--into``.
    What progress files say of the old stance (argues, rejections) goes over too."""
    progress: list[str] = field(default_factory=list)
    """The annotators whose progress files the change rewrote (filled in when saved)."""
    catch_up: bool = False
    """A rename whose old id the codebook no longer has: only the claims still on it move."""


def _uses(claim: Claim, kind: str, entry_id: str) -> bool:
    return claim.stance == entry_id if kind == "stance" else entry_id in claim.questions


def rename(
    codebook: Codebook, claims: list[Claim], kind: str, old: str, new: str
) -> CodebookChange:
    """Rename a stance or question and every claim's use of it.

    ``old`` no longer in the codebook but ``new`` in it: the claims (and progress files)
    still on ``old`` move to ``new``. That is what merging a copy of the project where
    ``old`` was renamed leaves: the other copy's claims made meanwhile keep the old id.
    """
    _check_kind(kind)
    if old not in _ids(codebook, kind) and new in _ids(codebook, kind):
        return _catch_up(codebook, claims, kind, old, new)
    _require(codebook, kind, old)
    if old == new:
        raise UsageError(f"{kind} {old!r} already has that id")
    _require_new(codebook, kind, new, replacing=old)
    items = codebook.stances if kind == "stance" else codebook.questions
    new_items = [
        (item.model_copy(update={"id": new}) if item.id == old else item).model_dump()
        for item in items
    ]
    renamed = _renamed(codebook, kind, old, new)
    new_codebook = _rebuild(codebook, **{f"{kind}s": new_items, "renamed": renamed})
    change = CodebookChange(f"rename {kind} {old} to {new}", new_codebook)
    _move_claims(change, claims, kind, old, new)
    return change


def _reused(codebook: Codebook, kind: str, entry_id: str) -> tuple[Rename, ...]:
    """``codebook.renamed`` without ``entry_id`` as an old id of ``kind``: added again, the id
    is a new entry, and claims on it are not the renamed one's."""
    return tuple(r for r in codebook.renamed if not (r.kind == kind and r.old == entry_id))


def _renamed(codebook: Codebook, kind: str, old: str, new: str) -> list[dict[str, str]]:
    """``codebook.renamed`` after ``old`` became ``new`` (or went into ``new``): earlier
    names of ``old`` now lead to ``new`` too."""
    out = [
        r.model_copy(update={"new": new}) if r.kind == kind and r.new == old else r
        for r in _reused(codebook, kind, new)
    ]
    out.append(Rename(kind=kind, old=old, new=new))  # type: ignore[arg-type]
    kept = {(r.kind, r.old): r for r in out if r.old != r.new}
    return [r.model_dump() for r in kept.values()]


def catch_up(codebook: Codebook, claims: list[Claim]) -> CodebookChange:
    """The claims still on an id ``codebook.renamed`` records as renamed (made in a copy of
    the project that had the old id, then merged) moved to the new id, and, through
    ``stance_moves``, what progress files say of an old stance. The codebook is unchanged;
    an old id the codebook has again, or whose new id it no longer has, is left alone."""
    change = CodebookChange("move what is still on renamed ids", codebook)
    change.catch_up = True
    stances: dict[str, str] = {}
    questions: dict[str, str] = {}
    for r in codebook.renamed:
        if r.old not in _ids(codebook, r.kind) and r.new in _ids(codebook, r.kind):
            (stances if r.kind == "stance" else questions)[r.old] = r.new
    change.stance_moves.update(stances)
    for c in claims:
        stance = stances.get(c.stance, c.stance)
        qs = tuple(dict.fromkeys(questions.get(q, q) for q in c.questions))
        if stance != c.stance or qs != c.questions:
            change.claims.append(
                (c.source, c, c.model_copy(update={"stance": stance, "questions": qs}))
            )
    return change


def catch_up_report(codebook: Codebook, made: CodebookChange, codebook_path: Path) -> list[str]:
    """What :func:`catch_up`, once saved, moved, one line each: the claims on each old id
    (with their annotators) and the progress files, as the CLI and the TUI tell it."""
    renames = {(r.kind, r.old): r.new for r in codebook.renamed}
    moved: dict[tuple[str, str], list[str]] = {}
    for _, was, now in made.claims:
        gone = [("question", q) for q in was.questions if q not in now.questions]
        if was.stance != now.stance:
            gone.insert(0, ("stance", was.stance))
        for key in gone:
            moved.setdefault(key, []).append(was.annotator)
    lines = []
    for (kind, old), who in sorted(moved.items()):
        n = len(who)
        lines.append(
            f"{n} claim{'s' * (n != 1)} ({', '.join(sorted(set(who)))}) on {kind} "
            f"{old!r} moved to {renames.get((kind, old))!r}: {codebook_path} records "
            "that rename, made in another copy of the project before a merge (commit the "
            "changed files)"
        )
    if made.progress:
        lines.append(
            f"what {', '.join(made.progress)} said of a renamed stance (progress/) "
            "moved to its new id"
        )
    return lines


def _move_claims(
    change: CodebookChange, claims: list[Claim], kind: str, old: str, new: str
) -> None:
    """Add to ``change`` every claim on the stance or question ``old`` moved to ``new`` (a
    question listed twice after the move is kept once)."""
    if kind == "stance":
        change.stance_moves[old] = new
    for c in claims:
        if not _uses(c, kind, old):
            continue
        if kind == "stance":
            after = c.model_copy(update={"stance": new})
        else:
            qs = [new if q == old else q for q in c.questions]
            after = c.model_copy(update={"questions": tuple(dict.fromkeys(qs))})
        change.claims.append((c.source, c, after))


def _catch_up(
    codebook: Codebook, claims: list[Claim], kind: str, old: str, new: str
) -> CodebookChange:
    """The claims still on ``old`` (no longer in the codebook) moved to ``new``."""
    change = CodebookChange(f"rename {kind} {old} to {new} (the claims still on {old})", codebook)
    change.catch_up = True
    _move_claims(change, claims, kind, old, new)
    return change


def remove(
    codebook: Codebook, claims: list[Claim], kind: str, entry_id: str, into: str | None = None
) -> CodebookChange:
    """Remove a stance or question; refused while claims use it unless ``into`` takes them.

    With ``into`` a stance's claims move to that stance; a question is dropped from the
    claims that have other questions and replaced by ``into`` in those it was the only one.
    """
    _require(codebook, kind, entry_id)
    users = [c for c in claims if _uses(c, kind, entry_id)]
    if into is not None:
        _require(codebook, kind, into)
        if into == entry_id:
            raise UsageError(f"cannot move the claims of {kind} {entry_id!r} into itself")
    elif users:
        n = len(users)
        raise UsageError(
            f"{kind} {entry_id!r} is used by {n} claim{'s' if n != 1 else ''}; "
            f"pass --into OTHER to move them (valid: "
            f"{choices([i for i in _ids(codebook, kind) if i != entry_id])})"
        )
    if kind == "stance" and len(codebook.stances) == 1:
        raise UsageError(f"stance {entry_id!r} is the last one; a codebook needs a stance")
    items = codebook.stances if kind == "stance" else codebook.questions
    kept = [item.model_dump() for item in items if item.id != entry_id]
    if into is not None:  # a copy's claims still on it (or its old names) go into `into`
        renamed = _renamed(codebook, kind, entry_id, into)
    else:
        renamed = [
            r.model_dump() for r in codebook.renamed if not (r.kind == kind and r.new == entry_id)
        ]
    new_codebook = _rebuild(codebook, **{f"{kind}s": kept, "renamed": renamed})
    label = f"remove {kind} {entry_id}" + (f" into {into}" if into else "")
    change = CodebookChange(label, new_codebook)
    if kind == "stance" and into is not None:
        change.stance_moves[entry_id] = into
    order = new_codebook.question_ids
    for c in users:
        if kind == "stance":
            after = c.model_copy(update={"stance": into})
        else:
            rest = [q for q in c.questions if q != entry_id]
            qs = rest or [str(into)]
            after = c.model_copy(update={"questions": tuple(q for q in order if q in qs)})
        change.claims.append((c.source, c, after))
    return change


# --------------------------------------------------------------------------- display


def describe(codebook: Codebook) -> dict[str, object]:
    """The codebook as JSON-ready data (what ``argmap codebook --json`` prints)."""
    return codebook.model_dump(mode="json", by_alias=True)


def usage_counts(codebook: Codebook, claims: list[Claim]) -> dict[tuple[str, str], int]:
    """How many claims use each stance and question: ``{(kind, id): n}``."""
    counts = {("stance", s): 0 for s in codebook.stance_ids}
    counts.update({("question", q): 0 for q in codebook.question_ids})
    for c in claims:
        if ("stance", c.stance) in counts:
            counts[("stance", c.stance)] += 1
        for q in c.questions:
            if ("question", q) in counts:
                counts[("question", q)] += 1
    return counts


# --------------------------------------------------------------------------- merging


def conflict_sides(text: str) -> tuple[str, str, str | None]:
    """The two versions (and the common one, when the markers hold it: git's ``diff3``
    style) of a file a merge left with conflict markers: ``(ours, theirs, base)``."""
    ours: list[str] = []
    theirs: list[str] = []
    base: list[str] = []
    has_base = False
    state = ""
    for line in text.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if bare.startswith("<<<<<<<") and state == "":
            state = "ours"
        elif bare.startswith("|||||||") and state == "ours":
            state, has_base = "base", True
        elif bare == "=======" and state in ("ours", "base"):
            state = "theirs"
        elif bare.startswith(">>>>>>>") and state == "theirs":
            state = ""
        elif state == "ours":
            ours.append(line)
        elif state == "theirs":
            theirs.append(line)
        elif state == "base":
            base.append(line)
        else:
            ours.append(line)
            theirs.append(line)
            base.append(line)
    return "".join(ours), "".join(theirs), "".join(base) if has_base else None


def _renames_of(copy: dict[str, Any]) -> dict[tuple[str, str], str]:
    """The renames a codebook's JSON records, (kind, old) -> new."""
    out: dict[tuple[str, str], str] = {}
    for r in copy.get("renamed", []):
        if isinstance(r, dict) and {"kind", "old", "new"} <= r.keys():
            out[(r["kind"], r["old"])] = r["new"]
    return out


def _renamed_entries(
    entries: list[dict[str, Any]], renames: dict[str, str]
) -> list[dict[str, Any]]:
    """``entries`` with the ids ``renames`` names renamed (unless the new id is there too)."""
    ids = {e.get("id") for e in entries}
    return [
        {**e, "id": renames[e.get("id")]}
        if e.get("id") in renames and renames[e.get("id")] not in ids
        else e
        for e in entries
    ]


def _merge_entries(
    kind: str,
    ours: list[dict[str, Any]],
    theirs: list[dict[str, Any]],
    base: list[dict[str, Any]] | None,
    notes: list[str],
) -> list[dict[str, Any]]:
    """One list of stances or questions from both copies' (see :func:`merge_codebooks`)."""
    mine = {e["id"]: e for e in ours}
    other = {e["id"]: e for e in theirs}
    common = {e["id"]: e for e in base} if base is not None else None
    order = [e["id"] for e in ours]
    for i, entry in enumerate(theirs):  # theirs alone: after the entry before it in theirs
        if entry["id"] in mine:
            continue
        before = next((e["id"] for e in reversed(theirs[:i]) if e["id"] in order), None)
        order.insert(order.index(before) + 1 if before is not None else len(order), entry["id"])
    out = []
    for eid in order:
        a, b = mine.get(eid), other.get(eid)
        was = common.get(eid) if common is not None else None
        if a is None or b is None:
            kept = a if a is not None else b
            if common is not None and eid in common:
                if kept == was:
                    notes.append(f"{kind} {eid}: removed (or renamed) in one copy: left out")
                    continue
                notes.append(f"{kind} {eid}: removed in one copy, changed in the other: kept")
            elif common is None:
                notes.append(
                    f"{kind} {eid}: in one copy only: kept (if the other removed or renamed "
                    f"it: `argmap codebook remove {kind} {eid} --into OTHER`)"
                )
            out.append(kept)
            continue
        merged = dict(a)
        for key in sorted(set(a) | set(b)):
            if a.get(key) == b.get(key):
                continue
            if was is not None and a.get(key) == was.get(key):
                merged[key] = b.get(key)
            elif was is not None and b.get(key) == was.get(key):
                continue
            elif key == "patterns":
                merged[key] = list(dict.fromkeys([*a.get(key, []), *b.get(key, [])]))
            else:
                notes.append(
                    f"{kind} {eid}: {key}: kept {a.get(key)!r}, the other copy had "
                    f"{b.get(key)!r} (`argmap codebook edit` changes it)"
                )
        out.append(merged)
    return out


def merge_codebooks(
    ours: dict[str, Any], theirs: dict[str, Any], base: dict[str, Any] | None = None
) -> tuple[Codebook, list[str]]:
    """One codebook from two copies' (a merge's two sides; ``base`` their common version
    when known): every stance and question either copy has, each copy's changes to them
    (with the common version: the side that changed a field wins; without it, or when both
    changed it: ours, and a note names the other value), patterns and hedge cues of both.
    Notes say, one line each, what could not be merged silently."""
    notes: list[str] = []
    merged = dict(ours)
    our_renames, their_renames = _renames_of(ours), _renames_of(theirs)
    for kind in ("stance", "question"):
        # an entry one copy renamed and the other changed: the change goes to the new id
        by_them = {o: n for (k, o), n in their_renames.items() if k == kind}
        by_us = {o: n for (k, o), n in our_renames.items() if k == kind}
        merged[f"{kind}s"] = _merge_entries(
            kind,
            _renamed_entries(list(ours.get(f"{kind}s", [])), by_them),
            _renamed_entries(list(theirs.get(f"{kind}s", [])), by_us),
            _renamed_entries(list(base.get(f"{kind}s", [])), {**by_them, **by_us})
            if base is not None
            else None,
            notes,
        )
    merged["hedge_cues"] = list(
        dict.fromkeys([*ours.get("hedge_cues", []), *theirs.get("hedge_cues", [])])
    )
    renames = {(r.get("kind"), r.get("old")): r for r in theirs.get("renamed", [])}
    renames.update({(r.get("kind"), r.get("old")): r for r in ours.get("renamed", [])})
    if renames:
        merged["renamed"] = list(renames.values())
    if ours.get("name") != theirs.get("name") and (
        base is None or ours.get("name") != base.get("name")
    ):
        notes.append(f"name: kept {ours.get('name')!r}, the other copy had {theirs.get('name')!r}")
    elif base is not None and ours.get("name") != theirs.get("name"):
        merged["name"] = theirs.get("name")
    return Codebook.model_validate(merged), notes
