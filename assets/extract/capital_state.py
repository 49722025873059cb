"""A capital named as the state that owns something is no place struck (1.29.0).

"a source in Kyiv's SBU security service told reporters", "the only weapons in Kyiv's arsenal
that can intercept ballistic missiles", "sanctions hitting Moscow's lucrative liquefied natural
gas business", "the Kiev regime's troops fired at the city": the capital stands for its
government, its services, its weapons or its trade. 1.19.0's `context._STATE_NOUN` reads the
noun right after the possessive ("Moscow's ability", "Kyiv's forces"); these put up to four
words between ("lucrative liquefied natural gas") and name nouns of their own (both groups live
in `state_nouns`). Only the two capitals: a provincial "arsenal" or "business" is a building
that can be hit; and "Moscow's business district" is a place.
"""

from __future__ import annotations

import re

from .places import Mention
from .state_nouns import A_SITE_BUT_NOT_IN_A_CAPITAL, alternation

_CAPITALS = frozenset({"Kyiv", "Moscow"})
_OWNED = re.compile(r"(?:'s|’s)?\s+(?:[\w\-]+\s+){0,4}?"
                    rf"{alternation(A_SITE_BUT_NOT_IN_A_CAPITAL)}\b"
                    # "Moscow's business district" is a place
                    r"(?!\s+(?:district|centre|center|complex|quarter|park|hub))|"
                    r"\s+regime\b")


def of_the_state(text: str, m: Mention) -> bool:
    """Whether mention m is a capital named as its state ("Kyiv's arsenal", "the Kiev regime")."""
    if m.location not in _CAPITALS:
        return False
    own = _OWNED.match(text, m.end)   # a mention may end after its "'s" (1.19.0's spans)
    return own is not None and (own.group().startswith(("'", "’")) or text[m.end - 2:m.end] in (
        "'s", "’s") or own.group().lstrip().startswith("regime"))
