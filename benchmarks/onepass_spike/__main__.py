"""Runner: the spike against the present casualty finder, batch by batch (the curve).

    python -m benchmarks.onepass_spike [--samples N] [--rounds R] [--passes P] [--no-time]

For each batch of rules (the rules of that batch and all before it) it prints the agreement per
field on every sentence of the compared articles (reference.py) and on the sentences where either
side has a value, and the cost in us/article on the shared dev articles, spike and finder
alternated (cost.py). Then the disagreements of the last batch by shape, with a sample each.
"""

from __future__ import annotations

import argparse
import os

from .agreement import FIELDS, Tally, compare
from .casualties import Casualties
from .casualty_rules import RULES
from .cost import measure
from .reference import CHECK, SHARED_DEV, article_files, load_grouped, load_texts, reference, split


def _load() -> float:
    return float(open("/proc/loadavg").read().split()[0]) if os.path.exists("/proc/loadavg") \
        else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.onepass_spike")
    ap.add_argument("--samples", type=int, default=25, help="disagreement shapes to print")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--no-time", action="store_true")
    ap.add_argument("--shapes", choices=("all", "tune", "check"), default="tune",
                    help="the sets whose disagreements are listed")
    args = ap.parse_args()

    files = article_files()
    texts = load_grouped(files)
    batches = [0, *sorted({r.batch for r in RULES})]
    spikes = [Casualties(b) for b in batches]
    tallies = {g: [Tally() for _ in batches] for g in ("all", "tune", "check")}
    for text, check in texts:
        sents = split(text)
        ref, raw = reference(text, sents)
        for k, spike in enumerate(spikes):
            for g in ("all", "check" if check else "tune"):
                compare(tallies[g][k], text, sents, ref, raw, spike)
    print(f"{len(texts)} articles from {len(files)} files, {tallies['all'][0].sentences} "
          f"sentences ({tallies['check'][0].sentences} of them in {len(CHECK)} check sets)")
    costs: list[float] = [float("nan")] * len(batches)
    ref_cost = float("nan")
    if not args.no_time:
        load0 = _load()
        variants = [Casualties(grouped=False), Casualties(cue_only=False, grouped=False)]
        costs, ref_cost = measure(load_texts([SHARED_DEV]), spikes + variants, args.rounds,
                                  args.passes)
        costs, other = costs[:len(spikes)], costs[len(spikes):]
        print(f"cost on the shared dev articles, load average {load0:.2f} -> {_load():.2f}: "
              f"find_casualties on every sentence {ref_cost:.0f} us/article; all rules "
              f"ungrouped {other[0]:.0f}, ungrouped on whole articles {other[1]:.0f}")
    print("batch rules | killed % (valued %, n) | injured % (valued %, n) | spike us/article "
          "| valued % killed/injured: tune sets, check sets")
    for k, (b, spike, c) in enumerate(zip(batches, spikes, costs, strict=True)):
        tally = tallies["all"][k]
        cells = " | ".join(f"{tally.pct(f):.2f} ({tally.valued_pct(f):.1f}, {tally.valued[f]})"
                           for f in FIELDS)
        split_cells = ", ".join("/".join(f"{tallies[g][k].valued_pct(f):.1f}" for f in FIELDS)
                                for g in ("tune", "check"))
        print(f"{b:5d} {len(spike.rules):5d} | {cells} | {c:.0f} | {split_cells}")
    last = tallies[args.shapes][-1]
    print(f"(shapes below: {args.shapes} sets)")
    print("disagreements (last batch):", ", ".join(
        f"{f} {c}: {n}" for (f, c), n in sorted(last.classes.items())))
    for (name, cls, shape), n in last.shapes.most_common(args.samples):
        text, a, b = last.samples[(name, cls, shape)]
        print(f"{n:4d} {name:7s} {cls:8s} {shape:16s} ref={a} spike={b} | {text[:150]}")


if __name__ == "__main__":
    main()
