"""Toll updates told with verb forms and subjects the update patterns did not read (1.31.0).

`casualties._UPDATE` reads "the death toll rose to 12" and "the number of injured has risen to
30". Authors also write the update as a participle ("..., with the death toll climbing to 45",
"the toll rising to 12"), as the simple past "grew" with a comma before the figure ("The number
of injured also grew, to 52") and with a longer subject ("the number of people confirmed dead
after a missile destroyed part of a block has risen to 45"). Each is the latest figure, as the
older updates are. A figure an older pattern already read keeps its reading.
"""

from __future__ import annotations

import re

from .numbers import num_pattern

_N = num_pattern()
# the toll told (its subject, up to two words before the field): toll_rises reads it too
TOLL_SUBJECT = (r"(?P<what>death\s+toll|toll|number\s+of\s+(?:[\w\-]+\s+){0,2}?(?:killed|dead|"
                r"deaths|wounded|injured|hurt|victims|casualties))")
_VERB = (r"(?:rising|climbing|increasing|growing|jumping|reaching|rose|climbed|increased|grew|"
         r"jumped|risen|grown|reached)")
_MORE = re.compile(rf"\b{TOLL_SUBJECT}\b[^.;:]{{0,240}}?\b{_VERB},?\s+(?:to\s+)?(?P<n>{_N})\b",
                   re.I)


def other_updates(t: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Updates of t (masked) in the phrasings above whose figure no match in found reads."""
    low = t.lower()
    if "toll" not in low and "umber of" not in low:
        return []
    taken = {m.start("n") for m in found}
    return [m for m in _MORE.finditer(t) if m.start("n") not in taken]
