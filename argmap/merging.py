"""What merging two copies of a project (git, a synced folder) can leave in the annotation
files, and its repair (``argmap validate --repair``).

Annotation files merge line by line (``merge=union``): a claim changed in one copy (or
both) next to lines the other changed comes back as two lines with one id, and a link made
in one copy to a claim deleted in the other points at nothing. Every reader reads the
version modified last; two versions modified at the same time, and a link to nothing, stop
every command that reads the file. The repair keeps one version of each such claim (the
one modified last, else one the codebook can read; naming the versions it drops, and
dropping the older ones every reader passes over) and drops the links to claims that no
longer exist (naming each). A deleted claim stays deleted through any merge: its
file records the deletion (:class:`argmap.model.Deletion`), and every reader, this repair
too, reads the claim as gone unless a copy edited it after the deletion.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from argmap import store
from argmap.model import Claim


@dataclass
class MergeRepair:
    """What :func:`repair_merged` changed (one line each) and the files it left alone."""

    changed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _reading(claim: Claim) -> str:
    questions = ", ".join(claim.questions) or "no question"
    links = f", {len(claim.relations)} links" if claim.relations else ""
    when = claim.modified.strftime("%Y-%m-%d %H:%M:%S")
    voice = f", voice {claim.voice}" if claim.voice else ""
    return f"{claim.stance}, {questions}, {claim.kind}{voice}{links}, modified {when}"


def _newest(
    versions: list[tuple[int, Claim]], stances: set[str], questions: set[str]
) -> tuple[int, Claim]:
    """The version of a claim kept: the one modified last (as every reader reads it, see
    :func:`argmap.store.parse_annotation_file`), then of versions modified at the same time
    one whose stance and questions the codebook has (a codebook rename in one copy
    rewrites claims without changing when they were modified, and the merge brings back
    the version the rename replaced), then the later line."""

    def rank(version: tuple[int, Claim]) -> tuple[object, bool, int]:
        lineno, claim = version
        known = claim.stance in stances and set(claim.questions) <= questions
        return (claim.modified, known, lineno)

    return max(versions, key=rank)


def repair_merged(annotations_dir: Path) -> MergeRepair:
    """Mend, under the project lock, what a merge of two copies left in the annotation
    files of ``annotations_dir``: a claim id on several lines keeps its newest version,
    links to claims no file holds are dropped. A file with other problems (not valid JSON,
    an invalid field) is left alone and named in ``skipped``."""
    result = MergeRepair()
    codebook = store.load_codebook(annotations_dir / store.CODEBOOK_FILE)
    stances, questions = set(codebook.stance_ids), set(codebook.question_ids)
    with store.project_lock(annotations_dir):
        files: dict[Path, tuple[store.AnnotationFile, dict[str, list[tuple[int, Claim]]]]] = {}
        ids: set[str] = set()
        damaged: dict[str, str] = {}  # claims on lines that cannot be read: not gone
        for path in sorted(annotations_dir.glob(f"*{store.ANNOTATION_SUFFIX}")):
            read = store.read_annotation_file(path, path.stem)
            ids.update(c.id for _, c in read.claims)  # live claims only: deleted ones are gone
            other = [p for p in read.problems if ": duplicate id (also on line " not in p]
            if read.header is None or other:
                result.skipped.extend(other or [f"{path}: no header line"])
                damaged.update({cid: f"{path}:{line}" for cid, line in read.unread.items()})
                continue
            versions: dict[str, list[tuple[int, Claim]]] = {}
            for lineno, claim in sorted([*read.claims, *read.superseded], key=lambda x: x[0]):
                versions.setdefault(claim.id, []).append((lineno, claim))
            files[path] = (read, versions)
        for path, (read, versions) in files.items():
            kept: list[Claim] = []
            changed = False
            for cid, found in versions.items():
                lineno, claim = _newest(found, stances, questions)
                for other_line, other in found:
                    if other_line != lineno:
                        changed = True
                        result.changed.append(
                            f"{path}:{other_line}: claim {cid} ({claim.annotator}) was changed "
                            f"in two copies: kept line {lineno} ({_reading(claim)}), dropped "
                            f"line {other_line} ({_reading(other)})"
                        )
                links = tuple(r for r in claim.relations if r.target in ids | damaged.keys())
                for r in claim.relations:
                    if r.target in damaged and r.target not in ids:
                        result.skipped.append(
                            f"{path}:{lineno}: claim {cid} ({claim.annotator}): kept its link "
                            f"{r.type} {r.target}: that claim is on {damaged[r.target]}, a "
                            "line that cannot be read: mend it and the link holds"
                        )
                    elif r.target not in ids:
                        changed = True
                        result.changed.append(
                            f"{path}:{lineno}: claim {cid} ({claim.annotator}): dropped its "
                            f"link {r.type} {r.target}: no file holds that claim (deleted in "
                            "another copy)"
                        )
                kept.append(
                    claim
                    if links == claim.relations
                    else claim.model_copy(update={"relations": links})
                )
            if changed and read.header is not None:
                # what the file's deletions keep is written back as it was
                store.atomic_write(path, store.render_annotations(read.header, kept, read))
    return result
