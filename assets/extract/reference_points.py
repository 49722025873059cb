"""A place a distance or a direction is measured from, after "the city" or another place, is no
place struck (1.35.0).

"The strike hit the city, some 200 km (125 miles) southwest of Kyiv" (the town told before);
"a fire at an industrial enterprise in the city, about 200 kilometres (125 miles) southeast of
Moscow"; "a drone hit a minibus near Kutsurub, west of Mykolaiv": the last name only says where
the city or the village lies. `targets._reference` already finds such a name, but keeps it when
the sentence names no other place, or when the other place is a reference too ("near A"), so the
city measured from had a row of its own. A name after "[distance] [direction] of" that follows
"the city", "the town" or another place of the sentence and a comma is dropped here.
"""

from __future__ import annotations

import re

from .places import Mention

# ", some 200 km (125 miles) southwest of " / ", west of " right before the place
_MEASURED = re.compile(
    r",\s+(?:(?:about|some|around|roughly|nearly|almost|just)\s+)?"
    r"(?:[\d,.]+\s*(?:km|kilomet(?:re|er)s|miles)\s+(?:\([^)]{1,30}\)\s+)?)?"
    r"(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of\s+(?:the\s+city\s+of\s+)?$")
_THE_CITY = re.compile(r"\bthe (?:city|town)$")


def measured_from(text: str, m: Mention, places: list[Mention]) -> bool:
    """m is only the point the city or place just named is measured from."""
    if " of " not in text[max(0, m.start - 60):m.start]:
        return False
    hit = _MEASURED.search(text, max(0, m.start - 60), m.start)
    if hit is None:
        return False
    before = text[:hit.start()]
    return bool(_THE_CITY.search(before)) or any(
        p.end == hit.start() and p is not m for p in places)
