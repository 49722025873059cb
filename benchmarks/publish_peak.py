"""Publish's own memory: `run_publish` alone, a first release, on a copy of a HOME's warehouse,
with the published tables optionally repeated k times (publish's input at k x the rows without
a k x fresh run), peak PSS sampled every 20 ms.

    python -m benchmarks.publish_peak HOME RAW SCRATCH [--times K] [--json out.json]

HOME's `valid_*` tables are copied into SCRATCH/.state/warehouse.duckdb; with --times K each
table gets K-1 more copies of its rows, the r-th with '-r' appended to the primary key (so the
copies interleave with the originals in key order). RAW is the corpus provenance reads. Prints
one JSON line (wall and CPU seconds, peak PSS and RSS high-water mark in MB, the load) and
writes SCRATCH.sums.json, the sha256 of every file of the release, to compare two codes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import threading
import time
from pathlib import Path

import duckdb

from assets import schema as contract
from assets.publish.run import run_publish
from assets.warehouse import Home, session
from benchmarks.measure import tree_memory

SAMPLE_S = 0.02


def repeat_tables(db: Path, times: int) -> None:
    """Give every valid_* table times - 1 more copies of its rows under new keys."""
    con = duckdb.connect(str(db))
    try:
        for t in contract.PUBLISHED_TABLES:
            con.execute(f"CREATE TEMP TABLE orig AS SELECT * FROM valid_{t.name}")
            for r in range(1, times):
                con.execute(f"INSERT INTO valid_{t.name} SELECT * REPLACE "
                            f"({t.primary_key} || '-{r}' AS {t.primary_key}) FROM orig")
            con.execute("DROP TABLE orig")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _hwm_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


def measure_publish(home_dir: Path, raw: Path, scratch: Path, times: int = 1) -> dict:
    """Copy the warehouse, repeat its tables, publish a first release and measure it."""
    if scratch.exists():
        shutil.rmtree(scratch)
    (scratch / ".state").mkdir(parents=True)
    db = scratch / ".state" / "warehouse.duckdb"
    shutil.copy2(home_dir / ".state" / "warehouse.duckdb", db)
    if times > 1:
        repeat_tables(db, times)
    home = Home.at(scratch)
    peak, stop = [0], threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], tree_memory(os.getpid()))
            stop.wait(SAMPLE_S)
    with session(home) as con:
        rows = {t.name: con.execute(f"SELECT count(*) FROM valid_{t.name}").fetchone()[0]
                for t in contract.PUBLISHED_TABLES}
        before = tree_memory(os.getpid())
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        wall, cpu = time.perf_counter(), _cpu()
        result = run_publish(con, home, raw).result
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
        stop.set()
        sampler.join()
    release = scratch / "releases" / str(result.version)
    sums = {p.relative_to(release).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(release.rglob("*")) if p.is_file()}
    Path(f"{scratch}.sums.json").write_text(json.dumps(sums, indent=1) + "\n", "utf-8")
    return {"rows": rows, "version": result.version, "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2), "peak_pss_mb": peak[0] // 2**20,
            "before_mb": before // 2**20, "hwm_mb": _hwm_mb(),
            "load": round(os.getloadavg()[0], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("home", type=Path)
    parser.add_argument("raw", type=Path)
    parser.add_argument("scratch", type=Path)
    parser.add_argument("--times", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    out = measure_publish(args.home, args.raw, args.scratch, args.times)
    print(json.dumps(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
