"""The clean `articles` table: the newest arrival of each article id in `raw_articles`.

Rebuilt incrementally: the winning raw row of every article id is computed in DuckDB (ids,
paths and hashes only, no text), and only the articles whose winner differs from the row in
`articles` (same source file and raw bytes: the clean row is a function of them) are cleaned
and written again; articles whose id left the raw tables are deleted. A change of the cleaning
code (`CLEAN_VERSION`) rebuilds every row.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from assets.ingest.clean import article_row
from assets.ingest.records import RawArticle
from assets.schema import ARTICLES
from assets.warehouse import insert_rows

ARTICLE_COLUMNS = [*ARTICLES.column_names, "source_path", "text"]
# Bump when clean_text or article_row change what they make of the same raw row.
CLEAN_VERSION = "1"
FETCH_ROWS = 1000

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


def build_articles(con: duckdb.DuckDBPyConnection, *, progress: Progress | None = None) -> int:
    """Bring `articles` in line with the raw tables; returns the number of articles."""
    con.execute("BEGIN TRANSACTION")
    try:
        if _clean_version_changed(con):
            con.execute("DELETE FROM articles")
        con.execute(_WINNERS)
        # Stale: the id is gone, or its winner is another file or other bytes.
        con.execute(
            "DELETE FROM articles a WHERE NOT EXISTS (SELECT 1 FROM _article_winners w "
            "WHERE w.article_id = a.article_id AND w.source_path = a.source_path "
            "AND w.sha256 = a.sha256)")
        todo = [r[0] for r in con.execute(
            "SELECT seq FROM _article_winners ANTI JOIN articles USING (article_id)").fetchall()]
        con.execute("DROP TABLE _article_winners")
        # Another cursor streams the raw rows (unchanged by this transaction) while this one
        # writes; only a window of FETCH_ROWS articles is in Python at a time.
        cur = con.cursor()
        cur.execute("SELECT * EXCLUDE (seq) FROM raw_articles WHERE seq IN (SELECT unnest(?)) "
                    "ORDER BY article_id", [todo])
        names = [d[0] for d in cur.description]
        n = 0
        while batch := cur.fetchmany(FETCH_ROWS):
            rows = [article_row(RawArticle(**dict(zip(names, r, strict=True)))) for r in batch]
            n += insert_rows(con, "articles", ARTICLE_COLUMNS, rows)
            if progress:
                progress(f"articles: {n} cleaned")
        cur.close()
        con.execute("INSERT OR REPLACE INTO settings VALUES ('articles_clean', ?)",
                    [CLEAN_VERSION])
        total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return total
