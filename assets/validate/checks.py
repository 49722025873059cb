"""Asset checks of the validate stage: one Dagster check per expectation and SQL invariant.

The checks are the specs of the `validated` multi-asset: it runs the suites once, quarantines
failing rows, fills the `valid_*` tables, and reports every check's result with the failing
count and a sample of failing rows with their evidence.
"""

from __future__ import annotations

import dagster as dg
import duckdb

from assets.schema import TABLES_BY_NAME, source_relation
from assets.validate.apply import CheckOutcome
from assets.validate.sql_checks import SQL_CHECKS
from assets.validate.suites import expectation_specs

SAMPLE_ROWS = 5
SAMPLE_COLUMNS = {"incidents": "evidence", "mentions": "evidence", "articles": "title",
                  "claims": "evidence"}


def valid_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(f"valid_{table}")


def check_specs() -> list[dg.AssetCheckSpec]:
    """One spec per expectation in `expectations/*.json` and per SQL check."""
    specs = []
    for table in TABLES_BY_NAME:
        for e in expectation_specs(table):
            specs.append(dg.AssetCheckSpec(
                e.check, asset=valid_key(table), blocking=e.blocking,
                description=f"{e.description} ({e.type}; {e.severity}, {e.level}-level)",
                metadata={"expectation": e.type, "severity": e.severity, "level": e.level},
            ))
    for c in SQL_CHECKS:
        specs.append(dg.AssetCheckSpec(
            c.check, asset=valid_key(c.table), blocking=c.blocking,
            description=f"{c.description} (SQL; {c.severity}, {c.level}-level)",
            metadata={"expectation": "sql", "severity": c.severity, "level": c.level},
        ))
    return specs


def _sample(con: duckdb.DuckDBPyConnection, o: CheckOutcome) -> list[dict]:
    if not o.failing_ids:
        return []
    t = TABLES_BY_NAME[o.table]
    col = SAMPLE_COLUMNS[o.table]
    rows = con.execute(
        f"SELECT {t.primary_key}, {col} FROM {source_relation(t.name)} AS src "
        f"WHERE list_contains(?, {t.primary_key}) "
        f"ORDER BY {t.primary_key} LIMIT {SAMPLE_ROWS}", [o.failing_ids[:SAMPLE_ROWS]]).fetchall()
    return [{t.primary_key: r[0], col: r[1]} for r in rows]


def check_result(con: duckdb.DuckDBPyConnection, o: CheckOutcome) -> dg.AssetCheckResult:
    """The Dagster view of one outcome: pass/fail, severity, failing count and a sample."""
    severity = dg.AssetCheckSeverity.ERROR if o.severity == "critical" or o.level == "table" \
        else dg.AssetCheckSeverity.WARN
    md: dict = {"failing_rows": o.unexpected_count, "level": o.level,
                "action": ("blocks the release" if o.level == "table"
                           else "failing rows quarantined")}
    if o.detail:
        md["observed"] = o.detail
    sample = _sample(con, o)
    if sample:
        md["failing_sample"] = dg.MetadataValue.json(sample)
    return dg.AssetCheckResult(asset_key=valid_key(o.table), check_name=o.check,
                               passed=o.success, severity=severity, metadata=md)
