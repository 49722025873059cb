"""A Russian report's "Kiev claimed ..." tally is Ukraine's air defence count (1.40.0).

A Russian ministry report tells its own strike on Ukraine, then its air defences' drones over
Russian regions (a RUS country row), then Ukraine's version of the strike: "Kiev claimed the
attack involved 93 missiles and 193 drones and said 81 missiles and 80 drones had been shot
down", "The Kiev authorities claimed that 94 missiles and 193 drones had been used". That
sentence names no side the tally cues read ("Russian missiles", "Ukraine's air force"), so it
joined the last tally told, the ministry's RUS row. The country claiming it counts what hit
its own territory: the UKR country row.
"""

from __future__ import annotations

import re

_GATE = "claimed"     # the cheap literal test before _CLAIMED
# "Kiev claimed", "the Kiev authorities claimed", "Kyiv has claimed" (not "claimed
# responsibility": a claim of its own strike)
_CLAIMED = re.compile(r"\b(?:Kiev|Kyiv)(?:\s+authorities|\s+regime)?\s+(?:has\s+|had\s+)?"
                      r"claimed\s+(?!responsibility)")


def kiev_claim(text: str) -> bool:
    """Whether text gives Kyiv's own claim (a tally over Ukraine)."""
    return _GATE in text and bool(_CLAIMED.search(text))
