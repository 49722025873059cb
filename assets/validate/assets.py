"""Dagster asset of the validate stage: the rows a release may publish, with every check."""

import dagster as dg

from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import PUBLISHED_TABLES
from assets.validate.apply import wait_for_docs
from assets.validate.checks import check_result, check_specs, valid_key
from assets.validate.run import run_validate
from assets.warehouse import validation_docs_dir

# The asset that writes each table, where it is not the table's namesake: the merge stage's
# `incidents` asset also writes `claims`.
WRITTEN_BY = {"claims": "incidents"}


@dg.multi_asset(
    name="validated",
    specs=[
        dg.AssetSpec(
            valid_key(t.name),
            deps=[dg.AssetKey(WRITTEN_BY.get(t.name, t.name))],
            group_name="validate",
            kinds={"duckdb", "python"},
            owners=["team:data-engineering"],
            description=f"The {t.name} rows that passed validation: rows failing a row-level "
            "expectation are moved to `row_quarantine` with the expectation they broke.",
        )
        for t in PUBLISHED_TABLES
    ],
    check_specs=check_specs(),
    pool=WAREHOUSE_POOL,
)
def validated(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    with warehouse.connect() as con:
        # The Data Docs may still be rendering in the run's side process: they are waited for
        # after the results are reported (publish ships them), not before the commit.
        report = run_validate(con, warehouse.home_dir, progress=context.log.info,
                              wait_docs=False)
        for t in PUBLISHED_TABLES:
            md = table_metadata(con, f"valid_{t.name}", t)
            reasons = dict(con.execute(
                "SELECT expectation, count(*) FROM row_quarantine WHERE table_name = ? "
                "GROUP BY expectation ORDER BY expectation", [t.name]).fetchall())
            md["rows_quarantined"] = report.rows_quarantined[t.name]
            md["quarantine_reasons"] = dg.MetadataValue.json(reasons)
            yield dg.MaterializeResult(asset_key=valid_key(t.name), metadata=md)
        for o in report.outcomes:
            yield check_result(con, o)
        wait_for_docs(con, report)
    failed = [o.check for o in report.blocking_failures]
    if failed:
        context.log.error(f"blocking checks failed, no release will be published: {failed}")
    docs = validation_docs_dir(warehouse.home_dir) / "index.html"
    context.log.info(f"validate: Data Docs in {docs}")
    context.log.info(f"validate: {sum(report.rows_quarantined.values())} rows quarantined, "
                     f"{len(failed)} blocking failures")
