"""More ways a toll update tells the strike's own day apart from the report's (1.31.0, 1.38.0).

`extractor._redate` (1.16.0, 1.28.0) moves a toll update's row from the day its lead reports to
the strike's own day told further down. Authors tell both days in ways it did not read:
- the lead's day is the aftermath's, told with the toll ("pulled more bodies on Saturday,
  raising the death toll to 23", "finished clearing the rubble on Sunday morning, and the number
  of people killed rose to 14", "ended the search on Wednesday, four days after a missile tore
  through it"): a report's day as much as "said on Saturday" is;
- the lead's day follows a part of the day after the report's verb ("the administration
  reported on the morning of Jan. 17");
- the strike's day follows a part of the day ("The building was hit on the afternoon of
  Saturday, Jan. 14") or opens the sentence ("The strike on Saturday afternoon destroyed ...").
1.38.0 reads the strike's day after the injury or the damage itself too (`_MORE_DAY`):
- "Thirty-seven people were injured in the attack early on Thursday" (a part of the day between
  "the attack" and "on");
- "The entrance section of the building came down on Sunday after being hit by fragments" (the
  building's collapse);
- "The fire broke out early on Wednesday at the storage facility" (the fire the strike set).
"""

from __future__ import annotations

import re

from .dates import WEEKDAY_ALT
from .search_days import search_ended_day

# after the lead's day: the toll told as rising with it, or the strike told as days before it
_AFTERMATH = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:(?:raising|bringing|"
                        r"pushing|taking)\s+the\s+(?:death\s+)?toll\b|and\s+the\s+(?:death\s+toll|"
                        r"toll|number\s+of\s+(?:[\w\-]+\s+){0,2}?(?:killed|dead|injured|wounded))"
                        r"\b[^.;]{0,120}?\b(?:rose|risen|climbed|increased|grew|reached)\b|"
                        r"(?:\w+\s+){1,2}(?:days?|hours?)\s+after\s+(?:a|an|the|it|they)\s)")
# the strike's day after "was hit on the afternoon of", or opening "The strike on"
_DAY_TOLD = re.compile(rf"\b(?:was|were)\s+(?:hit|struck)\s+on\s+the\s+(?:morning|afternoon|"
                       rf"evening|night)\s+of\s+(?=(?:{WEEKDAY_ALT})\b)|"
                       rf"^\s*The\s+(?:[\w\-]+\s+){{0,2}}?(?:strike|attack)\s+on\s+"
                       rf"(?=(?:{WEEKDAY_ALT})\b)")


# literals one of which each `_MORE_DAY` phrasing holds (added to the gate of `extractor._redate`'s
# chain, 1.38.0)
MORE_DAY_CUES = ("attack ", "strike ", "came down", "collapsed", "broke out")
_MORE_DAY = re.compile(rf"\b(?:in\s+the\s+(?:[\w\-]+\s+)?(?:attack|strike)\s+(?:early|late)\s+on|"
                       rf"(?:came\s+down|collapsed|broke\s+out)\s+(?:(?:early|late)\s+)?on)\s+"
                       rf"(?=(?:{WEEKDAY_ALT})\b)")


# before the lead's day: the report's verb and a part of the day ("reported on the morning of")
_REPORTED_ON = re.compile(r"\b(?:reported|said|announced|wrote|stated)\s+on\s+the\s+(?:morning|"
                          r"afternoon|evening)\s+of\s+$")


def aftermath_day(text: str, start: int, end: int) -> bool:
    """The day expression text[start:end] is the aftermath's, told with the toll, or the
    report's, told after its verb and a part of the day."""
    return bool(_AFTERMATH.match(text, end)) or bool(
        _REPORTED_ON.search(text, max(0, start - 50), start)) or search_ended_day(text, start)


def strike_day_told(text: str) -> re.Match[str] | None:
    """A match ending where the strike's own weekday starts, in the phrasings above (those of
    1.31.0 first)."""
    return _DAY_TOLD.search(text) or _MORE_DAY.search(text)
