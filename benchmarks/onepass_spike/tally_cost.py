"""CPU cost per article of the tally spike and of the present finder, timed alternately in one
process (process_time and wall time, the best of the rounds each).

Variants of the spike: whole (sentence split, tokens, tally codes, rules, reduction), codes and
rules (the split and the shared words given: what tallies add to a shared token pass whose
lexicon lacks their codes) and rules only (the tally type string given: what they add to a
shared pass with one lexicon for all families). The finder: `find_tallies` on each sentence,
split before the clock starts and scoped as the extractor scopes it, with and without the
row's reduction (`tally_reference.reduce_counts`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .reference import split
from .tallies import Tallies, TallyCount, reduce_counts
from .tally_reference import finder_counts
from .tally_reference import reduce_counts as reduce_reference
from .tally_tokens import tally_codes, tally_tokenize
from .tokens import BOUNDARY, Tokens, words_of


def _round(work: Callable[[], None], passes: int) -> tuple[float, float]:
    """(CPU, wall) seconds of passes runs of work."""
    t0, w0 = time.process_time(), time.perf_counter()
    for _ in range(passes):
        work()
    return time.process_time() - t0, time.perf_counter() - w0


def _reduce(counts: list[TallyCount]) -> None:
    per: dict[int, list[TallyCount]] = {}
    for c in counts:
        per.setdefault(c.sentence, []).append(c)
    for cs in per.values():
        reduce_counts(cs)


def variants(texts: list[str], spike: Tallies) -> dict[str, Callable[[], None]]:
    """The timed works over texts: the finder's two, the shared pass (split and words) alone
    and the spike's three."""
    presplit = [(t, split(t)) for t in texts]
    sentences = [[s.text for s in sents] for _, sents in presplit]
    words = [words_of(BOUNDARY.join(s)) for s in sentences]
    tokens = [tally_tokenize(s) for s in sentences]

    def finder() -> None:
        for t, sents in presplit:
            finder_counts(t, sents)

    def finder_reduced() -> None:
        for t, sents in presplit:
            for c in finder_counts(t, sents):
                reduce_reference(c)

    def whole() -> None:
        for t in texts:
            spike.by_sentence([s.text for s in split(t)])

    def shared_pass() -> None:
        for t in texts:
            words_of(BOUNDARY.join([s.text for s in split(t)]))

    def codes_and_rules() -> None:
        for s, w in zip(sentences, words, strict=True):
            _reduce(spike.counts(Tokens([], s, w, tally_codes(w))))

    def rules_only() -> None:
        for tok in tokens:
            _reduce(spike.counts(tok))

    return {"finder": finder, "finder+reduce": finder_reduced, "shared pass": shared_pass,
            "spike whole": whole,
            "spike codes+rules": codes_and_rules, "spike rules": rules_only}


def measure(works: dict[str, Callable[[], None]], n_articles: int, rounds: int = 7,
            passes: int = 3) -> dict[str, tuple[float, float]]:
    """Best CPU and best wall us/article of each work, over rounds in which they alternate."""
    cpu = dict.fromkeys(works, float("inf"))
    wall = dict.fromkeys(works, float("inf"))
    for w in works.values():
        w()
    for _ in range(rounds):
        for name, w in works.items():
            c, t = _round(w, passes)
            cpu[name], wall[name] = min(cpu[name], c), min(wall[name], t)
    scale = 1e6 / (passes * n_articles)
    return {k: (cpu[k] * scale, wall[k] * scale) for k in works}
