"""Weapons counted against front-line settlements are no nationwide tally (1.36.0).

A regional administration's day report counts the weapons used on its front-line towns: "312
drones of various types attacked Huliaipole, Stepnohirsk and Prymorske", "Another 290 drones of
various types attacked frontline communities", "used 11 guided aerial bombs, more than 40 FPV
drones and dozens of artillery rounds against the border communities", "sent 41 drones at 19
settlements in the region". The count is the front's, not an air force or defence ministry tally
(GUIDELINES 3), yet it made a country row with that launched. Here the launch counts of a
sentence with no interception and no nationwide scope are dropped when the weapons attacked
several named towns, or settlements, communities or villages told as such, and the report's
region already has its row (the day's total told before). Without one, the count stays: the
row it makes is read as the region's (settling gives a wave over one region's towns to it).
"""

from __future__ import annotations

import re

from . import context as cx
from .places import Mention
from .rows import Draft
from .tallies import Count

# "attacked frontline communities", "against the border communities", "at 19 settlements",
# "on 12 front-line villages"
_AT_SETTLEMENTS = re.compile(r"\b(?:attacked|hit|struck|targeted|against|at|on)\s+(?:the\s+)?"
                             r"(?:\d+\s+|several\s+|many\s+)?(?:(?:front-?line|border|frontline)\s+)?"
                             r"(?:settlements|communities|villages|hromadas)\b")
_ATTACKED = re.compile(r"\b(?:attacked|hit|struck|targeted)\s+$")
_BREAK = re.compile(r"[.;]")


def front_counts(text: str, counts: list[Count], targets: list[Mention],
                 drafts: list[Draft]) -> list[Count]:
    """The sentence's counts, or none when they are a front report's weapons against
    settlements of a region whose row is told."""
    if not counts or any(c.field != "launched" for c in counts) or cx.nationwide(text):
        return counts
    regions = {d.admin1 for d in drafts if d.kind == "impact" and d.level == "admin1"}
    if not regions:
        return counts
    first = min(c.pos for c in counts)
    towns = [t for t in targets if t.level == "settlement" and t.start > first]
    if towns and not {t.admin1 for t in towns} & regions:
        return counts
    if (m := _AT_SETTLEMENTS.search(text, first)) and not _BREAK.search(text, first, m.start()):
        return []
    if len(towns) >= 2 and _ATTACKED.search(text, first, towns[0].start):
        return []
    return counts
