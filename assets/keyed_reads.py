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
    column (unique in `table`): `columns` of each, in staged order, `batch_rows` at a time. Each
    batch is read by its own queries, so the connection can commit between batches. A batch's
    keys are fetched first and passed as a list: the scan then filters `table` on the key column
    before it reads the wide columns of the matching rows (joining the keys table instead made
    DuckDB read every row's text for each batch)."""
    cols = ", ".join(f't."{c}"' for c in columns)
    for first in range(start, stop, batch_rows):
        keys = [r[0] for r in con.execute(
            f"SELECT fetch_key FROM {KEYS_TABLE} WHERE pos > ? AND pos <= ? ORDER BY pos",
            [first, min(first + batch_rows, stop)]).fetchall()]
        got = {r[0]: r[1:] for r in con.execute(
            f'SELECT t."{key}", {cols} FROM {table} t WHERE t."{key}" IN (SELECT unnest($keys))',
            {"keys": keys}).fetchall()}
        yield [got[k] for k in keys if k in got]


def drop_keys(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"DROP TABLE IF EXISTS {KEYS_TABLE}")
