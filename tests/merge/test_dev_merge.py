"""The merge on the shared development set: gold says which rows are the same incident.

Extract ../shared/eval/dev/articles.jsonl, merge, then match each gold row to a mention of the
same article (same country, admin1 and location, date within a day). Gold rows of different
articles with the same place, date and attacker must end in one incident; gold rows that differ
(another country, oblast, settlement, date or attacker, or two rows of one article) must not.
Falls back to the copy in data/eval/dev when ../shared is absent.
"""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest

from assets.merge.merge import MERGE_SOURCE, build_incidents
from assets.schema import MENTIONS
from assets.warehouse import Home, connect, insert_rows

ROOT = Path(__file__).resolve().parents[2]
DEV = next((p for p in (ROOT.parent / "shared" / "eval" / "dev", ROOT / "data" / "eval" / "dev")
            if (p / "gold.jsonl").is_file()), ROOT / "data" / "eval" / "dev")
pytestmark = pytest.mark.skipif(not (DEV / "gold.jsonl").is_file(), reason="no dev set")


def _merged(tmp_path: Path) -> tuple[list[dict], dict[str, str]]:
    from pipelines.extract_files import extract_files

    rows, _ = extract_files([DEV / "articles.jsonl"])
    arts = [json.loads(line) for line in (DEV / "articles.jsonl").open(encoding="utf-8")]
    con = connect(Home.at(tmp_path))
    insert_rows(con, "articles", ["article_id", "outlet", "published_at", "sha256", "text"],
                [{"article_id": a["id"], "outlet": a.get("outlet"),
                  "published_at": a["published_at"], "sha256": "0" * 64, "text": a["text"]}
                 for a in arts])
    insert_rows(con, "mentions", MENTIONS.column_names, rows)
    if MERGE_SOURCE != "mentions":
        con.execute(f"CREATE OR REPLACE TABLE {MERGE_SOURCE} AS SELECT * FROM mentions")
    build_incidents(con)
    members = dict(con.execute("SELECT mention_id, incident_id FROM incident_members").fetchall())
    return rows, members


def _match(gold: list[dict], rows: list[dict]) -> dict[int, str]:
    """gold row index -> mention_id, one to one, closest date first."""
    pairs = []
    for gi, g in enumerate(gold):
        for r in rows:
            if (r["article_id"], r["country"], r["admin1"], r["location"]) != (
                    g["article_id"], g["country"], g["admin1"], g["location"]):
                continue
            gd, rd = g["event_date"], r["event_date"]
            days = abs((date.fromisoformat(gd) - rd).days) if gd and rd else 0
            if days <= 1:
                pairs.append((days, gi, r["mention_id"]))
    matched: dict[int, str] = {}
    for _, gi, mid in sorted(pairs):
        if gi not in matched and mid not in matched.values():
            matched[gi] = mid
    return matched


def _same(a: dict, b: dict) -> bool:
    keys = ("country", "admin1", "location", "event_date", "attacker")
    return a["article_id"] != b["article_id"] and all(a[k] == b[k] for k in keys)


def _differ(a: dict, b: dict) -> bool:
    if a["article_id"] == b["article_id"]:
        return True
    if any(a[k] != b[k] for k in ("country", "event_date", "attacker")):
        return True
    if (a["admin1"] and b["admin1"] and a["admin1"] != b["admin1"]) or (
            (a["admin1"] is None) != (b["admin1"] is None)):
        return True
    return bool(a["location"] and b["location"] and a["location"] != b["location"])


def test_dev_merge_joins_gold_duplicates_and_keeps_distinct_apart(tmp_path: Path):
    gold = [json.loads(line) for line in (DEV / "gold.jsonl").open(encoding="utf-8")]
    rows, members = _merged(tmp_path)
    matched = _match(gold, rows)
    assert len(matched) > len(gold) // 2  # the check below must rest on most of the gold
    inc = {gi: members[mid] for gi, mid in matched.items()}
    split, wrong = [], []
    for i, j in itertools.combinations(sorted(inc), 2):
        if _same(gold[i], gold[j]) and inc[i] != inc[j]:
            split.append((i, j))
        if _differ(gold[i], gold[j]) and inc[i] == inc[j]:
            wrong.append((i, j))
    n_same = sum(_same(gold[i], gold[j]) for i, j in itertools.combinations(sorted(inc), 2))
    assert n_same >= 1
    assert split == []
    assert wrong == []
