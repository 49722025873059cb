"""A town a struck depot or base lies near, in a list of strikes, is a place struck (1.36.0).

"hit an ammunition depot in the Zaporozhye region and a fuel depot near Nikolayev"; "struck
workshops assembling unmanned boats in Kremenchug and a temporary deployment point of foreign
mercenaries near Ocheretino"; "hit a fuel depot used by Ukrainian troops near Kupyansk and a
temporary deployment point of a Ukrainian brigade in Izyum". A defence ministry's list locates
each site by its nearest town. `targets._reference` (1.12.0) reads "near X" as a place only
measured from, and drops it when another place of the sentence is a plain target, so the list
kept one row of two. A town after "near" that follows a military or fuel site (depot, deployment
point, airfield, base, command post, workshop, warehouse) with no other place between that site
and the town, in its own item of the list, is a place struck. So is a town whose outskirts a
clause of its own says were struck ("..., and artillery pounded the outskirts of Orikhiv"; "three
people were hurt when an FPV drone attacked a minibus on the outskirts of Druzhkivka"), beside
the other places of the sentence; "Komyshany, on the outskirts of Kherson" stays a reference.
"""

from __future__ import annotations

import re

from . import caseless
from .places import Mention

_SITE = re.compile(r"\b(?:depots?|deployment\s+points?|airfields?|air\s*bases?|bases?|"
                   r"command\s+posts?|workshops?|warehouses?|arsenals?|hangars?|terminals?)\b",
                   re.I)
_TO_NEAR = re.compile(r"[^,;]{0,60}?\s+near\s+(?:the\s+(?:town|city|village)\s+of\s+)?")


_OUTSKIRTS = re.compile(r"\b(?:hit|struck|shelled|pounded|attacked|bombed|targeted|fired\s+at)\b"
                        r"[^,;]{0,60}?\s+(?:on\s+|at\s+)?the\s+outskirts\s+of\s+"
                        r"(?:the\s+(?:town|city|village)\s+of\s+)?$")


def near_a_site(text: str, m: Mention, out: list[Mention]) -> bool:
    """m locates a struck site of a list ("a fuel depot near X"), or its outskirts were struck."""
    if "outskirts" in text and (hit := _OUTSKIRTS.search(text, max(0, m.start - 90), m.start)):
        return not any(hit.start() <= o.start < m.start for o in out if o is not m)
    if " near " not in text:
        return False
    sites = list(_SITE.finditer(text, max(0, m.start - 90), m.start))
    if not sites or not _TO_NEAR.fullmatch(text, sites[-1].end(), m.start):
        return False
    return not any(sites[-1].start() <= o.start < m.start for o in out if o is not m)


# its re.I patterns scan the lowercased text with a case-sensitive twin (1.36.0 speed)
caseless.adopt(globals())
