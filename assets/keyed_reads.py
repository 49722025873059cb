"""Read wide rows in key order without sorting them whole: sort the keys, fetch rows in batches.

`SELECT * ... ORDER BY key` makes DuckDB sort every selected row with its widest column (an
article's text) before the first row comes out, and hold them until the last is read: ~140 MB
per 100,000 articles. Here only (position, row key) pairs are sorted, into a temp table of a few
bytes per row, and the rows are then fetched a batch of consecutive positions at a time, sorted
by position within the batch: the same rows in the same order, a batch in memory at a time.
"""

from __future__ import annotations

from collections.abc import Iterator

import duckdb

KEYS_TABLE = "_keyed_reads"


def stage_keys(con: duckdb.DuckDBPyConnection, keys_sql: str, params: list | None = None
               ) -> int:
    """Number the rows `keys_sql` selects, as (fetch key, sort key) with a unique sort key, in
    sort-key order into a temp table; returns how many there are."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {KEYS_TABLE} AS SELECT row_number() OVER "
                f"(ORDER BY sort_key) AS pos, fetch_key "
                f"FROM ({keys_sql}) AS k(fetch_key, sort_key)", params or [])
    return con.execute(f"SELECT count(*) FROM {KEYS_TABLE}").fetchone()[0]


def keyed_batches(con: duckdb.DuckDBPyConnection, table: str, key: str, columns: list[str],
                  start: int, stop: int, batch_rows: int) -> Iterator[list[tuple]]:
    """The staged rows at positions start..stop-1 (from 0) of `table`, found by its `key`
    column: `columns` of each, in staged order, `batch_rows` at a time. Each batch is read by
    its own query, so the connection can commit between batches."""
    cols = ", ".join(f't."{c}"' for c in columns)
    for first in range(start, stop, batch_rows):
        yield con.execute(
            f'SELECT {cols} FROM {table} t JOIN {KEYS_TABLE} k ON t."{key}" = k.fetch_key '
            "WHERE k.pos > ? AND k.pos <= ? ORDER BY k.pos",
            [first, min(first + batch_rows, stop)]).fetchall()


def drop_keys(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"DROP TABLE IF EXISTS {KEYS_TABLE}")
