"""A place a share of a ministry's tally was flying towards is no place struck (1.36.0).

"... and 15 over the Moscow Region, including eight that were flying towards Moscow"; "had
downed 110 Ukrainian drones overnight over 13 regions, 12 of them flying towards Moscow". A
defence ministry's tally over several regions is one country row (GUIDELINES 4); the share it
says was heading for the capital was read as a claim about the capital, a row of its own. A place
after "including N (that were) / N of them" and "flying / heading towards" in a sentence of
several regions is dropped; a mayor's own claim ("74 drones flying towards the capital had been
repelled") names no share and no regions, and stays.
"""

from __future__ import annotations

import re

from .places import Mention

_SHARE_HEADING = re.compile(r"(?:\bincluding\s+[\w\-]+(?:\s+(?:that|which)\s+(?:were|was))?|"
                            r"\bof\s+them)\s+(?:flying|heading)\s+(?:towards?|to)\s+(?:the\s+)?$",
                            re.I)


def share_heading(text: str, m: Mention) -> bool:
    """m is only where a share of a several-region tally was flying."""
    if text.count("egion") < 2 and "egions" not in text or not (
            "flying" in text or "heading" in text):
        return False
    return bool(_SHARE_HEADING.search(text, max(0, m.start - 60), m.start))
