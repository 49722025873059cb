"""articles_published_date_not_null: an article whose publication day is missing is quarantined
(its row-level check fails, the release goes on without it); with every day there it passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assets.validate.run import run_validate
from assets.warehouse import Home, session
from tests.conftest import run_to_merge, write_corpus

pytestmark = pytest.mark.slow

CHECK = "articles_published_date_not_null"


def _outcome(report, check: str):
    return next(o for o in report.outcomes if o.check == check)


def test_published_date_check_quarantines_an_article_without_its_day(tmp_path: Path) -> None:
    raw = write_corpus(tmp_path / "raw", extras=False)
    home = Home.at(tmp_path / "home")
    with session(home) as con:
        run_to_merge(con, raw, home.root)
        first = run_validate(con, home)
        assert _outcome(first, CHECK).success
        assert con.execute("SELECT article_id, published_date FROM valid_articles "
                           "ORDER BY 1").fetchall() == [
            ("t-001", dt.date(2025, 3, 4)), ("t-002", dt.date(2025, 3, 5)),
            ("t-003", dt.date(2025, 3, 6))]
        con.execute("UPDATE articles SET published_date = NULL WHERE article_id = 't-003'")
        second = run_validate(con, home)
        outcome = _outcome(second, CHECK)
        assert (outcome.success, outcome.level, outcome.unexpected_count) == (False, "row", 1)
        assert not second.blocking_failures
        assert con.execute("SELECT row_id, expectation FROM row_quarantine "
                           "WHERE table_name = 'articles'").fetchall() == [("t-003", CHECK)]
        assert [r[0] for r in con.execute(
            "SELECT article_id FROM valid_articles ORDER BY 1").fetchall()] == ["t-001", "t-002"]
