"""A region's toll of the day names no weapon: it keeps none from the towns' sentences (1.38.0).

"Russian attacks killed three civilians and wounded 17 in Donetsk Oblast on Tuesday, the
governor said", "On September 13, Russian forces killed three civilians in the Donetsk region",
"Over the past day, Russian attacks on the Donetsk region killed three civilians": a region's
toll over every kind of fire, told by the governor's summary. The row took the weapon of the
headline ("Glide bombs kill two in Kostiantynivka") or of a sentence before or after it ("One of
the bombs destroyed the entrance", "Russian aircraft now drop dozens of glide bombs on the region
every day") through `settle.fill_weapons`; the gold gives the region's toll
`unknown` (GUIDELINES 10: the text names no weapon for it). Now a region row with a toll and no
count, whose own sentences name no weapon and whose first is such a sentence ("Russian forces /
attacks / troops / strikes ... killed / wounded / injured"), keeps no borrowed weapon.
"""

from __future__ import annotations

import re

from .rows import Draft
from .sentences import Sentence
from .weapons import find_weapons

_SIDE_TOLL = re.compile(r"\b(?:Russian|Ukrainian|[Ee]nemy)\s+(?:forces|attacks|troops|strikes|"
                        r"shelling|army)\b[^.;]*?\b(?:killed|wounded|injured)\b")


def region_toll_unknown(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Clear the weapons a region's toll of the day borrowed from other sentences."""
    for d in drafts:
        if d.kind != "impact" or d.level != "admin1" or d.counts or d.weapons or (
                d.figure("killed") is None and d.figure("injured") is None):
            continue
        first = sents[min(d.sents)].text
        if " killed" not in first and " wounded" not in first and " injured" not in first:
            continue
        if not _SIDE_TOLL.search(first) or any(find_weapons(sents[k].text)[0] for k in d.sents):
            continue
        d.clear_weapons(own=False)
