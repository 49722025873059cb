"""The previous release's copy of a table, read a batch at a time in key order and handed out
by key range, so that a new table's batch is compared with just the previous rows of its range.

A release's tables are stored in key order (`tables.prepare_one`), and so are the kept copies
(`kept_tables`), so reading either front to back gives the keys ascending; a copy that does
not is refused rather than diffed wrongly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from assets.publish.tables import ascending


class PreviousCopy:
    """Rows of the previous copy in key order, taken range by range (`upto`, then `rest`)."""

    def __init__(self, schema: pa.Schema, batches: Iterator[pa.RecordBatch], key: str,
                 name: str) -> None:
        self.schema = schema
        self._batches = batches
        self._key = key
        self._name = name
        self._held: pa.RecordBatch | None = None  # rows fetched, past the last range taken
        self._last: object = None

    def _next(self) -> pa.RecordBatch | None:
        for batch in self._batches:
            if batch.num_rows:
                keys = batch.column(self._key)
                if not ascending(pa.chunked_array([keys]), strictly=True) or (
                        self._last is not None and keys[0].as_py() <= self._last):
                    raise ValueError(f"the previous release's {self._name} is not in key order")
                self._last = keys[-1].as_py()
                return batch
        return None

    def upto(self, bound: object) -> pa.Table:
        """The rows not taken yet whose key is <= bound."""
        return pa.Table.from_batches(list(self.batches_upto(bound)), schema=self.schema)

    def batches_upto(self, bound: object) -> Iterator[pa.RecordBatch]:
        """`upto`'s rows, a batch at a time."""
        while True:
            batch = self._held if self._held is not None else self._next()
            self._held = None
            if batch is None:
                return
            keys = batch.column(self._key)
            if keys[-1].as_py() <= bound:
                yield batch
                continue
            below = pc.sum(pc.less_equal(keys, pa.scalar(bound, keys.type))).as_py() or 0
            self._held = batch.slice(below)
            if below:
                yield batch.slice(0, below)
            return

    def rest(self) -> pa.Table:
        """Every row not taken yet."""
        return pa.Table.from_batches(list(self.remaining()), schema=self.schema)

    def remaining(self) -> Iterator[pa.RecordBatch]:
        """`rest`'s rows, a batch at a time."""
        if self._held is not None:
            held, self._held = self._held, None
            yield held
        while (batch := self._next()) is not None:
            yield batch

    def close(self) -> None:
        close = getattr(self._batches, "close", None)
        if close is not None:
            close()


def kept_batches(path: Path, batch_rows: int, columns: list[str] | None
                 ) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """(schema, batches) of a kept Arrow IPC file. Its batches are read one at a time from the
    file (each into memory of its own, freed with it); a file of one batch, which may be a whole
    table kept by older code, is memory-mapped and sliced instead."""
    with pa.OSFile(str(path)) as source:
        reader = ipc.open_file(source)
        schema, count = reader.schema, reader.num_record_batches
    if columns is not None:
        schema = pa.schema([schema.field(c) for c in columns])

    def batches() -> Iterator[pa.RecordBatch]:
        source = pa.memory_map(str(path)) if count == 1 else pa.OSFile(str(path))
        try:
            reader = ipc.open_file(source)
            for i in range(count):
                batch = reader.get_batch(i)
                if columns is not None:
                    batch = batch.select(columns)
                for start in range(0, batch.num_rows, batch_rows):
                    yield batch.slice(start, batch_rows)
        finally:
            source.close()
    return schema, batches()


def parquet_batches(file: pq.ParquetFile, batch_rows: int, columns: list[str] | None
                    ) -> tuple[pa.Schema, Iterator[pa.RecordBatch]]:
    """(schema, batches) of a release's open Parquet file, decoded a batch at a time; the file
    is closed with the batches."""
    schema = file.schema_arrow if columns is None else pa.schema(
        [file.schema_arrow.field(c) for c in columns])

    def batches() -> Iterator[pa.RecordBatch]:
        try:
            yield from file.iter_batches(batch_size=batch_rows, columns=columns)
        finally:
            file.close()
    return schema, batches()
