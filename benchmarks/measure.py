"""Timing and memory meters of the benchmark runner: wall, CPU (with workers) and peak RSS.

Peak memory is sampled from /proc every SAMPLE_S seconds over this process and all its
descendants (the extraction workers) as the sum of their proportional set sizes (PSS: a page
shared by forked workers counts once in total, where summing RSS would count it per process),
so it is what the machine actually had to hold. The kernel's own high-water mark of the main
process's RSS (VmHWM) is kept beside it.

A PSS read (smaps_rollup) makes the kernel walk every resident page: ~19 ms of CPU per GB, so
reading a 100,000-article run's process and its two workers every 50 ms took ~30 % of a core
(41 of the 48 CPU s the run's process spent during extraction, docs/scaling.md, eighteenth
session), from the cores the workers extract on. The sampler therefore reads each process's
resident size (statm: a counter, ~20 us) every SAMPLE_S and the PSS only when that says the tree
may be more than PEAK_SLACK past its peak (last PSS + resident growth since), when a process came
or went, or FULL_EVERY_S after the last read (pages a forked worker copies on write change PSS,
not RSS); so the peak reported can be up to PEAK_SLACK (8 MB) under the sampled one.
Its own CPU is reported apart (`sampler_cpu_s`), not in `cpu_s`.
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
FULL_EVERY_S = 2.0  # seconds between PSS reads at the latest
PEAK_SLACK = 8 * 2**20  # growth past the peak the resident sizes may show before a PSS read
PAGE = os.sysconf("SC_PAGE_SIZE")


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return _rss(pid)  # no smaps_rollup (old kernel): resident pages


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            text = Path(f"/proc/{pid}/task/{tid}/children").read_text()
            kids += [int(k) for k in text.split()]
    except OSError:
        pass
    return kids


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def tree_pids(root: int) -> list[int]:
    """A process and all its descendants."""
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo += _children(pid)
    return pids


def tree_memory(root: int) -> int:
    """Bytes held by a process and all its descendants (sum of PSS)."""
    return sum(_pss(pid) for pid in tree_pids(root))


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
        self.cpu_s = 0.0  # this thread's own CPU (its reads of /proc)
        self.full_reads = 0
        self._last: dict[int, tuple[int, int]] = {}  # pid -> (PSS, RSS) at the last PSS read
        self._full_at = 0.0
        self._stop_event = threading.Event()

    def _sample(self, force: bool = False) -> None:
        pids = tree_pids(os.getpid())
        rss = {pid: _rss(pid) for pid in pids}
        now = time.monotonic()
        if not force and rss.keys() == self._last.keys() and now - self._full_at < FULL_EVERY_S:
            bound = sum(pss + rss[pid] - was for pid, (pss, was) in self._last.items())
            if bound <= self.peak + PEAK_SLACK:
                return
        self._last = {pid: (_pss(pid), rss[pid]) for pid in pids}
        self._full_at, self.full_reads = now, self.full_reads + 1
        self.peak = max(self.peak, sum(pss for pss, _ in self._last.values()))

    def run(self) -> None:
        cpu0 = time.thread_time()
        while not self._stop_event.is_set():
            self._sample()
            self.cpu_s = time.thread_time() - cpu0
            self._stop_event.wait(SAMPLE_S)

    def halt(self) -> None:
        """Stop the thread (its `cpu_s` is then final)."""
        self._stop_event.set()
        self.join()

    def stop(self) -> int:
        """Stop the thread, read the PSS once more and return the peak."""
        self.halt()
        self._sample(force=True)
        return self.peak


@dataclass
class Measure:
    """One timed step: what it processed and what it cost."""

    name: str
    wall_s: float = 0.0
    cpu_s: float = 0.0  # this process plus the workers it waited for, not the sampler
    sampler_cpu_s: float = 0.0  # the memory sampler's own reads of /proc, apart from cpu_s
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
    cpu0, t0 = _cpu(), time.perf_counter()
    sampler.start()  # after cpu0: all of its CPU is inside the window it is taken from
    try:
        yield m
    finally:
        m.wall_s = round(time.perf_counter() - t0, 3)
        sampler.halt()
        cpu = _cpu() - cpu0
        m.peak_rss_mb = round(sampler.stop() / 2**20, 1)
        m.sampler_cpu_s = round(sampler.cpu_s, 3)
        m.cpu_s = round(cpu - sampler.cpu_s, 3)
        m.main_hwm_mb = round(_hwm() / 2**20, 1)
