"""Dagster assets of the ingest stage: the raw folder into `raw_articles`, then `articles`."""

import dagster as dg

from assets.ingest.load import build_articles, ingest_raw_dir
from assets.metadata import table_metadata
from assets.resources import WAREHOUSE_POOL, WarehouseResource
from assets.schema import ARTICLES
from assets.warehouse import table_counts


@dg.asset(
    group_name="ingest",
    kinds={"duckdb", "python"},
    pool=WAREHOUSE_POOL,
    owners=["team:data-engineering"],
    description="Every article read from the raw folder (JSONL, front-matter Markdown/text, "
    "HTML), with its source file, line and the sha256 of its raw bytes. Unreadable files and "
    "lines go to the `quarantine` table with their reason.",
)
def raw_articles(context: dg.AssetExecutionContext, warehouse: WarehouseResource
                 ) -> dg.MaterializeResult:
    with warehouse.connect() as con:
        s = ingest_raw_dir(con, warehouse.raw_path, run_id=context.run_id,
                           progress=context.log.info)
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
    return dg.MaterializeResult(metadata={
        **md,
        "raw_dir": dg.MetadataValue.path(str(warehouse.raw_path)),
        "files_seen": s.files_seen,
        "files_new": dg.MetadataValue.json(s.files_new),
        "files_changed": dg.MetadataValue.json(s.files_changed),
        "files_removed": dg.MetadataValue.json(s.files_removed),
        "articles_read_this_run": s.articles_read,
        "quarantined_total": int(quarantined),
        "quarantine_reasons": dg.MetadataValue.json(reasons),
    })


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
