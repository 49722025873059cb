"""The generated Frictionless descriptor: schemas, keys, sources, created, schema diffs."""

from __future__ import annotations

import json

import pyarrow as pa

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
    assert titles[:2] == ["Kyiv Independent", "Ukrinform"] and "GeoNames" in titles[2]
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


def _sources_one_by_one(articles: pa.Table) -> list[dict]:
    """The plain reading of `sources`: every article's URL through urlsplit."""
    from urllib.parse import urlsplit

    sites: dict[str, set[str]] = {}
    for outlet, url in zip(articles.column("outlet").to_pylist(),
                           articles.column("url").to_pylist(), strict=True):
        if outlet:
            parts = urlsplit(url or "")
            site = f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else None
            sites.setdefault(outlet, set()).update([site] if site else [])
    listed = [{"title": o, **({"path": min(s)} if s else {})} for o, s in sorted(sites.items())]
    return listed + datapackage.META["extra_sources"]


def test_sources_parse_each_site_once_with_the_same_answer_as_every_url() -> None:
    urls = ["https://news.example/a/b?x=1", "HTTPS://News.Example/c", "https://news.example",
            " https://lead.example/x", "http://tab\t.example/x", "ftp://files.example#frag",
            "https://q.example?x=/y", "no-scheme.example/path", "mailto:desk@wire.example",
            "a:b://odd.example/", "//host.example/x", "https://line\n.example/x", "", None,
            "https://news.example:8443/p", "https://user@news.example/p"]
    outlets = ["Wire", "Wire", "Wire", "Lead", "Tab", "Files", "Q", "Plain", "Mail", "Odd",
               "Rel", "Line", None, "Empty", "Wire", "Wire"]
    articles = pa.table({"outlet": outlets, "url": urls})
    got = datapackage.sources(articles)
    assert got == _sources_one_by_one(articles)
    wire = next(s for s in got if s["title"] == "Wire")
    assert wire["path"] == "https://News.Example/"   # netloc kept as written, scheme lowered
    assert not any("path" in s for s in got if s["title"] in ("Plain", "Mail", "Rel", "Empty"))
