"""A toll's shares told for further places with the verb left out (1.32.0).

Regional reports list where the dead or hurt were in one sentence and leave the verb out after the
first place: "Two of the victims died in A, where a shell hit a block of flats, and one in B";
"One person was killed in A and another in the village of B"; "Four people were wounded in A,
two in B and one each in C and D". 1.8.0's ellipsis (`casualties._elided`) read the shares only
when each followed the place before it directly, and the extractor gave a share to the place its
figure follows by "in" only when the place's name came right after "in (the)". Three forms were
lost: an aside about the first place ("where ...", "which ...") between it and the next share,
"the village / town / city of" between "in" and the name, and "N each in C and D", the same share
for every place of the list. Each share is its place's.
"""

from __future__ import annotations

import re

# "in the village of B": the words between "in" and the place's name
TOWN_OF = r"(?:(?:village|town|city|settlement|community)\s+of\s+)?"
# ", where a shell hit a five-storey block," after the first place
_ASIDE = re.compile(r",\s+(?:where|which|when)\s+[^,.;:]{1,120}?(?=,)")
# "one each in C and D": the share of every place of the list
_EACH = re.compile(r"\S+\s+each\s+(?:in|at)\s", re.I)


def past_aside(t: str, i: int) -> int:
    """Where the text after a place goes on once an aside about the place, starting at i, ends
    (i itself when there is none)."""
    m = _ASIDE.match(t, i)
    return i if m is None else m.end()


def each_share(t: str, pos: int) -> bool:
    """Whether the figure at pos is "N each in ...": every place of the list after it has it."""
    return " each " in t and _EACH.match(t, pos) is not None
