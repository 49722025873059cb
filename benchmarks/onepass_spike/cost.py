"""CPU cost per article of the spike and of the present finder, timed alternately in one process.

The spike's time covers the whole article: sentence split, tokens, every rule, the per-sentence
reduction. The finder's covers `find_casualties` on each sentence of the article (split before
the clock starts, scoped as the extractor scopes it), the per-sentence reduction left out: a
comparison that favours the present design.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .casualties import Casualties
from .reference import finder_figures, split


def _round(work: Callable[[], None], passes: int) -> float:
    t0 = time.process_time()
    for _ in range(passes):
        work()
    return time.process_time() - t0


def measure(texts: list[str], spikes: list[Casualties], rounds: int = 7,
            passes: int = 3) -> tuple[list[float], float]:
    """Best us/article of each spike and of the finder, over rounds in which they alternate."""
    presplit = [(t, split(t)) for t in texts]

    def finder() -> None:
        for t, sents in presplit:
            finder_figures(t, sents)

    def runner(spike: Casualties) -> Callable[[], None]:
        def run() -> None:
            for t in texts:
                spike.by_sentence([s.text for s in split(t)])
        return run

    works = [runner(s) for s in spikes]
    best = [float("inf")] * len(spikes)
    ref = float("inf")
    finder()
    for w in works:
        w()
    for _ in range(rounds):
        ref = min(ref, _round(finder, passes))
        for k, w in enumerate(works):
            best[k] = min(best[k], _round(w, passes))
    scale = 1e6 / (passes * len(texts))
    return [b * scale for b in best], ref * scale
