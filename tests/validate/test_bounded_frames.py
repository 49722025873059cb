"""Validation in bounded frames gives what validating whole frames gives.

The row-level expectations run on batches of rows and the whole-table ones on the key's witness
rows and a row-count frame (assets/validate/keys.py). Here batches of 25 rows and witness frames
of 12 rows are compared with one frame per table and with GE judging the whole key column, on a
warehouse whose failures (out-of-range values, bad enums, nulls, repeated and null keys) fall
across many batch boundaries.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from assets.schema import PUBLISHED_TABLES, TABLES_BY_NAME, source_relation
from assets.validate import rows
from assets.validate.apply import Bounds, _columns, min_rows_from
from assets.validate.checks import check_result
from assets.validate.run import run_validate
from assets.validate.suites import ExpectationSpec, SuiteRunner, checkpoint_of, expectation_specs
from assets.warehouse import Home, connect, latest_release_counts
from benchmarks.generate import generate
from tests.conftest import run_to_merge

pytestmark = pytest.mark.slow
SMALL = Bounds(batch_rows=25, witness_rows=12)
WHOLE = Bounds(batch_rows=10 ** 7, witness_rows=10 ** 7)


def _break(con: duckdb.DuckDBPyConnection) -> None:
    """Failures spread over the tables (about one row in five), eight repeated incident keys
    (16 witness rows: more than the witness frame holds) and a null mention key."""
    con.execute("UPDATE incidents SET latitude = 200 WHERE hash(incident_id) % 5 = 0")
    con.execute("UPDATE incidents SET kind = 'bogus' WHERE hash(incident_id) % 7 = 1")
    con.execute("UPDATE curated_mentions SET confidence = 7 WHERE hash(mention_id) % 4 = 2")
    con.execute("UPDATE articles SET sha256 = NULL WHERE hash(article_id) % 6 = 3")
    con.execute("UPDATE claims SET value = -1 WHERE hash(claim_id) % 5 = 4")
    con.execute("INSERT INTO incidents SELECT * FROM incidents WHERE incident_id IN "
                "(SELECT incident_id FROM incidents ORDER BY incident_id LIMIT 8)")
    con.execute("INSERT INTO curated_mentions SELECT * REPLACE (NULL AS mention_id) "
                "FROM curated_mentions WHERE mention_id = (SELECT min(mention_id) "
                "FROM curated_mentions)")


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> tuple[Home, duckdb.DuckDBPyConnection]:
    tmp = tmp_path_factory.mktemp("bounded")
    generate(tmp / "raw", 120, seed=23)
    home = Home.at(tmp / "home")
    con = connect(home)
    run_to_merge(con, tmp / "raw", home.root)
    _break(con)
    yield home, con
    con.close()


def _forget(con: duckdb.DuckDBPyConnection) -> None:
    for t in PUBLISHED_TABLES:
        rows.save(con, t, [], None)


def _state(con: duckdb.DuckDBPyConnection) -> dict:
    out = {name: con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
           for name in ("validation_results", "row_quarantine", "row_failures")}
    for t in PUBLISHED_TABLES:
        out[t.name] = con.execute(f"SELECT * FROM valid_{t.name} ORDER BY ALL").fetchall()
    return out


def _frames_seen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, int, int]]:
    """(table, checkpoint, rows, columns) of every frame GE is given from now on."""
    seen: list[tuple[str, str, int, int]] = []
    original = SuiteRunner.run

    def run(self, table, level, frame, primary_key):
        seen.append((table, level, len(frame), len(frame.columns)))
        return original(self, table, level, frame, primary_key)

    monkeypatch.setattr(SuiteRunner, "run", run)
    return seen


def _whole_key_frame(con: duckdb.DuckDBPyConnection, table: str) -> pd.DataFrame:
    """The whole table as its whole-table expectations were judged before: every row, every
    column, only the primary key filled."""
    t = TABLES_BY_NAME[table]
    cols = ", ".join(f'"{c}"' if c == t.primary_key else f'NULL AS "{c}"'
                     for c in _columns(con, t))
    return con.execute(f"SELECT {cols} FROM {source_relation(table)} "
                       f"ORDER BY {t.primary_key}").df()


def test_small_frames_give_what_whole_frames_give(
        broken: tuple[Home, duckdb.DuckDBPyConnection],
        monkeypatch: pytest.MonkeyPatch) -> None:
    home, con = broken
    _forget(con)
    whole = run_validate(con, home, bounds=WHOLE)
    whole_state = _state(con)
    whole_checks = [(r.check_name, r.passed, r.metadata) for r in
                    (check_result(con, o) for o in whole.outcomes)]
    _forget(con)
    seen = _frames_seen(monkeypatch)
    small = run_validate(con, home, bounds=SMALL)
    small_checks = [(r.check_name, r.passed, r.metadata) for r in
                    (check_result(con, o) for o in small.outcomes)]

    # Every frame was bounded, and the failures did cross batch boundaries.
    assert max(n for _, level, n, _ in seen if level == "row") == 25
    assert sum(1 for _, level, _, _ in seen if level == "row") > 20
    assert max(n for _, level, n, _ in seen if level == "table") == 12
    assert all(ncols == 0 for _, level, _, ncols in seen if level == "count")

    # The same verdicts, counts, quarantine, valid_* rows and asset-check results.
    assert _state(con) == whole_state
    assert small_checks == whole_checks
    assert small.rows_quarantined == whole.rows_quarantined
    by_check = {o.check: o for o in whole.outcomes}
    for o in small.outcomes:
        w = by_check[o.check]
        assert (o.success, o.unexpected_count, o.detail) == (w.success, w.unexpected_count,
                                                             w.detail), o.check
        if o.check == "incidents_incident_id_unique":  # GE saw 12 of the 16 witness rows
            assert o.failing_ids == w.failing_ids[:6]
        else:
            assert o.failing_ids == w.failing_ids, o.check

    # Real values: what was broken is what was found.
    bad_lat = [r[0] for r in con.execute(
        "SELECT DISTINCT incident_id FROM incidents WHERE latitude NOT BETWEEN -90 AND 90 "
        "ORDER BY 1").fetchall()]
    n_bad_lat = con.execute("SELECT count(*) FROM incidents "
                            "WHERE latitude NOT BETWEEN -90 AND 90").fetchone()[0]
    lat = by_check["incidents_latitude_in_range"]
    assert len(bad_lat) > 10 and (lat.unexpected_count, lat.failing_ids) == (n_bad_lat, bad_lat)
    repeated = [r[0] for r in con.execute(
        "SELECT incident_id FROM incidents GROUP BY 1 HAVING count(*) > 1 ORDER BY 1").fetchall()]
    unique = by_check["incidents_incident_id_unique"]
    assert (unique.success, unique.unexpected_count, unique.failing_ids) == (False, 16, repeated)
    null_key = by_check["mentions_mention_id_not_null"]
    assert (null_key.success, null_key.unexpected_count) == (False, 1)
    confidence = {o.check: o for o in small.outcomes}["mentions_confidence_in_range"]
    assert confidence.unexpected_count == con.execute(
        "SELECT count(*) FROM curated_mentions WHERE confidence = 7").fetchone()[0] > 10
    quarantined = {r[0] for r in con.execute(
        "SELECT row_id FROM row_quarantine WHERE table_name = 'claims' "
        "AND expectation = 'claims_value_in_range'").fetchall()}
    assert quarantined == {r[0] for r in con.execute(
        f"SELECT claim_id FROM {source_relation('claims')} WHERE value < 0").fetchall()}


def test_whole_table_checks_equal_ge_on_the_whole_key_column(
        broken: tuple[Home, duckdb.DuckDBPyConnection]) -> None:
    home, con = broken
    _forget(con)
    report = run_validate(con, home, bounds=Bounds(witness_rows=10 ** 7))
    got = {(o.check): (o.success, o.unexpected_count, o.failing_ids, o.detail)
           for o in report.outcomes if o.level == "table" and o.expectation != "sql"}
    runner = SuiteRunner(min_rows_from(latest_release_counts(home)))
    want = {}
    for t in PUBLISHED_TABLES:
        frame = _whole_key_frame(con, t.name)
        for level in ("table", "count"):
            for o in runner.run(t.name, level, frame, t.primary_key):
                want[o.spec.check] = (o.success, o.unexpected_count, o.failing_ids, o.observed)
    assert got == want
    assert not got["incidents_incident_id_unique"][0]
    assert got["claims_row_count_not_collapsed"][3] == str(
        con.execute(f"SELECT count(*) FROM {source_relation('claims')}").fetchone()[0])


def test_appended_new_keys_rejudge_only_the_row_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(tmp_path / "raw", 60, seed=29)
    home = Home.at(tmp_path / "home")
    con = connect(home)
    try:
        run_to_merge(con, tmp_path / "raw", home.root)
        run_validate(con, home)
        seen = _frames_seen(monkeypatch)
        con.execute("INSERT INTO articles SELECT * REPLACE ('zz-new-' || article_id AS "
                    "article_id) FROM articles ORDER BY article_id LIMIT 9")
        run_validate(con, home, bounds=Bounds(batch_rows=7))
        assert [(t, level) for t, level, _, _ in seen] == [
            ("articles", "count"), ("articles", "row"), ("articles", "row")]
        seen.clear()
        con.execute("INSERT INTO articles SELECT * FROM articles "
                    "WHERE article_id = 'zz-new-' || (SELECT min(article_id) FROM articles)")
        report = run_validate(con, home, bounds=SMALL)
        assert ("articles", "table") in [(t, level) for t, level, _, _ in seen]
        assert "articles_article_id_unique" in {o.check for o in report.blocking_failures}
    finally:
        con.close()


def test_batched_recuts_a_stream_into_exact_frames() -> None:
    chunks = [pd.DataFrame({"k": range(a, b)}) for a, b in ((0, 5), (5, 6), (6, 20), (20, 23))]
    out = list(rows.batched(iter([*chunks, pd.DataFrame({"k": []})]), 4))
    assert [len(f) for f in out] == [4, 4, 4, 4, 4, 3]
    assert [k for f in out for k in f["k"]] == list(range(23))
    assert [len(f) for f in rows.batched(iter(chunks), 23)] == [23]


def test_ge_lets_go_of_each_frame(broken: tuple[Home, duckdb.DuckDBPyConnection]) -> None:
    _, con = broken
    runner = SuiteRunner(min_rows_from({}))
    t = TABLES_BY_NAME["articles"]
    cols = ", ".join(f'"{c}"' for c in _columns(con, t))
    frame = con.execute(f"SELECT {cols} FROM articles LIMIT 5").df()
    ref = weakref.ref(frame)
    runner.run("articles", "row", frame, t.primary_key)
    del frame
    gc.collect()
    assert ref() is None


def test_a_whole_table_expectation_bounded_frames_cannot_judge_is_refused() -> None:
    spec = ExpectationSpec("articles", "articles_title_unique", "expect_column_values_to_be_unique",
                           "critical", "table", "", {"column": "title"})
    with pytest.raises(ValueError, match="articles_title_unique"):
        checkpoint_of(spec, "article_id")
    mostly = ExpectationSpec("articles", "x", "expect_column_values_to_not_be_null", "critical",
                             "table", "", {"column": "article_id", "mostly": 0.9})
    with pytest.raises(ValueError):
        checkpoint_of(mostly, "article_id")
    for t in PUBLISHED_TABLES:  # the suites' own whole-table expectations are all judged
        assert {checkpoint_of(s, t.primary_key) for s in expectation_specs(t.name)
                if s.blocking} == {"table", "count"}
