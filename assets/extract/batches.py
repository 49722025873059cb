"""Run the extractor over the warehouse's articles in batches, incrementally.

An article is (re)extracted when it is new, its text changed (sha256) or the extractor version
changed; mentions of articles that left the `articles` table are removed. Memory holds one batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from assets.extract.extractor import EXTRACTOR_VERSION, extract_mentions
from assets.schema import MENTIONS
from assets.warehouse import insert_rows

BATCH = 1000
Progress = Callable[[str], None]

_STALE = """
    SELECT a.article_id, a.sha256, a.text, a.published_at, a.title
    FROM articles a LEFT JOIN extractions e USING (article_id)
    WHERE e.article_id IS NULL OR e.sha256 <> a.sha256 OR e.extractor_version <> ?
    ORDER BY a.article_id
"""


@dataclass
class ExtractSummary:
    """What one extraction pass did."""

    articles_extracted: int = 0
    articles_removed: int = 0
    mentions_written: int = 0
    articles_total: int = 0


def extract_pending(con: duckdb.DuckDBPyConnection, *, progress: Progress | None = None
                    ) -> ExtractSummary:
    """Extract every article whose mentions are missing or stale; returns counts."""
    s = ExtractSummary()
    s.articles_total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    con.execute("BEGIN TRANSACTION")
    try:
        s.articles_removed = con.execute(
            "SELECT count(*) FROM extractions WHERE article_id NOT IN "
            "(SELECT article_id FROM articles)").fetchone()[0]
        con.execute("DELETE FROM mentions WHERE article_id NOT IN "
                    "(SELECT article_id FROM articles)")
        con.execute("DELETE FROM extractions WHERE article_id NOT IN "
                    "(SELECT article_id FROM articles)")
        pending = con.execute(_STALE, [EXTRACTOR_VERSION]).fetchall()
        total = len(pending)
        for start in range(0, total, BATCH):
            batch = pending[start:start + BATCH]
            ids = [r[0] for r in batch]
            con.execute("DELETE FROM mentions WHERE list_contains(?, article_id)", [ids])
            con.execute("DELETE FROM extractions WHERE list_contains(?, article_id)", [ids])
            rows: list[dict] = []
            done: list[dict] = []
            for article_id, sha, text, published_at, title in batch:
                found = extract_mentions({"article_id": article_id, "text": text or "",
                                          "published_at": published_at, "title": title})
                rows.extend(found)
                done.append({"article_id": article_id, "sha256": sha,
                             "extractor_version": EXTRACTOR_VERSION, "n_mentions": len(found)})
            s.mentions_written += insert_rows(con, "mentions", MENTIONS.column_names, rows)
            insert_rows(con, "extractions", list(done[0]), done)
            s.articles_extracted += len(batch)
            if progress:
                progress(f"extract: {s.articles_extracted}/{total} articles, "
                         f"{s.mentions_written} mentions")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return s
