"""A single weapon named beside a tally's count is one more of it (1.31.0).

An air force report counts most of the night in numbers and names a lone weapon in words: "air
defences destroyed all 19 Shahed drones and a Kh-59 guided missile that Russia launched", "shot
down 10 of the 14 cruise missiles Russia launched, as well as the only Shahed drone sent in the
attack". The lone weapon is launched and downed like the rest (GUIDELINES 2 sums the component
counts): "all" reaches over "and a Kh-59", and "as well as the only drone" after "N of M" adds one
launched and one downed. A claim "shot down a Neptune missile and 12 drones" downs 13. (Plain
helpers of tallies.py, which builds the counts.)
"""

from __future__ import annotations

import re

# ", as well as the only Shahed drone", "as well as a Kh-59 missile": one weapon, up to three
# words of model or kind before its noun
_AS_WELL_ONE = re.compile(r",?\s+as well as\s+(?:the only|the single|the one|a single|a|an|one)\s+"
                          r"(?:[A-Za-z][\w\-]*\s+){0,3}?(?P<noun>drone|UAV|Shahed|missile|rocket)\b",
                          re.I)


# the rest of the "all N" count's noun phrase, then "and": "all 19 Shahed| attack drones and |a"
_JOIN = re.compile(r"(?:\s+[\w\-]+){0,3}?\s+and\s+", re.I)


def as_well_as_one(text: str, end: int) -> tuple[str, int] | None:
    """The noun and offset of a lone weapon added in the clause of a count ending at `end` (up
    to 80 characters on, no sentence or clause break between)."""
    m = _AS_WELL_ONE.search(text, end, end + 120)
    if not m or m.start() - end >= 80 or re.search(r"[.;]", text[end:m.start()]):
        return None
    return m.group("noun"), m.start("noun")


def joined_to_all(text: str, start: int, number: str, alls_end: int) -> bool:
    """"all 19 drones and a missile": a lone weapon joined by "and" to an "all N" count that
    ends at `alls_end` is all of it too."""
    return alls_end >= 0 and number.lower() in ("a", "an") \
        and bool(_JOIN.fullmatch(text, alls_end, start))


# "shot down a Ukrainian Neptune missile and |12 drones": one more downed, of its own kind
_DOWNED_ONE_AND = re.compile(r"\b(?:shot down|destroyed|intercepted|downed)\s+an?\s+"
                             r"(?:[\w\-]+\s+){0,3}?(?P<noun>missile|rocket|drone|UAV)\s+and\s+$",
                             re.I)


def downed_one_before(text: str, pos: int) -> str | None:
    """The noun of a lone weapon downed right before "and" and the count at `pos`."""
    m = _DOWNED_ONE_AND.search(text, max(0, pos - 90), pos)
    return m.group("noun") if m else None
