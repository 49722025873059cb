"""Curation in the warehouse: read `mentions`, write `curated_mentions` and the `corrections` log.

`corrections` keeps one row per entry of the last curation with its status (applied, orphan,
invalid): the publish stage reads it to refuse a release while an entry is invalid and to list
the corrections in the changelog; `strikes corrections` and the Dagster checks report it.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from assets.curate.corrections import Problem, load_corrections
from assets.curate.curate import SEPARATOR, Curation, curate
from assets.schema import MENTIONS
from assets.warehouse import insert_rows

CURATED_TABLE = "curated_mentions"
SOURCE_TABLE = "mentions"
LOG_COLUMNS = ["name", "file", "entry", "target", "action", "fields", "reason", "curator",
               "date", "fingerprint", "status", "detail", "mention_ids", "incident_ids"]


def read_curation(con: duckdb.DuckDBPyConnection, root: Path) -> Curation:
    """Load HOME/corrections and apply them to the extracted mentions (nothing is written).
    Without corrections the result has no rows (None): the mentions are curated as they are,
    and never become Python objects."""
    corrections, problems = load_corrections(root)
    if not corrections:  # the mentions as they are: copied in SQL by save_curation
        return Curation(rows=None, problems=problems)
    rows = con.sql(f"SELECT * FROM {SOURCE_TABLE} ORDER BY mention_id").to_arrow_table()
    wanted = sorted({c.target_id for c in corrections if c.action == "add"})
    texts = dict(con.execute("SELECT article_id, text FROM articles WHERE list_contains(?, "
                             "article_id)", [wanted]).fetchall()) if wanted else {}
    result = curate(rows.to_pylist(), corrections, texts)
    result.problems = problems + result.problems
    return result


def _problem_records(problems: list[Problem]) -> list[dict]:
    grouped: dict[tuple[str, int], list[Problem]] = {}
    for p in problems:
        grouped.setdefault((p.file, p.entry), []).append(p)
    return [{"name": f"{Path(f).name}#{n}" if n else Path(f).name, "file": f, "entry": n,
             "target": ps[0].target, "status": "invalid",
             "detail": "; ".join(p.message for p in ps)}
            for (f, n), ps in sorted(grouped.items())]


def log_records(result: Curation) -> list[dict]:
    """One record per entry: what the `corrections` table holds."""
    records = []
    for o in result.outcomes:
        c = o.correction
        records.append({
            "name": c.name, "file": c.file, "entry": c.entry, "target": c.target,
            "action": c.action, "fields": json.dumps(c.values, default=str, sort_keys=True),
            "reason": c.reason, "curator": c.curator, "date": c.date,
            "fingerprint": c.fingerprint, "status": o.status, "detail": o.detail,
            "mention_ids": SEPARATOR.join(o.rows), "incident_ids": SEPARATOR.join(o.incidents)})
    return sorted(records + _problem_records(result.problems),
                  key=lambda r: (r["file"], r["entry"]))


def save_curation(con: duckdb.DuckDBPyConnection, result: Curation) -> None:
    """Replace `curated_mentions` and the `corrections` log, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE OR REPLACE TABLE {CURATED_TABLE} AS "
                    f"SELECT * FROM {SOURCE_TABLE} LIMIT 0")
        if result.rows is None:  # no corrections: every mention unchanged, in id order
            con.execute(f"INSERT INTO {CURATED_TABLE} SELECT * FROM {SOURCE_TABLE} "
                        "ORDER BY mention_id")
        else:
            insert_rows(con, CURATED_TABLE, MENTIONS.column_names, result.rows)
        con.execute("DELETE FROM corrections")
        insert_rows(con, "corrections", LOG_COLUMNS, log_records(result))
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise



def run_curate(con: duckdb.DuckDBPyConnection, root: Path) -> Curation:
    """The curate stage as its asset runs it: apply HOME/corrections, write curated_mentions."""
    result = read_curation(con, root)
    save_curation(con, result)
    return result
