"""The place weapons were launched from is no place struck (1.30.0).

An air force report says where the attack came from: "the drones were launched from the A region
and from Cape B in occupied C", "the missiles had been fired at the city from bombers flying over
the D region", "the missile was fired from an aircraft over the E region". Those places are the
attacker's launch sites, not targets, and made rows (with the count beside them) of their own.
A place after a strike word ("launched from A, hit B") is struck again, and 1.27.0's sea rule
keeps the counts of missiles "fired from ships in the Black Sea" for the country. "Rockets fired
from a launcher over the A region" were shot down over A: only aircraft fly "over" a launch site.
"""

from __future__ import annotations

import re

from .places import Mention

# a launch verb, then "from" in the same clause, then up to sixty characters of no strike word
# up to the place ("launched 30 drones, and debris from one fell in X": X was struck)
_FROM = re.compile(r"\b(?:launched|fired|lifted off|took off|flown)\b[^.;,]{0,80}?\bfrom\b"
                   r"(?P<gap>[^.;]{0,60})$")
_STRUCK = re.compile(r"\b(?:hit|hitting|struck|striking|attacked|attacking|targeted|targeting|"
                     r"damaged|damaging|killed|killing|injured|injuring|fell|fallen|falling|"
                     r"landed|crashed|exploded|debris|wreckage|fragments|at|on|against|"
                     r"towards?)\b")

# "over" a place is where the launching aircraft flew only right after the aircraft; "rockets
# fired from a launcher and six drones over the A region" tells where they were shot down
_OVER = re.compile(r"\b(?:over|above)\b")
_AIRCRAFT_OVER = re.compile(r"\b(?:aircraft|airplanes?|planes?|jets?|bombers?|fighters?|"
                            r"Su-\d+\w*|Tu-\d+\w*|MiG-\d+\w*)\s+(?:\w+\s+)?(?:over|above)\b")


def launched_from(text: str, m: Mention) -> bool:
    """The place is named as where the weapons came from, with no strike word between."""
    before = text[max(0, m.start - 160):m.start]
    if not (f := _FROM.search(before)) or _STRUCK.search(gap := f.group("gap")):
        return False
    return not _OVER.search(gap) or bool(_AIRCRAFT_OVER.search(gap))
