"""The run's throwaway instance records what Dagster's own ephemeral instance records."""

from __future__ import annotations

import warnings

import dagster as dg
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from dagster._core.storage.event_log.in_memory import InMemoryEventLogStorage
from dagster._core.storage.runs.in_memory import InMemoryRunStorage
from dagster._core.storage.sql import get_alembic_config

from pipelines.event_batches import can_batch
from pipelines.instance import (
    SCHEMA_HEAD,
    HeldConnectionEventLogStorage,
    StampedRunStorage,
    ephemeral_instance,
)
from pipelines.partitions import range_tags

CHECKS = 12
RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
keys = dg.StaticPartitionsDefinition(["a", "b"])
files = dg.StaticPartitionsDefinition(["f1", "f2", "f3"])


@dg.asset(partitions_def=keys)
def source() -> None:
    return None


@dg.asset(deps=[source], check_specs=[dg.AssetCheckSpec(f"c{n}", asset="summary")
                                      for n in range(CHECKS)])
def summary():
    yield dg.MaterializeResult(metadata={"rows": 3})
    for n in range(CHECKS):
        yield dg.AssetCheckResult(check_name=f"c{n}", passed=n % 5 != 0, metadata={"n": n})


def _run(instance: dg.DagsterInstance) -> tuple[list, list, dict]:
    for key in ("a", "b"):
        assert dg.materialize([source], instance=instance, partition_key=key,
                              run_config=RUN_CONFIG).success
    result = dg.materialize([source, summary], instance=instance, selection=[summary],
                            run_config=RUN_CONFIG)
    assert result.success
    events = [e.dagster_event_type.value for e in instance.all_logs(result.run_id)
              if e.dagster_event_type is not None]
    checks = [(e.check_name, e.passed) for e in
              (ev.asset_check_evaluation_data for ev in result.all_events
               if ev.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION)]
    latest = instance.get_latest_materialization_event(dg.AssetKey("summary"))
    return events, checks, {"rows": latest.asset_materialization.metadata["rows"].value,
                            "runs": len(instance.get_runs()),
                            "partitions": sorted(instance.get_materialized_partitions(
                                dg.AssetKey("source")))}


def test_held_connection_instance_records_what_the_ephemeral_one_records() -> None:
    light = ephemeral_instance()
    assert isinstance(light.event_log_storage, HeldConnectionEventLogStorage)
    assert isinstance(light.run_storage, StampedRunStorage)
    events, checks, read_back = _run(light)
    assert (events, checks, read_back) == _run(dg.DagsterInstance.ephemeral())
    assert events.count("ASSET_CHECK_EVALUATION") == CHECKS
    assert [passed for _, passed in checks].count(False) == 3
    assert read_back == {"rows": 3, "runs": 3, "partitions": ["a", "b"]}


with warnings.catch_warnings():  # backfill_policy is beta, as in assets/ingest/assets.py
    warnings.simplefilter("ignore", dg.BetaWarning)

    @dg.asset(partitions_def=files, backfill_policy=dg.BackfillPolicy.single_run())
    def ranged(context) -> dg.MaterializeResult:  # (an annotation here would be a string)
        return dg.MaterializeResult(metadata={"partitions": len(context.partition_keys)})


def _range_run(instance: dg.DagsterInstance) -> tuple[list, list, list]:
    result = dg.materialize([ranged], instance=instance, tags=range_tags("f1", "f3"),
                            run_config=RUN_CONFIG)
    assert result.success
    logs = [e.dagster_event for e in instance.all_logs(result.run_id) if e.dagster_event]
    planned = [(e.asset_key.to_user_string(), e.partition,
                sorted(e.partitions_subset.get_partition_keys()) if e.partitions_subset else None)
               for e in logs if e.is_asset_materialization_planned]
    others = [e.event_type_value for e in logs if not e.is_asset_materialization_planned]
    done = [(e.partition, e.step_materialization_data.materialization.metadata["partitions"].value)
            for e in logs if e.is_step_materialization]
    return planned, others, done


def test_a_range_run_records_what_the_ephemeral_one_records() -> None:
    light, batches = ephemeral_instance(), []
    store = light.event_log_storage.store_event_batch
    light.event_log_storage.store_event_batch = lambda events: (batches.append(len(events)),
                                                                store(events))
    planned, others, done = _range_run(light)
    assert batches == [3, 3]  # the planned materializations, then the materializations
    their_planned, their_others, their_done = _range_run(dg.DagsterInstance.ephemeral())
    # (Dagster orders a range's partitions as a set: the same order in one process)
    assert (planned, others, done) == (their_planned, their_others, their_done)
    assert sorted(planned) == [("ranged", key, None) for key in ("f1", "f2", "f3")]
    assert sorted(done) == [("f1", 3), ("f2", 3), ("f3", 3)]


@dg.asset(deps=[ranged], check_specs=[dg.AssetCheckSpec(f"k{n}", asset="checked")
                                      for n in range(3)])
def checked():
    yield dg.MaterializeResult(metadata={"rows": 1})
    for n in range(3):
        yield dg.AssetCheckResult(check_name=f"k{n}", passed=n != 1)


def _tables(storage) -> dict[str, list[dict]]:
    rows = {}
    for table in ("event_logs", "asset_keys", "asset_event_tags", "asset_check_executions"):
        result = storage._held_conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY id"))
        # create_timestamp: when the row was written (SQL's CURRENT_TIMESTAMP)
        rows[table] = [{k: v for k, v in r.items() if k != "create_timestamp"}
                       for r in result.mappings()]
    return rows


def test_a_batch_is_stored_as_dagster_stores_its_events_one_by_one() -> None:
    instance = dg.DagsterInstance.ephemeral()
    result = dg.materialize([ranged, checked], instance=instance, run_config=RUN_CONFIG,
                            tags=range_tags("f1", "f3"))
    assert result.success
    logs = instance.all_logs(result.run_id)
    theirs, ours = InMemoryEventLogStorage(), HeldConnectionEventLogStorage()
    batches = []  # runs of events that can go together: planned, materialized, checks
    for event in logs:
        theirs.store_event(event)
        if batches and can_batch(batches[-1] + [event]):
            batches[-1].append(event)
        else:
            batches.append([event])
    for batch in batches:
        ours.store_event_batch(batch)
    # planned: 3 partitions of ranged, checked and its 3 checks; then ranged's 3 partitions
    assert [len(b) for b in batches if len(b) > 1] == [7, 3]
    assert _tables(ours) == _tables(theirs)
    tables = _tables(ours)
    assert sorted(r["partition"] or "" for r in tables["event_logs"]
                  if r["dagster_event_type"] == "ASSET_MATERIALIZATION") == ["", "f1", "f2", "f3"]
    assert [r["asset_key"] for r in tables["asset_keys"]] == ['["checked"]', '["ranged"]']
    assert len(tables["asset_check_executions"]) == 3


def test_asset_key_columns_are_those_dagster_reads_from_sqlite() -> None:
    ours, theirs = HeldConnectionEventLogStorage(), InMemoryEventLogStorage()
    with theirs.index_connection() as conn:
        for column in ("last_materialization_timestamp", "cached_status_data", "no_such"):
            assert (ours._has_asset_key_col_on_connection(ours._held_conn, column)
                    == theirs._has_asset_key_col_on_connection(conn, column)
                    == (column != "no_such"))


def _schema(storage) -> tuple[list, list]:
    conn = storage._held_conn
    return (conn.execute(sa.text("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                 "ORDER BY name")).fetchall(),
            conn.execute(sa.text("SELECT version_num FROM alembic_version")).fetchall())


def test_schema_head_is_the_head_alembic_stamps() -> None:
    import dagster._core.storage.event_log.in_memory as events
    import dagster._core.storage.runs.in_memory as runs
    for module in (events, runs):
        config = get_alembic_config(module.__file__, "sqlite/alembic/alembic.ini")
        assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_HEAD


def test_stamped_storages_hold_what_dagster_stamps() -> None:
    ours = (_schema(HeldConnectionEventLogStorage()), _schema(StampedRunStorage()))
    theirs = (_schema(InMemoryEventLogStorage()), _schema(InMemoryRunStorage()))
    assert ours == theirs
    events, runs = ours
    assert events[1] == runs[1] == [(SCHEMA_HEAD,)]
    assert {"event_logs", "asset_check_executions", "alembic_version"} <= {r[1] for r in events[0]}
    assert {"runs", "instance_info", "alembic_version"} <= {r[1] for r in runs[0]}
