"""Curation in the warehouse: read `mentions`, write `curated_mentions` and the `corrections` log.

`corrections` keeps one row per entry of the last curation with its status (applied, orphan,
invalid): the publish stage reads it to refuse a release while an entry is invalid and to list
the corrections in the changelog; `strikes corrections` and the Dagster checks report it.

Only the mentions a correction can touch become Python rows (`targeted_rows`); every other
mention is curated as it is, in SQL, and `curated_mentions` is brought up to date article by
article (`sync.py`), so a run that extracted 1,000 new articles rewrites only their rows.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from assets.curate.corrections import Correction, Problem, load_corrections
from assets.curate.curate import SEPARATOR, Curation, curate
from assets.curate.sync import sync
from assets.schema import MENTIONS
from assets.warehouse import insert_columns, insert_rows, transaction

CURATED_TABLE = "curated_mentions"
SOURCE_TABLE = "mentions"
# Temp tables of one curation: the corrected rows, and the mention ids they stand in for.
_CORRECTED, _REPLACED = "_curate_corrected", "_curate_replaced"
LOG_COLUMNS = ["name", "file", "entry", "target", "action", "fields", "reason", "curator",
               "date", "fingerprint", "status", "detail", "mention_ids", "incident_ids"]


def targeted_rows(con: duckdb.DuckDBPyConnection, corrections: list[Correction]
                  ) -> list[dict]:
    """The mentions any of the corrections can touch or depend on, in mention-id order: the
    targeted mentions, every mention of a targeted incident (whether it still exists is asked
    of them) and every mention of an article a row is added to (whether the extractor already
    finds that row). Applying the corrections to these rows alone gives what applying them to
    every mention gives: no other row is changed, removed or asked about."""
    ids: dict[str, set[str]] = {"mention": set(), "incident": set(), "article": set()}
    for c in corrections:
        ids[c.kind].add(c.target_id)
    params = {k[0]: sorted(v) for k, v in ids.items()}  # $m, $i, $a
    return con.sql(
        f"SELECT * FROM {SOURCE_TABLE} WHERE list_contains($m, mention_id) OR "
        "list_contains($i, incident_id) OR list_contains($a, article_id) ORDER BY mention_id",
        params=params).to_arrow_table().to_pylist()


def read_curation(con: duckdb.DuckDBPyConnection, root: Path) -> Curation:
    """Load HOME/corrections and apply them to the mentions they target (nothing is written).
    `rows` are the corrected versions of the `replaced` mention ids (added rows included);
    without corrections both are None: the mentions are curated as they are, in SQL."""
    corrections, problems = load_corrections(root)
    if not corrections:
        return Curation(rows=None, problems=problems)
    rows = targeted_rows(con, corrections)
    wanted = sorted({c.target_id for c in corrections if c.action == "add"})
    texts = dict(con.execute("SELECT article_id, text FROM articles WHERE list_contains(?, "
                             "article_id)", [wanted]).fetchall()) if wanted else {}
    result = curate(rows, corrections, texts)
    result.problems = problems + result.problems
    result.replaced = [r["mention_id"] for r in rows]
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


def save_curation(con: duckdb.DuckDBPyConnection, result: Curation) -> int | None:
    """Bring `curated_mentions` up to date and replace the `corrections` log, in one
    transaction; returns how many articles' rows were rewritten (None: the whole table)."""
    with transaction(con):
        if result.rows is None:  # no corrections: every mention as it is
            rewritten = sync(con, CURATED_TABLE, SOURCE_TABLE)
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {_CORRECTED} AS "
                        f"SELECT * FROM {SOURCE_TABLE} LIMIT 0")
            insert_rows(con, _CORRECTED, MENTIONS.column_names, result.rows)
            con.execute(f"CREATE OR REPLACE TEMP TABLE {_REPLACED} (mention_id VARCHAR)")
            insert_columns(con, _REPLACED, {"mention_id": result.replaced or []})
            wanted = _CORRECTED if result.replaced is None else (
                f"(SELECT * FROM {SOURCE_TABLE} ANTI JOIN {_REPLACED} USING (mention_id) "
                f"UNION ALL SELECT * FROM {_CORRECTED})")
            rewritten = sync(con, CURATED_TABLE, wanted)
            con.execute(f"DROP TABLE {_CORRECTED}")
            con.execute(f"DROP TABLE {_REPLACED}")
        con.execute("DELETE FROM corrections")
        insert_rows(con, "corrections", LOG_COLUMNS, log_records(result))
    return rewritten


def run_curate(con: duckdb.DuckDBPyConnection, root: Path) -> Curation:
    """The curate stage as its asset runs it: apply HOME/corrections, write curated_mentions."""
    result = read_curation(con, root)
    save_curation(con, result)
    return result
