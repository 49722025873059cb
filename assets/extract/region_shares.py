"""A ministry's interception claim told region by region: which figure is the country's total
and which are shares of it.

Defence ministries give a night's total and then its split: "destroyed 88 drones overnight, 17
of them over the X region"; "40 were downed over the X region, 20 over the Y region and 15 over
the Z region" after the total; "22 over the X region, out of a total of 70 across six regions".
A claim over several regions is one country-level row holding the total, and a share of that
total makes no region row of its own (GUIDELINES 4); a region's own claim, with the total told
beside it, keeps its row.
"""

from __future__ import annotations

import re

from .caseless import factored
from .numbers import num_pattern, parse_number

_N = num_pattern()
_REGION = r"(?:the\s+)?(?:[A-Z][\w'’\-]+\s+){1,2}(?:[Rr]egion|[Oo]blast|[Kk]rai)\b"
# "17 of them over the X region", "50 of the drones were brought down over the X Region",
# "14 over the Y region": a number, up to five words that are not "over", the region
# (factored: sre then tries it only where a number can start, a first-character set)
_ITEM = factored(rf"(?P<n>{_N})\s+(?P<of>of\s+(?:them|these|those|the\s+[\w\-]+)\s+)?"
                   rf"(?:(?!over\b|above\b)[\w\-]+\s+){{0,5}}?(?:over|above)\s+{_REGION}")
# ", out of a total of 70 brought down across six regions": the country's total
_OUT_OF = re.compile(rf",?\s+out\s+of\s+(?:a\s+total\s+of\s+)?(?P<n>{_N})\s+(?:[\w\-]+\s+){{0,4}}?"
                     r"(?:across|over|in)\s+(?:\w+\s+)?(?:regions|oblasts)\b")


def share_span(text: str) -> tuple[int, int] | None:
    """The span of a claim's region shares: two or more "N over the X region" items, or one
    "N of them over the X region"; None when the sentence has neither."""
    if " over " not in text and " above " not in text:
        return None
    items = list(_ITEM.finditer(text))
    if len(items) >= 2 or (items and items[0].group("of")):
        return items[0].start(), items[-1].end()
    return None


def out_of_total(text: str) -> tuple[int, int] | None:
    """Where ", out of a total of N across K regions" starts and its N, else None."""
    if " out of " not in text:
        return None
    m = _OUT_OF.search(text)
    if m is None or (v := parse_number(m.group("n"))) is None or v <= 0:
        return None
    return m.start(), v
