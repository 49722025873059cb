"""Merge mentions into incidents inside the warehouse: load, cluster, write three tables.

Load the mentions (from MERGE_SOURCE) with their article's publication time; cluster them
(cluster.py, rules in rules.py); write `incident_members` (mention -> merged incident), `claims`
(every reported figure side by side, claims.sql) and `incidents` (incidents.sql), then link
impacts to their night's wave (waves.sql). Everything is rebuilt in one transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from assets.merge.cluster import Clustering, cluster
from assets.schema import CLAIMS, INCIDENTS
from assets.warehouse import insert_columns

# The one table the merge stage reads its mentions from: the curate stage's output, the
# extracted mentions with the curators' corrections applied (assets/curate).
MERGE_SOURCE = "curated_mentions"
_HERE = Path(__file__).parent
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
    return text.replace("{source}", MERGE_SOURCE).replace("{reported_utc}", REPORTED_UTC)


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


def cluster_warehouse(con: duckdb.DuckDBPyConnection) -> Clustering:
    """Cluster the warehouse's mentions (read only: also used by `strikes merge-report`)."""
    return cluster(load_mentions(con))


def build_incidents(con: duckdb.DuckDBPyConnection) -> MergeSummary:
    """Rebuild `incident_members`, `claims` and `incidents` from MERGE_SOURCE."""
    result = cluster_warehouse(con)
    claim_cols = ", ".join(f'"{c}"' for c in CLAIMS.column_names)
    inc_cols = ", ".join(f'"{c}"' for c in INCIDENTS.column_names)
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("incident_members", "claims", "incidents"):
            con.execute(f"DELETE FROM {table}")
        members = sorted(result.members.items())
        insert_columns(con, "incident_members", {"mention_id": [m for m, _ in members],
                                                 "incident_id": [i for _, i in members]})
        con.execute(f"INSERT INTO claims ({claim_cols}) SELECT {claim_cols} FROM "
                    f"({_sql('claims.sql')})", {"official": official_pattern()})
        con.execute(f"INSERT INTO incidents ({inc_cols}) SELECT {inc_cols} FROM "
                    f"({_sql('incidents.sql')})")
        con.execute(_sql("waves.sql"))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    count = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("incidents", "claims")}
    return MergeSummary(len(result.members), count["incidents"], count["claims"],
                        sum(d.merged for d in result.decisions),
                        sum(not d.merged for d in result.decisions))
