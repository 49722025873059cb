"""The place a nationwide tally was mainly aimed at is no place struck (1.31.0).

An air force report gives the night's count and says where most of it went: "Russia attacked
Ukraine with 35 drones, most of them aimed at the A region", "four cruise missiles and 19
drones, mainly targeting the B region in the west", "598 drones and 31 missiles, mostly against
the capital". The place tells the attack's direction, not a strike on it: the count and the
weapons are the country's. A region gets a row only where the text tells what hit it there; the
capital, a city and a region at once, stays a place of the attack with no count. Towns named so
("mostly targeting the western cities of A and B") are places hit, as before, and a casualty
figure in the sentence ("most of them aimed at the capital, where 12 people were injured") keeps
the count on the place (the caller's test).
"""

from __future__ import annotations

import re

from .places import Mention
from .rows import Draft
from .tallies import Count
from .weapons import find_weapons

# the direction phrase closes right before the place: "most of them aimed at (the) A";
# "mainly targeting the A region"; "mostly against the capital"; "with the main direction of
# the attack being the capital"
_DIRECTION = re.compile(
    r"\b(?:(?:most of them|mainly|mostly|largely|primarily|chiefly)\s+"
    r"(?:(?:aimed|directed|targeted|sent|launched|fired)\s+)?"
    r"(?:at|against|towards?|targeting)"
    r"|(?:the\s+)?main direction of the attack (?:being|was)"
    # "in an 'exceptional' overnight attack focused on Kyiv" (1.36.0)
    r"|\b(?:attack|barrage|strike|assault)\s+(?:focused|concentrated)\s+on)"
    r"\s+(?:the\s+)?(?:(?:city|capital|region|oblast)\s+of\s+)?(?P<gap>[^.;,]{0,24})$")
_NOT_A_PLACE = re.compile(r"\b(?:energy|power|gas|facilities|infrastructure|plants?|grid)\b")


def mainly_aimed_at(text: str, m: Mention) -> bool:
    """The place follows "most of them aimed at", "mainly targeting", "mostly against" or "the
    main direction of the attack being": the tally's direction, not a place struck."""
    if m.level != "admin1" and m.admin1 != "Kyiv City":
        return False    # "mostly targeting the western cities of A and B": the cities were hit
    before = text[max(0, m.start - 90):m.start]
    return bool(d := _DIRECTION.search(before)) and not _NOT_A_PLACE.search(d.group("gap"))


def aimed_split(text: str, targets: list[Mention]) -> tuple[list[Mention], str] | None:
    """The targets kept and the country of the place a tally was mainly aimed at, or None."""
    aim = [m for m in targets if mainly_aimed_at(text, m)]
    if not aim:
        return None
    return [m for m in targets if m not in aim or m.level == "settlement"], aim[0].country


def to_the_wave(w: Draft, text: str, counts: list[Count], kept: list[Mention],
                focus: list[Draft]) -> tuple[list[Mention], list[Count], list[Draft]]:
    """The sentence's counts and weapons go to the country's row w; the places kept stay
    targets (with no count), and w is in focus when none is kept."""
    w.counts += counts
    w.add_weapons(*find_weapons(text))
    return kept, [], focus if kept else [w]
