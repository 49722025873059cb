"""`articles` and extraction commit a batch of rows at a time: the rows and their stored order
are those of one transaction, and a failure in a later batch keeps the batches before it, loses
nothing (raw rows, quarantine) and is finished by the next pass."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from assets.extract import batches
from assets.ingest import articles
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.warehouse import Home, session
from benchmarks.generate import generate
from tests.faults import Crash, FailingConnection


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM {table}").fetchall()  # stored order


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    generate(folder, 60, seed=3)
    with (folder / "feeds" / "broken.jsonl").open("w", encoding="utf-8") as f:
        f.write('{"id": "x-1", "text": "no date"}\nnot json\n')
    return folder


def test_build_articles_in_small_batches_equals_one_transaction(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with session(Home.at(tmp_path / "one")) as con:
        ingest_raw_dir(con, raw)
        whole = build_articles(con)
        expected = _rows(con, "articles")
    monkeypatch.setattr(articles, "COMMIT_ROWS", 7)
    monkeypatch.setattr(articles, "FETCH_ROWS", 3)
    with session(Home.at(tmp_path / "batched")) as con:
        ingest_raw_dir(con, raw)
        assert build_articles(con) == whole == 60
        assert _rows(con, "articles") == expected
        assert [r[0] for r in expected] == sorted(r[0] for r in expected)  # article-id order


def test_build_articles_failing_in_a_later_batch_keeps_earlier_ones_and_loses_nothing(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with session(Home.at(tmp_path / "ref")) as con:
        ingest_raw_dir(con, raw)
        build_articles(con)
        expected = _rows(con, "articles")
    monkeypatch.setattr(articles, "COMMIT_ROWS", 7)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, raw)
        raw_before = {t: _rows(con, t) for t in ("raw_articles", "raw_files", "quarantine")}
        assert len(raw_before["quarantine"]) == 2
        # COMMITs: the stale rows deleted, then batches of 7; the third batch fails.
        with pytest.raises(Crash):
            build_articles(FailingConnection(con, 4))
        assert _rows(con, "articles") == expected[:14]
        assert {t: _rows(con, t) for t in raw_before} == raw_before
        assert con.execute("SELECT count(*) FROM settings WHERE key = 'articles_clean'"
                           ).fetchone()[0] == 0
        assert build_articles(con) == 60  # the next pass cleans the rest
        assert _rows(con, "articles") == expected
        assert {t: _rows(con, t) for t in raw_before} == raw_before


def test_extract_failing_in_a_later_batch_is_finished_by_the_next_pass(
        raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "CHUNK", 3)
    monkeypatch.setattr(batches, "READ_BATCH", 6)
    with session(Home.at(tmp_path / "ref")) as con:
        ingest_raw_dir(con, raw)
        build_articles(con)
        batches.extract_pending(con, workers=1)
        expected = {t: _rows(con, t) for t in ("mentions", "extractions")}
    monkeypatch.setattr(batches, "COMMIT_ROWS", 10)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, raw)
        build_articles(con)
        with pytest.raises(Crash):  # COMMITs: stale rows deleted, then every 12 articles
            batches.extract_pending(FailingConnection(con, 3), workers=1)
        done = _rows(con, "extractions")
        assert len(done) == 12 and done == expected["extractions"][:12]
        again = batches.extract_pending(con, workers=1)
        assert (again.articles_extracted, again.articles_total) == (48, 60)
        assert {t: _rows(con, t) for t in expected} == expected
        assert not con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary"
                               ).fetchone()[0]  # the staged keys are dropped
