"""A sequence of releases built from the test tables: first, unchanged, added, changed,
removed, merged, only claims changed, then more rows than the change log lists (added,
changed and removed incidents past MAX_LISTED).

It only calls `publish_release`, so the same sequence runs on older code: the sha256 of every
file it writes were recorded with the code that published every table at once
(`golden_sequence.json`, see test_tablewise.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa

from assets.publish.release import publish_release
from assets.publish.tables import arrow_schema
from assets.publish.writer_options import ParquetOptions
from assets.schema import ARTICLES, CLAIMS, INCIDENTS, MENTIONS
from tests.publish.conftest import (
    ARTICLE_ROWS,
    PLACES,
    PROVENANCE,
    VALIDATION,
    build_tables,
    claim_rows,
    incident_row,
    mention_row,
)

MORE = ("inc-a", "inc-b", "inc-c", "inc-d", "inc-e")


def _edit(row: dict) -> None:
    if row["incident_id"] == "inc-b":
        row["killed"] = 7
        row["location"] = "=Odesa"  # a formula in the CSV


def _moved(tables: dict[str, pa.Table], mention_id: str, incident_id: str
           ) -> dict[str, pa.Table]:
    rows = tables["mentions"].to_pylist()
    for row in rows:
        if row["mention_id"] == mention_id:
            row["incident_id"] = incident_id
    return {**tables, "mentions": pa.Table.from_pylist(rows, schema=tables["mentions"].schema)}


def many(ids: range, changed: range = range(0)) -> dict[str, pa.Table]:
    """Tables of len(ids) incidents (one mention each) over the two test articles; the
    incidents in `changed` report 99 killed."""
    incidents = []
    for i in ids:
        row = incident_row(list(PLACES)[i % len(PLACES)])
        row.update(incident_id=f"inc-{i:05d}", latitude=45 + (i % 37) / 7,
                   event_date=dt.date(2023, 1, 1) + dt.timedelta(days=i % 700),
                   killed=99 if i in changed else (i % 4 or None))
        incidents.append(row)
    mentions = [{**mention_row(r), "mention_id": "men-" + r["incident_id"][4:]}
                for r in incidents]
    claims = [c for m in mentions for c in claim_rows(m)]
    return {"incidents": pa.Table.from_pylist(incidents, schema=arrow_schema(INCIDENTS)),
            "mentions": pa.Table.from_pylist(mentions[::-1], schema=arrow_schema(MENTIONS)),
            "articles": pa.Table.from_pylist(ARTICLE_ROWS, schema=arrow_schema(ARTICLES)),
            "claims": pa.Table.from_pylist(claims, schema=arrow_schema(CLAIMS))}


def steps() -> list[tuple[str, dict[str, pa.Table], dict]]:
    """(what, tables, publish_release options) of each release of the sequence, per home."""
    only_claims = _moved(build_tables(("inc-a", "inc-c", "inc-d", "inc-e"), edit=_edit),
                         "men-c", "inc-a")
    claims = only_claims["claims"].to_pylist()
    claims[0]["outlet"] = "Other Wire"
    only_claims["claims"] = pa.Table.from_pylist(claims, schema=only_claims["claims"].schema)
    return [
        ("first", build_tables(), {}),
        ("unchanged", build_tables(), {}),
        ("added", build_tables(MORE), {}),
        ("changed", build_tables(MORE, edit=_edit), {}),
        ("removed", build_tables(("inc-a", "inc-c", "inc-d", "inc-e"), edit=_edit), {}),
        ("merged", _moved(build_tables(("inc-a", "inc-c", "inc-d", "inc-e"), edit=_edit),
                          "men-c", "inc-a"), {}),
        ("only claims", only_claims, {"note": "a claim's outlet corrected"}),
        ("many", many(range(300)), {"bump": "major"}),
        ("many changed", many(range(250, 700), changed=range(260, 560)), {}),
    ]


def publish_sequence(home: Path, writer: ParquetOptions | None = None
                     ) -> list[tuple[str, bool, str | None]]:
    """Publish every step into home; (what, published, version) of each. writer: the Parquet
    writer options (publish's default when None)."""
    done = []
    for what, tables, options in steps():
        if writer is not None:
            options = {**options, "options": writer}
        result = publish_release(tables, home, validation=VALIDATION, provenance=PROVENANCE,
                                 **options)
        done.append((what, result.published, result.version))
    return done
