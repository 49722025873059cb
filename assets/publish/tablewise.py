"""A release's tables one at a time, each streamed in batches: read, compare with the previous
release, reduce, write.

Publishing holds one batch of one table at a time (`batches.BATCH_ROWS` rows), and the previous
release's rows of the same key range for the diff (`previous`, `range_diff`). The warehouse
hands each table in key order a batch at a time; each batch is compared with its range of the
previous copy, folded into the reductions the rest of the release needs (`reductions`: row
counts, the diff, the rows the change log shows, the chart groups, the descriptor's
date), and written to the table's Parquet and CSV files and its kept copy (`table_sink`) before
the next is fetched.

A table is written only once a release is certain: the descriptor's table schemas changed, or
this table or an earlier one differs from the previous release. A table whose first ranges
equal the previous copy is written from the point it differs on, after those ranges' rows are
read again from the previous copy (they are the same rows). Tables that were unchanged are read
again and written at the end (`deferred_writes`), so `strikes release` on unchanged data writes
nothing, as before.

Every file gets the bytes the whole-table code gave: Parquet is written in row groups of the
release's writer options (`writer_options`) whatever the batches, CSV line by line, and the
reductions merge exactly across ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pyarrow as pa

from assets import schema as contract
from assets.publish import previous_reads
from assets.publish.batches import BATCH_ROWS, contract_batches, last_key
from assets.publish.changes import TableDiff
from assets.publish.kept_tables import KeptTables
from assets.publish.new_reads import lookup_in
from assets.publish.reduced import Reduced, order
from assets.publish.streamed import StreamedTable, release_memory
from assets.publish.table_sink import TableSink
from assets.publish.tables import TableReader
from assets.publish.writer_options import CURRENT, ParquetOptions


def _stream_one(spec: contract.Table, read: TableReader, previous: Path | None, folder: Path,
                out: Reduced, *, certain: bool, first: bool, kept: KeptTables | None,
                options: ParquetOptions, batch_rows: int) -> tuple[bool, TableSink | None]:
    """Stream one table (see `stream_tables`); returns whether a release is certain after it,
    and the table's files when they are being written: their writers may still be at work
    (the Parquet writer holds the last row group until the table ends), and
    `TableSink.finish` waits for them."""
    name = spec.name
    table = StreamedTable(spec, out, first)
    with table.streaming():
        if certain:  # the files are being written while the previous copy is opened
            table.source = read(spec)
            table.write_from_here(folder, kept, options)
            table.compare_with(*previous_reads.read_previous(previous, spec, kept))
        else:
            table.compare_with(*previous_reads.read_previous(previous, spec, kept))
            table.source = read(spec)
        _ranges(table, table.source, batch_rows, previous, kept, (folder, kept, options))
    if table.sink is not None:
        table.sink.end()  # its writers finish the files while the reductions finish here
        assert table.reduction is not None
        try:
            table.reduction.finish(lookup_in(read, batch_rows),
                                   previous_reads.previous_rows(previous, spec, kept))
        except BaseException:
            table.sink.abort()
            raise
    same = table.ranges.same
    out.rows[name], out.same[name] = table.rows, same
    out.diffs[name] = TableDiff() if same else table.ranges.diff
    return certain or not same, table.sink


def _ranges(table: StreamedTable, source: object, batch_rows: int, previous: Path | None,
            kept: KeptTables | None, sink_args: tuple) -> None:
    """Go through the new table's batches and the previous copy range by range; start writing
    at the first range that differs when the table was not being written yet."""
    key, old = table.spec.primary_key, table.old
    bound = None  # the last key of the ranges done

    def start_here() -> None:
        done = bound

        def replay() -> Iterator[pa.RecordBatch]:
            again, _ = previous_reads.read_previous(previous, table.spec, kept)
            assert again is not None  # the ranges before were equal to it
            try:
                yield from again.batches_upto(done)
            finally:
                again.close()
        table.write_from_here(*sink_args, replay=replay if done is not None else None)

    for batch in contract_batches(table.spec, source, batch_rows):
        last = last_key(batch, key)
        table.range(old.upto(last) if old is not None else None, pa.Table.from_batches([batch]),
                    batch, start_here)
        table.rows += batch.num_rows
        bound = last
    if old is not None:
        table.range(old.rest(), table.schema.empty_table(), None, start_here)
    elif table.sink is None:  # no previous copy and no rows: an empty table to write
        start_here()


def stream_tables(read: TableReader, previous: Path | None, folder: Path, *,
                  release_certain: bool,
                  on_table: Callable[[str], None] | None = None,
                  kept: KeptTables | None = None,
                  options: ParquetOptions = CURRENT, batch_rows: int = BATCH_ROWS) -> Reduced:
    """Read, diff, reduce and (once a release is certain) write every published table, one at
    a time and a batch of batch_rows rows at a time. previous: the previous release's
    folder; folder: where the files go (created on the first write). Returns the
    reductions; `out.same` says which tables equal the previous release's. on_table(name) is
    called after each table is dropped (tests). kept: the HOME's kept tables, read for the
    previous release and staged for this one. options: the Parquet writer's (the release
    records them).

    Until a release is certain, the previous copy is opened before `read` is asked for the new
    table; once it is certain, the new table's files are being written (on two threads) when
    the previous copy is opened, and this thread diffs and reduces while they write."""
    out = Reduced()
    first = previous is None
    certain = release_certain
    # The last table's files, whose writers may still be at work: the Parquet writer encodes
    # a table's last row group only once the table has ended, so it goes on while the next
    # table is read and diffed here (instead of one core waiting for the other at each
    # table's end), and is waited for once that table is streamed. So at most the tail of one
    # earlier table (a row group and the batches queued for its writers) is held meanwhile.
    writing: TableSink | None = None
    try:
        for name in order():
            certain, sink = _stream_one(contract.TABLES_BY_NAME[name], read, previous, folder,
                                        out, certain=certain, first=first, kept=kept,
                                        options=options, batch_rows=batch_rows)
            done, writing = writing, sink
            if done is not None:
                done.finish(out.stats)
            release_memory()
            if on_table is not None:
                on_table(name)
        if writing is not None:
            done, writing = writing, None
            done.finish(out.stats)
    except BaseException:
        if writing is not None:
            writing.abort()
        raise
    out.in_contract_order()
    return out
