"""A release's tables one at a time: read, compare with the previous release, reduce, write.

Publishing holds one table of the new release, and the same table of the previous release for
the diff, at a time. While a table is in memory, everything the rest of the release needs from
it is reduced (`Reduced`: row counts, the diff, the rows the change log shows, the chart
groups, the descriptor's sources and date); its Parquet and CSV files are written and hashed;
then it is dropped before the next table is read.

A table is written only once a release is certain: the descriptor's table schemas changed, or
this table or an earlier one differs from the previous release. Tables that were unchanged up
to then are read again and written at the end (`write_deferred`), so `strikes release` on
unchanged data writes nothing, as before.

The work on one table overlaps on the cores (`stream_tables`): its files are written on two
threads while the main thread reads the previous copy, diffs and reduces, once a release is
certain; before that, the previous copy is read while the new table is fetched.

Parquet files are written with the release's writer options (`writer_options`), one row group
at a time; the table itself is still whole in memory while it is written and diffed.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from assets import schema as contract
from assets.publish import charts, datapackage, writers
from assets.publish.changelog import MAX_LISTED
from assets.publish.changes import TableDiff, diff_table, identity_changes
from assets.publish.kept_tables import KeptTables
from assets.publish.tables import TableReader, rows_by_key
from assets.publish.writer_options import CURRENT, ParquetOptions

TABLE_FILES = ("parquet", "csv")


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
    added_articles: dict = field(default_factory=dict)  # added incident id -> article_ids
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
    rows the change log shows, which are picked while incidents are in memory)."""
    return sorted((t.name for t in contract.PUBLISHED_TABLES), key=lambda n: n != "mentions")


def read_previous(folder: Path | None, spec: contract.Table, kept: KeptTables | None = None
                  ) -> tuple[pa.Table | None, bool]:
    """The previous release's copy of a table and whether it was read whole (None when there
    is no previous release or file). Columns the new table no longer has are left out (the
    diff compares the common ones), except for incidents, whose old rows the change log
    shows as they were. kept: the HOME's kept tables (`KeptTables`), whose copy of the
    Parquet file's bytes is read instead when there is one."""
    path = folder / f"{spec.name}.parquet" if folder is not None else None
    if path is None or not path.exists():
        return None, True
    table = kept.read(path, spec.name) if kept is not None else None
    if table is not None:
        wanted = [c for c in table.column_names if c in spec.column_names]
        if spec.name == "incidents" or len(wanted) == table.num_columns:
            return table, True
        return table.select(wanted), False
    # ParquetFile.read, not pq.read_table: the same table, without importing pyarrow.dataset
    # and pandas (~0.5 CPU s) for one file.
    with pq.ParquetFile(path) as file:
        names = file.schema_arrow.names
        wanted = [c for c in names if c in spec.column_names]
        if spec.name == "incidents" or len(wanted) == len(names):
            return file.read(), True
        return file.read(columns=wanted), False


def _same(old: pa.Table | None, whole: bool, new: pa.Table) -> bool:
    return old is not None and whole and old.schema.equals(new.schema) and old.equals(new)


def _incident_rows(old: pa.Table | None, new: pa.Table, diff: TableDiff, regrouped: set,
                   first: bool, out: Reduced) -> None:
    """The incident rows changes.parquet and the change log read: previous and new rows of
    changed, removed and regrouped ids; new rows of the added ids the change log lists (the
    first MAX_LISTED; none for a first release, whose log lists none); and the article ids
    of every added incident, in Arrow."""
    listed = [] if first else diff.added[:MAX_LISTED]
    keys = {*diff.removed, *diff.changed, *regrouped}
    out.before = rows_by_key(old, "incident_id", keys) if old is not None else {}
    out.after = rows_by_key(new, "incident_id", {*keys, *listed})
    if diff.added:
        wanted = pa.array(diff.added, type=new.schema.field("incident_id").type)
        added = new.select(["incident_id", "article_ids"]).filter(
            pc.is_in(new.column("incident_id"), value_set=wanted))
        out.added_articles = dict(zip(added.column("incident_id").to_pylist(),
                                      added.column("article_ids").to_pylist(), strict=True))


def reduce_table(name: str, old: pa.Table | None, new: pa.Table, diff: TableDiff,
                 first: bool, out: Reduced) -> None:
    """Keep what the release's other files need from one table (old: its previous copy, or
    None when the table equals it). Done only for a release that is cut."""
    if name == "mentions":
        out.identity = identity_changes(old, new)
    elif name == "incidents":
        _incident_rows(old, new, diff, {r[1] for r in out.identity}, first, out)
        out.per_month = charts.monthly(new)
        out.points = charts.places(new)
        out.drawn = charts.start_drawing(out.per_month, out.points)
        span = pc.min_max(new.column("event_date"))
        low, high = span["min"].as_py(), span["max"].as_py()
        out.event_dates = (low, high) if low is not None else None
    elif name == "articles":
        out.sources = datapackage.sources(new)
        out.created = datapackage.created_at(new)


def _write_file(table: pa.Table, path: Path, kept: KeptTables | None = None,
                options: ParquetOptions = CURRENT) -> tuple[int, str]:
    """Write one file and return its size and sha256; a Parquet file's table is also kept
    in `kept` (when given) under that sha256, for the next publish."""
    parquet = path.suffix == ".parquet"
    if parquet:
        writers.write_parquet(table, path, options)
    else:
        writers.write_csv(table, path)
    stat = path.stat().st_size, writers.sha256_file(path)
    if parquet and kept is not None:
        kept.keep(table.replace_schema_metadata(None), path.stem, stat[1])
    return stat


def write_table(table: pa.Table, name: str, folder: Path, out: Reduced,
                kept: KeptTables | None = None, options: ParquetOptions = CURRENT) -> None:
    """Write a table's Parquet and CSV files into folder and record their size and hash.
    Each file is written on a thread of its own (`start_writing`)."""
    start_writing(table, name, folder, kept, options)(out)


def start_writing(table: pa.Table, name: str, folder: Path, kept: KeptTables | None = None,
                  options: ParquetOptions = CURRENT) -> Callable[[Reduced], None]:
    """Start writing a table's Parquet and CSV files into folder, each on a thread of its
    own, and return the call that waits for both and records their size and hash in `out`
    (Parquet first, then CSV, as written one after the other). Both spend their time in
    Arrow's C++ (zstd; compute kernels), which lets go of the GIL, so the two files and
    whatever the calling thread does meanwhile share the cores. Each file's bytes are made
    as by one thread. kept: where the table is also kept (`KeptTables`); options: the
    Parquet writer's."""
    folder.mkdir(exist_ok=True)
    paths = [folder / f"{name}.{ext}" for ext in TABLE_FILES]
    pool = ThreadPoolExecutor(max_workers=len(paths), thread_name_prefix=f"write-{name}")
    futures = [pool.submit(_write_file, table, path, kept, options) for path in paths]
    pool.shutdown(wait=False)  # the threads end with their file

    def finish(out: Reduced) -> None:
        stats = [f.result() for f in futures]  # every file, before any error is raised
        for path, stat in zip(paths, stats, strict=True):
            out.stats[path.name] = stat
    return finish


def _release_memory() -> None:
    """Hand the memory of a dropped table back to the system: Arrow's allocator keeps freed
    pages for reuse (~100 MB after the claims at N = 100,000), which the next, smaller
    table would not fill, while the stages after publish would not see it as free."""
    pa.default_memory_pool().release_unused()


def _compared(spec: contract.Table, new: pa.Table, old: Future | tuple[pa.Table | None, bool]
              ) -> tuple[pa.Table | None, bool, TableDiff]:
    """(previous copy, equal to it, the diff) of a new table; old: `read_previous`'s answer
    or the Future of it."""
    old_copy, whole = old.result() if isinstance(old, Future) else old
    same = _same(old_copy, whole, new)
    return old_copy, same, TableDiff() if same else diff_table(old_copy, new, spec.primary_key)


def stream_tables(read: TableReader, previous: Path | None, folder: Path, *,
                  release_certain: bool,
                  on_table: Callable[[str], None] | None = None,
                  kept: KeptTables | None = None,
                  options: ParquetOptions = CURRENT) -> Reduced:
    """Read, diff, reduce and (once a release is certain) write every published table, one at
    a time. previous: the previous release's folder; folder: where the files go (created on
    the first write). Returns the reductions; `out.same` says which tables equal the
    previous release's. on_table(name) is called after each table is dropped (tests).
    kept: the HOME's kept tables, read for the previous release and staged for this one.
    options: the Parquet writer's (the release records them).

    Work on one table overlaps on the cores: until a release is certain, its previous copy
    is read on a thread while `read` fetches the new one; once it is certain, the new
    table's files are written on two threads while this one reads the previous copy,
    diffs and reduces (an incremental run's files are written whatever the diff says)."""
    out = Reduced()
    first = previous is None
    certain = release_certain
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="previous") as pool:
        for name in order():
            spec = contract.TABLES_BY_NAME[name]
            if certain:
                new = read(spec)
                finish = start_writing(new, name, folder, kept, options)
                try:
                    old, same, diff = _compared(spec, new, read_previous(previous, spec, kept))
                    reduce_table(name, old, new, diff, first, out)
                finally:
                    finish(out)
            else:
                ahead = pool.submit(read_previous, previous, spec, kept)
                try:
                    new = read(spec)
                finally:
                    wait([ahead])  # not left reading when `read` fails
                old, same, diff = _compared(spec, new, ahead)
                del ahead
                certain = not same
                if certain:
                    reduce_table(name, old, new, diff, first, out)
                    write_table(new, name, folder, out, kept, options)
            out.rows[name], out.diffs[name], out.same[name] = new.num_rows, diff, same
            del old, new
            _release_memory()
            if on_table is not None:
                on_table(name)
    out.in_contract_order()
    return out


def changed(out: Reduced, release_certain: bool) -> bool:
    """Whether a release is to be cut: the schemas changed or some table did."""
    return release_certain or not all(out.same.values())


def write_deferred(read: TableReader, folder: Path, out: Reduced,
                   kept: KeptTables | None = None, options: ParquetOptions = CURRENT) -> None:
    """Write the tables `stream_tables` passed over while they were unchanged (read again, one
    at a time). A table equal to the previous release's has an empty diff and no merged
    or split incident, so its reductions need no old copy."""
    for name in order():
        if f"{name}.parquet" not in out.stats:  # equal to the previous release's copy
            table = read(contract.TABLES_BY_NAME[name])
            reduce_table(name, None, table, out.diffs[name], False, out)
            write_table(table, name, folder, out, kept, options)
            del table
            _release_memory()
