"""The deployment configs load: instance, multiprocess run config, executor switch, staging."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import dagster as dg
import pyarrow as pa
import pytest
import yaml

from deploy import definitions
from deploy.staging import read_staged, stage_part

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _yaml(name: str) -> dict:
    return yaml.safe_load((DEPLOY / name).read_text(encoding="utf-8"))


def test_deploy_instance_yaml_loads_as_dagster_instance(tmp_path: Path) -> None:
    shutil.copy(DEPLOY / "dagster.yaml", tmp_path / "dagster.yaml")
    instance = dg.DagsterInstance.from_config(str(tmp_path))
    try:
        assert type(instance.run_coordinator).__name__ == "QueuedRunCoordinator"
        concurrency = instance.get_concurrency_config()
        assert concurrency.pool_config.default_pool_limit == 1
        assert concurrency.run_queue_config.max_concurrent_runs == 1
    finally:
        instance.dispose()


def test_deploy_multiprocess_run_config_validates_against_release_job() -> None:
    job = definitions.defs.resolve_job_def("release_job")
    assert job.executor_def.name == "multiprocess"
    result = dg.validate_run_config(job, _yaml("multiprocess.yaml"))
    assert result["execution"]["multiprocess"]["max_concurrent"] == 2


def test_deploy_k8s_run_config_rest_validates_and_executor_block_is_complete() -> None:
    cfg = _yaml("k8s/run_config.yaml")
    execution = cfg.pop("execution")["config"]
    assert {"job_namespace", "max_concurrent", "step_k8s_config"} <= set(execution)
    assert any(v.startswith("STRIKES_STAGING_URL=") for v in execution["env_vars"])
    # Without dagster-k8s the executor block cannot be checked here; the rest of it can.
    dg.validate_run_config(definitions.defs.resolve_job_def("release_job"), cfg)
    instance = _yaml("k8s/dagster.yaml")
    assert instance["run_launcher"]["class"] == "K8sRunLauncher"


@pytest.mark.parametrize("name,module", [("k8s", "dagster_k8s"), ("celery", "dagster_celery")])
def test_deploy_executor_switch_names_missing_package(name: str, module: str) -> None:
    if importlib.util.find_spec(module) is not None:
        assert definitions.executor_from_env(name) is not None
        return
    with pytest.raises(definitions.ExecutorUnavailableError, match=module.replace("_", "-")):
        definitions.executor_from_env(name)


def test_deploy_executor_switch_rejects_unknown_name() -> None:
    with pytest.raises(definitions.ExecutorUnavailableError, match="unknown executor"):
        definitions.executor_from_env("threads")
    assert definitions.executor_from_env("in_process").name == "in_process"


def test_deploy_staging_reads_parts_in_name_order() -> None:
    url = "memory://strikes-test-staging/mentions/"
    assert read_staged(url) is None
    stage_part(url, "part-0002", pa.table({"article_id": ["c"], "n": [3]}))
    stage_part(url, "part-0001", pa.table({"article_id": ["a", "b"], "n": [1, 2]}))
    got = read_staged(url)
    assert got.to_pydict() == {"article_id": ["a", "b", "c"], "n": [1, 2, 3]}
    assert _yaml("k8s/staging.yaml")["staging_url"].startswith("s3://")


def test_deploy_location_has_the_base_assets_and_jobs() -> None:
    from pipelines.definitions import defs as base

    keys = {k for a in base.assets for k in a.keys}
    assert {k for a in definitions.defs.assets for k in a.keys} == keys
    assert [j.name for j in definitions.defs.jobs] == [j.name for j in base.jobs]
    assert definitions.defs.executor.name == "multiprocess"
