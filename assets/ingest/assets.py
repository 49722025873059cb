"""Dagster assets of the ingest stage: the raw folder into `raw_articles`, then `articles`.

`raw_articles` has one dynamic partition per raw file (`raw_files`); the raw-folder sensor adds
them. A run may cover many partitions at once (single-run backfill policy), so the whole
folder can be ingested in one step, as `strikes run` does.
"""

import warnings

import dagster as dg

from assets.ingest.load import IngestSummary, build_articles, ingest_raw_dir, raw_files_by_key
from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import ARTICLES
from assets.warehouse import table_counts

RAW_FILES = dg.DynamicPartitionsDefinition(name="raw_files")
# Files named per list in the metadata. A run over a range of partitions records one
# materialization per partition: up to LISTED partitions each carries the run's whole metadata;
# beyond that only the last one does (each event stays in the run's memory until it ends).
LISTED = 50

with warnings.catch_warnings():
    # backfill_policy is marked beta; without it each partition would need its own run.
    warnings.simplefilter("ignore", dg.BetaWarning)

    @dg.asset(
        group_name="ingest",
        kinds={"duckdb", "python"},
        pool=WAREHOUSE_POOL,
        owners=["team:data-engineering"],
        partitions_def=RAW_FILES,
        backfill_policy=dg.BackfillPolicy.single_run(),
        description="Every article read from the raw folder (JSONL, front-matter "
        "Markdown/text, HTML), with its source file, line and the sha256 of its raw bytes; one "
        "partition per raw file. An unchanged file is skipped, a file that left the folder is "
        "forgotten. Unreadable files and lines go to the `quarantine` table with their reason.",
    )
    def raw_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource
                     ) -> dg.MaterializeResult:
        return _ingest(context, warehouse)


def _ingest(context: dg.AssetExecutionContext, warehouse: WarehouseResource
            ) -> dg.MaterializeResult:
    by_key = raw_files_by_key(warehouse.raw_path) if warehouse.raw_path.is_dir() else {}
    keys = context.partition_keys
    gone = [k for k in keys if k not in by_key]
    if gone:
        context.log.warning(f"{len(gone)} partitions have no file in the raw folder any more "
                            f"(their rows are forgotten): {gone[:5]}")
    with warehouse.connect() as con:
        s = ingest_raw_dir(con, warehouse.raw_path, run_id=context.run.run_id,
                           only=[by_key[k] for k in keys if k in by_key],
                           progress=context.log.info, **warehouse.reader_limits)
        reasons = dict(con.execute(
            "SELECT reason, count(*) FROM quarantine WHERE stage = 'ingest' "
            "GROUP BY reason ORDER BY reason").fetchall())
        quarantined = con.execute(
            "SELECT count(*) FROM quarantine WHERE stage = 'ingest'").fetchone()[0]
        md = table_metadata(con, "raw_articles", preview_columns=[
            "article_id", "source_path", "source_line", "format", "published_at", "title"],
            order_by="seq", count_by=("format",))
    if quarantined:
        context.log.warning(f"{quarantined} raw items quarantined: {reasons}")
    context.log.info(f"ingest: {s.files_seen} files ({len(s.files_new)} new, "
                     f"{len(s.files_changed)} changed, {len(s.files_removed)} removed), "
                     f"{s.articles_read} articles read")
    summary = {"partitions_this_run": len(keys), "files_seen": s.files_seen,
               "articles_read_this_run": s.articles_read, "quarantined_total": int(quarantined),
               **{f"{name}_count": len(files) for name, files in _lists(s)}}
    run_wide = {**md, "raw_dir": dg.MetadataValue.path(str(warehouse.raw_path)),
                **{name: dg.MetadataValue.json(files[:LISTED]) for name, files in _lists(s)},
                "quarantine_reasons": dg.MetadataValue.json(reasons)}
    if len(keys) <= LISTED:
        return dg.MaterializeResult(metadata={**run_wide, **summary})
    # Dagster records one materialization per partition, each holding its metadata in the
    # run's events: the preview and file lists are recorded once, on the run's last partition.
    # (One call: each `add_asset_metadata` with a partition key costs time in proportion to
    # the run's partitions, so a call per partition grows with their square.)
    context.add_asset_metadata(run_wide, partition_key=keys[-1])
    context.log.info(f"ingest: the table preview and file lists are on partition {keys[-1]}")
    return dg.MaterializeResult(metadata=summary)


def _lists(s: IngestSummary) -> tuple[tuple[str, list[str]], ...]:
    """New, changed and removed files of one pass, by metadata name."""
    return (("files_new", s.files_new), ("files_changed", s.files_changed),
            ("files_removed", s.files_removed))


@dg.asset(
    deps=[raw_articles],
    group_name="ingest",
    kinds={"duckdb", "python"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    description="One row per article id with clean text (the newest arrival of a revised "
    "article wins). The published `articles` table carries its metadata, not its text.",
)
def articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource
             ) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        n = build_articles(con, progress=context.log.debug)
        md = table_metadata(con, "articles", ARTICLES, count_by=("outlet",))
        md["rows by language"] = dg.MetadataValue.json(table_counts(con, "articles", "language"))
    context.log.info(f"articles: {n} clean articles")
    return dg.MaterializeResult(metadata=md)
