"""A town named inside a region's settlement count keeps none of the region's toll (1.39.0).

"In Kherson Oblast, Russian forces shelled 34 settlements, including the city of Kherson,
killing two people and injuring nine"; "Kherson Oblast: Russian forces attacked 26
settlements, including Kherson city, killing two people ...". The toll is the region's day
(GUIDELINES 4: a regional total gets the admin1 row) and the town named as one of the
settlements gets a row with no figures of its own. Told with the region after the count ("27
settlements in Kherson Oblast, including the city of Kherson, killing one") the older rules
already gave the region its row; told with the region before it, the figures went to the town.
Here the figures a sentence gives after a town named right after "N settlements (in X),
including (the city of)" leave the town's row for its region's row of the same day (made when
there is none), with the weapon the sentence names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .places import Mention, find_places
from .rows import Draft
from .sentences import Sentence
from .targets import region_mention
from .weapons import find_weapons

# "34 settlements, including the city of ", "27 settlements in the region, including "
_INCLUDING = re.compile(r"\b\d+\s+(?:settlements|communities|localities|hromadas|towns and "
                        r"villages)(?:\s+(?:in|of)\s+[^,.;]{1,40})?,\s+including\s+"
                        r"(?:the\s+(?:city|town)\s+of\s+)?$")
_WORDS = ("settlements", "communities", "localities", "hromadas", "towns and villages")


def included_town_tolls(drafts: list[Draft], sents: list[Sentence],
                        place: Callable[[Mention, tuple, int], Draft]) -> None:
    """Move a region's toll from the town named among its counted settlements to the region's
    row (place makes a row, as the builder's)."""
    for d in list(drafts):
        if d.kind != "impact" or d.level != "settlement" or not d.figures:
            continue
        for k in sorted(d.sents):
            s = sents[k]
            if ", including " not in s.text or not any(w in s.text for w in _WORDS):
                continue
            town = next((m for m in find_places(s.text) if m.location == d.location
                         and _INCLUDING.search(s.text[:m.start])), None)
            mine = [(p, f) for p, f in d.figures if town is not None
                    and s.start + town.end <= p < s.end]
            reg = region_mention(d.admin1)
            if not mine or reg is None:
                continue
            region = next((o for o in drafts if o.kind == "impact" and o.level == "admin1"
                           and o.admin1 == d.admin1 and o.event_date == d.event_date), None) \
                or place(reg, (d.event_date, d.precision, d.date_strength), k)
            d.figures = [x for x in d.figures if x not in mine]
            region.figures += mine
            region.add_weapons(*find_weapons(s.text))     # ("shelled 34 settlements")
