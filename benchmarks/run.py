"""Benchmark the pipeline on N synthetic articles: every stage, `strikes run`, `strikes release`
and an incremental run, as a table and as JSON.

    python -m benchmarks.run [--n 10000] [--seed 7] [--workers W] [--add 1000]
                             [--json bench.json] [--work DIR] [--only stages|pipeline]

Everything happens in a temporary folder (or --work DIR, kept): a generated raw corpus, one HOME
for the stage-by-stage run and another for the whole pipeline runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import tempfile
from pathlib import Path

from assets.extract.extractor import EXTRACTOR_VERSION
from assets.warehouse import Home
from benchmarks.generate import generate
from benchmarks.measure import Measure, measure
from benchmarks.stages import MB, pipeline_run, raw_bytes, stage_by_stage

# The targets on the 2-core machine (they are stated for N = 100,000).
TARGETS = {"end_to_end_s": 60.0, "extract_mb_per_core_s": 3.0, "peak_rss_mb": 1536.0,
           "incremental_s": 10.0}


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor())
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal"))
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "memory_gb": round(mem / 2**20, 1),
            "python": platform.python_version(), "load_avg_at_start": os.getloadavg()[0]}


def targets(steps: dict[str, Measure], n: int) -> dict:
    """Each target of the issue: the measured value and whether it is met."""
    got = {}
    if "strikes run" in steps:
        got["end_to_end_s"] = steps["strikes run"].wall_s
    if "extract" in steps:
        got["extract_mb_per_core_s"] = round(steps["extract"].mb_per_cpu_s, 3)
    if "strikes run +add" in steps:
        got["incremental_s"] = steps["strikes run +add"].wall_s
    got["peak_rss_mb"] = max(m.peak_rss_mb for k, m in steps.items() if k != "generate")
    out = {}
    for k, v in got.items():
        ok = v >= TARGETS[k] if k == "extract_mb_per_core_s" else v <= TARGETS[k]
        out[k] = {"target": TARGETS[k], "measured": v, "met": ok}
    return {"stated_for_n": 100_000, "n": n, **out}


def table(rows: list[Measure]) -> str:
    head = (f"{'step':<18}{'wall s':>9}{'CPU s':>9}{'articles/s':>12}{'MB/s':>8}"
            f"{'MB/CPU-s':>10}{'peak MB PSS':>13}")
    lines = [head, "-" * len(head)]
    for m in rows:
        lines.append(f"{m.name:<18}{m.wall_s:>9.2f}{m.cpu_s:>9.2f}{m.articles_per_s:>12,.0f}"
                     f"{m.mb_per_s:>8.2f}{m.mb_per_cpu_s:>10.2f}{m.peak_rss_mb:>13,.0f}")
    return "\n".join(lines)


def run(work: Path, n: int, seed: int, workers: int | None, add: int, only: str | None) -> dict:
    host = machine()  # before any work: its load average is the machine's, not the benchmark's
    raw = work / "raw"
    steps: dict[str, Measure] = {}
    with measure("generate") as m:
        counts = generate(raw, n, seed=seed)
        m.articles, m.mb = n, raw_bytes(raw) / MB
    steps["generate"] = m
    if only in (None, "stages"):
        for s in stage_by_stage(Home.at(work / "home-stages"), raw, workers):
            steps[s.name] = s
    if only in (None, "pipeline"):
        home, mb = Home.at(work / "home-run"), raw_bytes(raw) / MB
        steps["strikes run"] = pipeline_run("strikes run", home, raw, articles=n, mb=mb)
        steps["strikes release"] = pipeline_run("strikes release", home, raw, articles=n, mb=mb,
                                                selection="release")
        if add:
            generate(raw, add, seed=seed, start=n)
            steps["strikes run +add"] = pipeline_run("strikes run +add", home, raw,
                                                     articles=add, mb=raw_bytes(raw) / MB - mb)
    return {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "n": n, "seed": seed,
            "extractor_version": EXTRACTOR_VERSION,
            "machine": host | {"load_avg_at_end": os.getloadavg()[0]},
            "workers_env": os.environ.get("STRIKES_WORKERS"), "corpus": counts,
            "steps": [m.as_dict() for m in steps.values()], "targets": targets(steps, n),
            "table": table(list(steps.values()))}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--n", type=int, default=int(os.environ.get("BENCH_N", 10_000)))
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--workers", type=int, default=None, help="extraction processes")
    p.add_argument("--add", type=int, default=1000, help="articles added for the incremental run")
    p.add_argument("--only", choices=["stages", "pipeline"], default=None)
    p.add_argument("--json", type=Path, default=None, help="also write the results here")
    p.add_argument("--work", type=Path, default=None, help="work folder (kept); default: temp")
    a = p.parse_args(argv)
    if a.work:
        a.work.mkdir(parents=True, exist_ok=True)
        result = run(a.work, a.n, a.seed, a.workers, a.add, a.only)
    else:
        with tempfile.TemporaryDirectory(prefix="strikes-bench-") as tmp:
            result = run(Path(tmp), a.n, a.seed, a.workers, a.add, a.only)
    print(f"N = {a.n:,} articles, {result['machine']['cores']} cores, "
          f"extractor {EXTRACTOR_VERSION}, {result['date']}")
    print(result["table"])
    for k, t in result["targets"].items():
        if isinstance(t, dict):
            print(f"target {k}: {t['measured']} (target {t['target']}) "
                  f"{'met' if t['met'] else 'NOT met'}")
    if a.json:
        a.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"JSON: {a.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
