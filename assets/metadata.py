"""Metadata every table asset reports in the Dagster UI: row count, column schema, preview."""

from __future__ import annotations

from typing import Any

import dagster as dg
import duckdb

from assets.schema import Table
from assets.warehouse import table_counts

PREVIEW_ROWS = 5
PREVIEW_CELL = 60


def column_schema(table: Table) -> dg.TableSchema:
    return dg.TableSchema(columns=[
        dg.TableColumn(
            name=c.name, type=c.sql_type.lower(), description=c.description,
            constraints=dg.TableColumnConstraints(nullable=not c.required, unique=c.unique),
        )
        for c in table.columns
    ])


def _cell(v: Any) -> str:
    s = "" if v is None else str(v)
    s = s.replace("|", "\\|").replace("\n", " ")
    return s if len(s) <= PREVIEW_CELL else s[: PREVIEW_CELL - 1] + "…"


def markdown_preview(con: duckdb.DuckDBPyConnection, sql_table: str, columns: list[str],
                     order_by: str) -> str:
    cols = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(
        f"SELECT {cols} FROM {sql_table} ORDER BY {order_by} LIMIT {PREVIEW_ROWS}").fetchall()
    head = "| " + " | ".join(columns) + " |\n|" + "---|" * len(columns) + "\n"
    return head + "\n".join("| " + " | ".join(_cell(v) for v in r) + " |" for r in rows)


def table_metadata(con: duckdb.DuckDBPyConnection, sql_table: str, table: Table | None = None,
                   *, preview_columns: list[str] | None = None, order_by: str | None = None,
                   count_by: tuple[str, ...] = ()) -> dict[str, Any]:
    """Row count, column schema, markdown preview and counts per category for one table."""
    n = con.execute(f"SELECT count(*) FROM {sql_table}").fetchone()[0]
    md: dict[str, Any] = {"dagster/row_count": dg.MetadataValue.int(int(n))}
    if table is not None:
        md["dagster/column_schema"] = column_schema(table)
        preview_columns = preview_columns or table.column_names[:8]
        order_by = order_by or table.primary_key
    if preview_columns and order_by:
        md["preview"] = dg.MetadataValue.md(
            markdown_preview(con, sql_table, preview_columns, order_by))
    for col in count_by:
        md[f"rows by {col}"] = dg.MetadataValue.json(table_counts(con, sql_table, col))
    return md
