"""Agreement of the tally spike with the present finder, per field, and its disagreements by
shape (the type codes around the count in question: the reference's count when the spike misses
or misreads it, the spike's when it adds one)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from assets.extract.sentences import Sentence
from assets.extract.tallies import Count

from .agreement import Tally
from .tallies import Tallies, TallyCount, reduce_counts
from .tally_reference import FIELDS, Reading
from .tally_tokens import tally_tokenize
from .tokens import Tokens


def _shape(tokens: Tokens, at: int, lo: int, hi: int) -> str:
    """Type codes of up to 4 tokens either side of token at, within [lo, hi), at marked []."""
    t = tokens.types
    return f"{t[max(lo, at - 4):at]}[{t[at:at + 1]}]{t[at + 1:min(hi, at + 5)]}"


def _wanted(name: str, field: str) -> bool:
    return field == name or (name == "weapon" and field in ("launched", "intercepted"))


def compare(tally: Tally, sentences: list[Sentence], ref: list[Reading],
            ref_raw: list[list[Count]], spike: Tallies) -> None:
    """Add one article's sentences to tally (fields: launched, intercepted, weapon)."""
    texts = [s.text for s in sentences]
    tokens = tally_tokenize(texts)
    counts: dict[int, list[TallyCount]] = defaultdict(list)
    for c in spike.counts(tokens):
        counts[c.sentence].append(c)
    begins = [a for a, _ in tokens.spans()]
    bars = [i for i, c in enumerate(tokens.types) if c == "|"]
    for k, text in enumerate(texts):
        tally.sentences += 1
        mine = reduce_counts(counts[k]) if counts[k] else (None, None, None)
        lo = bars[k - 1] + 1 if k else 0
        hi = bars[k] if k < len(bars) else len(tokens.types)
        for j, name in enumerate(FIELDS):
            a, b = ref[k][j], mine[j]
            if a is not None or b is not None:
                tally.valued[name] += 1
            if a == b:
                tally.agree[name] += 1
                if a is not None:
                    tally.valued_agree[name] += 1
                continue
            cls = "missed" if b is None else "spurious" if a is None else "value"
            if cls == "spurious":
                at = next((c.token for c in counts[k] if _wanted(name, c.field)), lo)
            else:
                pos = next((c.pos for c in ref_raw[k] if _wanted(name, c.field)), 0)
                at = max(lo, min(bisect_right(begins, tokens.starts[k] + pos) - 1, hi - 1))
            key = (name, cls, _shape(tokens, at, lo, hi))
            tally.classes[(name, cls)] += 1
            tally.shapes[key] += 1
            tally.samples.setdefault(key, (text, a, b))
