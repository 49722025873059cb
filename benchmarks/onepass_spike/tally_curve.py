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

import sys
import time

from .agreement import Tally
from .reference import CHECK, SHARED_DEV, article_files, load_grouped, load_texts, split
from .runner import GROUPS, load_average, parse_args, print_curve, print_disagreements
from .tallies import Tallies
from .tally_agreement import compare
from .tally_cost import measure, variants
from .tally_reference import FIELDS, tally_reference
from .tally_rules import RULES


def main() -> None:
    args = parse_args("python -m benchmarks.onepass_spike.tally_curve", samples=30)

    files = article_files()
    texts = load_grouped(files)
    batches = [0, *sorted({r.batch for r in RULES})]
    spikes = [Tallies(b) for b in batches]
    tallies = {g: [Tally() for _ in batches] for g in GROUPS}
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
        load0 = load_average()
        works = variants(dev, spikes[-1])
        works |= {f"rules {b}": variants(dev, s)["spike rules"] for b, s in zip(
            batches, spikes, strict=True)}
        best = measure(works, len(dev), args.rounds, args.passes)
        costs = [best[f"rules {b}"][0] for b in batches]
        print(f"cost on the {len(dev)} shared dev articles (us/article, CPU / wall, best of "
              f"{args.rounds} rounds of {args.passes} passes), load average {load0:.2f} -> "
              f"{load_average():.2f}: " + ", ".join(
                  f"{k} {c:.0f} / {w:.0f}" for k, (c, w) in best.items()
                  if not k.startswith("rules ")))
    print("batch rules | " + " | ".join(f"{f} % (valued %, n)" for f in FIELDS)
          + " | rules CPU us/article | valued % l/i/w: tune sets; check sets")
    print_curve(batches, [len(s.rules) for s in spikes], costs, tallies, FIELDS, "; ")
    print_disagreements(tallies, args.shapes, args.samples, 11, 160)


if __name__ == "__main__":
    main()
