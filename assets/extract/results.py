"""Extraction results written to the warehouse: in article order, WRITE_ARTICLES articles a
statement, in transactions of whole articles.

Each chunk's rows used to be inserted as they came back (a chunk is 250 articles: one INSERT
into `mentions`, one into `extractions`). DuckDB's cost per statement (registering the Arrow
table, binding, planning: ~3 ms) was then most of the writing: eight chunks of 250 took 66 ms of
CPU on the run's thread, the same 2,000 articles in one statement per table 19 ms
(docs/scaling.md, eighteenth session), and that thread shares the two cores with the workers.
Rows are appended in the order they come, so the stored order is that of one insert per chunk;
the buffer is written before each COMMIT, so a committed transaction holds whole articles (an
article's mentions with its `extractions` row) as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from assets.extract.extractor import EXTRACTOR_VERSION
from assets.schema import MENTIONS
from assets.warehouse import insert_rows

WRITE_ARTICLES = 2000  # articles whose rows one INSERT per table writes
EXTRACTION_COLUMNS = ["article_id", "sha256", "extractor_version", "n_mentions"]


@dataclass
class ExtractSummary:
    """What one extraction pass did."""

    articles_extracted: int = 0
    articles_removed: int = 0
    mentions_written: int = 0
    articles_total: int = 0
    workers: int = 1
    committed: int = 0  # articles extracted in transactions already committed


class ResultWriter:
    """Takes each chunk's results in article order and writes them a few chunks at a time,
    committing every `commit_rows` articles (inside a transaction the caller opened)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, summary: ExtractSummary,
                 commit_rows: int) -> None:
        self.con, self.summary, self.commit_rows = con, summary, commit_rows
        self._mentions: list[dict] = []
        self._done: list[dict] = []

    def add(self, rows: Sequence[tuple], found: list[list[dict]]) -> None:
        """One chunk: its articles (`article_id`, `sha256` first) and each one's mentions."""
        s = self.summary
        for row, mentions in zip(rows, found, strict=True):
            self._mentions += mentions
            self._done.append({"article_id": row[0], "sha256": row[1],
                               "extractor_version": EXTRACTOR_VERSION,
                               "n_mentions": len(mentions)})
        s.articles_extracted += len(rows)
        s.mentions_written += sum(map(len, found))
        if len(self._done) >= WRITE_ARTICLES:
            self.flush()
        if s.articles_extracted >= s.committed + self.commit_rows:  # bounded transactions
            self.flush()
            self.con.execute("COMMIT")
            self.con.execute("BEGIN TRANSACTION")
            s.committed = s.articles_extracted

    def flush(self) -> None:
        """Insert what is buffered (the caller's transaction then commits it)."""
        insert_rows(self.con, "mentions", MENTIONS.column_names, self._mentions)
        insert_rows(self.con, "extractions", EXTRACTION_COLUMNS, self._done)
        self._mentions, self._done = [], []
