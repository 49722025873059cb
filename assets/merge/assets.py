"""Dagster asset of the merge stage: `incidents`, mentions merged on their natural key."""

import dagster as dg

from assets.merge.merge import build_incidents
from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import INCIDENTS


@dg.asset(
    deps=[dg.AssetKey("mentions")],
    group_name="merge",
    kinds={"duckdb", "sql"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    description="One row per incident: mentions merged on kind, country, admin1, location, "
    "event date and attacker; figures from the latest report that gives them.",
)
def incidents(context: dg.AssetExecutionContext, warehouse: WarehouseResource
              ) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        n = build_incidents(con)
        md = table_metadata(
            con, "incidents", INCIDENTS,
            preview_columns=["event_date", "kind", "admin1", "location", "attacker", "weapon",
                             "killed", "injured", "launched", "intercepted", "n_articles"],
            order_by="event_date, incident_id",
            count_by=("kind", "country", "attacker", "weapon"))
    context.log.info(f"merge: {n} incidents")
    return dg.MaterializeResult(metadata=md)
