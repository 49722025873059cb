"""A town told together with the villages or settlements around it is the region's row (1.40.0).

"Russian attacks on the city of Kherson and nearby villages killed four people and wounded 10
over the past day, the governor said"; "Russian forces attacked Kharkiv and more than 15
settlements of the region"; "a strike cut power to parts of Voznesensk and surrounding
villages": a governor's summary over the town and the unnamed places around it. Its figures are
the region's, not the town's (the town's own strikes are told apart, in sentences of their
own), and the gold gives such a sentence the admin1 row (GUIDELINES 4: a region-wide figure
with no breakdown). The town was read as the one place struck, so the summary's figures landed
on the town's row, beside or instead of its own. Read only when the town is the sentence's one
settlement target: "attacked Kherson and nearby villages, killing a man in Antonivka" names
where the figures belong and stays as it was.
"""

from __future__ import annotations

import re

from .gazetteer import load
from .numbers import words_up_to
from .places import Mention

# literals one of which every match of _AROUND holds (the hook's gate)
WORDS = (" villages", " settlements", " communities", " localities")
_AROUND = re.compile(r"\s+and\s+(?:(?:more than|over|at least|nearly|almost)\s+)?"
                     # digits, "two" to "ten" (`numbers.words_up_to`) or a dozen, several
                     r"(?:(?:\d+|" + "|".join(words_up_to(10)[1:]) + "|a dozen|dozens of|"
                     r"several|many)\s+)?(?:other\s+)?"
                     r"(?:(?:nearby|surrounding|neighbouring|neighboring)\s+"
                     r"(?:villages|settlements|communities|localities)\b|"
                     r"(?:villages|settlements|communities|localities)\s+(?:of|in|across)\s+"
                     r"(?:the|its)\s+(?:region|oblast)\b)")


def town_and_villages(text: str, out: list[Mention]) -> list[Mention]:
    """out, its one settlement target replaced by that settlement's region when the town is told
    with the villages or settlements around it ("T and nearby villages")."""
    towns = [m for m in out if m.level == "settlement"]
    if len(towns) != 1 or not _AROUND.match(text, towns[0].end):
        return out
    t = towns[0]
    reg = load().by_admin1.get(t.admin1 or "")
    if reg is None:
        return out
    region = Mention(t.start, t.end, reg.country, reg.admin1, reg.iso, None, reg.lat, reg.lon,
                     "admin1", t.group)
    return [region if m is t else m for m in out if not (m.level == "admin1"
                                                         and m.admin1 == reg.admin1)]
