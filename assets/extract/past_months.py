"""A sentence opening with a month and no year: an earlier attack (1.28.0).

"In September, a Russian strike on a military institute there killed more than 50 people" and
"Earlier in March, a drone strike on an apartment block in the city killed 12" recall an attack
before the one reported. `extractor._background` read such an opening only with a year ("In June
2022, ...", "In June last year, ..."), so the recalled toll fell into today's row (and outranked
it when larger). A month named without a year is the latest such month not after publication;
"Earlier in" says the attack came before today's, in that month, without its day (GUIDELINES 6).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import MONTH_ALT, MONTHS

_OPEN = re.compile(rf"(?P<earlier>Earlier in|In|Back in)\s+(?P<m>{MONTH_ALT}),\s")


def month_opening(text: str, pub: date | None) -> tuple[tuple, tuple | None] | None:
    """(when, month) for `_background` when text opens with a month and no year: when is (None,
    "month", 0); month the (year, month) it names, or None for "Earlier in" (told as earlier,
    no day)."""
    m = _OPEN.match(text)
    if m is None or pub is None:
        return None
    if m.group("earlier") == "Earlier in":
        return (None, "month", 0), None
    month = MONTHS[m.group("m")[:3].lower()]
    return (None, "month", 0), (pub.year if month <= pub.month else pub.year - 1, month)
