"""What earlier opens of a project verified, keyed by each file's size, mtime and inode.

Opening a project reads every source text (to fingerprint it against its annotations)
and checks every claim's quote against it. When neither a source's files nor the codebook
changed since an earlier open found them sound, that work gives the same answer again;
this cache remembers it in ``.argmap-cache/load-v2/`` (derived data, safe to delete,
git-ignored), in 64 files by a hash of the source id, so that an edit rewrites one small
file rather than the cache of every source (a tenth of a second at 5,000 sources):

- per source: the stat of its text and metadata files, the text's SHA-256 and the
  metadata, so that the text is read only when a command needs it;
- per annotation file: its stat when its claims were last found to match the text and
  the codebook (header fingerprint, quotes at their offsets, known stances and questions),
  with what a command may need of an unread file: its claim ids (new ids are checked
  against them), claims per annotator, the targets of their relations (checked against
  every id) and how many claims are orphans.

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
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from argmap.model import Claim, SourceMeta

CACHE_DIR = ".argmap-cache/load-v2"
SHARDS = 64
VERSION = 2
RACY_NS = 2_000_000_000  # files modified this recently are not remembered

Stat = list[int]
# Entries written while the models had other fields are not trusted.
MODELS = ",".join(SourceMeta.model_fields) + ";" + ",".join(Claim.model_fields)


class Known(NamedTuple):
    """What an earlier open found of a source: its metadata (as saved: a dict with a
    ``file``), text file stat and sha256."""

    meta: dict[str, Any]
    text_stat: Stat | None
    sha256: str


def file_stat(path: Path | str) -> Stat | None:
    """``[size, mtime_ns, inode]`` of ``path``, or None if it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


@contextmanager
def stats_in(directory: Path | str) -> Iterator[Callable[[str], Stat | None]]:
    """``file_stat`` of the files of ``directory`` by name: a plain name is looked up from
    the directory's open descriptor (the kernel walks one name, not the whole path again:
    15,000 stats open a project of 5,000 sources), any other (a path) as ``file_stat``."""
    prefix = os.path.join(directory, "")

    def by_path(name: str) -> Stat | None:
        return file_stat(prefix + name)

    fd = None
    if os.stat in os.supports_dir_fd:
        try:
            fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            fd = None
    if fd is None:
        yield by_path
        return

    def by_name(name: str) -> Stat | None:
        if not name or "/" in name or name in (".", ".."):
            return file_stat(prefix + name)
        try:
            st = os.stat(name, dir_fd=fd)
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns, st.st_ino]

    try:
        yield by_name
    finally:
        os.close(fd)


def shard_of(sid: str) -> int:
    """Which of the cache's files holds what is known of source ``sid``."""
    return zlib.crc32(sid.encode("utf-8", "surrogateescape")) % SHARDS


class LoadCache:
    """The remembered verifications of one project (see the module docstring)."""

    def __init__(self, root: Path, codebook_stat: Stat | None) -> None:
        self.path = root / CACHE_DIR
        self.codebook_stat = codebook_stat
        self.entries: dict[str, dict[str, Any]] = {}
        self._dirty: set[int] = set()  # shards to write
        self._now_ns = time.time_ns()
        prefix = os.path.join(self.path, "")
        for shard in range(SHARDS):
            try:
                with open(f"{prefix}{shard:02x}.json", "rb") as handle:
                    data = json.loads(handle.read())
                sources = data["sources"]
                if data["version"] != VERSION or data["models"] != MODELS:
                    continue
                if not isinstance(sources, dict):
                    continue
                if any(shard_of(sid) != shard for sid in sources):
                    continue  # not written by this cache: ignore it
                if data.get("codebook") != codebook_stat:
                    # Another codebook: stances and questions must be checked again.
                    for entry in sources.values():
                        if isinstance(entry, dict):
                            entry.pop("annotations", None)
                    self._dirty.add(shard)
                self.entries.update((k, v) for k, v in sources.items() if isinstance(v, dict))
            except (OSError, ValueError, TypeError, KeyError, AttributeError):
                continue

    @property
    def dirty(self) -> bool:
        """Whether anything changed since the cache was read or saved."""
        return bool(self._dirty)

    def _touch(self, sid: str) -> None:
        self._dirty.add(shard_of(sid))

    def _settled(self, *stats: Stat | None) -> bool:
        return all(s is None or self._now_ns - s[1] > RACY_NS for s in stats)

    def source(self, sid: str, meta_stat: Stat | None) -> Known | None:
        """What is known of a source whose metadata file (if any) has this stat."""
        entry = self.entries.get(sid)
        if not isinstance(entry, dict) or entry.get("meta_stat") != meta_stat:
            return None
        meta, sha256 = entry.get("meta"), entry.get("sha256")
        if not (isinstance(meta, dict) and isinstance(meta.get("file"), str)):
            return None  # damaged: read the files
        if not isinstance(sha256, str) or not isinstance(entry.get("text_stat"), list):
            return None
        return Known(meta, entry["text_stat"], sha256)

    def remember_source(
        self,
        sid: str,
        meta_stat: Stat | None,
        meta: SourceMeta,
        text_stat: Stat | None,
        sha256: str,
    ) -> None:
        """Record a source whose files were just read."""
        if text_stat is None:
            if self.entries.pop(sid, None) is not None:
                self._touch(sid)
            return
        if not self._settled(meta_stat, text_stat):
            return  # an older entry, if any, names other stats: it will not match these
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
            self._touch(sid)

    def verified(self, sid: str, annotations_stat: Stat | None, sha256: str) -> bool:
        """Whether this annotation file was found sound against this text and codebook."""
        entry = self.entries.get(sid)
        return bool(
            entry
            and annotations_stat is not None
            and entry.get("sha256") == sha256
            and entry.get("annotations") == annotations_stat
        )

    def claim_ids(self, sid: str, annotations_stat: Stat | None, sha256: str) -> str | None:
        """The claim ids of a verified, unchanged annotation file, space-separated (else
        None): one string, not a list, parses ten times faster at 100,000 claims."""
        if not self.verified(sid, annotations_stat, sha256):
            return None
        ids = self.entries[sid].get("ids")
        return ids if isinstance(ids, str) else None

    def summary(self, sid: str, annotations_stat: Stat | None, sha256: str) -> dict | None:
        """Counts and relations of a verified, unchanged annotation file (else None):
        ``{"by": {annotator: claims}, "targets": "ID ID ...", "orphans": n, "voices":
        {voice: claims}}``, the targets of its claims' relations space-separated (an entry
        kept before voices has none: the file is read again)."""
        if not self.verified(sid, annotations_stat, sha256):
            return None
        summary = self.entries[sid].get("summary")
        ok = (
            isinstance(summary, dict)
            and isinstance(summary.get("by"), dict)
            and isinstance(summary.get("targets"), str)
            and isinstance(summary.get("orphans"), int)
            and isinstance(summary.get("voices"), dict)
        )
        return summary if ok else None

    def remember_verified(
        self,
        sid: str,
        annotations_stat: Stat | None,
        sha256: str,
        ids: str,
        summary: dict | None = None,
    ) -> None:
        """Record that this annotation file (holding ``ids``, space-separated) is sound
        against the text, with its :meth:`summary`."""
        entry = self.entries.get(sid)
        if entry is None or entry.get("sha256") != sha256 or annotations_stat is None:
            return
        if not self._settled(annotations_stat):
            return  # an older stat, if any, will not match this one: nothing to forget
        if (
            entry.get("annotations") != annotations_stat
            or entry.get("ids") != ids
            or entry.get("summary") != summary
        ):
            entry["annotations"] = annotations_stat
            entry["ids"] = ids
            entry["summary"] = summary
            self._touch(sid)

    def forget(self, sid: str) -> None:
        """Drop what is known of a source (its files have problems)."""
        if self.entries.pop(sid, None) is not None:
            self._touch(sid)

    def save(self, keep: set[str] | None = None) -> None:
        """Write the cache if it changed; sources not in ``keep`` are dropped first."""
        if keep is not None:
            for sid in set(self.entries) - keep:
                del self.entries[sid]
                self._touch(sid)
        if not self._dirty:
            return
        shards: dict[int, dict[str, Any]] = {k: {} for k in self._dirty}
        for sid, entry in self.entries.items():
            shard = shard_of(sid)
            if shard in shards:
                shards[shard][sid] = entry
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            for shard, sources in shards.items():
                data = {
                    "version": VERSION,
                    "models": MODELS,
                    "codebook": self.codebook_stat,
                    "sources": sources,
                }
                fd, tmp = tempfile.mkstemp(dir=self.path, prefix=".load-", suffix=".tmp")
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(json.dumps(data, separators=(",", ":")))  # dumps: C encoder
                os.replace(tmp, self.path / f"{shard:02x}.json")
        except OSError:
            pass  # a cache that cannot be written only costs time
        self._dirty.clear()
