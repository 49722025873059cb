"""Merge mentions into incidents inside the warehouse (plain Python + the sibling SQL)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from assets.schema import INCIDENTS

_SQL = (Path(__file__).with_name("incidents.sql")).read_text(encoding="utf-8")


def build_incidents(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild the `incidents` table from `mentions`; returns its row count."""
    cols = ", ".join(f'"{c}"' for c in INCIDENTS.column_names)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM incidents")
        con.execute(f"INSERT INTO incidents ({cols}) SELECT {cols} FROM ({_SQL})")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return con.execute("SELECT count(*) FROM incidents").fetchone()[0]
