"""The day rescuers ended their search is the aftermath's, not the strike's (1.39.0).

"Emergency crews wound up their search of the ruined block on Tuesday, with the number of dead
at 45"; "Rescuers finished searching the rubble of the warehouse on Wednesday morning". A toll
update often leads with the day the search ended and tells the strike's own day further down
("The building was hit during Saturday's wave of strikes"); `extractor._redate` moves the row to
that day only when the lead's day reads as the report's, which the search's end is as much as
"said on Tuesday". A strike verb between the search and the day makes the day the strike's
("ended their search of a building hit by a missile on Friday"): then nothing is marked.
"""

from __future__ import annotations

import re

# the search's end, then up to 110 characters with no strike verb, then "on" before the day
_SEARCH_ENDED = re.compile(
    r"\b(?:ended|finished|wound\s+up|completed|concluded)\s+(?:(?:their|the|its)\s+)?"
    r"(?:search|searching)\b(?:(?!\b(?:hit|struck|destroyed|damaged|ripped|tore|torn|bombed|"
    r"shelled|attacked)\b)[^.;]){0,110}?\b(?:on|early\s+on|late\s+on)\s+$")


def search_ended_day(text: str, start: int) -> bool:
    """The day expression starting at text[start] is told as the day a search ended."""
    return "search" in text and bool(_SEARCH_ENDED.search(text, max(0, start - 150), start))
