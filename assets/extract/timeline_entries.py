"""A regional administration's timeline entry names the place struck first (1.36.0).

"- 21:30, Velykyi Burluk (Kupiansk district): a guided aerial bomb destroyed a house; a
68-year-old woman was injured", "- 06:10, Vovchansk (Vovchansk TG, Chuhuiv district): ...",
"- 08:00, Borova village (Borivska TG, Izyum district): ...": the Kharkiv administration's
daily list, one entry per attack, each a list dash, a clock time, the place (its community and
district in brackets) and a colon. `context.is_target` knew the live blog's "09:10 - Kharkiv:"
(1.19.0) but not this order, so the entries gave no rows and their places were missed. The
bracketed community and district only locate the place: they stay no target.
"""

from __future__ import annotations

import re

# the entry's head before the place: "- 21:30, " (the dash may be missing)
_HEAD = re.compile(r"\s*(?:[-•–—]\s*)?[0-2]?\d[:.][0-5]\d,\s+")
# after the place: "village", "(X TG, Y district)", ", on the bank of the Oskil reservoir", ":"
_TAIL = re.compile(r"(?:\s+(?:village|town|city|settlement))?(?:\s+\([^()]{1,60}\))?"
                   r"(?:,\s+[^:;,()]{1,60})?:\s")


def timeline_entry(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] heads a timeline entry ("- 21:30, X (Y district): ...")."""
    return start < 16 and bool(_HEAD.fullmatch(text, 0, start)) and bool(_TAIL.match(text, end))
