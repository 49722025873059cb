"""The throwaway Dagster instance of a run without DAGSTER_HOME, with a cheaper event log.

Dagster's ephemeral instance keeps its event log in an in-memory SQLite database and opens a
new connection to it for every read and write (two PRAGMAs each time): a +1,000-article run
stores 468 events and opens ~1,700 connections (~0.15 ms of CPU each). Here the event log
answers every call on the one connection the storage already holds to keep the in-memory
database alive, under the storage's own lock, one transaction per call as before. The tables,
the events and what the run reads back are Dagster's own; only the connection is reused.
The instance is built as `DagsterInstance.ephemeral()` builds it (Dagster 1.13, pinned in
requirements.lock), with this storage in place of Dagster's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import dagster as dg
import sqlalchemy as sa
from dagster._core.instance.types import InstanceType
from dagster._core.launcher.sync_in_memory_run_launcher import SyncInMemoryRunLauncher
from dagster._core.run_coordinator import DefaultRunCoordinator
from dagster._core.storage.event_log.in_memory import InMemoryEventLogStorage
from dagster._core.storage.noop_compute_log_manager import NoOpComputeLogManager
from dagster._core.storage.root import TemporaryLocalArtifactStorage
from dagster._core.storage.runs import InMemoryRunStorage
from sqlalchemy.engine import Connection


class HeldConnectionEventLogStorage(InMemoryEventLogStorage):
    """Dagster's in-memory event log, every call on its held connection."""

    def __init__(self) -> None:
        super().__init__()
        with self._held_conn.begin():  # what each new connection set; the journal is memory
            self._held_conn.execute(sa.text("PRAGMA foreign_keys=ON;")).close()

    @contextmanager
    def _connect(self) -> Iterator[Connection]:
        with self._db_lock, self._held_conn.begin():
            yield self._held_conn


def ephemeral_instance() -> dg.DagsterInstance:
    """What `DagsterInstance.ephemeral()` builds, with `HeldConnectionEventLogStorage` as its
    event log."""
    return dg.DagsterInstance(
        instance_type=InstanceType.EPHEMERAL,
        local_artifact_storage=TemporaryLocalArtifactStorage(),
        run_storage=InMemoryRunStorage(),
        event_storage=HeldConnectionEventLogStorage(),
        compute_log_manager=NoOpComputeLogManager(),
        run_coordinator=DefaultRunCoordinator(),
        run_launcher=SyncInMemoryRunLauncher(),
    )
