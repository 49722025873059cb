"""A capital named as the side that attacks is no place struck (1.36.0).

"on the second day of Kyiv's long-range attacks on Russian energy facilities", "in one of Kyiv's
largest long-range raids this year", "drones ... have become one of Kyiv's most important
tools", "Moscow's nightly attacks on Ukrainian cities"; "the second day in a row that Kyiv has
targeted Russian energy facilities", "a week in which Moscow targeted western Ukraine",
"since Moscow proclaimed the annexation of the region", "Moscow has called the strikes
retaliation". The capital stands for its state waging the war, and each read as a row of the
capital. 1.29.0's `capital_state` knows the state's services, weapons and trade ("Kyiv's
arsenal"); these are its attacks and its acts. Only Kyiv and Moscow; an attack of the capital's
is the state's when it is long-range, a raid or a campaign, or aimed at another place ("on
Russian energy facilities"), not "Kyiv's heaviest bombardment" alone (which may be one on Kyiv).
"""

from __future__ import annotations

import re

from .places import Mention

_CAPITALS = frozenset({"Kyiv", "Moscow"})
_WORDS = ("attack", "strike", "raid", "campaign", "offensive", "tool", "bombard", "target",
          "proclaim", "has called")
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
