"""Holidays named as the day of an attack: "on Christmas morning", "New Year's Eve" (1.38.0).

"The attack was modest compared with Christmas morning, when Russia fired 78 missiles"; "On
Christmas Day, Russia launched 78 missiles and 106 drones at energy targets", told in an article
of the 29th. The date finder knew no holiday, so the row took the article's day and the earlier
barrage became a row of the later one. A holiday of fixed date resolves to the latest one not
after publication; one due within two months ("ahead of Christmas Day") gives no day. The bare
word ("ahead of Christmas", "celebrate Christmas on 25 December") names no day and is left
alone.
"""

from __future__ import annotations

import re
from datetime import date

# literals one of which a holiday needs (the cheap test; `dates.find_dates` tests them before the
# call)
HOLIDAY_WORDS = ("Christmas", "New Year", "Independence Day")
# a holiday told as a day: "Christmas Day", "Christmas morning", "Christmas Eve", "New Year's
# Eve", "New Year's Day", "Independence Day" (not the bare "Christmas" nor "New Year")
_PART = r"\s+(?:Day|morning|night|evening)\b"
_HOLIDAY = re.compile(rf"\b(?P<h>(?:Orthodox\s+)?Christmas(?:\s+(?P<eve>Eve)\b|{_PART})|"
                      rf"New\s+Year['’]s(?:\s+(?P<nye>Eve)\b|{_PART})|Independence\s+Day\b)")


def _day(m: re.Match[str], pub: date) -> date | None:
    h = m.group("h")
    if h.startswith("Orthodox"):
        month, day = 1, 7
    elif h.startswith("Christmas"):
        month, day = 12, 24 if m.group("eve") else 25
    elif h.startswith("New"):
        month, day = (12, 31) if m.group("nye") else (1, 1)
    else:
        month, day = 8, 24     # Ukraine's Independence Day
    d = date(pub.year, month, day)
    if d <= pub:
        return d
    # "ahead of Christmas Day" in December: a holiday still to come, no attack's day
    return None if (d - pub).days <= 60 else date(pub.year - 1, month, day)


def holiday_dates(text: str, pub: date | None, taken: list[tuple[int, int]]
                  ) -> list[tuple[int, int, date]]:
    """Spans and days of the holidays a sentence names as a day, outside the spans already
    taken (dates.find_dates makes them date expressions of a named day's strength)."""
    if pub is None or not any(g in text for g in HOLIDAY_WORDS):
        return []
    out = []
    for m in _HOLIDAY.finditer(text):
        if any(m.start() < e and s < m.end() for s, e in taken):
            continue
        if (d := _day(m, pub)) is not None:
            out.append((m.start(), m.end(), d))
    return out
