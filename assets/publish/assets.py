"""Dagster asset of the publish stage: `release`, a versioned folder under HOME/releases."""

import dagster as dg

from assets.publish import writer_options
from assets.publish.run import ReleaseBlocked, run_publish
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import PUBLISHED_TABLES


class ReleaseConfig(dg.Config):
    """Launchpad options of a release: force a version bump, and say why."""

    bump: str | None = None  # major | minor | patch; default: decided from the data
    note: str | None = None
    version: str | None = None  # exact version; only `strikes verify` sets it, to rebuild one
    # the writer options (JSON) of the release rebuilt; only `strikes verify` sets it
    writer: str | None = None


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
        try:
            run = run_publish(con, home, warehouse.raw_path, bump=config.bump,
                              note=config.note, version=config.version,
                              options=writer_options.from_json(config.writer))
        except ReleaseBlocked as blocked:
            metadata = ({"failed_checks": dg.MetadataValue.json(blocked.failed_checks)}
                        if blocked.failed_checks else {})
            raise dg.Failure(description=str(blocked), metadata=metadata) from None
    result = run.result
    if result.published:
        context.log.info(f"release: published {result.version} ({result.bump}: {result.reason})")
        if run.docs is not None:
            context.log.info(f"release: validation report (GE Data Docs) in {run.docs}")
    else:
        context.log.info(f"release: {result.reason}; nothing written")
    md = {
        "published": result.published,
        "version": result.version or "",
        "reason": result.reason,
        "rows": dg.MetadataValue.json(run.rows),
        "rows_quarantined": dg.MetadataValue.json(run.rows_quarantined),
    }
    if result.path is not None:
        md["release_dir"] = dg.MetadataValue.path(str(result.path))
        md["datapackage"] = dg.MetadataValue.path(str(result.path / "datapackage.json"))
    return dg.MaterializeResult(metadata=md)
