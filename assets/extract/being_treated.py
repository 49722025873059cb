"""People told as being treated are injured (1.37.0).

"Seventeen people are being treated in hospital"; "Twenty people were being treated for
injuries"; "75 people were being treated for wounds, among them 12 children". 1.36.0's
`in_hospital` reads the state of being in hospital ("17 people were in hospital") but not the
treatment, so the row kept no injured figure, or an earlier report's. A count before people
followed by "are / were / remain (still) being treated" counts that many injured; not for
patients or staff, for a share ("four of them are being treated": no noun after the count), nor
within 80 characters of an injured figure the older patterns read. The sentence must already
pass the casualty gate (a word such as "hospital", "injuries", "wounds").
"""

from __future__ import annotations

import re

from . import caseless
from .in_hospital import NOT_HURT
from .numbers import num_pattern, parse_number
from .person_nouns import PLURAL_THINGS
from .wound_phrasings import Item, add_injured

_N = num_pattern()
# "17 people are being treated", "Two residents were still being treated"
_GROUP = re.compile(rf"\b(?P<n>{_N})\s+(?:[a-z\-]+\s+)?(?P<nouns>[a-z][a-z\-]*s|people|men|"
                    rf"women|children)(?:\s*,[^,.;]{{1,60}},)?\s+(?:are|were|remain|remained)\s+"
                    rf"(?:still\s+)?being\s+treated\b", re.I)


def _figures(t: str, have: list[Item]) -> list[Item]:
    """Injured figures of people told as being treated in t (masked), where no injured figure of
    the older patterns (have) stands near them."""
    if "being treated" not in t:
        return []
    mine = [p for f, _, p, _ in have if f == "injured"]
    out: list[Item] = []
    for m in _GROUP.finditer(t):
        value = parse_number(m.group("n"))
        nouns = m.group("nouns").lower()
        if value is not None and nouns not in PLURAL_THINGS and nouns not in NOT_HURT:
            add_injured(out, mine, value, m, near=80)
    return out


treated_figures = caseless.kept_per_text(_figures)


# its re.I pattern scans the lowercased text with a case-sensitive twin (as in_hospital's)
caseless.adopt(globals())
