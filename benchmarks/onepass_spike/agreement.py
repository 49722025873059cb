"""Agreement of the spike with the present finder, per field, and its disagreements by shape.

A disagreement's shape is the type codes around the figure in question (the reference figure's
number or cue when the spike misses or misreads it, the spike's number when it adds one), so
that one shape names one phrasing the rules lack or get wrong.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assets.extract.casualties import Figure as RefFigure
from assets.extract.sentences import Sentence

from .casualties import Casualties, Figure
from .reference import Pair
from .tokens import Tokens, tokenize

FIELDS = ("killed", "injured")


@dataclass
class Tally:
    """Counts of one comparison: per field, all sentences and those where either side has a
    value; disagreements by (field, class, shape) with a sample sentence each."""

    sentences: int = 0
    agree: Counter = field(default_factory=Counter)
    valued: Counter = field(default_factory=Counter)
    valued_agree: Counter = field(default_factory=Counter)
    shapes: Counter = field(default_factory=Counter)
    samples: dict = field(default_factory=dict)
    classes: Counter = field(default_factory=Counter)

    def pct(self, name: str) -> float:
        return 100 * self.agree[name] / max(self.sentences, 1)

    def valued_pct(self, name: str) -> float:
        return 100 * self.valued_agree[name] / max(self.valued[name], 1)


def _shape(tokens: Tokens, at: int, lo: int, hi: int) -> str:
    """Type codes of up to 4 tokens either side of token at, within [lo, hi), at marked []."""
    t = tokens.types
    return f"{t[max(lo, at - 4):at]}[{t[at:at + 1]}]{t[at + 1:min(hi, at + 5)]}"


def add_article(tally: Tally, tokens: Tokens, texts: list[str], fields: Sequence[str],
                ref: Sequence[Sequence[object]], mine: Sequence[Sequence[object]],
                spike_token: Callable[[int, str, int], int],
                ref_offset: Callable[[int, str], int]) -> None:
    """Add one article's sentences to tally, field by field: ref and mine hold each sentence's
    values in the order of fields. A disagreement's shape is read around the spike's token
    (spike_token(sentence, field, its first token)) when the spike adds a value, else around
    the token at the reference's offset in the sentence (ref_offset(sentence, field))."""
    begins = [a for a, _ in tokens.spans()]
    bars = [i for i, c in enumerate(tokens.types) if c == "|"]
    for k, text in enumerate(texts):
        tally.sentences += 1
        lo = bars[k - 1] + 1 if k else 0
        hi = bars[k] if k < len(bars) else len(tokens.types)
        for j, name in enumerate(fields):
            a, b = ref[k][j], mine[k][j]
            if a is not None or b is not None:
                tally.valued[name] += 1
            if a == b:
                tally.agree[name] += 1
                if a is not None:
                    tally.valued_agree[name] += 1
                continue
            cls = "missed" if b is None else "spurious" if a is None else "value"
            if cls == "spurious":
                at = spike_token(k, name, lo)
            else:
                at = bisect_right(begins, tokens.starts[k] + ref_offset(k, name)) - 1
                at = max(lo, min(at, hi - 1))
            key = (name, cls, _shape(tokens, at, lo, hi))
            tally.classes[(name, cls)] += 1
            tally.shapes[key] += 1
            tally.samples.setdefault(key, (text, a, b))


def compare(tally: Tally, text: str, sentences: list[Sentence], ref: list[Pair],
            ref_raw: list[list[RefFigure]], spike: Casualties) -> None:
    """Add one article's sentences to tally."""
    texts = [s.text for s in sentences]
    tokens = tokenize(texts, [s.start for s in sentences])
    figs: dict[int, list[Figure]] = defaultdict(list)
    for f in spike.figures(tokens):
        figs[f.sentence].append(f)
    add_article(tally, tokens, texts, FIELDS, ref, spike.by_sentence(texts),
                lambda k, name, lo: next(f.token for f in figs[k] if f.field == name),
                lambda k, name: next((f.pos for f in ref_raw[k] if f.field == name), 0))
