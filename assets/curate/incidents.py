"""After the merge: apply `incident:<id>` corrections and fill `incidents.corrected_by`.

An incident correction is applied to the merged incident, not to its mentions: `set` changes the
incident row (the mentions keep what each article said), `reject` removes the incident and its
mentions from the published data. An incident id that the merge no longer produces makes the
correction an orphan. `corrected_by` of an incident names every applied correction of the
incident itself or of any of its mentions (including a rejected or added one).
"""

from __future__ import annotations

import json

import duckdb

from assets.curate.curate import SEPARATOR
from assets.curate.store import CURATED_TABLE
from assets.warehouse import insert_rows, transaction

MEMBERS_TABLE = "incident_members"  # the merge stage's mention -> merged incident map


def membership(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """mention_id -> merged incident_id (the merge's map when it keeps one)."""
    found = dict(con.execute(f"SELECT mention_id, incident_id FROM {CURATED_TABLE}").fetchall())
    has_map = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?",
                          [MEMBERS_TABLE]).fetchone()[0]
    if has_map:
        found.update(con.execute(f"SELECT mention_id, incident_id FROM {MEMBERS_TABLE}"
                                 ).fetchall())
    return found


def _set_status(con: duckdb.DuckDBPyConnection, name: str, status: str, detail: str,
                mention_ids: list[str], incident_id: str) -> None:
    con.execute("UPDATE corrections SET status = ?, detail = ?, mention_ids = ?, "
                "incident_ids = ? WHERE name = ?",
                [status, detail, SEPARATOR.join(mention_ids), incident_id, name])


def apply_incident_corrections(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Apply the pending incident corrections; returns counts by resulting status."""
    pending = con.execute(
        "SELECT name, target, action, fields FROM corrections WHERE status = 'pending' "
        "ORDER BY file, entry").fetchall()
    counts = {"applied": 0, "orphan": 0}
    for name, target, action, fields in pending:
        iid = target.split(":", 1)[1]
        if not con.execute("SELECT count(*) FROM incidents WHERE incident_id = ?",
                           [iid]).fetchone()[0]:
            _set_status(con, name, "orphan", f"the merge no longer produces incident {iid}",
                        [], "")
            counts["orphan"] += 1
            continue
        members = sorted(m for m, i in membership(con).items() if i == iid)
        if action == "reject":
            con.execute("DELETE FROM incidents WHERE incident_id = ?", [iid])
            con.execute(f"DELETE FROM {CURATED_TABLE} WHERE list_contains(?, mention_id)",
                        [members])
            detail = f"rejected with its {len(members)} mentions"
        else:
            values = json.loads(fields)
            assign = ", ".join(f'"{k}" = ?' for k in values)
            con.execute(f"UPDATE incidents SET {assign} WHERE incident_id = ?",
                        [*values.values(), iid])
            detail = "set " + ", ".join(values)
        _set_status(con, name, "applied", detail, members, iid)
        counts["applied"] += 1
    return counts


def mark_corrected_incidents(con: duckdb.DuckDBPyConnection) -> int:
    """Fill incidents.corrected_by from the applied corrections; returns incidents marked."""
    applied = con.execute("SELECT name, target, mention_ids, incident_ids FROM corrections "
                          "WHERE status = 'applied' ORDER BY file, entry").fetchall()
    merged = membership(con) if applied else {}  # every mention's incident: only when needed
    names: dict[str, list[str]] = {}
    for name, target, mention_ids, incident_ids in applied:
        hit = {merged[m] for m in (mention_ids or "").split(SEPARATOR) if m in merged}
        if target.startswith("incident:") or not hit:
            hit |= set((incident_ids or "").split(SEPARATOR)) - {""}
        for iid in hit:
            if name not in names.setdefault(iid, []):
                names[iid].append(name)
    con.execute("UPDATE incidents SET corrected_by = NULL WHERE corrected_by IS NOT NULL")
    if names:
        con.execute("CREATE OR REPLACE TEMP TABLE _marks (incident_id VARCHAR, "
                    "corrected_by VARCHAR)")
        insert_rows(con, "_marks", ["incident_id", "corrected_by"],
                    [{"incident_id": k, "corrected_by": SEPARATOR.join(v)}
                     for k, v in names.items()])
        con.execute("UPDATE incidents SET corrected_by = m.corrected_by FROM _marks m "
                    "WHERE incidents.incident_id = m.incident_id")
        con.execute("DROP TABLE _marks")
    return con.execute("SELECT count(*) FROM incidents WHERE corrected_by IS NOT NULL"
                       ).fetchone()[0]


def curate_incidents(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """The post-merge step: incident corrections, then corrected_by, in one transaction."""
    with transaction(con):
        counts = apply_incident_corrections(con)
        counts["incidents_marked"] = mark_corrected_incidents(con)
    return counts
