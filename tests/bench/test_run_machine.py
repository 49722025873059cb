"""`benchmarks.run` records the load average before its own work starts and after it ends."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import run as bench_run
from benchmarks.measure import Measure


def test_load_average_is_read_before_and_after_the_work(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    load = {"now": 0.25}  # the machine before the benchmark; its own work raises it
    monkeypatch.setattr(bench_run.os, "getloadavg", lambda: (load["now"], 0.0, 0.0))

    def fake_generate(raw: Path, n: int, seed: int, start: int = 0) -> dict:
        raw.mkdir(parents=True, exist_ok=True)
        (raw / "a.jsonl").write_text("x" * 1000)
        return {"jsonl": n}

    def fake_stages(home, raw, workers):
        load["now"] = 7.5
        return [Measure(name="ingest", wall_s=1.0, cpu_s=1.0, articles=5, mb=0.001)]

    monkeypatch.setattr(bench_run, "generate", fake_generate)
    monkeypatch.setattr(bench_run, "stage_by_stage", fake_stages)
    result = bench_run.run(tmp_path, 5, 7, None, 0, "stages")
    assert result["machine"]["load_avg_at_start"] == 0.25
    assert result["machine"]["load_avg_at_end"] == 7.5
    assert [s["name"] for s in result["steps"]] == ["generate", "ingest"]
