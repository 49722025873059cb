"""Curate brings `curated_mentions` up to date article by article: after every kind of change
(articles added, re-extracted, removed; corrections added, changed, removed) the table holds
what applying the corrections to every mention from scratch gives, and only the articles that
changed are written again."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pytest

from assets.curate.corrections import load_corrections
from assets.curate.curate import curate
from assets.curate.store import CURATED_TABLE, log_records, read_curation, save_curation
from assets.curate.sync import sync
from assets.schema import MENTIONS
from assets.warehouse import Home, connect, insert_rows
from tests.merge.fixtures import D, mention

TEXT = "Sirens at night. A drone hit a shop in Poltava, injuring two. Power was cut."
ADDED = "A drone hit a shop in Poltava, injuring two."


def _rows(article: str, n: int, rng: random.Random) -> list[dict]:
    """n mentions of one article, with ids unique as the extractor's are."""
    return [{**mention(article, f"Report {i} of {article}: strike.", admin1="Kharkiv Oblast",
                       location=rng.choice(["Kharkiv", "Izium", "Chuhuiv"]),
                       event_date=D(f"2025-03-{rng.randint(1, 28):02d}"),
                       killed=rng.choice([None, 1, 2, 5]), injured=rng.choice([None, 0, 3])),
             "mention_id": f"men-{article}-{i}-{rng.randrange(10**6)}"} for i in range(n)]


@pytest.fixture
def con(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    c = connect(Home.at(tmp_path))
    insert_rows(c, "articles", ["article_id", "published_at", "sha256", "text"],
                [{"article_id": f"a{i}", "published_at": "2025-03-29", "sha256": "0" * 64,
                  "text": TEXT} for i in range(12)])
    rng = random.Random(5)
    for i in range(10):
        insert_rows(c, "mentions", MENTIONS.column_names, _rows(f"a{i}", 1 + i % 3, rng))
    return c


def _curated(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(f"SELECT * FROM {CURATED_TABLE} ORDER BY ALL").fetchall()


def _from_scratch(con: duckdb.DuckDBPyConnection, root: Path) -> tuple[list[tuple], list]:
    """The curated rows and the corrections log when every mention is curated anew."""
    rows = con.sql("SELECT * FROM mentions ORDER BY mention_id").to_arrow_table().to_pylist()
    corrections, problems = load_corrections(root)
    texts = dict(con.execute("SELECT article_id, text FROM articles").fetchall())
    result = curate(rows, corrections, texts)
    result.problems = problems + result.problems
    con.execute("CREATE OR REPLACE TEMP TABLE _want AS SELECT * FROM mentions LIMIT 0")
    insert_rows(con, "_want", MENTIONS.column_names, result.rows)
    want = con.execute("SELECT * FROM _want ORDER BY ALL").fetchall()
    con.execute("DROP TABLE _want")
    return want, log_records(result)


def _run(con: duckdb.DuckDBPyConnection, root: Path) -> int | None:
    """One curation; checks it against curating from scratch, returns articles rewritten."""
    rewritten = save_curation(con, read_curation(con, root))
    want, log = _from_scratch(con, root)
    assert _curated(con) == want
    cols = ", ".join(log[0]) if log else "name"
    got = con.sql(f"SELECT {cols} FROM corrections ORDER BY file, entry"
                  ).to_arrow_table().to_pylist()
    assert got == [{k: r[k] for k in log[0]} for r in log] if log else got == []
    return rewritten


def _replace_article(con: duckdb.DuckDBPyConnection, article: str, rows: list[dict]) -> None:
    con.execute("DELETE FROM mentions WHERE article_id = ?", [article])
    insert_rows(con, "mentions", MENTIONS.column_names, rows)


def _ids(con: duckdb.DuckDBPyConnection, article: str) -> list[tuple[str, str]]:
    return con.execute("SELECT mention_id, incident_id FROM mentions WHERE article_id = ? "
                       "ORDER BY mention_id", [article]).fetchall()


def test_curate_rewrites_only_changed_articles_and_equals_a_full_curation(
        con: duckdb.DuckDBPyConnection, tmp_path: Path):
    rng = random.Random(9)
    assert _run(con, tmp_path) is None  # no table yet: written whole
    assert _run(con, tmp_path) == 0  # nothing changed, nothing written
    _replace_article(con, "a10", _rows("a10", 2, rng))  # a new article
    assert _run(con, tmp_path) == 1
    changed = con.sql("SELECT * FROM mentions WHERE article_id = 'a4'"
                      ).to_arrow_table().to_pylist()
    changed[0]["killed"] = 7  # re-extracted: a figure changed, the ids stayed
    _replace_article(con, "a4", changed)
    assert _run(con, tmp_path) == 1
    con.execute("DELETE FROM mentions WHERE article_id IN ('a2', 'a3')")  # left the corpus
    assert _run(con, tmp_path) == 2
    before = con.execute(f"SELECT count(*) FROM {CURATED_TABLE}").fetchone()[0]
    assert before == con.execute("SELECT count(*) FROM mentions").fetchone()[0]


def test_curate_with_corrections_equals_a_full_curation_through_changes(
        con: duckdb.DuckDBPyConnection, tmp_path: Path):
    rng = random.Random(3)
    _run(con, tmp_path)
    (m1, _), (_, i5) = _ids(con, "a1")[0], _ids(con, "a5")[0]
    [(m9, _)] = _ids(con, "a9")  # its only row
    start = TEXT.index(ADDED)
    (tmp_path / "corrections").mkdir()
    yaml = tmp_path / "corrections" / "2025-03.yaml"
    base = "reason: checked\n  curator: A. Curator\n  date: 2025-03-30"
    yaml.write_text(f"""
- target: mention:{m1}
  action: set
  set: {{killed: 9, location: Balakliia}}
  {base}
- target: mention:{m9}
  action: reject
  {base}
- target: incident:{i5}
  action: set
  set: {{injured: 4}}
  {base}
- target: article:a11
  action: add
  row: {{kind: impact, event_date: 2025-03-09, date_precision: day, country: UKR,
        admin1: Poltava Oblast, location: Poltava, geo_precision: settlement,
        attacker: RUS, weapon: drone, target_type: civilian_infrastructure,
        evidence: "{ADDED}", evidence_start: {start}, evidence_end: {start + len(ADDED)}}}
  {base}
- target: mention:men-0000000000000000
  action: set
  set: {{injured: 1}}
  {base}
""", encoding="utf-8")
    # the corrected, rejected and added rows' articles (a1, a9, a11) only
    assert _run(con, tmp_path) == 3
    assert _run(con, tmp_path) == 0
    # the corrected mention's article re-extracted with another figure: the correction holds
    rows = [{**r, "injured": 8} if r["mention_id"] == m1 else r for r in con.sql(
        "SELECT * FROM mentions WHERE article_id = 'a1'").to_arrow_table().to_pylist()]
    _replace_article(con, "a1", rows)
    assert _run(con, tmp_path) == 1
    _replace_article(con, "a6", _rows("a6", 3, rng))  # another article re-extracted
    assert _run(con, tmp_path) == 1
    con.execute("DELETE FROM mentions WHERE article_id = 'a9'")  # the rejected row's article
    assert _run(con, tmp_path) == 0  # its only row was rejected: nothing to change
    yaml.unlink()  # corrections withdrawn: back to the mentions as they are
    assert _run(con, tmp_path) == 2  # a1 as extracted, a11 without the added row
    assert _curated(con) == con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall()


def test_sync_sees_equal_rows_that_a_xor_would_cancel(con: duckdb.DuckDBPyConnection,
                                                      tmp_path: Path):
    """Two equal rows of one article against two other equal rows: their hashes' xor is 0 on
    both sides, their sum is not."""
    row = con.sql("SELECT * FROM mentions WHERE article_id = 'a0'").to_arrow_table().to_pylist()
    con.execute("DELETE FROM mentions WHERE article_id = 'a0'")
    insert_rows(con, "mentions", MENTIONS.column_names, [row[0], row[0]])
    con.execute(f"CREATE TABLE {CURATED_TABLE} AS SELECT * FROM mentions")
    con.execute("DELETE FROM mentions WHERE article_id = 'a0'")
    insert_rows(con, "mentions", MENTIONS.column_names, [{**row[0], "killed": 42}] * 2)
    assert sync(con, CURATED_TABLE, "mentions") == 1
    assert _curated(con) == con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall()


def test_sync_writes_the_table_whole_when_its_columns_differ(con: duckdb.DuckDBPyConnection):
    con.execute(f"CREATE TABLE {CURATED_TABLE} AS SELECT *, 1 AS extra FROM mentions")
    assert sync(con, CURATED_TABLE, "mentions") is None
    assert _curated(con) == con.execute("SELECT * FROM mentions ORDER BY ALL").fetchall()
    assert [r[0] for r in con.execute(f"SELECT mention_id FROM {CURATED_TABLE}").fetchall()
            ] == sorted(r[0] for r in con.execute("SELECT mention_id FROM mentions").fetchall())
