"""Raw files' sha256 remembered by their stat signature, so that choosing the files a run must
read does not hash the whole raw folder each time.

The rule: a remembered checksum is reused only when the file's size, mtime, ctime (all in
nanoseconds), inode and device are what they were when it was hashed, and when, at that time,
the file's mtime and ctime were already `SETTLED_NS` older than the clock. Otherwise the file
is hashed again. Why that is safe:

- Rewriting a file in place changes its mtime and ctime. A rewrite that keeps the size and sets
  the mtime back (`touch -d`, `cp -p`, `rsync -t`, `os.utime`) still moves the ctime, which no
  system call sets back; replacing the file (rename, copy) gives it another inode as well.
- A file written shortly before it was hashed could be written again within the file system's
  timestamp granularity (up to 2 s on FAT, a clock tick elsewhere) and keep all its stamps: such
  a "racy" entry is not trusted; the file is hashed again on the next run, when it has settled.
- A clock set back, or a file system that keeps no ctime (it reads as 0), disables the shortcut
  for the files concerned: their stamps never look settled, or they are not remembered.

The cache is a JSON file in HOME/.state (`CACHE_FILE`), not a warehouse table: losing, emptying
or corrupting it costs one run the hashing, never a wrong answer; it holds the files of the last
check only. Ingest itself still hashes every file it reads.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from assets.ids import file_sha256

CACHE_FILE = "raw_checksums.json"
CACHE_VERSION = 1
SETTLED_NS = 2_000_000_000  # stamps this much older than the clock cannot repeat by a rewrite

Signature = tuple[int, int, int, int, int]  # size, mtime_ns, ctime_ns, inode, device


def signature(st: os.stat_result) -> Signature:
    """What must be unchanged for a remembered checksum to hold."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)


def settled(sig: Signature, now_ns: int) -> bool:
    """True when a file with this signature, seen at now_ns, may have its checksum remembered:
    a ctime is kept, and the mtime and ctime are SETTLED_NS older than the clock."""
    _size, mtime, ctime, _ino, _dev = sig
    return ctime > 0 and max(mtime, ctime) < now_ns - SETTLED_NS


class ChecksumCache:
    """sha256 of files by absolute path, reused while the stat signature holds (see module
    doc); `save` keeps only the files asked about since `load`."""

    def __init__(self, path: Path, entries: dict[str, list] | None = None) -> None:
        self.path = Path(path)
        self._old = entries or {}
        self._new: dict[str, list] = {}
        self.hashed = 0  # files hashed (not answered from the cache) since load

    @classmethod
    def load(cls, path: Path) -> ChecksumCache:
        """The cache stored at path; empty when it is missing, unreadable or of another version."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            entries = data["files"] if data.get("version") == CACHE_VERSION else {}
            if not isinstance(entries, dict):
                entries = {}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            entries = {}
        return cls(path, entries)

    def sha256(self, path: Path, *, now_ns: int | None = None,
               digest: Callable[[Path], str] = file_sha256) -> str:
        """The file's sha256: remembered when its signature holds, else read (OSError as
        `file_sha256`). `now_ns` is the clock the settling margin is measured from."""
        key = str(Path(path).absolute())
        now = time.time_ns() if now_ns is None else now_ns
        sig = signature(os.stat(path))
        old = self._old.get(key)
        if (isinstance(old, list) and len(old) == 6 and tuple(old[:5]) == sig
                and isinstance(old[5], str)):
            self._new[key] = old
            return old[5]
        sha = digest(path)
        self.hashed += 1
        after = signature(os.stat(path))
        if after == sig and settled(sig, now):  # unchanged while it was read, and settled
            self._new[key] = [*sig, sha]
        return sha

    def save(self) -> None:
        """Write the entries of the files asked about since load (atomically; best effort:
        a cache that cannot be written only costs hashing next time)."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps({"version": CACHE_VERSION, "files": self._new}),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)
