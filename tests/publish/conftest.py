"""Tiny tables built in code for the publish tests: 3 incidents, 3 mentions, 2 articles and
the claims of the mentions' figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pyarrow as pa
import pytest

from assets.publish.tables import arrow_schema
from assets.schema import ARTICLES, CLAIM_FIELDS, CLAIMS, INCIDENTS, MENTIONS

PLACES = {
    "inc-a": ("Kharkiv", "Kharkiv Oblast", "UA-63", 49.99, 36.23, dt.date(2024, 5, 1), 2, 5),
    "inc-b": ("Odesa", "Odesa Oblast", "UA-51", 46.48, 30.73, dt.date(2024, 5, 3), 0, 1),
    "inc-c": ("Belgorod", "Belgorod Oblast", "RU-BEL", 50.60, 36.59, dt.date(2024, 6, 2), None,
              3),
    "inc-d": ("Dnipro", "Dnipropetrovsk Oblast", "UA-12", 48.46, 35.05, dt.date(2024, 6, 9), 1,
              0),
    "inc-e": ("Kyiv", "Kyiv City", "UA-30", 50.45, 30.52, dt.date(2024, 7, 4), 4, 10),
}


def incident_row(key: str) -> dict:
    loc, adm, code, lat, lon, day, killed, injured = PLACES[key]
    article = "art-1" if key in ("inc-a", "inc-b") else "art-2"
    return {"incident_id": key, "kind": "impact", "event_date": day, "date_precision": "day",
            "country": "RUS" if code.startswith("RU") else "UKR", "admin1": adm,
            "admin1_code": code, "location": loc, "latitude": lat, "longitude": lon,
            "geo_precision": "settlement", "attacker": "UKR" if code.startswith("RU") else "RUS",
            "weapon": "drone", "weapon_model": "Shahed", "killed": killed, "injured": injured,
            "launched": None, "intercepted": None, "target_type": "residential",
            "n_articles": 1, "n_mentions": 1, "article_ids": article,
            "first_reported_at": "2024-05-01T08:00:00+03:00",
            "last_reported_at": "2024-05-01T08:00:00+03:00",
            "evidence": f"=A drone hit {loc}, officials said."}


def mention_row(incident: dict) -> dict:
    keep = {k: v for k, v in incident.items() if k in MENTIONS.column_names}
    return {**keep, "mention_id": "men-" + incident["incident_id"][4:],
            "article_id": incident["article_ids"], "evidence_start": 0, "evidence_end": 30,
            "confidence": 0.9, "extractor_version": "1.0.0"}


def claim_rows(mention: dict) -> list[dict]:
    """One claim per figure the mention reports, each the incident's chosen value."""
    article = next(a for a in ARTICLE_ROWS if a["article_id"] == mention["article_id"])
    return [{"claim_id": f"{mention['mention_id']}:{f}", "incident_id": mention["incident_id"],
             "mention_id": mention["mention_id"], "article_id": mention["article_id"],
             "field": f, "value": mention[f], "outlet": article["outlet"],
             "published_at": article["published_at"], "official": True, "chosen": True,
             "evidence": mention["evidence"]}
            for f in CLAIM_FIELDS if mention[f] is not None]


ARTICLE_ROWS = [
    {"article_id": "art-1", "url": "https://www.ukrinform.net/a1", "outlet": "Ukrinform",
     "title": "-Strikes on Kharkiv and Odesa", "published_at": "2024-05-03T10:00:00+03:00",
     "published_date": dt.date(2024, 5, 3), "language": "en", "sha256": "0" * 64},
    {"article_id": "art-2", "url": "https://kyivindependent.com/a2", "outlet": "Kyiv Independent",
     "title": "Night attack", "published_at": "2024-07-05",
     "published_date": dt.date(2024, 7, 5), "language": "en", "sha256": "1" * 64},
]


def build_tables(keys: tuple[str, ...] = ("inc-a", "inc-b", "inc-c"),
                 edit: Callable[[dict], None] | None = None) -> dict[str, pa.Table]:
    incidents = [incident_row(k) for k in keys]
    for row in incidents:
        if edit:
            edit(row)
    mentions = [mention_row(r) for r in incidents]
    claims = [c for m in mentions for c in claim_rows(m)]
    # Deliberately unsorted and with the columns out of order: publish must not care.
    return {
        "incidents": pa.Table.from_pylist(incidents[::-1], schema=arrow_schema(INCIDENTS)),
        "mentions": pa.Table.from_pylist(mentions, schema=arrow_schema(MENTIONS)),
        "articles": pa.Table.from_pylist(ARTICLE_ROWS, schema=arrow_schema(ARTICLES)),
        "claims": pa.Table.from_pylist(claims[::-1], schema=arrow_schema(CLAIMS)),
    }


VALIDATION = {"rows_checked": 3, "quarantined": 0,
              "expectations": [{"name": "incidents_ids_unique", "success": True}]}
PROVENANCE = {"raw_files": [{"path": "data/raw/a.jsonl", "sha256": "2" * 64}],
              "extractor_version": "1.0.0", "packages": {"pyarrow": "26.0.1"}}


@pytest.fixture
def make_tables() -> Callable[..., dict[str, pa.Table]]:
    return build_tables


@pytest.fixture
def publish_kwargs() -> dict:
    return {"validation": VALIDATION, "provenance": PROVENANCE}
