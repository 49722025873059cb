"""A Russian district named in the adjective of its region's capital locates the sentence's
villages in that region (1.36.0).

"In the village of Nikolskoye in the Belgorodsky district, a private house was damaged", "In the
Belgorodsky district, a drone attacked a gas pipeline on the outskirts of Zhuravlevka": the
Belgorodsky district (of Belgorod Oblast) is written in the Russian adjectival form of its
capital, which the gazetteer does not hold, so the sentence named no region and the village went
to a far namesake (Nikolskoye, a part of Moscow; Zhuravlivka in Vinnytsia Oblast).
`titled_regions` (1.33.0) reads "the Belgorod district"; this reads "the Belgorodsky district"
and "the Lipetsky district", for Russian regions only ("the Kievsky district" is a district of
Donetsk city): each place of the sentence under 100,000 people outside that region is its
namesake there, else an unlisted place of that region spelled as written. A sentence that names
another region or a city of 100,000 or more is left alone: "the plant in the Krasnoyarsky
district, 60 km north-east of the city of Astrakhan" is Astrakhan Oblast's district, not
Krasnoyarsk Krai.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import load, norm
from .namesake_moves import in_regions, namesakes_of, placed_at, unlisted_in

if TYPE_CHECKING:
    from .places import Mention

# (not "the Kirovsky district of the city": a city's district (1.41.0))
_ADJ = re.compile(r"\b([A-Z][a-z]+?)(sk)(?:y|iy|ii)\s+(?:urban\s+|municipal\s+)?[Dd]istrict\b"
                  r"(?!\s+of\s+the\s+(?:city|capital)\b)")
_CITY = 100_000


def _regions(text: str) -> set[str]:
    g = load()
    out = set()
    for m in _ADJ.finditer(text):
        for stem in (m.group(1), m.group(1) + m.group(2)):   # Belgorod-sky, Lipetsk-y
            reg = g.regions.get(norm(stem))
            if reg is not None and reg.country == "RUS":
                out.add(reg.admin1)
    return out


def _size(text: str, m: Mention) -> int:
    return max((c.population for c in namesakes_of(text, m) if c.admin1 == m.admin1), default=0)


def adjectival_districts(text: str, raw: list[tuple[Mention, str]]
                         ) -> list[tuple[Mention, str]]:
    """raw, its small places moved into the one region an adjectival district names."""
    if "sky " not in text and "skiy " not in text and "skii " not in text:
        return raw
    regs = _regions(text)
    if len(regs) != 1:
        return raw
    home = next(iter(regs))
    if any(m.admin1 != home and (m.level == "admin1" or _size(text, m) >= _CITY)
           for m, _ in raw):
        return raw
    reg = load().by_admin1[home]
    out = []
    for m, kind in raw:
        if m.level == "settlement" and m.admin1 != home:
            there = in_regions(namesakes_of(text, m), (home,))
            if there:
                c = max(there, key=lambda c: (c.primary, c.population))
                m = placed_at(m, c, group=m.group)
            else:
                m = unlisted_in(text, m, reg, group=m.group)
        out.append((m, kind))
    return out
