"""Sea drones destroyed in an attack on a port are the port's interceptions (1.37.0).

A naval-drone raid on a port is told with the defender's count: "Russia's Defence Ministry said
two unmanned boats had been destroyed by fire from ships guarding the harbour", "two sea drones
had been destroyed", "two uncrewed surface vessels had been spotted and destroyed". The tally
reader leaves naval drones out (1.4.0: boats at sea are no air tally and, with no place,
GUIDELINES 5 gives them no row), so the port's row lost its count; the gold gives it to the port
as intercepted. Now, in a sentence with no place and no other count right after one town's row,
such a count of boats destroyed, sunk, shot down, neutralised or hit is that town's
interceptions; boats destroyed "at sea", "in the (Black) Sea" or "off the coast" stay without a
place.
"""

from __future__ import annotations

import re

from .lowtext import lowered
from .numbers import num_pattern, parse_number
from .rows import Draft
from .tallies import Count

# the cheap literal test, on a sentence that passed the cheaper checks: a naval-drone noun
_GATE_WORDS = ("boats", "vessels", "sea drones", "naval drones", "surface drones")
_N = num_pattern()
# "two unmanned boats had been destroyed", "two sea drones were shot down", "two uncrewed surface
# vessels had been spotted and destroyed" (a naval noun, one of _GATE_WORDS: "unmanned drones"
# are the air's, which the tally reader counts)
_DOWNED_BOATS = re.compile(
    rf"\b(?P<n>{_N})\s+(?:[\w\-]+\s+){{0,2}}?(?:(?:unmanned|uncrewed|naval|sea|surface)\s+boats|"
    r"(?:naval|sea)\s+drones|(?:(?:unmanned|uncrewed|naval|sea)\s+)?surface\s+(?:vessels|drones))\s+"
    r"(?:had\s+been|have\s+been|were)\s+(?:\w+\s+and\s+)?"
    r"(?:destroyed|sunk|shot\s+down|neutrali[sz]ed|hit)\b"
    # "were destroyed at sea off the coast": boats at sea, no place's (GUIDELINES 5)
    r"(?!\s+(?:at\s+sea|in\s+the\s+(?:open\s+|Black\s+)?sea|off\s+the\s+coast))", re.I)


def port_interceptions(text: str, has_targets: bool, counts: list[Count],
                       focus: list[Draft]) -> None:
    """Add the sentence's count of naval drones destroyed to the one town's row in focus."""
    if counts or has_targets or len(focus) != 1 or focus[0].level != "settlement" \
            or focus[0].kind != "impact":
        return
    low = lowered(text) or text.lower()
    if not any(w in low for w in _GATE_WORDS):
        return
    m = _DOWNED_BOATS.search(text)
    if m is None or (n := parse_number(m.group("n"))) is None:
        return
    focus[0].counts.append(Count("intercepted", "drone", n, m.start("n")))
