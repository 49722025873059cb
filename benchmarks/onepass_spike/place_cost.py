"""CPU cost per article of the token place finder and of `find_places`, alternated in one process.

The finder is timed twice: with the shared token pass (sentence split and tokenizer) and on
tokens made before the clock starts; the token pass is also timed alone. `find_places` is timed on
every sentence of each article, split before the clock starts, with each sentence's (ctx, hint)
and the article's scope (`lowtext.begin`/`end`, `caseless.forget`), as the extractor would ask it
once per sentence.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .place_finder import Places
from .place_reference import Article, reference_places
from .reference import split
from .tokens import tokenize


def _round(work: Callable[[], None], passes: int) -> float:
    t0 = time.process_time()
    for _ in range(passes):
        work()
    return time.process_time() - t0


def measure(articles: list[Article], finders: list[Places], rounds: int = 7, passes: int = 3
            ) -> dict[str, float]:
    """Best us/article of each variant over rounds in which they alternate: "find_places",
    "tokens" (split and tokenizer), "finder <upto> +tokens" and "finder <upto>" (tokens made
    before)."""
    pre = [(a, tokenize([s.text for s in a.sentences], [s.start for s in a.sentences]))
           for a in articles]

    def reference() -> None:
        for a in articles:
            reference_places(a)

    def token_pass() -> None:
        for a in articles:
            sents = split(a.text)
            tokenize([s.text for s in sents], [s.start for s in sents])

    def whole(f: Places) -> Callable[[], None]:
        def run() -> None:
            for a in articles:
                sents = split(a.text)
                f.by_sentence(tokenize([s.text for s in sents], [s.start for s in sents]),
                              a.contexts)
        return run

    def alone(f: Places) -> Callable[[], None]:
        def run() -> None:
            for a, toks in pre:
                f.by_sentence(toks, a.contexts)
        return run

    works: dict[str, Callable[[], None]] = {"find_places": reference, "tokens": token_pass}
    for f in finders:
        works[f"finder {f.upto} +tokens"] = whole(f)
        works[f"finder {f.upto}"] = alone(f)
    best = dict.fromkeys(works, float("inf"))
    for w in works.values():
        w()
    for r in range(rounds):
        for name, w in works.items():
            best[name] = min(best[name], _round(w, passes))
        print(f"  timing round {r + 1}/{rounds}", flush=True)
    scale = 1e6 / (passes * len(articles))
    return {k: v * scale for k, v in best.items()}
