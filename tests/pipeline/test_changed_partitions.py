"""`strikes run` covers only the raw files ingest must read, not every partition of the folder."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from assets.warehouse import Home, session
from pipelines.partitions import register_raw_files
from pipelines.runner import materialize_pipeline
from tests.conftest import MARKDOWN, write_corpus

pytestmark = pytest.mark.slow


def _partitions_of_last_run(instance: dg.DagsterInstance) -> list[str]:
    run = instance.get_runs(limit=1)[0]
    records = instance.get_records_for_run(
        run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION).records
    return sorted(r.event_log_entry.dagster_event.partition for r in records
                  if r.event_log_entry.dagster_event.asset_key == dg.AssetKey("raw_articles"))


def test_a_run_covers_only_new_and_changed_files(tmp_path: Path, monkeypatch):
    dagster_home = tmp_path / "dagster"
    dagster_home.mkdir()
    (dagster_home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    monkeypatch.setenv("DAGSTER_HOME", str(dagster_home))
    raw = write_corpus(tmp_path / "raw")
    home = Home.at(tmp_path / "home")
    assert materialize_pipeline(home, raw, selection="ingest").success
    with dg.DagsterInstance.get() as instance:
        assert len(_partitions_of_last_run(instance)) == len(list(raw.iterdir()))
    # Sorted first in the folder: a range in folder order would span every file.
    (raw / "a-new.md").write_text(MARKDOWN.replace("Odesa", "Kherson"), encoding="utf-8")
    assert materialize_pipeline(home, raw, selection="ingest").success
    with dg.DagsterInstance.get() as instance:
        assert _partitions_of_last_run(instance) == ["a-new.md"]
    with session(home) as con:
        assert con.execute("SELECT count(*) FROM raw_files WHERE source_path = 'a-new.md'"
                           ).fetchone()[0] == 1
    assert materialize_pipeline(home, raw, selection="ingest").success  # nothing to read
    with dg.DagsterInstance.get() as instance:
        assert len(_partitions_of_last_run(instance)) == 1


def test_files_to_read_are_registered_last(tmp_path: Path):
    raw = write_corpus(tmp_path / "raw")
    with dg.DagsterInstance.ephemeral() as instance:
        keys = register_raw_files(instance, raw, last={"broken.html"})
        order = instance.get_dynamic_partitions("raw_files")
    assert sorted(order) == sorted(keys) and order[-1] == "broken.html"
