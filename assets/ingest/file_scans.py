"""The per-file work of an ingest pass: a raw file's sha256, then (when it must be read) its
articles and quarantine records as columns ready for DuckDB, on two cores when there is
enough of it.

`scans` yields one `FileScan` per file, in the order given. The first files are scanned in
this process, timed (thread CPU): when files remain after PROBE_S seconds of it and the rest
is estimated at more than PARALLEL_MIN_S seconds of one core's work, a pool of forked workers
(`assets/ordered_pool.py`) scans the rest in groups of consecutive files while the caller
writes each file's rows; an incremental pass of a few files never leaves this process. A scan
is a function of the file's bytes and the reader limits, so where it runs changes nothing the
caller writes: the caller numbers the rows (`seq`) and writes them in the same order either way.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from assets.ids import file_sha256
from assets.ingest.readers import Quarantined, RawArticle, iter_file
from assets.ordered_pool import PARALLEL_MIN_S, cores, ordered_map, workers_forced
from assets.warehouse import FEW_ROWS

# raw_articles' columns as a scan gives them: `seq` is numbered by the caller.
RAW_COLUMNS = ["article_id", "source_path", "source_line", "format", "sha256", "url",
               "outlet", "title", "published_at", "language", "text"]
QUARANTINE_COLUMNS = ["stage", "source_path", "source_line", "record_id", "reason",
                      "quarantined_at"]

PROBE_S = 0.1  # thread CPU seconds of scanning done here before a pool is considered
GROUP_BYTES = 1 << 20  # a worker's task: consecutive files up to this many bytes ...
GROUP_FILES = 32  # ... or this many files


@dataclass
class FileScan:
    """One raw file as ingest needs it: its sha256 (or why it could not be read) and, when it
    was read, its articles (`articles`: RAW_COLUMNS, an Arrow table past FEW_ROWS rows,
    else lists by column) and quarantine records (lists by QUARANTINE_COLUMNS)."""

    rel: str
    digest: str | None = None
    error: OSError | None = None
    articles: pa.Table | dict[str, list] | None = None
    quarantine: dict[str, list] | None = None
    n_articles: int = 0
    n_quarantined: int = 0


@dataclass(frozen=True)
class ScanTask:
    """What a scan needs besides the file: `skip_if` is the sha256 at which the file need not
    be read (None: read it whatever its sha256)."""

    rel: str
    skip_if: str | None
    raw_dir: Path
    now: str
    reader_limits: tuple[tuple[str, int], ...]


def scan_file(task: ScanTask) -> FileScan:
    """Hash one raw file and, unless its sha256 is `skip_if`, read it."""
    path = task.raw_dir / task.rel
    try:
        digest = file_sha256(path)
    except OSError as err:
        return FileScan(task.rel, error=err)
    scan = FileScan(task.rel, digest)
    if digest == task.skip_if:
        return scan
    good: dict[str, list] = {c: [] for c in RAW_COLUMNS}
    bad: dict[str, list] = {c: [] for c in QUARANTINE_COLUMNS}
    for item in iter_file(path, task.raw_dir, **dict(task.reader_limits)):
        if isinstance(item, RawArticle):
            for column, value in zip(good.values(), (
                    item.article_id, item.source_path, item.source_line, item.format,
                    item.sha256, item.url, item.outlet, item.title, item.published_at,
                    item.language, item.text), strict=True):
                column.append(value)
        elif isinstance(item, Quarantined):
            for column, value in zip(bad.values(), (
                    "ingest", item.source_path, item.source_line, item.record_id, item.reason,
                    task.now), strict=True):
                column.append(value)
    scan.n_articles, scan.n_quarantined = len(good["text"]), len(bad["reason"])
    # Past FEW_ROWS rows DuckDB takes the rows through Arrow: built here, on the worker.
    scan.articles = pa.Table.from_pydict(good) if scan.n_articles > FEW_ROWS else good
    scan.quarantine = bad
    return scan


def scan_group(tasks: list[ScanTask]) -> list[FileScan]:
    """Scans of consecutive files (one worker task)."""
    return [scan_file(t) for t in tasks]


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _groups(tasks: Sequence[ScanTask], sizes: Sequence[int]) -> Iterator[list[ScanTask]]:
    group: list[ScanTask] = []
    nbytes = 0
    for task, size in zip(tasks, sizes, strict=True):
        group.append(task)
        nbytes += size
        if nbytes >= GROUP_BYTES or len(group) >= GROUP_FILES:
            yield group
            group, nbytes = [], 0
    if group:
        yield group


def estimate_left(probe_s: float, probe_files: int, probe_bytes: int, left_files: int,
                  left_bytes: int) -> float:
    """Single-core seconds the files left would take at the probe's pace, by files or by bytes,
    whichever is more (a feed of 2,000 lines and a page of one article differ ~100 times in
    size but ~15 times in time)."""
    by_files = probe_s * left_files / max(1, probe_files)
    by_bytes = probe_s * left_bytes / max(1, probe_bytes)
    return max(by_files, by_bytes)


def scans(tasks: Sequence[ScanTask], workers: int | None = None) -> Iterator[FileScan]:
    """A FileScan per task, in order (see the module doc); `workers` (or STRIKES_WORKERS)
    forces the pool's size, without a probe (1: this process only)."""
    sizes = [_size(t.raw_dir / t.rel) for t in tasks]
    n = 0  # files scanned here, timed
    if workers is None:
        workers = workers_forced()
    if workers is None:
        probe_s = 0.0
        while n < len(tasks) and (n == 0 or probe_s < PROBE_S):
            t0 = time.thread_time()
            scan = scan_file(tasks[n])
            probe_s += time.thread_time() - t0
            n += 1
            yield scan
        left = estimate_left(probe_s, n, sum(sizes[:n]), len(tasks) - n, sum(sizes[n:]))
        workers = cores() if left > PARALLEL_MIN_S else 1
    rest, rest_sizes = tasks[n:], sizes[n:]
    if not rest:
        return
    if workers <= 1:
        for task in rest:
            yield scan_file(task)
        return
    groups = list(_groups(rest, rest_sizes))
    with closing(ordered_map(scan_group, groups, min(workers, len(groups)))) as results:
        for group in results:
            yield from group
