"""Killed and injured figures of a sentence, with the offset each figure sits at.

Phrasings: "killed two people", "killing one and injuring four", "47 people were killed",
"16 others had been wounded", "left 7 dead", "a woman was hurt" (implied 1), "the toll rose to 10"
(an update), "29 injured, rather than the 30 initially reported" (30 is stale), "no casualties"
(0 and 0). Distractors (ages, times, storeys, measures) are masked before matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .numbers import num_pattern, parse_number

_MASKS = [re.compile(p, re.I) for p in (
    r"\b\d+(?:\.\d+)?[- ](?:year|month|week|day)s?[- ]old\b",
    r"\b(?:\w+[- ])?(?:year|month)s?[- ]old\b",
    r"\baged?\s+\d+(?:\s*(?:and|,|-)\s*\d+)*",
    r"\b\d{1,2}:\d{2}\b",
    r"\b\d+[- ](?:storey|story|floor)s?\b",
    r"\bborn in \d{4}\b",
    r"\b\d[\d,.]*\s*(?:km|kilomet\w+|miles?|metres|meters|square|sq|tonnes|tons|%|percent)\b",
    r"\b(?:rather than|instead of|not|down from|up from)\s+(?:the\s+)?\d+\b",
    r",\s*(?:including|among them)\b[^,.;]*,",
)]
_N = num_pattern()
_PEOPLE = (r"(?:people|persons?|civilians?|residents?|children|child|kids|adults|men|women|man|"
           r"woman|others?|victims|soldiers|servicemen|troops|pilots|workers|employees|"
           r"teenagers?|girls?|boys?|infants?|babies|baby|pensioners?|drivers?|family members|"
           r"members|more|of them|of whom|in total|including)")
_KILL = r"(?:killed|dead|died|deaths?|perished|lives|fatalities|bodies)"
_HURT = r"(?:injured|wounded|hurt|injuries|hospitali[sz]ed|casualties)"
_ACTIVE = {
    "killed": re.compile(rf"\b(?:killed|killing|kills?|claimed|took the lives of|left)\s+"
                         rf"(?:the\s+lives\s+of\s+)?(?P<n>{_N})(?!\s+{_HURT})", re.I),
    "injured": re.compile(rf"\b(?:injured|injuring|injures|wounded|wounding|wounds|hurt|hurting)\s+"
                          rf"(?P<n>{_N})", re.I),
}
_PASSIVE = {
    "killed": re.compile(rf"(?P<n>{_N})(?:\s+(?:{_PEOPLE}|[a-z\-]+(?:ian|ish|ese)|other|more|"
                         rf"were|was|have|has|had|been|are|is|reportedly|confirmed|now|later|"
                         rf"also|already|people's)){{0,5}}\s+{_KILL}\b", re.I),
    "injured": re.compile(rf"(?P<n>{_N})(?:\s+(?:{_PEOPLE}|[a-z\-]+(?:ian|ish|ese)|other|more|"
                          rf"were|was|have|has|had|been|are|is|reportedly|confirmed|now|later|"
                          rf"also|already|seriously|slightly|lightly|critically)){{0,5}}\s+"
                          rf"{_HURT}\b", re.I),
}
_ONE_NOUN = (r"(?:woman|man|person|civilian|child|girl|boy|resident|teenager|driver|pensioner|"
             r"infant|baby|policeman|soldier|serviceman|rescuer|volunteer|employee|worker|"
             r"passenger|local)")
_IMPLIED = {
    "killed": re.compile(rf"\b(?:(?:killed|killing|kills)\s+(?:a|an|one)\s+(?:[\w\-]+\s+){{0,2}}?"
                         rf"{_ONE_NOUN}\b|(?:a|an|another|one more)\s+(?:[\w\-]+\s+){{0,2}}?"
                         rf"{_ONE_NOUN}\s+(?:was |has |had )?(?:been )?(?:killed|died)\b)", re.I),
    "injured": re.compile(rf"\b(?:(?:injur|wound)(?:ed|ing)\s+(?:a|an|one|its|the)\s+"
                          rf"(?:[\w\-]+\s+){{0,2}}?{_ONE_NOUN}\b|(?:a|an|another|one more)\s+"
                          rf"(?:[\w\-]+\s+){{0,2}}?{_ONE_NOUN}\s+(?:was |has |had |is )?(?:been )?"
                          rf"(?:injured|wounded|hurt)\b)", re.I),
}
_UPDATE = re.compile(rf"\b(?P<what>death toll|toll|number of (?:\w+\s+)?(?:killed|dead|deaths|"
                     rf"wounded|injured|victims|casualties)|injury toll|casualty count|"
                     rf"number of people (?:killed|injured|wounded|hurt))\b[^.;]{{0,120}}?\b"
                     rf"(?:rose|risen|climbed|reached|increased|gone up|went up|grown|jumped|is "
                     rf"now|stands at|hit)\s+(?:to\s+)?(?P<n>{_N})", re.I)
_ZERO = re.compile(r"\b(?:no (?:casualties|victims|injuries|deaths|one was (?:killed|hurt|"
                   r"injured)|(?:civilians|people) were (?:hurt|injured|killed))|without "
                   r"(?:casualties|victims)|injured nobody|nobody was (?:hurt|injured|killed)|"
                   r"no one was (?:killed|hurt|injured)|no injuries or deaths|no (?:dead|"
                   r"deaths) or injur\w+|there were no casualties|no one was killed or hurt)\b",
                   re.I)
_STALE = re.compile(r"\b(?:previously|initially|first spoke of|earlier reports? said|had earlier "
                    r"put|had been reported|originally)\b", re.I)


_GATE = re.compile(r"kill|dead|die|death|li[fv]e|perish|fatal|bod(?:y|ies)|injur|wound|hurt|"
                   r"hospital|casualt|victim|toll", re.I)


@dataclass(frozen=True)
class Figure:
    """One casualty figure: field, value, offset in the sentence and how it reads."""

    field: str          # "killed" | "injured"
    value: int
    pos: int
    kind: str           # "plain" | "update" | "stale" | "zero"


def mask(text: str) -> str:
    """text with distractor numbers blanked (same length, so offsets hold)."""
    for rx in _MASKS:
        text = rx.sub(lambda m: " " * len(m.group()), text)
    return text


def find_casualties(text: str) -> list[Figure]:
    """Casualty figures of one sentence."""
    if not _GATE.search(text):
        return []
    t = mask(text)
    stale = bool(_STALE.search(t)) and not re.search(r"rather than|instead of|\bnot\b", text)
    out: list[Figure] = []
    taken: set[int] = set()
    for m in _UPDATE.finditer(t):
        what = m.group("what").lower()
        field = "injured" if re.search(r"injur|wound|hurt", what) else "killed"
        v = parse_number(m.group("n"))
        if v is not None:
            out.append(Figure(field, v, m.start("n"), "update"))
            taken.add(m.start("n"))
    for field in ("killed", "injured"):
        for rx in (_ACTIVE[field], _PASSIVE[field]):
            for m in rx.finditer(t):
                v = parse_number(m.group("n"))
                if v is None or m.start("n") in taken or v > 5000:
                    continue
                taken.add(m.start("n"))
                out.append(Figure(field, v, m.start("n"), "stale" if stale else "plain"))
        for m in _IMPLIED[field].finditer(t):
            out.append(Figure(field, 1, m.start(), "stale" if stale else "plain"))
    for m in _ZERO.finditer(t):
        out += [Figure("killed", 0, m.start(), "zero"), Figure("injured", 0, m.start(), "zero")]
    return sorted(out, key=lambda f: f.pos)
