"""A pipeline's or an owner's name before a facility is no place (1.36.0).

"struck the Druzhba oil pipeline at a pumping station near Unecha", "the Unecha oil pumping
station, part of the Druzhba pipeline system": the pipeline bears the name of a town (Druzhba),
and `places.find_places` read it as that town, so the strike went to a row of its own instead of
Unecha. "a fire at the Lukoil refinery in Volgograd", "debris fell on the territory of the
Lukoil refinery": `places._unlisted` reads "the X refinery" as a refinery named after its place
("the Ryazan refinery"), so the owner company became a settlement. A name followed by
"(oil / gas) pipeline" is the pipeline; a name of data/facility_owners.txt is a company.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from . import caseless
from .gazetteer import norm

if TYPE_CHECKING:
    from .places import Mention

_PIPELINE = re.compile(r"\s+(?:(?:oil|gas|crude|product)\s+)?pipelines?\b", re.I)


def names_a_pipeline(text: str, m: Mention) -> bool:
    """The place mention m is the name of the pipeline that follows it."""
    return m.level == "settlement" and bool(_PIPELINE.match(text, m.end))


@lru_cache(maxsize=1)
def facility_owners() -> frozenset[str]:
    """The normalized names of data/facility_owners.txt."""
    path = Path(__file__).parent / "data" / "facility_owners.txt"
    return frozenset(norm(w.strip()) for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def is_facility_owner(name: str) -> bool:
    """name (as written) is a company of data/facility_owners.txt."""
    return norm(name) in facility_owners()


# its re.I patterns scan the lowercased text with a case-sensitive twin (1.36.0 speed)
caseless.adopt(globals())
