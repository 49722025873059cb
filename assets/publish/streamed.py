"""One table being streamed (`StreamedTable`): its diff so far and, once it is written, its files
and reduction; what closes it whether it fails or not (`StreamedTable.streaming`), and the
memory handed back after it (`release_memory`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa

from assets import schema as contract
from assets.publish.kept_tables import KeptTables
from assets.publish.new_reads import close_source
from assets.publish.previous import PreviousCopy
from assets.publish.range_diff import RangeDiff
from assets.publish.reduced import Reduced
from assets.publish.reductions import Reduction, reduction
from assets.publish.table_files import start_files
from assets.publish.table_sink import TableSink
from assets.publish.tables import arrow_schema
from assets.publish.writer_options import ParquetOptions

# Tables whose added and removed keys the release lists (changes.parquet, the change log); the
# others' are only counted.
KEYS_LISTED = {"incidents"}


class StreamedTable:
    """One table being streamed: its diff so far, and once it is written, its sink and
    reduction."""

    def __init__(self, spec: contract.Table, out: Reduced, first: bool) -> None:
        self.spec, self.out, self.first = spec, out, first
        self.schema = arrow_schema(spec)
        self.old: PreviousCopy | None = None
        self.ranges = RangeDiff(spec.primary_key, False)
        self.sink: TableSink | None = None
        self.reduction: Reduction | None = None
        self.rows = 0
        self.source: object = None  # what the reader handed out for the new table

    @contextmanager
    def streaming(self) -> Iterator[StreamedTable]:
        """The table while its batches are gone through: on any failure its files' writers are
        ended (`TableSink.abort`) before the error goes on; either way the new table's source
        and the previous copy are closed, and the source is dropped (before the next table is
        read)."""
        try:
            yield self
        except BaseException:
            if self.sink is not None:
                self.sink.abort()
            raise
        finally:
            close_source(self.source)
            self.source = None
            if self.old is not None:
                self.old.close()

    def compare_with(self, old: PreviousCopy | None, whole: bool) -> None:
        """The previous copy to diff with (`read_previous`'s answer)."""
        self.old = old
        self.ranges = RangeDiff(self.spec.primary_key, old is not None and whole,
                                keep_keys=self.spec.name in KEYS_LISTED)

    def write_from_here(self, folder: Path, kept: KeptTables | None, options: ParquetOptions,
                        replay: Callable[[], Iterable[pa.RecordBatch]] | None = None) -> None:
        """Start writing and reducing the table; replay: the rows before this point (equal to
        the previous copy's, read from it again)."""
        self.sink = start_files(self.spec.name, self.schema, folder, kept, options)
        self.reduction = reduction(self.spec.name, self.out, self.first)
        if replay is not None:
            for batch in replay():
                batch = pa.RecordBatch.from_arrays(batch.columns, schema=self.schema)
                self.sink.put(batch)
                self.reduction.rows(pa.Table.from_batches([batch]))

    def range(self, old: pa.Table | None, new: pa.Table, batch: pa.RecordBatch | None,
              start: Callable[[], None]) -> None:
        """Diff, write and reduce one range (batch: the new rows, None for the previous rows
        after the last new key); start: what starts writing, at the first range that
        differs (the release is then certain)."""
        piece, equal = self.ranges.add(old, new)
        if self.sink is None and not equal:
            start()
        if batch is not None and self.sink is not None:
            self.sink.put(batch)
        if self.reduction is not None:
            if batch is not None:
                self.reduction.rows(new)
            self.reduction.range(old, new, piece, equal)


def release_memory() -> None:
    """Hand the memory of a dropped table back to the system: Arrow's allocator keeps freed
    pages for reuse, which the next, smaller table would not fill, while the stages after
    publish would not see it as free."""
    pa.default_memory_pool().release_unused()
