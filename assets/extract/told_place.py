"""A count told of "the district", "the area" or "the operation" is the town's just told (1.37.0).

After a strike on one town, the next sentence gives the weapons' count and points back at the
place with a definite noun: "Six drones were shot down over the district" (after "attacked
Kryvyi Rih with Shahed drones"), "Two Iskander-M missiles were fired at the area that evening"
(after the strike on a restaurant in Kramatorsk), "more than 100 drones had been used in the
operation" (after the raid on the arsenal in Toropets). The count went to a country row of its
own; like "the city" and "the town" (1.12.0 `_LOCAL`), these nouns now keep it on the town's row.
"From / in the area of" (a launch site, "the area of the special military operation") is no
such reference. (A pattern of its own beside `_LOCAL`, not three more nouns in it: with ten
nouns `_LOCAL` would need more than the eight literals `caseless` gates a pattern on, and every
sentence would be scanned.)
"""

from __future__ import annotations

import re

_THE_PLACE = re.compile(r"\b[Tt]he (?:district|area(?! of\b)|operation)\b")


def told_place(text: str) -> bool:
    """The sentence points back at the place told before with "the district / area / operation"."""
    if "he district" not in text and "he area" not in text and "he operation" not in text:
        return False
    return bool(_THE_PLACE.search(text))
