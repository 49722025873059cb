"""Publishing table by table: the same files as publishing every table at once, one table held
at a time, and nothing written when nothing changed."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import threading
import time
import weakref
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pyarrow as pa
import pytest

from assets import sidecar
from assets.publish import previous_reads, table_files, writer_options, writers
from assets.publish.reduced import order
from assets.publish.release import publish_from, publish_release
from assets.publish.tables import prepare_one
from assets.schema import Table
from tests.publish.conftest import PROVENANCE, VALIDATION
from tests.publish.sequence import many, publish_sequence

GOLDEN = json.loads(Path(__file__).with_name("golden_sequence.json").read_text("utf-8"))


def _digests(home: Path) -> dict[str, str]:
    """Every file publishing wrote, but the lock and HOME/.state (the kept tables)."""
    return {p.relative_to(home).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file() and p.name != ".lock"
            and p.relative_to(home).parts[0] != ".state"}


@pytest.mark.parametrize("side", [False, True], ids=["in-process", "side-process"])
def test_sequence_writes_the_bytes_the_whole_table_code_wrote(tmp_path, side, monkeypatch):
    """With the legacy writer options (those of a release that recorded none, as a rebuild
    of one passes them), every byte is what the whole-table code wrote. Also with the charts
    drawn in the run's side process (assets/sidecar.py)."""
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")  # whatever the load
    recorded = GOLDEN["recorded_with"]
    installed = {p: metadata.version(p) for p in recorded}
    if installed != recorded:  # Parquet and PNG bytes depend on these
        pytest.skip(f"golden sums recorded with {recorded}, installed {installed}")
    with sidecar.running() if side else contextlib.nullcontext() as running:
        assert (running is not None) == side
        done = publish_sequence(tmp_path, writer_options.LEGACY)
    assert [list(s) for s in done] == GOLDEN["steps"]
    got = _digests(tmp_path)
    assert sorted(got) == sorted(GOLDEN["files"])
    assert [f for f in got if got[f] != GOLDEN["files"][f]] == []


class FreshReader:
    """Builds each table anew when asked (as the warehouse reader does) and records, at each
    read, which tables it handed out earlier are still alive and how many Arrow bytes are
    allocated."""

    def __init__(self, tables: dict[str, pa.Table]) -> None:
        self.rows = {n: t.to_pylist() for n, t in tables.items()}
        self.schemas = {n: t.schema for n, t in tables.items()}
        self.reads: list[str] = []
        self.alive_at_read: list[list[str]] = []
        self.arrow_bytes_at_read: list[int] = []
        self._handed: list[tuple[str, weakref.ref]] = []

    def __call__(self, spec: Table) -> pa.Table:
        self.alive_at_read.append([n for n, ref in self._handed if ref() is not None])
        self.arrow_bytes_at_read.append(pa.total_allocated_bytes())
        table = prepare_one(spec, pa.Table.from_pylist(self.rows[spec.name],
                                                       schema=self.schemas[spec.name]))
        self.reads.append(spec.name)
        self._handed.append((spec.name, weakref.ref(table)))
        return table


def _publish(reader: FreshReader, home: Path):
    return publish_from(reader, home, validation=VALIDATION, provenance=PROVENANCE)


class BatchedFreshReader(FreshReader):
    """Hands each table as record batches of `rows` rows, each made when it is asked for (as
    the warehouse reader does), so a batch still held by a writer holds only its own rows."""

    def __init__(self, tables: dict[str, pa.Table], rows: int) -> None:
        super().__init__(tables)
        self.batch_rows = rows

    def __call__(self, spec: Table):
        table = super().__call__(spec)
        schema, n = table.schema, table.num_rows
        pylist = table.to_pylist()
        del table

        def batches():
            for start in range(0, n, self.batch_rows):
                yield pa.RecordBatch.from_pylist(pylist[start:start + self.batch_rows],
                                                 schema=schema)
        return batches()


def _settled(budget_s: float = 10.0) -> None:
    """Let threads that earlier tests of the session left running end (a writer draining its
    queue after an abort allocates Arrow memory while it goes), then collect: the global Arrow
    byte count then moves only with what the code under test allocates."""
    deadline = time.monotonic() + budget_s
    for t in threading.enumerate():
        if t is not threading.current_thread() and t is not threading.main_thread():
            t.join(max(0.0, deadline - time.monotonic()))
    gc.collect()


class SettlingReader(FreshReader):
    """At each read, waits (up to `budget_s`) until the Arrow bytes allocated since `baseline`
    fall below that read's bound before recording them. The last table's writers run on while
    the next is read, so what they still hold at the read depends on the machine's load; a
    table kept alive by a reference never falls below the bound, however long it waits."""

    def __init__(self, tables: dict[str, pa.Table], bound_at: Callable[[int], float],
                 budget_s: float = 10.0) -> None:
        super().__init__(tables)
        self.bound_at = bound_at  # read index -> bytes allowed above baseline
        self.baseline = 0
        self.budget_s = budget_s

    def __call__(self, spec: Table) -> pa.Table:
        bound = self.bound_at(len(self.reads))
        deadline = time.monotonic() + self.budget_s
        while (pa.total_allocated_bytes() - self.baseline >= bound
               and time.monotonic() < deadline):
            time.sleep(0.01)
        return super().__call__(spec)


def test_each_table_is_freed_before_the_next_is_read(tmp_path):
    publish_release(many(range(0, 2000)), tmp_path, validation=VALIDATION,
                    provenance=PROVENANCE)
    tables = many(range(1000, 4000), changed=range(1500, 2500))
    table_bytes = min(tables[n].nbytes for n in ("incidents", "mentions", "claims"))
    # No Arrow memory of an earlier table (new or previous release's copy) is held, but for
    # the table just before, whose writers may still be at its last rows: here slices of the
    # whole table this reader handed, and the Parquet writer's copy of its one row group.
    before = [0] + [tables[n].nbytes for n in order()[:-1]]
    bounds = [2 * held + table_bytes / 2 for held in before]
    reader = SettlingReader(tables, bound_at=lambda i: bounds[i])
    _settled()
    reader.baseline = baseline = pa.total_allocated_bytes()
    result = _publish(reader, tmp_path)
    assert (result.version, result.rows["incidents"]) == ("v1.0.1", 3000)
    assert reader.reads == order() == ["mentions", "incidents", "articles", "claims"]
    assert reader.alive_at_read == [[], [], [], []]
    held_at_read = [b - baseline for b in reader.arrow_bytes_at_read]
    assert all(h < bound for h, bound in zip(held_at_read, bounds, strict=True)), (
        reader.reads, held_at_read, bounds)


def test_a_tables_writers_hold_a_row_group_and_a_few_batches_when_the_next_is_read(tmp_path):
    """The last table's writers finish while the next table is read: what they hold then is
    bounded by the row group and the batches queued, not by the table."""
    publish_release(many(range(0, 2000)), tmp_path, validation=VALIDATION,
                    provenance=PROVENANCE)
    tables = many(range(1000, 4000), changed=range(1500, 2500))
    reader = BatchedFreshReader(tables, rows=100)
    table_bytes = min(tables[n].nbytes for n in ("incidents", "mentions", "claims"))
    options = writer_options.ParquetOptions(compression="zstd", compression_level=1,
                                            row_group_size=200)
    baseline = pa.total_allocated_bytes()
    result = publish_from(reader, tmp_path, validation=VALIDATION, provenance=PROVENANCE,
                          options=options, batch_rows=100)
    assert (result.version, result.rows["incidents"]) == ("v1.0.1", 3000)
    assert reader.reads == ["mentions", "incidents", "articles", "claims"]
    assert all(b - baseline < table_bytes / 2 for b in reader.arrow_bytes_at_read)


def test_unchanged_tables_are_read_once_and_nothing_is_written(tmp_path):
    publish_release(many(range(50)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    reader = FreshReader(many(range(50)))
    result = _publish(reader, tmp_path)
    assert (result.published, result.version) == (False, "v1.0.0")
    assert reader.reads == ["mentions", "incidents", "articles", "claims"]
    assert not list((tmp_path / "releases").glob(".tmp-*"))


def test_tables_unchanged_before_a_change_are_read_again_to_be_written(tmp_path):
    publish_release(many(range(50)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    tables = many(range(50))
    claims = tables["claims"].to_pylist()
    claims[0]["outlet"] = "Other Wire"
    tables["claims"] = pa.Table.from_pylist(claims, schema=tables["claims"].schema)
    reader = FreshReader(tables)
    result = _publish(reader, tmp_path)
    assert (result.version, result.reason) == ("v1.0.1", "1 claim changed")
    # claims differ, so the three tables streamed before them are read again and written
    assert reader.reads == ["mentions", "incidents", "articles", "claims",
                            "mentions", "incidents", "articles"]
    assert all(alive == [] for alive in reader.alive_at_read)
    files = {p.name for p in result.path.iterdir()}
    assert {f"{t}.{e}" for t in order() for e in ("parquet", "csv")} <= files


def test_the_first_tables_previous_copy_is_read_while_the_new_one_is_fetched(tmp_path,
                                                                             monkeypatch):
    """Until a release is certain, the previous release's copy of a table is read on a thread
    while the reader fetches the new table: the reader here waits for that read to start."""
    publish_release(many(range(50)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    started: dict[str, threading.Event] = {n: threading.Event() for n in order()}
    read_previous = previous_reads.read_previous

    def previous(folder, spec, kept=None):
        started[spec.name].set()
        return read_previous(folder, spec, kept)
    monkeypatch.setattr(previous_reads, "read_previous", previous)
    tables = many(range(50))
    claims = tables["claims"].to_pylist()
    claims[0]["outlet"] = "Other Wire"
    tables["claims"] = pa.Table.from_pylist(claims, schema=tables["claims"].schema)
    fresh = FreshReader(tables)
    seen_before_read = []

    def reader(spec: Table) -> pa.Table:
        seen_before_read.append((spec.name, started[spec.name].wait(timeout=5)))
        return fresh(spec)
    result = _publish(reader, tmp_path)
    assert (result.version, result.reason) == ("v1.0.1", "1 claim changed")
    # only the claims differ, so every table is first read before a release is certain
    assert seen_before_read[:4] == [(n, True) for n in order()]


def test_once_a_release_is_certain_files_are_written_while_the_previous_copy_is_read(
        tmp_path, monkeypatch):
    """After the mentions differ, each later table's Parquet and CSV files are being written
    when its previous copy is read (here that read waits for both writers to start)."""
    publish_release(many(range(0, 60)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    writing: dict[str, threading.Event] = {}
    write_file = table_files._write_file

    def write(table, path, *args):
        writing.setdefault(path.name, threading.Event()).set()
        return write_file(table, path, *args)
    read_previous = previous_reads.read_previous
    writers_started = {}

    def previous(folder, spec, kept=None):
        if spec.name != "mentions":
            files = [f"{spec.name}.{e}" for e in table_files.TABLE_FILES]
            writers_started[spec.name] = all(
                writing.setdefault(f, threading.Event()).wait(timeout=5) for f in files)
        return read_previous(folder, spec, kept)
    monkeypatch.setattr(table_files, "_write_file", write)
    monkeypatch.setattr(previous_reads, "read_previous", previous)
    result = _publish(FreshReader(many(range(10, 70))), tmp_path)
    assert result.reason == "10 incidents added, 10 incidents removed, " \
        "10 mentions added, 10 mentions removed, 17 claims added, 17 claims removed"
    assert writers_started == {"incidents": True, "articles": True, "claims": True}
    assert {p.name for p in result.path.iterdir()} >= set(writing)


def test_a_file_that_fails_to_write_fails_the_release_and_leaves_no_folder(tmp_path,
                                                                         monkeypatch):
    publish_release(many(range(20)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    write_csv = writers.write_csv

    def failing(table, path):
        if path.name == "claims.csv":
            raise OSError(28, "No space left on device")
        write_csv(table, path)
    monkeypatch.setattr(writers, "write_csv", failing)
    with pytest.raises(OSError, match="No space left"):
        _publish(FreshReader(many(range(25))), tmp_path)
    left = sorted(p.name for p in (tmp_path / "releases").iterdir())
    assert left == [".lock", "index.html", "v1.0.0"]
