"""A town name shared by towns of several regions: the one in the region of the sentence's
other places (1.36.0).

"Russian forces shelled the town of Kupiansk ..., and a drone attack in Zolochiv injured a
60-year-old man", "a drone struck a car in Zolochiv, a town about 40 km north-west of Kharkiv":
Zolochiv is a town of Lviv Oblast (22,000 people) and one of Kharkiv Oblast (8,000), and
`places._pick` takes the larger unless the article has named the region itself. The other
places of the sentence (Kupiansk, Kharkiv) lie in Kharkiv Oblast, and so does the town the
governor reports on. A settlement whose pick lies in none of the regions of the sentence's
other places, while a namesake lies in one of them, is that namesake. A city of 100,000 or more
keeps its pick ("Kharkiv and Kirovsk": Kharkiv stays the city), and so does a pick in a region
the article has named (the context `places._pick` already weighed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .namesake_moves import in_regions, namesakes_of, placed_at

if TYPE_CHECKING:
    from .places import Mention

_CITY = 100_000


def sibling_namesakes(text: str, found: list[Mention], context: list[str]) -> list[Mention]:
    """found, each settlement with a namesake in another place's region moved to it."""
    if len(found) < 2:
        return found
    out = []
    for m in found:
        if m.level != "settlement" or m.admin1 in context:
            out.append(m)   # (the tests below that need no lookup, first)
            continue
        others = {o.admin1 for o in found if o is not m and o.admin1}
        cands = namesakes_of(text, m)
        if m.admin1 not in others and len(cands) > 1:
            here = [c for c in cands if c.admin1 == m.admin1 and c.name == m.location]
            there = in_regions(cands, others)
            if here and there and not any(c.population >= _CITY for c in here):
                c = max(there, key=lambda c: (c.primary, c.population))
                m = placed_at(m, c, group=m.group)
        out.append(m)
    return out
