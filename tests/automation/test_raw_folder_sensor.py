"""The raw-folder sensor: one run per drop, new files become partitions, only new articles are
extracted, a file is requested again only when its content changes."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.resources import WarehouseResource
from pipelines.automation import ingest_job, raw_folder_sensor
from pipelines.definitions import ALL_ASSETS
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow

NEW_FEED = [
    {"id": "n-001", "published_at": "2025-04-01", "outlet": "Test Wire",
     "text": "A Russian missile struck Dnipro on Monday, killing four people, the regional "
             "governor said."},
    {"id": "n-002", "published_at": "2025-04-02", "outlet": "Test Wire",
     "text": "Russian drones hit Zaporizhzhia overnight, injuring six people, officials said."},
]


def tick(instance: dg.DagsterInstance, warehouse: WarehouseResource, cursor: str | None
         ) -> dg.SensorResult:
    """Evaluate the sensor once and apply its partition requests, as the daemon would."""
    ctx = dg.build_sensor_context(instance=instance, cursor=cursor,
                                  resources={"warehouse": warehouse})
    result = raw_folder_sensor(ctx)
    for req in result.dynamic_partitions_requests or []:
        instance.add_dynamic_partitions(req.partitions_def_name, list(req.partition_keys))
    return result


def run(instance: dg.DagsterInstance, warehouse: WarehouseResource, request: dg.RunRequest
        ) -> dict[str, dict]:
    """Execute ingest_job for a run request; metadata of each asset's materialization."""
    job = dg.Definitions(assets=ALL_ASSETS, jobs=[ingest_job],
                         resources={"warehouse": warehouse}).resolve_job_def("ingest_job")
    result = job.execute_in_process(instance=instance, partition_key=request.partition_key,
                                    tags=dict(request.tags))
    assert result.success
    return {m.asset_key.to_user_string(): {k: v.value for k, v in m.metadata.items()}
            for m in result.asset_materializations_for_node("raw_articles")
            + result.asset_materializations_for_node("mentions")}


def extracted_ids(home: Path) -> list[str]:
    with duckdb.connect(str(home / ".state" / "warehouse.duckdb"), read_only=True) as con:
        return [r[0] for r in con.execute(
            "SELECT article_id FROM extractions ORDER BY 1").fetchall()]


@pytest.fixture
def setup(tmp_path: Path) -> tuple[dg.DagsterInstance, WarehouseResource, Path]:
    raw = write_corpus(tmp_path / "raw")
    warehouse = WarehouseResource(home=str(tmp_path / "home"), raw_dir=str(raw))
    return dg.DagsterInstance.ephemeral(), warehouse, raw


def test_sensor_first_tick_requests_one_run_over_every_file(setup):
    instance, warehouse, raw = setup
    first = tick(instance, warehouse, None)
    assert len(first.run_requests) == 1
    req = first.run_requests[0]
    keys = instance.get_dynamic_partitions("raw_files")
    assert sorted(keys) == ["broken.html", "feed.jsonl", "odesa.md", "sumy.html"]
    assert (req.tags["dagster/asset_partition_range_start"],
            req.tags["dagster/asset_partition_range_end"]) == (keys[0], keys[-1])
    md = run(instance, warehouse, req)
    assert md["raw_articles"]["articles_read_this_run"] == 5
    assert md["mentions"]["articles_extracted_this_run"] == 5


def test_sensor_new_file_gets_one_run_that_extracts_only_its_articles(setup):
    instance, warehouse, raw = setup
    first = tick(instance, warehouse, None)
    run(instance, warehouse, first.run_requests[0])
    idle = tick(instance, warehouse, first.cursor)
    assert idle.run_requests == [] and "no new raw files" in idle.skip_reason.skip_message

    (raw / "drop-2025-04.jsonl").write_text(
        "\n".join(json.dumps(a) for a in NEW_FEED) + "\n", encoding="utf-8")
    drop = tick(instance, warehouse, idle.cursor)
    assert [r.partition_key for r in drop.run_requests] == ["drop-2025-04.jsonl"]
    assert instance.get_dynamic_partitions("raw_files")[-1] == "drop-2025-04.jsonl"
    md = run(instance, warehouse, drop.run_requests[0])
    assert md["raw_articles"]["files_new"] == ["drop-2025-04.jsonl"]
    assert md["raw_articles"]["articles_read_this_run"] == 2
    assert md["mentions"]["articles_extracted_this_run"] == 2
    assert md["mentions"]["articles_total"] == 7
    assert extracted_ids(Path(warehouse.home)) == [
        "n-001", "n-002", "t-001", "t-002", "t-003", "t-004", "t-005"]
    assert tick(instance, warehouse, drop.cursor).run_requests == []


def test_sensor_requests_a_changed_file_again_under_a_new_run_key(setup):
    instance, warehouse, raw = setup
    first = tick(instance, warehouse, None)
    run(instance, warehouse, first.run_requests[0])
    (raw / "odesa.md").write_text((raw / "odesa.md").read_text() + "\nMore to follow.\n")
    again = tick(instance, warehouse, first.cursor)
    assert [r.partition_key for r in again.run_requests] == ["odesa.md"]
    assert again.run_requests[0].run_key != first.run_requests[0].run_key
    md = run(instance, warehouse, again.run_requests[0])
    assert md["raw_articles"]["files_changed"] == ["odesa.md"]
    assert md["mentions"]["articles_extracted_this_run"] == 1


def test_sensor_runs_a_gone_file_once_and_its_rows_are_forgotten(setup):
    instance, warehouse, raw = setup
    first = tick(instance, warehouse, None)
    run(instance, warehouse, first.run_requests[0])
    (raw / "sumy.html").unlink()
    gone = tick(instance, warehouse, first.cursor)
    assert [r.partition_key for r in gone.run_requests] == ["sumy.html"]
    md = run(instance, warehouse, gone.run_requests[0])
    assert md["raw_articles"]["files_removed"] == ["sumy.html"]
    assert "t-005" not in extracted_ids(Path(warehouse.home))
    assert tick(instance, warehouse, gone.cursor).run_requests == []


def test_run_over_many_partitions_records_the_preview_once(setup, monkeypatch):
    """Beyond LISTED partitions each one's materialization carries the run's counts; the
    preview and file lists go on the run's last partition only."""
    import assets.ingest.assets as ingest_assets

    monkeypatch.setattr(ingest_assets, "LISTED", 2)
    instance, warehouse, _ = setup
    req = tick(instance, warehouse, None).run_requests[0]
    job = dg.Definitions(assets=ALL_ASSETS, jobs=[ingest_job],
                         resources={"warehouse": warehouse}).resolve_job_def("ingest_job")
    result = job.execute_in_process(instance=instance, tags=dict(req.tags))
    mats = {m.partition: {k: v.value for k, v in m.metadata.items()}
            for m in result.asset_materializations_for_node("raw_articles")}
    assert sorted(mats) == ["broken.html", "feed.jsonl", "odesa.md", "sumy.html"]
    assert {md["articles_read_this_run"] for md in mats.values()} == {5}
    assert [k for k, md in mats.items() if "preview" in md] == ["sumy.html"]
    assert mats["sumy.html"]["files_new"] == ["broken.html", "feed.jsonl"]
    assert mats["sumy.html"]["files_new_count"] == 4
