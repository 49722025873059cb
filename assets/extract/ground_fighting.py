"""Places of ground fighting are no places struck (1.37.0).

"The attack came as fighting continued for a fourth day in the Kursk region, where Ukrainian
troops have pushed up to 10 kilometres across the border"; "Russian forces launched a new
offensive in Ukraine's neighbouring Kharkiv region on Friday"; "Russian forces had repelled four
attacks by Ukrainian assault groups south of Artemovsk": an offensive, fighting or an assault
group's attack is a ground battle, not a strike on a place (GUIDELINES 5 counts strikes), and
the gold gives these places no row (three authors). In a sentence with no casualty figure (the
caller's test), the places after such a cue are dropped; those before it ("Drones hit Sumy as
fighting raged near the border") stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .places import Mention

_WORDS = ("offensive", "fighting", "assault group", "assault unit", "ground attack")
_CUE = re.compile(r"\b(?:counter-?)?offensive\b|\bfighting\b|\bassault (?:groups?|units?)\b|"
                  r"\bground attacks?\b")


def before_fighting(text: str, targets: list[Mention]) -> list[Mention]:
    """targets named before the sentence's first cue of ground fighting (all when none)."""
    if not any(w in text for w in _WORDS) or (cue := _CUE.search(text)) is None:
        return targets
    return [m for m in targets if m.start < cue.start()]
