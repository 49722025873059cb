"""Where most of a tally's weapons were downed is no place struck (1.40.0, spurious rows).

"The air force said 58 of the 59 drones were destroyed, most of them over Kyiv and the
surrounding region"; "52 of them were destroyed, mostly over Kyiv and the surrounding region";
"Forty-five were shot down, with the main direction of the attack being the capital and the
surrounding region". The places tell where a nationwide tally's interceptions mostly fell, with
no count of their own: the gold keeps the tally on the country row and gives the places no row
(GUIDELINES 4 and 5: air defence only active there), in every article of dev and the tuning sets
that says so ("most of them over the Odesa region", "mostly over the Bryansk and Kursk
regions"). "Kyiv and the surrounding region" became a region row of its own (1.28.0's ring of
the capital), which took the tally when the sentence had no country row. A place within 80
characters after "most of them over / in", "mostly over" or "the main direction of the attack
being / was", with no ";" or sentence stop between, is dropped.
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import Mention

# cheap literal gate: the phrases' first words
CUES = ("most of them", "mostly over", "main direction")
_SHARE = re.compile(r"\b(?:most\s+of\s+them\s+(?:over|in)|mostly\s+over|main\s+direction\s+of\s+"
                    r"the\s+attack\s+(?:being|was))\b[^;.]*$")


def mostly_over(text: str, m: Mention) -> bool:
    """m is named after a tally's "most of them over" (up to 80 characters before it)."""
    return bool(_SHARE.search(text, max(0, m.start - 80), m.start))


# places without those that only say where most of a tally's weapons were downed
without_mostly_over = cued_filter(CUES, mostly_over)
