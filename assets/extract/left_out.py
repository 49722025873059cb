"""A place a report says it leaves out is no place struck (1.36.0).

"The figures do not include casualties in Mariupol and Volnovakha, which are under Russian
occupation"; "destroyed 104 Ukrainian drones overnight over 12 regions, without mentioning
Nizhny Novgorod"; "It did not mention Tuapse". The sentence speaks of strikes or casualties and
names the place only to say the report is silent on it; each was read as struck. A place after
"do / does / did not include / mention", "without mentioning", "excluding" (a list of places
too), or followed by "is not included in", is dropped.
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import NAME_PATTERN, Mention

_WORDS = (" not ", "without mentioning", "excluding")
_NAME = NAME_PATTERN
_LEFT_OUT = re.compile(r"\b(?:(?:do|does|did)\s+not\s+(?:include|mention)|without\s+mentioning|"
                       r"not\s+including|excluding)\s+(?:(?:any\s+)?(?:casualties|victims|deaths|"
                       r"damage)\s+in\s+)?(?:the\s+)?(?:(?:occupied|Russian-occupied)\s+)?"
                       r"(?:(?:city|town|region)\s+of\s+)?"
                       rf"(?:{_NAME}(?:,\s+(?:and\s+)?|\s+and\s+|\s+or\s+))*$")
_NOT_INCLUDED = re.compile(r"(?:\s+(?:city|town|region))?\s+(?:is|are|was|were)\s+not\s+included\b")


def left_out(text: str, m: Mention) -> bool:
    """m is named only as a place a report leaves out (read once text holds one of _WORDS)."""
    return bool(_LEFT_OUT.search(text, max(0, m.start - 120), m.start)
                or _NOT_INCLUDED.match(text, m.end))


# places without those a report leaves out, when the sentence holds one of _WORDS
without_left_out = cued_filter(_WORDS, left_out)
