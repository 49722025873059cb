"""A small place of another region named in a one-region article is the region's own (1.27.0).

The gazetteer lists many villages and suburbs under one spelling in one region only, so a
suburb of the article's city ("Debris fell on a house in Lyubimovka", "in the village of X, on
the northern side of the city") was placed at a same-name hamlet hundreds of kilometres away, a
row in a region the article never names. When every row so far lies in one region, the sentence
names this one place only, and every namesake the gazetteer holds is small (under 15,000
people, `places.SMALL_PLACE`) and none lies in that region, the
place is an unlisted settlement of that region, spelled as written. `places.home_village` does
the same for a village of the other country; this is the same-country case.
"""

from __future__ import annotations

from .gazetteer import load
from .namesake_moves import namesakes_of, unlisted_in
from .places import SMALL_PLACE, Mention


def home_namesake(text: str, m: Mention, home: str) -> Mention:
    """m as an unlisted settlement of the article's one region `home`, if it is a small
    namesake elsewhere in the same country; else m."""
    reg = load().by_admin1.get(home)
    if m.level != "settlement" or reg is None or m.admin1 == reg.admin1 \
            or m.country != reg.country:
        return m
    cands = namesakes_of(text, m)
    if not cands or any(c.admin1 == reg.admin1 or c.population >= SMALL_PLACE for c in cands):
        return m
    return unlisted_in(text, m, reg)
