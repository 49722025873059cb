"""A region a sentence names through its capital's title: "Belgorod governor Vyacheslav Gladkov
said ...", "In the Belgorod district, ..." (1.33.0).

`places._listed` lets a region the sentence names ("the Belgorod region") claim a small place
that only has far namesakes: the place is an unlisted settlement of that region. A sentence also
names the region when a region's capital comes before a governor's title or "district"
("Belgorod governor", "the Kharkiv district"): the office and the district are the region's, so
"Belgorod governor X said shelling had killed a woman in the village of Zhuravlevka" places the
village in Belgorod Oblast, not at a namesake hamlet in Vinnytsia Oblast.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import load, norm

if TYPE_CHECKING:
    from .places import Mention

# "Belgorod governor", "Kharkiv regional governor", "Sumy Oblast Governor", "the Belgorod
# district" (one district: "the Bila Tserkva and Fastiv districts" are read by places._listed)
_TITLE = re.compile(r"\s+(?:(?:regional|Regional|region|Region|Oblast|oblast)\s+)?(?:acting\s+)?"
                    r"(?:[Gg]overnor|Gov\.)|\s+(?:district|District|raion)\b(?!s)")


def titled_regions(text: str, places: list[Mention]) -> set[str]:
    """admin1 of each region whose capital the sentence names before a governor's title or
    "district"."""
    regions = load().regions
    out = set()
    for m in places:
        if m.level != "settlement" or not _TITLE.match(text, m.end):
            continue
        reg = regions.get(norm(text[m.start:m.end]))
        if reg is not None and reg.admin1 == m.admin1:
            out.add(reg.admin1)
    return out
