"""One person attacked, then told in hospital by a pronoun in the same sentence, is injured
(1.39.0).

"A drone dropped a grenade on a woman near a shop; she was hospitalised with shrapnel wounds";
"A drone dropped explosives on a woman in the village, and she was taken to hospital with a
blast injury". The older patterns read "He was taken to hospital with ..." opening a sentence
(`casualties._ONE_HURT`) and "a woman was taken to hospital with ..." as one person hurt, but a
pronoun inside the sentence is left there (it may be someone counted already), so the place's
row kept no injured figure. Here the person is the object of the attack in the clause before
("on a woman", "attacked a man"), so the pronoun is that one person, not counted yet: one
injured, unless an injured figure stands near or the sentence says the person died.
"""

from __future__ import annotations

import re

from . import caseless
from .person_nouns import is_one_person
from .wound_phrasings import Item, add_injured

# "on a woman walking near a shop; she was hospitalised with", "attacked a man, and he was
# taken to the district hospital with"
_PRONOUN_IN_HOSPITAL = re.compile(
    r"\b(?:on|attacked|hit|struck|targeted)\s+(?:a|an)\s+(?:(?:§+|[\w\-]+)\s+){0,2}?"
    r"(?P<noun>[a-z][a-z\-]*[a-z])\b[^.;]{0,80}?(?:;|,?\s+and)\s+(?:he|she)\s+was\s+"
    r"(?:hospitali[sz]ed|(?:taken|rushed|brought|admitted)\s+to\s+(?:a\s+|the\s+)?"
    r"(?:[\w\-]+\s+){0,3}?hospital)\s+with\b(?![^.;]{0,80}\bdied\b)", re.I)


def pronoun_hospital_figures(t: str, have: list[Item]) -> list[Item]:
    """One injured per person attacked and then told in hospital by a pronoun in t (masked)."""
    if "hospital" not in t or "he was " not in t:
        return []
    mine = [p for f, _, p, _ in have if f == "injured"]
    out: list[Item] = []
    for m in _PRONOUN_IN_HOSPITAL.finditer(t):
        if is_one_person(m.group("noun").lower()):
            add_injured(out, mine, 1, m, near=40)
    return out


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively
