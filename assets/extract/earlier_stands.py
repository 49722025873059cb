"""A toll that "stood at" a figure at an earlier hour is a stale figure (1.37.0).

"The death toll has risen to 31 ... On Thursday evening the toll stood at 26"; "At least 28
people were killed ... The toll stood at 15 in the morning"; "X said earlier that the toll stood
at nine". Since 1.21.0 a plain "stood at" (not "had stood at") reads as the update ("by Friday
morning the number of injured stood at 202"), so the earlier figure, told after the latest one,
replaced it. Told with an earlier time ("earlier", "On Thursday evening", "in the morning"
before the figure, or "in the morning" / "on Thursday evening" right after it) and without
"by" / "as of" / "now" before it, the figure is an earlier report's.
"""

from __future__ import annotations

import re

_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PART = r"(?:morning|afternoon|evening|night)"
# before the figure, in its clause: "On Thursday evening the toll stood at", "said earlier that"
_BEFORE = re.compile(rf"\b(?:earlier|on\s+{_DAY}\s+{_PART}|in\s+the\s+(?:morning|afternoon)|"
                     rf"(?:late|early)\s+on\s+{_DAY}|the\s+previous\s+(?:day|{_PART}))\b", re.I)
# right after the figure: "stood at 15 in the morning", "stood at 26 on Thursday evening"
_AFTER = re.compile(rf"(?:\s+(?:dead|killed|injured|wounded))?\s+(?:in\s+the\s+(?:morning|"
                    rf"afternoon)|on\s+{_DAY}\s+{_PART}|(?:late|early)\s+on\s+{_DAY})\b", re.I)
# "by Friday morning ... stood at", "As of 21:00 ... stood at": the latest count
_FRESH = re.compile(r"\b(?:by|as\s+of|now)\b", re.I)


def stood_earlier(t: str, m: re.Match[str]) -> bool:
    """Whether the update match m of t (masked; "stood at" read as an update) tells a figure of
    an earlier hour."""
    head = t[m.start():m.start("n")]
    if "stood at" not in head:
        return False
    clause = t[t.rfind(";", 0, m.start()) + 1:m.start("n")]     # (0 with no ";")
    if _FRESH.search(clause):
        return False
    return bool(_BEFORE.search(clause) or _AFTER.match(t, m.end("n")))
