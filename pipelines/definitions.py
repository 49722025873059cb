"""The code location that `dg dev` serves: every stage's assets, the resources and automation."""

from __future__ import annotations

import dagster as dg

from assets.curate import assets as curate_assets
from assets.extract import assets as extract_assets
from assets.ingest import assets as ingest_assets
from assets.merge import assets as merge_assets
from assets.publish import assets as publish_assets
from assets.validate import assets as validate_assets
from pipelines.automation import (
    daily_refresh,
    ingest_job,
    raw_folder_sensor,
    refresh_job,
    release_job,
)
from pipelines.resources import warehouse_from_env

STAGES = (ingest_assets, extract_assets, curate_assets, merge_assets, validate_assets,
          publish_assets)

ALL_ASSETS = dg.load_assets_from_modules(list(STAGES))

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[ingest_job, refresh_job, release_job],
    schedules=[daily_refresh],
    sensors=[raw_folder_sensor],
    resources={"warehouse": warehouse_from_env()},
    # Every step writes the one DuckDB file, so the pool runs them one at a time anyway; in one
    # process a run skips a Python start-up per step (the pool still queues parallel runs).
    executor=dg.in_process_executor,
)
