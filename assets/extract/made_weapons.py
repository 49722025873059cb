"""Weapons the target makes, stores or is are no weapon of the strike (1.37.0).

A strike on a plant, depot or air-defence post names the weapons the target holds: "struck the
plant in Bryansk, which makes microelectronics for Russian missile systems", "enterprises
producing drones", "a depot where guided aerial bombs were stored", "hit an S-400 air defence
battery near Dzhankoi". Those words gave the row a weapon (missile, drone, glide bomb) where the
text names none for the strike itself (GUIDELINES 10: only "strike" or "attack" is `unknown`).
`without_made_weapons` overwrites such phrases with spaces (offsets kept) in the text the
weapons are read from.
"""

from __future__ import annotations

import re

from .lowtext import lowered, narrow

# the cheap literal test: one of these must occur (in the lowercased text) for any phrase below;
# the article is tested first (`narrow`), so most sentences cost one memo lookup
_GATE_WORDS = ("produc", "manufactur", "make", "making", "maker", "assembl", "repair", "stored",
               "storing", "stores", "ammunition", "s-400", "s-300")

_WEAPON_NOUN = (r"(?:drones?|UAVs?|missiles?|rockets?|bombs?|shells|munitions|HIMARS|"
                r"(?:missile|air[- ]defen[cs]e|rocket)\s+(?:and\s+[\w\- ]+?\s+)?systems?)")
# "makes microelectronics for Russian missile systems", "producing parts for long-range drones",
# "a maker of microelectronics for Russian missile and air defence systems", "ammunition for
# HIMARS": the verb (or "maker of", "ammunition for") and the words up to the weapon noun, with no
# verb of the strike between
_MAKES = re.compile(
    r"\b(?:produc(?:es|ing|ed)|manufactur(?:es|ing|ed)|makes|making|maker of|assembl(?:es|ing)|"
    r"repair(?:s|ing)|stor(?:es|ing)|ammunition for)\s+"
    r"(?:(?!(?:was|were|is|are|by|with|hit|struck|attacked|damaged)\b)[\w\-/]+\s+){0,6}?"
    + _WEAPON_NOUN + r"\b", re.I)
# "where drones were assembled", "a depot where guided aerial bombs were stored"
_WHERE_MADE = re.compile(
    r"\bwhere\s+(?:[\w\-]+\s+){0,3}?" + _WEAPON_NOUN + r"\s+(?:were|are|was|is|had been)\s+"
    r"(?:being\s+)?(?:assembled|produced|stored|made|manufactured|repaired|kept)\b", re.I)
# "an S-400 air defence battery", "four S-400 launchers", "an S-300 system"
_AIR_DEFENCE = re.compile(
    r"\bS-[34]00(?:\s+air[- ]defen[cs]e)?\s+(?:batter(?:y|ies)|launchers?|systems?|"
    r"complex(?:es)?|divisions?|radars?|positions?)\b", re.I)


def without_made_weapons(text: str) -> str:
    """text with the weapons of the target (what it makes, stores or is) overwritten by spaces."""
    words = narrow(_GATE_WORDS, text)
    if not words:
        return text
    low = lowered(text) or text.lower()
    if not any(w in low for w in words):
        return text
    spans = [m.span() for rx in (_MAKES, _WHERE_MADE, _AIR_DEFENCE) for m in rx.finditer(text)]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
