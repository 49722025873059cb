"""The publish stage as its asset runs it: check the gates, read the validated tables and the
provenance, publish a release if the data changed, and ship the validation report with it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from assets.publish.batches import BATCH_ROWS
from assets.publish.provenance import collect_provenance, ship_validation_docs
from assets.publish.release import PublishResult, publish_from
from assets.publish.root import refresh as refresh_root
from assets.publish.tables import arrow_schema
from assets.publish.writer_options import CURRENT, ParquetOptions
from assets.schema import Table
from assets.validate.apply import validation_summary
from assets.warehouse import Home


class ReleaseBlocked(RuntimeError):
    """A blocking check failed or a correction is invalid: no release may be published."""

    def __init__(self, description: str, failed_checks: list[str] | None = None) -> None:
        super().__init__(description)
        self.failed_checks = failed_checks or []


@dataclass(frozen=True)
class PublishRun:
    """What the publish stage did: the release (or why none), its inputs' sizes, the report."""

    result: PublishResult
    rows: dict[str, int]
    rows_quarantined: dict[str, int]
    docs: Path | None


def _gates(con: duckdb.DuckDBPyConnection, summary: dict) -> None:
    if not summary["passed"]:
        failed = [c["check"] for c in summary["checks"]
                  if not c["success"] and c["level"] == "table"]
        raise ReleaseBlocked(f"release blocked by failed checks: {failed}", failed)
    invalid = [f"{f} entry {n}: {d}" for f, n, d in con.execute(
        "SELECT file, entry, detail FROM corrections WHERE status = 'invalid' "
        "ORDER BY file, entry").fetchall()]
    if invalid:  # the curate stage's log: fix HOME/corrections/ first (`strikes corrections`)
        raise ReleaseBlocked("release blocked by invalid corrections: " + "; ".join(invalid))


class WarehouseReader:
    """Reads valid_<table> from the warehouse in key order, a record batch at a time, when
    publishing asks for it (`tablewise`): DuckDB sorts the table under its memory limit
    (spilling past it) and hands the rows out in batches of batch_rows, so publishing holds a
    batch, never the table. Validation's in-place updates leave the stored rows out of key
    order, hence the ORDER BY."""

    def __init__(self, con: duckdb.DuckDBPyConnection, batch_rows: int = BATCH_ROWS) -> None:
        self.con, self.batch_rows = con, batch_rows

    def __call__(self, t: Table) -> Iterator[pa.RecordBatch]:
        cursor = self.con.cursor()
        try:
            yield from cursor.sql(f"SELECT * FROM valid_{t.name} ORDER BY {t.primary_key}"
                                  ).to_arrow_reader(self.batch_rows)
        finally:
            cursor.close()

    def rows_where(self, t: Table, columns: list[str], column: str, values: list) -> pa.Table:
        """The columns of the rows of valid_<table> whose column holds one of the values."""
        cursor = self.con.cursor()
        try:
            wanted = pa.table({"value": pa.array(values, arrow_schema(t).field(column).type)})
            cursor.register("wanted_values", wanted)
            found = cursor.sql(f"SELECT * FROM valid_{t.name} "
                               f"WHERE {column} IN (SELECT value FROM wanted_values)"
                               ).to_arrow_table()  # a few rows: their other columns too
            return found.select(columns).cast(
                pa.schema([arrow_schema(t).field(c) for c in columns]))
        finally:
            cursor.close()


def warehouse_reader(con: duckdb.DuckDBPyConnection, batch_rows: int = BATCH_ROWS
                     ) -> WarehouseReader:
    """The warehouse's published tables, read as publishing asks for them (`WarehouseReader`)."""
    return WarehouseReader(con, batch_rows)


def run_publish(con: duckdb.DuckDBPyConnection, home: Home, raw_dir: Path, *,
                bump: str | None = None, note: str | None = None,
                version: str | None = None, options: ParquetOptions = CURRENT) -> PublishRun:
    """Publish HOME/releases/vX.Y.Z from the valid_* tables unless nothing changed; raises
    `ReleaseBlocked` when validation or the corrections forbid a release. options: the
    Parquet writer's (a rebuild passes the ones the release recorded)."""
    summary = validation_summary(con)
    _gates(con, summary)
    provenance = collect_provenance(con, home, raw_dir)
    # One table at a time: each is read in its contract shape when publishing asks for it,
    # written, and dropped before the next (assets/publish/tablewise.py).
    result = publish_from(warehouse_reader(con), home.root, validation=summary,
                          provenance=provenance, bump=bump, note=note, version=version,
                          options=options)
    docs = None
    if result.published:
        docs = ship_validation_docs(home, result.version)
        if docs is not None:
            refresh_root(home.root)  # the index page links the report
    return PublishRun(result, dict(result.rows), summary["rows_quarantined"], docs)
