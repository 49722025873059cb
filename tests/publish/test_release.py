"""publish_release: versions decided from the data, immutable folders, atomic publishing."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from assets import schema
from assets.publish import writers
from assets.publish.release import ReleaseExistsError, publish_release
from assets.schema import Column

PAYLOAD = ["incidents.parquet", "mentions.parquet", "articles.parquet", "incidents.csv",
           "mentions.csv", "articles.csv", "claims.parquet", "claims.csv",
           "datapackage.json", "SHA256SUMS", "validation.json",
           "provenance.json", "CHANGELOG.md", "changes.parquet", "README.md",
           "charts/timeline.png", "charts/map.png"]
MORE = ("inc-a", "inc-b", "inc-c", "inc-d", "inc-e")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_publish_release_first_is_1_0_0_with_all_files(tmp_path, make_tables, publish_kwargs):
    result = publish_release(make_tables(), tmp_path, **publish_kwargs)
    assert (result.published, result.version, result.bump) == (True, "v1.0.0", "major")
    assert result.path == tmp_path / "releases" / "v1.0.0"
    assert sorted(snapshot(result.path)) == sorted(PAYLOAD)
    for name in ("datapackage.json", "CHANGELOG.md", "CITATION.cff", "releases/index.html"):
        assert (tmp_path / name).is_file()
    assert 'version: "1.0.0"' in (tmp_path / "CITATION.cff").read_text()
    readme = (result.path / "README.md").read_text()
    assert "charts/timeline.png" in readme and "charts/map.png" in readme
    assert "2024-05-01 to 2024-06-02" in readme and "duckdb" in readme
    assert "with 5 claims" in readme and "### `claims`: Claims" in readme
    claims = pq.read_table(result.path / "claims.parquet").column("claim_id").to_pylist()
    assert claims == ["men-a:injured", "men-a:killed", "men-b:injured", "men-b:killed",
                      "men-c:injured"]
    assert json.loads((result.path / "validation.json").read_text())["rows_checked"] == 3


def test_publish_release_sorts_and_casts_rows(tmp_path, make_tables, publish_kwargs):
    result = publish_release(make_tables(), tmp_path, **publish_kwargs)
    incidents = pq.read_table(result.path / "incidents.parquet")
    assert incidents.column("incident_id").to_pylist() == ["inc-a", "inc-b", "inc-c"]
    assert incidents.schema.field("killed").type == pa.int32()
    assert incidents.schema.metadata is None or b"pandas" not in incidents.schema.metadata


def test_publish_release_identical_tables_write_nothing(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    before = snapshot(tmp_path)
    mtimes = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    result = publish_release(make_tables(), tmp_path, **publish_kwargs)
    assert (result.published, result.reason) == (False, "no change since v1.0.0")
    assert snapshot(tmp_path) == before
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == mtimes


def test_publish_release_added_rows_are_minor(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    result = publish_release(make_tables(MORE), tmp_path, **publish_kwargs)
    assert (result.version, result.bump) == ("v1.1.0", "minor")
    assert result.reason.startswith("2 incidents added")
    changes = pq.read_table(result.path / "changes.parquet").to_pylist()
    assert [(c["change"], c["incident_id"]) for c in changes] == [("added", "inc-d"),
                                                                  ("added", "inc-e")]
    assert "Dnipro, Dnipropetrovsk Oblast, UKR, 2024-06-09" in (
        result.path / "CHANGELOG.md").read_text()


def test_publish_release_changed_number_is_patch(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)

    def edit(row: dict) -> None:
        if row["incident_id"] == "inc-a":
            row["killed"] = 3

    result = publish_release(make_tables(edit=edit), tmp_path, **publish_kwargs)
    assert (result.version, result.bump) == ("v1.0.1", "patch")
    changes = pq.read_table(result.path / "changes.parquet").to_pylist()
    assert changes == [{"change": "changed", "incident_id": "inc-a", "field": "killed",
                        "old_value": "2", "new_value": "3", "article_ids": "art-1"}]
    assert "(inc-a): killed 2 -> 3" in (tmp_path / "CHANGELOG.md").read_text()


def test_publish_release_removed_rows_are_patch(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    result = publish_release(make_tables(("inc-a", "inc-b")), tmp_path, **publish_kwargs)
    assert (result.version, result.bump) == ("v1.0.1", "patch")
    changes = pq.read_table(result.path / "changes.parquet").to_pylist()
    assert [(c["change"], c["incident_id"]) for c in changes] == [("removed", "inc-c")]


def test_publish_release_schema_change_is_major(tmp_path, make_tables, publish_kwargs,
                                                monkeypatch):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    extra = Column("notes", "VARCHAR", "Free-text notes.")
    incidents = dataclasses.replace(schema.INCIDENTS, columns=(*schema.INCIDENTS.columns, extra))
    tables = (incidents, schema.MENTIONS, schema.ARTICLES, schema.CLAIMS)
    monkeypatch.setattr(schema, "PUBLISHED_TABLES", tables)
    monkeypatch.setattr(schema, "TABLES_BY_NAME", {t.name: t for t in tables})
    data = make_tables()
    data["incidents"] = data["incidents"].append_column("notes", pa.array([None] * 3, pa.string()))
    result = publish_release(data, tmp_path, **publish_kwargs)
    assert (result.version, result.bump) == ("v2.0.0", "major")
    assert "incidents.notes added" in result.reason


def test_publish_release_bump_override_records_note(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    result = publish_release(make_tables(MORE), tmp_path, bump="major",
                             note="new extraction rules", **publish_kwargs)
    assert (result.version, result.bump) == ("v2.0.0", "major")
    assert "Note: new extraction rules" in (result.path / "CHANGELOG.md").read_text()
    release = json.loads((result.path / "datapackage.json").read_text())["release"]
    assert release["decided_bump"] == "minor" and release["bump_override"] == "major"


def test_publish_release_leaves_older_releases_untouched(tmp_path, make_tables, publish_kwargs):
    first = publish_release(make_tables(), tmp_path, **publish_kwargs)
    before = snapshot(first.path)
    publish_release(make_tables(MORE), tmp_path, **publish_kwargs)
    publish_release(make_tables(("inc-a", "inc-e")), tmp_path, **publish_kwargs)
    assert snapshot(first.path) == before
    assert sorted(p.name for p in (tmp_path / "releases").glob("v*")) == [
        "v1.0.0", "v1.1.0", "v1.1.1"]


def test_publish_release_existing_version_refuses(tmp_path, make_tables, publish_kwargs):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    before = snapshot(tmp_path)
    with pytest.raises(ReleaseExistsError, match="v1.0.0 already exists"):
        publish_release(make_tables(MORE), tmp_path, version="1.0.0", **publish_kwargs)
    assert snapshot(tmp_path) == before


def test_publish_release_crash_leaves_no_partial_folder(tmp_path, make_tables, publish_kwargs,
                                                        monkeypatch):
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    before = snapshot(tmp_path)
    calls = []
    real_write_csv = writers.write_csv

    def crashing_write_csv(table, path):
        calls.append(path.name)
        if len(calls) == 2:
            raise OSError("disk full (injected)")
        real_write_csv(table, path)

    monkeypatch.setattr(writers, "write_csv", crashing_write_csv)
    with pytest.raises(OSError, match="injected"):
        publish_release(make_tables(MORE), tmp_path, **publish_kwargs)
    assert not (tmp_path / "releases" / "v1.1.0").exists()
    assert not list((tmp_path / "releases").glob(".tmp-*"))
    assert snapshot(tmp_path) == before
    monkeypatch.setattr(writers, "write_csv", real_write_csv)
    assert publish_release(make_tables(MORE), tmp_path, **publish_kwargs).version == "v1.1.0"


def test_publish_release_removes_stale_temp_folders(tmp_path, make_tables, publish_kwargs):
    stale = tmp_path / "releases" / f".tmp-v1.0.0-{os.getpid() + 1}"
    (stale / "charts").mkdir(parents=True)
    (stale / "incidents.parquet").write_bytes(b"half")
    publish_release(make_tables(), tmp_path, **publish_kwargs)
    assert not stale.exists()
    assert (tmp_path / "releases" / "v1.0.0").is_dir()


def test_publish_release_validation_report_beside_payload(tmp_path, make_tables, publish_kwargs):
    result = publish_release(make_tables(), tmp_path, validation_report="<html>ok</html>",
                             **publish_kwargs)
    assert (tmp_path / "releases" / "v1.0.0.validation.html").read_text() == "<html>ok</html>"
    assert "validation.html" not in (result.path / "SHA256SUMS").read_text()
    assert "v1.0.0.validation.html" in (tmp_path / "releases" / "index.html").read_text()


def test_publish_release_rejects_wrong_columns(tmp_path, make_tables, publish_kwargs):
    data = make_tables()
    data["articles"] = data["articles"].drop_columns(["language"])
    with pytest.raises(ValueError, match="missing columns \\['language'\\]"):
        publish_release(data, tmp_path, **publish_kwargs)
    assert not list((tmp_path / "releases").glob("v*"))


def test_publish_release_accepts_duckdb_arrow_tables(tmp_path, make_tables, publish_kwargs):
    import duckdb

    con = duckdb.connect()
    data = make_tables()
    for name, table in data.items():
        con.register(f"src_{name}", table)
    from_duckdb = {n: con.sql(f"SELECT * FROM src_{n}").to_arrow_table() for n in data}
    first = publish_release(data, tmp_path / "a", **publish_kwargs)
    second = publish_release(from_duckdb, tmp_path / "b", **publish_kwargs)
    assert snapshot(first.path) == snapshot(second.path)
