"""Timing and memory meters of the benchmark runner: wall, CPU (with workers) and peak RSS.

Peak memory is sampled from /proc every SAMPLE_S seconds over this process and all its
descendants (the extraction workers) as the sum of their proportional set sizes (PSS: a page
shared by forked workers counts once in total, where summing RSS would count it per process),
so it is what the machine actually had to hold. The kernel's own high-water mark of the main
process's RSS (VmHWM) is kept beside it.
"""

from __future__ import annotations

import os
import resource
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

SAMPLE_S = 0.05
PAGE = os.sysconf("SC_PAGE_SIZE")


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:  # no smaps_rollup (old kernel): resident pages
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{tid}/children").read_text()
            kids += [int(k) for k in text.split()]
    except OSError:
        pass
    return kids


def tree_memory(root: int) -> int:
    """Bytes held by a process and all its descendants (sum of PSS)."""
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += _pss(pid)
        todo += _children(pid)
    return total


def _hwm() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def _reset_hwm() -> None:
    try:  # "5" resets the peak RSS counter (Linux >= 4.0); harmless where refused
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


class _Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self._stop_event.is_set():
            self.peak = max(self.peak, tree_memory(me))
            self._stop_event.wait(SAMPLE_S)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        self.peak = max(self.peak, tree_memory(os.getpid()))
        return self.peak


@dataclass
class Measure:
    """One timed step: what it processed and what it cost."""

    name: str
    wall_s: float = 0.0
    cpu_s: float = 0.0  # this process plus the workers it waited for
    peak_rss_mb: float = 0.0  # process tree, sum of PSS, sampled
    main_hwm_mb: float = 0.0  # kernel high-water mark of the main process
    articles: int = 0
    mb: float = 0.0  # bytes processed, in MB (raw files for ingest, article text otherwise)
    extra: dict = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.wall_s if self.wall_s else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.mb / self.wall_s if self.wall_s else 0.0

    @property
    def mb_per_cpu_s(self) -> float:
        return self.mb / self.cpu_s if self.cpu_s else 0.0

    def as_dict(self) -> dict:
        d = asdict(self)
        d.update(articles_per_s=round(self.articles_per_s, 1), mb_per_s=round(self.mb_per_s, 3),
                 mb_per_cpu_s=round(self.mb_per_cpu_s, 3))
        return d


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


@contextmanager
def measure(name: str) -> Iterator[Measure]:
    """Time the block; fill in articles/mb on the yielded Measure inside it."""
    m = Measure(name)
    _reset_hwm()
    sampler = _Sampler()
    sampler.start()
    cpu0, t0 = _cpu(), time.perf_counter()
    try:
        yield m
    finally:
        m.wall_s = round(time.perf_counter() - t0, 3)
        m.cpu_s = round(_cpu() - cpu0, 3)
        m.peak_rss_mb = round(sampler.stop() / 2**20, 1)
        m.main_hwm_mb = round(_hwm() / 2**20, 1)
