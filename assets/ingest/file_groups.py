"""Ingest's unit of commit: consecutive raw files written together in one transaction.

An ingest pass hands each file's rows (`raw_articles`, `quarantine`, its `raw_files` row) to a
`FileGroup` in read order. The group opens a transaction at its first file (so a file's
deletes of its earlier rows run inside it), keeps the rows, and writes them (a statement per
table for each large file and each run of small ones) and commits once it holds
COMMIT_ARTICLES articles or COMMIT_BYTES raw bytes, and at the end of the pass. A file is never
split between two transactions: its rows are all in or all out. A failure rolls back the open
group only; its files have no `raw_files` row (or still their old one), so the next pass reads
them again.

Why: a transaction per file cost DuckDB a BEGIN, three statements and a COMMIT with its WAL
write and sync each (3 to 30 ms of wall a file, by the load), most of a fresh ingest's time in
this process; and its many small commits left raw_articles in row groups that DuckDB's
checkpoints kept merging, so the automatic checkpoints and the close rewrote the table again
and again (docs/scaling.md, nineteenth session). The rows each table receives, and their
order, are the same as when every file was its own transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pyarrow as pa

from assets.warehouse import insert_columns

# Bounds of one transaction: a group is committed after the file that takes it to either (a
# file larger than both still goes whole, with the files before it). Chosen by measurement
# (docs/scaling.md, nineteenth session): from here on the close after a fresh 100,000 no longer
# rewrites the table and larger groups save no more CPU; the buffered rows stay a few MB.
COMMIT_ARTICLES = 4000
COMMIT_BYTES = 4 << 20

Rows = pa.Table | dict[str, list]


class _Buffered:
    """One table's rows waiting for the group's commit, in the order they came: consecutive
    column lists (small files) merged into one, Arrow tables (large files) kept whole."""

    def __init__(self) -> None:
        self.runs: list[Rows] = []

    def add(self, rows: Rows | None) -> None:
        if rows is None:
            return
        if isinstance(rows, pa.Table):
            if rows.num_rows:
                self.runs.append(rows)
            return
        if not next(iter(rows.values()), []):
            return
        last = self.runs[-1] if self.runs else None
        if isinstance(last, dict) and list(last) == list(rows):
            for name, values in rows.items():
                last[name].extend(values)
        else:
            self.runs.append({name: list(values) for name, values in rows.items()})

    def write(self, con: duckdb.DuckDBPyConnection, table: str) -> None:
        for run in self.runs:
            insert_columns(con, table, run)
        self.runs.clear()


class FileGroup:
    """The open transaction of consecutive files and their rows not yet written (see the
    module doc). `max_articles` / `max_bytes` of 0 make every file its own transaction."""

    TABLES = ("raw_articles", "quarantine", "raw_files")

    def __init__(self, con: duckdb.DuckDBPyConnection, *, max_articles: int | None = None,
                 max_bytes: int | None = None) -> None:
        self.con = con
        self.max_articles = COMMIT_ARTICLES if max_articles is None else max_articles
        self.max_bytes = COMMIT_BYTES if max_bytes is None else max_bytes
        self._open = False
        self._articles = 0
        self._bytes = 0
        self._rows = {table: _Buffered() for table in self.TABLES}

    def begin(self) -> duckdb.DuckDBPyConnection:
        """The connection, inside the group's transaction (opened at the group's first file):
        a file's deletes go through it, before its rows are added."""
        if not self._open:
            self.con.execute("BEGIN TRANSACTION")
            self._open = True
        return self.con

    def add(self, table: str, rows: Rows | None) -> None:
        """Rows of the current file for `table` (one of TABLES), written at the commit."""
        self.begin()
        self._rows[table].add(rows)

    def file_done(self, n_articles: int, n_bytes: int) -> None:
        """The current file is complete: commit when the group has reached a bound."""
        self._articles += n_articles
        self._bytes += n_bytes
        if self._articles >= self.max_articles or self._bytes >= self.max_bytes:
            self.commit()

    def commit(self) -> None:
        """Write the buffered rows and commit (nothing when no file is open)."""
        if not self._open:
            return
        for table in self.TABLES:
            self._rows[table].write(self.con, table)
        self.con.execute("COMMIT")
        self._open = False
        self._articles = self._bytes = 0

    def rollback(self) -> None:
        """Drop the open group: its transaction rolled back, its rows forgotten."""
        for buffered in self._rows.values():
            buffered.runs.clear()
        self._articles = self._bytes = 0
        if self._open:
            self._open = False
            self.con.execute("ROLLBACK")


@contextmanager
def file_groups(con: duckdb.DuckDBPyConnection) -> Iterator[FileGroup]:
    """A `FileGroup` on `con`: the last group is committed when the block ends, the open one
    rolled back (and the error re-raised) when it raises."""
    group = FileGroup(con)
    try:
        yield group
        group.commit()
    except BaseException:
        group.rollback()
        raise
