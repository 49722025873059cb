"""One in-process materialization of the whole graph on fixture files, and what it publishes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from assets.warehouse import Home, release_dirs
from pipelines.runner import materialize_pipeline
from tests.conftest import FEED, write_corpus

pytestmark = pytest.mark.slow


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and ".lock" not in p.name}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Home, Path, object]:
    root = tmp_path_factory.mktemp("home")
    raw = write_corpus(root / "raw")
    home = Home.at(root)
    return home, raw, materialize_pipeline(home, raw)


def test_pipeline_publishes_first_release(built):
    home, _, outcome = built
    assert outcome.success, outcome.errors
    assert [d.name for d in release_dirs(home)] == ["v1.0.0"]
    rel = home.releases / "v1.0.0"
    for name in ("incidents", "mentions", "articles", "claims"):
        assert (rel / f"{name}.parquet").is_file()
        assert (rel / f"{name}.csv").is_file()
    for name in ("datapackage.json", "SHA256SUMS", "validation.json", "README.md",
                 "charts/timeline.png", "charts/map.png"):
        assert (rel / name).is_file(), name
    assert outcome.release["version"] == "v1.0.0"


def test_pipeline_counts_articles_and_quarantines_bad_file(built):
    home, _, outcome = built
    assert outcome.counts["articles"] == 5
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        q = con.execute("SELECT source_path, reason FROM quarantine").fetchall()
        ids = [r[0] for r in con.execute(
            "SELECT article_id FROM valid_articles ORDER BY 1").fetchall()]
    assert [p for p, _ in q] == ["broken.html"]
    assert ids == ["t-001", "t-002", "t-003", "t-004", "t-005"]


def test_pipeline_extracts_incidents_from_fixture(built):
    home, _, _ = built
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        kharkiv = con.execute(
            "SELECT killed, injured, attacker, event_date::VARCHAR FROM valid_incidents "
            "WHERE location = 'Kharkiv'").fetchall()
        talks = con.execute(
            "SELECT count(*) FROM valid_mentions WHERE article_id = 't-003'").fetchone()[0]
        claims = con.execute(
            "SELECT c.field, c.value, c.chosen FROM valid_claims c JOIN valid_incidents i "
            "USING (incident_id) WHERE i.location = 'Kharkiv' ORDER BY c.field").fetchall()
    assert kharkiv == [(2, 5, "RUS", "2025-03-04")]
    assert talks == 0
    assert claims == [("injured", 5, True), ("killed", 2, True)]


def test_release_checksums_pass_sha256sum(built):
    home, _, _ = built
    done = subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"],
                          cwd=home.releases / "v1.0.0", capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_root_datapackage_passes_frictionless(built):
    home, _, _ = built
    exe = Path(sys.executable).with_name("frictionless")
    done = subprocess.run([str(exe), "validate", "datapackage.json"], cwd=home.root,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]


def test_second_run_publishes_nothing_and_changes_no_file(built):
    home, raw, _ = built
    before = tree_digest(home.releases)
    root_before = (home.root / "datapackage.json").read_bytes()
    again = materialize_pipeline(home, raw)
    assert again.success, again.errors
    assert again.release["published"] is False
    assert tree_digest(home.releases) == before
    assert (home.root / "datapackage.json").read_bytes() == root_before


def test_rebuild_in_another_home_is_byte_identical(built, tmp_path):
    home, _, _ = built
    other = Home.at(tmp_path)
    raw = write_corpus(tmp_path / "raw")
    assert materialize_pipeline(other, raw).success
    payload = tree_digest(home.releases / "v1.0.0")
    assert tree_digest(other.releases / "v1.0.0") == payload


def test_collapsed_row_count_blocks_the_release(built, tmp_path):
    home, _, _ = built
    # A copy of the published home, then a raw folder that lost most of its articles.
    small = Home.at(tmp_path / "home")
    subprocess.run(["cp", "-r", str(home.root), str(small.root)], check=True)
    raw = write_corpus(tmp_path / "raw-small", feed=FEED[:1], extras=False)
    outcome = materialize_pipeline(small, raw)
    assert not outcome.success
    assert any("row_count_not_collapsed" in e for e in outcome.errors), outcome.errors
    assert [d.name for d in release_dirs(small)] == ["v1.0.0"]


def test_row_failing_an_expectation_is_quarantined_not_published(built, tmp_path):
    home, _, _ = built
    work = Home.at(tmp_path / "home")
    subprocess.run(["cp", "-r", str(home.root), str(work.root)], check=True)
    with duckdb.connect(str(work.warehouse)) as con:
        # Validation reads the curated mentions (the curate stage's output).
        con.execute("UPDATE curated_mentions SET killed = -3 WHERE mention_id = "
                    "(SELECT min(mention_id) FROM mentions WHERE kind = 'impact')")
        bad = con.execute("SELECT mention_id FROM curated_mentions WHERE killed = -3"
                          ).fetchone()[0]
    outcome = materialize_pipeline(work, None, selection="release")
    assert outcome.success, outcome.errors
    with duckdb.connect(str(work.warehouse), read_only=True) as con:
        q = con.execute("SELECT expectation FROM row_quarantine WHERE row_id = ?",
                        [bad]).fetchall()
        published = con.execute("SELECT count(*) FROM valid_mentions WHERE mention_id = ?",
                                [bad]).fetchone()[0]
        # Its claims go with it, so claims.mention_id -> mentions holds in the release.
        cascaded = con.execute(
            "SELECT DISTINCT q.expectation FROM row_quarantine q JOIN claims c "
            "ON q.table_name = 'claims' AND q.row_id = c.claim_id WHERE c.mention_id = ?",
            [bad]).fetchall()
        claims_left = con.execute("SELECT count(*) FROM valid_claims WHERE mention_id = ?",
                                  [bad]).fetchone()[0]
    assert q == [("mentions_killed_in_range",)]
    assert published == 0
    assert cascaded == [("cascade_mentions",)] and claims_left == 0
    summary = json.loads((release_dirs(work)[-1] / "validation.json").read_text())
    assert summary["rows_quarantined"]["mentions"] == 1
    assert summary["rows_quarantined"]["claims"] >= 1


def test_pipeline_run_is_recorded_in_the_dagster_home_instance(tmp_path: Path, monkeypatch):
    import dagster as dg

    dagster_home = tmp_path / "dagster"
    dagster_home.mkdir()
    (dagster_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    monkeypatch.setenv("DAGSTER_HOME", str(dagster_home))
    raw = write_corpus(tmp_path / "raw")
    outcome = materialize_pipeline(Home.at(tmp_path / "home"), raw, selection="ingest")
    assert outcome.success, outcome.errors
    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs()
        assert [r.status for r in runs] == [dg.DagsterRunStatus.SUCCESS]
        assert instance.get_latest_materialization_event(dg.AssetKey("raw_articles")) is not None
        assert len(instance.get_dynamic_partitions("raw_files")) == len(list(raw.iterdir()))


def test_release_publishes_published_date_as_a_date(built):
    """Parquet: date32; CSV: ISO calendar dates; the descriptor: a `date` field, described."""
    import csv
    import datetime as dt

    import pyarrow.parquet as pq

    home, _, _ = built
    rel = home.releases / "v1.0.0"
    days = {"t-001": "2025-03-04", "t-002": "2025-03-05", "t-003": "2025-03-06",
            "t-004": "2025-03-07", "t-005": "2025-03-08"}
    table = pq.read_table(rel / "articles.parquet", columns=["article_id", "published_date"])
    assert str(table.schema.field("published_date").type) == "date32[day]"
    assert dict(zip(*table.to_pydict().values(), strict=True)) == {
        k: dt.date.fromisoformat(v) for k, v in days.items()}
    with (rel / "articles.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0])[4:6] == ["published_at", "published_date"]
    assert {r["article_id"]: r["published_date"] for r in rows} == days
    package = json.loads((rel / "datapackage.json").read_text(encoding="utf-8"))
    articles = [r for r in package["resources"] if r["name"].startswith("articles")]
    assert [r["path"] for r in articles] == ["articles.csv", "articles.parquet"]
    for res in articles:
        field = next(f for f in res["schema"]["fields"] if f["name"] == "published_date")
        assert field["type"] == "date" and field["constraints"] == {"required": True}
        assert field["description"].startswith("Calendar day of publication")
