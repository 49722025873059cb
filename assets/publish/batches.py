"""A new table of the release as record batches in its contract shape and key order.

A reader (`tables.TableReader`) hands publishing either a whole table or record batches in key
order (the warehouse's: `SELECT ... ORDER BY key`, fetched a batch at a time). Either way
publishing sees batches of at most `batch_rows` rows with the contract's columns and types, and
checks what `tables.prepare_one` checks of a whole table: the columns, no row without a key,
no key twice (keys strictly ascending, across batches too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyarrow as pa

from assets.publish.tables import arrow_schema, ascending, prepare_one
from assets.schema import Table

# Rows per batch: the unit publishing holds, diffs and writes (claims: ~16 MB at 65,536 rows).
BATCH_ROWS = 65_536


def contract_batches(spec: Table, source: pa.Table | Iterable[pa.RecordBatch],
                     batch_rows: int = BATCH_ROWS) -> Iterator[pa.RecordBatch]:
    """source's rows in batches of at most batch_rows, in contract shape and key order. A
    whole table is brought into shape (and sorted) by `prepare_one`; batches must come in
    key order already."""
    if isinstance(source, pa.Table):
        table = prepare_one(spec, source)
        del source
        for batch in table.to_batches():
            yield from _sliced(batch, batch_rows)
        return
    schema, key, last = arrow_schema(spec), spec.primary_key, None
    for batch in source:
        batch = _shaped(spec, schema, batch)
        if not batch.num_rows:
            continue
        keys = batch.column(key)
        if keys.null_count:
            raise ValueError(f"{spec.name}: {keys.null_count} rows without {key}")
        first = keys[0].as_py()
        if not ascending(pa.chunked_array([keys]), strictly=True) or (
                last is not None and first <= last):
            raise ValueError(f"{spec.name}: duplicate or unordered {key} values")
        last = keys[-1].as_py()
        yield from _sliced(batch, batch_rows)


def _sliced(batch: pa.RecordBatch, rows: int) -> Iterator[pa.RecordBatch]:
    for start in range(0, batch.num_rows, rows):
        yield batch.slice(start, rows)


def _shaped(spec: Table, schema: pa.Schema, batch: pa.RecordBatch) -> pa.RecordBatch:
    got, want = set(batch.schema.names), set(spec.column_names)
    if got != want:
        raise ValueError(
            f"{spec.name}: missing columns {sorted(want - got)}, unexpected {sorted(got - want)}"
        )
    if batch.schema.names != spec.column_names:
        batch = batch.select(spec.column_names)
    if not batch.schema.remove_metadata().equals(schema):
        batch = batch.cast(schema)
    return batch.replace_schema_metadata(None)


def last_key(batch: pa.RecordBatch, key: str) -> object:
    """The last (largest) key of a batch in key order."""
    return batch.column(key)[-1].as_py()
