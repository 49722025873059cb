"""A release's tables one at a time, each streamed in batches: read, compare with the previous
release, reduce, write.

Publishing holds one batch of one table at a time (`batches.BATCH_ROWS` rows), and the previous
release's rows of the same key range for the diff (`previous`, `range_diff`). The warehouse
hands each table in key order a batch at a time; each batch is compared with its range of the
previous copy, folded into the reductions the rest of the release needs (`reductions`: row
counts, the diff, the rows the change log shows, the chart groups, the descriptor's sources and
date), and written to the table's Parquet and CSV files and its kept copy (`table_sink`) before
the next is fetched.

A table is written only once a release is certain: the descriptor's table schemas changed, or
this table or an earlier one differs from the previous release. A table whose first ranges
equal the previous copy is written from the point it differs on, after those ranges' rows are
read again from the previous copy (they are the same rows). Tables that were unchanged are read
again and written at the end (`write_deferred`), so `strikes release` on unchanged data writes
nothing, as before.

Every file gets the bytes the whole-table code gave: Parquet is written in row groups of the
release's writer options (`writer_options`) whatever the batches, CSV line by line, and the
reductions merge exactly across ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc as ipc
import pyarrow.parquet as pq

from assets import schema as contract
from assets.publish import charts, writers
from assets.publish.batches import BATCH_ROWS, contract_batches, last_key
from assets.publish.changes import TableDiff
from assets.publish.kept_tables import KeptTables
from assets.publish.previous import PreviousCopy, kept_batches, parquet_batches
from assets.publish.range_diff import RangeDiff
from assets.publish.reductions import Lookup, PreviousLookup, Reduction, reduction
from assets.publish.table_sink import TableSink, Tapped
from assets.publish.tables import TableReader, arrow_schema
from assets.publish.writer_options import CURRENT, ParquetOptions

TABLE_FILES = ("parquet", "csv")
# Tables whose added and removed keys the release lists (changes.parquet, the change log); the
# others' are only counted.
KEYS_LISTED = {"incidents"}


@dataclass
class Reduced:
    """What the release's other files need from its tables, gathered table by table."""

    rows: dict[str, int] = field(default_factory=dict)
    diffs: dict[str, TableDiff] = field(default_factory=dict)
    same: dict[str, bool] = field(default_factory=dict)
    stats: dict[str, tuple[int, str]] = field(default_factory=dict)  # file -> (bytes, sha256)
    identity: list[tuple] = field(default_factory=list)  # merged / split incident ids
    before: dict = field(default_factory=dict)   # previous incident rows the change log shows
    after: dict = field(default_factory=dict)    # new incident rows the change log shows
    added_articles: pa.Table | None = None  # incident_id, article_ids of the added incidents
    per_month: dict = field(default_factory=dict)
    points: list = field(default_factory=list)
    event_dates: tuple | None = None
    drawn: charts.Drawn | None = None  # the charts' PNG bytes, drawn while tables are written
    sources: list[dict] = field(default_factory=list)
    created: str | None = None

    def in_contract_order(self) -> None:
        """Order rows and diffs as the contract lists the tables (the reason text, the
        summary and the release record follow that order)."""
        names = [t.name for t in contract.PUBLISHED_TABLES]
        self.rows = {n: self.rows[n] for n in names}
        self.diffs = {n: self.diffs[n] for n in names}


def order() -> list[str]:
    """The published tables in the order they are streamed: the contract's, with mentions
    first (the incident ids merged or split, found from the mentions, are among the incident
    rows the change log shows, which are picked while incidents are streamed)."""
    return sorted((t.name for t in contract.PUBLISHED_TABLES), key=lambda n: n != "mentions")


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


def write_table(table: pa.Table, name: str, folder: Path, out: Reduced,
                kept: KeptTables | None = None, options: ParquetOptions = CURRENT) -> None:
    """Write a whole table's Parquet and CSV files into folder and record their size and
    hash, each file on a thread of its own."""
    sink = _start(name, table.schema, folder, kept, options)
    try:
        for batch in table.to_batches():
            sink.put(batch)
    except BaseException:
        sink.abort()
        raise
    sink.finish(out.stats)


def _start(name: str, schema: pa.Schema, folder: Path, kept: KeptTables | None,
           options: ParquetOptions) -> TableSink:
    """Start writing a table's Parquet and CSV files into folder, each on a thread of its own
    (`table_sink`). options: the Parquet writer's; kept: where the table is also kept."""
    folder.mkdir(exist_ok=True)
    paths = [folder / f"{name}.{ext}" for ext in TABLE_FILES]
    return TableSink(name, schema, paths, _write_file, kept, options)


def _release_memory() -> None:
    """Hand the memory of a dropped table back to the system: Arrow's allocator keeps freed
    pages for reuse, which the next, smaller table would not fill, while the stages after
    publish would not see it as free."""
    pa.default_memory_pool().release_unused()


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
            _close(source)
        schema = pa.schema([arrow_schema(spec).field(c) for c in columns])
        return pa.Table.from_batches(found, schema=schema)
    return lookup


def _previous_rows(previous: Path | None, spec: contract.Table, kept: KeptTables | None
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


def _close(source: object) -> None:
    close = getattr(source, "close", None)
    if close is not None and not isinstance(source, pa.Table):
        close()


class _Streamed:
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

    def compare_with(self, old: PreviousCopy | None, whole: bool) -> None:
        """The previous copy to diff with (`read_previous`'s answer)."""
        self.old = old
        self.ranges = RangeDiff(self.spec.primary_key, old is not None and whole,
                                keep_keys=self.spec.name in KEYS_LISTED)

    def write_from_here(self, folder: Path, kept: KeptTables | None, options: ParquetOptions,
                        replay: Callable[[], Iterable[pa.RecordBatch]] | None = None) -> None:
        """Start writing and reducing the table; replay: the rows before this point (equal to
        the previous copy's, read from it again)."""
        self.sink = _start(self.spec.name, self.schema, folder, kept, options)
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


def _stream_one(spec: contract.Table, read: TableReader, previous: Path | None, folder: Path,
                out: Reduced, *, certain: bool, first: bool, kept: KeptTables | None,
                options: ParquetOptions, batch_rows: int) -> tuple[bool, TableSink | None]:
    """Stream one table (see `stream_tables`); returns whether a release is certain after it,
    and the table's files when they are being written: their writers may still be at work
    (the Parquet writer holds the last row group until the table ends), and
    `TableSink.finish` waits for them."""
    name = spec.name
    table = _Streamed(spec, out, first)
    source: object = None
    try:
        if certain:  # the files are being written while the previous copy is opened
            source = read(spec)
            table.write_from_here(folder, kept, options)
            table.compare_with(*read_previous(previous, spec, kept))
        else:
            table.compare_with(*read_previous(previous, spec, kept))
            source = read(spec)
        _ranges(table, source, batch_rows, previous, kept, (folder, kept, options))
    except BaseException:
        if table.sink is not None:
            table.sink.abort()
        raise
    finally:
        _close(source)
        if table.old is not None:
            table.old.close()
    if table.sink is not None:
        table.sink.end()  # its writers finish the files while the reductions finish here
        assert table.reduction is not None
        try:
            table.reduction.finish(lookup_in(read, batch_rows),
                                   _previous_rows(previous, spec, kept))
        except BaseException:
            table.sink.abort()
            raise
    same = table.ranges.same
    out.rows[name], out.same[name] = table.rows, same
    out.diffs[name] = TableDiff() if same else table.ranges.diff
    return certain or not same, table.sink


def _ranges(table: _Streamed, source: object, batch_rows: int, previous: Path | None,
            kept: KeptTables | None, sink_args: tuple) -> None:
    """Go through the new table's batches and the previous copy range by range; start writing
    at the first range that differs when the table was not being written yet."""
    key, old = table.spec.primary_key, table.old
    bound = None  # the last key of the ranges done

    def start_here() -> None:
        done = bound

        def replay() -> Iterator[pa.RecordBatch]:
            again, _ = read_previous(previous, table.spec, kept)
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
            _release_memory()
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


def changed(out: Reduced, release_certain: bool) -> bool:
    """Whether a release is to be cut: the schemas changed or some table did."""
    return release_certain or not all(out.same.values())


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
        table = _Streamed(spec, out, False)
        source = read(spec)
        try:
            table.write_from_here(folder, kept, options)
            assert table.sink is not None and table.reduction is not None
            for batch in contract_batches(spec, source, batch_rows):
                table.sink.put(batch)
                new = pa.Table.from_batches([batch])
                table.reduction.rows(new)
                table.reduction.range(None, new, TableDiff(), True)
        except BaseException:
            if table.sink is not None:
                table.sink.abort()
            raise
        finally:
            _close(source)
            del source  # before the next table is read
        table.sink.finish(out.stats)
        table.reduction.finish(lookup_in(read, batch_rows), _previous_rows(None, spec, kept))
        _release_memory()
