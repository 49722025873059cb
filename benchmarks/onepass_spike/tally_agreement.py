"""Agreement of the tally spike with the present finder, per field, and its disagreements by
shape (the type codes around the count in question: the reference's count when the spike misses
or misreads it, the spike's when it adds one)."""

from __future__ import annotations

from collections import defaultdict

from assets.extract.sentences import Sentence
from assets.extract.tallies import Count

from .agreement import Tally, add_article
from .tallies import Tallies, TallyCount, reduce_counts
from .tally_reference import FIELDS, Reading
from .tally_tokens import tally_tokenize


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
    mine = [reduce_counts(counts[k]) if counts[k] else (None, None, None)
            for k in range(len(texts))]
    add_article(tally, tokens, texts, FIELDS, ref, mine,
                lambda k, name, lo: next((c.token for c in counts[k] if _wanted(name, c.field)),
                                         lo),
                lambda k, name: next((c.pos for c in ref_raw[k] if _wanted(name, c.field)), 0))
