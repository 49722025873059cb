"""A place named only where power was cut is no place struck (1.36.0).

"strikes had hit energy facilities in several regions, and emergency blackouts were introduced
in Kyiv, Odesa and elsewhere"; "energy infrastructure had been hit, with emergency outages
ordered in Odesa and Izmail"; "a drone attack on an electrical substation caused power outages in
Melitopol and Tokmak". The grid operator cuts power in cities far from the plant that was hit;
each city of the list was read as struck (a strike word stands in the sentence) and got an empty
row. A place of a list after "outages / blackouts / power cuts ... in" is dropped, unless a
"where" clause tells what hit it ("power outages were reported in Kharkov, where ... explosions
rocked the city"). The place struck is named elsewhere in the sentence or the article.
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import NAME_PATTERN, Mention

_WORDS = ("outage", "blackout", "power cut")
_NAME = NAME_PATTERN
_CUT_IN = re.compile(r"\b(?:outages?|blackouts?|power\s+cuts?)\s+(?:[\w\-]+\s+){0,3}?in\s+"
                     rf"(?:the\s+)?(?:{_NAME}(?:,\s+(?:and\s+)?|\s+and\s+))*$")
_WHERE = re.compile(r",\s+where\b")


def power_cut_only(text: str, m: Mention) -> bool:
    """m is named only as a place where power was cut (read once text holds one of _WORDS)."""
    return bool(_CUT_IN.search(text, max(0, m.start - 120), m.start)) \
        and not _WHERE.match(text, m.end)


# places without those named only for power cuts, when the sentence holds one of _WORDS
without_outage_only = cued_filter(_WORDS, power_cut_only)
