"""The new table as publishing reads it besides its key-ordered walk: the rows whose column holds
one of some values (`lookup_in`), and what a reader handed out closed (`close_source`)."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from assets import schema as contract
from assets.publish.batches import BATCH_ROWS, contract_batches
from assets.publish.reductions import Lookup
from assets.publish.tables import TableReader, arrow_schema


def lookup_in(read: TableReader, batch_rows: int = BATCH_ROWS) -> Lookup:
    """The rows of a new table whose column holds one of some values: asked of the reader
    when it can answer (`rows_where`: the warehouse filters them), else filtered from its
    batches."""
    asked = getattr(read, "rows_where", None)
    if asked is not None:
        return asked

    def lookup(spec: contract.Table, columns: list[str], column: str, values: list
               ) -> pa.Table:
        wanted = pa.array(values, type=arrow_schema(spec).field(column).type)
        source = read(spec)
        try:
            found = [b.select(columns).filter(pc.is_in(b.column(column), value_set=wanted))
                     for b in contract_batches(spec, source, batch_rows)]
        finally:
            close_source(source)
        schema = pa.schema([arrow_schema(spec).field(c) for c in columns])
        return pa.Table.from_batches(found, schema=schema)
    return lookup


def close_source(source: object) -> None:
    """Close what a `TableReader` handed out (a batch reader; a whole table needs no closing)."""
    close = getattr(source, "close", None)
    if close is not None and not isinstance(source, pa.Table):
        close()
