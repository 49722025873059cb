"""A zero told of several places at once reaches each of them (1.37.0).

1.20.0 gives "No one was hurt in either community" to the two places told just before, and
1.21.0 gives "There are no casualties anywhere in the region" to the region's towns. Two forms
of the same zero were missed: "Neither place reported casualties" (no zero was read at all, and
the two places kept null) and "No casualties were reported anywhere" with no region named (only
the row in focus took it, the other places struck by the same attack kept null; GUIDELINES 1:
an explicit "no casualties" gives 0 and 0). "Neither" now reads as a zero of the two places told
last; "anywhere" with no region after it gives the zero to every impact row of the article on
the same day that has no figure of its own (the tally row of the whole country is left: its
gold is null in every set but one).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:     # (rows imports casualties, which imports this module)
    from .rows import Draft
    from .sentences import Sentence

# "Neither place reported casualties", "neither of the towns reported any injuries"
NEITHER = re.compile(r"\bneither\s+(?:of\s+the\s+)?(?:place|city|town|village|community|"
                     r"communities|region|site|settlement|hromada|district)s?\s+(?:reported|had|"
                     r"recorded|suffered)\s+(?:any\s+)?(?:casualties|injuries|victims|deaths)\b",
                     re.I)
# "No casualties were reported anywhere by midday" (not "anywhere in the region": 1.21.0's)
_ANYWHERE = re.compile(r"\bno\s+(?:casualties|victims|injuries)\b[^.;]{0,40}?\banywhere\b"
                       r"(?!\s+in\s+the\s+(?:region|oblast|district|city)\b)", re.I)


def neither_zeros(t: str) -> list[re.Match[str]]:
    """The "neither place reported casualties" zeros of t (a masked sentence)."""
    return list(NEITHER.finditer(t)) if "either " in t else []


def spread_anywhere_zero(impacts: list[Draft], sents: list[Sentence]) -> None:
    """Give the zero of a row whose sentence says no casualties were reported "anywhere" to
    every other impact row of the article on that day with no figure."""
    for r in impacts:
        if not r.figures or not any(
                "anywhere" in sents[k].text and _ANYWHERE.search(sents[k].text) for k in r.sents) \
                or not all(f.kind == "zero" for _, f in r.figures):
            continue
        for d in impacts:
            if not d.figures and d.event_date == r.event_date:
                d.figures += list(r.figures)
