"""A town that names a front line's direction or axis is no place struck (1.37.0).

"In the Kupyansk direction, the ministry said, Russian aircraft hit Ukrainian units near
Kupyansk-Uzlovoi"; "Russian troops are shelling towns along the Pokrovsk axis"; "its forces had
hit places of temporary deployment of Ukrainian units in the Donetsk direction". Military
briefings name a stretch of the front after its main town; the town itself is not said to have
been struck, and the gold gives it no row (three authors). A place followed by "direction",
"axis" or "sector" (also "the Kupiansk-Lyman direction") is dropped from the sentence's targets.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .places import Mention

_WORDS = (" direction", " axis", " sector")
# (the closing \b already leaves "directions", "sectors": no lookahead needed for the plural)
_FRONT = re.compile(r"(?:-[A-Z][a-z'’]+)?\s+(?:direction|axis|sector)\b")


def without_fronts(text: str, out: list[Mention]) -> list[Mention]:
    """out without the places that only name a direction of the front."""
    if not any(w in text for w in _WORDS):
        return out
    return [m for m in out if not _FRONT.match(text, m.end)]
