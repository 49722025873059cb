"""The run's throwaway instance records what Dagster's own ephemeral instance records."""

from __future__ import annotations

import dagster as dg

from pipelines.instance import HeldConnectionEventLogStorage, ephemeral_instance

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
    events, checks, read_back = _run(light)
    assert (events, checks, read_back) == _run(dg.DagsterInstance.ephemeral())
    assert events.count("ASSET_CHECK_EVALUATION") == CHECKS
    assert [passed for _, passed in checks].count(False) == 3
    assert read_back == {"rows": 3, "runs": 3, "partitions": ["a", "b"]}
