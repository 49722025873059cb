"""Weapons told as downed with all of a tally, in words the counts missed (1.40.0).

An air force report that downed a whole attack says so in a clause the tally scan did not read
as interceptions: "shot down all 18 missiles ..., including six Kinzhals, as well as six attack
drones" (the drones downed with the missiles), "as well as six Shahed drones, which were also
destroyed", "shot down every one of them, including six Kinzhal missiles" (all of the count
launched before, not the six the "including" names). The drones counted launched only, or the
missiles downed as the six, left intercepted short of the gold (the whole night downed). Plain
helpers of tallies.py, which turns what they give into its counts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from .numbers import num_pattern, parse_number

_GATE = ("as well as", ", which ", "every one of them")     # the literal tests
_N = num_pattern()
_NOUN = r"(?P<noun>drones?|UAVs?|Shaheds?|missiles?|rockets?)"
_MOD = r"(?:[A-Za-z][\w\-]*\s+){0,3}?"
_INTER = r"(?:shot down|downed|destroyed|intercepted|brought down|neutrali[sz]ed)"
# "all 18 missiles ..., as well as six attack drones" (no sentence or clause stop between)
_ALL_N = re.compile(rf"\b{_INTER}\s+all\s+(?:the\s+)?(?:{_N})\s+", re.I)
_AS_WELL = re.compile(rf",\s+as well as\s+(?P<n>{_N})\s+{_MOD}{_NOUN}\b", re.I)
# (the rest of the first noun phrase first: "six Shahed| attack drones and three ...")
_AND_MORE = re.compile(rf"(?:\s+[A-Za-z][\w\-]*){{0,2}}?\s+and\s+(?P<n>{_N})\s+{_MOD}{_NOUN}\b",
                       re.I)
# "six Shahed drones, which were also destroyed": the clause first, then the count before it
# (a count scan at every word of the sentence would cost more than the rest of the rule)
_WHICH_ALSO = re.compile(rf",\s+which\s+(?:were|had been)\s+also\s+{_INTER}\b", re.I)
_COUNT_BEFORE = re.compile(rf"\b(?P<n>{_N})\s+{_MOD}{_NOUN}$", re.I)
# "shot down every one of them"
_EVERY_ONE = re.compile(rf"\b{_INTER}\s+every one of them\b", re.I)


class _Count(Protocol):
    field: str
    wtype: str
    value: int
    pos: int


def all_downed(text: str, counts: list[_Count],
               kind: Callable[[str], str]) -> list[tuple[str, int, int]]:
    """(noun or weapon type, number, offset) of each interception the sentence tells as part of
    a whole attack downed, beyond `counts` (none for most sentences); kind is the tallies' own
    weapon type of a noun."""
    if not any(w in text for w in _GATE):
        return []     # (the hook in find_tallies tests the same words first)
    downed = {c.wtype for c in counts if c.field == "intercepted"}
    out: list[tuple[str, int, int]] = []
    if "as well as" in text and (a := _ALL_N.search(text)):
        w = _AS_WELL.search(text, a.end())
        if w and not re.search(r"[.;]", text[a.end():w.start()]) \
                and (v := parse_number(w.group("n"))) is not None:
            # "as well as six Shahed drones and three reconnaissance drones": both downed
            more = _AND_MORE.match(text, w.end())
            if more and kind(more.group("noun")) == kind(w.group("noun")):
                v += parse_number(more.group("n")) or 0
            if kind(w.group("noun")) not in downed:
                out.append((w.group("noun"), v, w.start("n")))
    if ", which " in text:
        for w in _WHICH_ALSO.finditer(text):
            m = _COUNT_BEFORE.search(text, max(0, w.start() - 80), w.start())
            if m and (v := parse_number(m.group("n"))) is not None and kind(m.group("noun")) \
                    not in downed:
                out.append((m.group("noun"), v, m.start("n")))
    if "every one of them" in text and (e := _EVERY_ONE.search(text)):
        before = [c for c in counts if c.field == "launched" and 0 < c.value and c.pos < e.start()]
        if len(before) == 1 and not any(c.field == "intercepted" and c.pos < e.start()
                                        for c in counts):
            out.append((before[0].wtype, before[0].value, e.start()))
    return out

