"""The gazetteer as one dict: a normalized 1-3-gram of name tokens -> what it can name.

`assets.extract.gazetteer.load()` holds three tables keyed by a normalized name (lowercase, no
apostrophes, no possessive): region stems ("kharkiv" before "region"/"oblast"), standalone
region names ("crimea") and settlements (each name -> every place of that name). Here the three
become one `Entry` per key, the settlement candidates ordered as `places._pick` orders them with
no context (its first is the pick unless the context names one of their regions), and the words
that can open a name are a dict from the token as written to its normalized form, so that a
token that opens no name costs one dict miss.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from assets.extract.gazetteer import Region, Settlement, load

# the shape `places._TOKEN` gives a name's word: a capital, then lowercase letters, apostrophes
# and hyphenated parts; an all-caps word or a run-together one ("DniproHES") names nothing
_WORD = re.compile(r"[A-Z][a-z'’]+(?:-(?:[a-z]+-)?[A-Z]?[a-z'’]+)*")


@dataclass(frozen=True, slots=True)
class Place:
    """One candidate reading of a name: a settlement (location set) or a region."""

    location: str | None
    admin1: str
    country: str
    population: int


@dataclass(slots=True)
class Entry:
    """What one normalized n-gram can name."""

    region: Region | None           # a stem before "region"/"oblast"
    standalone: Region | None       # a region named alone ("Crimea")
    towns: list[Settlement]         # settlements, in _pick order without context
    town_regions: frozenset[str]    # the admin1 of each candidate town
    small: bool                     # every town of the name has under 15,000 people
    key: str                        # the normalized name


def pick_key(s: Settlement, context: frozenset[str] | set[str]) -> tuple:
    """places._pick's order: a primary or large place first, then one in a context region."""
    return (s.primary or s.population >= 100_000, s.admin1 in context, s.primary,
            math.log10(s.population + 1), s.country == "UKR")


def pick(entry: Entry, context: frozenset[str] | set[str]) -> Settlement:
    """The town a name stands for, given the article's regions so far."""
    if context and not entry.town_regions.isdisjoint(context):
        return max(entry.towns, key=lambda s: pick_key(s, context))
    return entry.towns[0]


@lru_cache(maxsize=1)
def index() -> tuple[dict[str, Entry], frozenset[str]]:
    """(normalized n-gram -> Entry, the first words of names of two or more words)."""
    g = load()
    keys = set(g.regions) | set(g.standalone) | set(g.settlements)
    out: dict[str, Entry] = {}
    for k in keys:
        towns = sorted(g.settlements.get(k, ()), key=lambda s: pick_key(s, frozenset()),
                       reverse=True)
        out[k] = Entry(g.regions.get(k), g.standalone.get(k), towns,
                       frozenset(s.admin1 for s in towns),
                       bool(towns) and max(s.population for s in towns) < 15_000, k)
    firsts = frozenset(k.split(" ")[0] for k in keys if " " in k)
    return out, firsts


_norms: dict[str, str | None] = {}


def norm_word(word: str) -> str | None:
    """A token's normalized form when it has the shape of a name's word (places._TOKEN), else
    None: lowercase, without a possessive or apostrophes (memoized by the token as written)."""
    got = _norms.get(word, "")
    if got != "":
        return got
    got = _norm_word(word)
    if len(_norms) < 200_000:
        _norms[word] = got
    return got


def _norm_word(word: str) -> str | None:
    word = word.lstrip("‘'")
    m = _WORD.match(word)
    if m is None or m.end() < len(word) and word[m.end()].isalpha():
        return None     # (a prefix counts, as places._TOKEN finds "Engels" in "Engels-2")
    s = m.group().lower().replace("’", "'")
    if s.endswith("'s"):
        s = s[:-2]
    return s.replace("'", "")


HEADS: dict[str, str | None] = {}     # head() memo: a token as written -> its head or None


def head(word: str) -> str | None:
    """The normalized form of a token that can open a name (a one-word name or the first word
    of a longer one), else None; memoized by the token as written."""
    got = HEADS.get(word, "")
    if got != "":
        return got
    entries, firsts = index()
    n = norm_word(word)
    got = n if n is not None and (n in entries or n in firsts) else None
    if len(HEADS) < 200_000:
        HEADS[word] = got
    return got
