"""Runner: the tally spike against the present tally finder, batch by batch (the curve).

    python -m benchmarks.onepass_spike.tally_curve [--samples N] [--shapes tune|check|all]
        [--rounds R] [--passes P] [--no-time]

For each batch of rules (that batch's and all before it) it prints the agreement per field
(launched, intercepted, weapon) on every sentence of the compared articles (reference.py's) and
on the sentences where either side has a value, tune and check sets apart, and the spike's cost
on the shared dev articles; then the spike's variants against `find_tallies` (tally_cost.py),
alternated in one process; then the last batch's disagreements by shape, a sample each.
"""

from __future__ import annotations

import argparse
import sys
import time

from .agreement import Tally
from .reference import CHECK, SHARED_DEV, article_files, load_grouped, load_texts, split
from .tallies import Tallies
from .tally_agreement import compare
from .tally_cost import measure, variants
from .tally_reference import FIELDS, tally_reference
from .tally_rules import RULES


def _load() -> str:
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.onepass_spike.tally_curve")
    ap.add_argument("--samples", type=int, default=30, help="disagreement shapes to print")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--no-time", action="store_true")
    ap.add_argument("--shapes", choices=("all", "tune", "check"), default="tune",
                    help="the sets whose disagreements are listed")
    args = ap.parse_args()

    files = article_files()
    texts = load_grouped(files)
    batches = [0, *sorted({r.batch for r in RULES})]
    spikes = [Tallies(b) for b in batches]
    tallies = {g: [Tally() for _ in batches] for g in ("all", "tune", "check")}
    t0 = time.monotonic()
    for done, (text, check) in enumerate(texts, 1):
        sents = split(text)
        ref, raw = tally_reference(text, sents)
        for k, spike in enumerate(spikes):
            for g in ("all", "check" if check else "tune"):
                compare(tallies[g][k], sents, ref, raw, spike)
        if done % 500 == 0 or done == len(texts):
            print(f"\rcompared {done}/{len(texts)} articles ({time.monotonic() - t0:.0f} s)",
                  end="\n" if done == len(texts) else "", file=sys.stderr, flush=True)
    print(f"{len(texts)} articles from {len(files)} files, {tallies['all'][0].sentences} "
          f"sentences ({tallies['check'][0].sentences} of them in {len(CHECK)} check sets)")
    costs: list[float] = [float("nan")] * len(batches)
    if not args.no_time:
        dev = load_texts([SHARED_DEV])
        load0 = _load()
        works = variants(dev, spikes[-1])
        works |= {f"rules {b}": variants(dev, s)["spike rules"] for b, s in zip(
            batches, spikes, strict=True)}
        best = measure(works, len(dev), args.rounds, args.passes)
        costs = [best[f"rules {b}"][0] for b in batches]
        print(f"cost on the {len(dev)} shared dev articles (us/article, CPU / wall, best of "
              f"{args.rounds} rounds of {args.passes} passes), load average {load0} -> "
              f"{_load()}: " + ", ".join(f"{k} {c:.0f} / {w:.0f}" for k, (c, w) in best.items()
                                         if not k.startswith("rules ")))
    print("batch rules | " + " | ".join(f"{f} % (valued %, n)" for f in FIELDS)
          + " | rules CPU us/article | valued % l/i/w: tune sets; check sets")
    for k, (b, spike, c) in enumerate(zip(batches, spikes, costs, strict=True)):
        tally = tallies["all"][k]
        cells = " | ".join(f"{tally.pct(f):.2f} ({tally.valued_pct(f):.1f}, {tally.valued[f]})"
                           for f in FIELDS)
        parts = "; ".join("/".join(f"{tallies[g][k].valued_pct(f):.1f}" for f in FIELDS)
                          for g in ("tune", "check"))
        print(f"{b:5d} {len(spike.rules):5d} | {cells} | {c:.0f} | {parts}")
    last = tallies[args.shapes][-1]
    print(f"(shapes below: {args.shapes} sets)")
    print("disagreements (last batch):", ", ".join(
        f"{f} {c}: {n}" for (f, c), n in sorted(last.classes.items())))
    for (name, cls, shape), n in last.shapes.most_common(args.samples):
        text, a, b = last.samples[(name, cls, shape)]
        print(f"{n:4d} {name:11s} {cls:8s} {shape:16s} ref={a} spike={b} | {text[:160]}")


if __name__ == "__main__":
    main()
