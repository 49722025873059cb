"""A place recalled as the scene of earlier attacks, with no figure, is no strike of its own
(1.37.0).

Two shapes tell the reader about attacks before the one reported, not a new one:
- a rank or count of attacks on the place: "It was the second-deadliest attack on the capital
  this year", "The Sunday attack was the 14th on the capital in May", "This is already the 12th
  attack on the capital in October", "The previous deadliest strike on the capital this year came
  in April";
- an earlier strike dated by a month alone: "The refinery was previously struck in January and
  March", "was also hit in January and in April", "was last targeted in January".
`context.BACKGROUND` reads "it was the fourth attack" but not a hyphenated rank, another subject
or "is already"; and a month with no day dates no row. GUIDELINES 6 gives background a row
only with a place, a figure and a date, so such a sentence with no figure names its place in
passing (the caller tests for figures).
"""

from __future__ import annotations

import re

from .dates import MONTH_ALT, MONTH_NAMES

_ORDINAL = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
            r"\d+(?:st|nd|rd|th))")
_SUPERLATIVE = r"(?:deadliest|largest|biggest|heaviest|worst|most\s+\w+)"
_ATTACK = r"(?:attacks?|strikes?|bombardments?|raids?)"
_RANK = re.compile(
    rf"\b(?:was|is)\s+(?:already\s+|now\s+)?the\s+{_ORDINAL}(?:[\s\-]{_SUPERLATIVE})?"
    rf"(?:\s+(?:[\w\-]+\s+)?{_ATTACK})?\s+(?:on|against)\s|"
    rf"\b[Tt]he\s+previous\s+{_SUPERLATIVE}\s+(?:[\w\-]+\s+)?{_ATTACK}\s+on\s")
# literals one of which _RANK needs (the cheap test first)
_RANK_WORDS = (" was the ", " is the ", "already the ", "now the ", "revious ")
# a month's name, the cheap test before _MONTH_ONLY
_MONTHS = tuple(n.capitalize() for n in MONTH_NAMES)
# a strike verb dated by a bare month (no day, no year): "struck in January and March"
_MONTH_ONLY = re.compile(
    rf"\b(?:struck|hit|targeted|attacked|shelled)\s+in\s+(?:{MONTH_ALT})"
    rf"(?:\s+and\s+(?:in\s+)?(?:{MONTH_ALT}))?\b(?!\s*\d)(?!,?\s+(?:last|this)\s+year)")


def recalled_unfigured(text: str) -> bool:
    """True when the sentence ranks or counts attacks on its place, or dates a strike on it by a
    month alone (the caller keeps it for a sentence with a figure)."""
    if any(w in text for w in _RANK_WORDS) and _RANK.search(text):
        return True
    return any(mo in text for mo in _MONTHS) and _MONTH_ONLY.search(text) is not None
