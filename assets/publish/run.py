"""The publish stage as its asset runs it: check the gates, read the validated tables and the
provenance, publish a release if the data changed, and ship the validation report with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from assets.publish.provenance import collect_provenance, ship_validation_docs
from assets.publish.release import PublishResult, publish_from
from assets.publish.root import refresh as refresh_root
from assets.publish.tables import TableReader, prepare_one
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


def warehouse_reader(con: duckdb.DuckDBPyConnection) -> TableReader:
    """Reads valid_<table> from the warehouse in its contract shape (key order), when
    publishing asks for it (so one table is held at a time). Validation stores the tables in
    key order, which DuckDB keeps when it reads them, so they are not sorted again;
    `prepare_one` sorts a table that is not."""
    def read(t: Table) -> pa.Table:
        cursor = con.cursor()
        try:
            return prepare_one(t, cursor.sql(f"SELECT * FROM valid_{t.name}").to_arrow_table())
        finally:
            cursor.close()
    return read


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
