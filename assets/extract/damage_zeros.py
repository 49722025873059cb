"""Zeros told with the damage named first: "no damage or casualties" (1.32.0).

`casualties._ZERO` reads "no casualties or damage" (its "no casualties" comes first) and
`zero_phrasings` reads "without (causing) damage or casualties". With the damage first and "no"
before it the zero was lost: "the city administration reported no damage or casualties",
"a bomb hit open ground, causing no damage or casualties", "There is no damage or casualties".
It says that nobody was killed or hurt at the place told, a zero of both fields like the others
(GUIDELINES 1). "did not report any casualties or damage" is no such zero: the golds leave a
report's silence null. A sentence that counts anyone keeps its count (as in zero_phrasings).
"""

from __future__ import annotations

import re

_NO_DAMAGE_OR = re.compile(r"\bno\s+(?:damage|destruction)\s+(?:or|and|nor)\s+(?:any\s+)?"
                           r"(?:casualties|injuries|victims|deaths)\b", re.I)


def damage_first_zeros(t: str, counted: bool) -> list[int]:
    """Where t (a masked sentence) tells "no damage or casualties"; none when the sentence
    already counts someone (counted)."""
    if counted or "damage" not in t and "destruction" not in t:
        return []
    return [m.start() for m in _NO_DAMAGE_OR.finditer(t)]
