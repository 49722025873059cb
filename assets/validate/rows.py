"""Which rows the row-level expectations must see: those new or changed since the last
validation, streamed from DuckDB in chunks.

A row-level expectation judges each row on its own, so a row that has not changed keeps its
verdict. A row's fingerprint is DuckDB's `hash` of the columns the suite sees;
`validated_rows` keeps the fingerprint of every row the last validation saw and `row_failures`
the row-level checks each one failed. A table is validated in full (every row, nothing reused)
when its suite or columns changed since (`scope`), or when the state was not kept because its
primary key was not unique and non-null or an expectation raised.

The whole-table expectations keep their last outcomes while what they depend on is the same
(assets/validate/keys.py). `validated_rows` and the `valid_*` tables are updated in place: only
the rows new, changed or gone since (`_changed_`, `_stale_`) are written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import duckdb

from assets.schema import Table, source_relation
from assets.validate.suites import load_suite_json

_VECTOR = 2048  # DuckDB's vector size: fetch_df_chunk counts in vectors
# Rows per DataFrame handed to GE (memory stays flat in the table size). A GE run costs per
# expectation as well as per row, so batches are not made smaller than this.
BATCH_ROWS = 24 * _VECTOR


def scope(table: Table, columns: list[str]) -> str:
    """What a row's verdict depends on besides its values: the suite and the columns."""
    suite = load_suite_json(table.name)
    return hashlib.sha256(repr((suite, columns)).encode("utf-8")).hexdigest()


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def same_scope(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> bool:
    """Whether the last validation kept its state under the same suite and columns."""
    row = con.execute("SELECT value FROM settings WHERE key = ?",
                      [f"validate_scope_{table.name}"]).fetchone()
    return row is not None and row[0] == scope(table, columns)


def mark_changed(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> int:
    """Fingerprint every row (temp table _rows_<table>), list the rows to validate
    (_changed_<table>: all of them when the scope changed, else the new or changed ones) and
    the rows the last validation saw that are gone or changed since (_stale_<table>)."""
    name, pk = table.name, table.primary_key
    con.execute(f"CREATE OR REPLACE TEMP TABLE _rows_{name} AS SELECT \"{pk}\" AS row_id, "
                f"hash({_quoted(columns)}) AS fp FROM {source_relation(name)}")
    select = f"CREATE OR REPLACE TEMP TABLE _changed_{name} AS SELECT r.row_id FROM _rows_{name} r"
    if same_scope(con, table, columns):
        con.execute(f"{select} ANTI JOIN validated_rows v ON v.table_name = ? "
                    "AND v.row_id = r.row_id AND v.fingerprint = r.fp", [name])
    else:
        con.execute(select)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _stale_{name} AS SELECT v.row_id FROM "
                f"(SELECT row_id, fingerprint FROM validated_rows WHERE table_name = ?) v "
                f"ANTI JOIN _rows_{name} r ON r.row_id = v.row_id AND r.fp = v.fingerprint",
                [name])
    return con.execute(f"SELECT count(*) FROM _changed_{name}").fetchone()[0]


def unchanged(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> bool:
    """Whether the table holds exactly the rows the last validation saw (after `mark_changed`,
    before `save`): same scope, no row new, changed or gone, no key repeated. Its `valid_*`
    table, written by that validation, then needs writing only if its quarantine changed."""
    name = table.name
    if not same_scope(con, table, columns):
        return False
    changed, gone, now, before = con.execute(
        f"SELECT (SELECT count(*) FROM _changed_{name}), (SELECT count(*) FROM _stale_{name}), "
        f"(SELECT count(*) FROM _rows_{name}), "
        "(SELECT count(*) FROM validated_rows WHERE table_name = $1)", [name]).fetchone()
    return changed == 0 and gone == 0 and now == before


def kept_failures(con: duckdb.DuckDBPyConnection, table: Table) -> dict[str, list[str]]:
    """check -> ids of the unchanged rows that failed it last time."""
    out: dict[str, list[str]] = {}
    for check, row_id in con.execute(
            f"SELECT check_name, row_id FROM row_failures WHERE table_name = ? "
            f"AND row_id IN (SELECT row_id FROM _rows_{table.name}) "
            f"AND row_id NOT IN (SELECT row_id FROM _changed_{table.name}) "
            "ORDER BY check_name, row_id", [table.name]).fetchall():
        out.setdefault(check, []).append(row_id)
    return out


def frames(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str], *,
           changed_only: bool, batch_rows: int = BATCH_ROWS) -> Iterator[Any]:
    """DataFrames of at most `batch_rows` rows: the changed rows, or all, streamed through a
    cursor (DuckDB's own DataFrame conversion, a few vectors at a time) in the order DuckDB
    reads them. Not sorted: a row-level verdict does not depend on the other rows, the failing
    keys are sorted when combined, and a sort would hold every row in DuckDB's memory.
    Nothing else may use `con` until the iteration ends."""
    pk = table.primary_key
    where = (f" WHERE \"{pk}\" IN (SELECT row_id FROM _changed_{table.name})"
             if changed_only else "")
    result = con.execute(f"SELECT {_quoted(columns)} FROM {source_relation(table.name)}{where}")
    vectors = max(1, -(-batch_rows // _VECTOR))
    yield from batched((result.fetch_df_chunk(vectors) for _ in iter(int, 1)), batch_rows)


def batched(chunks: Iterator[Any], size: int) -> Iterator[Any]:
    """Re-cut a stream of DataFrames (ended by an empty one) into frames of exactly `size` rows
    but the last. A chunk of the right size passes as is; others are sliced or joined."""
    import pandas as pd  # only when rows are read (pandas is GE's, imported with it)

    held: list[Any] = []
    n = 0
    for chunk in chunks:
        if not len(chunk):
            break
        if not held and len(chunk) == size:
            yield chunk
            del chunk  # not held while the next one is read
            continue
        held.append(chunk)
        n += len(chunk)
        while n >= size:
            joined = held[0] if len(held) == 1 else pd.concat(held, ignore_index=True)
            yield joined.iloc[:size]
            rest = joined.iloc[size:]
            held, n = ([rest] if len(rest) else []), len(rest)
    if n:
        yield held[0] if len(held) == 1 else pd.concat(held, ignore_index=True)


def save(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str],
         failures: dict[str, list[str]] | None, table_checks: str | None = None) -> None:
    """Remember this validation's rows and row-level failures, and its whole-table outcomes
    (`keys.to_keep`); None forgets the table's state (its next validation sees every row and
    judges the whole table again). `validated_rows` is updated in place: the pairs (row id,
    fingerprint) that are gone go, the new ones are added (the same rows as writing it again)."""
    name = table.name
    con.execute("DELETE FROM row_failures WHERE table_name = ?", [name])
    con.execute("DELETE FROM settings WHERE key IN (?, ?)",
                [f"validate_scope_{name}", f"validate_table_checks_{name}"])
    if failures is None:
        con.execute("DELETE FROM validated_rows WHERE table_name = ?", [name])
        return
    con.execute(f"DELETE FROM validated_rows WHERE table_name = ? AND row_id IN "
                f"(SELECT row_id FROM _stale_{name})", [name])
    con.execute(f"INSERT INTO validated_rows SELECT $1, r.row_id, r.fp FROM _rows_{name} r "
                "ANTI JOIN (SELECT row_id, fingerprint FROM validated_rows WHERE table_name = $1)"
                " v ON v.row_id = r.row_id AND v.fingerprint = r.fp", [name])
    pairs = [(check, row_id) for check, ids in failures.items() for row_id in ids]
    if pairs:
        con.execute("INSERT INTO row_failures SELECT ?, unnest(?), unnest(?)",
                    [name, [p[0] for p in pairs], [p[1] for p in pairs]])
    con.execute("INSERT INTO settings VALUES (?, ?)",
                [f"validate_scope_{name}", scope(table, columns)])
    if table_checks is not None:
        con.execute("INSERT INTO settings VALUES (?, ?)",
                    [f"validate_table_checks_{name}", table_checks])


def drop_temp(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    con.execute(f"DROP TABLE IF EXISTS _rows_{table.name}")
    con.execute(f"DROP TABLE IF EXISTS _changed_{table.name}")
    con.execute(f"DROP TABLE IF EXISTS _stale_{table.name}")
