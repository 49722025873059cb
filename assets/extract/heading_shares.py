"""A city some of a ministry's downed drones were flying towards is no place struck (1.36.0).

A defence ministry's claim breaks its total down and says where part of it was headed: "downed
110 drones over 13 regions, 12 of them flying towards Moscow", "12 over the Moscow Region,
including five flying toward Moscow", "15 over the Moscow Region, including eight that were
flying towards Moscow". The city is the direction of a share of the country's total (GUIDELINES
4: no row for the shares), not a place hit, yet it made a row of its own. The mayor's own claim
("Sobyanin said 19 drones flying towards Moscow had been shot down") tells no share and keeps
its row.
"""

from __future__ import annotations

import re

from . import caseless
from .places import Mention

# "including five| flying toward |Moscow", "12 of them flying towards", "including eight that
# were flying towards", "of which three were heading for"
_SHARE_HEADING = re.compile(
    r"\b(?:including\s+(?:[\w\-]+\s+)?|[\w\-]+\s+of\s+(?:them|which|those|these)\s+)"
    r"(?:(?:that|which)\s+(?:were|was)\s+|(?:were|was)\s+)?(?:flying|heading|headed)\s+"
    r"(?:towards?|for)\s+(?:the\s+)?$", re.I)


def heading_share(text: str, m: Mention) -> bool:
    """The place closes a share "including N flying towards" / "N of them heading for"."""
    return bool(_SHARE_HEADING.search(text, max(0, m.start - 70), m.start))


# its re.I patterns scan the lowercased text with a case-sensitive twin (1.36.0 speed)
caseless.adopt(globals())
