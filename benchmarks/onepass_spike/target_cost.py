"""What `find_targets` (which places are struck) costs on top of `find_places`: a measure for the
place family's budget, nothing built.

    python -m benchmarks.onepass_spike.target_cost [--rounds R] [--passes P]

On the shared dev articles, alternated in one process (CPU time, best of the rounds):
`find_places` on every sentence with its (ctx, hint); `find_targets` on the sentences the
extractor finds a strike in, with the arguments `_extract` gives it (ctx, hint, home: the last
impact row's region, seen: the regions of the impact rows so far), recorded as
place_reference records contexts; its own `find_places` calls are included (a fresh memo per
article); and `is_strike_sentence` on every sentence (the gate before it).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from assets.extract import caseless, extractor, lowtext
from assets.extract import context as cx
from assets.extract.places import find_places
from assets.extract.sentences import Sentence
from assets.extract.targets import find_targets

from .place_reference import load_articles, recording
from .reference import SHARED_DEV, split
from .runner import load_average

Args = tuple[list[str], bool, bool, str | None, frozenset[str]]


def _args(loc: dict[str, Any], strike: bool) -> Args:
    ctx = list(loc["ctx"])
    drafts = loc["b"].drafts
    home = next((d.admin1 for d in reversed(drafts) if d.kind == "impact"),
                ctx[-1] if ctx else None)
    return ctx, bool(loc["hint"]), strike, home, frozenset(
        d.admin1 for d in drafts if d.kind == "impact")


def recorded(text: str, published_at: str | None) -> tuple[list[Sentence], list[Args | None]]:
    got: dict[int, Args] = {}
    with recording(got, _args):
        extractor.extract_mentions({"text": text, "published_at": published_at})
    sents = split(text)
    return sents, [got.get(i) for i in range(len(sents))]


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.onepass_spike.target_cost")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    calls = [(t, *recorded(t, pub)) for t, pub, _ in load_articles([SHARED_DEV])]
    strikes = sum(1 for _, _, a in calls for x in a if x and x[2])
    print(f"{len(calls)} articles, {sum(len(s) for _, s, _ in calls)} sentences, {strikes} "
          "with a strike")

    def scoped(per_sentence: Callable[[Sentence, Args], object]) -> Callable[[], None]:
        def run() -> None:
            for text, sents, recs in calls:
                lowtext.begin(text, [s.text for s in sents])
                try:
                    for s, x in zip(sents, recs, strict=True):
                        if x is not None:
                            per_sentence(s, x)
                finally:
                    lowtext.end()
                    caseless.forget()
        return run

    def strike_gate() -> None:
        for _, sents, _ in calls:
            for s in sents:
                cx.is_strike_sentence(s.text)

    works = {"find_places, every sentence": scoped(lambda s, x: find_places(s.text, x[0], x[1])),
             "find_targets, strike sentences": scoped(
                 lambda s, x: find_targets(s, x[0], x[1], True, x[3], x[4]) if x[2] else None),
             "is_strike_sentence, every sentence": strike_gate}
    best = dict.fromkeys(works, float("inf"))
    load0 = load_average()
    for w in works.values():
        w()
    for r in range(args.rounds):
        for name, w in works.items():
            t0 = time.process_time()
            for _ in range(args.passes):
                w()
            best[name] = min(best[name], time.process_time() - t0)
        print(f"  timing round {r + 1}/{args.rounds}", flush=True)
    print(f"best of {args.rounds} rounds of {args.passes} passes, load average {load0:.2f} -> "
          f"{load_average():.2f}:")
    for name, t in best.items():
        print(f"  {name}: {t / args.passes / len(calls) * 1e6:.0f} us/article")


if __name__ == "__main__":
    main()
