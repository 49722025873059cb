"""A mayor's count of drones downed on the way to his city is the city's row (1.36.0).

"Moscow Mayor Sergei Sobyanin said 74 drones flying towards the capital had been repelled", "...
wrote that 74 drones flying toward the city had been shot down on the approaches to the capital":
the mayor's own interception claim is a row of his city with intercepted set (GUIDELINES 4 gives
a governor's claim about his own region its row; the authors give a mayor's claim its city's).
The city is named only in the mayor's title and as "the capital" / "the city", where the drones
were headed, so no place counted as struck and the count went to the country's row (or was
lost beside the ministry's larger total). Here a sentence that opens with "<City> Mayor" (or
"<City> mayor"), names no other place, and holds only interceptions (no hit, damage or debris)
of drones or missiles coming towards, approaching or over "the city" / "the capital" gives its
count to that city's row, which does not become the focus of the sentences after it.
"""

from __future__ import annotations

import re
from typing import Protocol

from .places import Mention, find_places
from .rows import Draft
from .tallies import Count
from .weapons import find_weapons

_MAYOR = re.compile(r"\s+(?:Mayor|mayor)\b")
# "flying towards the capital", "approaching the city", "on the approaches to the capital",
# "heading for the city", "over the capital"
_TOWARD_CITY = re.compile(r"\b(?:(?:flying|heading|headed|moving)\s+(?:towards?|for)|approaching|"
                          r"approaches\s+to|over)\s+the\s+(?:city|capital)\b")
# the claim tells a hit too ("debris damaged a roof"): the sentence's own places and words decide
_IMPACT = re.compile(r"\b(?:hit|struck|damaged|destroyed a|killed|injured|wounded|fell|debris)\b")


class _Rows(Protocol):
    def place(self, m: Mention, when: tuple, i: int, text: str = "") -> Draft: ...


def mayor_city(text: str, counts: list[Count], ctx: list[str]) -> list[Mention]:
    """The mayor's city as the sentence's one target, or no target."""
    if not counts or "ayor " not in text or not _TOWARD_CITY.search(text):
        return []
    places = find_places(text, ctx)
    if not places or places[0].level != "settlement" or not _MAYOR.match(text, places[0].end) \
            or any(m.location != places[0].location for m in places):
        return []
    if not all(c.field == "intercepted" for c in counts) or _IMPACT.search(text):
        return []
    return [places[0]]


def mayor_claim(b: _Rows, text: str, counts: list[Count], ctx: list[str], when: tuple,
                i: int) -> list[Count]:
    """Give a mayor's interception count to his city's row; the counts left for the sentence
    (none when the city took them). The row is not the focus: a mayor's claim is an aside in
    the ministry's report, and the sentences after it ("across the region") are not the
    city's."""
    city = mayor_city(text, counts, ctx)
    if not city:
        return counts
    row = b.place(city[0], when, i, text)
    row.counts += counts
    row.add_weapons(*find_weapons(text))
    return []
