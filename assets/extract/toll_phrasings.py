"""Casualty phrasings added in 1.26.0, read on the masked sentence `find_casualties` works on.

- A group named by what it belongs to: "two employees of an energy company were injured", "three
  children from one family were killed".
- A death among the wounded: "A man was seriously wounded and died in the ambulance" (killed 1,
  no injured), "A guard at the office block died of his wounds in hospital" (killed 1), "A woman
  who was among the wounded died" (one more killed than the sentence before told).
- A toll update told in other words: "the figure later rose to 47" (the field of the figure just
  before it, or killed when "with N injured" follows), "the toll in the city rose overnight to
  four", "rescuers recovered a fifth body".
- Figures told as earlier ones: "The previous toll was 14 dead", "officials had reported three
  dead" (stale); "the toll had risen to seven, and three more bodies were pulled" (the three add).

Each item is (field, value, offset, kind) with the kinds of `casualties.Figure`.
"""

from __future__ import annotations

import re

from . import caseless
from .numbers import num_pattern, parse_number
from .ordinal_people import ORDINALS

_N = num_pattern()
_ADV = r"(?:(?:also|later|seriously|critically|badly|severely|slightly|lightly|fatally)\s+)?"
_MODS = r"(?:(?:§+|[\w\-]+)\s+){0,3}?"
_ONE = (r"(?:§+|woman|man|person|civilian|child|girl|boy|resident|teenager|driver|pensioner|"
        r"policeman|soldier|rescuer|volunteer|employee|worker|passenger|officer|medic|"
        r"firefighter|guard|journalist|farmer|owner|neighbou?r|teacher|cashier|vendor|watchman)")
_GROUP = (r"(?:people|persons|civilians|residents|children|men|women|workers|employees|staff|"
          r"members|volunteers|guards|officers|passengers|students|miners|firefighters|rescuers|"
          r"medics|pensioners|teenagers|soldiers|servicemen)")

# "two employees of an energy company were injured" (found from its noun, the cheap part)
_GROUP_AT = re.compile(rf"\b{_GROUP}\s+(?:of|from)\s+(?:a|an|one|the|its|their)\s", re.I)
_GROUP_OF = re.compile(rf"\b(?P<n>{_N})\s+(?:[a-z\-]+\s+)?{_GROUP}\s+(?:of|from)\s+"
                       rf"(?:a|an|one|the|its|their)\s+(?:[a-z\-]+\s+){{0,3}}?[a-z\-]+\s+"
                       rf"(?:were|have\s+been|had\s+been)\s+{_ADV}"
                       rf"(?P<w>killed|injured|wounded|hurt)\b", re.I)
# "A man was seriously wounded and, sadly, died in the ambulance"
_WOUNDED_DIED = re.compile(rf"\b(?:a|an|one)\s+{_MODS}{_ONE}(?:,[^,.;]{{1,40}},)?\s+"
                           rf"(?:was|had\s+been)\s+{_ADV}(?:injured|wounded)\s+and\b[^.;]{{0,40}}?"
                           rf"\b(?:later\s+)?died\b", re.I)
# "A 21-year-old guard at the office block died of his wounds in hospital"
_DIED_OF_WOUNDS = re.compile(rf"\b(?:a|an)\s+{_MODS}{_ONE}\b[^.;]{{0,60}}?\s+(?:later\s+)?died\s+"
                             rf"(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\b", re.I)
# "A woman who was among the wounded died in hospital": one more dead than counted before
_AMONG_DIED = re.compile(rf"\b(?:a|an|one)\s+{_MODS}{_ONE}\s+(?:who\s+(?:was|had\s+been)\s+)?"
                         rf"(?:among|one\s+of)\s+the\s+(?:wounded|injured)\b[^.;]{{0,60}}?"
                         rf"\b(?:later\s+)?died\b", re.I)
# "the figure later rose to 47", "the figure had risen again, to 35"
_FIGURE_ROSE = re.compile(rf"\bthe\s+(?:figure|tally|count)\s+(?:(?:later|then|had|has|now)\s+)*"
                          rf"(?:rose|risen|climbed|increased|grown|grew|jumped|reached|went\s+up|"
                          rf"gone\s+up)(?:\s+again|\s+further)?,?\s+(?:to\s+)?(?P<n>{_N})\b", re.I)
_WITH_HURT = re.compile(rf",?\s+with\s+(?:{_N})\s+(?:people\s+|others\s+)?"
                        rf"(?:injured|wounded|hurt)\b", re.I)
# "the toll in the capital rose overnight to four"
_ROSE_WHEN = re.compile(rf"\b(?P<what>(?:death\s+)?toll|number\s+of\s+(?:dead|killed|injured|"
                        rf"wounded))\b[^.;:]{{0,60}}?\b(?:rose|climbed|jumped|increased)\s+"
                        rf"(?:overnight|again|further|later|sharply)\s+to\s+(?P<n>{_N})\b", re.I)
# "Rescuers have recovered a fifth body from the ruins"
_FOUND_NTH = re.compile(r"\b(?:recover(?:ed|ing)|retriev(?:ed|ing)|found|finding|pulled|pulling)\s+"
                        r"(?:out\s+)?(?:a|the)\s+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|"
                        r"ninth|tenth)\s+body\b", re.I)
# "The previous toll was 14 dead", "officials had reported three dead and 37 wounded"
STALE = re.compile(r"\bprevious\s+(?:toll|figures?|count|tally)\b|\b(?:officials|authorities|"
                   r"police|they|he|she)\s+had\s+(?:reported|given|spoken\s+of)\b", re.I)
# "the toll had risen to seven, and three more bodies were pulled": the three add
_MORE_BODIES = re.compile(rf"\b(?P<n>{_N})\s+more\s+bodies\s+(?:were|have\s+been|had\s+been)\s+"
                          rf"(?:pulled|recovered|found|retrieved|removed)\b", re.I)

Item = tuple[str, int, int, str]


def extra_figures(t: str, have: list[Item]) -> tuple[list[Item], list[tuple[int, int]]]:
    """Figures of t (masked) the older patterns leave out, given theirs (have); and the spans
    inside which an injured figure of theirs is a person who died."""
    add: list[Item] = []
    drop: list[tuple[int, int]] = []
    taken = {pos for _, _, pos, _ in have}
    kills = [pos for f, _, pos, _ in have if f == "killed"]
    if (" of " in t or " from " in t) and (" were " in t or " been " in t):
        for a in _GROUP_AT.finditer(t):
            m = _GROUP_OF.search(t, max(0, a.start() - 40), a.end() + 80)
            v = parse_number(m.group("n")) if m else None
            if m and v is not None and m.start("n") not in taken:
                taken.add(m.start("n"))
                field = "killed" if m.group("w").lower() == "killed" else "injured"
                add.append((field, v, m.start("n"), "plain"))
    if "died" in t:
        if " and" in t and ("wounded" in t or "injured" in t):
            for m in _WOUNDED_DIED.finditer(t):
                drop.append(m.span())
                if not any(m.start() <= p < m.end() for p in kills):
                    add.append(("killed", 1, m.start(), "plain"))
        if "died of " in t or "died from " in t:
            for m in _DIED_OF_WOUNDS.finditer(t):
                if not any(m.start() <= p < m.end() for p in kills) and not any(
                        a <= m.start() < b for a, b in drop):
                    add.append(("killed", 1, m.start(), "plain"))
        if ("among the " in t or "one of the " in t) and not any(
                k == "update" for _, _, _, k in have):
            for m in _AMONG_DIED.finditer(t):
                if not any(m.start() <= p < m.end() for p in kills):
                    add.append(("killed", 1, m.start(), "more"))
    for m in (_FIGURE_ROSE.finditer(t) if "figure " in t or "tally " in t or "count " in t
              else ()):
        v = parse_number(m.group("n"))
        before = [(pos, f) for f, _, pos, _ in have if pos < m.start()]
        field = max(before)[1] if before else "killed" if _WITH_HURT.match(t, m.end()) else None
        if v is not None and field and m.start("n") not in taken:
            add.append((field, v, m.start("n"), "update"))
    if ("toll" in t or "number of" in t) and any(
            w in t for w in ("overnight", "again", "further", "later", "sharply")):
        for m in _ROSE_WHEN.finditer(t):
            v = parse_number(m.group("n"))
            if v is not None and m.start("n") not in taken:
                field = "injured" if re.search(r"injur|wound", m.group("what"), re.I) else "killed"
                add.append((field, v, m.start("n"), "update"))
    if " body" in t:
        add += [("killed", ORDINALS[m.group("o").lower()], m.start("o"), "update")
                for m in _FOUND_NTH.finditer(t)]
    return add, drop


def more_bodies(t: str, have: list[Item]) -> set[int]:
    """Offsets of "N more bodies were recovered" figures that add to the toll: those that no
    update in the sentence follows ("..., bringing the toll to 10" already counts them)."""
    if " more bodies" not in t:
        return set()
    ups = [pos for _, _, pos, k in have if k == "update"]
    return {m.start("n") for m in _MORE_BODIES.finditer(t) if not any(p > m.start() for p in ups)}


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively
