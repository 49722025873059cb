"""Incremental stages give what a full rebuild gives: `articles` (only changed winners are
cleaned again) and validation (only new or changed rows go through the row-level GE suites; the
key checks run again only when the key breaks or the columns or suite changed, the row count
only when it or its parameter changed; `valid_*` tables are updated in place)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from assets.ingest.load import build_articles, ingest_raw_dir
from assets.schema import PUBLISHED_TABLES
from assets.validate import apply, rows
from assets.validate.run import run_validate
from assets.validate.suites import SuiteRunner
from assets.warehouse import Home, connect, session, validation_docs_dir
from benchmarks.generate import generate
from tests.conftest import run_to_merge

pytestmark = pytest.mark.slow
TABLES = ("incidents", "mentions", "articles", "claims")


def _articles(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT * FROM articles ORDER BY article_id").fetchall()


def _validation(con: duckdb.DuckDBPyConnection) -> dict:
    out = {"results": con.execute("SELECT * FROM validation_results ORDER BY ALL").fetchall(),
           "quarantine": con.execute("SELECT * FROM row_quarantine ORDER BY ALL").fetchall()}
    for t in PUBLISHED_TABLES:  # in key order, as every reader reads them (publish, previews)
        out[t.name] = con.execute(
            f"SELECT * FROM valid_{t.name} ORDER BY {t.primary_key}").fetchall()
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
        run_to_merge(con, raw, home.root)
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


def _table_runs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(table, level) of every GE checkpoint run from now on."""
    runs: list[tuple[str, str]] = []
    original = SuiteRunner.run

    def run(self, table, level, frame, primary_key):
        runs.append((table, level))
        return original(self, table, level, frame, primary_key)

    monkeypatch.setattr(SuiteRunner, "run", run)
    return runs


def _validated_warehouse(tmp_path: Path, seed: int) -> tuple[Home, duckdb.DuckDBPyConnection]:
    raw = tmp_path / "raw"
    generate(raw, 120, seed=seed)
    home = Home.at(tmp_path / "home")
    con = connect(home)
    run_to_merge(con, raw, home.root)
    run_validate(con, home)
    return home, con


def _full(con: duckdb.DuckDBPyConnection, home: Home) -> dict:
    """What validating everything from scratch gives (every verdict forgotten)."""
    for t in PUBLISHED_TABLES:
        rows.save(con, t, [], None)
    run_validate(con, home)
    return _validation(con)


def test_whole_table_verdicts_are_kept_only_while_keys_are_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, con = _validated_warehouse(tmp_path, seed=11)
    try:
        before = _validation(con)
        docs = validation_docs_dir(home) / "index.html"
        assert docs.is_file()
        runs = _table_runs(monkeypatch)
        # Nothing changed: every verdict is kept, GE does not run, the Data Docs stay.
        run_validate(con, home)
        assert runs == []
        assert _validation(con) == before
        assert docs.is_file()
        # A value changes, no key does: the row is judged again, the whole-table checks are not.
        con.execute("UPDATE incidents SET kind = 'bogus' WHERE incident_id = "
                    "(SELECT min(incident_id) FROM incidents)")
        run_validate(con, home)
        assert runs == [("incidents", "row")]
        changed = _validation(con)
        assert changed == _full(con, home)
        # A key goes: that table's row count is judged again (and only that table's); its key
        # is still sound, so the key and column checks keep their verdicts.
        runs.clear()
        con.execute("DELETE FROM claims WHERE claim_id = (SELECT min(claim_id) FROM claims)")
        run_validate(con, home)
        assert runs == [("claims", "count")]
        assert _validation(con) == _full(con, home)
        # Another collapse threshold (the latest release's counts) judges the row count of the
        # table whose threshold moved again, and nothing else.
        runs.clear()
        monkeypatch.setattr("assets.validate.run.latest_release_counts",
                            lambda _home: {"claims": 10 ** 6})
        run_validate(con, home)
        assert runs == [("claims", "count")]
        failed = {r[2] for r in con.execute("SELECT * FROM validation_results").fetchall()
                  if not r[5]}
        assert "claims_row_count_not_collapsed" in failed
    finally:
        con.close()


def test_a_duplicated_key_is_judged_again_and_blocks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, con = _validated_warehouse(tmp_path, seed=13)
    try:
        runs = _table_runs(monkeypatch)
        con.execute("INSERT INTO articles SELECT * FROM articles "
                    "WHERE article_id = (SELECT min(article_id) FROM articles)")
        report = run_validate(con, home)
        assert ("articles", "table") in runs
        assert "articles_article_id_unique" in {o.check for o in report.blocking_failures}
        # The broken key is not remembered: the next validation judges the table again.
        runs.clear()
        run_validate(con, home)
        assert ("articles", "table") in runs
        # Fixed: judged again, passes, and is kept from then on.
        con.execute("DELETE FROM articles WHERE rowid = (SELECT max(rowid) FROM articles)")
        runs.clear()
        assert not run_validate(con, home).blocking_failures
        assert ("articles", "table") in runs
        runs.clear()
        run_validate(con, home)
        assert runs == []
    finally:
        con.close()


def test_valid_tables_are_written_only_where_their_rows_or_quarantine_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, con = _validated_warehouse(tmp_path, seed=17)
    try:
        written: dict[str, str] = {}
        original = apply.write_valid

        def spy(con_, t, st):
            written[t.name] = original(con_, t, st)
            return written[t.name]

        monkeypatch.setattr(apply, "write_valid", spy)
        before = _validation(con)
        run_validate(con, home)
        assert written == dict.fromkeys(TABLES, "kept")
        assert _validation(con) == before
        # A mention starts failing: its claims are quarantined by the cascade, though no claim
        # row changed, so valid_claims is written too (in place: those rows only).
        mention = con.execute("SELECT min(mention_id) FROM claims").fetchone()[0]
        con.execute("UPDATE curated_mentions SET confidence = 7 WHERE mention_id = ?", [mention])
        run_validate(con, home)
        assert {t for t, how in written.items() if how != "kept"} == {"mentions", "claims"}
        assert written["claims"] == "in place"
        failing = _validation(con)
        assert failing == _full(con, home)
        assert not con.execute("SELECT count(*) FROM valid_claims WHERE mention_id = ?",
                               [mention]).fetchone()[0]
        # Fixed: the quarantine empties and both tables come back whole.
        con.execute("UPDATE curated_mentions SET confidence = 0.5 WHERE mention_id = ?",
                    [mention])
        run_validate(con, home)
        assert _validation(con) == _full(con, home)
        assert con.execute("SELECT count(*) FROM valid_claims WHERE mention_id = ?",
                           [mention]).fetchone()[0]
    finally:
        con.close()
