"""A district's lead before the towns of that district: no row of the region's own (1.38.0).

"Russian troops shelled the Nikopol district of Dnipropetrovsk Oblast with heavy artillery eight
times overnight", then "Nikopol, Marhanets and the Chervonohryhorivka community came under fire"
and each town's damage or casualty: the lead names the district the towns lie in, and the towns
are the places struck (GUIDELINES 5). The district, named after its town, read as the region
(the district question is split in the gold when the district is all an article says: 1.34.0),
so the lead gave a region row with no figure beside the towns' rows, one the gold does not have.
`drop_district_leads` drops a figureless region row told by such a lead when two or more towns
of that region have rows of the same day. A lead naming two districts ("more than 10
settlements in the Kupiansk and Chuhuiv districts") is a round-up and keeps its row, as does a
district lead beside one town only ("hit Nikopol district, damaging a power line" beside a
strike on Pavlohrad), and a lead that tells damage of its own ("Russian drones struck the
Nikopol district throughout Monday, damaging houses"): that damage lies in no town named.
"""

from __future__ import annotations

import re

from .gazetteer import load, norm
from .rows import Draft
from .sentences import Sentence

# "the Nikopol district", "shelled Nikopol district" (one district: not "the A and B districts")
_DISTRICT = re.compile(r"\b([A-Z][\w'’\-]+)\s+district\b(?!s)")


def _leads(text: str, admin1: str) -> bool:
    """text names a district of admin1 after one of its towns, and no damage of its own."""
    if "damag" in text or "destroy" in text:
        return False
    towns = load().settlements
    return any(any(s.admin1 == admin1 for s in towns.get(norm(m.group(1)), []))
               for m in _DISTRICT.finditer(text))


def drop_district_leads(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Remove from drafts each figureless region row told only by a district's lead when two
    or more towns of the region have rows of its day."""
    for r in [d for d in drafts if d.kind == "impact" and d.level == "admin1" and not d.figures
              and not d.counts and d.admin1]:
        if not all(" district" in sents[k].text and _leads(sents[k].text, r.admin1)
                   for k in r.sents):
            continue
        towns = {d.location for d in drafts if d.kind == "impact" and d.level == "settlement"
                 and d.admin1 == r.admin1 and d.event_date == r.event_date}
        if len(towns) >= 2:
            drafts.remove(r)
