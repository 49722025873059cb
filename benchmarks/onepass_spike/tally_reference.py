"""The present tally finder's reading of each sentence, reduced to what a row would use.

A sentence's reference is `assets.extract.tallies.find_tallies` on it, scoped as `_extract`
scopes it (`lowtext.begin` before, `lowtext.end` and `caseless.forget` after), its counts reduced
the way a row reduces them: launched and intercepted by `rows.Draft.count` on a wave draft
holding just these counts (the sum over weapon types of the largest count per type; a vague
count makes it unknown; "all the drones" and "the rest" resolved), and the weapon types the
counts add to the row (`Draft._own`'s types: those of launched and intercepted counts, "any"
and "all" left out). A wave draft: an impact row would also read a "hit" count ("two missiles
hit the city") as launched, which is the row's context, not the sentence's.
"""

from __future__ import annotations

from assets.extract.rows import Draft
from assets.extract.sentences import Sentence
from assets.extract.tallies import Count, find_tallies

from .reference import in_article_scope

# (launched, intercepted, weapon types joined by "+" in name order)
Reading = tuple[int | None, int | None, str | None]
FIELDS = ("launched", "intercepted", "weapon")


def _draft(counts: list[Count]) -> Draft:
    d = Draft("wave", "", None, None, None, 0.0, 0.0, "country", None, "", 0, "")
    d.counts = list(counts)
    return d


def weapons_of(counts: list[tuple[str, str]]) -> str | None:
    """The weapon types of (field, type) counts that a row takes: launched and intercepted
    counts only, "any" and "all" left out."""
    types = sorted({t for f, t in counts if f in ("launched", "intercepted")
                    and t not in ("any", "all")})
    return "+".join(types) if types else None


def reduce_counts(counts: list[Count]) -> Reading:
    """(launched, intercepted, weapon) of a sentence's counts, as a row reads them."""
    if not counts:
        return None, None, None
    d = _draft(counts)
    return d.count("launched"), d.count("intercepted"), weapons_of(
        [(c.field, c.wtype) for c in counts])


def finder_counts(text: str, sentences: list[Sentence]) -> list[list[Count]]:
    """find_tallies of each sentence, within the article's scope as the extractor calls it."""
    return in_article_scope(find_tallies, text, sentences)


def tally_reference(text: str, sentences: list[Sentence]) -> tuple[list[Reading],
                                                                   list[list[Count]]]:
    """The present finder's reading and raw counts for each sentence."""
    raw = finder_counts(text, sentences)
    return [reduce_counts(c) for c in raw], raw
