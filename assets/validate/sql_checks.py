"""Cheap invariants checked in SQL, beside the Great Expectations suites.

These need a join (publication dates, article text, country bounding boxes, the catalogue),
which GE cannot do on a DataFrame. A row-level query returns the primary keys of the failing
rows; the table-level type check returns the columns that are missing or retyped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from assets.schema import (
    EARLIEST_EVENT_DATE,
    PUBLISHED_TABLES,
    Table,
    source_relation,
    source_table,
)

BBOX_CSV = Path(__file__).with_name("country_bbox.csv")


@dataclass(frozen=True)
class SqlCheck:
    """An invariant in SQL. Row-level: the query returns failing rows' keys, which are
    quarantined and the release goes on. Table-level: it returns the offending columns, and
    any row blocks the release."""

    table: str
    check: str
    description: str
    sql: str
    severity: str = "warning"
    level: str = "row"

    @property
    def blocking(self) -> bool:
        return self.level == "table"


def _day(published: str) -> str:
    """The publication day of a timestamp column as a DATE; NULL when it cannot be read (a row
    whose publication day cannot be read cannot show its event came first: it fails the check,
    rather than the query failing the whole validation)."""
    return f"TRY_CAST(substr({published}, 1, 10) AS DATE)"


def _date_checks(table: str, published: str, join: str) -> list[SqlCheck]:
    pk = "mention_id" if table == "mentions" else "incident_id"
    src = source_table(table)
    return [
        SqlCheck(table, f"{table}_event_date_not_after_publication",
                 "An event cannot happen after the article reporting it was published.",
                 f"SELECT t.{pk} FROM {src} t {join} "
                 f"WHERE t.event_date > {_day(published)} "
                 f"OR (t.event_date IS NOT NULL AND {_day(published)} IS NULL)"),
        SqlCheck(table, f"{table}_event_date_not_before_{EARLIEST_EVENT_DATE.replace('-', '')}",
                 f"Nothing in scope happened before {EARLIEST_EVENT_DATE}.",
                 f"SELECT {pk} FROM {src} WHERE event_date < DATE '{EARLIEST_EVENT_DATE}'"),
        SqlCheck(table, f"{table}_coordinates_in_country",
                 "Coordinates fall inside the bounding box of the row's country.",
                 f"SELECT t.{pk} FROM {src} t JOIN country_bbox b USING (country) "
                 "WHERE t.latitude NOT BETWEEN b.min_lat AND b.max_lat "
                 "OR t.longitude NOT BETWEEN b.min_lon AND b.max_lon"),
    ]


def _types_check(table: Table) -> SqlCheck:
    """Table-level: every published column exists with its contract type (else: blocking)."""
    src = source_table(table.name)
    expected = " UNION ALL ".join(
        f"SELECT '{c.name}' AS name, '{c.sql_type}' AS type" for c in table.columns)
    return SqlCheck(
        table.name, f"{table.name}_column_types_match_schema",
        "Every published column exists with the type the data dictionary gives it.",
        f"SELECT e.name FROM ({expected}) e LEFT JOIN information_schema.columns c "
        f"ON c.table_name = '{src}' AND c.table_schema = current_schema() "
        "AND c.column_name = e.name WHERE c.data_type IS DISTINCT FROM e.type",
        severity="critical", level="table")


SQL_CHECKS: tuple[SqlCheck, ...] = (
    *(_types_check(t) for t in PUBLISHED_TABLES),
    *_date_checks("mentions", "a.published_at", "JOIN articles a USING (article_id)"),
    *_date_checks("incidents", "t.last_reported_at", ""),
    SqlCheck("mentions", "mentions_article_exists",
             "Every mention points at an article in the articles table.",
             f"SELECT mention_id FROM {source_table('mentions')} WHERE article_id NOT IN "
             "(SELECT article_id FROM articles)"),
    SqlCheck("mentions", "mentions_evidence_slices_text",
             "evidence is exactly the article's clean text between evidence_start and end.",
             f"SELECT m.mention_id FROM {source_table('mentions')} m "
             "JOIN articles a USING (article_id) "
             "WHERE substr(a.text, m.evidence_start + 1, m.evidence_end - m.evidence_start) "
             "IS DISTINCT FROM m.evidence"),
    SqlCheck("claims", "claims_incident_exists",
             "Every claim points at an incident in the incidents table.",
             f"SELECT c.claim_id FROM {source_relation('claims')} c "
             "WHERE c.incident_id NOT IN (SELECT incident_id FROM incidents)"),
)


def register_reference_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Make the country bounding boxes available to the checks as `country_bbox`."""
    con.execute("CREATE OR REPLACE TEMP TABLE country_bbox AS "
                "SELECT * FROM read_csv(?, header = true)", [str(BBOX_CSV)])


def run_sql_check(con: duckdb.DuckDBPyConnection, check: SqlCheck) -> list[str]:
    """Primary keys of the rows that break the check, sorted."""
    return sorted(str(r[0]) for r in con.execute(check.sql).fetchall())
