"""The run's throwaway instance records what Dagster's own ephemeral instance records."""

from __future__ import annotations

import dagster as dg
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from dagster._core.storage.event_log.in_memory import InMemoryEventLogStorage
from dagster._core.storage.runs.in_memory import InMemoryRunStorage
from dagster._core.storage.sql import get_alembic_config

from pipelines.instance import (
    SCHEMA_HEAD,
    HeldConnectionEventLogStorage,
    StampedRunStorage,
    ephemeral_instance,
)

CHECKS = 12
RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
keys = dg.StaticPartitionsDefinition(["a", "b"])


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
