"""Validation hands GE every table's whole-table frames before it runs its SQL checks, and the
row frames after them, so that in the run's side process GE judges while the parent queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from assets.curate.store import run_curate
from assets.extract.batches import extract_pending
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.merge.run import run_merge
from assets.schema import PUBLISHED_TABLES
from assets.validate import apply
from assets.validate.run import run_validate
from assets.validate.suites import SuiteRunner
from assets.warehouse import Home, session
from benchmarks.generate import generate

pytestmark = pytest.mark.slow


def test_whole_table_frames_go_first_then_sql_checks_then_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path / "raw", 40, seed=5)
    home = Home.at(tmp_path / "home")
    order: list[tuple[str, str]] = []
    judge, check = SuiteRunner.run, apply.run_sql_check

    def run(self, table, level, frame, primary_key):
        order.append((level, table))
        return judge(self, table, level, frame, primary_key)

    monkeypatch.setattr(SuiteRunner, "run", run)
    monkeypatch.setattr(apply, "run_sql_check",
                        lambda con, c: order.append(("sql", c.check)) or check(con, c))
    with session(home) as con:
        ingest_raw_dir(con, tmp_path / "raw")
        build_articles(con)
        extract_pending(con, workers=1)
        run_curate(con, home.root)
        run_merge(con)
        report = run_validate(con, home)

    levels = [level for level, _ in order]
    first_sql, last_sql = levels.index("sql"), len(levels) - levels[::-1].index("sql") - 1
    tables = [t.name for t in PUBLISHED_TABLES]
    assert [t for level, t in order[:first_sql] if level == "table"] == tables
    assert [t for level, t in order[:first_sql] if level == "count"] == tables
    assert set(levels[first_sql:last_sql + 1]) == {"sql"}
    assert [t for level, t in order[last_sql + 1:] if level == "row"] == tables
    assert set(levels[last_sql + 1:]) == {"row"}
    assert report.rows_checked["articles"] == 40 and not report.blocking_failures
