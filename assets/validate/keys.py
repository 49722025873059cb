"""The whole-table expectations without the whole table in memory.

A suite's whole-table expectations are the columns, the primary key not null and unique, and
the row count (`suites.checkpoint_of` refuses any other). Great Expectations stays their judge,
on two frames that hold no more than a fixed number of rows however large the table is:

- the "table" checkpoint (columns, key not null, key unique) runs on the key's *witness frame*:
  the table's columns in order, only the key filled (as the whole-table frame was), holding just
  the rows whose key is null or repeated, which DuckDB finds. Every row those expectations can
  fail is in it and a row whose key occurs once cannot fail them, so GE's verdicts, unexpected
  counts and failing keys are those of the whole table; only its element counts and percentages
  (shown in the Data Docs, not stored) are the witness rows'. A sound key gives an empty frame.
  Past `limit` witness rows GE sees the first `limit` in key order; the verdicts and counts are
  then DuckDB's (`with_sql_counts`: the same definitions) and the failing keys a partial list,
  the first ones in key order (so the asset check's sample of five is the same whenever those
  rows hold five keys);
- the "count" checkpoint (row count) runs on a frame of as many rows as the table and no
  columns: a RangeIndex, which costs nothing.

Each checkpoint's outcomes are kept (in `settings`) with what they depend on (`states`): the
suite and the columns, the suite parameters its expectations read, and for "table" that the key
is sound (no null, no repeat: then the witness frame is empty whatever the keys are), for "count"
the row count. So rows appended with new, unique keys re-judge only the row count.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import duckdb

from assets.schema import Table
from assets.validate.suites import (
    KEY_TYPES,
    ExpectationOutcome,
    ExpectationSpec,
    checkpoint_of,
    expectation_specs,
)

TABLE_CHECKPOINTS = ("table", "count")
WITNESS_ROWS = 10_000  # at most this many witness rows go to GE


@dataclass(frozen=True)
class KeySummary:
    """The primary key as DuckDB counts it: rows, rows with a null key, and rows whose
    (non-null) key occurs more than once (each of them, as GE's unique expectation counts)."""

    rows: int
    nulls: int
    repeated: int

    @property
    def sound(self) -> bool:
        return self.nulls == 0 and self.repeated == 0

    @property
    def witnesses(self) -> int:
        return self.nulls + self.repeated


def summarize(con: duckdb.DuckDBPyConnection, table: Table) -> KeySummary:
    """Count the key of the table's rows (temp table `_rows_<table>`, rows.mark_changed)."""
    name = table.name
    rows, non_null, distinct = con.execute(
        f"SELECT count(*), count(row_id), count(DISTINCT row_id) FROM _rows_{name}").fetchone()
    repeated = 0
    if distinct < non_null:
        repeated = con.execute(
            f"SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM _rows_{name} "
            "WHERE row_id IS NOT NULL GROUP BY row_id HAVING count(*) > 1)").fetchone()[0]
    return KeySummary(int(rows), int(rows - non_null), int(repeated))


def specs_of(table: Table, checkpoint: str) -> list[ExpectationSpec]:
    return [s for s in expectation_specs(table.name)
            if checkpoint_of(s, table.primary_key) == checkpoint]


def witness_frame(con: duckdb.DuckDBPyConnection, table: Table, columns: list[str],
                  summary: KeySummary, limit: int = WITNESS_ROWS) -> Any:
    """The table's columns in order, only the key filled, for the rows whose key is null or
    repeated (at most `limit`, in key order): what the "table" checkpoint judges."""
    pk, name = table.primary_key, table.name
    cols = ", ".join(f'row_id AS "{c}"' if c == pk else f'NULL AS "{c}"' for c in columns)
    where = "FALSE"
    if not summary.sound:
        where = (f"row_id IS NULL OR row_id IN (SELECT row_id FROM _rows_{name} "
                 "GROUP BY row_id HAVING count(*) > 1)")
    frame = con.execute(f"SELECT {cols} FROM _rows_{name} WHERE {where} ORDER BY row_id "
                        "LIMIT ?", [int(limit)]).df()
    if summary.rows > summary.nulls and frame[pk].dtype == object:
        # DuckDB gives a VARCHAR column pandas' str dtype (nulls as NaN) when it holds a value,
        # as the whole key column does, but object (nulls as None) when it holds none, as a
        # witness frame of null keys may: GE would then name a null key 'None', not 'nan'.
        frame[pk] = frame[pk].astype("str")
    return frame


def count_frame(rows: int) -> Any:
    """A frame of `rows` rows and no columns (a RangeIndex: no memory): what the "count"
    checkpoint judges."""
    import pandas as pd  # GE imports it anyway; kept off the code location's import

    return pd.DataFrame(index=pd.RangeIndex(rows))


def with_sql_counts(outcomes: list[ExpectationOutcome], summary: KeySummary,
                    limit: int = WITNESS_ROWS) -> list[ExpectationOutcome]:
    """GE's outcomes on a witness frame cut at `limit` rows, with the key expectations' verdicts
    and counts taken from DuckDB's summary (unchanged when GE saw every witness row)."""
    if summary.witnesses <= limit:
        return outcomes
    out = []
    for o in outcomes:
        if o.spec.type in KEY_TYPES and not o.raised:
            n = summary.nulls if o.spec.type == "expect_column_values_to_not_be_null" \
                else summary.repeated
            o = ExpectationOutcome(o.spec, n == 0, n, o.failing_ids, o.observed, o.raised)
        out.append(o)
    return out


def states(table: Table, scope: str, parameters: dict[str, Any], summary: KeySummary
           ) -> dict[str, str | None]:
    """checkpoint -> what its outcomes depend on (None: not to be kept: a broken key)."""
    out: dict[str, str | None] = {}
    for checkpoint in TABLE_CHECKPOINTS:
        used = sorted({p for s in specs_of(table, checkpoint) for p in s.parameters})
        data = (summary.nulls, summary.repeated) if checkpoint == "table" else summary.rows
        state = (checkpoint, scope, [(p, parameters.get(p)) for p in used], data)
        out[checkpoint] = hashlib.sha256(repr(state).encode("utf-8")).hexdigest()
    if not summary.sound:
        out["table"] = None
    return out


def kept_outcomes(con: duckdb.DuckDBPyConnection, table: Table, now: dict[str, str | None]
                  ) -> dict[str, list[ExpectationOutcome]]:
    """checkpoint -> the last validation's outcomes, for the checkpoints judged in the state
    they are in now (the others must be judged again)."""
    row = con.execute("SELECT value FROM settings WHERE key = ?",
                      [f"validate_table_checks_{table.name}"]).fetchone()
    kept = json.loads(row[0]) if row else None
    if not kept or not isinstance(kept.get("states"), dict):
        return {}
    specs = {s.check: s for s in expectation_specs(table.name)}
    out: dict[str, list[ExpectationOutcome]] = {}
    for check, success, count, ids, observed, raised in kept["outcomes"]:
        spec = specs.get(check)
        if spec is None:
            return {}
        checkpoint = checkpoint_of(spec, table.primary_key)
        if now.get(checkpoint) is not None and kept["states"].get(checkpoint) == now[checkpoint]:
            out.setdefault(checkpoint, []).append(
                ExpectationOutcome(spec, success, count, ids, observed, raised))
    return out


def to_keep(now: dict[str, str | None], outcomes: list[ExpectationOutcome]) -> str | None:
    """The JSON kept in settings for the next validation (None: keep nothing: an outcome
    raised or the key is broken)."""
    if any(o.raised for o in outcomes) or now.get("table") is None:
        return None
    return json.dumps({"states": now, "outcomes": [
        [o.spec.check, o.success, o.unexpected_count, o.failing_ids, o.observed, o.raised]
        for o in outcomes]})
