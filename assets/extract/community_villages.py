"""A community or urban district named only to locate a village in it (1.31.0).

"Shelling in the Vovchansk community killed a man in the village of Vilcha", "Near the village
of X, in the Y community, a drone hit a car", "the village of X in the Y urban district": the
community (hromada) or Russian urban district carries its centre's name, so it reads as that
town, and the town got a row of its own that took the village's figures. When the sentence
names a village of the same region as well, told as "the village of X", the community or
district only says where the village lies: the village is the place struck (GUIDELINES 5). A
community named alone ("The Krasnopillia community came under fire") still stands for its
centre (dev a032), and so it does beside a town told as a place of its own ("drones struck A and
hit a warehouse in the B community").
"""

from __future__ import annotations

import re

from .places import Mention

# what follows a community's or district's name
_CONTAINER = re.compile(r"['’]?s?\s+(?:territorial\s+)?(?:community|hromada|urban\s+district|"
                        r"municipal\s+district|district)\b")
# how the village is told: "the village of X", "the settlement X"
_VILLAGE = re.compile(r"\b(?:village|settlement|hamlet)(?:\s+of)?\s+$")
_WORDS = ("communit", "hromada", "district")


def locates_a_village(text: str, m: Mention, out: list[Mention]) -> bool:
    """m (a town mention in text) names the community or district of a village of the same
    region that the sentence names too (out: the sentence's places)."""
    if m.level != "settlement" or not any(w in text for w in _WORDS) \
            or not _CONTAINER.match(text, m.end):
        return False
    return any(o.level == "settlement" and o.location != m.location and o.admin1 == m.admin1
               and _VILLAGE.search(text, max(0, o.start - 20), o.start)
               and not _CONTAINER.match(text, o.end) for o in out)
