"""Which rows the row-level expectations must see: those new or changed since the last
validation, streamed from DuckDB in chunks.

A row-level expectation judges each row on its own, so a row that has not changed keeps its
verdict. A row's fingerprint is DuckDB's `hash` of the columns the suite sees;
`validated_rows` keeps the fingerprint of every row the last validation saw and `row_failures`
the row-level checks each one failed. A table is validated in full (every row, nothing reused)
when its suite or columns changed since (`scope`), or when the state was not kept because its
primary key was not unique and non-null or an expectation raised.

The whole-table expectations (columns, key not null and unique, row count) keep their last
outcomes while what they depend on is the same (`key_state`: scope, suite parameters, the key
column's counts and hash sums; in `settings`), and a table whose rows and quarantine are both
unchanged keeps its `valid_*` table (`unchanged`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import duckdb

from assets.schema import Table, source_relation
from assets.validate.suites import ExpectationOutcome, expectation_specs, load_suite_json

CHUNK_ROWS = 50_000  # rows per DataFrame handed to GE (memory stays flat in the table size)
_VECTOR = 2048  # DuckDB's vector size: fetch_df_chunk counts in vectors


def scope(table: Table, columns: list[str]) -> str:
    """What a row's verdict depends on besides its values: the suite and the columns."""
    suite = load_suite_json(table.name)
    return hashlib.sha256(repr((suite, columns)).encode("utf-8")).hexdigest()


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def mark_changed(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> int:
    """Fingerprint every row (temp table _rows_<table>) and list the rows to validate
    (_changed_<table>): all of them when the scope changed, else the new or changed ones."""
    name, pk = table.name, table.primary_key
    con.execute(f"CREATE OR REPLACE TEMP TABLE _rows_{name} AS SELECT \"{pk}\" AS row_id, "
                f"hash({_quoted(columns)}) AS fp FROM {source_relation(name)}")
    row = con.execute("SELECT value FROM settings WHERE key = ?", [f"validate_scope_{name}"]
                      ).fetchone()
    same_scope = row is not None and row[0] == scope(table, columns)
    select = f"CREATE OR REPLACE TEMP TABLE _changed_{name} AS SELECT r.row_id FROM _rows_{name} r"
    if same_scope:
        con.execute(f"{select} ANTI JOIN validated_rows v ON v.table_name = ? "
                    "AND v.row_id = r.row_id AND v.fingerprint = r.fp", [name])
    else:
        con.execute(select)
    return con.execute(f"SELECT count(*) FROM _changed_{name}").fetchone()[0]


def unchanged(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> bool:
    """Whether the table holds exactly the rows the last validation saw (after `mark_changed`,
    before `save`): same scope, no row new, changed or gone, no key repeated. Its `valid_*`
    table, written by that validation, then needs rewriting only if its quarantine changed."""
    name = table.name
    row = con.execute("SELECT value FROM settings WHERE key = ?", [f"validate_scope_{name}"]
                      ).fetchone()
    if row is None or row[0] != scope(table, columns):
        return False
    changed, gone, now, before = con.execute(
        f"SELECT (SELECT count(*) FROM _changed_{name}), "
        f"(SELECT count(*) FROM validated_rows v ANTI JOIN _rows_{name} r "
        "ON r.row_id = v.row_id AND r.fp = v.fingerprint WHERE v.table_name = $1), "
        f"(SELECT count(*) FROM _rows_{name}), "
        "(SELECT count(*) FROM validated_rows WHERE table_name = $1)", [name]).fetchone()
    return changed == 0 and gone == 0 and now == before


def key_state(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str],
              parameters: dict[str, Any]) -> str:
    """What the whole-table expectations' verdicts depend on (after `mark_changed`): the suite
    and the columns (`scope`), the suite parameters, and the primary key's values (row count,
    non-null and distinct counts, order-independent sum and xor of their hashes)."""
    keys = con.execute(
        "SELECT count(*), count(row_id), count(DISTINCT row_id), "
        f"sum(hash(row_id))::VARCHAR, bit_xor(hash(row_id))::VARCHAR FROM _rows_{table.name}"
    ).fetchone()
    state = (scope(table, columns), sorted(parameters.items()), keys)
    return hashlib.sha256(repr(state).encode("utf-8")).hexdigest()


def kept_table_outcomes(con: duckdb.DuckDBPyConnection, table: Table, state: str
                        ) -> list[ExpectationOutcome] | None:
    """The last validation's whole-table outcomes when they were judged in the same `key_state`
    (else None: they must be judged again)."""
    row = con.execute("SELECT value FROM settings WHERE key = ?",
                      [f"validate_table_checks_{table.name}"]).fetchone()
    kept = json.loads(row[0]) if row else None
    if not kept or kept["state"] != state:
        return None
    specs = {s.check: s for s in expectation_specs(table.name)}
    return [ExpectationOutcome(specs[check], success, count, ids, observed, raised)
            for check, success, count, ids, observed, raised in kept["outcomes"]]


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
           changed_only: bool) -> Iterator[Any]:
    """DataFrames of at most CHUNK_ROWS rows, in primary-key order: the changed rows, or all.
    Nothing else may use `con` until the iteration ends."""
    pk = table.primary_key
    where = (f"WHERE \"{pk}\" IN (SELECT row_id FROM _changed_{table.name}) "
             if changed_only else "")
    result = con.execute(f"SELECT {_quoted(columns)} FROM {source_relation(table.name)} "
                         f"{where}ORDER BY \"{pk}\"")
    while len(frame := result.fetch_df_chunk(CHUNK_ROWS // _VECTOR)):
        yield frame


def key_frame(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str]) -> Any:
    """The table as its whole-table expectations need it: every column, in order, with only
    the primary key filled (columns, key not null and unique, row count)."""
    pk = table.primary_key
    cols = ", ".join(f'"{c}"' if c == pk else f'NULL AS "{c}"' for c in columns)
    return con.execute(f"SELECT {cols} FROM {source_relation(table.name)} ORDER BY \"{pk}\""
                       ).df()


def save(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str],
         failures: dict[str, list[str]] | None,
         table_checks: tuple[str, list[ExpectationOutcome]] | None = None) -> None:
    """Remember this validation's rows and row-level failures, and its whole-table outcomes
    with the `key_state` they were judged in; None forgets the table's state (its next
    validation sees every row and judges the whole table again)."""
    name = table.name
    con.execute("DELETE FROM validated_rows WHERE table_name = ?", [name])
    con.execute("DELETE FROM row_failures WHERE table_name = ?", [name])
    con.execute("DELETE FROM settings WHERE key IN (?, ?)",
                [f"validate_scope_{name}", f"validate_table_checks_{name}"])
    if failures is None:
        return
    con.execute(f"INSERT INTO validated_rows SELECT ?, row_id, fp FROM _rows_{name}", [name])
    pairs = [(check, row_id) for check, ids in failures.items() for row_id in ids]
    if pairs:
        con.execute("INSERT INTO row_failures SELECT ?, unnest(?), unnest(?)",
                    [name, [p[0] for p in pairs], [p[1] for p in pairs]])
    con.execute("INSERT INTO settings VALUES (?, ?)",
                [f"validate_scope_{name}", scope(table, columns)])
    if table_checks is not None:
        state, outcomes = table_checks
        kept = {"state": state, "outcomes": [
            [o.spec.check, o.success, o.unexpected_count, o.failing_ids, o.observed, o.raised]
            for o in outcomes]}
        con.execute("INSERT INTO settings VALUES (?, ?)",
                    [f"validate_table_checks_{name}", json.dumps(kept)])


def drop_temp(con: duckdb.DuckDBPyConnection, table: Table) -> None:
    con.execute(f"DROP TABLE IF EXISTS _rows_{table.name}")
    con.execute(f"DROP TABLE IF EXISTS _changed_{table.name}")
