"""The spike's casualty rules inside the whole extractor: `find_casualties` answered by them.

    python -m benchmarks.onepass_spike.swap [--rounds R] [--repeats N] [--samples N]
        [--losses dev tune check] [--no-speed] [--no-scores]

`SpikeFinder` takes a sentence as `assets.extract.casualties.find_casualties` does and returns
the present `Figure`s (field, value, pos, kind) built from the spike's matches: pos is the start
offset in the sentence of the match's number token, or of its qualifier ("at least 12", as the
present number pattern reads it), or of the match's first token for a rule that fixes its value
(as the present implied-person patterns give theirs), kind the rule's (plain,
update or zero). The spike has no "stale" or "more" figures (its "had stood at" rule only takes
its tokens), so it never gives those kinds; figures come in text order. `swapped()` puts the
adapter in place of the finder in every module of `assets` that holds it by name, for the
duration of a `with` block only. `ArticleSpikeFinder` gives the same figures in one pass per
article (all the article's sentences tokenized and scanned at the first call). `KindOracle`
gives the spike's figures with the present finder's kinds, to measure what the missing kinds
cost.

The runner scores every eval set both ways (swap_scores.py), times the whole extractor both
ways (swap_speed.py) and lists where the swap loses on the check sets (swap_losses.py, with the
sentence to blame from swap_blame.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from assets.extract import casualties as present
from assets.extract import lowtext
from assets.extract.casualties import Figure

from .casualties import Casualties
from .casualty_rules import CUES
from .tokens import Tokens, tokenize

Finder = Callable[[str], list[Figure]]
_PRESENT = present.find_casualties      # (the original, whatever is patched in later)
_QUALIFIER_HEADS = ("at", "more")     # "at least", "more than": two tokens


class SpikeFinder:
    """`find_casualties(text)` by the spike's rules (all batches, grouped, cue sentences)."""

    def __init__(self, spike: Casualties | None = None) -> None:
        self.spike = spike or Casualties()

    def __call__(self, text: str) -> list[Figure]:
        tokens = tokenize([text])
        if not CUES.search(tokens.types):
            return []       # (no rule can match: the cue view would be empty)
        figs = self.spike.figures(tokens)
        if not figs:
            return []
        spans = tokens.spans()
        out = [Figure(f.field, f.value, spans[_qualified(tokens, f.token)][0], f.kind)
               for f in figs]
        out.sort(key=lambda f: f.pos)
        return out


class ArticleSpikeFinder(SpikeFinder):
    """SpikeFinder in one pass per article: at the first call for a sentence of the article being
    extracted (`lowtext.begin` ... `end`), every sentence of it is tokenized and scanned at once
    and each one's figures kept for the article's later calls, as the spike's design has it. A
    text outside the article is answered alone. Gives what SpikeFinder gives (no rule crosses a
    sentence boundary); the runner checks the rows are the same."""

    def __call__(self, text: str) -> list[Figure]:
        got = lowtext.per_article(ArticleSpikeFinder, text, self._article)
        if got is None:
            return super().__call__(text)
        return list(got.get(text, ()))

    def _article(self) -> dict[str, tuple[Figure, ...]]:
        # (the article's sentences are the scope's parts: lowtext keeps them for such memos and
        # has no public accessor; their order does not matter, each is scanned on its own)
        parts = [p for p in lowtext._SCOPE[0].parts if p]
        tokens = tokenize(parts)
        per: dict[str, list[Figure]] = {}
        figs = self.spike.figures(tokens)
        if figs:
            spans = tokens.spans()
            for f in figs:
                start = tokens.starts[f.sentence]
                per.setdefault(parts[f.sentence], []).append(Figure(
                    f.field, f.value, spans[_qualified(tokens, f.token)][0] - start, f.kind))
        return {k: tuple(sorted(v, key=lambda f: f.pos)) for k, v in per.items()}


class KindOracle(SpikeFinder):
    """The spike's figures with the present finder's kind wherever it gives the same field and
    value in the sentence: not a finder (it runs both), an upper bound on what "stale" and
    "more" flags added to the spike could win back."""

    def __call__(self, text: str) -> list[Figure]:
        mine = super().__call__(text)
        if not mine:
            return mine
        kinds = {(f.field, f.value): f.kind for f in _PRESENT(text)}
        return [Figure(f.field, f.value, f.pos, kinds.get((f.field, f.value), f.kind))
                for f in mine]


def _qualified(tokens: Tokens, i: int) -> int:
    """The token a number's figure starts at: its qualifier's ("at least 12", "about 12"), as
    the present finder's number pattern takes the qualifier in (`numbers.num_pattern`)."""
    if i > 0 and tokens.types[i] == "n" and tokens.types[i - 1] == "q":
        i -= 1
        if i > 0 and tokens.words[i - 1].lower() in _QUALIFIER_HEADS:
            i -= 1
    return i


def holders() -> list[str]:
    """The modules of `assets` that hold the present finder by name (loaded by the extractor)."""
    import assets.extract.extractor  # noqa: F401  (loads every module that imports it)

    original = present.find_casualties
    return sorted(name for name, mod in list(sys.modules.items())
                  if (name == "assets" or name.startswith("assets."))
                  and getattr(mod, "find_casualties", None) is original)


@contextmanager
def swapped(finder: Finder | None = None) -> Iterator[Finder]:
    """Within the block, every holder of `find_casualties` (holders()) sees finder (default: a
    SpikeFinder); the original is put back on the way out, whatever happens inside."""
    original = present.find_casualties
    finder = finder or SpikeFinder()
    names = holders()
    for name in names:
        sys.modules[name].find_casualties = finder     # type: ignore[attr-defined]
    try:
        yield finder
    finally:
        for name in names:
            sys.modules[name].find_casualties = original   # type: ignore[attr-defined]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m benchmarks.onepass_spike.swap")
    ap.add_argument("--rounds", type=int, default=5, help="speed rounds per variant")
    ap.add_argument("--repeats", type=int, default=2, help="passes over the dev set per round")
    ap.add_argument("--samples", type=int, default=3, help="samples per loss shape")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-scores", action="store_true")
    ap.add_argument("--losses", nargs="+", default=["check"], choices=("dev", "tune", "check"),
                    help="the groups of sets whose losses are listed")
    args = ap.parse_args()
    if not args.no_speed:
        from .swap_speed import print_speed, speed

        print_speed(speed(args.rounds, args.repeats))
    if not args.no_scores:
        from .runner import load_average
        from .swap_losses import losses, print_losses
        from .swap_scores import print_scores, score_all

        print(f"scoring every eval set both ways (load {load_average():.2f}) ...", file=sys.stderr)
        scores = score_all()
        print_scores(scores)
        for group in args.losses:
            print(f"\n## {group} sets: where the swap loses and gains")
            print_losses(losses(scores, (group,)), args.samples)


if __name__ == "__main__":
    main()
