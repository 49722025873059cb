"""`strikes merge-report`: the merges the merge stage made and the near-misses it did not make.

Re-runs the clustering on the warehouse (read only; it is deterministic, so it gives the
decisions of the last merge as long as the mentions did not change since) and lists, for each
merged incident, why and which reports it joined, and for each near-miss why it was kept apart.
"""

from __future__ import annotations

import duckdb

from assets.merge.cluster import Clustering
from assets.merge.merge import MERGE_SOURCE, cluster_warehouse


def _reports(con: duckdb.DuckDBPyConnection, mention_ids: list[str]) -> list[str]:
    marks = ", ".join("?" for _ in mention_ids)
    rows = con.execute(
        "SELECT s.article_id, a.outlet, a.published_at, coalesce(s.location, s.admin1, "
        f"s.country), s.weapon, s.killed, s.injured FROM {MERGE_SOURCE} s "
        f"LEFT JOIN articles a USING (article_id) WHERE s.mention_id IN ({marks}) "
        "ORDER BY a.published_at, s.mention_id", sorted(mention_ids)).fetchall()
    return [f"      {aid} ({outlet or 'outlet unknown'}, {pub}): {place}, {weapon}, "
            f"killed {k}, injured {i}" for aid, outlet, pub, place, weapon, k, i in rows]


def merge_report(con: duckdb.DuckDBPyConnection, result: Clustering | None = None
                 ) -> list[str]:
    """The report as lines of text."""
    result = result or cluster_warehouse(con)
    members: dict[str, list[str]] = {}
    for mid, inc in result.members.items():
        members.setdefault(inc, []).append(mid)
    merged: dict[str, list[str]] = {}
    for d in result.decisions:
        if d.merged:
            merged.setdefault(d.incident_id, []).append(f"{d.reason}: {d.detail}")
    missed = [d for d in result.decisions if not d.merged]
    lines = [f"merges made: {len(merged)} incidents from more than one report"]
    for inc, reasons in sorted(merged.items()):
        lines.append(f"  {inc}")
        lines += [f"    {r}" for r in reasons]
        lines += _reports(con, members[inc])
    lines.append(f"near-misses not made: {len(missed)}")
    lines += [f"  {d.incident_id} ~ {d.other_id}: {d.reason}\n    {d.detail}" for d in missed]
    return lines


def report_json(result: Clustering) -> list[dict]:
    """Every decision as a JSON-ready dict."""
    return [{"merged": d.merged, "incident_id": d.incident_id, "other_id": d.other_id,
             "reason": d.reason, "detail": d.detail} for d in result.decisions]
