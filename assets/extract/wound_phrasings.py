"""People hurt told by the wound they suffered, with any subject (1.31.0).

The older patterns read "suffered wounds / injuries / burns" after a counted subject and "a woman
suffered a concussion" after a noun on a closed list. Authors name the hurt by what they got
with other words and subjects, and the figure was lost:
- a count or "both" before a plural subject and a wound of any kind: "Three people received
  cuts from flying glass", "Four residents, among them a boy, suffered cuts", "Both men inside
  were taken to hospital with shrapnel wounds";
- one person of any trade: "A saleswoman suffered a concussion" (the verb and the wound decide,
  as in one_person: a singular noun after a/an is one person);
- a pronoun left with a wound: "..., leaving him with a shrapnel injury to his arm".
Each counts injured only where no figure of the older patterns already sits near it.
"""

from __future__ import annotations

import re

from . import caseless
from .blast_injuries import BLAST
from .numbers import num_pattern, parse_number
from .person_nouns import PLURAL_THINGS, is_one_person

Item = tuple[str, int, int, str]     # (field, value, position, kind), as toll_phrasings'

_N = num_pattern()
# a wound: "cuts", "a concussion", "shrapnel wounds", "minor injuries", "burns", "bruises"
_WOUND = (r"(?:an?\s+)?(?:[a-z\-]+\s+){0,2}?(?:cuts|bruises|concussions?|wounds?|"
          rf"injur(?:y|ies)|burns|fractures|{BLAST})\b")     # (1.35.0: barotrauma)
_SUFFER = r"(?:suffered|sustained|received)\s+"
_HOSPITAL_WITH = (r"(?:were|have\s+been|had\s+been)\s+(?:taken|rushed|brought|admitted)\s+to\s+"
                  r"(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,4}?hospital\s+with\s+" + _WOUND)
# "Three people received cuts", "Both men inside were taken to hospital with shrapnel wounds";
# an aside between commas (masked to spaces when it is "including ...") may stand before the verb
_GROUP = re.compile(rf"\b(?P<n>{_N}|[Bb]oth)\s+(?:[a-z\-]+\s+)?(?P<nouns>[a-z][a-z\-]*s|people|"
                    rf"men|women|children)(?:\s+(?:inside|on board|in the car|in the bus|"
                    rf"[a-z]+ing\s+(?:there|nearby)))?"     # (1.35.0: "men working there")
                    rf"(?:\s*,[^,.;]{{1,60}},)?\s+(?:{_SUFFER}{_WOUND}|{_HOSPITAL_WITH})", re.I)
# "A saleswoman suffered a concussion", "; an electrician sustained burns"
_ONE = re.compile(rf"(?:^|[;:]|,\s+and|\band)\s*[\"“]?\s*(?:[Aa]n?|One|one)\s+"
                  rf"(?:(?:§+|[a-z\-]+)\s+){{0,2}}?(?P<noun>[a-z][a-z\-]*[a-z])"
                  rf"(?:,[^,.;]{{1,40}},)?\s+{_SUFFER}{_WOUND}")
# "a drone attacked a man on a bicycle, leaving him with an explosive injury to his legs"
_LEFT_WITH = re.compile(rf"\bleaving\s+(?:him|her)\s+with\s+{_WOUND}", re.I)
_WORDS = ("suffered", "sustained", "received", "hospital with", "leaving him", "leaving her")


def _figures(t: str, have: list[Item]) -> list[Item]:
    """Injured figures told by a wound in t (masked) that no injured figure in have (what the
    older patterns read in t) already counts; kept per text, as have depends on t alone."""
    low = t.lower()
    if not any(w in low for w in _WORDS):
        return []
    mine = [p for f, _, p, _ in have if f == "injured"]
    out: list[Item] = []
    for m in _GROUP.finditer(t):
        n = m.group("n")
        value = 2 if n.lower() == "both" else parse_number(n)
        if value is None or m.group("nouns").lower() in PLURAL_THINGS:
            continue
        add_injured(out, mine, value, m)
    for m in _ONE.finditer(t):
        if is_one_person(m.group("noun").lower()):
            add_injured(out, mine, 1, m)
    for m in _LEFT_WITH.finditer(t):
        add_injured(out, mine, 1, m)
    return out


def add_injured(out: list[Item], mine: list[int], value: int, m: re.Match[str],
                near: int = 60) -> None:
    """Add the injured figure of match m to out, unless an injured figure already read (mine)
    stands within near characters of it; mine takes m's position."""
    if any(m.start() - near <= p < m.end() + near for p in mine):
        return  # (the older patterns count these people already)
    out.append(("injured", value, m.start(), "plain"))
    mine.append(m.start())


wound_figures = caseless.kept_per_text(_figures)     # (_figures, kept per text)
