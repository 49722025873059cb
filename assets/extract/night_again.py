"""A new attack on the town of the sentence before, told with "again" on a later day (1.32.0).

After a day's strike on a town, authors tell the next night's attack on the same town without
naming it again: "Overnight into Saturday, Russian drones attacked the city again", "The city
came under attack again overnight into Sunday", "On Saturday night the city came under attack
again, when drones set fire to a repair shop and injured one man". The sentence names no place,
so it and the figures after it went to the earlier strike's row, and the gold's second row (the
same town, the later day) was missed. 1.16.0 read only "just after midnight ... again" (the next
day). Now a sentence with no place of its own that tells "the city / town / village ... again"
or "came under attack / fire again", with a day of its own after the earlier row's and not after
publication, is a new row of the town on that day; "after midnight ... again" keeps its next day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import DateExpr

_AGAIN = re.compile(r"\bthe (?:city|town|village)\b[^.;]{0,40}?\bagain\b|"
                    r"\bagain\b[^.;]{0,30}?\bthe (?:city|town|village)\b|"
                    r"\b(?:came|come|was|were)\s+under\s+(?:attack|fire)\s+again\b")
_AFTER_MIDNIGHT = re.compile(r"\b(?:just |shortly |soon )?after midnight\b[^.;]*\bagain\b")
_THE_TOWN = re.compile(r"\bthe (?:city|town|village)\b")


def night_again(text: str, dates: list[DateExpr], day: date, pub: date | None) -> date | None:
    """The day of the new attack text tells on the town whose row is dated day, if it tells one
    (text names no place: the caller checks)."""
    if "again" not in text or (pub is not None and day >= pub):
        return None
    if "midnight" in text and _AFTER_MIDNIGHT.search(text) and _THE_TOWN.search(text):
        return day + timedelta(days=1)     # (the 1.16.0 reading)
    if not _AGAIN.search(text):
        return None
    later = [d.value for d in dates if d.value is not None and d.strength >= 2 and d.value > day
             and (pub is None or d.value <= pub)]
    return later[0] if later else None
