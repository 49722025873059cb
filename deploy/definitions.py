"""The code location of pipelines/definitions.py with the executor chosen by the deployment.

    STRIKES_EXECUTOR=multiprocess (default) | in_process | k8s | celery
    dg dev -m deploy.definitions      or      dagster job launch -m deploy.definitions ...

`k8s` needs the dagster-k8s package and `celery` needs dagster-celery in the image; neither is
a dependency of this repo (they are not installed here), so asking for one without it fails with
a one-line message instead of an ImportError deep inside Dagster.
"""

from __future__ import annotations

import importlib
import os

import dagster as dg

from pipelines.definitions import defs as base

EXECUTORS = {
    "multiprocess": ("dagster", "multiprocess_executor"),
    "in_process": ("dagster", "in_process_executor"),
    "k8s": ("dagster_k8s", "k8s_job_executor"),
    "celery": ("dagster_celery", "celery_executor"),
}


class ExecutorUnavailableError(RuntimeError):
    """The executor asked for is unknown or its package is not installed."""


def executor_from_env(name: str | None = None) -> dg.ExecutorDefinition:
    """The executor named by STRIKES_EXECUTOR (or `name`)."""
    name = (name or os.environ.get("STRIKES_EXECUTOR") or "multiprocess").strip().lower()
    if name not in EXECUTORS:
        raise ExecutorUnavailableError(f"unknown executor {name!r}: one of {sorted(EXECUTORS)}")
    module, attr = EXECUTORS[name]
    try:
        return getattr(importlib.import_module(module), attr)
    except ImportError as exc:
        raise ExecutorUnavailableError(
            f"executor {name!r} needs the {module.replace('_', '-')} package: {exc}") from exc


# The base location runs in-process (one machine, one DuckDB writer); this one swaps the executor.
defs = dg.Definitions(
    assets=base.assets, asset_checks=base.asset_checks, jobs=base.jobs, schedules=base.schedules,
    sensors=base.sensors, resources=base.resources, loggers=base.loggers, metadata=base.metadata,
    executor=executor_from_env(),
)
