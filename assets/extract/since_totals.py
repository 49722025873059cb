"""A running total since a month, a date or the war's start is background, no figure (1.38.0).

"Since March 12, the governor said, nine civilians have been killed in the region"; "Since
January 1, 84 civilians have been killed in the oblast"; "since February about 20 civilians had
been killed in the region". Read as a toll, such a total made a row of its own dated by the
"since" day, or filled the region's row of the day. A clause holding both a "since" span (a
month, a date, a year, the start of the war or the invasion) and a perfect tense of killing or
wounding ("have been killed", "had killed") tells a total over that span, so its figures are
dropped. A weekday ("since Sunday") or an hour ("since the morning") is left: those totals are
the attack's own; so is a comparison ("159 people had been injured, the highest number in the
capital since the full-scale invasion began").

The older `extractor._since_total` (1.10.0, 1.19.0, 1.25.0) is the same mechanism at the
sentence's level: "since the ...", "since <Month> <year>" or "since <year>" with a perfect tense
of a toll drops every figure and place of the sentence. This rule reads the spans it misses
("since January 1", "since March 12", "since February") and drops the clause's figures only.
(One module for both is left for after the parallel dates round of 1.38.0: the older rule and
its patterns sit in `extractor.py`.)
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from .dates import MONTH_ALT

_SINCE = re.compile(rf"\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_ALT})\b|"
                    rf"\d{{1,2}}\s+(?:{MONTH_ALT})\b|(?:19|20)\d\d\b|"
                    rf"the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                    rf"(?:war|invasion|year|conflict|offensive)\b|"
                    rf"the\s+(?:full-scale\s+)?invasion\b)")
# "the deadliest attack on the capital since the full-scale invasion began": a comparison
_SUPERLATIVE = re.compile(r"\b(?:deadliest|largest|highest|biggest|worst|heaviest|greatest|"
                          r"strongest|most|first|longest)\b")
_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?:been\s+)?(?:killed|wounded|injured|died)\b")


class _Placed(Protocol):
    """A figure with its offset in the sentence (`casualties.Figure`)."""

    @property
    def pos(self) -> int: ...


F = TypeVar("F", bound=_Placed)


def drop_since_totals(t: str, figures: list[F]) -> list[F]:
    """figures (the casualty figures of the sentence t, each with its offset as .pos)
    without those in a clause telling a total since a month, a date or the war's start."""
    spans: list[tuple[int, int]] = []
    for m in _SINCE.finditer(t):
        a = max(t.rfind(";", 0, m.start()), t.rfind(". ", 0, m.start())) + 1
        b = min((x for x in (t.find(";", m.end()), t.find(". ", m.end())) if x >= 0),
                default=len(t))
        if _PERFECT.search(t, a, b) and not _SUPERLATIVE.search(t, a, m.start()):
            spans.append((a, b))
    if not spans:
        return figures
    return [f for f in figures if not any(a <= f.pos < b for a, b in spans)]
