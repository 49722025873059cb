"""Check that the extractor's rewritten patterns answer exactly as their plain compiles do.

    python -m benchmarks.factored_identity [--random N] [--seed S] [--all] [--skip NAME ...]

Every case-sensitive pattern `caseless.adopt` left in the extractor modules' namespaces (a
`Caseless` wrapper scanning with its factored twin, or the factored form put in the pattern's
place) and every `wide_starts.Split` (with --all also the other re.I wrappers) is compared with
`re.compile` of its own source and flags on every sentence of every hand-made eval set (also
upper- and lower-cased) and on N random strings built from the patterns' own literals: `search`
(whole text, and from 5 to 60), `finditer`, and `match` at every word start, by the span of
every group. Prints the number of patterns and texts checked and each difference (pattern
source and text); exit status 1 when any differs.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys

from assets.extract import caseless
from assets.extract.wide_starts import Split
from benchmarks.pattern_checks import differs, sentences

MODULES = ("casualties", "context", "dates", "extractor", "places", "settle", "tallies",
           "targets", "toll_phrasings")


def rewritten() -> list[tuple[object, re.Pattern[str]]]:
    """(pattern as the extractor uses it, plain compile of its source) for every pattern the
    extractor modules hold whose compiled form differs from the plain one."""
    out: list[tuple[object, re.Pattern[str]]] = []
    seen: set[int] = set()

    def walk(value: object) -> None:
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, caseless.Caseless):
            out.append((value, value.rx))
        elif isinstance(value, re.Pattern):
            plain = re.compile(value.pattern, value.flags)
            if plain is not value:
                out.append((value, plain))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    for name in MODULES:
        for key, value in vars(importlib.import_module(f"assets.extract.{name}")).items():
            if not key.startswith("__"):
                walk(value)
    from assets.extract import weapons  # (the vocabularies, wrapped where they are built)
    walk([weapons._vocab(), weapons._targets(), weapons._targets_gate()])
    return out


def random_texts(pats: list[re.Pattern[str]], n: int, seed: int) -> list[str]:
    """n strings of the patterns' literal words, digits and punctuation, in random order and
    case."""
    rng = random.Random(seed)
    words = sorted({w for p in pats for w in re.findall(r"[A-Za-z]{2,}", p.pattern)})
    extra = ["12", "3", "10:30", "a", "the", " ", ",", ".", "'s", "-", "’", "—", "\u017f", "é"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words if rng.random() < 0.7 else extra)
                 for _ in range(rng.randint(3, 25))]
        parts = [p.upper() if rng.random() < 0.1 else p.capitalize() if rng.random() < 0.2 else p
                 for p in parts]
        out.append("".join(p + rng.choice([" ", " ", " ", "", ", ", "  "]) for p in parts))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--random", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--skip", nargs="*", default=[])
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    pairs = [(rx, p) for rx, p in rewritten()
             if args.all or not getattr(rx, "folds", False) or isinstance(rx, Split)]
    texts = sentences(set(args.skip)) + random_texts([p for _, p in pairs], args.random, args.seed)
    bad = 0
    for rx, plain in pairs:
        for text in texts:
            how = differs(rx, plain, text)
            if how:
                bad += 1
                print(f"DIFF {how}: {plain.pattern[:80]!r} on {text[:120]!r}")
                break
    print(f"{len(pairs)} patterns x {len(texts)} texts: {bad} patterns differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
