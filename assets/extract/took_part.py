"""The weapons that "took part in the attack" are the count of the one attack just told (1.38.0).

After a strike on one town, the officials' count of it is told with no place: "Russia's defence
ministry said eight drones had taken part in what it called a terrorist attack", "Eight drones
took part in the attack, regional officials said: six hit residential buildings and one was shot
down". A count with no place and a side's name ("Russia's") or more than the launched field made
a country row of its own; the gold gives it to the attacked town (GUIDELINES 2: the weapons used
against one place). Like "the city" (1.12.0 `_LOCAL`) and "the district" (1.37.0 `told_place`),
such a sentence now keeps its count on the town's row in focus.
"""

from __future__ import annotations

import re

from .numbers import num_pattern

_N = num_pattern()
# "eight drones had taken part in what it called", "Eight drones took part in the attack"
_TOOK_PART = re.compile(
    rf"(?:^|\b)(?:{_N})\s+(?:[\w\-]+\s+){{0,2}}?(?:drones|UAVs|missiles|rockets)\s+"
    r"(?:had\s+|have\s+)?(?:taken|took)\s+part\s+in\s+(?:the\s+(?:attack|raid|strike)\b|what\b)",
    re.I)


def took_part(text: str) -> bool:
    """The sentence counts the weapons that took part in the attack told before."""
    return " part in " in text and bool(_TOOK_PART.search(text))
