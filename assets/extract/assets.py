"""Dagster asset of the extract stage: `mentions`, one row per incident mention per article."""

import dagster as dg

from assets.extract.batches import extract_pending
from assets.extract.extractor import EXTRACTOR_VERSION
from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import MENTIONS


@dg.asset(
    deps=[dg.AssetKey("articles")],
    group_name="extract",
    kinds={"duckdb", "python"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    code_version=EXTRACTOR_VERSION,
    description="Incident mentions read from each article by the rule-based extractor, with "
    "the evidence sentence and its character offsets. Only new, revised or stale articles "
    "are (re)extracted.",
)
def mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource
             ) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        s = extract_pending(con, progress=context.log.info)
        md = table_metadata(
            con, "mentions", MENTIONS,
            preview_columns=["article_id", "kind", "event_date", "admin1", "location",
                             "attacker", "weapon", "killed", "injured", "evidence"],
            order_by="article_id, evidence_start",
            count_by=("kind", "country", "attacker", "weapon"))
    context.log.info(f"extract: {s.articles_extracted} of {s.articles_total} articles "
                     f"(re)extracted, {s.mentions_written} mentions written")
    return dg.MaterializeResult(metadata={
        **md,
        "extractor_version": EXTRACTOR_VERSION,
        "articles_extracted_this_run": s.articles_extracted,
        "articles_total": s.articles_total,
        "mentions_written_this_run": s.mentions_written,
    })
