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

from . import caseless
from .in_hospital import add_groups, group_pattern
from .wound_phrasings import Item

# "17 people are being treated", "Two residents were still being treated" (in_hospital's count
# of people, in another state)
_GROUP = group_pattern(r"(?:are|were|remain|remained)\s+(?:still\s+)?being\s+treated\b")


def _figures(t: str, have: list[Item]) -> list[Item]:
    """Injured figures of people told as being treated in t (masked), where no injured figure of
    the older patterns (have) stands near them."""
    if "being treated" not in t:
        return []
    out: list[Item] = []
    add_groups(out, [p for f, _, p, _ in have if f == "injured"], _GROUP, t)
    return out


treated_figures = caseless.kept_per_text(_figures)


# its re.I pattern scans the lowercased text with a case-sensitive twin (as in_hospital's)
caseless.adopt(globals())
