"""A week's national total is no weapon of the row told before it (1.32.0).

Articles about one night's strike often close with a president's or ministry's total for the
week: "Zelensky said Russia had launched more than 1,460 guided aerial bombs, 670 attack drones
and 30 missiles against Ukraine this week alone", "... over the past week alone". The sentence
names no place, so its weapons were lent to the last row as the weapons of a follow-on sentence,
and a drone strike's row read `mixed`. A total of a week is about no single attack (GUIDELINES 6
gives it no row of its own either); its weapons stay out of the row before it. Figures are not
touched here.
"""

from __future__ import annotations

import re

_WEEK = re.compile(r"\b(?:(?:in|over|during)\s+the\s+(?:past|last)\s+week|this\s+week\s+alone)\b",
                   re.I)


def week_total(text: str) -> bool:
    """Whether text tells a total over the past week (or "this week alone")."""
    return "week" in text and _WEEK.search(text) is not None
