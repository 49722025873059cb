"""Storing a batch of Dagster events in one call, with the rows Dagster stores one by one.

Dagster sends some events together: a run's planned materializations and checks (one per raw
file and per check, all announced when the run is created) and a step's materializations of a
partition range (one per raw file when ingest ends). It hands them to the event log as a batch
when the instance's batch size is above zero (`DAGSTER_EVENT_BATCH_SIZE`; the run's ephemeral
instance sets its own, `pipelines/instance.py`); its SQL storages then store each event alone
(`store_event`): for an asset event, its row (statement built for its values), its indexed tags,
and an insert of the asset's row in `asset_keys` that fails on the unique key and becomes an
update carrying the event again (~1.3 ms of CPU each, 2 per raw file in a fresh run: ~8 s at
3,100 files). Here a batch's rows go in through one prepared statement, its tags in one
statement, and each asset's row is written once per kind of event, by the last one: every
column of that row is written by each event of a kind or by none, so its final value is the
last writer's either way (the rows are created in the order their assets first appear, so
they keep their ids). Asset-check events are stored as `store_event` stores them. The tables
end up as `store_event` leaves them (tests/pipeline/test_instance.py replays a run's events
both ways and compares every row).
"""

from __future__ import annotations

from collections.abc import Sequence

from dagster._core.definitions.events import AssetKey
from dagster._core.events import ASSET_CHECK_EVENTS, DagsterEventType
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.schema import SqlEventLogStorageTable
from dagster._core.storage.event_log.sql_event_log import SqlEventLogStorage
from sqlalchemy.engine import Connection

INSERT_EVENT = SqlEventLogStorageTable.insert()
# The asset events Dagster sends in batches. Each writes its asset's row in `asset_keys` (the
# last run id and time; a materialization also itself), whatever the event's values.
BATCHED = frozenset({DagsterEventType.ASSET_MATERIALIZATION,
                     DagsterEventType.ASSET_MATERIALIZATION_PLANNED})


def is_batched_asset_event(event: EventLogEntry) -> bool:
    """A materialization or planned materialization naming its asset."""
    return bool(event.is_dagster_event and event.dagster_event_type in BATCHED
                and event.get_dagster_event().asset_key)


def is_check_event(event: EventLogEntry) -> bool:
    """An event `store_event` also records in `asset_check_executions`."""
    return bool(event.is_dagster_event and event.dagster_event_type in ASSET_CHECK_EVENTS)


def can_batch(events: Sequence[EventLogEntry]) -> bool:
    """Whether `insert_batch` (then the check events one by one) stores what `store_event`
    would; any other event (a log line, a failure) is left to `store_event`."""
    return all(is_batched_asset_event(e) or is_check_event(e) for e in events)


def insert_batch(storage: SqlEventLogStorage, conn: Connection,
                 events: Sequence[EventLogEntry]) -> list[int]:
    """Insert the events' rows in order and index their asset events; return their ids.
    Check events are only inserted: the caller records them in `asset_check_executions`."""
    ids = [conn.execute(INSERT_EVENT, storage._event_to_row(e)).inserted_primary_key[0]
           for e in events]
    assets = [(n, e, i) for n, (e, i) in enumerate(zip(events, ids, strict=True))
              if is_batched_asset_event(e)]
    if not assets:
        return ids
    storage._store_asset_event_tags(conn, [e for _, e, _ in assets], [i for _, _, i in assets])
    first: dict[AssetKey, int] = {}  # an asset's row is created by its first event
    last: dict[tuple[AssetKey, str], tuple[int, EventLogEntry, int]] = {}
    for n, e, i in assets:
        key = e.get_dagster_event().asset_key
        first.setdefault(key, n)
        last[key, e.get_dagster_event().event_type_value] = (n, e, i)
    for _, e, i in sorted(last.values(),
                          key=lambda nei: (first[nei[1].get_dagster_event().asset_key], nei[0])):
        storage._store_asset_event(conn, e, i)
    return ids
