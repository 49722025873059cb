"""Bring the published tables into their contract shape: schema.py columns, types and row order.

Every writer downstream relies on this: the same rows always give the same Arrow table, whatever
order or chunking they arrived in, so the files written from it are byte-identical.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping

import pyarrow as pa
import pyarrow.compute as pc

from assets import schema as contract
from assets.schema import Table

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "BOOLEAN": pa.bool_(),
}
# Reads one published table: whole (brought into shape by `prepare_one`), or as record batches in
# key order (`batches.contract_batches` checks them). Publishing calls it once per table (twice
# for a table it wrote only after a later one changed), so a reader that fetches each table, a
# batch at a time, when asked lets a release be written holding one batch at a time.
TableReader = Callable[[Table], pa.Table | Iterable[pa.RecordBatch]]
SINGULAR = {"incidents": "incident", "mentions": "mention", "articles": "article",
            "claims": "claim"}


def arrow_schema(table: Table) -> pa.Schema:
    """The Arrow schema of a published table, in contract column order, without metadata."""
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.sql_type]) for c in table.columns])


def dict_reader(tables: Mapping[str, pa.Table], *, checked: bool = False) -> TableReader:
    """A reader over tables already in memory; checks that they are the published set first.
    checked: each table already went through `prepare_one`."""
    expected = [t.name for t in contract.PUBLISHED_TABLES]
    if sorted(tables) != sorted(expected):
        raise ValueError(f"expected tables {expected}, got {sorted(tables)}")

    def read(spec: Table) -> pa.Table:
        return tables[spec.name] if checked else prepare_one(spec, tables[spec.name])
    return read


def prepare_one(spec: Table, table: pa.Table) -> pa.Table:
    """Select the contract columns, cast them and sort rows by the primary key."""
    got, want = set(table.column_names), set(spec.column_names)
    if got != want:
        raise ValueError(
            f"{spec.name}: missing columns {sorted(want - got)}, unexpected {sorted(got - want)}"
        )
    table = table.select(spec.column_names)
    schema = arrow_schema(spec)
    if not table.schema.remove_metadata().equals(schema):
        table = table.cast(schema)
    keys = table.column(spec.primary_key)
    if keys.null_count:
        raise ValueError(f"{spec.name}: {keys.null_count} rows without {spec.primary_key}")
    # A table already in shape (the warehouse reads them ORDER BY the key) is not copied again,
    # and its keys, strictly ascending, are unique without being counted.
    if not ascending(keys, strictly=True):
        if pc.count_distinct(keys).as_py() != table.num_rows:
            raise ValueError(f"{spec.name}: duplicate {spec.primary_key} values")
        table = table.sort_by([(spec.primary_key, "ascending")])
    if any(c.num_chunks > 1 for c in table.columns):
        table = table.combine_chunks()
    return table.replace_schema_metadata(None)


def ascending(keys: pa.ChunkedArray, *, strictly: bool = False) -> bool:
    """Whether the non-null keys are already in ascending order (as sort_by orders them);
    strictly: and no key repeats the one before it (so they are unique)."""
    n = len(keys)
    before = pc.less_equal if strictly else pc.less
    return n < 2 or not pc.any(before(keys.slice(1), keys.slice(0, n - 1))).as_py()


def as_text(value: object) -> str | None:
    """A cell as text, the way the CSV and the change log show it (null stays None)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def rows_by_key(table: pa.Table, key: str, only: Iterable | None = None
                ) -> dict[object, dict[str, object]]:
    """Rows of a table as dicts, indexed by their primary key; with `only`, just the rows of
    those keys (filtered in Arrow: the rest never become Python objects)."""
    if only is not None:
        wanted = pa.array(sorted(set(only)), type=table.schema.field(key).type)
        table = table.filter(pc.is_in(table.column(key), value_set=wanted))
    return {row[key]: row for row in table.to_pylist()}


def count_label(n: int, table_name: str) -> str:
    """'1 incident' / '3 incidents'."""
    return f"{n} {SINGULAR.get(table_name, table_name) if n == 1 else table_name}"
