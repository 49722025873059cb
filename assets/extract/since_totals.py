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

The older rule, `since_record` (1.10.0, 1.19.0, 1.25.0, 1.37.0; in `extractor.py` until the
1.38.0 tidy), is the same mechanism at the sentence's level: "since the ...", "since <Month>
<year>" or "since <year>" (or "over the past week") with a perfect tense of a toll drops every
figure and place of the sentence. `drop_since_totals` reads the spans it misses ("since January
1", "since March 12", "since February") and drops the clause's figures only. The two keep their
own patterns, built here from the same word lists: the older reads any "since the ..." and looks
90 characters back for a comparison, the newer a bare month or day, "had died" and four more
comparison words.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from .dates import MONTH_ALT

# the comparisons both rules leave ("the deadliest attack on the capital since the full-scale
# invasion began") and the toll verbs of their perfect tenses
_COMPARED = "highest|largest|biggest|deadliest|worst|most|first"
_TOLL = "killed|injured|wounded"

# -- the clause's total (1.38.0) ------------------------------------------------------------------
_SINCE = re.compile(rf"\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_ALT})\b|"
                    rf"\d{{1,2}}\s+(?:{MONTH_ALT})\b|(?:19|20)\d\d\b|"
                    rf"the\s+(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?"
                    rf"(?:war|invasion|year|conflict|offensive)\b|"
                    rf"the\s+(?:full-scale\s+)?invasion\b)")
_SUPERLATIVE = re.compile(rf"\b(?:{_COMPARED}|heaviest|greatest|strongest|longest)\b")
_PERFECT = re.compile(rf"\b(?:have|has|had)\s+(?:been\s+)?(?:{_TOLL}|died)\b")

# -- the sentence's record (1.10.0) ---------------------------------------------------------------
# "Since the withdrawal in 2022, more than 700 civilians have been killed in the region": a
# war-long total told in the perfect tense, no incident's casualties (1.10.0)
_SINCE_TOTAL = re.compile(r"\b[Ss]ince (?:the (?!morning|evening|night|attack|strike)|"
                          rf"(?:{MONTH_ALT}) 20\d\d|20\d\d)")
# "since the start of the week Russian strikes have injured 64 people": the active perfect too
# (1.19.0)
# ("since the start of the year, more than 60 residents had been injured": 1.25.0)
_PERFECT_TOLL = re.compile(rf"\b(?:have|has|had) (?:been )?(?:{_TOLL})\b")
# "159 people had been injured, the highest number in the capital since the invasion began": the
# day's figure measured against the war, no war-long total (1.25.0)
_SUPERLATIVE_BEFORE = re.compile(rf"\b(?:{_COMPARED})\b[^.;]*$")
PAST_WEEK = re.compile(r"\b(?:over|in|during) the past (?:week|month|(?:\w+ )?(?:weeks|months))\b",
                       re.I)


def since_record(text: str) -> bool:
    """The sentence tells a casualty total since an earlier date (or over the past week) in the
    perfect tense: no incident's figure."""
    if not (("ince " in text or " past " in text) and (" been " in text or " ha" in text)):
        return False
    return bool(_PERFECT_TOLL.search(text)) and (any(
        not _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 90), m.start())  # (1.37.0: 90)
        for m in _SINCE_TOTAL.finditer(text)) or ("past" in text and bool(PAST_WEEK.search(text))))

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
