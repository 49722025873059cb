"""Merged and split incidents in changes.parquet and CHANGELOG.md (issue 6: stable ids)."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from assets.publish.changes import identity_changes
from assets.publish.release import publish_release


def mentions(*rows: tuple[str, str, str]) -> pa.Table:
    """A mentions table reduced to the columns identity_changes reads."""
    return pa.Table.from_pylist([{"mention_id": m, "incident_id": i, "article_id": a}
                                 for m, i, a in rows])


def with_mention_moved(tables: dict[str, pa.Table], mention_id: str,
                       incident_id: str) -> dict[str, pa.Table]:
    """The tables with one mention reassigned to another incident."""
    rows = tables["mentions"].to_pylist()
    for row in rows:
        if row["mention_id"] == mention_id:
            row["incident_id"] = incident_id
    return {**tables, "mentions": pa.Table.from_pylist(rows, schema=tables["mentions"].schema)}


def test_identity_changes_two_incidents_merge_into_existing_one():
    old = mentions(("m1", "inc-a", "art-1"), ("m2", "inc-b", "art-2"), ("m3", "inc-c", "art-3"))
    new = mentions(("m1", "inc-a", "art-1"), ("m2", "inc-a", "art-2"), ("m3", "inc-c", "art-3"),
                   ("m4", "inc-a", "art-4"))
    assert identity_changes(old, new) == [
        ("merged", "inc-b", None, "inc-b", "inc-a", "art-1;art-2;art-4")]


def test_identity_changes_two_incidents_merge_into_new_id():
    old = mentions(("m1", "inc-b", "art-1"), ("m2", "inc-c", "art-2"))
    new = mentions(("m0", "inc-a", "art-3"), ("m1", "inc-a", "art-1"), ("m2", "inc-a", "art-2"))
    assert identity_changes(old, new) == [
        ("merged", "inc-b", None, "inc-b", "inc-a", "art-1;art-2;art-3"),
        ("merged", "inc-c", None, "inc-c", "inc-a", "art-1;art-2;art-3")]


def test_identity_changes_one_incident_splits_into_two():
    old = mentions(("m1", "inc-a", "art-1"), ("m2", "inc-a", "art-2"), ("m3", "inc-a", "art-3"))
    new = mentions(("m1", "inc-a", "art-1"), ("m2", "inc-x", "art-2"), ("m3", "inc-x", "art-3"))
    assert identity_changes(old, new) == [
        ("split", "inc-a", None, "inc-a", "inc-a;inc-x", "art-1;art-2;art-3")]


def test_identity_changes_ignores_kept_ids_and_dropped_mentions():
    old = mentions(("m1", "inc-a", "art-1"), ("m2", "inc-a", "art-2"), ("m3", "inc-b", "art-3"))
    new = mentions(("m1", "inc-a", "art-1"), ("m4", "inc-c", "art-4"))
    assert identity_changes(old, new) == []
    assert identity_changes(None, new) == []


def test_publish_release_records_merged_incidents(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    merged = make_tables(("inc-a", "inc-c"))
    merged["mentions"] = with_mention_moved(make_tables(), "men-b", "inc-a")["mentions"]
    result = publish_release(merged, tmp_path, **publish_kwargs)
    changes = pq.read_table(result.path / "changes.parquet").to_pylist()
    assert changes == [
        {"change": "merged", "incident_id": "inc-b", "field": None, "old_value": "inc-b",
         "new_value": "inc-a", "article_ids": "art-1"},
        {"change": "removed", "incident_id": "inc-b", "field": None, "old_value": None,
         "new_value": None, "article_ids": "art-1"}]
    text = (result.path / "CHANGELOG.md").read_text()
    assert ("### Merged and split incidents\n\n"
            "- Odesa, Odesa Oblast, UKR, 2024-05-03 (inc-b): merged into inc-a\n") in text
    assert "### Removed incidents" not in text


def test_publish_release_records_split_incident(tmp_path, make_tables, publish_kwargs):
    first = make_tables(("inc-a", "inc-c"))
    first["mentions"] = with_mention_moved(make_tables(), "men-b", "inc-a")["mentions"]
    publish_release(first, tmp_path, **publish_kwargs)
    result = publish_release(make_tables(), tmp_path, **publish_kwargs)
    changes = pq.read_table(result.path / "changes.parquet").to_pylist()
    assert changes == [
        {"change": "split", "incident_id": "inc-a", "field": None, "old_value": "inc-a",
         "new_value": "inc-a;inc-b", "article_ids": "art-1"},
        {"change": "added", "incident_id": "inc-b", "field": None, "old_value": None,
         "new_value": None, "article_ids": "art-1"}]
    text = (result.path / "CHANGELOG.md").read_text()
    assert ("### Merged and split incidents\n\n"
            "- Kharkiv, Kharkiv Oblast, UKR, 2024-05-01 (inc-a): split into inc-a, inc-b\n"
            ) in text
    assert "- Odesa, Odesa Oblast, UKR, 2024-05-03: impact, drone; killed 0; injured 1 (inc-b)" \
        in text
