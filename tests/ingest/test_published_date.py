"""articles.published_date: the calendar day of published_at on the article's own clock, the
day the extractor resolves relative dates against; what ingest does with a value it cannot read;
and a warehouse made before the column gets it on the next pass."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from assets.extract.extractor import extract_mentions
from assets.ingest.load import build_articles, ingest_raw_dir
from assets.publication_day import publication_day
from assets.schema import ARTICLES
from assets.warehouse import Home, connect

STRIKE = "Russian drones struck Kharkiv yesterday, killing two people, the regional governor said."
FEED = [
    {"id": "d-date", "published_at": "2024-09-16", "text": STRIKE},
    # 00:30 in Kyiv is still 24 May in UTC: the day is the article's own, the 25th.
    {"id": "d-east", "published_at": "2024-05-25T00:30:00+03:00", "text": STRIKE},
    # 22:45 four hours west of UTC is already 25 May in UTC: the day is the 24th.
    {"id": "d-west", "published_at": "2024-05-24T22:45:00-04:00", "text": STRIKE},
    {"id": "d-naive", "published_at": "2024-05-25T06:10:00", "text": STRIKE},
    {"id": "d-zulu", "published_at": "2024-05-25T23:59:00Z", "text": STRIKE},
    {"id": "d-none", "text": STRIKE},
    {"id": "d-prose", "published_at": "last Tuesday", "text": STRIKE},
    {"id": "d-hour", "published_at": "2024-05-25T25:00:00+03:00", "text": STRIKE},
]


@pytest.mark.parametrize(("published_at", "day"), [
    ("2024-09-16", dt.date(2024, 9, 16)),
    ("2024-05-25T00:30:00+03:00", dt.date(2024, 5, 25)),
    ("2024-05-24T22:45:00-04:00", dt.date(2024, 5, 24)),
    ("2024-05-25T06:10:00", dt.date(2024, 5, 25)),
    ("2024-05-25T23:59:00Z", dt.date(2024, 5, 25)),
    (" 2024-05-25 ", dt.date(2024, 5, 25)),
    # The extractor's reading is lenient: a date it can read before a bad time still counts
    # (ingest rejects the whole value, so no such text reaches the articles table).
    ("2024-05-25T25:00:00+03:00", dt.date(2024, 5, 25)),
    (None, None), ("", None), ("last Tuesday", None), ("2024-02-30", None),
])
def test_publication_day_reads_the_date_as_written(published_at, day):
    assert publication_day(published_at) == day


def test_publication_day_is_not_the_utc_day():
    east = dt.datetime.fromisoformat("2024-05-25T00:30:00+03:00")
    assert east.astimezone(dt.UTC).date() == dt.date(2024, 5, 24)
    assert publication_day("2024-05-25T00:30:00+03:00") == dt.date(2024, 5, 25)


@pytest.mark.parametrize(("published_at", "event_date"), [
    ("2024-05-25T00:30:00+03:00", dt.date(2024, 5, 24)),
    ("2024-05-24T22:45:00-04:00", dt.date(2024, 5, 23)),
    ("2024-05-25T06:10:00", dt.date(2024, 5, 24)),
])
def test_extractor_yesterday_is_the_day_before_published_date(published_at, event_date):
    rows = extract_mentions({"article_id": "d", "text": STRIKE, "published_at": published_at})
    assert [r["event_date"] for r in rows] == [event_date]
    assert event_date == publication_day(published_at) - dt.timedelta(days=1)


def test_extractor_without_a_readable_publication_day_leaves_yesterday_undated():
    for published_at in (None, "last Tuesday"):
        rows = extract_mentions({"article_id": "d", "text": STRIKE,
                                 "published_at": published_at})
        assert [(r["event_date"], r["date_precision"]) for r in rows] == [(None, "unknown")]


def _ingest(tmp_path: Path) -> Home:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "feed.jsonl").write_text("\n".join(json.dumps(a) for a in FEED) + "\n",
                                    encoding="utf-8")
    home = Home.at(tmp_path / "home")
    con = connect(home)
    ingest_raw_dir(con, raw)
    build_articles(con)
    con.close()
    return home


def _published(con) -> dict[str, tuple[str, dt.date | None]]:
    return {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT article_id, published_at, published_date FROM articles").fetchall()}


def test_ingest_stores_published_date_beside_published_at(tmp_path):
    home = _ingest(tmp_path)
    con = connect(home)
    assert _published(con) == {
        "d-date": ("2024-09-16", dt.date(2024, 9, 16)),
        "d-east": ("2024-05-25T00:30:00+03:00", dt.date(2024, 5, 25)),
        "d-west": ("2024-05-24T22:45:00-04:00", dt.date(2024, 5, 24)),
        "d-naive": ("2024-05-25T06:10:00", dt.date(2024, 5, 25)),
        "d-zulu": ("2024-05-25T23:59:00+00:00", dt.date(2024, 5, 25)),
    }
    reasons = dict(con.execute("SELECT record_id, reason FROM quarantine").fetchall())
    con.close()
    # Missing or unreadable published_at: quarantined at ingest, as before the column.
    assert reasons == {"d-none": "missing published_at",
                       "d-prose": "malformed published_at: 'last Tuesday'",
                       "d-hour": "malformed published_at: '2024-05-25T25:00:00+03:00'"}


def test_a_warehouse_from_before_the_column_gets_it_on_the_next_pass(tmp_path):
    home = _ingest(tmp_path)
    con = connect(home)
    want = _published(con)
    for table in ("articles", "valid_articles"):  # as a warehouse made before the column
        con.execute(f"ALTER TABLE {table} DROP COLUMN published_date")
    con.close()
    con = connect(home)  # ensure_schema: recreated with the contract's columns
    assert [c for c, in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = "
        "'valid_articles' ORDER BY ordinal_position").fetchall()] == ARTICLES.column_names
    assert build_articles(con) == len(want)
    assert _published(con) == want
    con.close()
