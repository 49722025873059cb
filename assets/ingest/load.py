"""Load a raw folder into the warehouse, incrementally, and build the clean `articles` table.

The warehouse mirrors the raw folder: a new or changed file is (re)read, an unchanged one is
skipped, a file that left the folder has its rows removed. Bad files and lines go to the
`quarantine` table with their reason; the run goes on. Each raw file is one Dagster partition
of `raw_articles`: `partition_key` names it, `ingest_raw_dir(only=...)` reads just those files.
Files are hashed and parsed by `file_scans.scans` (on forked workers when there are many) and
written here in sorted path order either way.

Transactions: consecutive files are committed together (`file_groups`: up to COMMIT_ARTICLES
articles or COMMIT_BYTES raw bytes a transaction), never a file split between two, so each
file's rows are all in or all out; a file that cannot be read adds its quarantine record to
the group and the others go on. A failure loses the open group only: its files have no
`raw_files` row (or their old one), so `files_to_read` and the next pass read them again, with
the same `seq` numbers (the next pass starts from the committed maximum) and, as before, the
next pass's `arrival`. Removed files are forgotten first, a transaction each. A transaction
per file cost 3-30 ms of DuckDB a file, and its many small commits made DuckDB's checkpoints
rewrite the growing table (docs/scaling.md, nineteenth session).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Collection
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from assets.ids import file_sha256
from assets.ingest.articles import build_articles
from assets.ingest.file_groups import file_groups
from assets.ingest.file_scans import FileScan, ScanTask, scans
from assets.ingest.readers import MAX_CHARS, MAX_FILE_BYTES, UNREADABLE, list_raw_rels
from assets.warehouse import transaction

Progress = Callable[[str], None]
__all__ = ["IngestSummary", "build_articles", "files_to_read", "ingest_raw_dir", "partition_key",
           "raw_files_by_key"]

# Characters kept in a partition key; anything else (commas, brackets, "...") would confuse
# Dagster's partition selection syntax, so it becomes "_" and a hash keeps the key unique.
_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9._/@+=-]|\.{3,}")


def partition_key(rel: str) -> str:
    """The Dagster partition key of a raw file: its relative path, sanitized if needed."""
    safe = _KEY_UNSAFE.sub("_", rel)
    if safe == rel:
        return rel
    return f"{safe}~{hashlib.sha1(rel.encode('utf-8')).hexdigest()[:8]}"


def raw_files_by_key(raw_dir: Path) -> dict[str, str]:
    """partition key -> relative path of every readable file in the raw folder, in read order."""
    return {partition_key(rel): rel for rel in list_raw_rels(Path(raw_dir))}


@dataclass
class IngestSummary:
    """What one ingest pass did."""

    files_seen: int = 0
    files_new: list[str] = field(default_factory=list)
    files_changed: list[str] = field(default_factory=list)
    files_removed: list[str] = field(default_factory=list)
    articles_read: int = 0
    quarantined: int = 0


def _numbered(scan: FileScan, seq: int) -> pa.Table | dict[str, list]:
    """A file's raw_articles rows with their `seq`, numbered from seq + 1."""
    seqs = list(range(seq + 1, seq + 1 + scan.n_articles))
    if isinstance(scan.articles, pa.Table):
        return scan.articles.add_column(0, "seq", pa.array(seqs, pa.int64()))
    return {"seq": seqs, **(scan.articles or {})}


def _forget(con: duckdb.DuckDBPyConnection, rel: str) -> None:
    con.execute("DELETE FROM raw_articles WHERE source_path = ?", [rel])
    con.execute("DELETE FROM quarantine WHERE stage = 'ingest' AND source_path = ?", [rel])
    con.execute("DELETE FROM raw_files WHERE source_path = ?", [rel])


def _forget_unreadable(con: duckdb.DuckDBPyConnection, rel: str) -> None:
    con.execute("DELETE FROM quarantine WHERE stage = 'ingest' AND source_path = ? "
                "AND starts_with(reason, ?)", [rel, UNREADABLE])


def _unreadable_record(rel: str, err: OSError, now: str) -> dict[str, list]:
    """The quarantine record of a file that cannot even be checksummed (permissions, I/O
    error): it replaces the file's earlier such records (`_forget_unreadable`); rows it gave
    when it was readable stay until it changes."""
    return {"stage": ["ingest"], "source_path": [rel], "source_line": [None],
            "record_id": [None], "reason": [f"{UNREADABLE}: {err.strerror or err}"],
            "quarantined_at": [now]}


def _unreadable_paths(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT DISTINCT source_path FROM quarantine WHERE stage = 'ingest' "
        "AND starts_with(reason, ?)", [UNREADABLE]).fetchall()}


def _limits_changed(con: duckdb.DuckDBPyConnection, limits: str) -> bool:
    """True when the files in the warehouse were read with other reader limits."""
    row = con.execute("SELECT value FROM settings WHERE key = 'ingest_limits'").fetchone()
    n_files = con.execute("SELECT count(*) FROM raw_files").fetchone()[0]
    return n_files > 0 and (row is None or row[0] != limits)


def _limits_json(reader_limits: dict[str, int]) -> str:
    return json.dumps({"max_file_bytes": MAX_FILE_BYTES, "max_chars": MAX_CHARS,
                       **reader_limits}, sort_keys=True)


def files_to_read(con: duckdb.DuckDBPyConnection, raw_dir: Path, *,
                  checksum: Callable[[Path], str] = file_sha256, **reader_limits: int
                  ) -> list[str]:
    """The relative paths `ingest_raw_dir` would read now, in read order: new files, files
    whose sha256 changed or that cannot be hashed, files quarantined as unreadable; every file
    when the reader limits changed. (Files that left the folder are forgotten by any pass.)
    `checksum` gives a file's sha256 (a `checksums.ChecksumCache` answers for files whose stat
    signature it remembers)."""
    rels = list_raw_rels(raw_dir)
    if _limits_changed(con, _limits_json(reader_limits)):
        return rels
    known = dict(con.execute("SELECT source_path, sha256 FROM raw_files").fetchall())
    unreadable = _unreadable_paths(con)
    out = []
    for rel in rels:
        try:
            fresh = rel not in unreadable and known.get(rel) == checksum(raw_dir / rel)
        except OSError:
            fresh = False
        if not fresh:
            out.append(rel)
    return out


def _record_limits(con: duckdb.DuckDBPyConnection, limits: str) -> None:
    con.execute("INSERT OR REPLACE INTO settings VALUES ('ingest_limits', ?)", [limits])


def ingest_raw_dir(con: duckdb.DuckDBPyConnection, raw_dir: Path, *, run_id: str = "",
                   only: Collection[str] | None = None, progress: Progress | None = None,
                   **reader_limits: int) -> IngestSummary:
    """Bring the warehouse's raw tables in line with `raw_dir`; returns what changed.

    `only` (relative paths) limits reading to those files, as a partition run does; files
    that left the folder are forgotten either way. `reader_limits` (max_file_bytes,
    max_chars) go to the readers; when they differ from the last pass every file is re-read,
    so a raised limit lets a quarantined file in and a lowered one keeps it out.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw_dir}")
    summary = IngestSummary()
    known = dict(con.execute("SELECT source_path, sha256 FROM raw_files").fetchall())
    limits = _limits_json(reader_limits)
    reread = _limits_changed(con, limits)
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rels = list_raw_rels(raw_dir)
    present = set(rels)
    if only is not None:
        wanted = set(only)
        rels = [rel for rel in rels if rel in wanted]
    for rel in sorted(set(known) - present):
        with transaction(con):  # all of a removed file's rows go, or none
            _forget(con, rel)
        summary.files_removed.append(rel)
    unreadable = _unreadable_paths(con)
    for rel in sorted(unreadable - present):  # an unreadable file that left the folder
        _forget_unreadable(con, rel)
    seq = con.execute("SELECT coalesce(max(seq), 0) FROM raw_articles").fetchone()[0]
    # Files first seen in this pass arrive together, after everything ingested before; a
    # re-read of unchanged content keeps its arrival. Revisions are ordered by arrival.
    arrivals = dict(con.execute("SELECT source_path, arrival FROM raw_files").fetchall())
    arrival = con.execute("SELECT coalesce(max(arrival), 0) + 1 FROM raw_files").fetchone()[0]
    tasks = [ScanTask(rel, None if reread else known.get(rel), raw_dir, now,
                      tuple(sorted(reader_limits.items()))) for rel in rels]
    with closing(scans(tasks)) as scanned, file_groups(con) as group:
        for i, scan in enumerate(scanned, 1):
            rel = scan.rel
            path = raw_dir / rel
            summary.files_seen += 1
            if scan.error is not None:  # quarantined with its reason; the run goes on
                _forget_unreadable(group.begin(), rel)
                group.add("quarantine", _unreadable_record(rel, scan.error, now))
                group.file_done(0, 0)
                summary.quarantined += 1
                continue
            digest = scan.digest
            if rel in unreadable:  # readable again: its old record goes
                _forget_unreadable(group.begin(), rel)
            if known.get(rel) == digest and not reread:
                continue
            (summary.files_changed if rel in known else summary.files_new).append(rel)
            kept = arrivals.get(rel) if known.get(rel) == digest else None
            if rel in known:
                _forget(group.begin(), rel)
            size = path.stat().st_size
            group.add("raw_articles", _numbered(scan, seq))
            group.add("quarantine", scan.quarantine)
            group.add("raw_files", {
                "source_path": [rel], "sha256": [digest], "bytes": [size],
                "format": [path.suffix.lstrip(".").lower()], "n_articles": [scan.n_articles],
                "n_quarantined": [scan.n_quarantined], "run_id": [run_id],
                "arrival": [kept or arrival]})
            group.file_done(scan.n_articles, size)
            seq += scan.n_articles
            summary.articles_read += scan.n_articles
            summary.quarantined += scan.n_quarantined
            if progress and (i % 20 == 0 or i == len(rels)):
                progress(f"ingest: {i}/{len(rels)} files, {summary.articles_read} articles "
                         f"read, {summary.quarantined} quarantined")
    if only is None or present <= set(only):  # every file now read with these limits
        _record_limits(con, limits)
    return summary
