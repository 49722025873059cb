"""The tables a release left unchanged while it streamed them, written once the release is
certain (`write_deferred`)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from assets import schema as contract
from assets.publish import previous_reads
from assets.publish.batches import BATCH_ROWS, contract_batches
from assets.publish.changes import TableDiff
from assets.publish.kept_tables import KeptTables
from assets.publish.new_reads import lookup_in
from assets.publish.reduced import Reduced, order
from assets.publish.streamed import StreamedTable, release_memory
from assets.publish.tables import TableReader
from assets.publish.writer_options import CURRENT, ParquetOptions


def write_deferred(read: TableReader, folder: Path, out: Reduced,
                   kept: KeptTables | None = None, options: ParquetOptions = CURRENT,
                   batch_rows: int = BATCH_ROWS) -> None:
    """Write the tables `stream_tables` passed over while they were unchanged (read again, one
    at a time). A table equal to the previous release's has an empty diff and no merged
    or split incident, so its reductions need no old copy."""
    for name in order():
        if f"{name}.parquet" in out.stats:
            continue
        spec = contract.TABLES_BY_NAME[name]
        table = StreamedTable(spec, out, False)
        table.source = read(spec)
        with table.streaming():
            table.write_from_here(folder, kept, options)
            assert table.sink is not None and table.reduction is not None
            for batch in contract_batches(spec, table.source, batch_rows):
                table.sink.put(batch)
                new = pa.Table.from_batches([batch])
                table.reduction.rows(new)
                table.reduction.range(None, new, TableDiff(), True)
        table.sink.finish(out.stats)
        table.reduction.finish(lookup_in(read, batch_rows),
                               previous_reads.previous_rows(None, spec, kept))
        release_memory()
