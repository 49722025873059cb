"""The day of a date is no casualty figure: "a strike on the city on Aug. 28 killed 23" (1.35.0).

A recalled attack told with its date right before the verb ("on July 31 killed at least six",
"on March 15 killed 21") put the day next to "killed", and the figure patterns read it as the
toll: the larger of the day and the toll was kept, so 28 stood for 23. The casualty masks blank
the day after a month name (a year after one was already blanked), unless a people noun follows
it ("in March 12 civilians were killed" keeps its twelve).
"""

from __future__ import annotations

import re

from .dates import MONTH_ALT

_ABBREV = r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
_PEOPLE_NEXT = (r"people|persons|civilians|residents|children|men|women|others|soldiers|"
                r"servicemen|workers|employees|more")
# case-sensitive month names: "may" the verb is no month
DAY_AFTER_MONTH = re.compile(rf"\b(?:{MONTH_ALT}|{_ABBREV})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
                             rf"(?!\s+(?:{_PEOPLE_NEXT})\b)")
