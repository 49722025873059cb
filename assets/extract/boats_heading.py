"""A place sea drones were heading for is no place struck (1.39.0, spurious rows).

"the Black Sea Fleet had destroyed six uncrewed boats heading towards Novorossiysk"; "a patrol
ship had destroyed three Ukrainian uncrewed boats heading towards Crimea"; "the navy had sunk two
uncrewed boats heading for the peninsula's western coast". The boats were destroyed at sea:
GUIDELINES 5 gives boats at sea no row, yet the port or the peninsula they sailed for was read
as the target, as "drones flying towards the capital" is (`context.heading`, the air's). A place
after "boats / vessels / sea drones ... heading (headed, sailing) towards / to / for" is dropped.
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import Mention

_WORDS = ("boats", "vessels", "sea drones", "naval drones")
# the naval noun, then where it sailed, up to the place ("the coast of", "the peninsula's")
_SAILING_FOR = re.compile(
    r"\b(?:boats|vessels|(?:sea|naval)\s+drones)\s+(?:(?:that|which)\s+(?:were|was)\s+)?"
    r"(?:heading|headed|sailing|moving)\s+(?:towards?|to|for)\s+(?:the\s+)?"
    r"(?:[\w'’\-]+\s+){0,4}?$")


def sailing_for(text: str, m: Mention) -> bool:
    """m is only where sea drones were heading (read once text holds one of _WORDS)."""
    return bool(_SAILING_FOR.search(text, max(0, m.start - 90), m.start))


# places without those sea drones were only heading for
without_boat_courses = cued_filter(_WORDS, sailing_for)
