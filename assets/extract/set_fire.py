"""A place set on fire is a place struck (1.38.0).

"A drone attack set fire to the Ryazan oil refinery", "drones set the Ryazan refinery ablaze",
"an attack overnight set fire to the Tuapse oil refinery on Russia's Black Sea coast": the
refinery bears its town's name, and "set fire to" / "set ... ablaze" is the strike. The town
sat in no target slot (`context._SLOT` has "hit" and "struck", not "set fire to"), so the
sentence had no target: its figures went to the previous paragraph's row (another town) or to
none. `set_on_fire` makes such a town a target. Only with "the" before the name: a headline
("Ukrainian drones set Tuapse refinery on fire, Russia says it downed 102 drones") drops the
article, and there the town would take the headline's tally; the body tells the strike again.
"""

from __future__ import annotations

import re

from . import caseless
from .places import Mention

# "set fire to the X", "set a fire at the X"
_FIRE_TO = re.compile(r"\bset\s+(?:a\s+)?fire\s+(?:to|at)\s+the\s+$", re.I)
# "set the X ... ablaze / on fire / alight"
_SET = re.compile(r"\bset\s+the\s+$", re.I)
_ABLAZE = re.compile(r"(?:\s+[\w'’\-]+){0,3}\s+(?:ablaze|alight|on\s+fire)\b", re.I)


def set_on_fire(text: str, m: Mention) -> bool:
    """m is the place (or the place a facility is named after) the sentence says was set on
    fire."""
    if "set " not in text:
        return False
    before = text[max(0, m.start - 30):m.start]
    if _FIRE_TO.search(before):
        return True
    return bool(_SET.search(before)) and bool(_ABLAZE.match(text, m.end))


# its re.I patterns scan the lowercased text with a case-sensitive twin
caseless.adopt(globals())
