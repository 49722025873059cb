"""Ingest on worker processes writes exactly the rows, in the same stored order, as one process:
raw rows, raw files, quarantine (unreadable files included) and clean articles; a small pass
never starts a pool."""

from __future__ import annotations

import errno
from pathlib import Path

import duckdb
import pytest

from assets import ordered_pool
from assets.ids import file_sha256
from assets.ingest import articles, clean_batches, file_scans
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.warehouse import Home, session
from benchmarks.generate import generate

TABLES = ("raw_articles", "raw_files", "quarantine", "articles")
SKIP = {"raw_files": "run_id", "quarantine": "quarantined_at"}  # differ between any two runs


def _stored(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    out = {}
    for t in TABLES:
        cols = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [t]).fetchall() if r[0] != SKIP.get(t)]
        out[t] = con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()  # stored order
    return out


def _ingest(home: Path, raw: Path) -> dict[str, list[tuple]]:
    with session(Home.at(home)) as con:
        ingest_raw_dir(con, raw)
        build_articles(con)
        return _stored(con)


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    generate(folder, 90, seed=4)
    (folder / "feeds" / "broken.jsonl").write_text(
        '{"id": "x-1", "text": "no date"}\nnot json\n', encoding="utf-8")
    (folder / "notes" / "binary.md").write_bytes(b"---\x00\x01")
    (folder / "pages" / "empty.html").write_text("<html><body></body></html>",
                                                 encoding="utf-8")
    (folder / "notes" / "locked.md").write_text("---\npublished_at: 2025-01-02\n---\nText.\n",
                                                encoding="utf-8")
    return folder


def _refuse_locked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse to read notes/locked.md (tests run as root: a refusal is simulated)."""
    def sha(path: Path) -> str:
        if Path(path).name == "locked.md":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return file_sha256(path)
    monkeypatch.setattr(file_scans, "file_sha256", sha)


def test_ingest_on_workers_equals_one_process(raw: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _refuse_locked(monkeypatch)  # forked workers inherit the refusal
    monkeypatch.setenv("STRIKES_WORKERS", "1")
    single = _ingest(tmp_path / "one", raw)
    monkeypatch.setenv("STRIKES_WORKERS", "2")
    monkeypatch.setattr(file_scans, "GROUP_FILES", 3)  # many tasks, out-of-step workers
    monkeypatch.setattr(articles, "FETCH_ROWS", 7)
    monkeypatch.setattr(articles, "COMMIT_ROWS", 20)
    pools: list[int] = []
    real = ordered_pool.ProcessPoolExecutor

    def pool(workers: int, **kwargs):
        pools.append(workers)
        return real(workers, **kwargs)
    monkeypatch.setattr(ordered_pool, "ProcessPoolExecutor", pool)
    parallel = _ingest(tmp_path / "two", raw)
    assert pools == [2, 2]  # one pool for the files, one for the cleaning
    assert len(single["raw_articles"]) == 90 and len(single["articles"]) == 90
    reasons = sorted(r[4] for r in single["quarantine"])
    assert reasons == ["bad JSON: Expecting value (column 1)",
                       "binary content (contains NUL bytes), not a text file",
                       "cannot read file: Permission denied",
                       "missing published_at", "no main text found in HTML"]
    assert parallel == single


def test_small_pass_stays_in_process(raw: Path, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STRIKES_WORKERS", raising=False)

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small pass")
    monkeypatch.setattr(ordered_pool, "ProcessPoolExecutor", no_pool)
    with session(Home.at(tmp_path / "home")) as con:
        summary = ingest_raw_dir(con, raw)  # 11 files, a few milliseconds each
        assert build_articles(con) == 91  # locked.md is readable here
    assert summary.files_seen == 11 and summary.articles_read == 91


def test_probe_hands_a_large_rest_to_the_pool(raw: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    monkeypatch.delenv("STRIKES_WORKERS", raising=False)
    monkeypatch.setattr(file_scans, "PROBE_S", 0.0)  # one file probed ...
    monkeypatch.setattr(file_scans, "PARALLEL_MIN_S", 0.0)  # ... and the rest is "large"
    monkeypatch.setattr(file_scans, "GROUP_FILES", 2)
    seen: list[int] = []
    real = file_scans.ordered_map

    def spy(fn, tasks, workers):
        seen.append(workers)
        return real(fn, tasks, workers)
    monkeypatch.setattr(file_scans, "ordered_map", spy)
    rels = sorted(p.relative_to(raw).as_posix() for p in raw.rglob("*.*"))
    tasks = [file_scans.ScanTask(rel, None, raw, "now", ()) for rel in rels]
    got = list(file_scans.scans(tasks))
    assert [s.rel for s in got] == rels
    assert seen == [ordered_pool.cores()]
    assert got[1:] == [file_scans.scan_file(t) for t in tasks[1:]]


def test_estimate_left_takes_the_slower_of_files_and_bytes() -> None:
    # probe: one 2.5 MB feed in 40 ms; left: 600 pages of 1.5 kB
    assert file_scans.estimate_left(0.04, 1, 2_500_000, 600, 900_000) == pytest.approx(24.0)
    # probe: 10 pages of 1.5 kB in 10 ms; left: 4 feeds of 2.5 MB
    assert file_scans.estimate_left(0.01, 10, 15_000, 4, 10_000_000) == pytest.approx(6.667,
                                                                                     rel=1e-3)


def test_clean_batch_gives_insert_ready_columns() -> None:
    row = ("a-1", "f.jsonl", 3, "jsonl", "ab" * 32, None, "Outlet", "Title",
           "2025-05-25T00:30:00+03:00", "en", "One.\r\n\r\n\r\nTwo.  \n")
    few = clean_batches.clean_batch([row])
    assert isinstance(few, dict) and few["text"] == ["One.\n\nTwo."]
    assert str(few["published_date"][0]) == "2025-05-25"
    many = clean_batches.clean_batch([row] * 5)  # past FEW_ROWS: an Arrow table
    assert many.num_rows == 5 and many.column("text").to_pylist() == ["One.\n\nTwo."] * 5
    assert many.column_names == clean_batches.ARTICLE_COLUMNS
