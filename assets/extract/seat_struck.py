"""The city whose officials report a strike on it, beside another place struck, is struck too
(1.36.0).

"In Dnipro, a missile landed near a bus stop, and officials in Zaporizhzhia said the city was
struck by missiles for the fifth day in a row, killing one person"; "... the city had been hit by
missiles, while officials in Zaporizhzhia reported a strike on a residential district that killed
one person"; "One person was killed in Lviv, ..., and Zaporizhzhia reported eight people wounded
in strikes on its industrial district". A place in a speaker's title is no target, and a lone one
whose sentence says "the city" already stands for the city struck (`targets.town_ref`, 1.16.0);
but when another place of the sentence is struck, the second clause's city lost its row. Now a
city after "officials / authorities in" (or opening a clause joined by "and" / "while") that
"said / reported" a strike on "the city", "its ... district" or "a residential district", with
no other place named after it in that clause, is a place struck as well.
"""

from __future__ import annotations

import re

from .places import Mention

_WORDS = (" said ", " reported ")
_SEAT = re.compile(r"(?:\b(?:officials|authorities)\s+in\s+|(?:,\s+(?:and|while|but)\s+|;\s+))$")
_TELLS = re.compile(r"\s+(?:said|reported)\s+(?:that\s+)?[^,;]{0,80}?\b(?:the\s+(?:port\s+)?"
                    r"(?:city|town)\b|its\s+(?:[\w\-]+\s+)?district\b|an?\s+(?:residential|"
                    r"industrial)\s+(?:district|area)\b)")
_STRUCK = re.compile(r"\b(?:struck|hit|strikes?|attacked|shelled|killed|killing|wounded|"
                     r"injured|damaged)\b")


def seat_struck(text: str, m: Mention, places: list[Mention]) -> bool:
    """m is a city whose officials' report names a strike on it, in a clause of its own."""
    if m.level != "settlement" or not any(w in text for w in _WORDS):
        return False
    if not _SEAT.search(text, max(0, m.start - 40), m.start):
        return False
    tells = _TELLS.match(text, m.end)
    if tells is None:
        return False
    end = min([i for i in (text.find(";", m.end),) if i >= 0] + [len(text)])
    return bool(_STRUCK.search(text, m.end, end)) and not any(
        m.end <= p.start < end for p in places if p is not m)
