"""Three more ways a toll update tells the strike's own day further down (1.38.0).

A toll update leads with the report's day ("has risen to 15, the ministry said on Monday
morning", "rose to 10 on Friday") and tells the strike's day in a later sentence that
`extractor._redate` reads only in set phrasings (`strike_day_told` holds the 1.31.0 ones). The
authors also wrote the day after the injury or the damage itself:
- "Thirty-seven people were injured in the attack early on Thursday" (a part of the day
  between "the attack" and "on");
- "The entrance section of the building came down on Sunday after being hit by fragments" (the
  building's collapse);
- "The fire broke out early on Wednesday at the storage facility" (the fire the strike set).
"""

from __future__ import annotations

import re

from .dates import WEEKDAY_ALT

# literals one of which each phrasing holds (the hook's cheap test)
CUES = ("attack ", "strike ", "came down", "collapsed", "broke out")
_MORE_DAY = re.compile(rf"\b(?:in\s+the\s+(?:[\w\-]+\s+)?(?:attack|strike)\s+(?:early|late)\s+on|"
                       rf"(?:came\s+down|collapsed|broke\s+out)\s+(?:(?:early|late)\s+)?on)\s+"
                       rf"(?=(?:{WEEKDAY_ALT})\b)")


def strike_day_more(text: str) -> re.Match[str] | None:
    """A match ending where the strike's own weekday starts, in the phrasings above."""
    return _MORE_DAY.search(text)
