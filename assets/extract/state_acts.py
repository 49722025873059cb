"""A capital that speaks, negotiates or is pressed stands for its government, no place struck
(1.40.0, spurious rows).

"Missiles slammed into the ports of X and Y overnight, on the third night of attacks since
Moscow walked away from the grain deal"; "Russia launched 104 drones ..., as Moscow prepared to
mark the anniversary with a parade"; "The governor has pressed Moscow for more air defence
cover". The capital is the state acting, not a city hit: in a strike sentence it made a row of
its own (a publication-day row, or one that took the lead's toll). 1.36.0's
`capital_state.the_attacker` reads the state's attacks ("Moscow targeted", "Moscow proclaimed");
this reads its words and dealings: the capital (Kyiv or Moscow, by its name, not "the capital")
right before "said", "says", "walked away", "pulled out", "quit", "withdrew", "prepared",
"announced", "claimed", "rejected", "dismissed", "denied", "refused", "accused", "blamed" or
"annexed" (a "has", "had" or "have" between), or right after "pressed", "urged" or "accused".
The verbs it shares with `context.is_target`'s are `state_nouns.STATE_VERBS`; the four it adds
("walked away", "prepared", "claimed", "refused") and the "pressed / urged" form are its own.
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import Mention
from .state_nouns import STATE_VERBS

_CAPITALS = frozenset({"Kyiv", "Moscow"})
# cheap literal gate: the acts' words as the patterns spell them
_OWN = ("walked away", "prepared", "claimed", "refused")
CUES = tuple(v.replace(r"\s+", " ") for v in STATE_VERBS) + _OWN + ("pressed", "urged")
_ACTS = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:" + "|".join(STATE_VERBS) + "|"
                   + "|".join(w.replace(" ", r"\s+") for w in _OWN) + r")\b")
_PRESSED = re.compile(r"\b(?:pressed|urged|accused)\s+$")


def acts_as_state(text: str, m: Mention) -> bool:
    """m is Kyiv or Moscow, named by its name, speaking or dealing as the state."""
    if m.location not in _CAPITALS or not text[m.start:m.start + 1].isupper():
        return False
    return bool(_ACTS.match(text, m.end) or _PRESSED.search(text, max(0, m.start - 12),
                                                               m.start))


# places without a capital named as the state that speaks or deals
without_state_acts = cued_filter(CUES, acts_as_state)
