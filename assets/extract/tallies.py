"""Launch and interception counts of a sentence ("launched 315 drones, 277 were shot down",
"downed 52 of the 103 drones", "All 14 drones ... were destroyed", "the rest were shot down").

Each count is typed drone or missile so that mixed attacks sum per type (GUIDELINES 2). Decoys
"lost" to jamming are not interceptions. A count with no launch/interception verb near it
(production, supply figures) is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import num_pattern, parse_number

_N = num_pattern()
_MOD = r"(?:[A-Za-z][\w\-]*\s+){0,3}?"
_NOUN = (r"(?P<noun>drones?|UAVs?|Shaheds?|Gerans?|decoys?|unmanned aerial vehicles|missiles?|"
         r"rockets?|(?:aerial )?targets)\b")
_COUNT = re.compile(rf"(?P<all>\ball(?: the)?\s+)?(?P<n>{_N}|(?<=and )an?|(?<=with )an?)\s+(?P<mod>{_MOD}){_NOUN}", re.I)
_OF_TOTAL = re.compile(rf"(?P<n>{_N})\s+of\s+(?:the\s+)?(?P<m>{_N})\s+{_MOD}{_NOUN}", re.I)
_OF_THEM = re.compile(rf"(?P<n>{_N})\s+of\s+(?:the|these|them|those)(?:\s+{_MOD}{_NOUN})?", re.I)
_BARE = re.compile(rf"(?P<n>{_N})\s+(?:were|was|had been|have been)\s+(?P<v>\w+(?: down)?)", re.I)
_INTER = (r"shot down|shooting down|downed|downing|destroyed|destroying|intercepted|intercepting|"
          r"brought down|bringing down|neutrali[sz]ed|eliminated|repelled|knocked out|taken down")
_LAUNCH = (r"launched|launching|fired|firing|sent|sending|hurled|used|deployed|unleashed|"
           r"detected|attacked with|struck with|involving|aimed|with")
_VERB = re.compile(rf"\b(?P<inter>{_INTER})\b|\b(?P<launch>{_LAUNCH})\b|\b(?P<hit>hit by|struck by)\b",
                   re.I)
_AFTER = re.compile(rf"\s*(?:\w+\s+){{0,3}}?(?:were|was|had been|have been|are)\s+(?:\w+\s+)?"
                    rf"(?:(?P<inter>{_INTER})|(?P<lost>lost|vanished|suppressed|missing)|"
                    rf"(?P<launch>{_LAUNCH}))\b", re.I)
_REST = re.compile(rf"\b(?:the rest|all the other|all other|the remaining|the others)\b[^.]*?"
                   rf"\b(?:{_INTER})\b", re.I)
_ATTACK = re.compile(r"\b(?:attack|attacks|attacked|overnight|barrage|strike|strikes|launched|hit|struck|"
                     r"night|air force|air defen[cs]es?)\b", re.I)


_GATE = re.compile(r"drone|UAV|missile|rocket|Shahed|Geran|decoy|target|unmanned", re.I)


@dataclass(frozen=True)
class Count:
    """A launch/interception count: field, weapon type, value, offset in the sentence."""

    field: str      # "launched" | "intercepted" | "hit" | "rest"
    wtype: str      # "drone" | "missile"
    value: int
    pos: int


def _wtype(noun: str | None) -> str:
    return "missile" if noun and re.match(r"missile|rocket", noun, re.I) else "drone"


def _field(text: str, start: int, end: int) -> str | None:
    after = _AFTER.match(text, end)
    if after:
        return "intercepted" if after.group("inter") else None if after.group("lost") else "launched"
    clause = re.split(r"[.;]", text[:start])[-1]
    verbs = list(_VERB.finditer(clause))
    if not verbs:
        return "launched" if _ATTACK.search(text) else None
    v = verbs[-1]
    return "intercepted" if v.group("inter") else "hit" if v.group("hit") else "launched"


def find_tallies(text: str) -> list[Count]:
    """Launch, interception and hit counts of one sentence."""
    if not _GATE.search(text):
        return []
    out: list[Count] = []
    taken: set[int] = set()
    last_type = "drone"
    for m in _OF_TOTAL.finditer(text):
        n, total, wt = parse_number(m.group("n")), parse_number(m.group("m")), _wtype(m["noun"])
        if n is not None and total is not None:
            out += [Count("intercepted", wt, n, m.start()), Count("launched", wt, total, m.start())]
            taken.update({m.start("n"), m.start("m")})
    for m in _COUNT.finditer(text):
        v, wt = parse_number(m.group("n")), _wtype(m.group("noun"))
        last_type = wt
        if v is None or v > 1500 or m.start("n") in taken:
            continue
        taken.add(m.start("n"))
        field = _field(text, m.start(), m.end())
        if field:
            out.append(Count(field, wt, v, m.start("n")))
            if m.group("all") and field == "intercepted":
                out.append(Count("launched", wt, v, m.start("n")))
            elif m.group("all") and re.search(rf"\b(?:{_INTER})\b", text, re.I):
                out.append(Count("intercepted", wt, v, m.start("n")))
    for m in _OF_THEM.finditer(text):
        v = parse_number(m.group("n"))
        clause = re.split(r"[.;]", text[:m.start()])[-1]
        if v is not None and m.start("n") not in taken and re.search(_INTER, clause, re.I):
            taken.add(m.start("n"))
            out.append(Count("intercepted", _wtype(m.group("noun")) if m.group("noun")
                             else last_type, v, m.start("n")))
    for m in _BARE.finditer(text):
        v = parse_number(m.group("n"))
        if v is not None and m.start("n") not in taken and re.fullmatch(_INTER, m.group("v"), re.I):
            out.append(Count("intercepted", last_type, v, m.start("n")))
    if _REST.search(text):
        out.append(Count("rest", last_type, 0, _REST.search(text).start()))
    return sorted(out, key=lambda c: c.pos)
