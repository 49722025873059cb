"""The `raw_files` dynamic partitions: scanning the raw folder and asking for runs over it.

A partition is one raw file (key: its relative path, see `assets.ingest.load.partition_key`).
The sensor's cursor remembers each file's size, mtime and sha256, so a file is hashed again only
when its size or mtime moved, and requested again only when its content changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from assets.ids import file_sha256
from assets.ingest.assets import RAW_FILES
from assets.ingest.load import raw_files_by_key

# The tags Dagster's backfills put on a run covering a range of partitions.
RANGE_START_TAG = "dagster/asset_partition_range_start"
RANGE_END_TAG = "dagster/asset_partition_range_end"
GONE = "gone"  # the cursor's sha256 of a file that left the folder
UNREADABLE_SHA = "unreadable:"  # ... of a file that could not be read (then its size:mtime)


@dataclass
class Scan:
    """The raw folder now, and what changed since the cursor."""

    seen: dict[str, list[str]]  # partition key -> [size:mtime, sha256 or GONE]
    changed: dict[str, str]  # partition key -> new sha256 (or GONE), in key order


def scan_raw_folder(raw_dir: Path, cursor: dict[str, list[str]]) -> Scan:
    """Compare the folder with the cursor; hash only files whose size or mtime moved."""
    files = raw_files_by_key(raw_dir) if raw_dir.is_dir() else {}
    seen: dict[str, list[str]] = {}
    for key, rel in files.items():
        st = (raw_dir / rel).stat()
        sig = f"{st.st_size}:{st.st_mtime_ns}"
        old = cursor.get(key)
        if old and old[0] == sig and not old[1].startswith(UNREADABLE_SHA):
            sha = old[1]
        else:  # a file that could not be read is tried again every tick (chmod keeps mtime)
            try:
                sha = file_sha256(raw_dir / rel)
            except OSError:  # ingest quarantines it with the reason
                sha = f"{UNREADABLE_SHA}{sig}"
        seen[key] = [sig, sha]
    for key, old in cursor.items():
        if key not in seen and old[1] != GONE:
            seen[key] = ["", GONE]
    changed = {k: v[1] for k, v in sorted(seen.items())
               if cursor.get(k, ["", ""])[1] != v[1]}
    return Scan(seen=seen, changed=changed)


def range_tags(first: str, last: str) -> dict[str, str]:
    """Run tags that make one run cover the partitions first..last (single-run backfill)."""
    return {RANGE_START_TAG: first, RANGE_END_TAG: last}


def run_for(keys: Sequence[str], existing: Sequence[str], run_key: str,
            tags: dict[str, str] | None = None) -> dg.RunRequest:
    """One run over `keys`: a single partition, or the smallest range holding them all.

    `existing` is the partition order after the new keys were added. A range may take in
    unchanged files too; ingest skips those by checksum, so that costs a hash, not a re-read.
    """
    if len(keys) == 1:
        return dg.RunRequest(run_key=run_key, partition_key=keys[0], tags=tags or {})
    pos = {k: i for i, k in enumerate(existing)}
    ordered = sorted(keys, key=pos.__getitem__)
    return dg.RunRequest(run_key=run_key,
                         tags={**(tags or {}), **range_tags(ordered[0], ordered[-1])})


def content_key(changed: dict[str, str]) -> str:
    """A run key naming exactly these files at these contents."""
    return "raw-" + hashlib.sha256(json.dumps(changed, sort_keys=True).encode()).hexdigest()[:16]


def register_raw_files(instance: dg.DagsterInstance, raw_dir: Path,
                       last: Collection[str] = ()) -> list[str]:
    """Add a partition for every file of the folder not yet known; return the folder's keys.

    New keys in `last` are added after the other new ones: partitions are ordered by when they
    were added, so the files a run must read end up in one short range at the end.
    """
    keys = list(raw_files_by_key(raw_dir))
    known = set(instance.get_dynamic_partitions(RAW_FILES.name))
    new = sorted((k for k in keys if k not in known), key=lambda k: k in last)
    if new:
        instance.add_dynamic_partitions(RAW_FILES.name, new)
    return keys
