"""Runner: the spike against the present casualty finder, batch by batch (the curve).

    python -m benchmarks.onepass_spike [--samples N] [--rounds R] [--passes P] [--no-time]

For each batch of rules (the rules of that batch and all before it) it prints the agreement per
field on every sentence of the compared articles (reference.py) and on the sentences where either
side has a value, and the cost in us/article on the shared dev articles, spike and finder
alternated (cost.py). Then the disagreements of the last batch by shape, with a sample each.
"""

from __future__ import annotations

from .agreement import FIELDS, Tally, compare
from .casualties import Casualties
from .casualty_rules import RULES
from .cost import measure
from .reference import CHECK, SHARED_DEV, article_files, load_grouped, load_texts, reference, split
from .runner import GROUPS, load_average, parse_args, print_curve, print_disagreements


def main() -> None:
    args = parse_args("python -m benchmarks.onepass_spike")

    files = article_files()
    texts = load_grouped(files)
    batches = [0, *sorted({r.batch for r in RULES})]
    spikes = [Casualties(b) for b in batches]
    tallies = {g: [Tally() for _ in batches] for g in GROUPS}
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
        load0 = load_average()
        variants = [Casualties(grouped=False), Casualties(cue_only=False, grouped=False)]
        costs, ref_cost = measure(load_texts([SHARED_DEV]), spikes + variants, args.rounds,
                                  args.passes)
        costs, other = costs[:len(spikes)], costs[len(spikes):]
        print(f"cost on the shared dev articles, load average {load0:.2f} -> "
              f"{load_average():.2f}: "
              f"find_casualties on every sentence {ref_cost:.0f} us/article; all rules "
              f"ungrouped {other[0]:.0f}, ungrouped on whole articles {other[1]:.0f}")
    print("batch rules | killed % (valued %, n) | injured % (valued %, n) | spike us/article "
          "| valued % killed/injured: tune sets, check sets")
    print_curve(batches, [len(s.rules) for s in spikes], costs, tallies, FIELDS, ", ")
    print_disagreements(tallies, args.shapes, args.samples, 7, 150)


if __name__ == "__main__":
    main()
