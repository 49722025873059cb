"""`benchmarks.stage_peaks` credits a real run's memory to each stage and puts the stages back."""

from __future__ import annotations

import pytest

import assets.merge.assets as merge_assets
from benchmarks.stage_peaks import BETWEEN, STAGES, measure_run
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow


def test_measure_run_reports_every_stage(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKES_SIDECAR", "0")
    monkeypatch.setenv("STRIKES_DUCKDB_MEMORY", "256MB")
    run_merge = merge_assets.run_merge
    raw = write_corpus(tmp_path / "raw")
    result = measure_run(raw, tmp_path / "work")
    assert result["run"]["extra"]["success"] is True
    assert result["run"]["extra"]["version"] == "v1.0.0"
    assert result["memory_limit"] == "256MB"
    peaks = result["stage_peak_mb"]
    assert set(peaks) == {name for _, name in STAGES} | {BETWEEN}
    assert all(mb > 50 for mb in peaks.values())  # a process tree with Dagster loaded
    assert result["spilled_in"] == []  # five articles
    assert merge_assets.run_merge is run_merge
    assert (tmp_path / "work" / "home" / "releases" / "v1.0.0").is_dir()
