"""People told only as being in hospital are injured (1.36.0).

"A shell hit the house. Her husband is in hospital with burns"; "17 people were in hospital on
Tuesday evening". The older patterns read "was taken to hospital" and "was hospitalised" as one
person hurt, but not the state of being in hospital, so the row kept no injured figure. A
possessive with one person's noun opening the sentence counts one; a count before people counts
that many. A pronoun or "the driver" is left: it may be a person counted already ("a girl was
among the injured. She is in hospital", in an update that would replace the toll with one).
Not read where the sentence already gives an injured figure near it ("Five were injured; two
residents remain in hospital"), for a share ("two of them are in hospital": no noun after the
count), nor for patients or staff of a hospital that was hit.
"""

from __future__ import annotations

import re

from . import caseless
from .numbers import num_pattern, parse_number
from .person_nouns import PLURAL_THINGS, is_one_person
from .wound_phrasings import Item, add_injured

_N = num_pattern()
_STAY = (r"(?:is|was|are|were|remains?|remained|has\s+been|have\s+been|had\s+been)\s+"
         r"(?:still\s+|now\s+)?in\s+(?:a\s+|the\s+)?(?:[a-z\-]+\s+){0,2}?"
         r"(?:hospital|intensive\s+care)\b"
         r"(?!\s+(?:complex|building|grounds|premises|itself))")
# "Her husband is in hospital with burns": a person not told before (a pronoun or "the driver"
# may be one counted already: "a girl was among the injured. She is in hospital")
_ONE = re.compile(rf"^\s*[\"“]?(?:His|Her|Their)\s+(?:[a-z\-]+\s+)?"
                  rf"(?P<noun>[a-z][a-z\-]*[a-z])(?:,[^,.;]{{1,40}},)?\s+{_STAY}")
# patients, doctors and staff in a hospital are no people hurt
_NOT_HURT = frozenset(("patients", "doctors", "medics", "nurses", "staff", "visitors", "beds"))


def group_pattern(state: str) -> re.Pattern[str]:
    """"<count> (<word>) <people noun>(, <aside>,) <state>": a count of people told in a state
    (state, a pattern: in hospital here, being treated in `being_treated`)."""
    return re.compile(rf"\b(?P<n>{_N})\s+(?:[a-z\-]+\s+)?(?P<nouns>[a-z][a-z\-]*s|people|men|"
                      rf"women|children)(?:\s*,[^,.;]{{1,60}},)?\s+{state}", re.I)


def add_groups(out: list[Item], mine: list[int], rx: re.Pattern[str], t: str) -> None:
    """Add to out the injured figure of each count of people rx (a `group_pattern`) finds in t,
    not for things, patients or staff, nor near an injured figure at one of mine."""
    for m in rx.finditer(t):
        value = parse_number(m.group("n"))
        nouns = m.group("nouns").lower()
        if value is not None and nouns not in PLURAL_THINGS and nouns not in _NOT_HURT:
            add_injured(out, mine, value, m, near=80)


# "17 people were in hospital", "Two residents remain in hospital"
_GROUP = group_pattern(_STAY)


def _figures(t: str, have: list[Item]) -> list[Item]:
    """Injured figures of people told as in hospital in t (masked), where no injured figure of
    the older patterns (have) stands near them."""
    if "hospital" not in t and "intensive care" not in t:
        return []
    mine = [p for f, _, p, _ in have if f == "injured"]
    out: list[Item] = []
    for m in _ONE.finditer(t):
        if is_one_person(m.group("noun")):
            add_injured(out, mine, 1, m, near=80)
    add_groups(out, mine, _GROUP, t)
    return out


hospital_figures = caseless.kept_per_text(_figures)


# its re.I patterns scan the lowercased text with a case-sensitive twin (1.36.0 speed)
caseless.adopt(globals())
