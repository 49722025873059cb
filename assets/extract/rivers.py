"""A river named like a city: "the Dnipro" is the river, not the city of Dnipro (1.33.0).

The city goes without an article ("in Dnipro", "Dnipro city", "the city of Dnipro"); the river
takes one ("a bridge across the Dnipro", "a village on the Dnipro's right bank", "the Dnipro
hydroelectric power plant in Zaporizhzhia"). A bare "the" before a name of data/rivers.txt
therefore reads as the river, unless a noun of the city's own follows ("the Dnipro strike",
"the Dnipro toll", "the Dnipro block", "the Dnipro district"). `places._water` already reads
"the Dnipro River" and "the left bank of the Dnipro".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .gazetteer import norm

# the nouns that make "the Dnipro X" the city's X (an event, a building, an office, a district)
_CITY_NOUN = re.compile(
    r"(?:'s|’s)?\s+(?:strikes?|attacks?|toll|death toll|block|building|apartment|tower|"
    r"districts?|raions?|regions?|oblast|city|mayor|council|authorities|administration|"
    r"residents|tragedy|bombing|blast|metro|airport|railway|hospital|governor|"
    r"military administration)\b", re.I)
_THE = re.compile(r"\b[Tt]he\s+$")


@lru_cache(maxsize=1)
def _spellings() -> tuple[str, ...]:
    """The names of data/rivers.txt as written."""
    path = Path(__file__).parent / "data" / "rivers.txt"
    return tuple(w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                 if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def river_names() -> frozenset[str]:
    """The normalized names of data/rivers.txt."""
    return frozenset(norm(w) for w in _spellings())


@lru_cache(maxsize=1)
def _after_the() -> tuple[str, ...]:
    """Each spelling of data/rivers.txt after "the"'s last letters ("he Dnipro")."""
    return tuple(f"he {w}" for w in _spellings())


def may_name_a_river(text: str) -> bool:
    """A cheap test before `is_river`: "the" right before a listed spelling somewhere in text."""
    return any(w in text for w in _after_the())


def is_river(text: str, start: int, end: int) -> bool:
    """text[start:end] names a river of data/rivers.txt after a bare "the", no city noun after."""
    return (norm(text[start:end]) in river_names()
            and bool(_THE.search(text, max(0, start - 5), start))
            and not _CITY_NOUN.match(text, end))
