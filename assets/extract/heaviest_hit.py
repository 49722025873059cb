"""The place a round-up says was hit hardest is a place struck (1.36.0).

"The heaviest blow fell on Orikhiv, a frontline town some 7 km from the front"; "Nikopol took
the brunt of the attacks"; "According to him, Nikopol itself came under fire most often". A
regional round-up names the worst-hit town this way and tells its dead and wounded in the next
sentence. "a blow fell on" was no strike word (the sentence lost its town unless a strike verb
followed), and a town as the subject of "took the brunt" or "came under fire", after an opener
such as "According to him,", sat in no target slot, so the figures went to the region's row or
to none. `blow_fell` makes the first a strike sentence; `hardest_hit` makes the town a target.
"""

from __future__ import annotations

import re

from . import caseless
from .places import Mention

_BLOW = re.compile(r"\b(?:heaviest|main|hardest|worst|biggest|strongest)\s+blow\s+fell\s+on\s+$",
                   re.I)
# the place opens its sentence: at the start ("The city of X"), or after "According to him,"
_LEAD = re.compile(r"^(?:The\s+(?:(?:city|town)\s+of\s+)?|According\s+to\s+[\w'’\- ]{2,40},\s+"
                   r"(?:the\s+(?:city|town)\s+of\s+)?)?$")
_TOOK = re.compile(r"(?:\s+(?:city|town))?(?:\s+itself)?(?:\s+(?:again|also|once again))?\s+"
                   r"(?:(?:took|bore|suffered)\s+the\s+(?:brunt|heaviest|worst)\b|"
                   r"came\s+under\s+(?:the\s+heaviest\s+)?(?:fire|attack)\s+(?:most\s+often|"
                   r"most\s+frequently|the\s+most)\b)", re.I)


def blow_fell(text: str) -> bool:
    """The sentence says the heaviest blow fell on a place."""
    return "blow fell on" in text


def hardest_hit(text: str, m: Mention) -> bool:
    """m is the place a round-up says took the heaviest blow."""
    if "blow fell on" in text and _BLOW.search(text, max(0, m.start - 40), m.start):
        return True
    return bool(_TOOK.match(text, m.end)) and bool(_LEAD.match(text[:m.start]))


# its re.I patterns scan the lowercased text with a case-sensitive twin (1.36.0 speed)
caseless.adopt(globals())
