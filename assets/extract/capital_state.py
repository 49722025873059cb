"""A capital named as its state, owning something or attacking, is no place struck (1.29.0,
1.36.0).

"a source in Kyiv's SBU security service told reporters", "the only weapons in Kyiv's arsenal
that can intercept ballistic missiles", "sanctions hitting Moscow's lucrative liquefied natural
gas business", "the Kiev regime's troops fired at the city": the capital stands for its
government, its services, its weapons or its trade. 1.19.0's `context._STATE_NOUN` reads the
noun right after the possessive ("Moscow's ability", "Kyiv's forces"); these put up to four
words between ("lucrative liquefied natural gas") and name nouns of their own (both groups live
in `state_nouns`). Only the two capitals: a provincial "arsenal" or "business" is a building
that can be hit; and "Moscow's business district" is a place.

`the_attacker` (1.36.0) reads the state's attacks and acts: "on the second day of Kyiv's
long-range attacks on Russian energy facilities", "in one of Kyiv's largest long-range raids this
year", "drones ... have become one of Kyiv's most important tools", "Moscow's nightly attacks on
Ukrainian cities"; "the second day in a row that Kyiv has targeted Russian energy facilities", "a
week in which Moscow targeted western Ukraine", "since Moscow proclaimed the annexation of the
region", "Moscow has called the strikes retaliation". An attack of the capital's is the state's
when it is long-range, a raid or a campaign, or aimed at another place ("on Russian energy
facilities"), not "Kyiv's heaviest bombardment" alone (which may be one on Kyiv).
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


# the state's attacks and acts (1.36.0)
_WORDS = ("attack", "strike", "raid", "campaign", "offensive", "tool", "bombard", "barrage",
          "target", "proclaim", "has called")
# "'s [up to four words] attacks on X" / "'s long-range raids" / "'s most important tools"
_ATTACKS = re.compile(
    r"(?:'s|’s)?\s+(?:[\w\-]+\s+){0,4}?"
    r"(?:(?:attacks?|strikes?|bombardment|barrage)\s+(?:on|against)\s+(?!the\s+(?:city|capital)\b"
    r"|it\b|Kyiv\b|Moscow\b)|(?:raids?|campaign|offensive|tools?)\b)")
_LONG_RANGE = re.compile(r"(?:'s|’s)?\s+(?:[\w\-]+\s+){0,3}?long-range\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:attacks?|strikes?|raids?|campaign)\b")
# "Kyiv has targeted", "Moscow targeted western Ukraine", "Moscow proclaimed", "has called"
_ACTS = re.compile(r"\s+(?:(?:has|have|had)\s+(?:again\s+|repeatedly\s+)?(?:targeted|called)|"
                   r"targeted|proclaimed)\s+(?!by\b)")


def the_attacker(text: str, m: Mention) -> bool:
    """m is Kyiv or Moscow named as the state that attacks or acts."""
    if m.location not in _CAPITALS or not any(w in text for w in _WORDS):
        return False
    possessive = text[m.end - 2:m.end] in ("'s", "’s") or text.startswith(("'s", "’s"), m.end)
    if possessive and (_ATTACKS.match(text, m.end) or _LONG_RANGE.match(text, m.end)):
        return True
    return not possessive and bool(_ACTS.match(text, m.end))
