"""The throwaway Dagster instance of a run without DAGSTER_HOME: cheaper to build and to use.

Dagster's ephemeral instance keeps its runs and events in two in-memory SQLite databases.
Building it stamps each database with the head of Dagster's alembic migrations, and alembic
finds that head by reading and loading its migration scripts (~90 files, twice; ~0.03-0.08
CPU s in a run, more wall when the disk is busy). Nobody migrates an in-memory database that
dies with the run, so the storages here write the same `alembic_version` row themselves
(`SCHEMA_HEAD`, checked against alembic's own answer by tests/pipeline/test_instance.py).
What is left of the instance's cost (~0.5-0.6 CPU s) is importing Dagster's SQL storage
(SQLAlchemy, alembic), which any storage of Dagster's needs.

Using it, Dagster's event log opens a new connection to its in-memory database (two PRAGMAs
each time) for every read and write: a +1,000-article run stores 468 events and opens ~1,700
connections (~0.15 ms of CPU each), and ~230 more to ask whether the asset-check table exists.
Here the event log answers every call on the one connection the storage already holds to
keep the in-memory database alive, under the storage's own lock, one transaction per call as
before, and knows its tables and the columns of its asset table from when it created them
(Dagster asks SQLite for those columns before storing each asset event). The events Dagster
sends together (a run's planned materializations and checks, a step's materializations of a
partition range: two per raw file in a fresh run) reach the event log as batches, which it
stores in one transaction with the rows Dagster's storage writes one event at a time
(`pipelines/event_batches.py`). The tables, the events and what the run reads back are
Dagster's own. The instance is built as `DagsterInstance.ephemeral()` builds it (Dagster 1.13,
pinned in requirements.lock), with these storages in place of Dagster's.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import dagster as dg
import sqlalchemy as sa
from dagster._core.events.log import EventLogEntry
from dagster._core.instance.types import InstanceType
from dagster._core.launcher.sync_in_memory_run_launcher import SyncInMemoryRunLauncher
from dagster._core.run_coordinator import DefaultRunCoordinator
from dagster._core.storage.event_log.base import EventLogCursor
from dagster._core.storage.event_log.in_memory import InMemoryEventLogStorage
from dagster._core.storage.event_log.schema import AssetKeyTable, SqlEventLogStorageMetadata
from dagster._core.storage.noop_compute_log_manager import NoOpComputeLogManager
from dagster._core.storage.root import TemporaryLocalArtifactStorage
from dagster._core.storage.runs import InMemoryRunStorage
from dagster._core.storage.runs.schema import RunStorageSqlMetadata
from dagster._core.storage.sql import create_engine
from dagster._core.storage.sqlite import create_in_memory_conn_string
from sqlalchemy.engine import Connection
from sqlalchemy.pool import NullPool

from pipelines.event_batches import can_batch, insert_batch, is_check_event

# The head of Dagster's schema migrations (the run and event storages share one history), as
# `alembic stamp head` writes it for Dagster 1.13.27.
SCHEMA_HEAD = "29b539ebc72a"
# Events a batch hands to the event log at most (a fresh run at 100,000 articles sends two
# batches of ~3,100: the planned materializations and ingest's materializations).
EVENT_BATCH = 1000
# The version table as alembic creates it.
_ALEMBIC_VERSION = sa.Table(
    "alembic_version", sa.MetaData(),
    sa.Column("version_num", sa.String(32), nullable=False),
    sa.PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def stamp_head(conn: Connection) -> None:
    """What `alembic stamp head` leaves in a fresh database, without loading the scripts."""
    _ALEMBIC_VERSION.create(conn)
    conn.execute(_ALEMBIC_VERSION.insert().values(version_num=SCHEMA_HEAD))


def _memory_engine(prefix: str) -> sa.Engine:
    return create_engine(create_in_memory_conn_string(f"{prefix}-{uuid.uuid4()}"),
                         poolclass=NullPool)


class HeldConnectionEventLogStorage(InMemoryEventLogStorage):
    """Dagster's in-memory event log, stamped without alembic, every call on its held
    connection."""

    def __init__(self) -> None:  # Dagster's own, but `stamp_head` (its preload is unused)
        self._inst_data = None
        self._engine = _memory_engine("events")
        self._handlers = defaultdict(set)
        self._storage_id = 0
        self._db_lock = threading.Lock()
        self._held_conn = self._engine.connect()
        with self._held_conn.begin():
            SqlEventLogStorageMetadata.create_all(self._held_conn)
            stamp_head(self._held_conn)
        with self._held_conn.begin():  # what each new connection set; the journal is memory
            self._held_conn.execute(sa.text("PRAGMA foreign_keys=ON;")).close()
            inspector = sa.inspect(self._held_conn)
            self._tables = frozenset(inspector.get_table_names())
            self._asset_key_cols = frozenset(
                c["name"] for c in inspector.get_columns(AssetKeyTable.name))

    def has_table(self, table_name: str) -> bool:
        # Asked before storing each asset-check event (~230 a run), each time on a new
        # connection; the tables are all created above and no in-memory storage adds one.
        return table_name in self._tables

    def _has_asset_key_col_on_connection(self, conn: Connection, column_name: str) -> bool:
        # Asked (through SQLite's table_info) before storing each asset event: 2 per raw file
        # in a fresh run. The columns are those created above.
        return column_name in self._asset_key_cols

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        with self._db_lock, self._held_conn.begin():
            yield self._held_conn

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        # Dagster's own stores each event alone: the same rows, cheaper (event_batches.py).
        if not can_batch(events):
            super().store_event_batch(events)
            return
        with self._connect() as conn:
            ids = insert_batch(self, conn, events)
        for event, event_id in zip(events, ids, strict=True):
            if is_check_event(event):
                self.store_asset_check_event(event, event_id)
            self._notify(event)

    def _notify(self, event: EventLogEntry) -> None:
        # What `InMemoryEventLogStorage.store_event` does after storing an event.
        self._storage_id += 1
        for handler in list(self._handlers[event.run_id]):
            try:
                handler(event, str(EventLogCursor.from_storage_id(self._storage_id)))
            except Exception:
                logging.exception("Exception in callback for event watch on run %s.",
                                  event.run_id)


class StampedRunStorage(InMemoryRunStorage):
    """Dagster's in-memory run storage, stamped without alembic."""

    def __init__(self) -> None:  # Dagster's own, but `stamp_head` (its preload is unused)
        self._engine = _memory_engine("runs")
        self._held_conn = self._engine.connect()
        with self._held_conn.begin():
            RunStorageSqlMetadata.create_all(self._held_conn)
            stamp_head(self._held_conn)  # create_all made `instance_info`, which Dagster checks


class BatchingInstance(dg.DagsterInstance):
    """A Dagster instance that hands the events Dagster sends together to its event log in
    batches of up to `EVENT_BATCH` (what DAGSTER_EVENT_BATCH_SIZE does for any instance)."""

    def _get_event_batch_size(self) -> int:
        return EVENT_BATCH


def ephemeral_instance() -> dg.DagsterInstance:
    """What `DagsterInstance.ephemeral()` builds, with `StampedRunStorage` and
    `HeldConnectionEventLogStorage` as its storages, batching events."""
    return BatchingInstance(
        instance_type=InstanceType.EPHEMERAL,
        local_artifact_storage=TemporaryLocalArtifactStorage(),
        run_storage=StampedRunStorage(),
        event_storage=HeldConnectionEventLogStorage(),
        compute_log_manager=NoOpComputeLogManager(),
        run_coordinator=DefaultRunCoordinator(),
        run_launcher=SyncInMemoryRunLauncher(),
    )
