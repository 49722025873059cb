"""Dagster asset of the curate stage: `curated_mentions`, the mentions with corrections applied.

Two checks: `corrections_valid` (blocking, ERROR) fails when an entry of HOME/corrections/*.yaml
conflicts with the schema or an added row's evidence does not slice its article, so nothing
downstream runs and no release is published; `corrections_not_orphaned` (WARN) lists the
corrections whose target no longer exists.
"""

import dagster as dg

from assets.curate.store import CURATED_TABLE, run_curate
from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import MENTIONS

CHECK_VALID = "corrections_valid"
CHECK_ORPHANS = "corrections_not_orphaned"
LISTED = 50  # entries shown in the UI metadata; `strikes corrections` lists them all


@dg.asset(
    name=CURATED_TABLE,
    deps=[dg.AssetKey("mentions"), dg.AssetKey("articles")],
    group_name="curate",
    kinds={"duckdb", "python"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    description="The extracted mentions with the curators' corrections in HOME/corrections/ "
    "applied (set a field, reject a row, add a row with its evidence span); every touched row "
    "names its corrections in corrected_by. Incident corrections are applied after the merge.",
    check_specs=[
        dg.AssetCheckSpec(CHECK_VALID, asset=CURATED_TABLE, blocking=True,
                          description="Every corrections entry fits the schema (known action "
                          "and fields, typed values, reason, curator and date) and every added "
                          "row's evidence slices its article: a failure blocks the release."),
        dg.AssetCheckSpec(CHECK_ORPHANS, asset=CURATED_TABLE, blocking=False,
                          description="Every correction's target still exists (warning: an "
                          "orphaned correction is not applied, the release goes on)."),
    ],
)
def curated_mentions(context: dg.AssetExecutionContext, warehouse: WarehouseResource
                     ) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        result = run_curate(con, warehouse.home_dir.root)
        md = table_metadata(
            con, CURATED_TABLE, MENTIONS,
            preview_columns=["mention_id", "article_id", "kind", "location", "killed",
                             "injured", "corrected_by"],
            order_by="corrected_by NULLS LAST, mention_id")
    applied = result.by_status("applied") + result.by_status("pending")
    orphans = result.by_status("orphan")
    problems = [str(p) for p in result.problems]
    for p in problems:
        context.log.error(f"invalid correction: {p}")
    for o in orphans:
        context.log.warning(f"orphaned correction {o.correction.name}: {o.detail}")
    context.log.info(f"curate: {len(applied)} corrections applied or pending, {len(orphans)} "
                     f"orphaned, {len(problems)} problems")
    md.update({
        "corrections_applied": len(applied),
        "corrections_orphaned": len(orphans),
        "corrections_invalid": len(problems),
        "rows_changed": dg.MetadataValue.json([
            {"correction": o.correction.name, "target": o.correction.target,
             "action": o.correction.action, "did": o.detail, "mention_ids": o.rows}
            for o in applied[:LISTED]]),
    })
    checks = [
        dg.AssetCheckResult(
            check_name=CHECK_VALID, passed=not problems, severity=dg.AssetCheckSeverity.ERROR,
            description="; ".join(problems) or None,
            metadata={"invalid_entries": len(problems),
                      "problems": dg.MetadataValue.json(problems[:LISTED])}),
        dg.AssetCheckResult(
            check_name=CHECK_ORPHANS, passed=not orphans, severity=dg.AssetCheckSeverity.WARN,
            metadata={"orphaned": len(orphans), "corrections": dg.MetadataValue.json(
                [{"correction": o.correction.name, "file": o.correction.file,
                  "entry": o.correction.entry, "target": o.correction.target,
                  "why": o.detail} for o in orphans[:LISTED]])}),
    ]
    return dg.MaterializeResult(metadata=md, check_results=checks)
