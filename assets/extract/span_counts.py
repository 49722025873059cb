"""Weapon counts told over a span of days, not one night's attack.

"The attack was smaller than many in recent weeks, when Russia has sent more than 400 drones in a
single night", "bombardment which this month alone has involved more than 600 drones", "more
than 1,300 drones were launched in the first three weeks of January": the figure measures weeks
of attacks, so it is no count of the night's tally row, where as the largest figure it would
outrank the night's own. A superlative ranking the night's attack against the span ("the largest
attack in recent weeks") leaves the night's count alone.
"""

from __future__ import annotations

import re

_SPAN = re.compile(r"\b(?:in recent (?:days|weeks|months)|(?:this|last) (?:week|month|year|winter|"
                   r"summer|spring|autumn) alone|in the first (?:\w+ ){0,2}(?:days|weeks|months) "
                   r"of)\b")
_RANKED = re.compile(r"\b(?:[a-z]+est|most)\b(?:\s+[\w\-]+){0,4}\s*$")
_WORDS = ("recent ", " alone", "the first ")


def many_days(text: str) -> bool:
    """The sentence's weapon counts are told over a span of days or weeks."""
    if not any(w in text for w in _WORDS):
        return False
    return any(not _RANKED.search(text, 0, m.start()) for m in _SPAN.finditer(text))
