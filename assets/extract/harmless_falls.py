"""Debris that fell harmlessly in a field is no place struck (1.39.0, spurious rows).

"In the Kremenchuk district of the Poltava region, debris fell on a field without causing
damage"; "debris from intercepted missiles had fallen on open ground without causing harm";
"soldiers found debris from a drone in a field near the village of X". Each place became a row
with nothing struck (GUIDELINES 5: a place said to have been struck). A sentence that tells
debris (fragments, wreckage) falling, landing or found in a field or on open ground, and tells no
harm outside a negation ("without causing ...", "no damage"), names its places for the fall
only: they are dropped. A count of the weapons that fell ("wreckage of one missile fell in an
open field near X") is the place's own figure, an interception there: its places stay. A
sentence that also tells a hit, a fire, damage or a casualty keeps every place ("a drone hit a
tractor in a field" stays a row). A drone that "crashed in a field" is not read (unseen24 sc18:
dropping that row moves a recalled attack's figures onto a matched row, see docs/extraction.md).
"""

from __future__ import annotations

import re

from .places import Mention

# the literal gate (in `fell_harmlessly`, plain `in` tests: no generator on every sentence): a
# field word ("field", "open ground") and a fall word ("ebris", "reckage", "ragments": "Debris"
# and "debris" alike) must both be in the sentence
_FALL = re.compile(
    r"\b(?:(?:debris|fragments|wreckage)\b[^.;]{0,80}?\b(?:fell|fallen|falling|landed|found|"
    r"came\s+down)|found\s+(?:the\s+)?(?:debris|fragments|wreckage)\b"
    r"[^.;]{0,60}?)\s+(?:in|on|into|onto)\s+(?:an?\s+|the\s+)?(?:(?:empty|open|nearby|"
    r"agricultural)\s+)?(?:fields?|open\s+ground)\b", re.I)
# a negated harm ("without causing any damage", "no damage or casualties") is read out first
_NEGATED = re.compile(r"\b(?:without\s+(?:causing\s+)?|no\s+|causing\s+no\s+)(?:any\s+)?"
                      r"(?:damage|harm|casualties|injuries|victims|destruction)"
                      r"(?:\s+or\s+(?:damage|casualties|injuries))?", re.I)
# (caseless: "No damage was caused when debris fell on a field" opens with it, 1.40.0)
# a count of the weapons that fell ("wreckage of one missile fell in an open field") is a figure of
# the place's own (an interception there): the place stays a row
_COUNTED = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                      r"(?:of\s+the\s+)?(?:\w+\s+)?(?:missiles?|drones?|rockets?|UAVs?)\b", re.I)
_HARM = re.compile(r"\b(?:kill|dead|died|injur|wound|hurt|damag|destr|fire|blaze|struck|hit|"
                   r"explod|shell)\w*", re.I)


def fell_harmlessly(text: str) -> bool:
    """text tells debris falling in a field or on open ground, no count of the weapons that
    fell and no harm."""
    if "field" not in text and "open ground" not in text or (
            "ebris" not in text and "reckage" not in text and "ragments" not in text):
        return False
    return (bool(_FALL.search(text)) and not _COUNTED.search(text)
            and not _HARM.search(_NEGATED.sub(" ", text)))


def without_harmless_falls(text: str, places: list[Mention]) -> list[Mention]:
    """places, or none when text names them only for a harmless fall in a field."""
    return [] if places and fell_harmlessly(text) else places
