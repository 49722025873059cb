"""A timed item of a regional report names its place first (1.36.0).

"- 06:10, Vovchansk (Chuhuiv district): a guided aerial bomb hit a house; a man was killed":
a governor's list of the day's attacks, one line each, opened by the hour and the place with
its district or community in brackets. The live-blog stamp ("09:10 - Kharkiv: ...") was read
as a label before a place; this form, a dash before the hour and a comma after it, was not,
so the place was no target, the item made no row and its figures went to other rows.
"""

from __future__ import annotations

import re

from .places import Mention

# "- 06:10, " / "• 13:20, " at the start of the item
_HOUR = re.compile(r"\s*[-–—•*]?\s*[0-2]?\d[:.][0-5]\d,\s+")
# what may stand between the place and the colon: "village", "(X TG, Y district)",
# ", on the bank of the reservoir"
_LABEL_END = re.compile(r"(?:\s+(?:village|town|city|settlement))?(?:\s+\([^()\n]{1,80}\))?"
                        r"(?:,\s+[^:;.\n]{1,60})?:\s")


def timed_item(text: str, m: Mention) -> bool:
    """The place m opens a timed item ("- 06:10, Vovchansk (...): ...")."""
    return m.start < 24 and bool(_HOUR.fullmatch(text, 0, m.start)) \
        and bool(_LABEL_END.match(text, m.end))
