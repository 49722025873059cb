"""A fresh `strikes run` measured whole and stage by stage: the peak memory of the run's process
tree while each stage's plain function ran, and whether DuckDB spilled in it.

    python -m benchmarks.stage_peaks RAW WORK [--json out.json]

WORK/home is made afresh; RAW is a generated corpus (`benchmarks.generate`). The run is the real
one (`benchmarks.stages.pipeline_run`: Dagster, the extraction workers, the side process); each
stage's function is wrapped where its asset module calls it, so the per-stage peaks are those of
that run, and "between" is Dagster's own work between stages.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from assets.warehouse import Home
from assets.warehouse_memory import memory_limit, spill_dir
from benchmarks.measure import tree_memory
from benchmarks.stages import MB, pipeline_run, raw_bytes

SAMPLE_S = 0.1
# (asset module, name it calls) for each stage, in the run's order
STAGES = [("assets.ingest.assets", "ingest_raw_dir"), ("assets.ingest.assets", "build_articles"),
          ("assets.extract.assets", "extract_pending"), ("assets.curate.assets", "run_curate"),
          ("assets.merge.assets", "run_merge"), ("assets.validate.assets", "run_validate"),
          ("assets.publish.assets", "run_publish")]
BETWEEN = "between"


class StageSampler(threading.Thread):
    """Samples the process tree's PSS and the spill folder, credited to the running stage."""

    def __init__(self, spill: Path) -> None:
        super().__init__(daemon=True)
        self.spill = spill
        self.stage = BETWEEN
        self.peaks: dict[str, int] = {}
        self.spilled: set[str] = set()
        self._stop_event = threading.Event()

    def sample(self) -> None:
        stage, mem = self.stage, tree_memory(os.getpid())
        self.peaks[stage] = max(self.peaks.get(stage, 0), mem)
        if self.spill.exists():
            self.spilled.add(stage)

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.sample()
            self._stop_event.wait(SAMPLE_S)

    def stop(self) -> None:
        self._stop_event.set()
        self.join()


def _wrapped(fn: Callable, name: str, sampler: StageSampler) -> Callable:
    @functools.wraps(fn)
    def call(*args, **kwargs):
        sampler.sample()
        sampler.stage = name
        try:
            return fn(*args, **kwargs)
        finally:
            sampler.sample()
            sampler.stage = BETWEEN
    return call


@contextlib.contextmanager
def stages_watched(sampler: StageSampler) -> Iterator[None]:
    """Wrap each stage's function in its asset module for the block's length."""
    import importlib

    saved = []
    for module_name, name in STAGES:
        module = importlib.import_module(module_name)
        saved.append((module, name, getattr(module, name)))
        setattr(module, name, _wrapped(getattr(module, name), name, sampler))
    try:
        yield
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)


def measure_run(raw: Path, work: Path) -> dict:
    """One fresh `strikes run` of RAW in WORK/home: the whole run and each stage's peak."""
    home = Home.at(work / "home")
    shutil.rmtree(home.root, ignore_errors=True)
    n = sum(1 for p in raw.rglob("*") if p.is_file())
    sampler = StageSampler(spill_dir(home.state))
    load0 = os.getloadavg()
    sampler.start()
    with stages_watched(sampler):
        m = pipeline_run("strikes run", home, raw, articles=0, mb=raw_bytes(raw) / MB)
    sampler.stop()
    return {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "memory_limit": memory_limit(), "raw_files": n, "load_avg_start": load0,
            "load_avg_end": os.getloadavg(), "run": m.as_dict(),
            "stage_peak_mb": {k: round(v / 2**20) for k, v in sampler.peaks.items()},  # as measure
            "spilled_in": sorted(sampler.spilled)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("raw", type=Path)
    p.add_argument("work", type=Path)
    p.add_argument("--json", type=Path, default=None)
    a = p.parse_args(argv)
    t0 = time.perf_counter()
    result = measure_run(a.raw.resolve(), a.work.resolve())
    text = json.dumps(result, indent=2)
    print(text)
    print(f"{time.perf_counter() - t0:.0f} s")
    if a.json:
        a.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
