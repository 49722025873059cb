"""Dagster asset of the publish stage: `release`, a versioned folder under HOME/releases."""

import dagster as dg

from assets.publish.provenance import collect_provenance, ship_validation_docs
from assets.publish.release import publish_release
from assets.publish.root import refresh as refresh_root
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import PUBLISHED_TABLES
from assets.validate.apply import validation_summary


class ReleaseConfig(dg.Config):
    """Launchpad options of a release: force a version bump, and say why."""

    bump: str | None = None  # major | minor | patch; default: decided from the data
    note: str | None = None
    version: str | None = None  # exact version; only `strikes verify` sets it, to rebuild one


@dg.asset(
    deps=[dg.AssetKey(f"valid_{t.name}") for t in PUBLISHED_TABLES],
    group_name="publish",
    kinds={"parquet", "csv", "python"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    description="A versioned, checksummed release (Parquet + CSV + datapackage.json + "
    "SHA256SUMS + changelog + charts) under HOME/releases, published only when the validated "
    "data changed and no blocking check failed. Published folders are never rewritten.",
)
def release(context: dg.AssetExecutionContext, config: ReleaseConfig,
            warehouse: WarehouseResource) -> dg.MaterializeResult:
    home = warehouse.home_dir
    with warehouse.connect() as con:
        summary = validation_summary(con)
        if not summary["passed"]:
            failed = [c["check"] for c in summary["checks"]
                      if not c["success"] and c["level"] == "table"]
            raise dg.Failure(description=f"release blocked by failed checks: {failed}",
                             metadata={"failed_checks": dg.MetadataValue.json(failed)})
        invalid = [f"{f} entry {n}: {d}" for f, n, d in con.execute(
            "SELECT file, entry, detail FROM corrections WHERE status = 'invalid' "
            "ORDER BY file, entry").fetchall()]
        if invalid:  # the curate stage's log: fix HOME/corrections/ first (`strikes corrections`)
            raise dg.Failure(description="release blocked by invalid corrections: "
                             + "; ".join(invalid))
        tables = {t.name: con.cursor().sql(
            f"SELECT * FROM valid_{t.name} ORDER BY {t.primary_key}").to_arrow_table()
            for t in PUBLISHED_TABLES}
        provenance = collect_provenance(con, home, warehouse.raw_path)
    result = publish_release(tables, home.root, validation=summary, provenance=provenance,
                             bump=config.bump, note=config.note,
                             version=config.version)
    if result.published:
        context.log.info(f"release: published {result.version} ({result.bump}: {result.reason})")
        docs = ship_validation_docs(home, result.version)
        if docs is not None:
            refresh_root(home.root)  # the index page links the report
            context.log.info(f"release: validation report (GE Data Docs) in {docs}")
    else:
        context.log.info(f"release: {result.reason}; nothing written")
    md = {
        "published": result.published,
        "version": result.version or "",
        "reason": result.reason,
        "rows": dg.MetadataValue.json({n: t.num_rows for n, t in tables.items()}),
        "rows_quarantined": dg.MetadataValue.json(summary["rows_quarantined"]),
    }
    if result.path is not None:
        md["release_dir"] = dg.MetadataValue.path(str(result.path))
        md["datapackage"] = dg.MetadataValue.path(str(result.path / "datapackage.json"))
    return dg.MaterializeResult(metadata=md)
