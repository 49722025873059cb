"""How and when the pipeline runs: jobs, the daily schedule and the raw-folder sensor.

The sensor owns ingestion: each new or changed raw file becomes a `raw_files` partition and
`ingest_job` reads it and extracts its new articles. The daily schedule owns releases:
`refresh_job` rebuilds everything downstream of the raw partitions and publishes when checks
pass and the data changed.
"""

import json

import dagster as dg

from assets.ingest.assets import RAW_FILES
from assets.resources import WarehouseResource
from pipelines.partitions import GONE, content_key, run_for, scan_raw_folder

ingest_job = dg.define_asset_job(
    "ingest_job",
    selection=dg.AssetSelection.groups("ingest", "extract"),
    description="Ingest the selected raw files (partitions of `raw_articles`) and extract "
    "mentions from their new or changed articles only.",
)

refresh_job = dg.define_asset_job(
    "refresh_job",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets("raw_articles"),
    description="Rebuild everything downstream of the raw partitions from what was ingested "
    "(articles, mentions, curators' corrections, incidents and claims, validation), and publish "
    "a release when no blocking check failed and the data changed.",
)

release_job = dg.define_asset_job(
    "release_job",
    selection=dg.AssetSelection.groups("validate", "publish"),
    description="Validate and publish. Set `bump` (major|minor|patch) and `note` in the "
    "Launchpad to override the version decided from the data.",
)

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=refresh_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Every morning: refresh from what the sensor ingested and publish if checks "
    "pass and the data changed.",
)


@dg.sensor(job=ingest_job, minimum_interval_seconds=60,
           description="Adds a `raw_files` partition for each new raw file and requests one "
           "ingest run for the files that are new, changed or gone. The cursor keeps each "
           "file's sha256; the run key names the files and their contents, so a file is "
           "requested once per content.")
def raw_folder_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    cursor = json.loads(context.cursor) if context.cursor else {}
    scan = scan_raw_folder(warehouse.raw_path, cursor)
    existing = context.instance.get_dynamic_partitions(RAW_FILES.name)
    known = set(existing)
    new = [k for k, sha in scan.changed.items() if k not in known and sha != GONE]
    targets = [k for k in scan.changed if k in known or k in new]
    next_cursor = json.dumps(scan.seen, sort_keys=True)
    if not targets:
        return dg.SensorResult(skip_reason=f"no new raw files ({len(scan.seen)} known)",
                               cursor=next_cursor)
    request = run_for(targets, [*existing, *new], content_key(scan.changed),
                      tags={"strikes/files": str(len(targets))})
    return dg.SensorResult(
        run_requests=[request],
        dynamic_partitions_requests=[RAW_FILES.build_add_request(new)] if new else [],
        cursor=next_cursor,
    )
