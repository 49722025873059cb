"""The toll told after a round-up of settlements is the region's (1.36.0).

"Over the past 24 hours, Russian troops attacked 38 settlements in the Kherson region, including
the city of Kherson, ... the governor said. One person was killed and 12 were injured." The
round-up makes two rows, the region's (the sum of its settlements) and the city's named inside
it; the next sentence names no place, and its figures, with two rows in focus, were kept only
as zeros, so the region's toll was lost. A region row standing for the settlements attacked,
beside towns of that region only, takes the toll (the towns keep what their own sentences say).
"""

from __future__ import annotations

from .rows import Draft


def round_up_row(focus: list[Draft]) -> Draft | None:
    """The region row of a round-up in focus ("N settlements of the X region, including A"), if
    the other rows are settlements of that region."""
    regions = [d for d in focus if d.kind == "impact" and d.level == "admin1" and d.whole]
    if len(regions) != 1:
        return None
    own = regions[0]
    rest = [d for d in focus if d is not own]
    ok = all(d.kind == "impact" and d.level == "settlement" and d.admin1 == own.admin1
             for d in rest)
    return own if rest and ok else None
