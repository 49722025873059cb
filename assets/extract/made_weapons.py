"""Weapons the target makes, stores or is are no weapon of the strike (1.37.0).

A strike on a plant, depot or air-defence post names the weapons the target holds: "struck the
plant in Bryansk, which makes microelectronics for Russian missile systems", "enterprises
producing drones", "a depot where guided aerial bombs were stored", "hit an S-400 air defence
battery near Dzhankoi"; 1.38.0 adds "microchips for Iskander and Pantsir systems" and "it
fuelled aircraft used to launch cruise missiles". Those words gave the row a weapon (missile,
drone, glide bomb) where the text names none for the strike itself (GUIDELINES 10: only
"strike" or "attack" is `unknown`).
`strike_weapons` reads the weapons again from the text with such phrases overwritten by spaces
(offsets kept), when the sentence names any weapon.
"""

from __future__ import annotations

import re

from .lowtext import lowered
from .weapons import find_weapons

# the cheap literal tests, run only on a sentence that names a weapon: a verb stem of _MAKES, a
# participle of _WHERE_MADE (with "where"), or the air-defence model; each pattern runs from the
# first of its literals on (an article-wide test of these words cost 9 M instructions a pass)
_MAKE_WORDS = ("produc", "manufactur", "makes", "making", "maker", "assembl", "repair", "stores",
               "storing", "ammunition", "used to")
_MADE_WORDS = ("assembled", "produced", "stored", "made", "manufactured", "repaired", "kept")
_AD_WORDS = ("s-400", "s-300")
_ANY_WORDS = ("mak", "where", "stor", "produc", "repair", "assembl", "manufactur", "ammunition",
              "s-400", "s-300", "used to")

_WEAPON_NOUN = (r"(?:drones?|UAVs?|missiles?|rockets?|bombs?|shells|munitions|HIMARS|"
                r"(?:missile|air[- ]defen[cs]e|rocket)\s+(?:and\s+[\w\- ]+?\s+)?systems?|"
                # "microchips for Iskander and Pantsir systems": the models' systems (1.38.0)
                r"[\w\-]+\s+and\s+[\w\-]+\s+systems)")
# "makes microelectronics for Russian missile systems", "producing parts for long-range drones",
# "a maker of microelectronics for Russian missile and air defence systems", "ammunition for
# HIMARS": the verb (or "maker of", "ammunition for") and the words up to the weapon noun, with no
# verb of the strike between
_MAKES = re.compile(
    r"\b(?:produc(?:es|ing|ed)|manufactur(?:es|ing|ed)|makes|making|maker of|assembl(?:es|ing)|"
    r"repair(?:s|ing)|stor(?:es|ing)|ammunition for|"
    # "it fuelled aircraft used to launch cruise missiles at Ukrainian cities" (1.38.0)
    r"(?:aircraft|bombers|planes|jets|warplanes)\s+used\s+to\s+(?:launch|fire))\s+"
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


def _first(low: str, among: tuple[str, ...]) -> int:
    """Offset of the first of the words of among in low, else -1."""
    found = [i for i in (low.find(w) for w in among) if i >= 0]
    return min(found) if found else -1


def without_made_weapons(text: str) -> str:
    """text with the weapons of the target (what it makes, stores or is) overwritten by spaces."""
    low = lowered(text)
    # (None when lowercasing moves offsets, "İ": the literals are then tested on text.lower()
    # and each pattern runs from the start, not from an offset found in that copy)
    exact = low is not None
    low = low if low is not None else text.lower()
    for w in _ANY_WORDS:    # (substring tests: an alternation regex scan costs more)
        if w in low:
            break
    else:
        return text
    spans: list[tuple[int, int]] = []
    if (at := _first(low, _MAKE_WORDS)) >= 0:
        # (from 10 characters before: "aircraft" ahead of "used to")
        spans += [m.span() for m in _MAKES.finditer(text, max(0, at - 10) if exact else 0)]
    if (at := low.find("where")) >= 0 and _first(low, _MADE_WORDS) >= 0:
        spans += [m.span() for m in _WHERE_MADE.finditer(text, at if exact else 0)]
    if "s-" in low and (at := _first(low, _AD_WORDS)) >= 0:
        spans += [m.span() for m in _AIR_DEFENCE.finditer(text, at if exact else 0)]
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def strike_weapons(text: str, classes: set[str], models: list[str]
                   ) -> tuple[str, set[str], list[str]]:
    """The weapons text and its weapons (`find_weapons` of it: classes, models) without those of
    the target; the text is read again only when a sentence naming weapons lost some."""
    if not classes:
        return text, classes, models
    kept = without_made_weapons(text)
    if kept is text:
        return text, classes, models
    return (kept, *find_weapons(kept))
