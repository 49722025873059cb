"""The clean `articles` table: the newest arrival of each article id in `raw_articles`.

Rebuilt incrementally: the winning raw row of every article id is computed in DuckDB (ids,
paths and hashes only, no text), and only the articles whose winner differs from the row in
`articles` (same source file and raw bytes: the clean row is a function of them) are cleaned
and written again; articles whose id left the raw tables are deleted. A change of the cleaning
code (`CLEAN_VERSION`) rebuilds every row. Only the keys of the rows to clean are sorted; the
rows are read, cleaned and committed a batch at a time (`assets/keyed_reads.py`), in article-id
order as before. A large backlog is cleaned on forked workers (`clean_batches.py`) while this
process reads the next batches and writes the cleaned ones, in the same order and transactions.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import closing

import duckdb

from assets.ingest.clean_batches import cleaned
from assets.ingest.records import RawArticle
from assets.keyed_reads import drop_keys, keyed_batches, stage_keys
from assets.warehouse import insert_columns, transaction

RAW_FIELDS = [f.name for f in dataclasses.fields(RawArticle)]  # raw_articles' columns but seq
# Bump when clean_text or article_row change what they make of the same raw row.
CLEAN_VERSION = "1"
FETCH_ROWS = 1000  # raw rows read (and cleaned) at a time
COMMIT_ROWS = 20_000  # articles written per transaction

Progress = Callable[[str], None]

# The raw row each article id is published from: the newest arrival (then the later path and
# line) wins, so a later arrival of the same article supersedes it.
_WINNERS = (
    "CREATE OR REPLACE TEMP TABLE _article_winners AS "
    "SELECT r.seq, r.article_id, r.source_path, r.sha256 FROM raw_articles r "
    "JOIN raw_files f USING (source_path) "
    "QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY f.arrival DESC, "
    "r.source_path DESC, r.source_line DESC NULLS LAST) = 1"
)


def _clean_version_changed(con: duckdb.DuckDBPyConnection) -> bool:
    row = con.execute("SELECT value FROM settings WHERE key = 'articles_clean'").fetchone()
    return row is None or row[0] != CLEAN_VERSION


def _prepare(con: duckdb.DuckDBPyConnection) -> int:
    """Delete the stale articles and stage the raw rows to clean (their seq, in article-id
    order); returns how many are staged."""
    if _clean_version_changed(con):
        con.execute("DELETE FROM articles")
    con.execute(_WINNERS)
    # Stale: the id is gone, or its winner is another file or other bytes.
    con.execute(
        "DELETE FROM articles a WHERE NOT EXISTS (SELECT 1 FROM _article_winners w "
        "WHERE w.article_id = a.article_id AND w.source_path = a.source_path "
        "AND w.sha256 = a.sha256)")
    n = stage_keys(con, "SELECT seq, article_id FROM _article_winners "
                        "ANTI JOIN articles USING (article_id)")
    con.execute("DROP TABLE _article_winners")
    return n


def build_articles(con: duckdb.DuckDBPyConnection, *, progress: Progress | None = None) -> int:
    """Bring `articles` in line with the raw tables; returns the number of articles.

    Written in transactions of at most COMMIT_ROWS articles, so DuckDB never holds more than
    that uncommitted: a failure keeps the stale rows deleted and the batches committed before
    it, every one of them the clean row of its winner, and the next pass cleans the rest
    (nothing in the raw tables is touched). The clean-version setting is recorded last, so a
    pass that stopped after a version change starts over."""
    try:
        with transaction(con):
            todo = _prepare(con)
        ranges = [(start, min(start + COMMIT_ROWS, todo)) for start in range(0, todo, COMMIT_ROWS)]
        batches = (batch for start, stop in ranges for batch in keyed_batches(
            con, "raw_articles", "seq", RAW_FIELDS, start, stop, FETCH_ROWS))
        n = 0
        with closing(cleaned(batches, todo)) as columns:
            for start, stop in ranges:
                with transaction(con):
                    done = 0
                    while done < stop - start:  # one clean row per raw row of the range
                        done += insert_columns(con, "articles", next(columns))
                        if progress:
                            progress(f"articles: {n + done} cleaned")
                    n += done
        with transaction(con):
            con.execute("INSERT OR REPLACE INTO settings VALUES ('articles_clean', ?)",
                        [CLEAN_VERSION])
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        drop_keys(con)
