"""A night told as a span of two days dates the attack by the later day (1.38.0).

"on the night of Aug. 31 to Sept. 1", "during the night from Wednesday to Thursday", "between
22:00 on Monday and 07:00 on Tuesday" ("between 22:00 Monday and 07:00 Tuesday", 1.40.0): both
days are found as dates of equal strength, and the row took the one nearest its place, often
the evening the night began. GUIDELINES 7 dates a night of two days ("the night of 15-16
September") by the second, so the first day of such a span is dropped. Only two days one apart
qualify: "between Saturday and Monday" is a span of days, not a night, and has no time of day
before its first day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateExpr

# ("on" may be left out: "between 22:00 Monday and 07:00 Tuesday", 1.40.0)
_CLOCK = r"\d{1,2}[:.]\d\d\s+(?:(?:a\.m\.|p\.m\.|local\s+time)\s+)?(?:on\s+)?"
# before the first day: "the night of", "overnight from", "between 22:00 on"
_OPEN = re.compile(rf"(?:\b(?:night|overnight)\s+(?:(?:of|from)\s+)?(?:the\s+)?|"
                   rf"\bbetween\s+{_CLOCK})$", re.I)
# between the two days: " to ", " into ", " and 07:00 on "
_JOIN = re.compile(rf"\s+(?:to|into|and)\s+(?:{_CLOCK})?(?:the\s+)?", re.I)


def drop_night_eves(text: str, found: list[DateExpr]) -> list[DateExpr]:
    """The dates of a sentence without the first day of a night told as a span of two days."""
    eves = [a for a, b in zip(found, found[1:], strict=False)
            if a.value is not None and b.value is not None and (b.value - a.value).days == 1
            and _JOIN.fullmatch(text, a.end, b.start)
            and _OPEN.search(text, max(0, a.start - 30), a.start)]
    return [d for d in found if d not in eves] if eves else found
