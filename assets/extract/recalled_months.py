"""An earlier attack on the town recalled by its month inside the sentence (1.31.0).

`extractor._background` reads a recalled attack when the sentence opens with its date ("In June
2023, a missile killed 12"). Authors as often put the month inside the sentence, after the town
told as "the city" or "there" or the attack itself: "A missile attack on a block there in June
2024 killed nine people", "the deadliest on the city since January 2023, when a missile killed
46 people", "since a strike on an institute killed more than 50 people last September". The toll
is that earlier attack's, a row of its own dated by its month alone (event_date null, GUIDELINES
6), not a figure of the row told before. A month not before publication's is no earlier attack.
"""

from __future__ import annotations

import re
from datetime import date

from .dates import MONTH_ALT, MONTHS

_MID = re.compile(rf"\b(?:in|since)\s+(?P<m>{MONTH_ALT})\s+(?P<y>(?:19|20)\d\d)\b|"
                  rf"\blast\s+(?P<last>{MONTH_ALT})\b")
# the town the recalled attack was on, told without its name
TOWN_TOLD = re.compile(r"\bthe (?:city|town|village)\b|\bthere\b")


def recalled_month(text: str, pub: date | None) -> tuple[tuple, tuple[int, int]] | None:
    """(when, (year, month)) for `_background` when text recalls an attack on "the city" or
    "there" by a month inside it, before publication's month; when is (None, "month", 0)."""
    if pub is None or (m := _MID.search(text)) is None or not TOWN_TOLD.search(text):
        return None
    if m.group("y"):
        year, month = int(m.group("y")), MONTHS[m.group("m")[:3].lower()]
    else:
        month = MONTHS[m.group("last")[:3].lower()]
        year = pub.year if month < pub.month else pub.year - 1
    if (year, month) >= (pub.year, pub.month):
        return None
    return (None, "month", 0), (year, month)
