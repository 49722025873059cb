"""One place the token finder reads (`Found`), made from a gazetteer town or region, and the
cheap substring gate the place rules share."""

from __future__ import annotations

from dataclasses import dataclass

from assets.extract.gazetteer import Region, Settlement

from .place_index import Entry

# a namesake under this population is a village or a suburb (places.SMALL_PLACE)
SMALL_PLACE = 15_000


@dataclass(slots=True)
class Found:
    """One place of a sentence: its tokens [start, end) in the article, the place, and the kind
    of reading (town, region, plural, standalone, stem, district, capital, unlisted)."""

    start: int
    end: int
    location: str | None
    admin1: str | None
    country: str
    kind: str
    entry: Entry | None = None
    population: int = 0

    @property
    def key(self) -> tuple[str | None, str | None]:
        return self.location, self.admin1


def town_found(start: int, end: int, s: Settlement, entry: Entry | None,
               kind: str = "town") -> Found:
    return Found(start, end, s.name, s.admin1, s.country, kind, entry, s.population)


def region_found(start: int, end: int, reg: Region, kind: str,
                 entry: Entry | None = None) -> Found:
    return Found(start, end, None, reg.admin1, reg.country, kind, entry)


def any_of(cues: tuple[str, ...], text: str) -> bool:
    """One of cues occurs in text (a few `in` tests cost less than one alternation's search)."""
    for c in cues:
        if c in text:
            return True
    return False
