"""Where a sentence's next clause opens with a weapon of its own, for the places' weapons (1.40.0).

A regional report tells two places in one sentence, each hit by its own weapon: "shelling injured
a woman in A, and overnight a drone damaged a building in B", "artillery killed a man in A and a
glide bomb damaged houses in B", "a drone attack on A killed a woman, and Russian forces shelled
B", "a bomb struck a school in A, and in the B community artillery damaged houses". The weapons
go to each place by its clause (`_scoped_weapons` in extractor.py), but these joins were no
clause break, so the two places shared both weapons (`drone` or `mixed` for the shelled town).
Here "and" before a weapon that acts (a time word may come first), before troops that shell,
and ", (and) in <Place>" before a weapon are breaks for the weapons' scope only (dates, figures
and targets keep their clauses), as `shelling_clauses` does for ", and shelling".
"""

from __future__ import annotations

import re

_WEAPON = r"(?:drones?|missiles?|shells?|bombs?|rockets?|artillery|shelling|mortars?)"
_ACTS = r"(?:hit|struck|damaged|destroyed|killed|injured|wounded|attacked|pounded|targeted)"
_WHEN = r"(?:then|later|overnight|also|afterwards|earlier|in the (?:morning|afternoon|evening))"
# "and (overnight) a drone damaged", "and a glide bomb damaged", "and Russian artillery killed"
# (a determiner first: "missiles and drones hit A" is one subject)
_AND_WEAPON = (rf"(?:{_WHEN}\s+)?(?:an?|the|two|three|Russian|Ukrainian|enemy)\s+"
               rf"(?:[\w\-]+\s+){{0,2}}?{_WEAPON}\s+(?:fire\s+)?{_ACTS}\b")
# "and Russian forces shelled B"
_AND_TROOPS = r"(?:Russian|Ukrainian|enemy)\s+(?:forces|troops)\s+(?:shelled|bombed)\b"
# ", and in B a guided aerial bomb", ", in the B community Russian artillery"
_IN_PLACE = (rf"in\s+(?:the\s+)?[A-Z][\w\-']+(?:\s+(?:community|district|hromada))?\s+"
             rf"(?:[\w\-]+\s+){{0,3}}?{_WEAPON}\b")
# ", in B two women were wounded by a drone": a place opening a clause with its subject
_IN_PLACE_SUBJECT = r"in\s+[A-Z][\w\-']+\s+(?:an?|the|two|three|four|five|six|\d+)\s"
_CUT = re.compile(rf"(?:,\s+|\s+)and\s+(?={_AND_WEAPON}|{_AND_TROOPS}|{_IN_PLACE})"
                  rf"|,\s+(?={_IN_PLACE}|{_IN_PLACE_SUBJECT})")


_GATE = (" and ", ", in ")     # the cheap literal test before _CUT
_WEAPON_BEFORE = re.compile(rf"\b{_WEAPON},?$")


def weapon_cuts(text: str, starts: list[int]) -> list[int]:
    """Offsets where a clause of its own weapon starts, between two of the places at starts
    (none for most sentences)."""
    if len(starts) < 2 or not any(w in text for w in _GATE):
        return []     # (a break only ever falls between two places)
    cuts = []
    for m in _CUT.finditer(text):
        # "Eight drones and two missiles hit A": one subject, no clause ("by a drone, and in
        # B a bomb ...": a clause)
        if not text.startswith("in ", m.end()) and _WEAPON_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue
        # a clause with a place of its own after one with another ("a missile damaged a
        # building and a drone hit the centre" tells one town)
        if any(p < m.end() for p in starts) and any(p >= m.end() for p in starts):
            cuts.append(m.end())
    return cuts
