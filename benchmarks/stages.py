"""The timed steps of the benchmark: each pipeline stage by its plain function, and whole runs.

Each stage is timed by the one plain function its Dagster asset calls (`ingest_raw_dir` and
`build_articles`, `extract_pending`, `run_curate`, `run_merge`, `run_validate`, `run_publish`),
so the per-stage numbers add up to the pipeline's work without Dagster's overhead;
`pipeline_run` then times the real thing (`strikes run` = materialize_pipeline).
"""

from __future__ import annotations

from pathlib import Path

from assets.curate.store import run_curate
from assets.extract.batches import extract_pending
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.merge.run import run_merge
from assets.publish.run import run_publish
from assets.validate.run import run_validate
from assets.warehouse import Home, session
from benchmarks.measure import Measure, measure
from pipelines.runner import materialize_pipeline

MB = 1e6


def raw_bytes(raw: Path) -> int:
    return sum(p.stat().st_size for p in raw.rglob("*") if p.is_file())


def stage_by_stage(home: Home, raw: Path, workers: int | None = None) -> list[Measure]:
    """Run ingest, extract, curate, merge, validate and publish into a fresh HOME, timing each
    by the one function its Dagster asset calls."""
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
        with measure("curate") as m:
            run_curate(con, home.root)
            m.articles, m.mb = n_articles, text_mb
        out.append(m)
        with measure("merge") as m:
            m.extra = {"incidents": str(run_merge(con).summary)}
            m.articles, m.mb = n_articles, text_mb
        out.append(m)
        with measure("validate") as m:
            r = run_validate(con, home)
            m.articles, m.mb = n_articles, text_mb
            m.extra = {"rows_checked": r.rows_checked, "blocking": len(r.blocking_failures)}
        out.append(m)
        with measure("publish") as m:
            res = run_publish(con, home, raw).result
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
