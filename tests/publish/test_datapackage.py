"""The generated Frictionless descriptor: schemas, keys, sources, created, schema diffs."""

from __future__ import annotations

import json

from assets.publish import datapackage
from assets.publish.release import publish_release
from assets.schema import CLAIMS, INCIDENTS, MENTIONS


def test_datapackage_table_schema_from_contract():
    schema = datapackage.table_schema(MENTIONS)
    assert schema["primaryKey"] == ["mention_id"]
    assert {fk["fields"][0]: fk["reference"]["resource"] for fk in schema["foreignKeys"]} == {
        "article_id": "articles", "incident_id": "incidents"}
    fields = {f["name"]: f for f in schema["fields"]}
    assert fields["confidence"]["constraints"] == {"required": True, "minimum": 0.0,
                                                   "maximum": 1.0}
    assert fields["killed"] == {"name": "killed", "type": "integer",
                                "description": INCIDENTS.column("killed").description,
                                "constraints": {"minimum": 0}}
    assert fields["weapon"]["constraints"]["enum"][0] == "drone"


def test_datapackage_claims_schema_points_at_mentions_incidents_articles():
    schema = datapackage.table_schema(CLAIMS, "-parquet")
    assert schema["primaryKey"] == ["claim_id"]
    assert {fk["fields"][0]: fk["reference"]["resource"] for fk in schema["foreignKeys"]} == {
        "mention_id": "mentions-parquet", "incident_id": "incidents-parquet",
        "article_id": "articles-parquet"}
    fields = {f["name"]: f for f in schema["fields"]}
    assert fields["field"]["constraints"] == {
        "required": True, "enum": ["killed", "injured", "launched", "intercepted"]}
    assert fields["value"]["constraints"] == {"required": True, "minimum": 0}
    assert fields["chosen"]["type"] == "boolean"


def test_datapackage_descriptor_metadata(tmp_path, make_tables, publish_kwargs):
    folder = publish_release(make_tables(), tmp_path, **publish_kwargs).path
    package = json.loads((folder / "datapackage.json").read_text())
    assert (package["name"], package["version"]) == ("strikes", "v1.0.0")
    assert package["created"] == "2024-07-05T00:00:00Z"
    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    titles = [s["title"] for s in package["sources"]]
    assert titles[0].startswith("News articles") and "GeoNames" in titles[1]
    by_path = {r["path"]: r for r in package["resources"]}
    assert set(by_path) == {"incidents.csv", "mentions.csv", "articles.csv", "claims.csv",
                            "changes.parquet", "incidents.parquet", "mentions.parquet",
                            "articles.parquet", "claims.parquet"}
    csv_res = by_path["incidents.csv"]
    assert (csv_res["mediatype"], csv_res["encoding"]) == ("text/csv", "utf-8")
    assert csv_res["hash"].startswith("sha256:") and csv_res["bytes"] == (
        folder / "incidents.csv").stat().st_size


def test_datapackage_schema_changes_names_columns():
    old = {"resources": [{"name": "incidents", "schema": {"fields": [
        {"name": "a", "type": "string"}, {"name": "b", "type": "integer"},
        {"name": "c", "type": "string"}]}}]}
    new = {"resources": [{"name": "incidents", "schema": {"fields": [
        {"name": "a", "type": "string"}, {"name": "b", "type": "number"},
        {"name": "d", "type": "string"}]}}]}
    assert datapackage.schema_changes(old, new) == [
        "incidents.d added (string)", "incidents.c removed",
        "incidents.b retyped integer -> number"]
    assert datapackage.schema_changes(new, new) == []


def test_sources_name_the_corpus_and_geonames_not_the_articles_outlets() -> None:
    sample = datapackage.sources("data/sample", 71)
    assert len(sample) == 2 and "GeoNames" in sample[1]["title"]
    assert sample[0]["title"].startswith("Sample corpus (data/sample")
    assert "written for the project" in sample[0]["title"] and "(71 articles)" in sample[0]["title"]
    other = datapackage.sources("feeds/2025", 3)
    assert other[0] == {"title": "News articles read from the raw folder feeds/2025 (3 articles); "
                        "each article's outlet and url are columns of the articles table"}
    assert other[1:] == sample[1:]


def test_release_sources_hold_no_article_url_or_outlet(tmp_path, make_tables, publish_kwargs):
    tables = make_tables()
    folder = publish_release(tables, tmp_path, **publish_kwargs).path
    package = json.loads((folder / "datapackage.json").read_text())
    listed = json.dumps(package["sources"])
    for url, outlet in zip(tables["articles"].column("url").to_pylist(),
                           tables["articles"].column("outlet").to_pylist(), strict=True):
        host = url.split("/")[2]
        assert host not in listed and outlet not in listed
    assert [s.get("path") for s in package["sources"]] == [None, "https://www.geonames.org/"]
    assert "(2 articles)" in package["sources"][0]["title"]
