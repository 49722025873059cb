"""A military or fuel site named after its town, with its region right after it, stands for
that town, not for the region (1.40.0).

"shot down a drone as it approached the Engels air base in the Saratov region", "It said the
Unecha oil pumping station in Russia's Bryansk region had also been hit", "tried to strike the
Dyagilevo airfield in the Ryazan Region": the site bears its town's name and "in the X region"
only locates it. `context.is_target` keeps the region (a place after "in") and passes over the
town, whose name stands before the site's noun rather than after a verb, so the row was the
region's; the gold has the town. `plant_towns` reads the same shape for power plants; this
module reads air bases, airfields, refineries, depots and pumping stations, and only where the
region follows the site's noun right away ("the Kirishi refinery" with the region named in
another clause stays as it was). A site named after its region's capital ("the Astrakhan gas
processing plant", north-east of the city) is left alone, as `plant_towns` leaves it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import load, norm

if TYPE_CHECKING:
    from .places import Mention

# literals one of which every site noun of _SITE holds (the hook's gate)
WORDS = ("air base", "airbase", "airfield", "refinery", "depot", "pumping station")
# "(military) air base / airfield", "(oil) refinery", "(oil / fuel / ammunition) depot",
# "(oil) pumping station", then "in (the / Russia's) (western) " before the region
_SITE = re.compile(r"\s+(?:(?:military|oil|fuel|ammunition|crude)\s+)?"
                   r"(?:air\s?base|airfield|refinery|depot|pumping\s+station)"
                   r"\s+in\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:[a-z\-]+\s+)?")


def facility_towns(text: str, places: list[Mention], out: list[Mention]) -> list[Mention]:
    """out, each region target that a site's phrase locates ("the T airfield in the R region")
    replaced by the site's town T, when T is not a target already."""
    regions = load().regions
    towns: dict[int, Mention] = {}     # the start of the region each site's phrase names
    for m in places:
        if m.level == "settlement" and m not in out and (s := _SITE.match(text, m.end)) \
                and norm(m.location or "") not in regions:
            towns[s.end()] = m
    if not towns:
        return out
    new: list[Mention] = []
    for m in out:
        t = towns.get(m.start) if m.level == "admin1" else None
        r = t if t is not None and t.admin1 == m.admin1 else m
        if r not in new:
            new.append(r)
    return new
