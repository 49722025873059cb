"""Zeros told by a report's wording or by the one person present (1.28.0).

`casualties._ZERO` reads the fixed ways officials say nobody was hurt. Three more ways recur
across authors: the zero hedged as a report ("no one was reported hurt", "nobody was said to be
injured"), the damage and the casualties denied together ("without causing any damage or
casualties", "without damage or injuries") and the one person there who came to no harm ("The
owner escaped unhurt", "the driver escaped without injuries"). Each says that nobody was killed or
hurt at the place told, so each is a zero of both fields, like the older phrasings. A sentence
that counts anyone keeps its count: a zero there is of someone else ("two were wounded; the
driver escaped unhurt"), so the rule adds nothing to such a sentence.
"""

from __future__ import annotations

import re

_HURT = r"(?:hurt|injured|wounded|killed|harmed)"
# "no one was reported hurt", "nobody was reported to have been injured"
_REPORTED = re.compile(rf"\b(?:no one|nobody|no people)\s+(?:was|were|has been|had been)\s+"
                       rf"(?:reported|said|believed|thought)\s+(?:to\s+(?:be|have been)\s+)?"
                       rf"{_HURT}\b", re.I)
# "without causing any damage or casualties", "without damage or injuries"
_WITHOUT = re.compile(r"\bwithout\s+(?:causing\s+|leaving\s+|resulting in\s+)?(?:any\s+)?"
                      r"(?:damage|destruction)\s+(?:or|and)\s+(?:any\s+)?(?:casualties|"
                      r"injuries|victims)\b", re.I)
# "The owner escaped unhurt", "its driver escaped without injury"
_ESCAPED = re.compile(r"\b(?:the|its|his|her|their)\s+(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+"
                      r"(?:escaped|walked away|got out)\s+(?:unhurt|uninjured|unharmed|unscathed|"
                      r"without\s+(?:any\s+)?(?:injury|injuries|a scratch))\b", re.I)
_WORDS = ("no one", "nobody", "no people", "without", "escaped", "walked away", "got out")


def zero_positions(t: str, counted: bool) -> list[int]:
    """Where t (a masked sentence, any case) tells a zero in one of the three phrasings; none
    when the sentence already counts someone (counted)."""
    if counted:
        return []
    low = t.lower()     # (a gate only: positions come from t, as lowercasing can shift them)
    if not any(w in low for w in _WORDS):
        return []
    return sorted(m.start() for rx in (_REPORTED, _WITHOUT, _ESCAPED) for m in rx.finditer(t))
