"""Fixture mentions for the merge tests, as the extractor would write them, and a warehouse.

Several outlets report the same strikes: rising casualty counts for Kharkiv (a wire, the
governor for the whole oblast, the mayor in an article spelling it "Kharkov", a Russian outlet),
two "at least" counts for Odesa, two air-force tallies for one night, and cases that must stay
apart (an oblast report that two towns fit, conflicting weapons, undated reports, dates a day
apart).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import duckdb

from assets.ids import incident_id_for, mention_id_for
from assets.merge.merge import MERGE_SOURCE
from assets.schema import MENTIONS
from assets.warehouse import Home, connect, insert_rows

ARTICLES = [
    # article_id, outlet, published_at
    ("w1", "Test Wire", "2025-03-04T08:00:00+02:00"),
    ("g1", "Oblast Daily", "2025-03-04T12:00:00+02:00"),
    ("c1", "City News", "2025-03-04T18:00:00+02:00"),
    ("r1", "Russian Outlet", "2025-03-05T06:00:00+03:00"),
    ("af1", "Air Force Digest", "2025-03-04T09:00:00+02:00"),
    ("af2", "Morning Wire", "2025-03-04T11:00:00+02:00"),
    ("o1", "Port Wire", "2025-03-06T10:00:00+02:00"),
    ("o2", "Sea Times", "2025-03-06T15:00:00+02:00"),
    ("d1", "Dnipro Daily", "2025-03-07T09:00:00+02:00"),
    ("d2", "River Post", "2025-03-07T10:00:00+02:00"),
    ("s1", "North Wire", "2025-03-08T09:00:00+02:00"),
    ("s2", "Border News", "2025-03-08T10:00:00+02:00"),
    ("k1", "South Wire", "2025-03-09T09:00:00+02:00"),
    ("k2", "Delta News", "2025-03-10T09:00:00+02:00"),
    ("z1", "Zap Wire", "2025-03-11T09:00:00+02:00"),
    ("z2", "Zap Post", "2025-03-12T09:00:00+02:00"),
]
D = date.fromisoformat


def mention(article_id: str, evidence: str, *, kind: str = "impact", admin1: str | None = None,
            location: str | None = None, event_date: date | None = None,
            weapon: str = "unknown", **figures: int | None) -> dict:
    """One mentions row with everything the merge reads; figures: killed, injured, ..."""
    level = "settlement" if location else "admin1" if admin1 else "country"
    attacker = "RUS"
    start = 0
    row = {
        "mention_id": mention_id_for(article_id, kind, "UKR", admin1, location, start,
                                     len(evidence)),
        "incident_id": incident_id_for(kind, "UKR", admin1, location, event_date, attacker),
        "article_id": article_id, "kind": kind, "event_date": event_date,
        "date_precision": "day" if event_date else "unknown", "country": "UKR",
        "admin1": admin1, "admin1_code": None, "location": location, "latitude": 49.0,
        "longitude": 32.0, "geo_precision": level, "attacker": attacker, "weapon": weapon,
        "weapon_model": None, "killed": None, "injured": None, "launched": None,
        "intercepted": None, "target_type": "unknown", "evidence": evidence,
        "evidence_start": start, "evidence_end": len(evidence), "confidence": 0.8,
        "extractor_version": "test",
    }
    row.update(figures)
    return row


KH, DN, SU, OD = "Kharkiv Oblast", "Dnipropetrovsk Oblast", "Sumy Oblast", "Odesa Oblast"
MENTIONS_ROWS = [
    mention("w1", "Russian drones hit Kharkiv overnight, killing two and injuring five.",
            admin1=KH, location="Kharkiv", event_date=D("2025-03-04"), weapon="drone",
            killed=2, injured=5),
    mention("g1", "The governor said three people were killed and nine hurt in the region.",
            admin1=KH, event_date=D("2025-03-04"), killed=3, injured=9),
    mention("c1", "Kharkov mayor Ihor Terekhov said the toll rose to four, with 12 injured.",
            admin1=KH, location="Kharkiv", event_date=D("2025-03-04"), weapon="mixed",
            killed=4, injured=12),
    mention("r1", "A Russian outlet claimed one person died in the Kharkiv strike.",
            admin1=KH, location="Kharkiv", event_date=D("2025-03-04"), killed=1),
    mention("af1", "Russia launched 120 drones overnight; 98 were shot down, the air force said.",
            kind="wave", event_date=D("2025-03-04"), weapon="drone", launched=120,
            intercepted=98),
    mention("af2", "Air defences downed 100 of the 120 drones launched overnight.",
            kind="wave", event_date=D("2025-03-04"), weapon="drone", launched=120,
            intercepted=100),
    mention("o1", "A missile strike on Odesa killed at least three people.",
            admin1=OD, location="Odesa", event_date=D("2025-03-06"), weapon="missile", killed=3),
    mention("o2", "At least five people were killed when a missile hit Odesa.",
            admin1=OD, location="Odesa", event_date=D("2025-03-06"), weapon="missile", killed=5),
    mention("d1", "Drones hit Dnipro, injuring two.", admin1=DN, location="Dnipro",
            event_date=D("2025-03-07"), weapon="drone", injured=2),
    mention("d1", "Nikopol was shelled by drones too.", admin1=DN, location="Nikopol",
            event_date=D("2025-03-07"), weapon="drone"),
    mention("d2", "The regional administration said one person was hurt in the oblast.",
            admin1=DN, event_date=D("2025-03-07"), injured=1),
    mention("s1", "Glide bombs hit Sumy Oblast, injuring three.", admin1=SU,
            event_date=D("2025-03-08"), weapon="glide_bomb", injured=3),
    mention("s2", "A drone struck Sumy, injuring one.", admin1=SU, location="Sumy",
            event_date=D("2025-03-08"), weapon="drone", injured=1),
    mention("k1", "Kherson has been shelled, two were injured.", admin1="Kherson Oblast",
            location="Kherson", injured=2),
    mention("k2", "Kherson came under fire, one man was hurt.", admin1="Kherson Oblast",
            location="Kherson", injured=1),
    mention("z1", "A missile hit Zaporizhzhia on Tuesday.", admin1="Zaporizhzhia Oblast",
            location="Zaporizhzhia", event_date=D("2025-03-11"), weapon="missile"),
    mention("z2", "A missile hit Zaporizhzhia on Wednesday.", admin1="Zaporizhzhia Oblast",
            location="Zaporizhzhia", event_date=D("2025-03-12"), weapon="missile"),
]


def warehouse(root: Path, rows: Iterable[dict] = MENTIONS_ROWS) -> duckdb.DuckDBPyConnection:
    """A warehouse in root holding the fixture articles and the given mentions, in that order."""
    con = connect(Home.at(root))
    insert_rows(con, "articles", ["article_id", "outlet", "published_at", "sha256", "text"],
                [{"article_id": a, "outlet": o, "published_at": p, "sha256": "0" * 64,
                  "text": ""} for a, o, p in ARTICLES])
    insert_rows(con, "mentions", MENTIONS.column_names, rows)
    if MERGE_SOURCE != "mentions":  # the curate stage's copy, which it creates itself
        con.execute(f"CREATE OR REPLACE TABLE {MERGE_SOURCE} AS SELECT * FROM mentions")
    return con
