"""A town's own paragraph names its weapon better than the lead's whole attack (1.32.0).

A report opens with the night's attack as a whole and names a town in it ("Russia pounded Kyiv
and a dozen other cities with cruise missiles and drones", "Russia launched 810 drones and 13
missiles ... and for the first time set the government building in central Kyiv on fire"), then
gives the town a paragraph of its own ("In Kyiv, ... were killed when a drone hit a residential
building", "In the capital, missiles landed near a playground"). The town's row gathered both
sentences, so its weapon was the lead's mix (`mixed`); the gold gives the weapon the town's own
paragraph names (GUIDELINES 10, each row what the text says at its level). Here a town whose row
is `mixed`, whose first sentence tells the wide attack (a tally, or other cities, regions or the
country named), takes the one weapon class its later sentences name when they name no other
place and tell no wide attack themselves (the headline can be the first sentence, the lead a
later one).
"""

from __future__ import annotations

import re

from .places import find_places
from .rows import Draft
from .sentences import Sentence
from .tallies import find_tallies
from .weapons import find_weapons, weapon_class

# the lead of the whole attack: "cities across Ukraine", "more than a dozen other Ukrainian
# cities", "across the country", "several regions"
_WIDE = re.compile(r"\b(?:across|throughout|all over) (?:Ukraine|the country)\b|\bcities\b|"
                   r"\bregions\b|\bnationwide\b|\bat Ukraine\b|\bsettlements\b")
_ONE = ("drone", "missile", "glide_bomb", "artillery")


def _wide_lead(text: str) -> bool:
    return bool(_WIDE.search(text)) or bool(find_tallies(text))


def own_paragraph_weapons(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Give a town told first in the whole attack's lead the weapon of its own paragraph."""
    for d in drafts:
        if d.kind != "impact" or d.level != "settlement" or len(d.sents) < 2 \
                or d.weapon() != "mixed" or not _wide_lead(sents[min(d.sents)].text):
            continue
        own: list[tuple[set[str], list[str]]] = []
        for k in sorted(d.sents)[1:]:
            text = sents[k].text
            classes, models = find_weapons(text)
            if classes and not _wide_lead(text) \
                    and {m.location for m in find_places(text)} == {d.location}:
                own.append((classes, models))
        kinds = {weapon_class(c) for c, _ in own}
        if len(kinds) == 1 and kinds <= set(_ONE):
            d.weapons = set().union(*(c for c, _ in own))
            d.models = [m for _, ms in own for m in ms]
