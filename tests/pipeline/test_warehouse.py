"""The warehouse: schema from the contract, and migration of an older warehouse."""

from __future__ import annotations

import duckdb

from assets.schema import INCIDENTS, MENTIONS
from assets.warehouse import Home, connect


def columns(con, table):
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
        "ORDER BY ordinal_position", [table]).fetchall()]


def test_warehouse_tables_follow_the_contract(tmp_path):
    con = connect(Home.at(tmp_path))
    assert columns(con, "mentions") == MENTIONS.column_names
    assert columns(con, "valid_incidents") == INCIDENTS.column_names
    assert columns(con, "articles")[-2:] == ["source_path", "text"]
    con.close()


def test_warehouse_migrates_an_older_mentions_table(tmp_path):
    home = Home.at(tmp_path)
    home.state.mkdir()
    old = duckdb.connect(str(home.warehouse))
    old.execute("CREATE TABLE mentions (mention_id VARCHAR, killed INTEGER)")
    old.execute("CREATE TABLE extractions (article_id VARCHAR, sha256 VARCHAR, "
                "extractor_version VARCHAR, n_mentions INTEGER)")
    old.execute("INSERT INTO extractions VALUES ('a1', 'x', '0.1', 3)")
    old.close()
    con = connect(home)
    assert columns(con, "mentions") == MENTIONS.column_names
    # The extraction log is forgotten, so every article is extracted again.
    assert con.execute("SELECT count(*) FROM extractions").fetchone()[0] == 0
    con.close()


def test_type_check_reports_a_retyped_column(tmp_path):
    from assets.validate.sql_checks import SQL_CHECKS, run_sql_check

    con = connect(Home.at(tmp_path))
    check = next(c for c in SQL_CHECKS if c.check == "incidents_column_types_match_schema")
    assert check.blocking
    assert run_sql_check(con, check) == []
    con.execute("ALTER TABLE incidents ALTER killed TYPE VARCHAR")
    con.execute("ALTER TABLE incidents DROP COLUMN wave_id")
    assert run_sql_check(con, check) == ["killed", "wave_id"]
    con.close()


def _catalog(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                       "WHERE table_schema = 'main' ORDER BY ALL").fetchall()


def test_a_current_schema_is_left_alone_and_a_drifted_one_is_mended(tmp_path, monkeypatch):
    import assets.warehouse as wh

    home = Home.at(tmp_path)
    con = connect(home)
    full = _catalog(con)
    assert wh._schema_current(con)
    con.close()
    calls = []
    monkeypatch.setattr(wh, "_migrate", lambda c: calls.append(c) or None)
    connect(home).close()  # nothing to do: no statement of ensure_schema runs
    assert calls == []
    monkeypatch.undo()
    for drift in ("DROP TABLE settings", "DROP TABLE valid_claims",
                  "ALTER TABLE raw_files DROP COLUMN arrival",
                  "ALTER TABLE incidents ADD COLUMN extra VARCHAR"):
        con = duckdb.connect(str(home.warehouse))
        con.execute(drift)
        assert not wh._schema_current(con)
        con.close()
        con = connect(home)
        assert _catalog(con) == full, drift
        con.close()


def test_an_unreadable_publication_date_fails_the_row_not_the_validation(tmp_path):
    from assets.schema import source_table
    from assets.validate.sql_checks import SQL_CHECKS, run_sql_check

    con = connect(Home.at(tmp_path))
    check = next(c for c in SQL_CHECKS if c.check == "mentions_event_date_not_after_publication")
    src = source_table("mentions")
    con.execute(f"CREATE TABLE IF NOT EXISTS {src} AS SELECT * FROM mentions WHERE false")
    con.execute("INSERT INTO articles (article_id, published_at) VALUES "
                "('a1', '2024-05-02T08:00:00+03:00'), ('a2', 'yesterday')")
    con.execute(f"INSERT INTO {src} (mention_id, article_id, event_date) VALUES "
                "('m-ok', 'a1', DATE '2024-05-01'), ('m-late', 'a1', DATE '2024-05-03'), "
                "('m-unknown', 'a2', DATE '2024-05-01'), ('m-undated', 'a2', NULL)")
    # ingest never stores such a date; a warehouse edited by hand must still validate
    assert run_sql_check(con, check) == ["m-late", "m-unknown"]
    con.close()
