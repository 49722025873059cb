"""The previous release's copy of a table as publishing reads it: opened to be read in key order
a batch at a time (`read_previous`, from the kept copy when there is one), and the rows whose
column holds one of some values, read through again (`previous_rows`)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from assets import schema as contract
from assets.publish.batches import BATCH_ROWS
from assets.publish.kept_tables import KeptTables
from assets.publish.previous import PreviousCopy, kept_batches, parquet_batches
from assets.publish.reductions import PreviousLookup
from assets.publish.tables import arrow_schema


def read_previous(folder: Path | None, spec: contract.Table, kept: KeptTables | None = None,
                  batch_rows: int = BATCH_ROWS) -> tuple[PreviousCopy | None, bool]:
    """The previous release's copy of a table, opened to be read in key order a batch at a
    time, and whether it has every column (None when there is no previous release or file).
    Columns the new table no longer has are left out (the diff compares the common ones),
    except for incidents, whose old rows the change log shows as they were. kept: the HOME's
    kept tables (`KeptTables`), whose copy of the Parquet file's bytes is read instead when
    there is one."""
    path = folder / f"{spec.name}.parquet" if folder is not None else None
    if path is None or not path.exists():
        return None, True
    copy = kept.path(path, spec.name) if kept is not None else None
    if copy is not None:
        with pa.OSFile(str(copy)) as source:
            names = ipc.open_file(source).schema.names
    else:
        # ParquetFile, not pq.read_table: no pyarrow.dataset and pandas import (~0.5 CPU s)
        # for one file.
        file = pq.ParquetFile(path)
        names = file.schema_arrow.names
    wanted = [c for c in names if c in spec.column_names]
    whole = spec.name == "incidents" or len(wanted) == len(names)
    columns = None if whole else wanted
    schema, batches = (kept_batches(copy, batch_rows, columns) if copy is not None
                       else parquet_batches(file, batch_rows, columns))
    return PreviousCopy(schema, batches, spec.primary_key, spec.name), whole


def previous_rows(previous: Path | None, spec: contract.Table, kept: KeptTables | None
                   ) -> PreviousLookup:
    """The rows of the previous release's copy of a table whose column holds one of some
    values (read through again, a batch at a time)."""
    def rows(columns: list[str], column: str, values: list) -> pa.Table:
        copy, _ = read_previous(previous, spec, kept)
        if copy is None:
            return pa.schema([arrow_schema(spec).field(c) for c in columns]).empty_table()
        wanted = pa.array(values, type=copy.schema.field(column).type)
        try:
            found = [b.select(columns).filter(pc.is_in(b.column(column), value_set=wanted))
                     for b in copy.remaining()]
        finally:
            copy.close()
        return pa.Table.from_batches(found, schema=pa.schema(
            [copy.schema.field(c) for c in columns]))
    return rows
