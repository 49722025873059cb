"""A town with its own region right after it, as the region only locates it, is the town's
row, not the region's (1.40.0).

"shot down a drone as it approached the Engels air base in the Saratov region", "It said the
Unecha oil pumping station in Russia's Bryansk region had also been hit", "tried to strike the
Dyagilevo airfield in the Ryazan Region", "Nikopol in Dnipropetrovsk Oblast came under
artillery fire", "shelling killed eight people ... in Lysychansk, in the Luhansk region,
governor X said": "in the X region" only locates the town (or the site named after it).
`context.is_target` keeps the region (a place after "in", or before the verb) and passes over
the town, whose name stands before the site's noun or before the qualifier rather than in the
slot of the place struck, so the row was the region's; the gold has the town. `plant_towns`
reads the same shape for power plants with this module's `towns_before` and `IN_REGION` (one
reading of "T ... in the R region"); this module reads a town followed, right away or after
an air base, airfield, refinery, depot or pumping station named after it, by "(,) in (the /
Russia's) (adjective) R region", and replaces the region target that this phrase locates (its
start right after "in") by the town when the town is not a target already. "The Kirishi
refinery" with the region named in another clause stays as it was. A site named after its
region's capital ("the Astrakhan gas processing plant", north-east of the city) is left alone,
as `plant_towns` leaves it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import load, norm

if TYPE_CHECKING:
    from .places import Mention

# "(military / oil / fuel / ammunition) air base / airfield / refinery / depot / pumping
# station" after the town (or nothing)
_SITE = (r"(?:\s+(?:(?:military|oil|fuel|ammunition|crude)\s+)?"
         r"(?:air\s?base|airfield|refinery|depot|pumping\s+station))?")
# "(,) in (the / Russia's) (western) " before the region that locates what stands before it
_IN_REGION = r",?\s+in\s+(?:the\s+|Russia['’]s\s+|Ukraine['’]s\s+)?(?:[a-z\-]+\s+)?"
IN_REGION = re.compile(_IN_REGION)
_QUALIFIER = re.compile(_SITE + _IN_REGION)


def towns_before(text: str, places: list[Mention], out: list[Mention],
                 after: re.Pattern[str]) -> list[tuple[Mention, re.Match[str]]]:
    """Each town of places that is not a target already and that after matches right after
    (with that match), leaving out a town named like a region ("the Zaporizhzhia nuclear power
    plant", "the Astrakhan gas processing plant": such sites lie elsewhere)."""
    regions = load().regions
    return [(m, a) for m in places
            if m.level == "settlement" and m not in out and (a := after.match(text, m.end))
            and norm(m.location or "") not in regions]


def qualified_towns(text: str, places: list[Mention], out: list[Mention]) -> list[Mention]:
    """out, each region target that only locates a town named right before it ("T in the R
    region", "the T airfield in the R region") replaced by that town, when T is not a target
    already."""
    # the start of the region each qualifier names
    towns = {q.end(): m for m, q in towns_before(text, places, out, _QUALIFIER)}
    if not towns:
        return out
    new: list[Mention] = []
    for m in out:
        t = towns.get(m.start) if m.level == "admin1" else None
        r = t if t is not None and t.admin1 == m.admin1 else m
        if r not in new:
            new.append(r)
    return new
