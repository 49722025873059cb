"""Merge mentions into incidents inside the warehouse: load, cluster, write three tables.

Load the mentions (from MERGE_SOURCE) with their article's publication time; cluster them
(cluster.py, rules in rules.py); write `incident_members` (mention -> merged incident), `claims`
(every reported figure side by side, claims.sql) and `incidents` (incidents.sql), then link
impacts to their night's wave (waves.sql). Everything is rebuilt in one transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb

from assets.merge.cluster import Clustering, WindowClusterer, decision_order
from assets.schema import CLAIMS, INCIDENTS
from assets.warehouse import insert_columns

# The one table the merge stage reads its mentions from: the curate stage's output, the
# extracted mentions with the curators' corrections applied (assets/curate).
MERGE_SOURCE = "curated_mentions"
_HERE = Path(__file__).parent
# The temp table of one batch's mention -> incident map, which claims.sql and incidents.sql read.
BATCH_MEMBERS = "_batch_members"
OFFICIAL_SOURCES = _HERE / "data" / "official_sources.txt"
_KEY_COLUMNS = ("mention_id", "article_id", "kind", "country", "admin1", "location",
                "geo_precision", "event_date", "date_precision", "attacker", "weapon")


@dataclass(frozen=True)
class MergeSummary:
    """Row counts written by one merge."""

    mentions: int
    incidents: int
    claims: int
    merges: int
    near_misses: int


# An article's publication time as a UTC sort key: an offset ("+03:00", "Z") is applied, a time
# without one counts as UTC (warehouse sessions run in UTC), text that is no time at all sorts
# as itself (NULL stays NULL).
REPORTED_UTC = ("coalesce(strftime(timezone('UTC', try_cast(a.published_at AS TIMESTAMPTZ)), "
                "'%Y-%m-%dT%H:%M:%S'), a.published_at)")


def _sql(name: str) -> str:
    text = (_HERE / name).read_text(encoding="utf-8")
    return (text.replace("{source}", MERGE_SOURCE).replace("{reported_utc}", REPORTED_UTC)
            .replace("{members}", BATCH_MEMBERS))


def official_pattern(path: Path = OFFICIAL_SOURCES) -> str:
    """A case-insensitive RE2 pattern matching any phrase of the vocabulary file."""
    phrases = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    return r"(?i)\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b"


def load_mentions(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The fields clustering needs, with each mention's article publication time."""
    cols = ", ".join(f"s.{c}" for c in _KEY_COLUMNS)
    cur = con.execute(f"SELECT {cols}, {REPORTED_UTC} AS published_at FROM {MERGE_SOURCE} s "
                      "LEFT JOIN articles a USING (article_id)")
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


# Each mention's date span (what a coarse report's window may reach, `rules.date_window`; a
# point otherwise) and its block's window number: a new window starts where a span begins
# after every earlier span of the block has ended, so no coarse report reaches across windows.
# The spans are per mention, wider than or equal to their group's (a group's date precision is
# its first mention's), and a group's mentions share a block and a date, so a group never
# straddles two windows. Undated mentions (never coarse, never precise) join their block's
# last window.
_BLOCK = "kind, country, attacker, admin1"
WINDOWS_SQL = f"""
WITH s AS (
    SELECT {{cols}}, {REPORTED_UTC} AS published_at,
           CASE WHEN s.kind = 'impact' AND s.date_precision = 'week' THEN s.event_date - 6
                WHEN s.kind = 'impact' AND s.date_precision = 'month'
                    THEN CAST(date_trunc('month', s.event_date) AS DATE)
                ELSE s.event_date END AS span_lo,
           CASE WHEN s.kind = 'impact' AND s.date_precision = 'week' THEN s.event_date + 6
                WHEN s.kind = 'impact' AND s.date_precision = 'month'
                    THEN last_day(s.event_date)
                ELSE s.event_date END AS span_hi
    FROM {MERGE_SOURCE} s LEFT JOIN articles a USING (article_id)
),
reach AS (
    SELECT *, max(span_hi) OVER (PARTITION BY {_BLOCK} ORDER BY span_lo NULLS LAST, span_hi,
                                 mention_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
              AS reached
    FROM s
)
SELECT *, sum(CASE WHEN span_lo > reached THEN 1 ELSE 0 END) OVER (
           PARTITION BY {_BLOCK} ORDER BY span_lo NULLS LAST, span_hi, mention_id
           ROWS UNBOUNDED PRECEDING) AS window_no
FROM reach
ORDER BY {_BLOCK}, window_no, mention_id
"""
_WINDOW_KEY = ("kind", "country", "attacker", "admin1", "window_no")
WINDOW_BATCH = 20_000  # mentions clustered together (whole windows; a bigger window is whole)
READ_BATCH = 10_000


def stream_windows(con: duckdb.DuckDBPyConnection, batch: int | None = None
                   ) -> Iterator[list[dict]]:
    """The mentions as clustering needs them, in batches of whole date windows (at least
    `batch` mentions, default WINDOW_BATCH, but for the last), block by block, streamed
    through a cursor."""
    batch = batch or WINDOW_BATCH
    cols = ", ".join(f"s.{c}" for c in _KEY_COLUMNS)
    cur = con.cursor()
    try:
        reader = cur.sql(WINDOWS_SQL.format(cols=cols)).to_arrow_reader(READ_BATCH)
        names = [*_KEY_COLUMNS, "published_at"]
        pending: list[dict] = []
        key = None
        for part in reader:
            columns = [part.column(n).to_pylist() for n in names]
            keys = zip(*(part.column(n).to_pylist() for n in _WINDOW_KEY), strict=True)
            for row, k in zip(zip(*columns, strict=True), keys, strict=True):
                if k != key and len(pending) >= batch:
                    yield pending
                    pending = []
                key = k
                pending.append(dict(zip(names, row, strict=True)))
        if pending:
            yield pending
    finally:
        cur.close()


def cluster_warehouse(con: duckdb.DuckDBPyConnection) -> Clustering:
    """Cluster the warehouse's mentions (read only: `strikes merge-report`), window by window:
    the same members and decisions as `cluster(load_mentions(con))`."""
    out = Clustering()
    clusterer = WindowClusterer()
    for mentions in stream_windows(con):
        part = clusterer(mentions)
        out.members.update(part.members)
        out.decisions += part.decisions
    out.decisions.sort(key=decision_order)
    return out


def build_incidents(con: duckdb.DuckDBPyConnection) -> MergeSummary:
    """Rebuild `incident_members`, `claims` and `incidents` from MERGE_SOURCE, a batch of date
    windows at a time: cluster its mentions, then write its members, claims and incidents (no
    incident spans two windows), so memory is bounded by a batch, not the corpus."""
    claim_cols = ", ".join(f'"{c}"' for c in CLAIMS.column_names)
    inc_cols = ", ".join(f'"{c}"' for c in INCIDENTS.column_names)
    official = official_pattern()
    n_members = merges = near_misses = 0
    clusterer = WindowClusterer()
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("incident_members", "claims", "incidents"):
            con.execute(f"DELETE FROM {table}")
        for mentions in stream_windows(con):
            part = clusterer(mentions)
            del mentions
            merges += sum(d.merged for d in part.decisions)
            near_misses += sum(not d.merged for d in part.decisions)
            n_members += _write_batch(con, part.members, claim_cols, inc_cols, official)
        con.execute(_sql("waves.sql"))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    count = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("incidents", "claims")}
    return MergeSummary(n_members, count["incidents"], count["claims"], merges, near_misses)


def _write_batch(con: duckdb.DuckDBPyConnection, members: dict[str, str], claim_cols: str,
                 inc_cols: str, official: str) -> int:
    """Write one batch's `incident_members`, `claims` and `incidents` rows."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {BATCH_MEMBERS} (mention_id VARCHAR, "
                "incident_id VARCHAR)")
    n = insert_columns(con, BATCH_MEMBERS, {"mention_id": list(members),
                                            "incident_id": list(members.values())})
    con.execute(f"INSERT INTO incident_members (mention_id, incident_id) "
                f"SELECT mention_id, incident_id FROM {BATCH_MEMBERS} ORDER BY mention_id")
    con.execute(f"INSERT INTO claims ({claim_cols}) SELECT {claim_cols} FROM "
                f"({_sql('claims.sql')})", {"official": official})
    con.execute(f"INSERT INTO incidents ({inc_cols}) SELECT {inc_cols} FROM "
                f"({_sql('incidents.sql')})")
    con.execute(f"DROP TABLE {BATCH_MEMBERS}")
    return n
