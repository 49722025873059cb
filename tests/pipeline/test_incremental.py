"""Incremental stages give what a full rebuild gives: `articles` (only changed winners are
cleaned again) and validation (only new or changed rows go through the row-level GE suites)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from assets.curate.store import run_curate
from assets.extract.batches import extract_pending
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.merge.run import run_merge
from assets.schema import PUBLISHED_TABLES
from assets.validate import rows
from assets.validate.run import run_validate
from assets.warehouse import Home, session
from benchmarks.generate import generate

pytestmark = pytest.mark.slow
TABLES = ("incidents", "mentions", "articles", "claims")


def _articles(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM articles ORDER BY article_id").fetchall()


def _validation(con: duckdb.DuckDBPyConnection) -> dict:
    out = {"results": con.execute("SELECT * FROM validation_results ORDER BY ALL").fetchall(),
           "quarantine": con.execute("SELECT * FROM row_quarantine ORDER BY ALL").fetchall()}
    for t in TABLES:
        out[t] = con.execute(f"SELECT * FROM valid_{t}").fetchall()  # insertion order too
    return out


def _revise(raw: Path) -> None:
    """A later drop revising two articles of the first feed, and one file removed."""
    feed = sorted((raw / "feeds").glob("*.jsonl"))[0]
    lines = [json.loads(x) for x in feed.read_text(encoding="utf-8").splitlines()[:2]]
    for obj in lines:
        obj["text"] += "\n\nUpdate: the figures were revised later."
    (raw / "feeds" / "zz-revisions.jsonl").write_text(
        "".join(json.dumps(o) + "\n" for o in lines), encoding="utf-8")
    next(iter(sorted((raw / "notes").glob("*.md")))).unlink()


def test_articles_incremental_equals_full_rebuild(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    generate(raw, 150, seed=5)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, raw)
        build_articles(con)
        _revise(raw)
        generate(raw, 40, seed=5, start=150)
        ingest_raw_dir(con, raw)
        n = build_articles(con)
        incremental = _articles(con)
        con.execute("DELETE FROM settings WHERE key = 'articles_clean'")  # forces a full rebuild
        assert build_articles(con) == n
        assert _articles(con) == incremental
    assert n == 150 + 40 - 1  # the revisions replace two articles, one note left


def _mutate(con: duckdb.DuckDBPyConnection) -> None:
    """Rows that break row-level expectations, a row fixed, a row removed."""
    con.execute("UPDATE incidents SET kind = 'bogus' WHERE incident_id IN "
                "(SELECT incident_id FROM incidents ORDER BY incident_id LIMIT 2)")
    con.execute("UPDATE articles SET published_at = NULL WHERE article_id IN "
                "(SELECT article_id FROM articles ORDER BY article_id DESC LIMIT 2)")
    con.execute("UPDATE curated_mentions SET confidence = 7 WHERE mention_id IN "
                "(SELECT mention_id FROM curated_mentions ORDER BY mention_id LIMIT 2)")
    con.execute("DELETE FROM claims WHERE claim_id IN "
                "(SELECT claim_id FROM claims ORDER BY claim_id LIMIT 3)")


def test_validation_of_changed_rows_equals_validating_everything(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    generate(raw, 150, seed=9)
    home = Home.at(tmp_path / "home")
    with session(home) as con:
        ingest_raw_dir(con, raw)
        build_articles(con)
        extract_pending(con, workers=1)
        run_curate(con, home.root)
        run_merge(con)
        run_validate(con, home)
        assert con.execute("SELECT count(*) FROM validated_rows").fetchone()[0] > 0
        for step in (_mutate, lambda c: c.execute(
                "UPDATE incidents SET kind = 'impact' WHERE kind = 'bogus'")):
            step(con)
            report = run_validate(con, home)
            incremental = _validation(con)
            assert report.rows_quarantined["incidents"] in (0, 2)
            for t in PUBLISHED_TABLES:  # forget every verdict: all rows through GE
                rows.save(con, t, [], None)
            run_validate(con, home)
            assert _validation(con) == incremental
        failed = {r[2] for r in incremental["results"] if not r[5]}
        assert "articles_published_at_not_null" in failed
        assert "mentions_confidence_in_range" in failed
