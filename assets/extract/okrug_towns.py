"""A district named after its town in a region of urban okrugs is the town (1.35.0).

"Two workers were killed in the Domodedovo district", "another drone damaged an apartment
building in the Odintsovo district", "a third person died in the Ramenskoye district": Moscow
Oblast's districts are urban okrugs, each the town it is named after with its outskirts, and
the gold rows place a strike there in the town (1.26.0 already read "the X urban district" so).
Not read so: a list ("the Kolomna and Domodedovo districts"), a district where drones were
shot down (an air-defence claim: the gold has the region's or the capital's row as often as the
town's), and a sentence opening with the region ("In the Moscow region, debris fell on a house
in the Chekhov district"): the region's report, the district only locating it. Elsewhere "the
X district" named after a town stands for its region (`places.find_places`), as before. The
regions are listed in data/okrug_regions.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DISTRICT = re.compile(r"\s+(?:urban\s+)?district\b")
_CLAIM = re.compile(r"\b(?:shot down|downed|brought down|intercepted|destroyed|suppressed|"
                    r"repelled)\b")
_REGION_FIRST = re.compile(r"(?:In|Across)\s+(?:the\s+)?[A-Z][\w\-]+\s+[Rr]egion,")


@lru_cache(maxsize=1)
def okrug_regions() -> frozenset[str]:
    """The admin1 names of data/okrug_regions.txt."""
    path = Path(__file__).parent / "data" / "okrug_regions.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def okrug_district(text: str, end: int, admin1: str | None) -> bool:
    """The town of such a region ending at `end` is followed by "district" in a sentence that
    tells a strike: the district is the town's row, not the region's."""
    return (admin1 in okrug_regions() and bool(_DISTRICT.match(text, end))
            and not _CLAIM.search(text) and not _REGION_FIRST.match(text))
