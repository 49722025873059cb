"""`strikes corrections`: every corrections entry as it stands now, against the warehouse.

The files are read again (so a curator sees the effect of an edit before the next run) and
checked against the last run's mentions, articles and merged incidents.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from assets.curate.store import log_records, read_curation

STATUSES = ("applied", "orphan", "invalid")


def correction_statuses(con: duckdb.DuckDBPyConnection, root: Path) -> list[dict]:
    """One record per entry (name, file, entry, target, action, status, detail), in order."""
    records = log_records(read_curation(con, root))
    merged = {r[0] for r in con.execute("SELECT incident_id FROM incidents").fetchall()}
    for r in records:
        if r["status"] != "pending":
            continue
        iid = r["target"].split(":", 1)[1]
        r["status"], r["detail"] = (("applied", "applied after the merge") if iid in merged
                                    else ("orphan", f"the merge no longer produces incident "
                                          f"{iid}"))
    return records


def format_line(r: dict) -> str:
    where = f"{r['file']}#{r['entry']}" if r["entry"] else r["file"]
    return (f"{r['status']:8s} {where:32s} {str(r.get('target') or ''):34s} "
            f"{str(r.get('action') or ''):6s} {r.get('detail') or ''}")
