"""Runner: the token place finder against `find_places`, batch by batch (the curve).

    python -m benchmarks.onepass_spike.places [--samples N] [--shapes tune|check|all]
        [--rounds R] [--passes P] [--no-time]

Each compared article (reference.article_files: the shared dev set and data/eval but the
held-out set) is run through the extractor once to record each sentence's (ctx, hint)
(place_reference). For each batch of rules (place_rules.BATCHES) it prints the exact-set
agreement on all sentences and on those where either side finds a place, the offsets' agreement,
the same on the tune and check sets, and the cost in us/article on the shared dev articles
(place_cost); then the disagreements of the last batch by shape, with a sample each.
"""

from __future__ import annotations

import time

from .place_agreement import PlaceTally, compare
from .place_cost import measure
from .place_finder import Places
from .place_reference import article, load_articles, reference_places
from .place_rules import BATCHES
from .reference import SHARED_DEV, article_files
from .runner import GROUPS, load_average, parse_args
from .tokens import tokenize


def main() -> None:
    args = parse_args("python -m benchmarks.onepass_spike.places")

    files = article_files()
    raw = load_articles(files)
    t0, c0 = time.time(), time.process_time()
    articles = []
    for k, (text, pub, check) in enumerate(raw):
        articles.append(article(text, pub, check))
        if k % 250 == 0 or k + 1 == len(raw):
            print(f"  contexts: {k + 1}/{len(raw)} articles", flush=True)
    print(f"contexts recorded in {time.time() - t0:.1f} s ({time.process_time() - c0:.1f} s CPU)")
    batches = sorted(BATCHES)
    finders = [Places(b) for b in batches]
    tallies = {g: [PlaceTally() for _ in batches] for g in GROUPS}
    for a in articles:
        ref = reference_places(a)
        toks = tokenize([s.text for s in a.sentences], [s.start for s in a.sentences])
        spans = toks.spans()
        for k, f in enumerate(finders):
            mine = f.by_sentence(toks, a.contexts)
            for s, r, m in zip(a.sentences, ref, mine, strict=True):
                for g in ("all", "check" if a.check else "tune"):
                    compare(tallies[g][k], s.text, r, m, spans, s.start)
    every = tallies["all"][0]
    print(f"{len(articles)} articles from {len(files)} files, {every.sentences} sentences "
          f"({tallies['check'][0].sentences} in the check sets)")
    costs: dict[str, float] = {}
    if not args.no_time:
        dev = {t for t, _, _ in load_articles([SHARED_DEV])}
        load0 = load_average()
        c0 = time.process_time()
        costs = measure([a for a in articles if a.text in dev], finders, args.rounds,
                        args.passes)
        print(f"cost on the {len(dev)} shared dev articles (best of {args.rounds} rounds of "
              f"{args.passes} passes, CPU {time.process_time() - c0:.0f} s, load average "
              f"{load0:.2f} -> {load_average():.2f}): find_places on every sentence "
              f"{costs['find_places']:.0f} us/article; split and tokenizer "
              f"{costs['tokens']:.0f}")
    print("batch | all: % (placed %, n) offsets % | tune placed % | check placed % "
          "| finder us/article (+tokens)")
    for k, b in enumerate(batches):
        t = tallies["all"][k]
        cost = (f"{costs[f'finder {b}']:.0f} ({costs[f'finder {b} +tokens']:.0f})"
                if costs else "-")
        print(f"{b:5d} | {t.pct:.2f} ({t.placed_pct:.2f}, {t.placed}) {t.offsets_pct:.2f} | "
              f"{tallies['tune'][k].placed_pct:.2f} | {tallies['check'][k].placed_pct:.2f} | "
              f"{cost}  {BATCHES[b][:60]}")
    last = tallies[args.shapes][-1]
    print(f"disagreements ({args.shapes} sets, last batch):",
          ", ".join(f"{c} {n}" for c, n in sorted(last.classes.items())))
    for key, n in last.shapes.most_common(args.samples):
        text, a, b = last.samples[key]
        print(f"{n:4d} {key[:58]:58s} ref={a} spike={b} | {text[:140]}")


if __name__ == "__main__":
    main()
