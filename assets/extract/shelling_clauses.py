"""Where a sentence's second clause starts with shelling, for the places' own weapons (1.32.0).

A regional report tells two places in one sentence, each with its own weapon: "a drone hit a car
in A, killing a man, and shelling wounded a woman in B", "a drone set fire to a barn in A, and
shelling in B damaged a power line". The weapons go to each place by its clause
(`_scoped_weapons` in extractor.py), but ", and shelling ..." was no clause break, so B shared
A's drone. Here ", and" before shelling or artillery (mortar, tank) fire, or before "in <Place>"
and a weapon, is one more break for the weapons' scope only (dates keep their clauses).
"""

from __future__ import annotations

import re

# ", and shelling wounded", ", and artillery fire damaged", ", and in B a drone attack killed"
_AND_SHELLING = re.compile(
    r",\s+and\s+(?=(?:(?:heavy|Russian|Ukrainian|enemy|continued)\s+)?(?:shelling|shellfire|"
    r"(?:artillery|mortar|tank)\s+fire)\b|in\s+[A-Z][\w\-']+\s+(?:an?\s+)?(?:[\w\-]+\s+)?"
    r"(?:drone|missile|shell|bomb|glide bomb|rocket)s?\b)")


def shelling_cuts(text: str) -> list[int]:
    """Offsets where a clause of its own weapon starts after ", and" (none for most
    sentences)."""
    if ", and " not in text:
        return []
    return [m.end() for m in _AND_SHELLING.finditer(text)]
