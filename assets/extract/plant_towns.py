"""A power plant named after its town stands for that town, not for the region around it
(1.36.0).

"The Burshtyn power plant in the Ivano-Frankivsk region, operated by DTEK, was hit", "... said
that the Burshtyn TPP in the Ivano-Frankovsk Region had been hit again", "acknowledged damage to
the Burshtyn thermal power plant in the Ivano-Frankovsk Region", "In the western Ivano-Frankivsk
region, a strike damaged the Burshtyn thermal power plant": the plant bears its town's name, and
the region only locates it. `context.is_target` kept the region ("in the X region") and passed
over the town, whose name stands before "power plant" rather than after a verb, so the row was
the region's (the gold has the town, as for "The Ladyzhyn thermal power plant in the Vinnytsia
region was also hit", which already read so). A plant named after its region ("the Zaporizhzhia
nuclear power plant", "the Kursk nuclear power plant") stays as it was: such plants lie in other
towns (Enerhodar, Kurchatov).

1.39.0: the region that the plant's phrase itself locates ("The Ladyzhyn thermal power plant in
the Vinnytsia region and the Burshtyn plant in the Ivano-Frankivsk region were also damaged") is
the town's even when the list reader grouped it with the next plant's town; and a plain "plant"
reads so when "in the X region" locates it ("The Burshtyn plant in the western Ivano-Frankivsk
region was among the sites struck").

1.40.0 (tidy, rows identical): the town before the plant and the "in the X region" after it are
read by `qualified_towns.towns_before` and `qualified_towns.IN_REGION`, shared with that rule.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .qualified_towns import IN_REGION, towns_before

if TYPE_CHECKING:
    from .places import Mention

_PLANT = re.compile(r"\s+(?:(?:thermal|hydroelectric|hydro|coal-fired|combined heat and)\s+)?"
                    r"(?:power\s+(?:plant|station)|TPP|HPP|CHP|CHPP)\b|\s+plant(?=\s+in\s)")


def plant_towns(text: str, places: list[Mention], out: list[Mention]) -> list[Mention]:
    """out, each region target whose town the sentence names a power plant after replaced by
    that town."""
    towns: dict[str | None, Mention] = {}
    located: set[int] = set()   # starts of the regions a plant's phrase locates
    for m, p in towns_before(text, places, out, _PLANT):
        towns[m.admin1] = m
        if i := IN_REGION.match(text, p.end()):
            located.add(i.end())
    if not towns:
        return out
    # (a region of a list, "the Khmelnytskyi and Ivano-Frankivsk regions", is named as struck
    # in its own right)
    alone = {m.group for m in places if sum(o.group == m.group for o in places) == 1}
    return [towns.get(m.admin1, m) if m.level == "admin1" and (
        m.group in alone or m.start in located) else m for m in out]
