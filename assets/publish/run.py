"""The publish stage as its asset runs it: check the gates, read the validated tables and the
provenance, publish a release if the data changed, and ship the validation report with it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from assets.publish.provenance import collect_provenance, ship_validation_docs
from assets.publish.release import PublishResult, publish_release
from assets.publish.root import refresh as refresh_root
from assets.publish.tables import prepare_one
from assets.schema import PUBLISHED_TABLES
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


def run_publish(con: duckdb.DuckDBPyConnection, home: Home, raw_dir: Path, *,
                bump: str | None = None, note: str | None = None,
                version: str | None = None) -> PublishRun:
    """Publish HOME/releases/vX.Y.Z from the valid_* tables unless nothing changed; raises
    `ReleaseBlocked` when validation or the corrections forbid a release."""
    summary = validation_summary(con)
    _gates(con, summary)
    # Each table is brought into its contract shape as it is read, so the warehouse's copy is
    # freed at once (publish_release is told so and does not check them again).
    tables = {t.name: prepare_one(t, con.cursor().sql(
        f"SELECT * FROM valid_{t.name} ORDER BY {t.primary_key}").to_arrow_table())
        for t in PUBLISHED_TABLES}
    provenance = collect_provenance(con, home, raw_dir)
    result = publish_release(tables, home.root, validation=summary, provenance=provenance,
                             bump=bump, note=note, version=version, prepared=True)
    docs = None
    if result.published:
        docs = ship_validation_docs(home, result.version)
        if docs is not None:
            refresh_root(home.root)  # the index page links the report
    return PublishRun(result, {n: t.num_rows for n, t in tables.items()},
                      summary["rows_quarantined"], docs)
