"""A district or area of a city that is a region of its own is that city (1.36.0).

"Falling debris damaged a house in the Balaklava district", "a man was hurt in the Kacha area",
"debris hit a house in the Lyubimovka area in the north of the city": Sevastopol, Kyiv, Moscow
and Saint Petersburg are each an admin1 of their own, and their districts and outlying areas are
parts of the city. `places.find_places` read "the Balaklava district" as the region's row (a
rural district stands for its oblast) and "the Kacha area" as a settlement of its own, so the
governor's report gave a second row beside the city's. The gold places such strikes in the city
(it has no admin1-level row in these four regions at all). A part named without "district" or
"area" ("a house in Kacha", "the village of Lyubimovka") stays a place of its own, as the gold
has it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .gazetteer import Settlement, load, norm

if TYPE_CHECKING:
    from .places import Mention

_PART = re.compile(r"\s+(?:[Dd]istrict|[Aa]rea)\b(?!s)")
_CITY_SUFFIX = re.compile(r"\s+City$")


@lru_cache(maxsize=1)
def city_regions() -> dict[str, Settlement]:
    """admin1 -> its city, for the regions that are one city ("Kyiv City", "Sevastopol")."""
    g = load()
    out = {}
    for admin1 in g.by_admin1:
        name = norm(_CITY_SUFFIX.sub("", admin1))
        same = [s for s in g.settlements.get(name, ()) if s.admin1 == admin1]
        if same:
            out[admin1] = max(same, key=lambda s: (s.primary, s.population))
    return out


def city_parts(text: str, found: list[Mention]) -> list[Mention]:
    """found, each district or area of such a region ("the Balaklava district") as its city."""
    if " district" not in text and " area" not in text and " District" not in text \
            and " Area" not in text:
        return found
    cities = city_regions()
    out = []
    for m in found:
        city = cities.get(m.admin1 or "")
        if city is not None and m.location != city.name and _PART.match(text, m.end):
            iso = load().by_admin1[city.admin1].iso
            m = replace(m, country=city.country, iso=iso, location=city.name, lat=city.lat,
                        lon=city.lon, level="settlement")
        out.append(m)
    return out


def named_part(text: str, m: Mention) -> bool:
    """m is a district or area that `city_parts` read as its city ("Balaklava" of "the Balaklava
    district" as Sevastopol): a place struck, not a district standing for a speaker (1.40.0)."""
    city = city_regions().get(m.admin1 or "")
    if city is None or m.location != city.name or not _PART.match(text, m.end):
        return False
    # (the part's own gazetteer name, not an alias such as "Old Town" for Kyiv's Stare Misto: a
    # district of that name in another town)
    name = text[m.start:m.end]
    return name != m.location and any(s.name == name and s.admin1 == m.admin1
                                      for s in load().settlements.get(norm(name), ()))
