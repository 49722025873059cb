"""A later day that opens a sentence whose clause tells the strike's earlier day is the report's
(1.38.0).

"Rescuers ended their search on Tuesday evening at the block that was destroyed by a missile on
Saturday"; "Rescuers on Saturday recovered the last bodies from a building struck by a cruise
missile a day earlier"; "Residents laid flowers on Monday at the spot where two missiles struck
the centre on Sunday morning"; "Deliveries stopped on Friday after drones hit the pumping
station late on Thursday night". The first day tells the rescue, the mourning or the damage,
the day in the clause after it ("that was destroyed ... on", "struck by ... a day earlier",
"where missiles struck ... on", "after drones hit ... on") tells the strike; the row took the
first, nearer its place. The later day is marked as the report's, so the strike's day dates the
row. Only a day told before the clause and later than its day qualifies: "a drone struck a car
on Monday and on Tuesday shelling killed two" keeps both days.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateExpr

# literals one of which the clause holds (the cheap test)
_GATE = ("struck", "destroyed", "hit", "tore", "slammed")
# the clause: a relative word, "after" or a participle with "by", then a strike verb up to the day
_CLAUSE = re.compile(r"\b(?:that|which|where|after|(?:struck|hit|destroyed|damaged)\s+by)\b")
_STRUCK = re.compile(r"\b(?:struck|hit|destroyed|tore\s+through|slammed\s+into)\b[^,;.]{0,70}?"
                     # "slammed into its centre on Palm Sunday morning" (1.39.0)
                     r"(?:\s+(?:on|early\s+on|late\s+on)(?:\s+(?:Palm|Easter))?)?\s*$")


def strike_clause_days(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """The dates of a sentence, a later day told before a strike clause's day marked as the
    report's."""
    if not any(g in text for g in _GATE):
        return found
    later = set()
    for k, b in enumerate(found):
        if b.value is None or b.precision != "day" or not _STRUCK.search(
                text, max(0, b.start - 90), b.start):
            continue
        for a in found[:k]:
            if a.value is not None and a.precision == "day" and a.value > b.value \
                    and not a.report and a.strength <= 2 and _CLAUSE.search(text, a.end, b.start):
                later.add(a.start)
    return [replace(d, report=True) if d.start in later else d for d in found] if later else found
