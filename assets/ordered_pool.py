"""Run a function over a stream of tasks on forked worker processes, results in task order.

Used by ingest (raw files read, decoded, parsed and hashed; raw rows cleaned) while the run's
process writes the results to DuckDB in the order the tasks came, so that the tables are
those of a single-process pass. At most WINDOW_PER_WORKER tasks per worker are in flight: the
results wait to be consumed in order, so memory holds a bounded window, never the stream.

Workers are forked (STRIKES_START_METHOD=spawn to change), as in extraction
(`assets/extract/batches.py`): a forked worker starts in milliseconds with what the parent
imported; it runs only the plain function it is given and never touches the DuckDB connection
or Dagster state it inherits. The parent's heap is frozen (`gc.freeze`) while the workers live,
so that a collection in a worker does not copy the pages it shares with the parent.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

START_METHOD = os.environ.get("STRIKES_START_METHOD", "fork")
WINDOW_PER_WORKER = 2  # tasks in flight per worker
# Single-core seconds of work left that are worth starting a pool for (extraction, ingest's
# files and its cleaning). Forking two workers from the run's process takes ~15 ms and sending
# the tasks a few more; 1,000 articles (~1.9 s on one core) were left to one process at 2.0
# (docs/scaling.md, tenth round).
PARALLEL_MIN_S = 0.5


def cores() -> int:
    """Processes a pool may have: STRIKES_WORKERS if set, else the cores this process may use."""
    env = os.environ.get("STRIKES_WORKERS", "").strip()
    return max(1, int(env) if env else len(os.sched_getaffinity(0)))


def workers_forced() -> int | None:
    """`cores()` when STRIKES_WORKERS sets the pool's size (no timed probe then), else None."""
    return cores() if os.environ.get("STRIKES_WORKERS", "").strip() else None


@contextmanager
def frozen_heap(freeze: bool) -> Iterator[None]:
    """Keep the objects alive now out of the collector's reach (`gc.freeze`) while forked
    workers live, and hand them back after: a collection in a worker then leaves the pages it
    shares with this process unwritten (a 1 GB heap of small objects: 1,135 -> 516 MB PSS per
    worker, docs/scaling.md). Extraction's pool uses it too."""
    if not freeze:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def ordered_map(fn: Callable[[T], R], tasks: Iterable[T], workers: int) -> Iterator[R]:
    """fn(task) for every task, in task order: in this process, one task at a time, when
    `workers` is 1; else on a pool of `workers` processes, the tasks taken from the stream
    only as results are consumed. Close the iterator (`contextlib.closing`) to stop early: the
    pool is shut down and queued tasks are cancelled. A task's exception is raised when its
    result is reached, after the results before it."""
    if workers <= 1:
        for task in tasks:
            yield fn(task)
        return
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(START_METHOD))
    window: deque[Future] = deque()
    try:
        with frozen_heap(START_METHOD == "fork"):
            for task in tasks:
                window.append(pool.submit(fn, task))
                if len(window) >= WINDOW_PER_WORKER * workers:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
