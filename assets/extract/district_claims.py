"""A governor's interception claim over districts of his region is the region's row (1.30.0).

"12 drones were destroyed over the city of A and three districts of the region", "over the B and
C districts", "repelled in T and in the D, E and F districts": the governor counts what his air
defence brought down across his region. The districts are no rows of their own, and the town
named beside them is one of the places the count covers, not the place that owns it (GUIDELINES
4: a claim over one region is that region's admin1 row). 1.23.0 read only "over A and three
districts of the region".
"""

from __future__ import annotations

import re

from .places import Mention, find_places
from .tallies import Count
from .targets import region_mention

# "over / in" a town (or "the city of A", "the city") and then a list of districts; the names
# before "districts" are the districts' own, which the gazetteer does not hold
_OVER_DISTRICTS = re.compile(
    r"\b(?:over|above|in)\s+(?:the\s+)?"
    r"(?:(?:city|town)\s+(?:of\s+[A-Z][\w'’\-]+\s+)?|[A-Z][\w'’\-]+\s+)?"
    r"(?:and\s+(?:in\s+|over\s+)?(?:the\s+)?)?"
    r"(?:(?:[A-Z][\w'’\-]+,?|and|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)"
    r"{1,6}?districts\b(?!\s+of\s+(?:the\s+)?[A-Z])")
# a sentence telling what fell or was hit tells an impact, not only the claim
_IMPACT = re.compile(r"\b(?:struck|hit|damaged|killed|injured|wounded|hurt|fire|debris|fell)\b",
                     re.I)
_NAME = re.compile(r"\b[A-Z]")
# a count over several regions is the country's, whatever districts it names
_REGIONS = re.compile(r"\bregions\b|\boblasts\b")


def district_claim_region(text: str, counts: list[Count], targets: list[Mention],
                          ctx: list[str], home: str | None) -> Mention | None:
    """The region whose governor counts interceptions over its districts in this sentence, or
    None. The sentence's places (or, with none struck, the places it names at all, such as the
    governor's title) must lie in one region; "over the city and three districts of the region",
    naming nothing, is the region of the town told before (`home`)."""
    if "districts" not in text or not counts or any(c.field != "intercepted" for c in counts) \
            or _REGIONS.search(text) or _IMPACT.search(text) \
            or not (m := _OVER_DISTRICTS.search(text)):
        return None
    if not _NAME.search(m.group()):
        return region_mention(home) if home else None
    places = targets or find_places(text, ctx)
    regions = {p.admin1 for p in places if p.admin1}
    if len(regions) != 1:
        return None
    return region_mention(regions.pop())
