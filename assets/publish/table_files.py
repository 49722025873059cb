"""A table's Parquet and CSV files: started on their writer threads (`start_files`, through
`table_sink`), each file written from a table or its batches and hashed, and its Parquet rows
kept for the next publish (`_write_file`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa

from assets.publish import writers
from assets.publish.kept_tables import KeptTables
from assets.publish.table_sink import TableSink, Tapped
from assets.publish.writer_options import CURRENT, ParquetOptions

TABLE_FILES = ("parquet", "csv")


def _write_file(table: pa.Table | writers.Batches, path: Path, kept: KeptTables | None = None,
                options: ParquetOptions = CURRENT) -> tuple[int, str]:
    """Write one file from a table or a table's batches (`Feed`) and return its size and
    sha256; a Parquet file's rows are also kept in `kept` (when given) under that sha256, for
    the next publish."""
    parquet = path.suffix == ".parquet"
    keeping = kept.writer(path.stem, table.schema.remove_metadata()) \
        if parquet and kept is not None else None
    try:
        if keeping is not None:
            table = Tapped(_TableBatches(table) if isinstance(table, pa.Table) else table,
                           keeping.write)
        if parquet:
            writers.write_parquet(table, path, options)
        else:
            writers.write_csv(table, path)
        stat = path.stat().st_size, writers.sha256_file(path)
    except BaseException:
        if keeping is not None:
            keeping.discard()
        raise
    if keeping is not None:
        keeping.done(stat[1])
    return stat


class _TableBatches:
    """A whole table as `writers.Batches` (its schema and batches)."""

    def __init__(self, table: pa.Table) -> None:
        self.schema, self._table = table.schema, table

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        return iter(self._table.to_batches())


def start_files(name: str, schema: pa.Schema, folder: Path, kept: KeptTables | None,
                options: ParquetOptions) -> TableSink:
    """Start writing a table's Parquet and CSV files into folder, each on a thread of its own
    (`table_sink`). options: the Parquet writer's; kept: where the table is also kept."""
    folder.mkdir(exist_ok=True)
    paths = [folder / f"{name}.{ext}" for ext in TABLE_FILES]
    return TableSink(name, schema, paths, _write_file, kept, options)
