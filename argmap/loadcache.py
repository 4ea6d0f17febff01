"""What earlier opens of a project verified, keyed by each file's size, mtime and inode.

Opening a project reads every source text (to fingerprint it against its annotations)
and checks every claim's quote against it. When neither a source's files nor the codebook
changed since an earlier open found them sound, that work gives the same answer again;
this cache remembers it in ``.argmap-cache/load-v1.json`` (derived data, safe to delete,
git-ignored):

- per source: the stat of its text and metadata files, the text's SHA-256 and the
  metadata, so that the text is read only when a command needs it;
- per annotation file: its stat when its claims were last found to match the text and
  the codebook (header fingerprint, quotes at their offsets, known stances and questions),
  with what a command may need of an unread file: its claim ids (new ids are checked
  against them), claims per annotator, relations (``[claim, type, target]``, checked
  against every id) and how many claims are orphans.

A command that needs claims reads and validates them (pydantic does that as fast as a
cache could rebuild them); one that needs only counts (``argmap sources``, ``validate``)
reads only the files changed since they were checked. A file changed within the last seconds is not remembered (its mtime
may not yet tell two versions apart), and any unreadable or damaged cache is ignored.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from argmap.model import Claim, SourceMeta

CACHE_FILE = ".argmap-cache/load-v1.json"
VERSION = 1
RACY_NS = 2_000_000_000  # files modified this recently are not remembered

Stat = list[int]
# Entries written while the models had other fields are not trusted.
MODELS = ",".join(SourceMeta.model_fields) + ";" + ",".join(Claim.model_fields)


class Known(NamedTuple):
    """What an earlier open found of a source: its metadata, text file stat and sha256."""

    meta: SourceMeta
    text_stat: Stat | None
    sha256: str


def file_stat(path: Path | str) -> Stat | None:
    """``[size, mtime_ns, inode]`` of ``path``, or None if it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


class LoadCache:
    """The remembered verifications of one project (see the module docstring)."""

    def __init__(self, root: Path, codebook_stat: Stat | None) -> None:
        self.path = root / CACHE_FILE
        self.codebook_stat = codebook_stat
        self.entries: dict[str, dict[str, Any]] = {}
        self.dirty = False
        self._now_ns = time.time_ns()
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if (
                data.get("version") == VERSION
                and data.get("models") == MODELS
                and isinstance(data.get("sources"), dict)
            ):
                self.entries = data["sources"]
                if data.get("codebook") != codebook_stat:
                    # Another codebook: stances and questions must be checked again.
                    for entry in self.entries.values():
                        entry.pop("annotations", None)
                    self.dirty = True
        except (OSError, ValueError, AttributeError):
            self.entries = {}

    def _settled(self, *stats: Stat | None) -> bool:
        return all(s is None or self._now_ns - s[1] > RACY_NS for s in stats)

    def source(self, sid: str, meta_stat: Stat | None) -> Known | None:
        """What is known of a source whose metadata file (if any) has this stat."""
        entry = self.entries.get(sid)
        if not entry or entry.get("meta_stat") != meta_stat:
            return None
        try:
            meta = SourceMeta.model_validate(entry["meta"])
            return Known(meta, entry["text_stat"], entry["sha256"])
        except (KeyError, TypeError, ValidationError):
            return None  # written by another version: read the files

    def remember_source(
        self,
        sid: str,
        meta_stat: Stat | None,
        meta: SourceMeta,
        text_stat: Stat | None,
        sha256: str,
    ) -> None:
        """Record a source whose files were just read."""
        if text_stat is None or not self._settled(meta_stat, text_stat):
            if self.entries.pop(sid, None) is not None:
                self.dirty = True
            return
        entry = {
            "meta_stat": meta_stat,
            "meta": meta.model_dump(mode="json", by_alias=True),
            "text_stat": text_stat,
            "sha256": sha256,
        }
        if self.entries.get(sid, {}).get("sha256") == sha256:
            for key in ("annotations", "ids", "summary"):
                if key in self.entries[sid]:
                    entry[key] = self.entries[sid][key]
        if self.entries.get(sid) != entry:
            self.entries[sid] = entry
            self.dirty = True

    def verified(self, sid: str, annotations_stat: Stat | None, sha256: str) -> bool:
        """Whether this annotation file was found sound against this text and codebook."""
        entry = self.entries.get(sid)
        return bool(
            entry
            and annotations_stat is not None
            and entry.get("sha256") == sha256
            and entry.get("annotations") == annotations_stat
        )

    def claim_ids(self, sid: str, annotations_stat: Stat | None, sha256: str) -> list[str] | None:
        """The claim ids of a verified, unchanged annotation file (else None)."""
        if not self.verified(sid, annotations_stat, sha256):
            return None
        ids = self.entries[sid].get("ids")
        return ids if isinstance(ids, list) else None

    def summary(self, sid: str, annotations_stat: Stat | None, sha256: str) -> dict | None:
        """Counts and relations of a verified, unchanged annotation file (else None):
        ``{"by": {annotator: claims}, "relations": [[claim, type, target], ...],
        "orphans": n}``."""
        if not self.verified(sid, annotations_stat, sha256):
            return None
        summary = self.entries[sid].get("summary")
        ok = (
            isinstance(summary, dict)
            and isinstance(summary.get("by"), dict)
            and isinstance(summary.get("relations"), list)
            and isinstance(summary.get("orphans"), int)
        )
        return summary if ok else None

    def remember_verified(
        self,
        sid: str,
        annotations_stat: Stat | None,
        sha256: str,
        ids: list[str],
        summary: dict | None = None,
    ) -> None:
        """Record that this annotation file (holding ``ids``) is sound against the text,
        with its :meth:`summary`."""
        entry = self.entries.get(sid)
        if entry is None or entry.get("sha256") != sha256 or annotations_stat is None:
            return
        if not self._settled(annotations_stat):
            if entry.pop("annotations", None) is not None:
                self.dirty = True
            return
        if (
            entry.get("annotations") != annotations_stat
            or entry.get("ids") != ids
            or entry.get("summary") != summary
        ):
            entry["annotations"] = annotations_stat
            entry["ids"] = ids
            entry["summary"] = summary
            self.dirty = True

    def forget(self, sid: str) -> None:
        """Drop what is known of a source (its files have problems)."""
        if self.entries.pop(sid, None) is not None:
            self.dirty = True

    def save(self, keep: set[str] | None = None) -> None:
        """Write the cache if it changed; sources not in ``keep`` are dropped first."""
        if keep is not None:
            for sid in set(self.entries) - keep:
                del self.entries[sid]
                self.dirty = True
        if not self.dirty:
            return
        data = {
            "version": VERSION,
            "models": MODELS,
            "codebook": self.codebook_stat,
            "sources": self.entries,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".load-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(data, separators=(",", ":")))  # dumps: C encoder
            os.replace(tmp, self.path)
        except OSError:
            pass  # a cache that cannot be written only costs time
        self.dirty = False
