"""A place hit by "drones and artillery" told in one phrase is `mixed` (1.39.0).

Frontline roundups tell a place's attack as one joint phrase: "Russian artillery and drones
struck Nikopol and Marhanets", "attacked the Nikopol district with drones and artillery more
than 10 times, targeting Nikopol, Marhanets ...", "shelling and drone attacks on Kherson". The
weapon class let a drone outrank the shelling named with it (`drone`); the gold gives such a
place `mixed` (GUIDELINES 10: artillery only "with no other weapon named"; two classes named
together). Now a row that reads `drone`, one of whose sentences names drones and artillery,
shelling or mortars joined by "and" / "with", and none of whose sentences names drones alone,
is `mixed`. A row that only counts interceptions keeps `drone` (the governor's drones shot down
over his region are drones, whatever shelled its towns).
"""

from __future__ import annotations

import re

from .rows import Draft
from .sentences import Sentence
from .weapons import JOINT, find_weapons

_GUNS = r"(?:heavy\s+|tube\s+)?(?:artillery|shelling|mortars?|shells|MLRS)"
_DRONES = r"(?:(?:FPV|kamikaze|attack)\s+)?(?:drones?|UAVs?)(?:\s+attacks?)?"
_OTHER = r"(?:tanks|aircraft|aviation|warplanes|multiple rocket launchers|rocket launchers|" \
    r"guided (?:aerial )?bombs|grenade launchers)"
_ITEM = rf"(?:{_GUNS}|{_DRONES}|{_OTHER})"
# a list of the attack's weapons: "artillery, mortars, drones and aircraft"
_LIST = re.compile(rf"\b{_ITEM}(?:,\s+{_ITEM})*,?\s+(?:and|as well as)\s+{_ITEM}\b")
_GUN = re.compile(rf"\b{_GUNS}\b")
_DRONE = re.compile(rf"\b{_DRONES}\b")


_GUN_WORDS = ("rtiller", "hell", "ortar", "MLRS")


def may_join(text: str) -> bool:
    """The cheap literal gate of the list scan: a drone word and a gun word in text."""
    return ("rone" in text or "UAV" in text) and any(w in text for w in _GUN_WORDS)


def joint_attack(text: str) -> bool:
    """Whether text names drones and artillery (shelling, mortars) in one joint phrase."""
    if not may_join(text):
        return False
    return any(_GUN.search(m.group(0)) and _DRONE.search(m.group(0))
               for m in _LIST.finditer(text))


def _only_joint(sents: list[Sentence]) -> bool:
    """Whether the article names drones only in joint phrases with artillery."""
    told = [s.text for s in sents if "rone" in s.text or "UAV" in s.text]
    return bool(told) and all(joint_attack(t) for t in told if "drone" in find_weapons(t)[0])


def drone_shelling_mixed(drafts: list[Draft], sents: list[Sentence], text: str) -> None:
    """Mark `mixed` a drone row told in a joint "drones and artillery" phrase."""
    if not may_join(text):     # ("UAVs and artillery" too, as joint_attack reads it)
        return
    only_joint: bool | None = None
    for d in drafts:
        if d.kind != "impact" or (d.counts and all(c.field == "intercepted" for c in d.counts)) \
                or d.weapon() != "drone":
            continue
        if not any(joint_attack(sents[k].text) for k in d.sents):
            # a borrowed weapon: from a joint phrase naming the place (its district), or the
            # article names drones in joint phrases only
            lent = d.shared or d.extra
            if d.weapons or not {"drone", "artillery"} <= lent:
                continue
            if not (d.location and any(d.location in s.text and joint_attack(s.text)
                                       for s in sents)):
                if only_joint is None:
                    only_joint = _only_joint(sents)
                if not only_joint:
                    continue
        if any(find_weapons(sents[k].text)[0] == {"drone"} for k in d.sents):
            continue
        for have in (d.weapons, d.shared, d.extra):   # the set the weapon is read from
            have.add(JOINT)
            if d.weapon() == "mixed":
                break
            have.discard(JOINT)
