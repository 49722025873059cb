"""Validate the warehouse tables, quarantine failing rows, and fill the `valid_*` tables.

Row-level failures move the rows to `row_quarantine` with the expectation they broke; the release
goes on without them. Table-level failures (ids not unique, columns missing or retyped, the row
count collapsing against the last release) are recorded as blocking: no release is published.
Nothing is dropped silently: every removed row is in `row_quarantine`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from assets.schema import PUBLISHED_TABLES, TABLES_BY_NAME, Table
from assets.validate.sql_checks import SQL_CHECKS, register_reference_tables, run_sql_check
from assets.validate.suites import run_suites
from assets.warehouse import insert_rows

Progress = Callable[[str], None]
COLLAPSE_RATIO = 0.5
# Warehouse-only columns that never reach a release (articles keep their text in the warehouse).
INTERNAL_COLUMNS = {"text", "source_path"}
# What validation reads per table: published mentions are the curated ones (curated_mentions:
# the extracted mentions with the curators' corrections applied, assets/curate) and carry the id
# of the incident they were merged into (the merge stage's incident_members), not the
# extractor's natural-key id. Published claims are those of the curated mentions (the claims of
# a mention or incident a curator rejected leave with it).
SOURCES = {"mentions": "(SELECT m.* REPLACE (coalesce(im.incident_id, m.incident_id) AS "
           "incident_id) FROM curated_mentions m LEFT JOIN incident_members im "
           "USING (mention_id))",
           "claims": "(SELECT c.* FROM claims c SEMI JOIN curated_mentions m USING (mention_id))"}
# Rows that go when a row they point at is quarantined, so the foreign keys hold:
# table -> [(its column, the table it points at)]. Mentions cascade before claims.
CASCADES = {"mentions": [("incident_id", "incidents"), ("article_id", "articles")],
            "claims": [("mention_id", "mentions"), ("incident_id", "incidents"),
                       ("article_id", "articles")]}


@dataclass
class CheckOutcome:
    """One check's result, whichever engine (GE or SQL) ran it."""

    table: str
    check: str
    expectation: str
    severity: str
    level: str
    success: bool
    unexpected_count: int
    failing_ids: list[str]
    detail: str | None = None

    @property
    def blocking_failure(self) -> bool:
        return not self.success and self.level == "table"


@dataclass
class ValidationReport:
    """Everything validation found, and what it let through."""

    outcomes: list[CheckOutcome] = field(default_factory=list)
    rows_checked: dict[str, int] = field(default_factory=dict)
    rows_quarantined: dict[str, int] = field(default_factory=dict)
    rows_valid: dict[str, int] = field(default_factory=dict)

    @property
    def blocking_failures(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.blocking_failure]


def min_rows_from(previous_counts: dict[str, int]) -> dict[str, int]:
    """Suite parameters: each table must keep at least half the rows of the last release."""
    return {f"min_rows_{t.name}": int(previous_counts.get(t.name, 0) * COLLAPSE_RATIO)
            for t in PUBLISHED_TABLES}


def _frame(con: duckdb.DuckDBPyConnection, table: Table):
    """The table as the suite sees it: its real columns (published ones first, in order)."""
    real = [r[0] for r in con.execute(f"DESCRIBE {table.name}").fetchall()]
    cols = [c for c in table.column_names if c in real]
    cols += [c for c in real if c not in cols and c not in INTERNAL_COLUMNS]
    sql_cols = ", ".join(f'"{c}"' for c in cols)
    source = SOURCES.get(table.name, table.name)
    return con.execute(f"SELECT {sql_cols} FROM {source} ORDER BY {table.primary_key}").df()


def _run_all(con: duckdb.DuckDBPyConnection, previous_counts: dict[str, int],
             progress: Progress | None, docs_dir: Path | None) -> ValidationReport:
    report = ValidationReport()
    frames = {}
    for t in PUBLISHED_TABLES:
        frames[t.name] = (_frame(con, t), t.primary_key)
        report.rows_checked[t.name] = len(frames[t.name][0])
    if progress:
        progress(f"validate: {report.rows_checked} rows against their suites")
    for table, outcomes in run_suites(frames, min_rows_from(previous_counts), docs_dir).items():
        for o in outcomes:
            report.outcomes.append(CheckOutcome(
                table, o.spec.check, o.spec.type, o.spec.severity, o.spec.level, o.success,
                o.unexpected_count, o.failing_ids, o.observed))
    register_reference_tables(con)
    for c in SQL_CHECKS:
        ids = run_sql_check(con, c)
        detail = f"columns missing or retyped: {', '.join(ids)}" if ids and c.blocking else None
        report.outcomes.append(CheckOutcome(c.table, c.check, "sql", c.severity, c.level,
                                            not ids, len(ids), [] if c.blocking else ids,
                                            detail))
    return report


def _quarantine_rows(report: ValidationReport) -> list[dict]:
    rows = []
    for o in report.outcomes:
        if o.success or o.level != "row":
            continue
        for row_id in o.failing_ids:
            rows.append({"table_name": o.table, "row_id": row_id, "expectation": o.check,
                         "severity": o.severity, "detail": o.expectation})
    return rows


def _cascade(con: duckdb.DuckDBPyConnection, table: str, refs: list[tuple[str, str]]) -> None:
    """Quarantine the rows of `table` that point at a quarantined row (foreign keys hold)."""
    pk, source = TABLES_BY_NAME[table].primary_key, SOURCES.get(table, table)
    # Code-defined table and column names only (CASCADES): no data is spliced into the SQL.
    join = " OR ".join(f"(q.table_name = '{ref}' AND q.row_id = t.{col})" for col, ref in refs)
    con.execute(
        f"INSERT INTO row_quarantine SELECT DISTINCT '{table}', t.{pk}, "
        "'cascade_' || q.table_name, 'warning', 'its ' || q.table_name || ' row was "
        f"quarantined' FROM {source} t JOIN row_quarantine q ON {join}")


def validate_warehouse(con: duckdb.DuckDBPyConnection, *, previous_counts: dict[str, int],
                       progress: Progress | None = None, docs_dir: Path | None = None
                       ) -> ValidationReport:
    """Run every check, record results, quarantine failing rows and fill `valid_*` tables.
    GE Data Docs of the run go to docs_dir when given."""
    report = _run_all(con, previous_counts, progress, docs_dir)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM validation_results")
        con.execute("DELETE FROM row_quarantine")
        insert_rows(con, "validation_results",
                    ["table_name", "expectation", "check_name", "severity", "level", "success",
                     "unexpected_count", "detail"],
                    ({"table_name": o.table, "expectation": o.expectation, "check_name": o.check,
                      "severity": o.severity, "level": o.level, "success": o.success,
                      "unexpected_count": o.unexpected_count, "detail": o.detail}
                     for o in report.outcomes))
        insert_rows(con, "row_quarantine",
                    ["table_name", "row_id", "expectation", "severity", "detail"],
                    _quarantine_rows(report))
        for table, refs in CASCADES.items():
            _cascade(con, table, refs)
        for t in PUBLISHED_TABLES:
            cols = ", ".join(f'"{c}"' for c in t.column_names)
            con.execute(f"DELETE FROM valid_{t.name}")
            con.execute(
                f"INSERT INTO valid_{t.name} SELECT {cols} FROM {SOURCES.get(t.name, t.name)} "
                f"WHERE "
                f"{t.primary_key} NOT IN (SELECT row_id FROM row_quarantine "
                f"WHERE table_name = ?) ORDER BY {t.primary_key}", [t.name])
            report.rows_valid[t.name] = con.execute(
                f"SELECT count(*) FROM valid_{t.name}").fetchone()[0]
            report.rows_quarantined[t.name] = con.execute(
                "SELECT count(DISTINCT row_id) FROM row_quarantine WHERE table_name = ?",
                [t.name]).fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return report


def validation_summary(con: duckdb.DuckDBPyConnection) -> dict:
    """The summary of the last validation, read back from the warehouse."""
    checks = [
        {"table": t, "check": c, "expectation": e, "severity": s, "level": lv,
         "success": bool(ok), "unexpected_count": int(n or 0)}
        for t, c, e, s, lv, ok, n in con.execute(
            "SELECT table_name, check_name, expectation, severity, level, success, "
            "unexpected_count FROM validation_results ORDER BY table_name, check_name").fetchall()
    ]

    def counts(sql: str) -> dict[str, int]:
        return {t.name: int(con.execute(sql.format(t=t.name, src=SOURCES.get(t.name, t.name)),
                                        [t.name]).fetchone()[0])
                for t in PUBLISHED_TABLES}
    return {
        "passed": bool(checks) and all(c["success"] for c in checks if c["level"] == "table"),
        "rows_checked": counts("SELECT count(*) FROM {src} WHERE ? IS NOT NULL"),
        "rows_quarantined": counts(
            "SELECT count(DISTINCT row_id) FROM row_quarantine WHERE table_name = ?"),
        "rows_published": counts("SELECT count(*) FROM valid_{t} WHERE ? IS NOT NULL"),
        "checks": checks,
    }
