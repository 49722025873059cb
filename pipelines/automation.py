"""How and when the pipeline runs: jobs, the daily schedule and the raw-folder sensor."""

import hashlib
import json

import dagster as dg

from assets.ingest.readers import list_raw_files
from assets.resources import WarehouseResource

pipeline_job = dg.define_asset_job(
    "pipeline_job",
    selection=dg.AssetSelection.all(),
    description="Ingest, extract, merge, validate and publish a release when the data changed.",
)

release_job = dg.define_asset_job(
    "release_job",
    selection=dg.AssetSelection.groups("validate", "publish"),
    description="Validate and publish. Set `bump` (major|minor|patch) and `note` in the "
    "Launchpad to override the version decided from the data.",
)

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh",
    job=pipeline_job,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    description="Every morning: refresh from the raw folder and publish if checks pass and the "
    "data changed.",
)


def raw_fingerprint(warehouse: WarehouseResource) -> dict[str, str]:
    """path -> size:mtime of every readable raw file (cheap; content hashes come at ingest)."""
    root = warehouse.raw_path
    if not root.is_dir():
        return {}
    out = {}
    for p in list_raw_files(root):
        st = p.stat()
        out[p.relative_to(root).as_posix()] = f"{st.st_size}:{st.st_mtime_ns}"
    return out


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60,
           description="Starts a pipeline run when files are added to or changed in the raw "
           "folder; the cursor remembers what was seen, the run key makes each change run once.")
def raw_folder_sensor(context: dg.SensorEvaluationContext, warehouse: WarehouseResource):
    seen = json.loads(context.cursor) if context.cursor else {}
    now = raw_fingerprint(warehouse)
    changed = sorted(p for p, sig in now.items() if seen.get(p) != sig)
    if not changed:
        return dg.SkipReason(f"no new raw files ({len(now)} known)")
    key = hashlib.sha256(json.dumps({p: now[p] for p in changed}).encode()).hexdigest()[:16]
    context.update_cursor(json.dumps(now, sort_keys=True))
    return dg.RunRequest(run_key=f"raw-{key}", tags={"strikes/new_files": str(len(changed))})
