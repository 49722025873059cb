"""A figure told with its own place among the places of its sentence goes there (1.37.0).

"Russian forces also shelled Beryslav and the village of Tiahynka on Wednesday, wounding one man
in Beryslav"; "artillery and drones struck Nikopol and Marhanets on Saturday, injuring a
66-year-old man in Nikopol"; "had shelled Kakhovka and Aleshki, wounding a 72-year-old woman in
Aleshki". With several places in one sentence, `extractor._nearest` gives a figure to the place
in its clause, else to the nearest; the place named again after the figure is the same row's
second mention, not a target of its own, so the figure went to the last place of the list (or,
with the places sharing one list, to none). The person's own "in <Place>" (or "at <Place>"),
within 60 characters of the figure in its clause and naming by its first word exactly one of the
sentence's places, decides (not when a list follows it: "one each in A and B" is each place's
share).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .places import Mention
    from .rows import Draft

# "... one man in Beryslav", "... a woman in the village of Tiahynka" (same clause, no comma)
_IN_PLACE = re.compile(r"[^,;.:]{0,60}?\b(?:in|at)\s+(?:the\s+(?:village|town|city|settlement)"
                       r"\s+of\s+)?(?P<name>[A-Z][\w'’\-]+)")
# "in A and B", "in A, B and C" (not "in A, Lysak said")
_LIST_NEXT = re.compile(r"(?:\s+[A-Z][\w'’\-]+)?(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z]|"
                        r",\s+[A-Z][\w'’\-]+(?:\s*,|\s+(?:and|or)\s))")


def place_after(text: str, here: list[tuple[Mention, Draft]], pos: int) -> Draft | None:
    """The row of the one place of here that the figure at pos names after it ("wounding one
    man in B"), if any (the caller passes two places or more; fewer give None)."""
    if len(here) < 2 or (m := _IN_PLACE.match(text, pos)) is None:
        return None
    if _LIST_NEXT.match(text, m.end()):
        return None     # "one each in A and B": a share of each place of a list
    name = m.group("name")
    rows = {id(d): d for mention, d in here if text[mention.start:mention.end].split()[0] == name}
    return next(iter(rows.values())) if len(rows) == 1 else None
