""""A day before <an event>" dates the event's eve, not the day before publication (1.36.0).

"..., the air force said on Sunday, a day before the third anniversary of the full-scale
invasion"; "..., a day before the deal was due to expire": the phrase places the report (or the
attack) on the eve of something still to come, which is the report's own day. The date finder
read "a day before" as "the day before" (yesterday), so the article's rows moved back a day. The
bare "a day before," ("A day before, a drone hit the port") still tells the previous day, as does
"the day before".
"""

from __future__ import annotations

import re

# "a day before" followed by the event it is the eve of (a word, not a comma or full stop)
_EVE = re.compile(r"\b(?:[Aa]|[Oo]ne) day before\s+(?=[\w'’\"“])")


def eve_of_an_event(text: str, start: int) -> bool:
    """The date expression at start is "a day before <event>", no day of its own."""
    return bool(_EVE.match(text, start))
