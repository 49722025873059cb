"""The timed steps of the benchmark: each pipeline stage by its plain function, and whole runs.

The stage functions are the ones the Dagster assets call, in the same order and with the same
arguments, so the per-stage numbers add up to the pipeline's work without Dagster's overhead;
`pipeline_run` then times the real thing (`strikes run` = materialize_pipeline).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from assets.extract.batches import extract_pending
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.merge.merge import build_incidents
from assets.publish.provenance import collect_provenance
from assets.publish.release import publish_release
from assets.schema import PUBLISHED_TABLES
from assets.validate.apply import validate_warehouse, validation_summary
from assets.warehouse import Home, latest_release_counts, session, validation_docs_dir
from benchmarks.measure import Measure, measure
from pipelines.runner import materialize_pipeline

MB = 1e6
# The curate stage (corrections between extract and merge) is timed when the code base has it.
HAS_CURATE = importlib.util.find_spec("assets.curate") is not None


def raw_bytes(raw: Path) -> int:
    return sum(p.stat().st_size for p in raw.rglob("*") if p.is_file())


def stage_by_stage(home: Home, raw: Path, workers: int | None = None) -> list[Measure]:
    """Run ingest, extract, merge, validate and publish into a fresh HOME, timing each."""
    out = []
    with session(home) as con:
        with measure("ingest") as m:
            s = ingest_raw_dir(con, raw)
            m.articles = build_articles(con)
            m.mb = raw_bytes(raw) / MB
            m.extra = {"files": s.files_seen, "quarantined": s.quarantined}
        out.append(m)
        text_mb = con.execute("SELECT coalesce(sum(strlen(text)), 0) FROM articles"
                              ).fetchone()[0] / MB
        with measure("extract") as m:
            e = extract_pending(con, workers=workers)
            m.articles, m.mb = e.articles_extracted, text_mb
            m.extra = {"mentions": e.mentions_written, "workers": e.workers}
        out.append(m)
        n_articles = m.articles
        if HAS_CURATE:
            from assets.curate.store import read_curation, save_curation

            with measure("curate") as m:
                save_curation(con, read_curation(con, home.root))
                m.articles, m.mb = n_articles, text_mb
            out.append(m)
        with measure("merge") as m:
            m.extra = {"incidents": str(build_incidents(con))}
            if HAS_CURATE:
                from assets.curate.incidents import curate_incidents

                curate_incidents(con)
            m.articles, m.mb = n_articles, text_mb
        out.append(m)
        with measure("validate") as m:
            r = validate_warehouse(con, previous_counts=latest_release_counts(home),
                                   docs_dir=validation_docs_dir(home))
            m.articles, m.mb = n_articles, text_mb
            m.extra = {"rows_checked": r.rows_checked, "blocking": len(r.blocking_failures)}
        out.append(m)
        with measure("publish") as m:
            summary = validation_summary(con)
            tables = {t.name: con.cursor().sql(
                f"SELECT * FROM valid_{t.name} ORDER BY {t.primary_key}").to_arrow_table()
                for t in PUBLISHED_TABLES}
            prov = collect_provenance(con, home, raw)
            res = publish_release(tables, home.root, validation=summary, provenance=prov)
            m.articles, m.mb = n_articles, text_mb
            m.extra = {"version": res.version, "published": res.published}
        out.append(m)
    return out


def pipeline_run(name: str, home: Home, raw: Path, *, articles: int, mb: float,
                 selection: str = "*") -> Measure:
    """Time one `strikes run` (selection '*') or `strikes release` (selection 'release')."""
    with measure(name) as m:
        outcome = materialize_pipeline(home, raw, selection=selection, log_level="WARNING")
        m.articles, m.mb = articles, mb
        m.extra = {"success": outcome.success, "errors": outcome.errors[:3],
                   "version": outcome.release.get("version"),
                   "published": outcome.release.get("published")}
    return m
