"""A village whose every namesake lies far outside the region of the sentence's other places is
a village of that region (1.36.0, names).

"Russian drones attacked Stepnohirsk, Novoandriivka and Mala Tokmachka": Stepnohirsk lies in
Zaporizhzhia Oblast, while the gazetteer's only Novoandriivka is a village of Crimea (GeoNames
does not list the Zaporizhzhia one). `sibling_namesakes` moves a place to its namesake in the
others' region; when no namesake lies there, the place stayed in the far region and the row got
the wrong admin1. A small place (every namesake under 10,000 people) with no namesake in the one
region of the sentence's other settlements, and none within 100 km of them, is a place of that
region, under its namesake's gazetteer name (the name is the same; only the place differs).
The region is that of the other places sure of theirs (a town of 10,000 or more, a region the
article named, a name the gazetteer holds in one region only): two of them and more than half,
or the one when it is a town or in a named region. So two villages never trade regions ("the
villages of Gordeyevka and Popovo-Lezhachi": each the only namesake of its region), and
villages whose names several regions share ("Dolynka and Zaliznychne") move nothing. Not when
the sentence names a region (`places._moved` reads those), nor when the article has named the
pick's region.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from .gazetteer import load
from .namesake_moves import in_regions, namesakes_of, unlisted_in

if TYPE_CHECKING:
    from .places import Mention

_SMALL = 10_000
_NEAR_KM = 100


def _km(a: Mention, lat: float, lon: float) -> float:
    dy = (a.lat - lat) * 111.0
    dx = (a.lon - lon) * 111.0 * math.cos(math.radians(lat))
    return math.hypot(dx, dy)


def _small(text: str, m: Mention, context: list[str]) -> bool:
    """Every namesake under 10,000 people, and the pick in no region the article named."""
    return m.admin1 not in context and all(c.population < _SMALL for c in namesakes_of(text, m))


def _region(text: str, others: list[Mention], context: list[str]) -> str | None:
    """The region of the other places that are sure of theirs (a town of 10,000 or more, a
    region the article named, or a name the gazetteer holds in one region only): held by two
    of them and by more than half, or by the one sure place that is not a small village."""
    sure = [o for o in others if not _small(text, o, context)
            or len({c.admin1 for c in namesakes_of(text, o)}) == 1]
    if not sure:
        return None
    top, n = Counter(o.admin1 for o in sure).most_common(1)[0]
    if n >= 2 and 2 * n > len(sure) or len(sure) == 1 and not _small(text, sure[0], context):
        return top
    return None


def sibling_villages(text: str, found: list[Mention], context: list[str]) -> list[Mention]:
    """found, each small settlement with no namesake near its siblings moved to their region."""
    if len(found) < 2 or any(m.level != "settlement" for m in found):
        return found
    g = load()
    out = []
    for i, m in enumerate(found):
        others = [o for j, o in enumerate(found) if j != i]
        cands = namesakes_of(text, m)
        if not cands or not _small(text, m, context):
            out.append(m)
            continue
        reg = g.by_admin1.get(_region(text, others, context) or "")
        if reg is not None and reg.country == m.country and m.admin1 != reg.admin1 \
                and not in_regions(cands, (reg.admin1,)) \
                and all(_km(o, c.lat, c.lon) > _NEAR_KM for o in others
                        if o.admin1 == reg.admin1 for c in cands):
            c = max(cands, key=lambda c: (c.primary, c.population))
            m = unlisted_in(text, m, reg, name=c.name, group=m.group)
        out.append(m)
    return out
