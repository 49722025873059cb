"""Bring `curated_mentions` to the rows curation wants it to hold, rewriting only what differs.

Between two runs only the articles extraction rewrote (and those corrections touch) change, so
the curated table is compared with the wanted rows article by article: each article's rows are
summarised on both sides by their count and the sum of their row hashes (a sum, not a xor, so
that two equal rows do not cancel out), and only the articles whose summaries differ are
deleted and inserted again (in mention-id order, after the rows already there). No state is
kept between runs: whatever changed the table or the mentions, the comparison sees it.

The table is written whole, in mention-id order, when it is missing, its columns are not the
wanted rows' columns, or an article id is NULL (such a row cannot be matched by article).
DuckDB's `hash` treats -0.0 and 0.0 (and NaNs) alike: a float changing only between those
would not be rewritten.
"""

from __future__ import annotations

import duckdb

_STALE = "_curate_stale"


def _columns(con: duckdb.DuckDBPyConnection, relation: str) -> list[tuple[str, str]]:
    return [(d[0], str(d[1])) for d in
            con.execute(f"SELECT * FROM {relation} LIMIT 0").description]


def _table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? "
                            "AND NOT temporary", [table]).fetchone()[0])


def _summary(relation: str) -> str:
    return (f"SELECT article_id, count(*) AS n, sum(hash(r)) AS h FROM {relation} r "
            "GROUP BY article_id")


def rewrite(con: duckdb.DuckDBPyConnection, table: str, wanted: str) -> None:
    """Replace `table` with the rows of `wanted` (a table or a parenthesised query), in
    mention-id order."""
    con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {wanted} LIMIT 0")
    con.execute(f"INSERT INTO {table} SELECT * FROM {wanted} ORDER BY mention_id")


def sync(con: duckdb.DuckDBPyConnection, table: str, wanted: str) -> int | None:
    """Make `table` hold the rows of `wanted` (inside the caller's transaction); returns how
    many articles were rewritten, or None when the table was written whole."""
    if (not _table_exists(con, table) or _columns(con, table) != _columns(con, wanted)
            or con.execute(f"SELECT count(*) FROM {wanted} WHERE article_id IS NULL UNION ALL "
                           f"SELECT count(*) FROM {table} WHERE article_id IS NULL"
                           ).fetchall() != [(0,), (0,)]):
        rewrite(con, table, wanted)
        return None
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_STALE} AS SELECT article_id FROM "
                f"({_summary(wanted)}) w FULL JOIN ({_summary(table)}) t USING (article_id) "
                "WHERE w.n IS DISTINCT FROM t.n OR w.h IS DISTINCT FROM t.h")
    try:
        stale = con.execute(f"SELECT count(*) FROM {_STALE}").fetchone()[0]
        if stale:
            con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM "
                        f"{_STALE})")
            con.execute(f"INSERT INTO {table} SELECT * FROM {wanted} WHERE article_id IN "
                        f"(SELECT article_id FROM {_STALE}) ORDER BY mention_id")
    finally:
        con.execute(f"DROP TABLE {_STALE}")
    return int(stale)
