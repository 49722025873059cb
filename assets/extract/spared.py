"""A place the sentence says was not hit is no place struck (1.35.0).

"The city of Zaporizhzhia itself was not hit in the past day, although air raid sirens sounded
three times"; "Kyiv itself escaped serious damage, although falling missile debris damaged a
private house in the Kyiv region"; "Air-raid alerts sounded in Kyiv for almost five hours,
though the capital was not hit"; "In Kyiv, the air raid alert lasted three hours, and the city's
military administration said no debris fell in the capital"; "The mayor did not report any
attack on the capital". The town named was read as struck (an alert, a siren, a region's
debris beside it), a row of its own with nothing in it. Now a place followed by "(itself) was
not hit / attacked / struck" or "(itself) escaped", and the one town of a sentence that says
"the capital / the city was not hit", "no debris fell in the capital" or "did not report any
attack on the capital", is dropped; the other places of the sentence (the Kyiv region above)
stay.
"""

from __future__ import annotations

import re

from .places import Mention

_NOT_HIT = r"(?:was|were|had)\s+not\s+(?:been\s+)?(?:hit|struck|attacked|targeted|shelled)\b"
_AFTER = re.compile(rf"(?:\s+itself)?\s+(?:{_NOT_HIT}|escaped\b)")
_THE_TOWN_SPARED = re.compile(
    rf"\bthe (?:capital|city|town)(?:\s+itself)?\s+{_NOT_HIT}"
    r"|\bno debris (?:fell|landed) (?:in|on) the (?:capital|city|town)\b"
    r"|\bdid not report any (?:attacks?|strikes?|damage) (?:on|in) the (?:capital|city|town)\b")
_WORDS = (" not ", " escaped", "no debris")


def spared(text: str, m: Mention, places: list[Mention]) -> bool:
    """m is a place the sentence says was not hit."""
    if not any(w in text for w in _WORDS):
        return False
    if _AFTER.match(text, m.end):
        return True
    return m.level == "settlement" and bool(_THE_TOWN_SPARED.search(text)) and len(
        {p.location for p in places if p.level == "settlement"}) == 1
