"""Merge mentions into incidents inside the warehouse: stream, cluster, write three tables.

Stream the mentions (from MERGE_SOURCE) with their article's publication time, block by block
and date window by date window (WINDOWS_SQL); cluster a batch of whole windows at a time
(cluster.py, rules in rules.py); write its `incident_members` (mention -> merged incident),
`claims` (every reported figure side by side, claims.sql) and `incidents` (incidents.sql)
before the next; then link impacts to their night's wave (waves.sql). Only windows whose
mentions changed since the last merge are clustered and written again (`build_incidents`),
in one transaction.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from assets.merge.cluster import NEXT_DAY, Clustering, WindowClusterer, decision_order
from assets.schema import CLAIMS, INCIDENTS
from assets.warehouse import insert_columns, transaction

if TYPE_CHECKING:
    import pyarrow as pa

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
    """The fields clustering needs, with each mention's article publication time, all at once
    (the reference the windowed clustering is tested against)."""
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
# last window. A window's fingerprint covers its block, its dates and every column of its
# mentions and of their articles that the merge reads (`row_fp`), so an unchanged fingerprint
# means unchanged members, claims and incidents.
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
                ELSE s.event_date END AS span_hi,
           hash(s, a.outlet, a.published_at) AS row_fp
    FROM {MERGE_SOURCE} s LEFT JOIN articles a USING (article_id)
),
reach AS (
    SELECT *, max(span_hi) OVER (PARTITION BY {_BLOCK} ORDER BY span_lo NULLS LAST, span_hi,
                                 mention_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
              AS reached
    FROM s
),
numbered AS (
    SELECT *, sum(CASE WHEN span_lo > reached THEN 1 ELSE 0 END) OVER (
               PARTITION BY {_BLOCK} ORDER BY span_lo NULLS LAST, span_hi, mention_id
               ROWS UNBOUNDED PRECEDING) AS window_no
    FROM reach
)
SELECT *, CAST(hash({_BLOCK}, min(span_lo) OVER w, max(span_hi) OVER w,
                    bit_xor(row_fp) OVER w, count(*) OVER w) >> 1 AS BIGINT) AS window_fp
FROM numbered
WINDOW w AS (PARTITION BY {_BLOCK}, window_no)
"""
_WINDOW_KEY = ("kind", "country", "attacker", "admin1", "window_no")
WINDOW_BATCH = 20_000  # mentions clustered together (whole windows; a bigger window is whole)
READ_BATCH = 10_000
# An incremental merge's temp table of every mention's window (its row in MERGE_SOURCE, its
# window number and fingerprint): the window query runs once, and the new windows' mentions
# are joined back to their rows, when there are at most CHANGED_IN_MEMORY of them (they are
# read whole: a temp table is not visible to the cursor that streams); more are streamed from
# the window query, as a fresh merge does. Three columns, not the mentions' fields: writing
# those for every mention cost 0.2 CPU s more at 120,000 mentions.
WINDOWS_NOW = "_windows_now"
CHANGED_IN_MEMORY = 80_000
_ORDER = f"ORDER BY {_BLOCK}, window_no, mention_id"
_SOURCE_COLUMNS = ", ".join(f"s.{c}" for c in _KEY_COLUMNS)


def _windows_sql(extra: str = "") -> str:
    return WINDOWS_SQL.format(cols=_SOURCE_COLUMNS + extra)


def _batches(parts: Iterable[pa.RecordBatch], batch: int) -> Iterator[list[dict]]:
    """Rows of the window query's record batches, cut into batches of whole windows."""
    names = [*_KEY_COLUMNS, "published_at", "window_fp"]
    pending: list[dict] = []
    key = None
    for part in parts:
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


def stream_windows(con: duckdb.DuckDBPyConnection, batch: int | None = None,
                   only: list[int] | None = None) -> Iterator[list[dict]]:
    """The mentions as clustering needs them (with their `window_fp`), in batches of whole
    date windows (at least `batch` mentions, default WINDOW_BATCH, but for the last), block by
    block, streamed through a cursor; `only`: just the windows of these fingerprints."""
    where = "" if only is None else "WHERE window_fp IN (SELECT unnest($only)) "
    cur = con.cursor()
    try:
        reader = cur.sql(f"SELECT * FROM ({_windows_sql()}) {where}{_ORDER}",
                         params=None if only is None else {"only": only}
                         ).to_arrow_reader(READ_BATCH)
        yield from _batches(reader, batch or WINDOW_BATCH)
    finally:
        cur.close()


def _new_windows(con: duckdb.DuckDBPyConnection, only: list[int]) -> Iterator[list[dict]]:
    """What `stream_windows(con, only=only)` yields, read from WINDOWS_NOW when the new
    windows hold at most CHANGED_IN_MEMORY mentions (else streamed from the window query)."""
    if not only:
        return
    where = "WHERE window_fp IN (SELECT unnest($only))"
    [(rows,)] = con.execute(f"SELECT count(*) FROM {WINDOWS_NOW} {where}", {"only": only}
                            ).fetchall()
    if rows > CHANGED_IN_MEMORY:
        yield from stream_windows(con, only=only)
        return
    table = con.sql(f"SELECT {_SOURCE_COLUMNS}, {REPORTED_UTC} AS published_at, w.window_no, "
                    f"w.window_fp FROM {WINDOWS_NOW} w JOIN {MERGE_SOURCE} s "
                    "ON s.rowid = w.source_rowid LEFT JOIN articles a USING (article_id) "
                    f"{where} {_ORDER}", params={"only": only}).to_arrow_table()
    yield from _batches(table.to_batches(READ_BATCH), WINDOW_BATCH)


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
    """Bring `incident_members`, `claims` and `incidents` up to date with MERGE_SOURCE, a batch
    of date windows at a time: cluster its mentions, then write its members, claims and
    incidents (no incident spans two windows), so memory is bounded by a batch, not the corpus.

    Only windows whose fingerprint is new are clustered and written; the rows of windows that
    are gone (changed or emptied) are deleted, and every other row is left as it is. Everything
    is rebuilt when the merge's code, SQL, vocabulary or output columns changed, when incident
    corrections exist now or did last time (they edit merged rows), or when the tables do not
    match the stored windows.
    """
    claim_cols = ", ".join(f'"{c}"' for c in CLAIMS.column_names)
    inc_cols = ", ".join(f'"{c}"' for c in INCIDENTS.column_names)
    # the batch statements, read and built once for every batch
    claims = f"INSERT INTO claims ({claim_cols}) SELECT {claim_cols} FROM ({_sql('claims.sql')})"
    incidents = (f"INSERT INTO incidents ({inc_cols}) SELECT {inc_cols} FROM "
                 f"({_sql('incidents.sql')})")
    official = official_pattern()
    version = merge_version(con)
    clusterer = WindowClusterer()
    with transaction(con):
        incremental = _state_matches(con, version)
        if incremental:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {WINDOWS_NOW} AS "
                        "SELECT source_rowid, window_no, window_fp FROM "
                        f"({_windows_sql(', s.rowid AS source_rowid')})")
            _forget_gone_windows(con)
            only = [r[0] for r in con.execute(
                f"SELECT DISTINCT window_fp FROM {WINDOWS_NOW} EXCEPT "
                "SELECT window_fp FROM merge_windows").fetchall()]
            batches = _new_windows(con, only)
        else:
            for table in ("incident_members", "claims", "incidents", *STATE_TABLES):
                con.execute(f"DELETE FROM {table}")
            batches = stream_windows(con)
        for mentions in batches:
            part = clusterer(mentions)
            _save_windows(con, mentions, part, clusterer)
            del mentions
            _write_batch(con, part.members, claims, incidents, official)
        if incremental:
            con.execute(f"DROP TABLE {WINDOWS_NOW}")
        con.execute(_sql("waves.sql"))
        con.execute("INSERT OR REPLACE INTO settings VALUES ('merge_version', ?)", [version])
    count = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
             for t in ("incidents", "claims", "incident_members")}
    merges, near_misses = con.execute("SELECT coalesce(sum(merges), 0), "
                                      "coalesce(sum(near_misses), 0) FROM merge_windows"
                                      ).fetchone()
    return MergeSummary(count["incident_members"], count["incidents"], count["claims"],
                        int(merges), int(near_misses) + _edge_near_misses(con))


STATE_TABLES = ("merge_mentions", "merge_windows")


def merge_version(con: duckdb.DuckDBPyConnection) -> str:
    """What the merged rows depend on besides the mentions: the merge's code, SQL and
    vocabulary, the output columns, and whether incident corrections exist."""
    digest = hashlib.sha256()
    for path in [*sorted(_HERE.glob("*.py")), *sorted(_HERE.glob("*.sql")), OFFICIAL_SOURCES,
                 _HERE.parent / "ids.py"]:
        digest.update(path.read_bytes())
    digest.update("\x1f".join([*CLAIMS.column_names, "|", *INCIDENTS.column_names]).encode())
    corrected = con.execute("SELECT count(*) FROM corrections WHERE starts_with(target, "
                            "'incident:')").fetchone()[0]
    return digest.hexdigest()[:16] + ("+incident-corrections" if corrected else "")


def _state_matches(con: duckdb.DuckDBPyConnection, version: str) -> bool:
    """Whether the stored windows describe the merged tables, so only changes need work."""
    if "+" in version:  # incident corrections edit the merged rows after the merge
        return False
    stored = con.execute("SELECT value FROM settings WHERE key = 'merge_version'").fetchone()
    if stored is None or stored[0] != version:
        return False
    members, states, ids, incidents = con.execute(
        "SELECT (SELECT count(*) FROM incident_members), (SELECT count(*) FROM merge_mentions), "
        "(SELECT count(DISTINCT incident_id) FROM incident_members), "
        "(SELECT count(*) FROM incidents)").fetchone()
    return members == states and ids == incidents


def _forget_gone_windows(con: duckdb.DuckDBPyConnection) -> None:
    """Delete the rows of the stored windows that are no longer there (their mentions changed,
    left, or the window grew or split): members, claims, incidents and the windows' state."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _gone AS SELECT mention_id FROM merge_mentions "
                f"WHERE window_fp NOT IN (SELECT window_fp FROM {WINDOWS_NOW})")
    con.execute("DELETE FROM incidents WHERE incident_id IN (SELECT incident_id FROM "
                "incident_members WHERE mention_id IN (SELECT mention_id FROM _gone))")
    for table in ("claims", "incident_members", "merge_mentions"):
        con.execute(f"DELETE FROM {table} WHERE mention_id IN (SELECT mention_id FROM _gone)")
    con.execute(f"DELETE FROM merge_windows WHERE window_fp NOT IN "
                f"(SELECT window_fp FROM {WINDOWS_NOW})")
    con.execute("DROP TABLE _gone")


def _save_windows(con: duckdb.DuckDBPyConnection, mentions: list[dict], part: Clustering,
                  clusterer: WindowClusterer) -> None:
    """Store each window of a batch: its mentions, decision counts and edge days' places.

    A near-miss between two windows (the same place on one's last day and the next one's first
    day) is not counted in either: `_edge_near_misses` counts those from the stored places.
    """
    window_fp = {m["mention_id"]: m["window_fp"] for m in mentions}
    window_of = {k: window_fp[g.mention_ids[0]] for k, g in clusterer.groups.items()}
    del window_fp
    stats: dict[int, dict] = {}
    for m in mentions:
        stats.setdefault(m["window_fp"], {
            "window_fp": m["window_fp"], "kind": m["kind"], "country": m["country"],
            "attacker": m["attacker"], "admin1": m["admin1"], "merges": 0, "near_misses": 0,
            "first_day": None, "first_places": None, "last_day": None, "last_places": None})
    for d in part.decisions:
        if d.merged:
            stats[window_of[d.other_id]]["merges"] += 1
        elif d.reason != NEXT_DAY or window_of.get(d.incident_id) == window_of.get(d.other_id):
            stats[window_of[d.incident_id]]["near_misses"] += 1
    for groups in clusterer.targets.values():
        for g in groups:
            w = stats[window_of[g.key]]
            for end, pick in (("first", min), ("last", max)):
                day = w[f"{end}_day"]
                if day is None or pick(day, g.event_date) != day:
                    w[f"{end}_day"], w[f"{end}_places"] = g.event_date, [g.location]
                elif g.event_date == day:
                    w[f"{end}_places"].append(g.location)
    rows = list(stats.values())
    insert_columns(con, "merge_windows", {c: [r[c] for r in rows] for c in rows[0]})
    insert_columns(con, "merge_mentions", {"mention_id": [m["mention_id"] for m in mentions],
                                           "window_fp": [m["window_fp"] for m in mentions]})


def _edge_near_misses(con: duckdb.DuckDBPyConnection) -> int:
    """Near-misses across window edges: a precise group on a window's last day and one of the
    same place on the next window's first day (the block's next window: no other can start
    the next day)."""
    return con.execute(
        "WITH l AS (SELECT kind, country, attacker, admin1, last_day AS day, "
        "unnest(last_places) AS place FROM merge_windows WHERE last_day IS NOT NULL), "
        "f AS (SELECT kind, country, attacker, admin1, first_day - 1 AS day, "
        "unnest(first_places) AS place FROM merge_windows WHERE first_day IS NOT NULL) "
        "SELECT count(*) FROM l JOIN f ON l.day = f.day AND l.kind IS NOT DISTINCT FROM f.kind "
        "AND l.country IS NOT DISTINCT FROM f.country AND l.attacker IS NOT DISTINCT FROM "
        "f.attacker AND l.admin1 IS NOT DISTINCT FROM f.admin1 AND l.place IS NOT DISTINCT FROM "
        "f.place").fetchone()[0]


def _write_batch(con: duckdb.DuckDBPyConnection, members: dict[str, str], claims: str,
                 incidents: str, official: str) -> None:
    """Write one batch's `incident_members`, `claims` and `incidents` rows (`claims` and
    `incidents`: the INSERT statements, which read the batch's BATCH_MEMBERS)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {BATCH_MEMBERS} (mention_id VARCHAR, "
                "incident_id VARCHAR)")
    insert_columns(con, BATCH_MEMBERS, {"mention_id": list(members),
                                        "incident_id": list(members.values())})
    con.execute(f"INSERT INTO incident_members (mention_id, incident_id) "
                f"SELECT mention_id, incident_id FROM {BATCH_MEMBERS} ORDER BY mention_id")
    con.execute(claims, {"official": official})
    con.execute(incidents)
    con.execute(f"DROP TABLE {BATCH_MEMBERS}")
