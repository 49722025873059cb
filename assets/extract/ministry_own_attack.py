"""A defence ministry's count for the one attack just told is that place's, not the country's
(1.30.0).

A report leads with one attack on one named place ("Ukraine attacked the shipyard in A with
cruise missiles") and then gives the ministry's version of it: "the ministry said Kiev fired ten
cruise missiles at the shipyard, and seven were intercepted", "blamed Kyiv for what it called a
'terrorist attack' involving eight drones". The ministry names no place because the place is
the story's; its side words ("Kiev", "Russia's") made the count a country tally. A nightly tally
over the country says where or when it counts ("overnight", "over the X region", "over the past
day", "regions"), and a count of more than a score of weapons is no single place's attack: those
stay the country's.
"""

from __future__ import annotations

import re

from .tallies import Count

_MINISTRY = re.compile(r"\b[Dd]efen[cs]e [Mm]inistry\b|\bministry said\b")
# words that scope a count to the country, the night or a span of days
_SCOPE = re.compile(r"\b(?:overnight|night|regions|over|above|across|past|since|nationwide|"
                    r"total|territory|alone|week|month|year|daily|country|front|zone|border)\b",
                    re.I)


def ministry_count_of_the_place(text: str, counts: list[Count]) -> bool:
    """The ministry's count in a sentence naming no place and no scope tells the one attack on
    the place told just before (the caller checks there is one, with no place named here)."""
    return bool(counts) and all(c.value <= 20 for c in counts) \
        and bool(_MINISTRY.search(text)) and not _SCOPE.search(text)
