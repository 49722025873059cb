"""Parallel extraction writes exactly the rows, in the same order, as the single-process run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assets.extract import batches, results
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.warehouse import Home, session
from benchmarks.generate import generate


def _extract(con, workers: int) -> tuple[list, list]:
    con.execute("DELETE FROM mentions")
    con.execute("DELETE FROM extractions")
    s = batches.extract_pending(con, workers=workers)
    assert s.workers == workers and s.articles_extracted == 120
    # No ORDER BY: the insertion order itself must match.
    return (con.execute("SELECT * FROM mentions").fetchall(),
            con.execute("SELECT * FROM extractions").fetchall())


def test_extract_pending_parallel_equals_single_process(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "CHUNK", 7)  # many small chunks, out-of-step workers
    monkeypatch.setattr(batches, "READ_BATCH", 30)
    monkeypatch.setattr(results, "WRITE_ARTICLES", 20)  # a statement every three chunks
    generate(tmp_path / "raw", 120, seed=11)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        single = _extract(con, 1)
        parallel = _extract(con, 2)
    assert len(single[0]) > 60
    assert parallel == single


def test_extract_pending_second_pass_does_nothing(tmp_path: Path) -> None:
    generate(tmp_path / "raw", 40, seed=5)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        first = batches.extract_pending(con)
        again = batches.extract_pending(con)
        n = con.execute("SELECT count(*) FROM extractions").fetchone()[0]
    assert (first.articles_extracted, again.articles_extracted, n) == (40, 0, 40)


def test_worker_count_env_override_capped_by_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STRIKES_WORKERS", "3")
    assert batches.worker_count(100_000) == 3
    assert batches.worker_count(batches.CHUNK) == 1  # never more workers than chunks


def test_extract_pending_small_backlog_stays_in_process(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STRIKES_WORKERS", raising=False)
    monkeypatch.setattr(batches, "CHUNK", 10)
    generate(tmp_path / "raw", 30, seed=5)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        s = batches.extract_pending(con)  # 20 articles left: far less than PARALLEL_MIN_S
        assert (s.workers, s.articles_extracted) == (1, 30)
        monkeypatch.setattr(batches, "PARALLEL_MIN_S", 0.0)  # any work left deserves a pool
        con.execute("DELETE FROM extractions")
        s = batches.extract_pending(con)
        assert (s.workers, s.articles_extracted) == (min(2, os.cpu_count() or 1), 30)


def test_chunk_size_cuts_a_small_backlog_for_the_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batches, "CHUNK", 250)
    assert batches.chunk_size(1000, 2) == 125  # four chunks per worker
    assert batches.chunk_size(100_000, 2) == 250  # a large backlog keeps CHUNK
    assert batches.chunk_size(60, 2) == batches.MIN_CHUNK
    assert batches.chunk_size(1000, 1) == 250  # one process: no reason to cut


def test_probe_then_pool_writes_the_single_process_rows(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The probed articles, the rest of their chunk and the later chunks, written in order."""
    monkeypatch.delenv("STRIKES_WORKERS", raising=False)
    monkeypatch.setattr(batches, "CHUNK", 16)
    monkeypatch.setattr(batches, "MIN_CHUNK", 4)
    monkeypatch.setattr(batches, "PROBE_ARTICLES", 5)  # the first chunk is split by the probe
    generate(tmp_path / "raw", 120, seed=11)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        single = _extract(con, 1)
        monkeypatch.setattr(batches, "PARALLEL_MIN_S", 0.0)
        con.execute("DELETE FROM mentions")
        con.execute("DELETE FROM extractions")
        s = batches.extract_pending(con)
        assert (s.workers, s.articles_extracted) == (min(2, os.cpu_count() or 1), 120)
        probed = (con.execute("SELECT * FROM mentions").fetchall(),
                  con.execute("SELECT * FROM extractions").fetchall())
    assert probed == single


def test_an_increment_of_1000_articles_gets_a_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """960 articles after the probe at ~1.9 ms each (extractor 1.29 on the 2-core machine) are
    worth a pool; a few dozen are not (forking the workers is not free)."""
    monkeypatch.delenv("STRIKES_WORKERS", raising=False)
    monkeypatch.setattr(batches.os, "sched_getaffinity", lambda pid: {0, 1})
    assert batches.workers_for(960 * 0.0019, 960) == 2
    assert batches.workers_for(60 * 0.0019, 60) == 1
    assert batches.workers_for(960 * 0.0019, batches.CHUNK) == 1  # one chunk: one process


def test_forked_workers_inherit_a_frozen_heap_and_the_run_gets_it_back() -> None:
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    assert gc.get_freeze_count() == 0
    fork = multiprocessing.get_context("fork")
    with batches.frozen_heap(True), ProcessPoolExecutor(1, mp_context=fork) as pool:
        in_worker = pool.submit(gc.get_freeze_count).result()
    assert in_worker > 1000 and gc.get_freeze_count() == 0
    with batches.frozen_heap(False), ProcessPoolExecutor(1, mp_context=fork) as pool:
        assert pool.submit(gc.get_freeze_count).result() == 0


def test_extract_pending_freezes_the_heap_only_for_a_pool(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[bool] = []
    real = batches.frozen_heap
    monkeypatch.setattr(batches, "frozen_heap", lambda freeze: asked.append(freeze) or real(freeze))
    generate(tmp_path / "raw", 120, seed=11)
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        _extract(con, 1)
        _extract(con, 2)
    assert asked == [False, True]


def test_results_are_written_a_few_chunks_a_statement(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """120 articles in chunks of 7: one INSERT per table for every 20 or more articles (and
    the rest), not one per chunk, and the rows and their order are those of one per chunk."""
    monkeypatch.setattr(batches, "CHUNK", 7)
    generate(tmp_path / "raw", 120, seed=11)
    inserts: list[tuple[str, int]] = []
    real = results.insert_rows
    monkeypatch.setattr(results, "insert_rows", lambda con, table, cols, rows: inserts.append(
        (table, len(rows))) or real(con, table, cols, rows))
    with session(Home.at(tmp_path / "home")) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        monkeypatch.setattr(results, "WRITE_ARTICLES", 1)  # every chunk written as it comes
        per_chunk = _extract(con, 1)
        inserts.clear()
        monkeypatch.setattr(results, "WRITE_ARTICLES", 20)
        assert _extract(con, 2) == per_chunk
    done = [n for table, n in inserts if table == "extractions"]
    assert done == [21] * 5 + [15] and len(inserts) == 12
