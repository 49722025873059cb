"""An earlier attack on the town recalled by its day inside the sentence (1.32.0).

`recalled_months` (1.31.0) reads "the deadliest on the city since January 2023, when a missile
killed 46" by the month. Authors recall an attack of the same weeks by its day, after the
sentence's opening: "It was the deadliest attack on the city since March 2, when a drone slammed
into an apartment block and killed 12 people"; "It is the second such day this month: on March
2, a Russian drone smashed into a block of flats in the city, killing 12". The toll is that
attack's, a row of the town last named on the day told (GUIDELINES 6: a place, a figure and a
date), not a figure of today's row. (An attack opening with its day and a count of its own, "On
July 9, two bombs hit ... on the city's outskirts, injuring three", is still read only by
1.26.0's "In <Month> <year>, ..." branch: see docs/extraction.md, 1.32.0.)
"""

from __future__ import annotations

import re

from .dates import DateExpr
from .recalled_months import TOWN_TOLD  # the town the recalled attack was on, told unnamed

_SINCE = re.compile(r"\bsince\s+$")
_WHEN = re.compile(r",\s+when\b")
_COLON_ON = re.compile(r"[:;]\s+on\s+$")


def _day(d: DateExpr) -> bool:
    return d.value is not None and not d.report and d.strength >= 3 and d.precision == "day"


def recalled_day(text: str, dates: list[DateExpr]) -> tuple | None:
    """(day, precision, strength) of an earlier attack on "the city" / "there" that text recalls
    by a day after its opening: "since <day>, when ..." or "...: on <day>, ..."."""
    if not dates or not TOWN_TOLD.search(text):
        return None
    for d in dates:
        if _day(d) and (_SINCE.search(text, 0, d.start) and _WHEN.match(text, d.end)
                        or _COLON_ON.search(text, 0, d.start)):
            return d.value, d.precision, d.strength
    return None

