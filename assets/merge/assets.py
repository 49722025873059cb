"""Dagster asset of the merge stage: `incidents`, mentions from many articles merged."""

import dagster as dg

from assets.merge.merge import MERGE_SOURCE
from assets.merge.run import run_merge
from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import INCIDENTS


@dg.asset(
    deps=[dg.AssetKey(MERGE_SOURCE)],
    group_name="merge",
    kinds={"duckdb", "sql", "python"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    description="One row per incident: mentions from one or more articles merged when they "
    "report the same kind, country and attacker, a compatible place and date and compatible "
    "weapons (conservative, independent of input order); killed/injured are the best estimate "
    "with the low/high range of the claims; impacts link to their night's wave. Also writes "
    "`incident_members` (mention -> incident) and `claims` (every figure side by side).",
)
def incidents(context: dg.AssetExecutionContext, warehouse: WarehouseResource
              ) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        # Curation's post-merge step (incident:<id> corrections, incidents.corrected_by) too.
        run = run_merge(con)
        s, curated = run.summary, run.curated
        md = table_metadata(
            con, "incidents", INCIDENTS,
            preview_columns=["event_date", "kind", "admin1", "location", "attacker", "weapon",
                             "killed_low", "killed", "killed_high", "injured", "n_articles"],
            order_by="event_date, incident_id",
            count_by=("kind", "country", "attacker", "weapon"))
    context.log.info(f"merge: {s.mentions} mentions -> {s.incidents} incidents "
                     f"({s.merges} merges, {s.near_misses} near-misses), {s.claims} claims")
    context.log.info(f"curate: {curated}")
    return dg.MaterializeResult(metadata={
        **md, "claims": s.claims, "merges": s.merges, "near_misses": s.near_misses,
        "incident_corrections": dg.MetadataValue.json(curated)})
