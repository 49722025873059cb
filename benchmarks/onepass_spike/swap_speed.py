"""The whole extractor's speed on the dev articles with the present finder and with the swap.

The method of benchmarks/extract_speed.py: the shared dev articles as read from their JSONL,
`extract_mentions` on each, `repeats` passes a round timed with time.process_time (CPU of this
process; the extractor starts no children), best round reported with the median. Here the two
variants alternate round by round in one process (which goes first swaps each round), wall time
beside CPU. One further pass per variant, untimed as a whole, counts the finder's calls and the
CPU spent inside them (time.thread_time around each call): the share of the extractor that is
the casualty finder.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from assets.extract import casualties as present
from assets.extract.casualties import Figure
from assets.extract.extractor import extract_mentions
from benchmarks.extract_speed import DEFAULT, load_articles

from .runner import load_average
from .swap import ArticleSpikeFinder, Finder, SpikeFinder, swapped


def dev_articles() -> list[dict]:
    """The shared dev articles, as extract_speed reads them."""
    return load_articles(DEFAULT)


@dataclass
class Timing:
    """CPU and wall seconds of each round of one variant, and the finder's share of one pass."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    calls: int = 0
    finder_cpu: float = 0.0


@dataclass
class Speed:
    articles: int       # per round
    repeats: int
    timings: dict[str, Timing]
    load: tuple[float, float]     # load average before and after


def _pass(arts: list[dict], repeats: int) -> None:
    for _ in range(repeats):
        for a in arts:
            extract_mentions(a)


def _counted(finder: Callable[[str], list[Figure]], t: Timing) -> Callable[[str], list[Figure]]:
    def call(text: str) -> list[Figure]:
        t0 = time.thread_time()
        try:
            return finder(text)
        finally:
            t.finder_cpu += time.thread_time() - t0
            t.calls += 1
    return call


def variants() -> dict[str, Finder]:
    """The finders compared: the present one, the spike by sentence, the spike by article, and
    none at all (no figure anywhere: what the rest of the extractor costs when it finds none,
    an indication only, since rows without figures take other paths)."""
    return {"present": present.find_casualties, "swap": SpikeFinder(),
            "swap-article": ArticleSpikeFinder(), "no-figures": _none}


def _none(text: str) -> list[Figure]:
    return []


def speed(rounds: int = 5, repeats: int = 2) -> Speed:
    """Every variant, alternated (the order turns each round), `rounds` rounds of `repeats`
    passes each."""
    arts = dev_articles()
    finders = variants()
    names = list(finders)
    timings = {v: Timing() for v in names}
    load0 = load_average()
    for finder in finders.values():     # warm-up: gazetteer, regexes, the spike's memo
        with swapped(finder):
            _pass(arts, 1)
    for r in range(rounds):
        for v in names[r % len(names):] + names[:r % len(names)]:
            with swapped(finders[v]):     # (the patch itself outside the clock)
                c0, w0 = time.process_time(), time.perf_counter()
                _pass(arts, repeats)
                cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            timings[v].cpu.append(cpu)
            timings[v].wall.append(wall)
        print(f"  round {r + 1}/{rounds}: " + ", ".join(
            f"{v} {timings[v].cpu[-1]:.2f} s CPU" for v in names)
              + f" (load {load_average():.2f})", file=sys.stderr)
    for v, finder in finders.items():
        with swapped(_counted(finder, timings[v])):
            _pass(arts, 1)
    return Speed(len(arts), repeats, timings, (load0, load_average()))


def print_speed(s: Speed) -> None:
    n = s.articles * s.repeats
    print(f"whole extractor on the {s.articles} shared dev articles, {s.repeats} passes a round, "
          f"{len(s.timings['present'].cpu)} rounds alternated, {os.cpu_count()} cores, "
          f"load average {s.load[0]:.2f} -> {s.load[1]:.2f}")
    for v, t in s.timings.items():
        best = min(t.cpu)
        print(f"  {v:12s} best {best:.3f} s CPU ({n / best:,.0f} articles/s/core, "
              f"{1e6 * best / n:,.0f} us/article), median {statistics.median(t.cpu):.3f} s; "
              f"wall best {min(t.wall):.3f} s; finder {t.calls / s.articles:.1f} calls and "
              f"{1e6 * t.finder_cpu / s.articles:,.0f} us CPU per article")
